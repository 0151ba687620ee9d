// bench_chains --db CACHE [--region PREFIX] [--repeat R]
//
// Issue #22 targets on the 1,000,000-enterprise demo cache (a copy; the cache is only read): the assignment
// of every enterprise to all nine shipped chains (≤ 20 s, one pass per chain as the panel and CLI do it), and
// a city's map of one chain (≤ 300 ms: figures, location quotients and gap classes of every segment, given
// the chain's assignment, which the panel keeps per chain). Also the supply links and 补链 targets of one
// segment. Baseline in the same run: the search engine answering the filter "region PREFIX, industries = the
// IC chain's classes" (count of the matching enterprises), the nearest thing a user could do without chains.
// Without --db a demo cache of 1,000,000 enterprises is made with `dianjing-cli demo` at
// /tmp/bench-chains-1m.
#include "core/chains/chainengine.h"
#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "core/store/cache.h"
#include "core/store/chainreads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace dj;
using namespace Qt::StringLiterals;

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

double ms(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[(v.size() - 1) / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString db = option(args, u"--db"_s, {});
    const QString region = option(args, u"--region"_s, u"3101"_s);
    const int repeat = option(args, u"--repeat"_s, u"7"_s).toInt();
    if (db.isEmpty()) {
        db = u"/tmp/bench-chains-1m.djcache"_s;
        if (!QFile::exists(db)
            && QProcess::execute(QStringLiteral(DJ_CLI_PATH),
                   { u"demo"_s, u"--db"_s, db, u"--enterprises"_s, u"1000000"_s })
                != 0)
            return 1;
    }
    std::shared_ptr<const search::SearchIndex> index;
    const double openMs = ms([&] { index = search::SearchIndex::open(db); });
    const chains::ChainEngine engine(index);
    print({ { u"bench"_s, u"chains_open"_s }, { u"enterprises"_s, index->size() }, { u"open_ms"_s, openMs },
        { u"loaded"_s, index->wasLoaded() } });

    // Assignment of all nine chains.
    const QList<chains::ChainTemplate> templates = chains::ChainTemplates::shipped();
    std::vector<chains::ChainAssignment> assignments;
    QJsonObject perChain;
    qint64 assigned = 0;
    const double assignMs = ms([&] {
        for (const auto& t : templates) {
            assignments.push_back(engine.assign(t));
            perChain.insert(t.id, assignments.back().ms);
            for (const auto& s : assignments.back().segments)
                assigned += qint64(s.rows.size());
        }
    });
    print({ { u"bench"_s, u"chains_assign_all"_s }, { u"chains"_s, int(templates.size()) },
        { u"ms"_s, assignMs }, { u"target_ms"_s, 20000 }, { u"memberships"_s, assigned },
        { u"per_chain_ms"_s, perChain }, { u"ok"_s, assignMs <= 20000 } });

    // A city's map of the IC chain (given its assignment).
    const chains::ChainAssignment& ic = assignments.front();
    std::vector<double> mapRuns;
    chains::ChainMap map;
    for (int i = 0; i < repeat; ++i)
        mapRuns.push_back(ms([&] { map = engine.map(ic, region); }));
    QJsonObject classes;
    for (const auto& s : map.segments)
        classes.insert(s.id, s.gapClass);
    // The same map plus the chain's assignment from scratch (what the CLI does for one call).
    const double coldMs = ms([&] { map = engine.map(engine.assign(templates.front()), region); });
    print({ { u"bench"_s, u"chains_city_map"_s }, { u"region"_s, region }, { u"chain"_s, ic.chain.id },
        { u"median_ms"_s, median(mapRuns) }, { u"target_ms"_s, 300 }, { u"ok"_s, median(mapRuns) <= 300 },
        { u"with_assignment_ms"_s, coldMs }, { u"classes"_s, classes } });

    // Baseline: the search engine's filter over the same region and the chain's classes.
    QJsonArray classList;
    for (const auto& s : ic.chain.segments)
        for (const QString& c : s.classes)
            classList.append(c);
    const search::Filter filter = search::Filter::fromJson(QJsonDocument(
        QJsonObject { { u"regions"_s, QJsonArray { region } },
            { u"industries"_s, classList } }).toJson());
    const search::SearchEngine searchEngine(index);
    std::vector<double> baseRuns;
    qint64 baseCount = 0;
    for (int i = 0; i < repeat; ++i)
        baseRuns.push_back(ms([&] { baseCount = qint64(searchEngine.matchIds(filter).size()); }));
    print({ { u"bench"_s, u"chains_baseline_search_filter"_s }, { u"region"_s, region },
        { u"median_ms"_s, median(baseRuns) }, { u"matches"_s, baseCount } });

    // Supply links and targets of one segment (they read the cache).
    const store::Database database = store::Cache::open(db, store::Cache::Access::ReadOnly);
    const store::ChainReads reads(database);
    qint64 links = 0, targets = 0;
    const double linksMs = ms([&] { links = engine.supplyLinks(ic, region, reads).size(); });
    const double targetsMs
        = ms([&] { targets = engine.targets(ic, region, u"materials"_s, reads, 50).size(); });
    print({ { u"bench"_s, u"chains_links_targets"_s }, { u"links_ms"_s, linksMs }, { u"links"_s, links },
        { u"targets_ms"_s, targetsMs }, { u"targets"_s, targets } });
    return 0;
}
