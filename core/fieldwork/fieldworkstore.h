#pragma once

#include "core/fieldwork/fieldworkrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace dj::store {
class Database;
}

namespace dj::fieldwork {

/// One line of a record's history: who changed what, when, from what to what.
struct HistoryEntry
{
    qint64 id = 0;
    RecordKind kind = RecordKind::Visit;
    QString recordId;
    QString at;
    QString author;
    QString action; ///< create, edit, delete, restore, merge, conflict
    QString field;
    QString oldValue; ///< conflict: the version that lost
    QString newValue; ///< conflict: the version kept
    QString source; ///< merge, conflict: the file merged
};

/// Which tasks a list shows.
struct TaskQuery
{
    QString assignee; ///< exact; empty = anyone
    QString status; ///< exact; empty = any
    QString reason; ///< exact; empty = any
    QString parkId; ///< the task's park or the park of the enterprise's building; empty = any
    QString uscc;
    QStringList usccs; ///< any of these enterprises (a building's firms); empty = any
    QDate dueFrom, dueTo; ///< inclusive; null = open
    bool overdueOnly = false; ///< open (待办/进行中) and due before today
    int limit = 20000;
};
/// Which visits a list shows.
struct VisitQuery
{
    QString uscc;
    QStringList usccs; ///< any of these enterprises (a building's firms); empty = any
    QString taskId;
    QString parkId;
    QDate from, to; ///< visit date, inclusive; null = open
    int limit = 20000;
};
/// Visit records and visit tasks in a cache: reads, edits with history, soft delete and restore, tasks
/// generated from a list of enterprises.
///
/// Every write is its own transaction on the caller's connection, which this class switches to
/// synchronous=FULL: a note saved is on disk (WAL) before the call returns, so neither a kill of the
/// process nor a power cut takes it back. Use one instance per connection (one thread).
class FieldWorkStore
{
    Q_DECLARE_TR_FUNCTIONS(FieldWorkStore)
public:
    explicit FieldWorkStore(store::Database& db);

    /// The name written into stamps and history (settings' user name).
    void setAuthor(const QString& author) { m_author = author; }
    QString author() const { return m_author; }
    /// Replaces the clock (tests make edits "at" chosen times). Stamps never go backwards in one store.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// The next stamp time: UTC ISO 8601 with milliseconds, strictly after the previous one.
    QString now();

    store::Database& database() { return m_db; }

    // ---- reads
    QList<Record> tasks(const TaskQuery& query = {}) const;

    /// Visits sorted by date (newest first).
    QList<Record> visits(const VisitQuery& query = {}) const;

    /// A record by id, live or deleted (deleted ones come from their snapshot); nullopt when unknown.
    std::optional<Record> record(RecordKind kind, const QString& id) const;
    /// Every record of a kind, live and deleted, by id (for exports).
    QList<Record> allRecords(RecordKind kind) const;
    /// Deleted records of a kind (to restore).
    QList<Record> deletedRecords(RecordKind kind) const;
    QList<HistoryEntry> history(const QString& recordId) const;

    QStringList assignees() const; ///< names in tasks, sorted
    QStringList reasons() const; ///< reasons in tasks, sorted
    QList<QPair<QString, QString>> parks() const; ///< (park_id, name) of the cache, by name

    // ---- writes (each one transaction)
    /// Creates a visit (id = new UUID). Throws FieldWorkError for a bad value.
    QString createVisit(const QHash<QString, QString>& values);
    /// Creates a task (id = new UUID, created = today, status 待办 unless given).
    QString createTask(const QHash<QString, QString>& values);
    /// Sets fields; unchanged values write nothing. A visit with closes_task = 1 closes its task (已完成).
    /// Throws FieldWorkError for an unknown or deleted record or a bad value.
    void update(RecordKind kind, const QString& id, const QHash<QString, QString>& changes);
    /// Soft delete: the record leaves visits/tasks, its snapshot stays for restore().
    void remove(RecordKind kind, const QString& id);
    void restore(RecordKind kind, const QString& id);

    struct Generated
    {
        QStringList created; ///< task ids
        QStringList alreadyOpen; ///< USCCs that already have an open task with this reason
        QStringList unknown; ///< USCCs not in the cache
    };
    /// One task per enterprise of a list (watch list, potential firms, a search result, a map selection),
    /// all with the same reason; defaults may give assignee, due, park_id. One transaction.
    Generated generateTasks(
        const QStringList& usccs, const QString& reason, const QHash<QString, QString>& defaults = {});

    // ---- building blocks of merges (inside the caller's transaction)
    /// Writes a record as it is (values, stamps, deleted state), no history.
    void put(const Record& record);
    void addHistory(const HistoryEntry& entry);
    /// True when the history already holds this losing version of a field (merges stay idempotent).
    bool hasConflict(
        const QString& recordId, const QString& field, const Stamp& loser, const QString& value) const;

    /// A problem with a value of a field (empty when fine): dates, kinds, statuses, categories.
    static QString checkValue(RecordKind kind, const QString& field, const QString& value);
    /// The stored form of a value (categories in canonical order, closes_task 0/1, trimmed dates).
    static QString normalise(const QString& field, const QString& value);

private:
    QString insertRecord(RecordKind kind, QHash<QString, QString> values, const QString& created);
    void applyChanges(Record& record, const QHash<QString, QString>& changes, const QString& at);
    void setTaskStatusForVisit(const Record& visit, const QString& at);
    QList<Record> select(
        RecordKind kind, const QString& where, const QList<QVariant>& binds, int limit) const;

    store::Database& m_db;
    QString m_author;
    std::function<QDateTime()> m_clock;
    QString m_lastStamp;
};

} // namespace dj::fieldwork
