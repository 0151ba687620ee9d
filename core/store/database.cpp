#include "core/store/database.h"

#include "core/store/storeerror.h"

#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>

namespace dj::store {

namespace {

StoreError errorFor(sqlite3* db, int rc, std::string_view what, const QString& path)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return StoreError(StoreError::Kind::NotSqlite,
            StoreError::tr("%1 is not a Dianjing cache: it is not an SQLite database.").arg(path));
    case SQLITE_CORRUPT:
        return StoreError(StoreError::Kind::Corrupt,
            StoreError::tr("The cache %1 is damaged (%2). It was not modified.").arg(path, detail));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_FULL:
        return StoreError(StoreError::Kind::Io, StoreError::tr("Cannot access %1: %2").arg(path, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError(
            StoreError::Kind::Busy, StoreError::tr("The cache %1 is in use by another program.").arg(path));
    default:
        return StoreError(StoreError::Kind::Sql,
            StoreError::tr("Database error in %1 (%2): %3")
                .arg(path, QString::fromUtf8(what.data(), qsizetype(what.size())), detail));
    }
}

} // namespace

Database::Database(Database&& other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database Database::openRaw(const QString& path, Mode mode)
{
    if (mode != Mode::Create && !QFileInfo::exists(path))
        throw StoreError(
            StoreError::Kind::NotFound, StoreError::tr("The cache %1 does not exist.").arg(path));
    if (QFileInfo(path).isDir())
        throw StoreError(StoreError::Kind::Io, StoreError::tr("%1 is a folder, not a cache file.").arg(path));

    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    Database db;
    db.m_path = path;
    QByteArray native = path.toUtf8();
    // Read-only media (a USB stick, a write-protected share): SQLite cannot create the -shm file a WAL
    // database needs even for reading. When the folder cannot be written and no -wal/-shm exists (so there
    // is nothing but the main file to read), the file is opened as immutable: no locks, no side files.
    if (mode == Mode::ReadOnly && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()
        && !QFileInfo::exists(path + QStringLiteral("-wal"))
        && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        flags |= SQLITE_OPEN_URI;
        const QString absolute = QFileInfo(path).absoluteFilePath();
        native = "file:" + QByteArray(absolute.startsWith(u'/') ? "" : "/")
            + QUrl::toPercentEncoding(absolute, "/:") + "?immutable=1";
    }
    const int rc = sqlite3_open_v2(native.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        throw errorFor(db.m_db, rc, "open", path);
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, kDefaultBusyTimeoutMs);
    return db;
}

void Database::setBusyTimeout(int ms)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, ms);
}

Database::BusyTimeout::BusyTimeout(Database& db, int ms)
    : m_db(db)
{
    m_db.setBusyTimeout(ms);
}

Database::BusyTimeout::~BusyTimeout()
{
    m_db.setBusyTimeout(kDefaultBusyTimeoutMs);
}

void Database::check(int rc, std::string_view what) const
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw errorFor(m_db, rc, what, m_path);
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (err)
        sqlite3_free(err);
    check(rc, sql.substr(0, 80));
}

Statement Database::prepare(std::string_view sql) const
{
    sqlite3_stmt* stmt = nullptr;
    const int rc
        = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    check(rc, sql.substr(0, 80));
    return Statement(m_db, stmt);
}

qint64 Database::scalarInt(std::string_view sql) const
{
    Statement st = prepare(sql);
    return st.step() ? st.columnInt(0) : 0;
}

QString Database::scalarText(std::string_view sql) const
{
    Statement st = prepare(sql);
    return st.step() ? st.columnText(0) : QString();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}
int Database::userVersion() const
{
    return int(scalarInt("PRAGMA user_version"));
}

void Database::setUserVersion(int version)
{
    exec("PRAGMA user_version = " + std::to_string(version)); // an integer we own, not user text
}

void Database::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

} // namespace dj::store
