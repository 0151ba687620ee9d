#pragma once

#include "core/search/searchengine.h"
#include "ui/common/panel.h"
#include "ui/search/facetbar.h"
#include "ui/search/savedsearches.h"

#include <QPointer>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabBar;
class QTableView;
class QTimer;
class QToolButton;

namespace dj::ui {

class BackgroundTask;
class EnterpriseTable;
class FilterSidebar;
class ResultModel;

/// 企业搜索 (企服通): the filter sidebar, the result count, facet chips, the lazy result table, saved
/// scenarios, batch lookup, export and the enterprise profile.
///
/// All engine work (index load, filtering, sorting, facets, suggestions, export) runs off the GUI thread;
/// a newer request supersedes an older one, whose answer is dropped.
class SearchPanel : public Panel
{
    Q_OBJECT
public:
    explicit SearchPanel(AppContext& context, QWidget* parent = nullptr);
    ~SearchPanel() override;

    QString panelId() const override { return QStringLiteral("search"); }
    QString title() const override { return tr("Enterprise search"); }
    QIcon icon() const override;

    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override;
    void prepareScreenshot() override;
    QList<QWidget*> screenshotExtras() override;

    // For tests and the screenshot runner.
    FilterSidebar* sidebar() const { return m_sidebar; }
    ResultModel* resultModel() const { return m_model; }
    QTableView* resultView() const;
    EnterpriseTable* resultTable() const { return m_results; }
    FacetBar* facetBar() const { return m_facets; }
    QTabBar* splitBar() const { return m_split; }
    /// Total of the last finished search (-1 while none).
    qint64 resultCount() const { return m_total; }
    const std::optional<search::Facets>& facets() const { return m_lastFacets; }
    std::shared_ptr<const search::SearchEngine> engine() const { return m_engine; }
    QStringList scenarioNames() const;
    /// Applies a saved scenario by name (false when unknown).
    bool applyScenario(const QString& name);
    QString currentScenario() const;
    /// Runs the current filter now (no debounce).
    void searchNow();
    /// Saves the current filter as a scenario (throws dj::Error).
    void saveScenario(const QString& name);
    void renameScenario(const QString& from, const QString& to);
    void deleteScenario(const QString& name);
    /// Refines the filter as a click on a facet chip does.
    void refine(FacetBar::Group group, const QString& value);
    /// Columns shown, in display order (ResultColumns values).
    QList<int> visibleColumns() const;
    void setColumnVisible(int column, bool visible);
    /// Exports rows (all when selectedOnly is false) with the visible columns, in the background.
    void exportResult(const QString& path, bool selectedOnly);

signals:
    /// A search finished and the table, count and facets show its result.
    void searchFinished(qint64 total);
    void exportFinished(const QString& path, const QString& error);
    /// The shared index is ready and the panel's scenarios are loaded (a search follows).
    void indexReady();

private:
    void openIndex(const QString& cachePath);
    void engineChanged(std::shared_ptr<const search::SearchEngine> engine);
    /// The shared index loads, or the panel prepares its scenarios on it.
    bool preparing() const;
    void scheduleSearch();
    void onFilterChanged();
    void requestSuggestions();
    void showResult(std::vector<qint32> rows, const search::Facets& facets, qint64 total, double ms);
    void updateSplitBar();
    void reloadScenarios(const QList<SavedSearch>& list);
    void scenarioActivated(int index);
    void askSaveScenario();
    void askRenameScenario();
    void askDeleteScenario();
    void chooseExport(bool selectedOnly);
    void openBatchLookup();
    void setBusy(bool busy);
    void message(const QString& text);
    search::Filter effectiveFilter() const;

    FilterSidebar* m_sidebar = nullptr;
    QSplitter* m_splitter = nullptr;
    EnterpriseTable* m_results = nullptr;
    ResultModel* m_model = nullptr;
    FacetBar* m_facets = nullptr;
    QTabBar* m_split = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_indexLabel = nullptr;
    QProgressBar* m_indexProgress = nullptr;
    QPushButton* m_indexCancel = nullptr;
    QComboBox* m_scenarios = nullptr;
    QToolButton* m_columnsButton = nullptr;
    QTimer* m_debounce = nullptr;
    QTimer* m_suggestTimer = nullptr;
    QList<QAction*> m_scenarioWrites; ///< save/rename/delete scenario: off on a read-only cache
    BackgroundTask* m_indexTask = nullptr; ///< the panel's preparation on the shared index (scenarios, years)

    std::shared_ptr<const search::SearchEngine> m_engine;
    QString m_indexedPath;
    QList<SavedSearch> m_saved;
    search::Sort m_sort;
    quint64 m_generation = 0;
    bool m_searchRunning = false;
    bool m_searchPending = false;
    bool m_applyingScenario = false;
    bool m_busy = false;
    qint64 m_total = -1;
    std::optional<search::Facets> m_lastFacets;
    std::optional<search::Facets> m_baseFacets; ///< facets of the unsplit result (licence split counts)
    QString m_splitKind;
    QList<QPointer<QWidget>> m_extras;
};

} // namespace dj::ui
