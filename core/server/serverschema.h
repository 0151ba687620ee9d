#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <span>
#include <string_view>

namespace dj::server {

class PgConnection;

/// One numbered step of the server schema (as core/store/schema.h for the cache).
struct ServerMigration
{
    int version;
    std::string_view sql; ///< DDL; no user input ever reaches it
    void (*after)(PgConnection&) = nullptr; ///< what the DDL cannot say statically (partitions, code tables)
};

/// The team server's schema in PostgreSQL 15: every table of the exchange format with the same keys, the
/// enterprises and their child tables LIST-partitioned by province (`prov`, the first two digits of the
/// enterprise's region_code, part of every key there), a change sequence on every registry row, the
/// field-work records with their stamps and history, and the sync bookkeeping.
///
/// The version is the single row of dj_schema; steps run in order, each in one transaction.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)
public:
    static int currentVersion();
    static std::span<const ServerMigration> migrations();
    /// The schema version of the connected database (0 when it has none).
    static int version(PgConnection& db);
    /// Applies every missing step up to `upTo` (by default all); refuses a database of a newer version.
    /// Throws ServerError. (An earlier `upTo` gives a database as an older version left it, for tests.)
    static void migrate(PgConnection& db, int upTo = 0);
    /// Refuses (ServerError) a database that is not a Dianjing server of this version.
    static void check(PgConnection& db);
    /// Province codes with a partition of their own (the rest go to the DEFAULT partition).
    static const QStringList& provinces();
    /// The partitioned registry tables (enterprises first).
    static const QStringList& partitionedTables();
    /// Every registry table of the bundle held by the server (visits and tasks are field-work records).
    static const QStringList& registryTables();
};

} // namespace dj::server
