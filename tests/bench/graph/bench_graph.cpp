// bench_graph [--db CACHE] [--enterprises N] [--sample S] [--pairs P] [--build-only]
//
// Figures of issue 15 on a demo cache (default 1,000,000 enterprises, made with `dianjing-cli demo` when
// absent): graph build; 受益所有人 of one enterprise (median, p95) and of every enterprise on two threads;
// 查关系 between two enterprises; and, in the same run, the same per-enterprise ultimate shares by a plain
// recursive SQL (WITH RECURSIVE, cut at depth 10) in SQLite, with the ratio. One JSON line on stdout.
#include "core/graph/beneficialowners.h"
#include "core/graph/ownershipgraph.h"
#include "core/graph/relationfinder.h"
#include "core/store/cache.h"
#include "core/store/ownershipreads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <thread>

using namespace dj::graph;
using namespace Qt::StringLiterals;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

double round3(double v)
{
    return std::round(v * 1000) / 1000;
}

QJsonObject stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return {};
    const size_t p95 = std::min(ms.size() - 1, size_t(std::ceil(0.95 * double(ms.size()))) - 1);
    double sum = 0;
    for (const double v : ms)
        sum += v;
    return QJsonObject { { u"median_ms"_s, round3(ms[(ms.size() - 1) / 2]) },
        { u"p95_ms"_s, round3(ms[p95]) }, { u"mean_ms"_s, round3(sum / double(ms.size())) },
        { u"max_ms"_s, round3(ms.back()) }, { u"n"_s, qint64(ms.size()) } };
}

double peakMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString enterprises = option(args, u"--enterprises"_s, u"1000000"_s);
    const QString db = option(args, u"--db"_s, u"/tmp/dj-bench-graph-"_s + enterprises + u".djcache"_s);
    const int sampleSize = option(args, u"--sample"_s, u"2000"_s).toInt();
    const int pairs = option(args, u"--pairs"_s, u"200"_s).toInt();
    QJsonObject out { { u"bench"_s, u"graph"_s }, { u"db"_s, db } };

    if (!QFileInfo::exists(db)) {
        std::fprintf(stderr, "generating the demo cache %s (%s enterprises)...\n", qPrintable(db),
            qPrintable(enterprises));
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        demo.start(
            QStringLiteral(DJ_CLI_PATH), { u"demo"_s, u"--db"_s, db, u"--enterprises"_s, enterprises });
        if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
            std::fprintf(stderr, "dianjing-cli demo failed\n");
            return 1;
        }
    }
    const dj::store::Database cache = dj::store::Cache::open(db, dj::store::Cache::Access::ReadOnly);

    // ---- build
    QElapsedTimer t;
    std::clock_t c0 = std::clock();
    t.start();
    QJsonObject stages; // CPU seconds per stage of the build
    QString lastStage;
    std::clock_t stageStart = c0;
    const dj::Progress progress([&](qint64, qint64, const QString& stage) {
        const std::clock_t now = std::clock();
        if (!lastStage.isEmpty() && stage != lastStage)
            stages.insert(lastStage, round3(double(now - stageStart) / CLOCKS_PER_SEC));
        if (stage != lastStage) {
            lastStage = stage;
            stageStart = now;
        }
    });
    const auto g = OwnershipGraph::build(cache, progress);
    stages.insert(u"finish (CSR)"_s, round3(double(std::clock() - stageStart) / CLOCKS_PER_SEC));
    out.insert(u"build_s"_s, round3(double(t.nsecsElapsed()) / 1e9));
    out.insert(u"build_stages_cpu_s"_s, stages);
    out.insert(u"graph_mb"_s, round3(double(g->memoryBytes()) / 1048576.0));
    out.insert(u"build_cpu_s"_s, round3(double(std::clock() - c0) / CLOCKS_PER_SEC));
    out.insert(u"nodes"_s, qint64(g->nodeCount()));
    out.insert(u"enterprises"_s, qint64(g->enterpriseCount()));
    out.insert(u"shareholdings"_s, qint64(g->shareholdingCount()));

    if (args.contains(u"--build-only"_s)) {
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::vector<NodeId> ents;
    for (NodeId n = 0; n < g->nodeCount(); ++n) {
        if (g->kind(n) == NodeKind::Enterprise && g->inCache(n))
            ents.push_back(n);
    }
    std::mt19937 rng(15);
    std::vector<NodeId> sample;
    for (int i = 0; i < sampleSize; ++i)
        sample.push_back(ents[rng() % ents.size()]);
    // Enterprises with enterprise holders (groups and cycles) as a second, harder sample.
    std::vector<NodeId> held;
    for (const NodeId n : ents) {
        for (const auto& l : g->holders(n)) {
            if (g->kind(l.node) == NodeKind::Enterprise) {
                held.push_back(n);
                break;
            }
        }
    }
    std::shuffle(held.begin(), held.end(), rng);
    held.resize(std::min<size_t>(held.size(), size_t(sampleSize)));

    // ---- one enterprise
    BeneficialOwners bo(*g);
    auto timeUbo = [&](const std::vector<NodeId>& list) {
        std::vector<double> ms;
        size_t sink = 0;
        for (const NodeId n : list) {
            QElapsedTimer q;
            q.start();
            sink += bo.analyse(n).owners.size();
            ms.push_back(double(q.nsecsElapsed()) / 1e6);
        }
        QJsonObject o = stats(ms);
        o.insert(u"owners"_s, qint64(sink));
        return o;
    };
    out.insert(u"ubo_one"_s, timeUbo(sample));
    out.insert(u"ubo_one_held_by_enterprises"_s, timeUbo(held));

    // ---- every enterprise, two threads
    {
        std::atomic<size_t> next { 0 };
        std::atomic<qint64> owners { 0 }, cyclic { 0 };
        c0 = std::clock();
        t.start();
        auto work = [&] {
            BeneficialOwners local(*g);
            qint64 o = 0, c = 0;
            for (;;) {
                const size_t from = next.fetch_add(4096);
                if (from >= ents.size())
                    break;
                const size_t to = std::min(ents.size(), from + 4096);
                for (size_t i = from; i < to; ++i) {
                    const auto r = local.analyse(ents[i]);
                    o += qint64(r.owners.size());
                    c += r.cycles.empty() ? 0 : 1;
                }
            }
            owners += o;
            cyclic += c;
        };
        std::thread a(work), b(work);
        a.join();
        b.join();
        out.insert(u"ubo_all"_s,
            QJsonObject { { u"seconds"_s, round3(double(t.nsecsElapsed()) / 1e9) },
                { u"cpu_s"_s, round3(double(std::clock() - c0) / CLOCKS_PER_SEC) }, { u"threads"_s, 2 },
                { u"enterprises"_s, qint64(ents.size()) }, { u"owners"_s, owners.load() },
                { u"with_cycles"_s, cyclic.load() } });
    }

    // ---- the recursive SQL on the same sample (and agreement where there is no cycle)
    {
        const dj::store::OwnershipReads reads(cache);
        std::vector<double> ms;
        int compared = 0, agree = 0;
        const size_t n = std::min<size_t>(sample.size(), 500);
        for (size_t i = 0; i < n; ++i) {
            const NodeId e = i % 2 ? held[i % held.size()] : sample[i];
            QElapsedTimer q;
            q.start();
            const auto shares = reads.ultimateSharesRecursiveSql(g->key(e), 10);
            ms.push_back(double(q.nsecsElapsed()) / 1e6);
            const auto r = bo.analyse(e);
            if (!r.cycles.empty())
                continue;
            ++compared;
            bool same = int(r.ultimateHolders.size()) == shares.size();
            for (const auto& h : r.ultimateHolders) {
                const QString key = OwnershipGraph::kindName(g->kind(h.node)) + u':' + g->key(h.node);
                same = same && std::abs(shares.value(key, -1) - h.share) < 1e-9;
            }
            agree += same ? 1 : 0;
        }
        QJsonObject sql = stats(ms);
        sql.insert(u"compared_acyclic"_s, compared);
        sql.insert(u"agree"_s, agree);
        out.insert(u"sql_recursive_one"_s, sql);
        // the same mix for the engine, for a like-for-like ratio
        std::vector<double> eng;
        for (size_t i = 0; i < n; ++i) {
            const NodeId e = i % 2 ? held[i % held.size()] : sample[i];
            QElapsedTimer q;
            q.start();
            (void)bo.analyse(e);
            eng.push_back(double(q.nsecsElapsed()) / 1e6);
        }
        const QJsonObject engine = stats(eng);
        out.insert(u"engine_same_mix"_s, engine);
        const double ratio
            = sql.value(u"median_ms"_s).toDouble() / std::max(1e-6, engine.value(u"median_ms"_s).toDouble());
        out.insert(u"ratio_sql_over_engine_median"_s, round3(ratio));
        out.insert(u"sql_all_estimate_s"_s,
            round3(sql.value(u"mean_ms"_s).toDouble() * double(ents.size()) / 1000.0));
    }

    // ---- local reader (the CLI's path for one enterprise: targeted queries, no whole-graph build)
    {
        std::vector<double> ms;
        for (size_t i = 0; i < std::min<size_t>(sample.size(), 300); ++i) {
            QElapsedTimer q;
            q.start();
            const auto local = OwnershipGraph::buildAround(cache, { { g->key(sample[i]), true, false } });
            BeneficialOwners lbo(*local);
            (void)lbo.analyse(*local->enterprise(g->key(sample[i])));
            ms.push_back(double(q.nsecsElapsed()) / 1e6);
        }
        out.insert(u"ubo_one_local_read"_s, stats(ms));
    }

    // ---- 查关系 between two enterprises
    {
        RelationFinder finder(*g);
        std::vector<double> ms;
        int found = 0;
        qint64 paths = 0;
        for (int i = 0; i < pairs; ++i) {
            // half random pairs, half pairs inside one neighbourhood (a holder's two holdings)
            NodeId a = ents[rng() % ents.size()], b = ents[rng() % ents.size()];
            if (i % 2 && !held.empty()) {
                a = held[rng() % held.size()];
                const auto hs = g->holders(a);
                const NodeId h = hs[0].node;
                const auto down = g->holdings(h);
                b = down[rng() % down.size()].node;
            }
            QElapsedTimer q;
            q.start();
            const auto r = finder.find(a, b, 6, 200);
            ms.push_back(double(q.nsecsElapsed()) / 1e6);
            found += r.length >= 0 ? 1 : 0;
            paths += qint64(r.paths.size());
        }
        QJsonObject o = stats(ms);
        o.insert(u"found"_s, found);
        o.insert(u"paths"_s, paths);
        o.insert(u"max_len"_s, 6);
        out.insert(u"path"_s, o);
    }
    // peak resident set includes the cache file's pages mapped by SQLite (PRAGMA mmap_size 1 GB)
    out.insert(u"peak_rss_mb"_s, round3(peakMb()));
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
