#include "core/store/statement.h"

#include "core/store/storeerror.h"

#include <sqlite3.h>

namespace dj::store {

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::checkBind(int rc)
{
    if (rc != SQLITE_OK)
        throw StoreError(StoreError::Kind::Sql,
            StoreError::tr("Cannot bind a value: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

Statement& Statement::bindNull(int index)
{
    checkBind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    checkBind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    checkBind(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    return bind(index, value.toUtf8());
}

Statement& Statement::bind(int index, const QByteArray& utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    checkBind(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8)
{
    checkBind(sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<qint64>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        checkBind(sqlite3_bind_blob(m_stmt, index, value.toByteArray().constData(),
            int(value.toByteArray().size()), SQLITE_TRANSIENT));
        return *this;
    default:
        return bind(index, value.toString());
    }
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    const QString sql = QString::fromUtf8(sqlite3_sql(m_stmt)).left(120);
    if ((rc & 0xff) == SQLITE_CORRUPT)
        throw StoreError(StoreError::Kind::Corrupt, StoreError::tr("The cache is damaged: %1").arg(detail));
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        throw StoreError(StoreError::Kind::Busy, StoreError::tr("The cache is in use by another program."));
    if ((rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR)
        throw StoreError(StoreError::Kind::Io, StoreError::tr("Cannot write the cache: %1").arg(detail));
    throw StoreError(StoreError::Kind::Sql, StoreError::tr("Database error (%1): %2").arg(sql, detail));
}

void Statement::run()
{
    step();
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    if (isNull(column))
        return {};
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QString::fromUtf8(text, size);
}

std::string_view Statement::columnUtf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return std::string_view(text, size_t(sqlite3_column_bytes(m_stmt, column)));
}

std::optional<double> Statement::columnOptDouble(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnDouble(column);
}

std::optional<qint64> Statement::columnOptInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnInt(column);
}

QVariant Statement::columnVariant(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(columnInt(column));
    case SQLITE_FLOAT:
        return QVariant(columnDouble(column));
    case SQLITE_TEXT:
        return QVariant(columnText(column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column)));
    default:
        return {};
    }
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

} // namespace dj::store
