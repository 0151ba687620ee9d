#include "core/store/cache.h"

#include "core/store/namegramindex.h"
#include "core/store/schema.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace dj::store {

namespace {
constexpr char kSqliteMagic[] = "SQLite format 3";
const QString kAppKey = QStringLiteral("app");
const QString kAppValue = QStringLiteral("dianjing");
constexpr char kUnfinishedKey[] = "unfinished";
constexpr qint64 kQuickCheckMaxBytes = qint64(64) << 20;
} // namespace

void Cache::checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(100);
    if (head.isEmpty())
        return; // an empty file is an empty SQLite database
    if (head.size() < 100 || !head.startsWith(kSqliteMagic))
        throw StoreError(StoreError::Kind::NotSqlite,
            tr("%1 is not a Dianjing cache: it is not an SQLite database.").arg(path));
    // The header's page size and page count (valid when the change counter at 24 equals the one at 92):
    // a file shorter than that was cut off (a copy that did not finish, a full disk).
    auto be32 = [&head](int at) {
        return quint32(uchar(head[at])) << 24 | quint32(uchar(head[at + 1])) << 16
            | quint32(uchar(head[at + 2])) << 8 | quint32(uchar(head[at + 3]));
    };
    const quint32 rawPage = quint32(uchar(head[16])) << 8 | uchar(head[17]);
    const qint64 pageSize = rawPage == 1 ? 65536 : rawPage;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw StoreError(StoreError::Kind::Corrupt,
            tr("The cache %1 is damaged (its header is invalid). It was not modified.").arg(path));
    const quint32 pages = be32(28);
    if (pages > 0 && be32(24) == be32(92) && qint64(pages) * pageSize > file.size())
        throw StoreError(StoreError::Kind::Corrupt,
            tr("The cache %1 is damaged: it is shorter than its header says (%L2 of %L3 bytes), a copy or "
               "a write that did not finish. It was not modified.")
                .arg(path)
                .arg(file.size())
                .arg(qint64(pages) * pageSize));
}

namespace {

/// Removes the -wal and -shm files that opening a cache created when the cache is then refused: a read
/// must leave nothing beside a file it does not accept. Files that existed before are never touched.
class SidecarGuard
{
public:
    explicit SidecarGuard(const QString& path)
        : m_path(path)
    {
        for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
            if (!QFileInfo::exists(path + suffix))
                m_created << path + suffix;
    }
    ~SidecarGuard()
    {
        if (m_keep)
            return;
        // A WAL holding frames (more than its 32-byte header) is never removed: it would be data.
        for (const QString& p : std::as_const(m_created))
            if (p.endsWith(u"-shm") || QFileInfo(p).size() <= 32)
                QFile::remove(p);
    }
    void keep() { m_keep = true; }

private:
    QString m_path;
    QStringList m_created;
    bool m_keep = false;
};

} // namespace

void Cache::configure(Database& db, Access access)
{
    if (access == Access::ReadWrite)
        db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA foreign_keys = ON;"
            "PRAGMA synchronous = NORMAL;"
            "PRAGMA temp_store = MEMORY;"
            "PRAGMA cache_size = -65536;"
            "PRAGMA mmap_size = 1073741824;");
}

void Cache::validate(Database& db, Access access)
{
    // Reading the schema detects a non-database or a damaged header before anything is written.
    const qint64 objects = db.scalarInt("SELECT count(*) FROM sqlite_schema");
    const int version = db.userVersion();
    if (version > Schema::currentVersion())
        throw StoreError(StoreError::Kind::NewerSchema,
            tr("The cache %1 was written by a newer version of Dianjing (schema %2; this version "
               "reads up to %3). Please update the workstation.")
                .arg(db.path())
                .arg(version)
                .arg(Schema::currentVersion()));
    if (version == 0 && objects > 0)
        throw StoreError(StoreError::Kind::NotACache,
            tr("%1 is an SQLite database but not a Dianjing cache.").arg(db.path()));
    if (version > 0) {
        const bool hasMeta = db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name='meta'") == 1;
        if (!hasMeta || meta(db, kAppKey) != kAppValue)
            throw StoreError(StoreError::Kind::NotACache,
                tr("%1 is an SQLite database but not a Dianjing cache.").arg(db.path()));
    }
    if (version < Schema::currentVersion()) {
        if (access == Access::ReadOnly) {
            if (version == 0)
                throw StoreError(
                    StoreError::Kind::NotACache, tr("%1 is an empty file, not a cache.").arg(db.path()));
            // Reading an older cache is fine while the newer steps only added tables: it is left as it is
            // (nothing is written by a read-only open) and upgraded the next time it is opened for writing.
            if (version >= Schema::oldestReadableVersion())
                return;
            throw StoreError(StoreError::Kind::NewerSchema,
                tr("The cache %1 has an older schema (%2) and must be opened for writing once to "
                   "be upgraded.")
                    .arg(db.path())
                    .arg(version));
        }
        const bool fresh = version == 0;
        Schema::migrate(db);
        if (fresh) {
            setMeta(db, kAppKey, kAppValue);
            setMeta(db, QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            setMeta(db, QStringLiteral("data_version"), QStringLiteral("0"));
        }
    }
}

Database Cache::open(const QString& path, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreError::Kind::NotFound, tr("The cache %1 does not exist.").arg(path));
    if (!info.isFile())
        throw StoreError(StoreError::Kind::Io, tr("%1 is not a file.").arg(path));
    checkHeader(path);
    if (info.size() == 0)
        throw StoreError(StoreError::Kind::NotACache, tr("%1 is an empty file, not a cache.").arg(path));
    if (access == Access::ReadWrite && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        throw StoreError(StoreError::Kind::Io,
            tr("The cache %1 is on read-only media or in a folder that cannot be written: it can be read "
               "(search, export) but not changed. Copy it to a writable folder first.")
                .arg(path));
    SidecarGuard sidecars(path);
    Database db = Database::openRaw(
        path, access == Access::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    validate(db, access);
    quickCheck(db, info.size());
    configure(db, access);
    sidecars.keep();
    return db;
}

void Cache::quickCheck(Database& db, qint64 fileSize)
{
    // Written by a generator that was stopped before it finished (see markUnfinished()).
    if (!meta(db, QString::fromLatin1(kUnfinishedKey)).isEmpty())
        throw StoreError(StoreError::Kind::Corrupt,
            tr("The cache %1 was not finished: the program writing it was stopped. Create it again "
               "(it was not modified).")
                .arg(db.path()));
    // SQLite's quick_check reads every page: on open only where that is cheap. checkCache() runs the
    // full integrity check on demand (dianjing-cli check cache).
    if (fileSize <= kQuickCheckMaxBytes) {
        const QString problem = integrityProblem(db);
        if (!problem.isEmpty())
            throw StoreError(StoreError::Kind::Corrupt,
                tr("The cache %1 is damaged (%2). It was not modified.").arg(db.path(), problem.left(200)));
    }
}

void Cache::markUnfinished(Database& db, bool unfinished)
{
    if (unfinished) {
        setMeta(db, QString::fromLatin1(kUnfinishedKey), QStringLiteral("1"));
    } else {
        Statement st = db.prepare("DELETE FROM meta WHERE key = ?1");
        st.bind(1, QString::fromLatin1(kUnfinishedKey));
        st.run();
    }
}

QStringList Cache::checkCache(const QString& path)
{
    QStringList problems;
    Database db;
    try {
        db = open(path, Access::ReadOnly);
    } catch (const StoreError& e) {
        return { e.message() };
    }
    try {
        Statement st = db.prepare("PRAGMA integrity_check");
        while (st.step()) {
            const QString line = st.columnText(0);
            if (line != QLatin1String("ok"))
                problems << line;
        }
        Statement fk = db.prepare("PRAGMA foreign_key_check");
        qint64 orphans = 0;
        QString first;
        while (fk.step()) {
            if (orphans++ == 0)
                first = fk.columnText(0);
        }
        if (orphans > 0)
            problems
                << tr("%L1 rows refer to rows that do not exist (first in table %2)").arg(orphans).arg(first);
    } catch (const StoreError& e) {
        problems << e.message();
    }
    return problems;
}

Database Cache::openOrCreate(const QString& path)
{
    if (QFileInfo::exists(path))
        return open(path, Access::ReadWrite);
    Database db = Database::openRaw(path, Database::Mode::Create);
    configure(db, Access::ReadWrite);
    validate(db, Access::ReadWrite);
    return db;
}

int Cache::cacheVersion(const QString& path)
{
    try {
        if (!QFileInfo(path).isFile())
            return 0;
        checkHeader(path);
        SidecarGuard sidecars(path);
        Database db = Database::openRaw(path, Database::Mode::ReadOnly);
        const int version = db.userVersion();
        if (version <= 0)
            return 0;
        const bool ours = db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name='meta'") == 1
            && meta(db, kAppKey) == kAppValue;
        return ours ? version : 0;
    } catch (const StoreError&) {
        return 0;
    }
}

bool Cache::isCache(const QString& path)
{
    return cacheVersion(path) > 0;
}

bool Cache::needsUpgrade(const QString& path)
{
    const int version = cacheVersion(path);
    return version > 0 && version < Schema::currentVersion();
}

Database Cache::createFresh(const QString& path)
{
    if (QFileInfo::exists(path)) {
        if (QFileInfo(path).size() > 0 && !isCache(path))
            throw StoreError(StoreError::Kind::NotACache,
                tr("%1 exists and is not a Dianjing cache; it will not be overwritten.").arg(path));
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix))
                throw StoreError(StoreError::Kind::Io, tr("Cannot replace %1.").arg(path + suffix));
        }
    }
    return openOrCreate(path);
}

QString Cache::meta(const Database& db, const QString& key)
{
    Statement st = db.prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.columnText(0) : QString();
}

void Cache::setMeta(Database& db, const QString& key, const QString& value)
{
    Statement st = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.run();
}

QString Cache::dataSource(const Database& db)
{
    return meta(db, QStringLiteral("data_source"));
}

qint64 Cache::dataVersion(const Database& db)
{
    return meta(db, QStringLiteral("data_version")).toLongLong();
}

void Cache::bumpDataVersion(Database& db)
{
    setMeta(db, QStringLiteral("data_version"), QString::number(dataVersion(db) + 1));
    // The as-of date the local data API reports (core/api): when the data last changed.
    setMeta(db, QStringLiteral("data_updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

void Cache::rebuildDerivedIndexes(Database& db, const Progress& progress)
{
    NameGramIndex::rebuild(db, progress);
}

QString Cache::integrityProblem(Database& db)
{
    Statement st = db.prepare("PRAGMA quick_check");
    QStringList problems;
    while (st.step()) {
        const QString line = st.columnText(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace dj::store
