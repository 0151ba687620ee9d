// bench_regional [--db CACHE] [--enterprises N] [--repeat R] [--keep-aggregates]
//
// The regional views on a 1M demo cache (issue #18 targets: the province-level flow matrix and indices
// ≤ 500 ms; the counties of one city ≤ 100 ms), each measured cold (a new engine: open the cache, read the
// aggregates) and warm (the same engine again), medians over R runs; the one-off build of the aggregates
// after a data change; and, as the baseline in the same run, the same province matrix and county flows as
// plain SQL GROUP BY over the bundle tables. Without --db a demo cache of N enterprises (default 1,000,000)
// is made with `dianjing-cli demo` and kept. Prints JSON lines.
#include "core/regional/regionalengine.h"
#include "core/store/cache.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

void print(const QJsonObject& o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// The 1-minute load average (Linux), so that wall times on a shared machine can be read in context.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0)) : QString();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[(v.size() - 1) / 2];
}

// Process CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
double g_lastCpuMs = 0;
double timeMs(const std::function<void()>& f)
{
    QElapsedTimer t;
    const std::clock_t c0 = std::clock();
    t.start();
    f();
    g_lastCpuMs = double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString enterprises = option(args, QStringLiteral("--enterprises"), QStringLiteral("1000000"));
    const QString path = option(args, QStringLiteral("--db"),
        QDir::current().filePath(QStringLiteral("bench-regional-%1.djcache").arg(enterprises)));
    const int repeat = std::max(1, option(args, QStringLiteral("--repeat"), QStringLiteral("5")).toInt());
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
    qint64 holdings = 0, firms = 0;
    {
        store::Database db = store::Cache::open(path, store::Cache::Access::ReadWrite);
        holdings = db.scalarInt("SELECT count(*) FROM shareholdings");
        firms = db.scalarInt("SELECT count(*) FROM enterprises");
        // Forget the aggregates so that their build is measured (as after an import), unless told to keep
        // them.
        if (!args.contains(QStringLiteral("--keep-aggregates")))
            db.exec("DELETE FROM meta WHERE key = 'regional_data_version'");
    }

    // The one-off build (first open after a data change).
    double buildMs = 0;
    const double buildWall = timeMs([&] {
        regional::RegionalEngine engine(path);
        buildMs = engine.buildMs();
    });
    const double buildCpu = g_lastCpuMs;
    Q_UNUSED(buildWall);
    print(QJsonObject { { QStringLiteral("bench"), QStringLiteral("regional_build") },
        { QStringLiteral("enterprises"), firms }, { QStringLiteral("shareholdings"), holdings },
        { QStringLiteral("build_ms"), buildMs }, { QStringLiteral("build_cpu_ms"), buildCpu } });

    regional::FlowQuery province;
    province.scope.level = regional::Level::Province;
    regional::IndexQuery provinceIndex;
    provinceIndex.scope = province.scope;

    // The city with the most enterprises, for the county-level view.
    QString city;
    {
        regional::RegionalEngine engine(path);
        regional::IndexQuery q;
        q.scope.level = regional::Level::City;
        double most = -1;
        for (const auto& r : engine.indices(q).regions) {
            if (r.values.value(QStringLiteral("firms")) > most) {
                most = r.values.value(QStringLiteral("firms"));
                city = r.region;
            }
        }
    }
    regional::FlowQuery county;
    county.scope.level = regional::Level::County;
    county.scope.within = city;
    regional::IndexQuery countyIndex;
    countyIndex.scope = county.scope;

    auto run = [&](const QString& name, const regional::FlowQuery& fq, const regional::IndexQuery& iq,
                   double target) {
        std::vector<double> cold, warm, flowsOnly, coldCpu, warmCpu;
        qint64 cells = 0, regions = 0;
        for (int i = 0; i < repeat; ++i) {
            cold.push_back(timeMs([&] {
                regional::RegionalEngine engine(path);
                const auto m = engine.flows(fq);
                const auto t = engine.indices(iq);
                cells = m.enterprise.size() + m.person.size() + m.other.size();
                regions = t.regions.size();
            }));
            coldCpu.push_back(g_lastCpuMs);
        }
        regional::RegionalEngine engine(path);
        for (int i = 0; i < repeat; ++i) {
            warm.push_back(timeMs([&] {
                engine.flows(fq);
                engine.indices(iq);
            }));
            warmCpu.push_back(g_lastCpuMs);
            flowsOnly.push_back(timeMs([&] { engine.flows(fq); }));
        }
        const double c = median(cold);
        print(QJsonObject { { QStringLiteral("bench"), name }, { QStringLiteral("within"), fq.scope.within },
            { QStringLiteral("regions"), regions }, { QStringLiteral("cells"), cells },
            { QStringLiteral("cold_median_ms"), c }, { QStringLiteral("warm_median_ms"), median(warm) },
            { QStringLiteral("flows_only_median_ms"), median(flowsOnly) },
            { QStringLiteral("cold_median_cpu_ms"), median(coldCpu) },
            { QStringLiteral("warm_median_cpu_ms"), median(warmCpu) },
            { QStringLiteral("target_ms"), target }, { QStringLiteral("within_target"), c <= target },
            { QStringLiteral("within_target_cpu"), median(coldCpu) <= target },
            { QStringLiteral("loadavg"), loadAverage() }, { QStringLiteral("repeat"), repeat } });
    };
    run(QStringLiteral("regional_province_flows_and_indices"), province, provinceIndex, 500);
    run(QStringLiteral("regional_counties_of_one_city"), county, countyIndex, 100);

    // Baseline in the same run: the same sums as plain SQL over the bundle tables.
    {
        store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
        qint64 n = 0;
        const double provinceMs = timeMs([&] {
            store::Statement st
                = db.prepare("SELECT substr(h.region_code, 1, 2), substr(e.region_code, 1, 2), count(*), "
                             "total(s.subscribed_capital) FROM shareholdings s JOIN enterprises e ON e.uscc "
                             "= s.investee_uscc "
                             "JOIN enterprises h ON h.uscc = s.holder_id WHERE s.holder_kind = 'enterprise' "
                             "GROUP BY 1, 2");
            while (st.step())
                n += st.columnInt(2);
        });
        const double provinceCpu = g_lastCpuMs;
        qint64 m = 0;
        const QString lo = city + QStringLiteral("00"), hi = city + QStringLiteral("99");
        const double countyMs = timeMs([&] {
            store::Statement st = db.prepare(
                "SELECT h.region_code, e.region_code, count(*), total(s.subscribed_capital) "
                "FROM enterprises e JOIN shareholdings s ON s.investee_uscc = e.uscc "
                "JOIN enterprises h ON h.uscc = s.holder_id "
                "WHERE s.holder_kind = 'enterprise' AND e.region_code BETWEEN ?1 AND ?2 GROUP BY 1, 2");
            st.bind(1, lo).bind(2, hi);
            while (st.step())
                m += st.columnInt(2);
        });
        print(QJsonObject { { QStringLiteral("bench"), QStringLiteral("baseline_sql_group_by") },
            { QStringLiteral("province_enterprise_flows_ms"), provinceMs },
            { QStringLiteral("province_holdings"), n }, { QStringLiteral("province_cpu_ms"), provinceCpu },
            { QStringLiteral("county_inflows_of_one_city_ms"), countyMs }, { QStringLiteral("city"), city },
            { QStringLiteral("county_holdings"), m }, { QStringLiteral("county_cpu_ms"), g_lastCpuMs },
            { QStringLiteral("note"),
                QStringLiteral("enterprise holders only, no indices, no person/other rows: a lower bound of "
                               "the work without aggregates") } });
    }
    return 0;
}
