#pragma once

#include "core/fieldwork/fieldworkrecord.h"
#include "core/store/database.h"
#include "ui/common/panel.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

namespace dj::fieldwork {
class FieldWorkStore;
}

namespace dj::ui {

class BoardColumn;
class VisitEditor;

/// 走访任务: the task board (columns by status, or a list by due date) with filters (assignee / my tasks,
/// due, reason, park), cards dragged between columns to change status, a strip of this week's visits,
/// the visit history of the enterprise in focus, the visit editor, exchange with colleagues (export, merge
/// with conflicts shown) and the visit log as XLSX or a Chinese PDF report.
class FieldWorkPanel : public Panel
{
    Q_OBJECT
public:
    explicit FieldWorkPanel(AppContext& context, QWidget* parent = nullptr);
    ~FieldWorkPanel() override;

    QString panelId() const override { return QStringLiteral("fieldwork"); }
    QString title() const override { return tr("Visit tasks"); }
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    void prepareScreenshot() override;
    QList<QWidget*> screenshotExtras() override;

    fieldwork::FieldWorkStore* store() const { return m_store.get(); }
    BoardColumn* column(const QString& status) const;
    QListWidget* historyList() const { return m_history; }
    /// Reloads the board, the week strip and the history from the cache.
    void reload();
    /// Shows the visits of one enterprise in the history pane.
    void showEnterprise(const QString& uscc);
    /// Opens the visit editor (an existing visit, or a new one for a task and/or an enterprise).
    VisitEditor* openEditor(const QString& visitId, const QString& taskId, const QString& uscc);
    /// Sets a task's status (the board's drop and keyboard moves land here); false with a message if refused.
    bool setTaskStatus(const QString& taskId, const QString& status);
    /// Writes the visit log of the history pane's scope (enterprise, park or date range) as XLSX or PDF.
    void writeVisitLog(const QList<fieldwork::Record>& visits, const QString& scope, const QString& path);

    /// One task per USCC with the given reason (other panels' "add to visit task", tests).
    void addToVisitTasks(const QStringList& usccs, const QString& reason);
    /// The same after asking the user for the reason: the slot for EnterpriseTable::addToVisitTask.
    void addToTask(const QStringList& usccs);

    /// The open cache is read-only (read-only media): nothing can be created, edited, merged or deleted.
    bool isReadOnly() const { return m_readOnly; }

private:
    void openCache(const QString& path);
    /// One visit as the history list shows it (date, kind, visitor, people, summary, needs, follow-up).
    static QString visitText(const fieldwork::Record& visit, bool withEnterprise);
    /// The open editor saved a visit: its line in the history pane follows (or a new one is added on top).
    void showSavedVisit(const QString& visitId);
    /// True (with a status message) when the cache is read-only and a write was asked for.
    bool refuseReadOnly();
    void fillFilters();
    QString selectedTaskId() const;
    void taskActivated(const QString& taskId);
    void newTask();
    void generateFromSelection();
    void exportExchange();
    void mergeFiles();
    void exportLog(bool pdf);
    void restoreDeleted();
    void deleteVisit();
    void fillWeek();

    QString m_cachePath;
    store::Database m_db;
    std::unique_ptr<fieldwork::FieldWorkStore> m_store;
    QString m_focusUscc;
    QDate m_focusDay;

    QLineEdit* m_userName = nullptr;
    QComboBox* m_assignee = nullptr;
    QComboBox* m_due = nullptr;
    QComboBox* m_reason = nullptr;
    QComboBox* m_park = nullptr;
    QComboBox* m_view = nullptr;
    QList<QToolButton*> m_days;
    QStackedWidget* m_stack = nullptr;
    QList<BoardColumn*> m_columns;
    QList<QLabel*> m_columnTitles;
    QTreeWidget* m_list = nullptr;
    QSplitter* m_split = nullptr;
    QLabel* m_historyTitle = nullptr;
    QListWidget* m_history = nullptr;
    QPointer<VisitEditor> m_editor;
    bool m_readOnly = false;
    QList<QWidget*> m_writeWidgets; ///< off while the cache is read-only
    QList<QAction*> m_writeActions;
};

} // namespace dj::ui
