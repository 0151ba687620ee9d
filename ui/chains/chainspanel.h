#pragma once

#include "core/chains/chainengine.h"
#include "ui/common/panel.h"

#include <QHash>
#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace dj::search {
class SearchEngine;
}

namespace dj::ui {

class BackgroundTask;
class ChainDiagram;
class EnterpriseTable;
class TemplateEditor;

/// 产业链: a region's chain map (segment diagram coloured by strength, sized by revenue), a segment's page
/// (figures and 链主, its enterprises with the rule that put them there and corrections, the 补链 targets
/// with "add to visit task"), a second region to compare, the template editor, XLSX export and a PDF chain
/// report. The assignment of the whole index to a chain runs once per chain in the background
/// (ProgressRunner); the map itself is then computed in milliseconds.
class ChainsPanel : public Panel
{
    Q_OBJECT
public:
    explicit ChainsPanel(AppContext& context, QWidget* parent = nullptr);
    ~ChainsPanel() override;
    QString panelId() const override { return QStringLiteral("chains"); }
    QString title() const override { return tr("Industry chains"); }
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override;
    void prepareScreenshot() override;
    QList<QWidget*> screenshotExtras() override;

    /// For tests and screenshots.
    void setChain(const QString& id);
    void setRegion(const QString& region, const QString& compareWith = {});
    void showMap();
    void selectSegment(int segment);
    const chains::ChainMap& currentMap() const { return m_map; }
    const QList<chains::Target>& currentTargets() const { return m_targets; }
    QTabWidget* tabs() const { return m_tabs; }
    void exportXlsx(const QString& path);
    void exportReport(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onEngine(std::shared_ptr<const search::SearchEngine> engine);
    void reloadTemplates();
    void withAssignment(std::function<void()> then);
    void computeMap();
    void showFigures();
    void showMembers();
    void loadTargets();
    void showTargets();
    void correctSelected(bool include);
    void openTemplates();
    void addTargetsToVisitTask();
    QString currentChainId() const;
    QString segmentHtml(const chains::SegmentFigures& f, const chains::SegmentFigures* other) const;

    std::shared_ptr<const search::SearchEngine> m_search;
    std::shared_ptr<chains::ChainEngine> m_engine;
    QList<chains::ChainTemplate> m_templates;
    QHash<QString, std::shared_ptr<const chains::ChainAssignment>> m_assignments;
    std::shared_ptr<const chains::ChainAssignment> m_assignment;
    chains::ChainMap m_map;
    chains::ChainMap m_compareMap;
    bool m_hasCompare = false;
    QList<chains::SupplyLink> m_links;
    QList<chains::Target> m_targets;
    int m_segment = -1;
    bool m_shown = false;
    bool m_mapPending = false;
    bool m_pickGap = false;
    int m_runs = 0;

    QComboBox* m_chain = nullptr;
    QLineEdit* m_region = nullptr;
    QLabel* m_regionName = nullptr;
    QCheckBox* m_compare = nullptr;
    QLineEdit* m_region2 = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_templatesButton = nullptr;
    QPushButton* m_xlsx = nullptr;
    QPushButton* m_pdf = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QSplitter* m_split = nullptr;
    ChainDiagram* m_diagram = nullptr;
    ChainDiagram* m_diagram2 = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_figures = nullptr;
    EnterpriseTable* m_table = nullptr;
    QTableWidget* m_rules = nullptr;
    QTableWidget* m_targetTable = nullptr;
    QPointer<BackgroundTask> m_task;
    QPointer<TemplateEditor> m_editor;
};

} // namespace dj::ui
