#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace dj::test {

/// A throw-away PostgreSQL server for one test executable: initdb into a temporary folder, a free port on
/// 127.0.0.1 (no Unix socket), trust authentication for the superuser `dj`, the settings of a throw-away
/// server (fsync and synchronous_commit off, wal_level minimal, 256 MB shared buffers, 512 MB
/// maintenance_work_mem, max_locks_per_transaction 256: docs/teamserver.md's bulk-load settings without
/// durability); stopped (and the folder removed) by the destructor.
///
/// The binaries come from $DJ_PG_BIN, else the newest /usr/lib/postgresql/<v>/bin, else PATH (Windows: the
/// EDB installer's bin folder on PATH). initdb refuses to run as root: when the tests run as uid 0 (CI
/// containers), initdb and pg_ctl run as the unprivileged user `nobody` through `runuser`, and the data
/// folder is handed to that user.
class PgServer
{
public:
    /// Starts the server; throws std::runtime_error with the server's log when it cannot. With keepDir the
    /// data folder is keepDir/data, reused when it holds a server already and left in place when stopped
    /// (benchmarks split into several runs).
    /// extraOptions: further "-c name=value" settings (a test of a server configured otherwise).
    explicit PgServer(const QString& keepDir = {}, const QString& extraOptions = {});
    ~PgServer();
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    /// The one server of this test executable, started on first use.
    static PgServer& shared();

    int port() const { return m_port; }
    /// A libpq connection string for a database of this server.
    QString conninfo(const QString& database = QStringLiteral("postgres")) const;
    /// Creates a fresh, empty database (dropping one of that name) and returns its conninfo.
    QString createDatabase(const QString& name, const QString& templateDatabase = {});
    /// Runs SQL with psql-free means (libpq) on a database; returns the first value of the last result.
    QString sql(const QString& database, const QString& statement);
    /// Where the server binaries are ("" when none were found).
    static QString binDir();

private:
    int run(const QString& program, const QStringList& args, QString* output = nullptr) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_log;
    QString m_user; ///< the OS user the server runs as ("" = the current one)
    int m_port = 0;
};

} // namespace dj::test
