#pragma once

#include "ui/common/panel.h"

#include <QJsonObject>

class QAction;
class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPolarChart;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace dj::ui {

class AhpMatrixModel;
class BackgroundTask;
class FieldEdit;
class JsonTableModel;
class JsonTableWidget;
class ValuationCalculator;
class WorksheetDocument;

/// 数据资产评估与入表: the worksheet tabs (资产卡片, 质量评价, 成本法, 收益法, 市场法, 结论, 入表台账) over a
/// valuation project file, recalculated live after every edit, with undo/redo, validation next to the
/// cells, charts, XLSX and PDF export. The ledger tab is computed from its own costs only.
class ValuationPanel : public Panel
{
    Q_OBJECT
public:
    explicit ValuationPanel(AppContext& context, QWidget* parent = nullptr);
    ~ValuationPanel() override;

    QString panelId() const override { return QStringLiteral("valuation"); }
    QString title() const override { return tr("Data asset valuation"); }
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override;
    void prepareScreenshot() override;
    QList<QWidget*> screenshotExtras() override;
    QUndoStack* undoStack() override;

    WorksheetDocument* document() const { return m_doc; }
    ValuationCalculator* calculator() const { return m_calc; }
    QTabWidget* tabs() const { return m_tabs; }

    /// Opens a project file; false (with a message) when it is refused.
    bool openProject(const QString& path);
    bool saveProject(const QString& path);
    /// Loads a shipped sample ("bank-customer-data" or "map-data-product") as an unsaved project.
    void loadSample(const QString& name);
    void newProject();
    /// Writes inputs and results to an XLSX workbook / the Chinese PDF report; false with a message.
    bool exportXlsx(const QString& path);
    bool exportPdf(const QString& path);
    /// The results as the CLI prints them (empty when the worksheet is refused).
    QJsonObject resultsJson() const;
    /// Shows the page of a tab by index (0 = 资产卡片 … 6 = 入表台账).
    void showTab(int index);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildCardTab();
    QWidget* buildQualityTab();
    QWidget* buildCostTab();
    QWidget* buildIncomeTab();
    QWidget* buildMarketTab();
    QWidget* buildConclusionTab();
    QWidget* buildLedgerTab();
    FieldEdit* field(const QString& path, int kind, const QString& label);
    void updateResults();
    void updateMonteCarlo();
    void updateTitle();
    void selectResource(int row);
    void measureQuality();
    void chooseSensitivity();
    bool confirmDiscard();
    void open();
    bool save();
    bool saveAs();
    void exportXlsxInteractive();
    void exportPdfInteractive();

    WorksheetDocument* m_doc;
    ValuationCalculator* m_calc;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QLabel* m_headline;
    QAction* m_undo;
    QAction* m_redo;
    // 资产卡片
    QList<QPair<QString, QCheckBox*>> m_rights;
    QTableWidget* m_sources;
    // 质量评价
    QComboBox* m_dimension;
    JsonTableModel* m_indicators;
    QTableView* m_ahpView;
    AhpMatrixModel* m_ahp;
    QTableWidget* m_weights;
    QLabel* m_cr;
    QPolarChart* m_radar;
    QComboBox* m_measureTable;
    QPushButton* m_measureButton;
    BackgroundTask* m_measureTask;
    // 成本法
    QTableWidget* m_priceIndex;
    QTableWidget* m_costGroups;
    QLabel* m_costResult;
    // 收益法
    QLabel* m_rate;
    QLabel* m_incomeResult;
    QChart* m_cashChart;
    JsonTableModel* m_periods;
    JsonTableWidget* m_periodsWidget;
    JsonTableWidget* m_chargesWidget;
    // 市场法
    QLabel* m_marketResult;
    QChart* m_marketChart;
    // 结论
    QLabel* m_conclusion;
    QLabel* m_warnings;
    QTableWidget* m_approaches;
    QTableWidget* m_sensTable;
    QComboBox* m_sensX;
    QComboBox* m_sensY;
    QChart* m_tornadoChart;
    QChart* m_mcChart;
    QLabel* m_mcStatus;
    QProgressBar* m_mcProgress;
    QPushButton* m_mcRun;
    // 入表台账
    JsonTableModel* m_resources;
    QTableView* m_resourceView;
    JsonTableModel* m_costs;
    JsonTableModel* m_impairments;
    JsonTableModel* m_sales;
    QList<FieldEdit*> m_resourceFields;
    QWidget* m_criteria;
    QTableWidget* m_intangible;
    QTableWidget* m_inventory;
    QTableWidget* m_schedule;
    QLabel* m_ledgerStatus;
    int m_resource = 0;
    bool m_updatingTables = false;
};

} // namespace dj::ui
