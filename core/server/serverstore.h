#pragma once

#include "core/common/progress.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace dj::server {

class PgConnection;

/// What a bundle load did.
struct LoadSummary
{
    QMap<QString, qint64> rows; ///< table -> rows inserted or changed (unchanged rows are not counted)
    double seconds = 0;
    int connections = 1; ///< connections the load used at once
    QString note; ///< for the operator: why a first load took one connection
};

/// How a bundle is loaded.
struct LoadOptions
{
    /// Connections a first load may use at once (0: as many as the load decides, 1: one, no staging).
    int connections = 0;
};

/// The registry side of the team server: bulk loading of exchange bundles and the change sequence.
///
/// Registry writers (load) hold the exclusive advisory lock kRegistryLock for their transaction; readers that
/// need a consistent "changed up to N" (sync pulls) take it shared, so no change with a smaller seq can
/// commit after they read N.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)
public:
    static constexpr int kRegistryLock = 7202;
    static constexpr int kFieldWorkLock = 7203;

    /// Loads a bundle folder (CSV files named after their tables, exchange-format columns, canonical values
    /// as `dianjing-cli export` writes them) in one transaction: each file is COPYed into a temporary table,
    /// then inserted into its (partitioned) table with one INSERT … SELECT; rows that exist are replaced
    /// when they differ (their seq moves on), identical rows keep theirs. visits.csv and tasks.csv become
    /// field-work records. Throws ServerError for a folder that is not a bundle, an unknown column or a
    /// value the server cannot read; nothing is loaded then.
    static LoadSummary loadBundle(
        PgConnection& db, const QString& dir, const Progress& progress = {}, const LoadOptions& options = {});

    /// The greatest registry change sequence (read under the shared registry lock).
    static qint64 registrySequence(PgConnection& db);

    /// Deletes enterprises (and their child rows) by USCC: each leaves a tombstone with a new seq, so
    /// laptops that hold them drop them at their next sync.
    static qint64 deleteEnterprises(PgConnection& db, const QStringList& usccs);

    /// Gives an officer's server role (created as a login role when missing) access to the registry rows of
    /// its regions only (row-level security, schema step 2) and to pushing field work. Regions are GB/T 2260
    /// prefixes; granting again replaces them. Throws ServerError.
    static void grantRegions(PgConnection& db, const QString& role, const QStringList& regions);
    /// The regions the connected role may read; empty when it is not restricted (the owner).
    static QStringList allowedRegions(PgConnection& db);
};

} // namespace dj::server
