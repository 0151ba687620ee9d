#pragma once

#include "core/server/servererror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>

struct pg_conn;
struct pg_result;

namespace dj::server {

/// The rows of one PostgreSQL result (text format). RAII.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result* result);
    PgResult(PgResult&&) noexcept = default;
    PgResult& operator=(PgResult&&) noexcept = default;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    /// Text of a cell; null QString for NULL.
    QString text(int row, int column) const;
    /// UTF-8 bytes of a cell; null QByteArray for NULL.
    QByteArray bytes(int row, int column) const;
    qint64 integer(int row, int column) const;
    double number(int row, int column) const;
    QString columnName(int column) const;
    /// Rows changed by an INSERT/UPDATE/DELETE.
    qint64 affected() const;

private:
    struct Deleter
    {
        void operator()(pg_result* r) const;
    };
    std::unique_ptr<pg_result, Deleter> m_result;
};

/// One libpq connection (RAII). Every statement with values is sent with bound parameters
/// (PQexecParams); SQL text never contains user input. One connection per thread.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
public:
    /// Connects; conninfo is a libpq connection string or URI ("host=… port=… dbname=…",
    /// "postgresql://user@host:port/db"). Throws ServerError with the server's words.
    explicit PgConnection(const QString& conninfo);
    PgConnection(PgConnection&&) noexcept = default;
    PgConnection& operator=(PgConnection&&) noexcept = default;
    ~PgConnection();

    /// Runs statements without parameters (DDL, BEGIN/COMMIT). Throws ServerError.
    void exec(const QString& sql);
    /// Runs one statement with bound parameters ($1, $2 …; a null QVariant or null QString binds NULL).
    PgResult query(const QString& sql, const QVariantList& params = {});
    /// The single value of a one-row, one-column query (null QString when no row).
    QString scalar(const QString& sql, const QVariantList& params = {});

    /// COPY … FROM STDIN: starts the copy; feed data with copyData(), then copyEnd(). Throws ServerError.
    void copyBegin(const QString& copySql);
    void copyData(QByteArrayView data);
    /// Ends the copy; returns the number of rows copied.
    qint64 copyEnd();

    /// The backend's process id (pg_terminate_backend in tests).
    int backendPid() const;
    pg_conn* handle() const { return m_conn.get(); }
    /// The connection string it was opened with (a loader opens more connections to the same server).
    const QString& conninfo() const { return m_conninfo; }

    /// A text literal for COPY/DDL where a parameter cannot be used (identifiers never come from users).
    static QString quoteIdentifier(const QString& name);

private:
    [[noreturn]] void fail(const QString& what, pg_result* result = nullptr);
    struct Deleter
    {
        void operator()(pg_conn* c) const;
    };
    std::unique_ptr<pg_conn, Deleter> m_conn;
    QString m_conninfo;
};

/// RAII transaction on a PgConnection: rolls back unless committed.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection& c, const QString& begin = QStringLiteral("BEGIN"));
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    ~PgTransaction();
    void commit();

private:
    PgConnection& m_conn;
    bool m_active = true;
};

} // namespace dj::server
