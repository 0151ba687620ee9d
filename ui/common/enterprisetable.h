#pragma once

#include "core/search/searchengine.h"

#include <QWidget>
#include <memory>
#include <vector>

class QMenu;
class QTableView;

namespace dj::ui {

class AppContext;
class ResultModel;
class Settings;

/// A list of enterprises any panel can show: the lazy result model over the search index (a million rows
/// cost 4 MB), sorting by the engine off the GUI thread, a column chooser, export to XLSX/CSV in the
/// background, "use as selection" (AppContext::setSelection), "open profile" (AppContext::openEnterprise,
/// double-click or Enter) and "add to visit task" (AppContext::requestVisitTask, answered by the field-work
/// panel; the addToVisitTask signal tells observers too).
///
///     auto* table = new EnterpriseTable(context(), panelId(), this);
///     table->setResult(engine, engine->matchIds(filter));     // or setUsccs(engine, usccs)
///     layout->addWidget(table);
///     // state: table->saveState(settings, panelId()) / restoreState(settings, panelId())
class EnterpriseTable : public QWidget
{
    Q_OBJECT
public:
    /// origin names the panel in AppContext::selectionOrigin() ("search", "map", …).
    EnterpriseTable(AppContext& context, const QString& origin, QWidget* parent = nullptr);

    /// Shows rows of the engine's index (in this order).
    void setResult(std::shared_ptr<const search::SearchEngine> engine, std::vector<qint32> rows);
    /// Shows the enterprises with these codes (unknown codes are skipped), in this order.
    void setUsccs(std::shared_ptr<const search::SearchEngine> engine, const QStringList& usccs);
    void clear();

    ResultModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    int rowCount() const;

    /// Columns shown, in display order (ResultColumns values).
    QList<int> visibleColumns() const;
    /// Shows or hides a column; the last visible column cannot be hidden.
    void setColumnVisible(int column, bool visible);
    /// The column chooser (checkable entries), for a "Columns" button; also on the header's context menu.
    QMenu* columnMenu() const { return m_columnMenu; }

    /// Codes of the selected rows, or of every row when none is selected.
    QStringList selectedOrAllUsccs() const;
    QStringList selectedUsccs() const;

    /// True while a sort or an export runs.
    bool isBusy() const { return m_sorting || m_exporting; }

    void saveState(Settings& settings, const QString& panelId) const;
    void restoreState(const Settings& settings, const QString& panelId);

public slots:
    /// Asks for a file name (XLSX or CSV; suggestedName without suffix) and exports the visible columns.
    void chooseExport(bool selectedOnly = false, const QString& suggestedName = {});
    /// Exports rows (all when selectedOnly is false) with the visible columns, in the background with a
    /// progress dialog; exportFinished tells the outcome (error empty on success).
    void exportTo(const QString& path, bool selectedOnly = false, const QString& sheetName = {});
    /// Hands the selected rows (or all) to the other panels through AppContext::setSelection.
    void useAsSelection();
    /// Opens the profile of the current row through AppContext::openEnterprise.
    void openCurrentProfile();
    /// Asks for visit tasks for the selected rows (or all) through AppContext::requestVisitTask and emits
    /// addToVisitTask.
    void requestVisitTask();

signals:
    void exportFinished(const QString& path, const QString& error);
    void addToVisitTask(const QStringList& usccs);
    /// The user chose a new sort; the rows are sorted in the background (busy until done).
    void sortChanged(const search::Sort& sort);
    void busyChanged(bool busy);
    /// A short message for the status bar.
    void statusMessage(const QString& text);

private:
    void sortBy(const search::Sort& sort, int column, Qt::SortOrder order);
    void buildColumnMenu();
    void showContextMenu(const QPoint& pos);
    void setSorting(bool on);
    void applyDefaultLayout();

    AppContext& m_context;
    QString m_origin;
    ResultModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QMenu* m_columnMenu = nullptr;
    quint64 m_generation = 0;
    bool m_sorting = false;
    bool m_exporting = false;
};

} // namespace dj::ui
