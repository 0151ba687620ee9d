#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <libpq-fe.h>
#include <stdexcept>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace dj::test {

QString PgServer::binDir()
{
    const QString env = qEnvironmentVariable("DJ_PG_BIN");
    if (!env.isEmpty())
        return env;
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
        [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions)
        if (QFileInfo::exists(lib.filePath(v + QStringLiteral("/bin/initdb"))))
            return lib.filePath(v + QStringLiteral("/bin"));
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

int PgServer::run(const QString& program, const QStringList& args, QString* output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString exe = QDir(binDir()).filePath(program);
    if (m_user.isEmpty()) {
        p.start(exe, args);
    } else {
        p.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), m_user, QStringLiteral("--"), exe } + args);
    }
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

PgServer::PgServer(const QString& keepDir, const QString& extraOptions)
{
    if (binDir().isEmpty())
        throw std::runtime_error(
            "PostgreSQL server binaries not found (install postgresql-15 or set DJ_PG_BIN)");
    QString root = keepDir;
    if (root.isEmpty()) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("dj-pg-XXXXXX")));
        if (!m_dir->isValid())
            throw std::runtime_error("cannot create a temporary folder for PostgreSQL");
        root = m_dir->path();
    } else if (!QDir().mkpath(root)) {
        throw std::runtime_error("cannot create " + root.toStdString());
    }
    m_data = QDir(root).filePath(QStringLiteral("data"));
    m_log = QDir(root).filePath(QStringLiteral("server.log"));
    const bool existing = QFileInfo::exists(QDir(m_data).filePath(QStringLiteral("PG_VERSION")));
#ifdef Q_OS_UNIX
    if (geteuid() == 0) {
        // initdb refuses root; the server runs as nobody in a folder it owns.
        m_user = QStringLiteral("nobody");
        QFile::setPermissions(root,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther | QFile::WriteOther);
        QDir().mkpath(m_data);
        QProcess::execute(QStringLiteral("chown"), { m_user, m_data });
    }
#endif
    QString out;
    if (!existing
        && run(QStringLiteral("initdb"),
               { QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("dj"),
                   QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                   QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync") },
               &out)
            != 0)
        throw std::runtime_error("initdb failed: " + out.toStdString());
    // A free port: try random ones until the server starts (pg_ctl -w fails when the port is taken).
    for (int attempt = 0; attempt < 8; ++attempt) {
        m_port = 20000 + int(QRandomGenerator::global()->bounded(30000));
        const QString options
            = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories='' "
                             "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                             "-c max_connections=40 -c shared_buffers=256MB -c maintenance_work_mem=512MB "
                             "-c work_mem=32MB -c max_wal_size=8GB -c checkpoint_timeout=30min "
                             "-c wal_level=minimal -c max_wal_senders=0 -c max_locks_per_transaction=256 %2")
                  .arg(m_port)
                  .arg(extraOptions);
        if (run(QStringLiteral("pg_ctl"),
                { QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_log, QStringLiteral("-w"),
                    QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                    QStringLiteral("start") },
                &out)
            == 0)
            return;
    }
    QFile log(m_log);
    log.open(QIODevice::ReadOnly);
    throw std::runtime_error("PostgreSQL did not start: " + out.toStdString() + log.readAll().toStdString());
}

PgServer::~PgServer()
{
    run(QStringLiteral("pg_ctl"),
        { QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
            QStringLiteral("-w"), QStringLiteral("stop") });
}

PgServer& PgServer::shared()
{
    static PgServer server;
    return server;
}

QString PgServer::conninfo(const QString& database) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 user=dj dbname=%2 connect_timeout=10")
        .arg(m_port)
        .arg(database);
}

QString PgServer::sql(const QString& database, const QString& statement)
{
    PGconn* c = PQconnectdb(conninfo(database).toUtf8().constData());
    if (PQstatus(c) != CONNECTION_OK) {
        const std::string why = PQerrorMessage(c);
        PQfinish(c);
        throw std::runtime_error("cannot connect: " + why);
    }
    PQsetNoticeProcessor(
        c, [](void*, const char*) {}, nullptr); // "does not exist, skipping" is no news
    PGresult* r = PQexec(c, statement.toUtf8().constData());
    const ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
        const std::string why = PQresultErrorMessage(r);
        PQclear(r);
        PQfinish(c);
        throw std::runtime_error("SQL failed: " + why);
    }
    QString out;
    if (PQntuples(r) > 0 && PQnfields(r) > 0)
        out = QString::fromUtf8(PQgetvalue(r, 0, 0));
    PQclear(r);
    PQfinish(c);
    return out;
}

QString PgServer::createDatabase(const QString& name, const QString& templateDatabase)
{
    sql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    sql(QStringLiteral("postgres"),
        templateDatabase.isEmpty()
            ? QStringLiteral("CREATE DATABASE %1").arg(name)
            : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateDatabase));
    return conninfo(name);
}

} // namespace dj::test
