#pragma once

#include <QStringList>
#include <span>
#include <string_view>

namespace dj::store {

class Database;

/// One numbered schema step. Steps run in order, each in its own transaction.
struct Migration
{
    int version; ///< user_version after this step
    std::string_view sql; ///< DDL; no user input ever reaches it
    void (*after)(Database&) = nullptr; ///< fills what the DDL created (same transaction), if anything
};

/// The cache schema: tables of exchange-format.md plus the workstation's own.
class Schema
{
public:
    /// The schema version this build writes. A cache with a greater user_version is refused.
    static int currentVersion();
    /// The oldest schema this version can read without upgrading (read-only opens): every step after it
    /// only adds tables, so what an older cache has reads as before. Raise it when a step changes a table.
    static int oldestReadableVersion();
    static std::span<const Migration> migrations();
    /// Applies every step after the cache's user_version, each in a transaction.
    static void migrate(Database& db);
    /// Names of the bundle tables, in import order (parents before children).
    static QStringList bundleTables();
};

} // namespace dj::store
