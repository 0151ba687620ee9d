// bench_teamserver [--db CACHE] [--repeat R] [--mode all|load|extract|scenarios] [--keep DIR] [--city CODE]
//                  [--pg-options "-c name=value …"] [--load-repeat N]
//
// --mode runs one part only (each under the 8 minutes of a quiet run); --keep DIR keeps the PostgreSQL data
// folder and the exported bundle in DIR, so `--mode load --keep D` is followed by `--mode extract --keep D`
// and `--mode scenarios --keep D` on the loaded server. --pg-options: server settings beyond the test
// server's (e.g. docs/teamserver.md's shared_buffers for a team server: "-c shared_buffers=6GB -c
// effective_cache_size=12GB"); printed with each figure. CPU seconds are printed beside wall seconds: the
// client's (this process) and the server backend's (/proc, Linux; parallel index-build workers not counted);
// for the load and its baseline also the whole server's with the client's (*_cpu_all_s: the staging and other
// connections too).
// --load-repeat N: N pairs of baseline COPY and load, each pair's ratio printed, then their median.
//
// CACHE defaults to $DJ_BENCH_SERVER_CACHE or /tmp/teamserver-bench-1m.djcache (copied from
// /tmp/main-1m.djcache when absent, else generated with `dianjing-cli demo`). One JSON line per figure:
// - load: `server load` of the exported bundle (COPY into temporary tables, INSERT … SELECT into the
//   partitioned tables, keys) vs a plain COPY of the same files into text tables without keys (baseline).
// - extract: the first sync of the largest city (4-digit region) into an empty cache.
// - scenarios 1 and 2 (tests/bench/search/scenario*.json): count + first 50 by revenue on the server (one
//   statement, ServerSearch::page, as `server search` runs it) vs the
//   laptop engine (count + first 50 by revenue + facets), median/p95 over R runs, and the ratio.
#include "../../support/pgserver.h"
#include "core/io/tableschema.h"
#include "core/search/filter.h"
#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "core/server/pgconnection.h"
#include "core/server/serverschema.h"
#include "core/server/serversearch.h"
#include "core/server/serverstore.h"
#include "core/server/syncclient.h"
#include "core/store/cache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using dj::server::PgConnection;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

double r3(double v)
{
    return std::round(v * 1000) / 1000;
}

QString g_pgOptions; // printed with every figure

void print(QJsonObject o)
{
    if (!g_pgOptions.isEmpty())
        o.insert(QStringLiteral("pg_options"), g_pgOptions);
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

QJsonObject stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const size_t p95 = std::min(ms.size() - 1, size_t(std::ceil(0.95 * double(ms.size()))) - 1);
    return { { u"median_ms"_s, r3(ms[(ms.size() - 1) / 2]) }, { u"p95_ms"_s, r3(ms[p95]) } };
}

dj::search::Filter readFilter(const QString& name)
{
    QFile f(QStringLiteral(DJ_SOURCE_DIR "/tests/bench/search/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return dj::search::Filter::fromJson(f.readAll());
}

bool runCli(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(DJ_CLI_PATH), args);
    return p.waitForFinished(-1) && p.exitCode() == 0;
}

double clientCpu()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// user+sys seconds of a server backend (0 where /proc is not there).
double backendCpu(int pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> parts = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return parts.size() > 12 ? double(parts[11].toLongLong() + parts[12].toLongLong()) / 100.0 : 0;
}

// user+sys seconds of the whole server: the postmaster, what it has reaped (ended backends, staging and
// ANALYZE connections, parallel workers) and its live children (0 where /proc is not there).
double serverCpu(int postmaster)
{
    auto fields = [](int pid) {
        QFile f(u"/proc/%1/stat"_s.arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return QList<QByteArray>();
        const QByteArray line = f.readAll();
        return line.mid(line.lastIndexOf(')') + 2).split(' '); // [0] state, [1] ppid, [11] utime …
    };
    const QList<QByteArray> own = fields(postmaster);
    if (own.size() < 15)
        return 0;
    qint64 ticks = own[11].toLongLong() + own[12].toLongLong() + own[13].toLongLong() + own[14].toLongLong();
    for (const QString& entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool number = false;
        const int pid = entry.toInt(&number);
        if (!number || pid == postmaster)
            continue;
        const QList<QByteArray> f = fields(pid);
        if (f.size() > 14 && f[1].toInt() == postmaster)
            ticks += f[11].toLongLong() + f[12].toLongLong() + f[13].toLongLong() + f[14].toLongLong();
    }
    return double(ticks) / 100.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString db = option(args, u"--db"_s,
        qEnvironmentVariable("DJ_BENCH_SERVER_CACHE", u"/tmp/teamserver-bench-1m.djcache"_s));
    const int repeat = option(args, u"--repeat"_s, u"10"_s).toInt();
    const QString mode = option(args, u"--mode"_s, u"all"_s);
    const QString keep = option(args, u"--keep"_s, QString());
    const bool all = mode == u"all";
    if (!all && mode != u"load" && mode != u"extract" && mode != u"scenarios") {
        std::fprintf(stderr, "unknown --mode %s\n", qPrintable(mode));
        return 2;
    }
    if (!all && mode != u"load" && keep.isEmpty()) {
        std::fprintf(stderr, "--mode %s needs --keep DIR of an earlier --mode load\n", qPrintable(mode));
        return 2;
    }
    if (!QFileInfo::exists(db)) {
        const QString shared = u"/tmp/main-1m.djcache"_s;
        if (QFileInfo::exists(shared)
                ? !QFile::copy(shared, db)
                : !runCli({ u"demo"_s, u"--db"_s, db, u"--enterprises"_s, u"1000000"_s })) {
            std::fprintf(stderr, "no demo cache at %s\n", qPrintable(db));
            return 1;
        }
    }
    QTemporaryDir work(QDir::temp().filePath(u"bench-teamserver-XXXXXX"_s));
    const QString bundle = keep.isEmpty() ? work.filePath(u"bundle"_s) : QDir(keep).filePath(u"bundle"_s);
    QElapsedTimer timer;
    if (!QFileInfo::exists(QDir(bundle).filePath(u"enterprises.csv"_s))) {
        timer.start();
        if (!runCli({ u"export"_s, u"--db"_s, db, u"--out"_s, bundle }))
            return 1;
        qint64 bytes = 0;
        for (const QFileInfo& f : QDir(bundle).entryInfoList({ u"*.csv"_s }, QDir::Files))
            bytes += f.size();
        print({ { u"step"_s, u"export"_s }, { u"seconds"_s, r3(seconds(timer)) },
            { u"bundle_mb"_s, r3(double(bytes) / 1048576.0) } });
    }

    g_pgOptions = option(args, u"--pg-options"_s, QString());
    dj::test::PgServer server(keep, g_pgOptions);
    const QString info = server.conninfo(u"team"_s);

    if (all || mode == u"load") {
        // --load-repeat N: N pairs of baseline and load, one after the other (this machine's speed drifts by
        // ±10% over minutes: each pair's ratio is taken within the pair, and the median pair reported).
        const int pairs = std::max(1, option(args, u"--load-repeat"_s, u"1"_s).toInt());
        QList<double> ratios, loads, copies, cpuRatios;
        int postmaster = 0;
        for (int pair = 0; pair < pairs; ++pair) {
            // Both start with no dirty pages in the OS cache (the other's writes are not flushed during it).
            QProcess::execute(u"sync"_s, {});
            // Baseline: COPY of the same files into text tables with no keys, no partitions, no
            // transformation (created in the same transaction, as the load's tables are truncated in its
            // own).
            const QString plainInfo = server.createDatabase(u"plain"_s);
            double copySeconds = 0, copyCpu = 0, copyAllCpu = 0;
            {
                PgConnection c(plainInfo);
                postmaster
                    = c.scalar(u"SELECT split_part(pg_read_file('postmaster.pid'), E'\\n', 1)"_s).toInt();
                timer.restart();
                const double cpu0 = backendCpu(c.backendPid()), all0 = serverCpu(postmaster) + clientCpu();
                dj::server::PgTransaction tx(c);
                for (const dj::io::TableSpec& spec : dj::io::TableSchema::tables()) {
                    QFile f(QDir(bundle).filePath(spec.name + u".csv"_s));
                    if (!f.open(QIODevice::ReadOnly))
                        continue;
                    QByteArray header = f.readLine();
                    if (header.startsWith("\xEF\xBB\xBF"))
                        header.remove(0, 3);
                    QStringList cols;
                    for (const QByteArray& h : header.trimmed().split(','))
                        cols << QString::fromUtf8(h) + u" text"_s;
                    c.exec(u"CREATE TABLE %1 (%2)"_s.arg(spec.name, cols.join(u", ")));
                    c.copyBegin(u"COPY %1 FROM STDIN (FORMAT csv)"_s.arg(spec.name));
                    while (!f.atEnd())
                        c.copyData(f.read(1 << 20));
                    c.copyEnd();
                }
                tx.commit();
                copySeconds = seconds(timer);
                copyCpu = backendCpu(c.backendPid()) - cpu0;
                copyAllCpu = serverCpu(postmaster) + clientCpu() - all0;
            }
            server.sql(u"postgres"_s, u"DROP DATABASE plain"_s); // disk: the same data once more

            server.createDatabase(u"team"_s);
            QProcess::execute(u"sync"_s, {});
            PgConnection c(info);
            dj::server::ServerSchema::migrate(c);
            timer.restart();
            const double cpu0 = backendCpu(c.backendPid()), client0 = clientCpu(),
                         all0 = serverCpu(postmaster) + client0;
            const dj::server::LoadSummary load = dj::server::ServerStore::loadBundle(c, bundle);
            const double loadSeconds = seconds(timer);
            const double loadAllCpu = serverCpu(postmaster) + clientCpu() - all0;
            print({ { u"step"_s, u"load"_s }, { u"pair"_s, pair + 1 },
                { u"enterprises"_s, load.rows.value(u"enterprises"_s) },
                { u"server_load_s"_s, r3(loadSeconds) }, { u"plain_copy_s"_s, r3(copySeconds) },
                { u"ratio"_s, r3(loadSeconds / copySeconds) }, { u"target_ratio"_s, 2 },
                { u"load_cpu_backend_s"_s, r3(backendCpu(c.backendPid()) - cpu0) },
                { u"load_cpu_client_s"_s, r3(clientCpu() - client0) }, { u"connections"_s, load.connections },
                { u"copy_cpu_backend_s"_s, r3(copyCpu) }, { u"load_cpu_all_s"_s, r3(loadAllCpu) },
                { u"copy_cpu_all_s"_s, r3(copyAllCpu) }, { u"cpu_ratio"_s, r3(loadAllCpu / copyAllCpu) } });
            ratios << loadSeconds / copySeconds;
            cpuRatios << loadAllCpu / copyAllCpu;
            loads << loadSeconds;
            copies << copySeconds;
        }
        if (pairs > 1) {
            auto median = [](QList<double> v) {
                std::sort(v.begin(), v.end());
                return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
            };
            print({ { u"step"_s, u"load_summary"_s }, { u"pairs"_s, pairs },
                { u"median_ratio"_s, r3(median(ratios)) }, { u"median_server_load_s"_s, r3(median(loads)) },
                { u"median_plain_copy_s"_s, r3(median(copies)) },
                { u"median_cpu_ratio"_s, r3(median(cpuRatios)) },
                { u"min_ratio"_s, r3(*std::min_element(ratios.begin(), ratios.end())) },
                { u"max_ratio"_s, r3(*std::max_element(ratios.begin(), ratios.end())) },
                { u"target_ratio"_s, 2 } });
        }
    }

    PgConnection c(info);
    if (all || mode == u"extract") {
        // A city's extract into an empty cache (default: the largest city).
        QString city = option(args, u"--city"_s, QString());
        if (city.isEmpty())
            city = c.scalar(
                u"SELECT left(region_code, 4) FROM enterprises GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"_s);
        const QString path = work.filePath(u"city.djcache"_s);
        dj::store::Database cache = dj::store::Cache::createFresh(path);
        dj::server::SyncOptions options;
        options.regions = { city };
        options.client = u"bench"_s;
        // The registry extract is the part after the field-work pull (the demo's visits and tasks).
        double fieldWorkDone = 0, registryDone = 0;
        options.onStage = [&](const QString& stage) {
            if (stage == u"pulled-fieldwork")
                fieldWorkDone = seconds(timer);
            else if (stage == u"pulled-registry")
                registryDone = seconds(timer);
        };
        timer.restart();
        const double cpu0 = backendCpu(c.backendPid()), client0 = clientCpu();
        const dj::server::SyncReport r = dj::server::SyncClient::run(cache, c, options);
        const double s = seconds(timer);
        qint64 rows = 0;
        for (qint64 n : r.registryRows)
            rows += n;
        const qint64 enterprises = r.registryRows.value(u"enterprises"_s);
        print({ { u"step"_s, u"extract"_s }, { u"city"_s, city }, { u"enterprises"_s, enterprises },
            { u"rows"_s, rows }, { u"seconds"_s, r3(s) }, { u"fieldwork_push_pull_s"_s, r3(fieldWorkDone) },
            { u"registry_extract_s"_s, r3(registryDone - fieldWorkDone) },
            { u"registry_s_per_100k"_s,
                r3((registryDone - fieldWorkDone) * 100000.0 / double(std::max<qint64>(1, enterprises))) },
            { u"s_per_100k"_s, r3(s * 100000.0 / double(std::max<qint64>(1, enterprises))) },
            { u"target_s_per_100k"_s, 30 }, { u"cpu_backend_s"_s, r3(backendCpu(c.backendPid()) - cpu0) },
            { u"cpu_client_s"_s, r3(clientCpu() - client0) } });
    }

    if (all || mode == u"scenarios") {
        // The two client scenarios: server vs laptop engine on the same data.
        const auto index = dj::search::SearchIndex::open(db);
        const dj::search::SearchEngine engine(index);
        const QDate today = QDate::currentDate();
        for (const QString& name : { u"scenario1.json"_s, u"scenario2.json"_s }) {
            const dj::search::Filter filter = readFilter(name);
            std::vector<double> serverMs, laptopMs;
            qint64 serverTotal = 0, laptopTotal = 0;
            double serverCpu = 0, laptopCpu = 0;
            for (int i = 0; i <= repeat; ++i) {
                timer.restart();
                const double b0 = backendCpu(c.backendPid());
                serverTotal = dj::server::ServerSearch::page(c, filter, today, 50).total;
                if (i > 0) { // the first run warms the caches
                    serverMs.push_back(double(timer.nsecsElapsed()) / 1e6);
                    serverCpu += backendCpu(c.backendPid()) - b0;
                }
                timer.restart();
                const double c0 = clientCpu();
                laptopTotal = engine.run(filter, { u"revenue"_s, true }, 0, 50, true).total;
                if (i > 0) {
                    laptopMs.push_back(double(timer.nsecsElapsed()) / 1e6);
                    laptopCpu += clientCpu() - c0;
                }
            }
            const QJsonObject s = stats(serverMs), l = stats(laptopMs);
            print({ { u"step"_s, name }, { u"enterprises"_s, index->size() }, { u"server"_s, s },
                { u"laptop"_s, l }, { u"server_total"_s, serverTotal }, { u"laptop_total"_s, laptopTotal },
                { u"server_cpu_ms_per_run"_s, r3(serverCpu * 1000 / repeat) },
                { u"laptop_cpu_ms_per_run"_s, r3(laptopCpu * 1000 / repeat) },
                { u"ratio_p95"_s,
                    r3(s.value(u"p95_ms"_s).toDouble() / std::max(0.001, l.value(u"p95_ms"_s).toDouble())) },
                { u"target_p95_ms"_s, 1000 } });
        }
    }
    return 0;
}
