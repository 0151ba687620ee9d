// bench_teamserver [--db CACHE] [--repeat R]
//
// CACHE defaults to $DJ_BENCH_SERVER_CACHE or /tmp/teamserver-bench-1m.djcache (copied from
// /tmp/main-1m.djcache when absent, else generated with `dianjing-cli demo`). One JSON line per figure:
// - load: `server load` of the exported bundle (COPY into temporary tables, INSERT … SELECT into the
//   partitioned tables, keys) vs a plain COPY of the same files into text tables without keys (baseline).
// - extract: the first sync of the largest city (4-digit region) into an empty cache.
// - scenarios 1 and 2 (tests/bench/search/scenario*.json): count + first 50 by revenue on the server vs the
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

void print(const QJsonObject& o)
{
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString db = option(args, u"--db"_s,
        qEnvironmentVariable("DJ_BENCH_SERVER_CACHE", u"/tmp/teamserver-bench-1m.djcache"_s));
    const int repeat = option(args, u"--repeat"_s, u"10"_s).toInt();
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
    const QString bundle = work.filePath(u"bundle"_s);
    QElapsedTimer timer;
    timer.start();
    if (!runCli({ u"export"_s, u"--db"_s, db, u"--out"_s, bundle }))
        return 1;
    qint64 bytes = 0;
    for (const QFileInfo& f : QDir(bundle).entryInfoList({ u"*.csv"_s }, QDir::Files))
        bytes += f.size();
    print({ { u"step"_s, u"export"_s }, { u"seconds"_s, r3(seconds(timer)) },
        { u"bundle_mb"_s, r3(double(bytes) / 1048576.0) } });

    dj::test::PgServer server;

    // Baseline: COPY of the same files into text tables with no keys, no partitions, no transformation.
    const QString plainInfo = server.createDatabase(u"plain"_s);
    double copySeconds = 0;
    {
        PgConnection c(plainInfo);
        timer.restart();
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
    }

    const QString info = server.createDatabase(u"team"_s);
    PgConnection c(info);
    dj::server::ServerSchema::migrate(c);
    timer.restart();
    const dj::server::LoadSummary load = dj::server::ServerStore::loadBundle(c, bundle);
    const double loadSeconds = seconds(timer);
    print({ { u"step"_s, u"load"_s }, { u"enterprises"_s, load.rows.value(u"enterprises"_s) },
        { u"server_load_s"_s, r3(loadSeconds) }, { u"plain_copy_s"_s, r3(copySeconds) },
        { u"ratio"_s, r3(loadSeconds / copySeconds) }, { u"target_ratio"_s, 2 } });

    // The largest city's extract into an empty cache.
    const QString city = c.scalar(
        u"SELECT left(region_code, 4) FROM enterprises GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"_s);
    {
        const QString path = work.filePath(u"city.djcache"_s);
        dj::store::Database cache = dj::store::Cache::createFresh(path);
        dj::server::SyncOptions options;
        options.regions = { city };
        options.client = u"bench"_s;
        timer.restart();
        const dj::server::SyncReport r = dj::server::SyncClient::run(cache, c, options);
        qint64 rows = 0;
        for (qint64 n : r.registryRows)
            rows += n;
        print({ { u"step"_s, u"extract"_s }, { u"city"_s, city },
            { u"enterprises"_s, r.registryRows.value(u"enterprises"_s) }, { u"rows"_s, rows },
            { u"seconds"_s, r3(seconds(timer)) }, { u"target_s_per_100k"_s, 30 } });
    }

    // The two client scenarios: server vs laptop engine on the same data.
    const auto index = dj::search::SearchIndex::open(db);
    const dj::search::SearchEngine engine(index);
    const QDate today = QDate::currentDate();
    for (const QString& name : { u"scenario1.json"_s, u"scenario2.json"_s }) {
        const dj::search::Filter filter = readFilter(name);
        std::vector<double> serverMs, laptopMs;
        qint64 serverTotal = 0, laptopTotal = 0;
        for (int i = 0; i <= repeat; ++i) {
            timer.restart();
            serverTotal = dj::server::ServerSearch::count(c, filter, today);
            dj::server::ServerSearch::usccs(c, filter, today, 50);
            if (i > 0) // the first run warms the caches
                serverMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            laptopTotal = engine.run(filter, { u"revenue"_s, true }, 0, 50, true).total;
            if (i > 0)
                laptopMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const QJsonObject s = stats(serverMs), l = stats(laptopMs);
        print({ { u"step"_s, name }, { u"enterprises"_s, index->size() }, { u"server"_s, s },
            { u"laptop"_s, l }, { u"server_total"_s, serverTotal }, { u"laptop_total"_s, laptopTotal },
            { u"ratio_p95"_s,
                r3(s.value(u"p95_ms"_s).toDouble() / std::max(0.001, l.value(u"p95_ms"_s).toDouble())) },
            { u"target_p95_ms"_s, 1000 } });
    }
    return 0;
}
