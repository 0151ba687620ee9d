#include "servertestutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace dj::test {

const DemoBundle& demoBundle()
{
    static QTemporaryDir dir;
    static DemoBundle demo = [] {
        DemoBundle d { dir.filePath(QStringLiteral("demo.djcache")), dir.filePath(QStringLiteral("bundle")) };
        const CliResult made = runCli({ QStringLiteral("demo"), QStringLiteral("--db"), d.cache,
            QStringLiteral("--enterprises"), QStringLiteral("3000") });
        if (made.exitCode != 0)
            throw std::runtime_error("demo failed: " + made.err.toStdString());
        const CliResult exported = runCli(
            { QStringLiteral("export"), QStringLiteral("--db"), d.cache, QStringLiteral("--out"), d.bundle });
        if (exported.exitCode != 0)
            throw std::runtime_error("export failed: " + exported.err.toStdString());
        return d;
    }();
    return demo;
}

QString loadedServer(const QString& database)
{
    // Loaded once into a template; each test gets a file-level copy of it (CREATE DATABASE … TEMPLATE).
    static const bool loaded = [] {
        loadInto(QStringLiteral("t_template"));
        return true;
    }();
    Q_UNUSED(loaded);
    return PgServer::shared().createDatabase(database, QStringLiteral("t_template"));
}

QString loadInto(const QString& database)
{
    const QString info = PgServer::shared().createDatabase(database);
    const CliResult init
        = runCli({ QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), info });
    if (init.exitCode != 0)
        throw std::runtime_error("server init failed: " + init.err.toStdString());
    const CliResult load = runCli({ QStringLiteral("server"), QStringLiteral("load"),
        QStringLiteral("--server"), info, demoBundle().bundle });
    if (load.exitCode != 0)
        throw std::runtime_error("server load failed: " + load.err.toStdString());
    return info;
}

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& f : QDir(from).entryList(QDir::Files))
        QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f));
}

} // namespace dj::test
