// bench_tenders [--db CACHE] [--enterprises N] [--repeat R]
//
// Grouping all tenders into projects and forecasting them (the CLI's and the panel's path) on the demo cache
// (default 1,000,000 enterprises; generated with `dianjing-cli demo` when absent, then kept). JSON lines:
// - load: reading and linking the tenders by code and exact name (TenderReads::all) — the baseline of
// - link_matcher: the batch matcher's pass over the names still unlinked (PartyLinker), same run;
// - group_forecast: ProjectGrouper::group + Forecaster::forecast (12 months), target ≤ 5 s for
//   load + link_matcher + group_forecast (the whole path the CLI and the panel take);
// - baseline: one plain SQL GROUP BY buyer, category, project name (exact names only, no phases, no
//   forecast) — what a straightforward reader would do;
// - backtest: hide the last two years, forecast them, precision and recall.
#include "core/store/cache.h"
#include "core/store/tenderreads.h"
#include "core/tenders/forecaster.h"
#include "core/tenders/partylinker.h"
#include "core/tenders/projectgrouper.h"

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

using namespace dj::store;
namespace t = dj::tenders;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

struct Timing
{
    double median = 0, cpuMedian = 0;
};

Timing time(int repeat, const std::function<void()>& f)
{
    std::vector<double> ms, cpu;
    QElapsedTimer timer;
    for (int i = 0; i < repeat; ++i) {
        const std::clock_t c0 = std::clock();
        timer.start();
        f();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return { ms[(ms.size() - 1) / 2], cpu[(cpu.size() - 1) / 2] };
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
    const QString enterprises = option(args, QStringLiteral("--enterprises"), QStringLiteral("1000000"));
    const QString db = option(
        args, QStringLiteral("--db"), QStringLiteral("/tmp/bench-tenders-%1.djcache").arg(enterprises));
    const int repeat = option(args, QStringLiteral("--repeat"), QStringLiteral("3")).toInt();
    if (!QFileInfo::exists(db)) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(DJ_CLI_PATH),
            { QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--enterprises"),
                enterprises });
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            std::fprintf(stderr, "cannot generate %s\n", qPrintable(db));
            return 1;
        }
    }
    const Database cache = Cache::open(db, Cache::Access::ReadOnly);
    std::vector<t::Notice> notices;
    const Timing load = time(repeat, [&] {
        const QList<TenderRow> rows = TenderReads(cache).all();
        notices.assign(rows.begin(), rows.end());
    });
    print({ { QStringLiteral("bench"), QStringLiteral("load") },
        { QStringLiteral("notices"), qint64(notices.size()) }, { QStringLiteral("median_ms"), load.median },
        { QStringLiteral("cpu_ms"), load.cpuMedian } });

    // the matcher's pass works on a fresh copy each time (it links in place)
    const std::vector<t::Notice> firstPass = notices;
    t::PartyLinker::Report links;
    const Timing link = time(repeat, [&] {
        notices = firstPass;
        links = t::PartyLinker(db).link(notices);
    });
    print({ { QStringLiteral("bench"), QStringLiteral("link_matcher") },
        { QStringLiteral("names_looked_up"), links.names }, { QStringLiteral("matched"), links.matched },
        { QStringLiteral("notices_linked"), links.noticesLinked },
        { QStringLiteral("ambiguous"), qint64(links.ambiguous.size()) },
        { QStringLiteral("not_found"), qint64(links.notFound.size()) },
        { QStringLiteral("median_ms"), link.median }, { QStringLiteral("cpu_ms"), link.cpuMedian },
        { QStringLiteral("baseline_load_exact_name_ms"), load.median } });

    // the demo links every party by code or exact name, so the pass above has nothing to do; here every 10th
    // notice loses its codes and its names are written as vendor sheets do (有限责任公司 → 有限公司, ASCII
    // brackets), so each of those names goes through the matcher
    auto stripped = firstPass;
    for (size_t i = 0; i < stripped.size(); i += 10) {
        for (auto* party : { &stripped[i].buyerUscc, &stripped[i].winnerUscc })
            party->clear();
        for (auto* name : { &stripped[i].buyerName, &stripped[i].winnerName })
            name->replace(QStringLiteral("有限责任公司"), QStringLiteral("有限公司"))
                .replace(QChar(0xFF08), QLatin1Char('('))
                .replace(QChar(0xFF09), QLatin1Char(')'));
        stripped[i].buyerLink = stripped[i].winnerLink = PartyLink::None;
    }
    std::vector<t::Notice> relinked;
    t::PartyLinker::Report hard;
    const Timing linkHard = time(1, [&] {
        relinked = stripped;
        hard = t::PartyLinker(db).link(relinked);
    });
    print({ { QStringLiteral("bench"), QStringLiteral("link_matcher_every_10th_without_codes") },
        { QStringLiteral("names_looked_up"), hard.names }, { QStringLiteral("matched"), hard.matched },
        { QStringLiteral("notices_linked"), hard.noticesLinked },
        { QStringLiteral("ambiguous"), qint64(hard.ambiguous.size()) },
        { QStringLiteral("not_found"), qint64(hard.notFound.size()) },
        { QStringLiteral("ms"), linkHard.median }, { QStringLiteral("cpu_ms"), linkHard.cpuMedian } });

    size_t projects = 0, forecasts = 0;
    const Timing gf = time(repeat, [&] {
        const std::vector<t::Project> p = t::ProjectGrouper::group(notices);
        t::ForecastOptions o;
        o.horizonMonths = 12;
        forecasts = t::Forecaster::forecast(notices, p, o).size();
        projects = p.size();
    });
    print({ { QStringLiteral("bench"), QStringLiteral("group_forecast") },
        { QStringLiteral("projects"), qint64(projects) }, { QStringLiteral("forecasts"), qint64(forecasts) },
        { QStringLiteral("median_ms"), gf.median }, { QStringLiteral("cpu_ms"), gf.cpuMedian },
        { QStringLiteral("target_ms"), 5000 },
        { QStringLiteral("load_plus_group_forecast_ms"), load.median + gf.median },
        { QStringLiteral("load_link_group_forecast_ms"), load.median + link.median + gf.median } });

    qint64 groups = 0;
    const Timing base = time(repeat, [&] {
        Statement st = cache.prepare(
            "SELECT count(*) FROM (SELECT 1 FROM tenders GROUP BY coalesce(buyer_uscc, buyer_name), "
            "category, project)");
        groups = st.step() ? st.columnInt(0) : -1;
    });
    print({ { QStringLiteral("bench"), QStringLiteral("baseline_sql_group_by_exact_name") },
        { QStringLiteral("groups"), groups }, { QStringLiteral("median_ms"), base.median },
        { QStringLiteral("cpu_ms"), base.cpuMedian } });

    t::BacktestResult r;
    const Timing bt = time(1, [&] { r = t::Forecaster::backtest(notices); });
    QJsonObject byKind;
    for (const auto& [kind, f] : r.byKind)
        byKind.insert(t::forecastKindName(kind),
            QJsonObject { { QStringLiteral("forecasts"), f.forecasts }, { QStringLiteral("hits"), f.hits },
                { QStringLiteral("precision"), f.precision } });
    print({ { QStringLiteral("bench"), QStringLiteral("backtest") },
        { QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate) },
        { QStringLiteral("cutoff"), r.cutoff.toString(Qt::ISODate) },
        { QStringLiteral("visible"), r.visible }, { QStringLiteral("hidden"), r.hidden },
        { QStringLiteral("covered"), r.covered }, { QStringLiteral("forecasts"), r.all.forecasts },
        { QStringLiteral("hits"), r.all.hits }, { QStringLiteral("precision"), r.all.precision },
        { QStringLiteral("recall"), r.recall }, { QStringLiteral("by_kind"), byKind },
        { QStringLiteral("median_ms"), bt.median } });
    return 0;
}
