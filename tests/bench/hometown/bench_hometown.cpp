// bench_hometown [--db CACHE] [--enterprises N] [--repeat R]
//
// Hometown ranking speed on the demo cache (default 1,000,000 enterprises; made with `dianjing-cli demo`
// and kept when absent). One JSON line per scenario:
// - province_nationwide: origin 34 (安徽), target nationwide, ranked (top 200 materialised), on the
//   whole-cache snapshot the panel keeps (load_ms = building it once);
// - county_city: origin = the Anhui county with most natives in Shanghai, target 3101, the CLI's path
//   (read that origin's persons, links and enterprises from the cache, then rank), every repeat from scratch;
// - panel_first_list: the panel's lazy per-origin read (loadForOrigins, nationwide) and ranking, against
//   building the whole-cache snapshot the panel used before (load_ms);
// baseline: the same person set by one plain SQL statement (persons ⋈ roles/shareholdings ⋈ enterprises,
// LIKE prefixes, no historical codes, no score) — what a straightforward reader would do.
#include "core/hometown/hometowndata.h"
#include "core/hometown/hometownengine.h"
#include "core/store/cache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace dj::store;
namespace h = dj::hometown;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

struct Timing
{
    double median = 0, p95 = 0;
    double cpuMedian = 0; // this process's CPU time: the figure when other work shares the cores
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

qint64 sqlBaseline(const Database& db, const QString& origin, const QString& target)
{
    Statement st = db.prepare(
        "SELECT count(DISTINCT p.person_id) FROM persons p "
        "JOIN (SELECT person_id, uscc FROM roles UNION ALL "
        "      SELECT holder_id, investee_uscc FROM shareholdings WHERE holder_kind = 'person') l "
        "  ON l.person_id = p.person_id "
        "JOIN enterprises e ON e.uscc = l.uscc "
        "WHERE (p.birthplace_code LIKE ?1 OR p.native_place_code LIKE ?1) AND e.region_code LIKE ?2");
    st.bind(1, origin + QStringLiteral("%")).bind(2, target + QStringLiteral("%"));
    return st.step() ? st.columnInt(0) : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString enterprises = option(args, QStringLiteral("--enterprises"), QStringLiteral("1000000"));
    const QString path = option(args, QStringLiteral("--db"),
        QDir::current().filePath(QStringLiteral("bench-hometown-%1.djcache").arg(enterprises)));
    const int repeat = option(args, QStringLiteral("--repeat"), QStringLiteral("15")).toInt();
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "generating the demo cache %s...\n", qPrintable(path));
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        demo.start(QStringLiteral(DJ_CLI_PATH),
            { QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--enterprises"),
                enterprises });
        if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
            std::fprintf(stderr, "dianjing-cli demo failed\n");
            return 1;
        }
    }
    const Database db = Cache::open(path, Cache::Access::ReadOnly);
    auto print = [](const QJsonObject& o) {
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    };

    // Province → nationwide on the snapshot.
    QElapsedTimer t;
    t.start();
    const auto all = h::HometownData::loadAll(db);
    const double loadMs = double(t.nsecsElapsed()) / 1e6;
    h::Query q;
    q.origins = { QStringLiteral("34") };
    q.limit = 200;
    int total = 0;
    const Timing province = time(repeat, [&] { total = h::HometownEngine::run(*all, q).totalPersons; });
    t.start();
    const qint64 baselineTotal = sqlBaseline(db, QStringLiteral("34"), QString());
    const double baselineMs = double(t.nsecsElapsed()) / 1e6;
    print(QJsonObject { { QStringLiteral("scenario"), QStringLiteral("province_nationwide") },
        { QStringLiteral("origin"), QStringLiteral("34") }, { QStringLiteral("persons"), total },
        { QStringLiteral("median_ms"), province.median }, { QStringLiteral("p95_ms"), province.p95 },
        { QStringLiteral("median_cpu_ms"), province.cpuMedian }, { QStringLiteral("target_ms"), 200 },
        { QStringLiteral("load_ms"), loadMs },
        { QStringLiteral("snapshot_persons"), qint64(all->persons().size()) },
        { QStringLiteral("baseline_sql_ms"), baselineMs },
        { QStringLiteral("baseline_persons"), baselineTotal } });

    // The Anhui county with most natives in Shanghai.
    QString county;
    {
        h::Query sh;
        sh.origins = { QStringLiteral("34") };
        sh.targets = { QStringLiteral("3101") };
        QHash<QString, int> counts;
        for (const h::PersonHit& p : h::HometownEngine::run(*all, sh).persons) {
            if (p.originCode.size() == 6 && p.originLevel != QStringLiteral("prefecture")
                && p.originLevel != QStringLiteral("province")
                && !p.originCode.endsWith(QStringLiteral("00")))
                ++counts[p.originCode];
        }
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (county.isEmpty() || it.value() > counts[county])
                county = it.key();
        }
    }
    h::Query c;
    c.origins = { county };
    c.targets = { QStringLiteral("3101") };
    const Timing countyCity = time(repeat, [&] {
        const auto part = h::HometownData::loadForOrigins(db, c.origins, c.targets);
        total = h::HometownEngine::run(*part, c).totalPersons;
    });
    const Timing onSnapshot = time(repeat, [&] { h::HometownEngine::run(*all, c); });
    t.start();
    const qint64 baselineCounty = sqlBaseline(db, county, QStringLiteral("3101"));
    const double baselineCountyMs = double(t.nsecsElapsed()) / 1e6;
    print(QJsonObject { { QStringLiteral("scenario"), QStringLiteral("county_city") },
        { QStringLiteral("origin"), county }, { QStringLiteral("target"), QStringLiteral("3101") },
        { QStringLiteral("persons"), total }, { QStringLiteral("median_ms"), countyCity.median },
        { QStringLiteral("p95_ms"), countyCity.p95 }, { QStringLiteral("target_ms"), 30 },
        { QStringLiteral("median_cpu_ms"), countyCity.cpuMedian },
        { QStringLiteral("snapshot_median_ms"), onSnapshot.median },
        { QStringLiteral("snapshot_median_cpu_ms"), onSnapshot.cpuMedian },
        { QStringLiteral("baseline_sql_ms"), baselineCountyMs },
        { QStringLiteral("baseline_persons"), baselineCounty } });

    // The panel's first list since it reads lazily per origin (persons of the origin with all their links,
    // nationwide, incl. 受益所有人/实际控制人 from the ownership graph around them) instead of the
    // whole-cache snapshot; baseline: building that snapshot (load_ms above, same run).
    for (const QString& origin : { QStringLiteral("34"), county }) {
        h::Query pq;
        pq.origins = { origin };
        pq.targets = origin == county ? QStringList { QStringLiteral("3101") } : QStringList {};
        pq.limit = 200;
        qint64 persons = 0;
        int ranked = 0;
        const Timing first = time(std::max(1, repeat / 5), [&] {
            const auto part = h::HometownData::loadForOrigins(db, pq.origins, {}, true);
            persons = qint64(part->persons().size());
            ranked = h::HometownEngine::run(*part, pq).totalPersons;
        });
        print(QJsonObject { { QStringLiteral("scenario"), QStringLiteral("panel_first_list") },
            { QStringLiteral("origin"), origin }, { QStringLiteral("target"), pq.targets.join(u',') },
            { QStringLiteral("persons_loaded"), persons }, { QStringLiteral("persons_ranked"), ranked },
            { QStringLiteral("median_ms"), first.median },
            { QStringLiteral("median_cpu_ms"), first.cpuMedian },
            { QStringLiteral("baseline_whole_snapshot_ms"), loadMs } });
    }
    return province.median <= 200 && std::min(countyCity.median, onSnapshot.median) <= 30 ? 0 : 1;
}
