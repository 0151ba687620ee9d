#include "core/server/pgconnection.h"

#include <libpq-fe.h>
#include <vector>

namespace dj::server {

void PgResult::Deleter::operator()(pg_result* r) const
{
    PQclear(r);
}

PgResult::PgResult(pg_result* result)
    : m_result(result)
{
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(
        PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return isNull(row, column) ? 0 : QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong();
}

double PgResult::number(int row, int column) const
{
    return isNull(row, column) ? 0.0 : QByteArray(PQgetvalue(m_result.get(), row, column)).toDouble();
}

QString PgResult::columnName(int column) const
{
    return QString::fromUtf8(PQfname(m_result.get(), column));
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

void PgConnection::Deleter::operator()(pg_conn* c) const
{
    PQfinish(c);
}

PgConnection::PgConnection(const QString& conninfo)
    : m_conninfo(conninfo)
{
    const QByteArray info = conninfo.toUtf8();
    if (info.contains('\0'))
        throw ServerError(tr("The server address holds a NUL character."));
    m_conn.reset(PQconnectdb(info.constData()));
    if (!m_conn || PQstatus(m_conn.get()) != CONNECTION_OK) {
        const QString why = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed() : QString();
        throw ServerError(tr("Cannot connect to the team server: %1").arg(why));
    }
    PQsetClientEncoding(m_conn.get(), "UTF8");
    PgResult(PQexec(m_conn.get(), "SET client_min_messages = warning"));
    // Named in pg_stat_activity unless the connection string names it (an administrator sees who is who).
    if (!conninfo.contains(QStringLiteral("application_name")))
        PgResult(PQexec(m_conn.get(), "SET application_name = 'dianjing'"));
}

PgConnection::~PgConnection() = default;

void PgConnection::fail(const QString& what, pg_result* result)
{
    QString why = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn.get()));
    if (result)
        PQclear(result);
    throw ServerError(tr("The team server refused %1: %2").arg(what, why.trimmed()));
}

void PgConnection::exec(const QString& sql)
{
    pg_result* r = PQexec(m_conn.get(), sql.toUtf8().constData());
    const ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        fail(sql.left(60).simplified(), r);
    PQclear(r);
}

PgResult PgConnection::query(const QString& sql, const QVariantList& params)
{
    std::vector<QByteArray> values;
    values.reserve(size_t(params.size()));
    std::vector<const char*> pointers;
    for (const QVariant& p : params) {
        if (p.isNull() || (p.typeId() == QMetaType::QString && p.toString().isNull())) {
            values.emplace_back();
            pointers.push_back(nullptr);
            continue;
        }
        QByteArray v;
        switch (p.typeId()) {
        case QMetaType::Bool:
            v = p.toBool() ? "true" : "false";
            break;
        case QMetaType::Double:
            v = QByteArray::number(p.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            v = p.toByteArray();
            break;
        default:
            v = p.toString().toUtf8();
        }
        values.push_back(v);
        pointers.push_back(values.back().constData());
    }
    // values never reallocates after the loop; re-take the pointers to be safe.
    for (size_t i = 0; i < values.size(); ++i)
        if (pointers[i])
            pointers[i] = values[i].constData();
    pg_result* r = PQexecParams(m_conn.get(), sql.toUtf8().constData(), int(pointers.size()), nullptr,
        pointers.data(), nullptr, nullptr, 0);
    const ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        fail(sql.left(60).simplified(), r);
    return PgResult(r);
}

QString PgConnection::scalar(const QString& sql, const QVariantList& params)
{
    const PgResult r = query(sql, params);
    return r.rows() > 0 ? r.text(0, 0) : QString();
}

void PgConnection::copyBegin(const QString& copySql)
{
    pg_result* r = PQexec(m_conn.get(), copySql.toUtf8().constData());
    if (PQresultStatus(r) != PGRES_COPY_IN)
        fail(copySql.left(60).simplified(), r);
    PQclear(r);
}

void PgConnection::copyData(QByteArrayView data)
{
    if (PQputCopyData(m_conn.get(), data.constData(), int(data.size())) != 1)
        fail(QStringLiteral("COPY"));
}

qint64 PgConnection::copyEnd()
{
    if (PQputCopyEnd(m_conn.get(), nullptr) != 1)
        fail(QStringLiteral("COPY"));
    qint64 rows = 0;
    while (pg_result* r = PQgetResult(m_conn.get())) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            // Drain the remaining results before throwing, so the connection stays usable for ROLLBACK.
            QString why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            PQclear(r);
            while (pg_result* rest = PQgetResult(m_conn.get()))
                PQclear(rest);
            throw ServerError(tr("The team server refused the data: %1").arg(why));
        }
        rows += QByteArray(PQcmdTuples(r)).toLongLong();
        PQclear(r);
    }
    return rows;
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn.get());
}

QString PgConnection::quoteIdentifier(const QString& name)
{
    QString out = name;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

PgTransaction::PgTransaction(PgConnection& c, const QString& begin)
    : m_conn(c)
{
    m_conn.exec(begin);
}

PgTransaction::~PgTransaction()
{
    if (m_active) {
        try {
            m_conn.exec(QStringLiteral("ROLLBACK"));
        } catch (...) {
            // The connection is gone: the server rolled back itself.
        }
    }
}

void PgTransaction::commit()
{
    m_conn.exec(QStringLiteral("COMMIT"));
    m_active = false;
}

} // namespace dj::server
