#pragma once

#include "core/common/progress.h"
#include "core/fieldwork/fieldworkexchange.h"
#include "core/server/fielddatasync.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <functional>

namespace dj::store {
class Database;
}

namespace dj::server {

class PgConnection;

struct SyncOptions
{
    QStringList regions; ///< GB/T 2260 prefixes (2, 4 or 6 digits); empty = the regions of the last sync
    QString client; ///< this laptop's name in the server's batches and history (default: the cache's id)
    QString author; ///< the user name for history entries written here
    /// Called at the named stages ("push-prepared", "push-applying", "push-applied", "pulled-fieldwork",
    /// "pulled-registry"): progress for a window, and the crash tests' place to stop a sync midway.
    std::function<void(const QString& stage)> onStage;
};

struct SyncReport
{
    bool firstSync = false; ///< the registry extract was pulled whole
    QStringList regions;
    QMap<QString, qint64> registryRows; ///< table -> rows written into the cache
    qint64 registryDeleted = 0; ///< rows removed because the server deleted them
    qint64 registrySeq = 0; ///< the server's registry sequence this cache is now current with
    QString opId; ///< the pushed batch ("" when there was nothing to push)
    int pushed = 0; ///< records in the batch
    bool duplicateBatch = false; ///< the server had applied the batch already (a retry): nothing changed
    int pulled = 0; ///< field-work records received
    qint64 fieldWorkSeq = 0;
    QList<fieldwork::Conflict> conflicts; ///< found on the server (push) and here (pull)
    FieldDataReport fieldData; ///< registers, watch lists, policies, alert states (FieldDataSync)
};

/// The laptop side of the team server (shared/spec/cli.md `sync`). Offline first: the cache works alone;
/// a sync
/// 1. pushes the field-work records changed here (captured into sync_changes by triggers, cache schema step
/// 13)
///    as one batch with an operation id; the server merges them field by field (FieldWorkMerge: the later
///    edit wins, the other version goes to the record's history as a conflict, a task's status moves only
///    forward unless reopened) in one transaction that also records the id, so a batch sent again changes
///    nothing. The local change log is cleared only after the server's commit: a sync killed before that
///    resends the same batch under the same id.
/// 2. pulls the field-work records changed on the server since the last pull and merges them here by the
///    same rules (the conflicts found land in this cache's history too).
/// 3. pulls the registry: the whole extract of the regions the first time (or when the regions change),
///    later only the rows with a change sequence above the last one, and the deletions.
/// Each side's writes are single transactions, so a sync stopped anywhere leaves both consistent and the
/// next one completes it.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
public:
    static SyncReport run(store::Database& cache, PgConnection& server, const SyncOptions& options,
        const Progress& progress = {});

    /// Checks region prefixes (2, 4 or 6 digits); throws ServerError naming the bad one.
    static void checkRegions(const QStringList& regions);
    /// True when the cache has the sync tables (a cache of an older schema opened read-only has none).
    static bool available(store::Database& cache);
    /// The number of field-work changes (visits, tasks and the other field data) waiting to be pushed.
    static qint64 pendingChanges(store::Database& cache);
    /// A value of sync_state ("" when unset): registry_seq, fieldwork_seq, regions, last_sync, client.
    static QString state(store::Database& cache, const QString& key);
    /// Every conflict this cache knows of (visits and tasks from the field-work history, the other field data
    /// from the server's history), newest first, as one list for the window.
    static QList<FieldDataConflict> allConflicts(store::Database& cache, int limit = 500);
};

} // namespace dj::server
