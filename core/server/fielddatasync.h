#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace dj::store {
class Database;
}

namespace dj::server {

class PgConnection;

/// A field-data table synced with the team server, beside visits and tasks (those go through
/// core/fieldwork's merge rules): registers, watch lists, policies and alert states.
struct FieldTable
{
    QString name; ///< the cache table
    QStringList keys; ///< the columns that identify a row on every laptop (members.csv's keys for members)
    QStringList fields; ///< the other synced columns
    QStringList quiet; ///< fields whose concurrent edits are not listed as conflicts (timestamps, alert text)
};

/// One conflict on a field-data row: both laptops changed the field; `kept` won (the later edit), `other`
/// is kept in the history.
struct FieldDataConflict
{
    QString table;
    QString key; ///< JSON array of the key columns
    QString field;
    QString kept, keptAt, keptBy;
    QString other, otherAt, otherBy;
};

struct FieldDataReport
{
    QString opId; ///< the pushed batch ("" when nothing was pushed)
    int pushed = 0; ///< rows in the batch
    bool duplicateBatch = false; ///< the server had applied this batch already: nothing changed
    int pulled = 0; ///< rows received from the server and written here
    qint64 seq = 0; ///< the server's field-data sequence this cache is now current with
    QList<FieldDataConflict> conflicts; ///< conflicts new to this cache (found by any laptop's push)
};

/// Push and pull of the field data beside visits and tasks (cache schema step 15, server step 5).
///
/// The cache's triggers note which row changed and when (sync_row_changes). A push sends each changed row
/// whole, with every field's stamp: a field whose value differs from the row as last received from the server
/// (sync_rows) is an edit made here, stamped with the time of the change and the author, and carries the
/// stamp it was made on (its base); the others carry their received stamps. The server applies the batch in
/// one transaction, recorded with its operation id (a batch sent again changes nothing): a field edited here
/// on top of the server's current value takes over; one edited on both sides goes to the later edit, and the
/// other value is written to the row's history (fd_history) — a conflict, listed to both laptops. A deletion
/// is the field "_deleted" and follows the same rule. The local log is cleared only after the server's
/// commit. A pull writes the rows changed on the server since the last pull (those the role's regions may
/// see) into the cache, except rows edited here since the push began (the next push carries them).
///
/// Access: each row's region is the region of its enterprise (the uscc column, or the register member's
/// enterprise), set on the server from the server's own data. A restricted role pushing a row of another
/// region is refused before anything is applied, with the row named.
class FieldDataSync
{
    Q_DECLARE_TR_FUNCTIONS(FieldDataSync)
public:
    static const QList<FieldTable>& tables();
    static const FieldTable* table(const QString& name);

    /// Pushes the changes captured here. `allowed`: the role's region prefixes (empty = unrestricted).
    static void push(store::Database& cache, PgConnection& server, const QString& client,
        const QString& author, const QStringList& allowed, const std::function<void(const QString&)>& onStage,
        FieldDataReport& report);
    /// Pulls the rows changed on the server since the last pull (all of them when `whole`).
    static void pull(store::Database& cache, PgConnection& server, bool whole, FieldDataReport& report);

    /// Rows changed here and not yet pushed.
    static qint64 pendingChanges(store::Database& cache);
    /// Every conflict this cache knows of, newest first.
    static QList<FieldDataConflict> conflicts(store::Database& cache, int limit = 500);
};

} // namespace dj::server
