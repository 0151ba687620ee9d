// Import benchmark (issue 3): the N-enterprise demo bundle as CSV, all tables, into a new cache; and the
// enterprises file alone against the sqlite3 shell's `.import` of the same file into a bare table,
// measured in the same run. Prints one JSON line.
//
//   bench_io_import [--enterprises N] [--work DIR] [--synthetic | --bundle DIR]
//
// The bundle comes from `dianjing-cli demo` + our exporter; --synthetic writes a plain bundle instead
// (for when the demo generator is unavailable); --bundle uses an existing CSV bundle folder as it is
// (to repeat a measurement without generating again).
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "core/store/cache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

namespace {

// Peak resident set of this process since the last reset, in MiB (Linux; -1 elsewhere).
double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

void writeSynthetic(const QString& dir, qint64 n)
{
    QDir().mkpath(dir);
    QFile e(dir + QStringLiteral("/enterprises.csv")), p(dir + QStringLiteral("/persons.csv")),
        r(dir + QStringLiteral("/roles.csv")), fin(dir + QStringLiteral("/financials.csv"));
    e.open(QIODevice::WriteOnly);
    p.open(QIODevice::WriteOnly);
    r.open(QIODevice::WriteOnly);
    fin.open(QIODevice::WriteOnly);
    e.write(
        "uscc,name,status,registered_capital,established,region_code,industry_code,address,lon,lat,scope\n");
    p.write("person_id,name,id_number\n");
    r.write("uscc,person_id,role\n");
    fin.write("uscc,year,revenue,tax,employees\n");
    for (qint64 i = 0; i < n; ++i) {
        const QByteArray u = "91310115" + QByteArray::number(100000000 + i) + "X";
        const QByteArray id = "P" + QByteArray::number(i);
        e.write(u + ",上海合成企业" + QByteArray::number(i) + "有限公司,存续,"
            + QByteArray::number(100000 + i % 97 * 10000) + ",2015-03-08,310115,3922,上海市浦东新区张江路"
            + QByteArray::number(i % 999) + "号,121." + QByteArray::number(i % 1000) + ",31."
            + QByteArray::number(i % 777) + ",软件开发、技术咨询、技术服务\n");
        p.write(id + ",张" + QByteArray::number(i) + ",110105********002X\n");
        r.write(u + "," + id + ",法定代表人\n");
        for (int y = 2021; y <= 2023; ++y)
            fin.write(u + "," + QByteArray::number(y) + "," + QByteArray::number(1000000 + i) + ","
                + QByteArray::number(50000 + i) + ",12\n");
    }
}

} // namespace

using namespace dj;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 n = 1000000;
    QString work;
    bool synthetic = false;
    QString given;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--enterprises" && i + 1 < args.size())
            n = args[++i].toLongLong();
        else if (args[i] == u"--work" && i + 1 < args.size())
            work = args[++i];
        else if (args[i] == u"--synthetic")
            synthetic = true;
        else if (args[i] == u"--bundle" && i + 1 < args.size())
            given = args[++i];
    }
    QTemporaryDir tmp(work.isEmpty() ? QDir::tempPath() + QStringLiteral("/dj-bench-io-XXXXXX")
                                     : work + QStringLiteral("/XXXXXX"));
    const QString bundle = given.isEmpty() ? tmp.filePath(QStringLiteral("bundle")) : given;
    QElapsedTimer t;

    double generateSeconds = 0;
    t.start();
    if (!given.isEmpty()) {
        // measured as it is
    } else if (synthetic) {
        writeSynthetic(bundle, n);
    } else {
        const QString demo = tmp.filePath(QStringLiteral("demo.djcache"));
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(DJ_CLI_PATH),
            { QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--enterprises"),
                QString::number(n) });
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            std::fprintf(stderr, "demo generation failed; run with --synthetic\n");
            return 1;
        }
        store::Database db = store::Cache::open(demo, store::Cache::Access::ReadOnly);
        io::Exporter::run(db, bundle);
        QFile::remove(demo);
    }
    generateSeconds = t.elapsed() / 1000.0;

    // Baseline: the sqlite3 shell importing enterprises.csv into a bare table with the same columns.
    const QString enterprisesCsv = bundle + QStringLiteral("/enterprises.csv");
    QFile header(enterprisesCsv);
    header.open(QIODevice::ReadOnly);
    QByteArray cols = header.readLine().trimmed();
    header.close();
    if (cols.startsWith("\xEF\xBB\xBF"))
        cols = cols.mid(3);
    const QString bare = tmp.filePath(QStringLiteral("bare.sqlite"));
    const QString script = QStringLiteral("CREATE TABLE e(%1);\n.import --csv --skip 1 '%2' e\n")
                               .arg(QString::fromUtf8(cols), enterprisesCsv);
    QProcess shell;
    t.restart();
    shell.start(QStringLiteral(DJ_SQLITE3_SHELL), { bare });
    shell.waitForStarted();
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double sqliteSeconds = t.elapsed() / 1000.0;
    const QByteArray shellErr = shell.readAllStandardError();

    // Ours, enterprises alone, into a new cache.
    const QString enterpriseDir = tmp.filePath(QStringLiteral("enterprises-only"));
    QDir().mkpath(enterpriseDir);
    QFile::copy(enterprisesCsv, enterpriseDir + QStringLiteral("/enterprises.csv"));
    double enterprisesSeconds = 0;
    qint64 enterprisesRows = 0;
    {
        store::Database db = store::Cache::createFresh(tmp.filePath(QStringLiteral("e.djcache")));
        t.restart();
        const io::ImportReport r = io::Importer::run(db, { enterpriseDir });
        enterprisesSeconds = t.elapsed() / 1000.0;
        enterprisesRows = r.imported.value(QStringLiteral("enterprises"));
    }
    QFile::remove(tmp.filePath(QStringLiteral("e.djcache")));

    // The whole bundle.
    resetPeakRss();
    double allSeconds = 0;
    qint64 allRows = 0, rejected = 0;
    qint64 bytes = 0;
    for (const QFileInfo& fi : QDir(bundle).entryInfoList({ QStringLiteral("*.csv") }, QDir::Files))
        bytes += fi.size();
    {
        store::Database db = store::Cache::createFresh(tmp.filePath(QStringLiteral("all.djcache")));
        t.restart();
        const io::ImportReport r = io::Importer::run(db, { bundle });
        allSeconds = t.elapsed() / 1000.0;
        allRows = r.totalImported();
        rejected = r.rejected.size();
    }
    const double peak = peakRssMiB();

    const QJsonObject out { { QStringLiteral("enterprises"), n },
        { QStringLiteral("source"),
            !given.isEmpty() ? given
                : synthetic  ? QStringLiteral("synthetic")
                             : QStringLiteral("demo") },
        { QStringLiteral("bundle_mib"), double(bytes) / (1 << 20) },
        { QStringLiteral("prepare_s"), generateSeconds }, { QStringLiteral("import_all_s"), allSeconds },
        { QStringLiteral("import_all_rows"), allRows }, { QStringLiteral("rejected"), rejected },
        { QStringLiteral("import_all_limit_s"), 90 },
        { QStringLiteral("import_enterprises_s"), enterprisesSeconds },
        { QStringLiteral("import_enterprises_rows"), enterprisesRows },
        { QStringLiteral("sqlite3_import_s"), sqliteSeconds },
        { QStringLiteral("sqlite3_error"), QString::fromUtf8(shellErr.left(200)) },
        { QStringLiteral("enterprises_ratio"), sqliteSeconds > 0 ? enterprisesSeconds / sqliteSeconds : 0 },
        { QStringLiteral("peak_rss_mib"), peak } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    const bool ok = allSeconds <= 90 && (sqliteSeconds <= 0 || enterprisesSeconds <= 2 * sqliteSeconds);
    return ok ? 0 : 1;
}
