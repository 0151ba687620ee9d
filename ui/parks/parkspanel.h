#pragma once

#include "core/parks/parkinsights.h"
#include "core/parks/policy.h"
#include "ui/common/panel.h"

#include <memory>

class QChartView;
class QCheckBox;
class QPlainTextEdit;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace dj::ui {

class BackgroundTask;
class ParkPlanView;

/// Everything the workspace shows of one park, computed off the GUI thread.
struct ParkView
{
    parks::ParkReport report;
    std::vector<parks::RelocationRisk> risks;
    std::vector<parks::Potential> potentials;
    parks::OutwardInvestment outward;
    QList<parks::Ring> roads;
    double ms = 0; ///< time to compute
};

/// 楼宇/园区营商 workspace, opened from the 园区地图 panel: the park plan coloured by a chosen figure, the
/// building list, a building page (figures, charts, the three class lists with reasons), a comparison of
/// buildings, the 外迁 risk and watch list, potential 高新/专精特新 firms, 域外投资; PDF report and XLSX
/// export. Reads through core/parks in the background (progress and cancel), never on the GUI thread.
class ParksPanel : public Panel
{
    Q_OBJECT
public:
    explicit ParksPanel(AppContext& context, QWidget* parent = nullptr);
    ~ParksPanel() override;

    QString panelId() const override { return QStringLiteral("parks"); }
    QString title() const override { return tr("Parks and buildings"); }
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override;
    void prepareScreenshot() override;

    /// Shows a park (loads it in the background). Unknown ids are ignored.
    void showPark(const QString& parkId);
    /// Selects a building of the shown park (its page fills at once from the loaded park).
    void showBuilding(const QString& buildingId);
    /// Compares the given buildings side by side (the compare tab).
    void compare(const QStringList& buildingIds);
    /// Writes the park's PDF report; false with a message when it cannot.
    bool writePdf(const QString& path);
    /// Writes the list of the current tab as XLSX/CSV; false with a message when it cannot.
    bool exportCurrentList(const QString& path);
    void setCurrentTab(int index);
    /// Applies the rule in the policy editor to the park (or the selected building when buildingOnly);
    /// results arrive in policyModel() (policyApplied() says when). False with a message for a bad rule.
    bool applyPolicy(bool buildingOnly);
    /// Saves the rule in the editor to the cache; false with a message when it cannot.
    bool savePolicy();
    QComboBox* policyBox() const { return m_policyBox; }
    QPlainTextEdit* policyEditor() const { return m_policyEdit; }
    QStandardItemModel* policyModel() const { return m_policyModel; }

    const ParkView* view() const { return m_view.get(); }
    QStandardItemModel* buildingModel() const { return m_buildingModel; }
    QStandardItemModel* memberModel() const { return m_memberModel; }
    QStandardItemModel* compareModel() const { return m_compareModel; }
    QStandardItemModel* riskModel() const { return m_riskModel; }
    QStandardItemModel* potentialModel() const { return m_potentialModel; }
    /// The building page's field work: its enterprises' visits (newest first), then their open tasks.
    QStandardItemModel* fieldWorkModel() const { return m_fieldModel; }
    QTableView* fieldWorkTable() const { return m_fieldTable; }
    /// Opens the selected visit (or a new visit for the selected task) in the field-work panel.
    bool openFieldWorkRecord();
    /// A new visit for the enterprise of the selected visit/task row (else the selected enterprise of the
    /// building) in the field-work panel; false with a message when none is selected.
    bool newVisit();
    /// Shows the building page's field-work list (true) or its enterprise list (false).
    void showFieldWork(bool fieldWork);
    /// Whether the park's 域外投资 is to be drawn as flows on the park map (园区地图); the map panel listens
    /// to flowsChanged and draws view()->outward.byRegion.
    bool flowsShown() const;
    void setFlowsShown(bool shown);
    QComboBox* parkBox() const { return m_parkBox; }
    QComboBox* figureBox() const { return m_figureBox; }
    QString selectedBuilding() const { return m_building; }

signals:
    /// A park finished loading (tests and screenshots wait for it).
    void parkShown(const QString& parkId);
    void policyApplied(int qualifying, double total);
    /// The field-work list of the building page was filled (it is read in the background).
    void fieldWorkShown(const QString& buildingId, int visits, int openTasks);
    /// The flows to draw changed: toggled, or another park shown.
    void flowsChanged();

private:
    void reloadParks();
    void load(const QString& parkId);
    void showView(std::shared_ptr<ParkView> view);
    void fillBuildings();
    void fillBuilding();
    void fillRisks();
    void fillPotentials();
    void fillOutward();
    void fillFieldWork();
    QString buildingName(const QString& buildingId) const;
    void reloadPolicies();
    void recolour();
    void setWatched(bool watched);
    void addSelectionToVisitTask(QTableView* table, const QString& reason);
    QTableView* currentTable() const;
    QTableView* makeTable(QStandardItemModel* model);
    QStringList selectedUsccs(QTableView* table) const;

    QComboBox* m_parkBox = nullptr;
    QComboBox* m_figureBox = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QSplitter* m_splitter = nullptr;
    ParkPlanView* m_plan = nullptr;
    QTableView* m_buildings = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_figures = nullptr;
    QChartView* m_chart = nullptr;
    QChartView* m_classChart = nullptr;
    QTableView* m_members = nullptr;
    QTabWidget* m_pageTabs = nullptr;
    QTableView* m_fieldTable = nullptr;
    QStandardItemModel* m_fieldModel = nullptr;
    QLabel* m_fieldNote = nullptr;
    quint64 m_fieldGeneration = 0;
    QTableView* m_compareTable = nullptr;
    QChartView* m_compareChart = nullptr;
    QTableView* m_risks = nullptr;
    QTableView* m_potentials = nullptr;
    QTableView* m_outwardTable = nullptr;
    QLabel* m_outwardSummary = nullptr;
    QCheckBox* m_flowsBox = nullptr;
    QStandardItemModel* m_buildingModel = nullptr;
    QStandardItemModel* m_memberModel = nullptr;
    QStandardItemModel* m_compareModel = nullptr;
    QStandardItemModel* m_riskModel = nullptr;
    QStandardItemModel* m_potentialModel = nullptr;
    QStandardItemModel* m_outwardModel = nullptr;
    QComboBox* m_policyBox = nullptr;
    QPlainTextEdit* m_policyEdit = nullptr;
    QTableView* m_policyTable = nullptr;
    QLabel* m_policyTotal = nullptr;
    QStandardItemModel* m_policyModel = nullptr;
    QList<parks::Policy> m_policies;
    BackgroundTask* m_task = nullptr;
    std::shared_ptr<ParkView> m_view;
    QString m_wantedPark, m_building, m_loadedCache;
};

} // namespace dj::ui
