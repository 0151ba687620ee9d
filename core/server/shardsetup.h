#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace dj::server {

class PgConnection;

/// One shard: a Dianjing team server (`server init` + its provinces' bundles loaded) and the provinces it
/// answers for.
struct Shard
{
    QString conninfo; ///< how the coordinator reaches it (host, port, dbname, user, password)
    QStringList provinces; ///< two-digit province codes
};

/// National questions over several servers: a coordinator database whose schema `national` holds the
/// registry tables the search reads (enterprises and their child tables), LIST-partitioned by province like
/// the server's own, with every partition a postgres_fdw foreign table on the shard that holds that
/// province. The coordinator's search_path puts `national` first, so ServerSearch runs there unchanged:
/// PostgreSQL prunes to the provinces a filter names and pushes the per-partition work to the shards.
///
/// Loads and syncs go to the shards themselves (each is a complete server for its provinces, with its own
/// change sequence); the coordinator only answers searches. A foreign partition cannot carry the unique
/// keys the shards enforce, which is why the national tables live in a schema of their own.
class ShardSetup
{
    Q_DECLARE_TR_FUNCTIONS(ShardSetup)
public:
    /// Replaces the coordinator's national schema by foreign partitions on the shards (one transaction).
    /// The coordinator must be initialised (`server init`). Throws ServerError for an unknown or repeated
    /// province, or a shard that cannot be reached.
    static void configure(PgConnection& coordinator, const QList<Shard>& shards);
    /// The tables of the national schema.
    static const QStringList& tables();
};

} // namespace dj::server
