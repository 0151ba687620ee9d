// bench_parks [--db CACHE] [--enterprises N] [--repeat R]
//
// Park report speed (issue 12) on the demo cache (default 1,000,000 enterprises; made with `dianjing-cli
// demo` when absent). JSON lines:
// - prepare: building the matching evidence (park_presence) once per data version, what the first report
// pays;
// - park_report_one: the largest park's report (all buildings, classes, figures), median of R runs (≤ 100
// ms);
// - park_report_one_new_connection: the same, opening the cache each time (as the CLI and the workspace);
// - park_report_all: every park of the cache once, total (≤ 5 s);
// - baseline_county_scan: in the same run, what a report without the evidence table must at least do for that
//   park: read every enterprise registered in the park's county and normalise its registered address.
#include "core/geo/addressnormalizer.h"
#include "core/parks/parkengine.h"
#include "core/parks/parkstore.h"
#include "core/store/cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace dj;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

struct Timing
{
    double median = 0, p95 = 0, cpuMedian = 0;
};

Timing time(int repeat, const std::function<void()>& f)
{
    std::vector<double> ms, cpu;
    QElapsedTimer t;
    for (int i = 0; i < repeat; ++i) {
        const std::clock_t c0 = std::clock();
        t.start();
        f();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return { ms[(ms.size() - 1) / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))],
        cpu[(cpu.size() - 1) / 2] };
}

void print(const QJsonObject& o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString n = option(args, QStringLiteral("--enterprises"), QStringLiteral("1000000"));
    const QString path
        = option(args, QStringLiteral("--db"), QStringLiteral("/tmp/dj-bench-parks-%1.djcache").arg(n));
    const int repeat = option(args, QStringLiteral("--repeat"), QStringLiteral("21")).toInt();
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "generating the demo cache %s...\n", qPrintable(path));
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        demo.start(QStringLiteral(DJ_CLI_PATH),
            { QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--enterprises"), n });
        if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
            std::fprintf(stderr, "dianjing-cli demo failed\n");
            return 2;
        }
    }
    try {
        store::Database db = store::Cache::open(path, store::Cache::Access::ReadWrite);
        parks::ParkStore store(db);
        QElapsedTimer t;
        t.start();
        const double prepareMs = store.prepare();
        print({ { QStringLiteral("bench"), QStringLiteral("prepare") }, { QStringLiteral("ms"), prepareMs },
            { QStringLiteral("already_current"), prepareMs == 0 },
            { QStringLiteral("enterprises"), db.scalarInt("SELECT count(*) FROM enterprises") } });

        const QList<parks::ParkInfo> all = store.parks();
        if (all.isEmpty()) {
            std::fprintf(stderr, "the cache has no parks\n");
            return 2;
        }
        // The largest park: most enterprises found in its buildings.
        QString largest;
        qint64 most = -1;
        for (const parks::ParkInfo& p : all) {
            QStringList ids;
            for (const parks::BuildingInfo& b : store.buildings(p.id))
                ids << b.id;
            const qint64 count = store.presence(ids).size();
            if (count > most) {
                most = count;
                largest = p.id;
            }
        }
        const QDate asOf(2025, 6, 30);
        parks::ParkReport last;
        const Timing one = time(repeat, [&]() { last = parks::ParkEngine::report(store, largest, asOf); });
        int members = 0;
        for (const auto& b : last.buildings)
            members += int(b.members.size());
        print({ { QStringLiteral("bench"), QStringLiteral("park_report_one") },
            { QStringLiteral("park"), largest }, { QStringLiteral("buildings"), int(last.buildings.size()) },
            { QStringLiteral("members"), members }, { QStringLiteral("median_ms"), one.median },
            { QStringLiteral("p95_ms"), one.p95 }, { QStringLiteral("cpu_median_ms"), one.cpuMedian },
            { QStringLiteral("target_ms"), 100 }, { QStringLiteral("repeat"), repeat } });

        // The same with a new connection each time, as the CLI and the workspace do (open + report).
        const Timing fresh = time(repeat, [&]() {
            store::Database other = store::Cache::open(path, store::Cache::Access::ReadOnly);
            parks::ParkStore otherStore(other);
            parks::ParkEngine::report(otherStore, largest, asOf);
        });
        print({ { QStringLiteral("bench"), QStringLiteral("park_report_one_new_connection") },
            { QStringLiteral("park"), largest }, { QStringLiteral("median_ms"), fresh.median },
            { QStringLiteral("p95_ms"), fresh.p95 }, { QStringLiteral("cpu_median_ms"), fresh.cpuMedian },
            { QStringLiteral("target_ms"), 100 } });

        const Timing every = time(3, [&]() {
            for (const parks::ParkInfo& p : all)
                parks::ParkEngine::report(store, p.id, asOf);
        });
        print({ { QStringLiteral("bench"), QStringLiteral("park_report_all") },
            { QStringLiteral("parks"), int(all.size()) }, { QStringLiteral("median_ms"), every.median },
            { QStringLiteral("cpu_median_ms"), every.cpuMedian }, { QStringLiteral("target_ms"), 5000 } });

        // Baseline: the least a report without the evidence table has to do for the same park.
        const QString county = last.park.regionCode;
        const auto& normalizer = geo::AddressNormalizer::instance();
        qint64 scanned = 0;
        const Timing base = time(5, [&]() {
            store::Statement st
                = db.prepare("SELECT address, region_code FROM enterprises WHERE region_code = ?1");
            st.bind(1, county);
            scanned = 0;
            while (st.step()) {
                normalizer.parse(st.columnText(0), st.columnText(1));
                ++scanned;
            }
        });
        print({ { QStringLiteral("bench"), QStringLiteral("baseline_county_scan") },
            { QStringLiteral("county"), county }, { QStringLiteral("enterprises"), scanned },
            { QStringLiteral("median_ms"), base.median },
            { QStringLiteral("cpu_median_ms"), base.cpuMedian } });
        return one.median <= 100 && every.median <= 5000 ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    }
}
