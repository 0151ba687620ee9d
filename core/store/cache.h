#pragma once

#include "core/common/progress.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dj::store {

/// Opening, creating and maintaining a workstation cache file.
///
/// A cache is an SQLite file whose meta table says app=dianjing and whose user_version is the schema
/// version. Anything else is refused with a StoreError and never modified. open() also refuses a file
/// shorter than its header says, one marked unfinished, and (up to 64 MB, where it is cheap) one that
/// fails SQLite's quick_check; checkCache() is the full check. A refused open leaves no -wal/-shm behind.
class Cache
{
    Q_DECLARE_TR_FUNCTIONS(Cache)
public:
    enum class Access { ReadOnly, ReadWrite };

    /// Opens an existing cache (migrating an older schema when ReadWrite). Throws StoreError.
    static Database open(const QString& path, Access access = Access::ReadWrite);
    /// Opens the cache, creating an empty one when the file does not exist. Throws StoreError.
    static Database openOrCreate(const QString& path);
    /// Creates an empty cache at path, replacing an existing *cache* there (never any other file).
    static Database createFresh(const QString& path);
    /// True when path holds a file that is a Dianjing cache of any version.
    static bool isCache(const QString& path);
    /// True when path is a cache of an older schema that open(ReadWrite) would upgrade first (schema steps
    /// can rebuild indexes: seconds on a large cache). False for anything else, which open() reports.
    static bool needsUpgrade(const QString& path);

    /// Sets connection pragmas (WAL, foreign keys, caches). Called by open(); use for extra connections.
    static void configure(Database& db, Access access);

    static QString meta(const Database& db, const QString& key);
    static void setMeta(Database& db, const QString& key, const QString& value);

    /// Where the data came from, e.g. "演示数据" or the imported bundle's name.
    static QString dataSource(const Database& db);
    /// Increases on every bulk write; derived indexes (search) compare it to know they are current.
    static qint64 dataVersion(const Database& db);
    static void bumpDataVersion(Database& db);

    /// Rebuilds the name index (NameGramIndex) after bulk writes to enterprises, inside the caller's
    /// transaction. Throws Cancelled when progress is cancelled.
    static void rebuildDerivedIndexes(Database& db, const Progress& progress = {});

    /// Runs SQLite's quick_check; returns an empty string when the file is sound.
    static QString integrityProblem(Database& db);

    /// The full check on demand (dianjing-cli check cache): what open() checks, SQLite's integrity_check
    /// and the foreign keys. Empty when the cache is sound; nothing is written.
    static QStringList checkCache(const QString& path);

    /// Marks a cache being written by a bulk generator as unfinished (open() refuses it) or clears the
    /// mark (inside the transaction that completes it).
    static void markUnfinished(Database& db, bool unfinished);

private:
    static void checkHeader(const QString& path);
    /// The schema version of the cache at path; 0 when it is not a cache (or cannot be read).
    static int cacheVersion(const QString& path);
    static void validate(Database& db, Access access);
    /// Checks run on every open: the unfinished mark, and SQLite's quick_check on small files.
    static void quickCheck(Database& db, qint64 fileSize);
};

} // namespace dj::store
