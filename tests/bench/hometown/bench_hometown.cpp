// bench_hometown [--db CACHE] [--enterprises N] [--repeat R] [--part core|cli|panel|all]
//
// Hometown speed on the demo cache (default 1,000,000 enterprises; made with `dianjing-cli demo` and kept
// when absent). One JSON line per scenario, each with its baseline measured in the same run:
// - persist_build: building and writing FILE.hometown when it is missing (import and demo do this at their
// end);
// - open: mapping the persisted snapshot (what the CLI, the API and the panel do first);
// - province_nationwide (the 200 ms target): origin 34 (安徽), nationwide, ranked, top 200 materialised with
//   their registers — the query and ranking on an open cache, as the panel and API call it. Baselines: the
//   same through the per-origin reads of the cache (the path before the persisted snapshot) and one plain
//   SQL statement counting the same persons (persons ⋈ roles/shareholdings ⋈ enterprises, LIKE prefixes);
// - county_city (the 30 ms target): the Anhui county with most natives in Shanghai → 3101, all persons
//   materialised with registers; baselines as above;
// - cli_county_city / cli_province_nationwide: `dianjing-cli hometown` as a process (start, cache open,
//   snapshot map, query, JSON out): wall and CPU per run, against the same command with the snapshot moved
//   aside (reads the cache, the CLI before);
// - panel_first_list: HometownPanel (offscreen) from runQuery() to the list shown, and the longest stall of
//   the UI thread meanwhile (a 5 ms timer's largest gap), with and without the persisted snapshot.
// Times are wall milliseconds; *_cpu_ms is this process's (or the child's) CPU time (user + sys).
#include "core/hometown/hometowndata.h"
#include "core/hometown/hometownengine.h"
#include "core/store/cache.h"
#include "ui/common/appcontext.h"
#include "ui/hometown/hometownpanel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <QTreeWidget>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

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
    double median = 0, p95 = 0, cpuMedian = 0;
};

Timing summarize(std::vector<double> ms, std::vector<double> cpu)
{
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return { ms[(ms.size() - 1) / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))],
        cpu[(cpu.size() - 1) / 2] };
}

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
    return summarize(ms, cpu);
}

/// CPU time (user + sys, ms) of this process's finished children.
double childrenCpuMs()
{
#ifdef Q_OS_UNIX
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
#else
    return 0;
#endif
}

Timing timeCli(int repeat, const QStringList& args, int* persons)
{
    std::vector<double> ms, cpu;
    for (int i = 0; i < repeat; ++i) {
        QProcess p;
        const double c0 = childrenCpuMs();
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(DJ_CLI_PATH), args);
        p.waitForFinished(-1);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(childrenCpuMs() - c0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        if (p.exitCode() != 0)
            std::fprintf(stderr, "dianjing-cli failed: %s\n", p.readAllStandardError().constData());
        *persons = o.value(QStringLiteral("total")).toInt();
    }
    return summarize(ms, cpu);
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

void print(QJsonObject o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

/// Moves the persisted snapshot aside while a baseline runs (the reads of the cache before it existed).
struct Aside
{
    QString path, moved;
    explicit Aside(const QString& cache)
        : path(h::HometownData::persistedPath(cache))
        , moved(path + QStringLiteral(".aside"))
    {
        QFile::rename(path, moved);
    }
    ~Aside() { QFile::rename(moved, path); }
};

/// The panel's first list: from runQuery() until the list is shown; the longest gap of a 5 ms UI timer.
QJsonObject panelFirstList(const QString& cache, const QStringList& origins, const QStringList& targets)
{
    dj::ui::AppContext ctx;
    ctx.openCache(cache, true);
    // The search index loads in the background on open: wait for it, so that it does not share the cores.
    QDeadlineTimer idle(120000);
    while (ctx.isIndexLoading() && !idle.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    dj::ui::HometownPanel panel(ctx);
    panel.resize(1366, 768);
    panel.show();
    panel.setOrigins(origins);
    panel.setTargets(targets);
    QCoreApplication::processEvents();
    QElapsedTimer gapClock;
    double maxGap = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        maxGap = std::max(maxGap, double(gapClock.nsecsElapsed()) / 1e6);
        gapClock.restart();
    });
    QElapsedTimer t;
    const std::clock_t c0 = std::clock();
    t.start();
    gapClock.start();
    tick.start();
    panel.runQuery();
    const double callMs = double(t.nsecsElapsed()) / 1e6;
    QDeadlineTimer deadline(300000);
    while (panel.isBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    tick.stop();
    const auto* list = panel.findChild<QTreeWidget*>();
    return QJsonObject { { QStringLiteral("first_list_ms"), ms },
        { QStringLiteral("cpu_ms"), double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC },
        { QStringLiteral("run_query_call_ms"), callMs }, { QStringLiteral("max_ui_gap_ms"), maxGap },
        { QStringLiteral("rows"), list ? list->topLevelItemCount() : -1 },
        { QStringLiteral("persons"), panel.result().totalPersons } };
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString enterprises = option(args, QStringLiteral("--enterprises"), QStringLiteral("1000000"));
    const QString path = QFileInfo(
        option(args, QStringLiteral("--db"),
            QDir::current().filePath(QStringLiteral("bench-hometown-%1.djcache").arg(enterprises))))
                             .absoluteFilePath();
    const int repeat = option(args, QStringLiteral("--repeat"), QStringLiteral("15")).toInt();
    const QString part = option(args, QStringLiteral("--part"), QStringLiteral("all"));
    const bool all = part == QStringLiteral("all");
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
    bool met = true;
    QElapsedTimer t;

    // The persisted snapshot (built here when a cache came without it, e.g. made before it existed).
    if (!h::HometownData::openPersisted(path)) {
        const std::clock_t c0 = std::clock();
        t.start();
        const auto built = h::HometownData::openOrBuild(path);
        print({ { QStringLiteral("scenario"), QStringLiteral("persist_build") },
            { QStringLiteral("ms"), double(t.nsecsElapsed()) / 1e6 },
            { QStringLiteral("cpu_ms"), double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC },
            { QStringLiteral("persisted"), built->isPersisted() },
            { QStringLiteral("file_mb"),
                double(QFileInfo(h::HometownData::persistedPath(path)).size()) / 1048576.0 } });
    }
    std::shared_ptr<const h::HometownData> data;
    const Timing open = time(repeat, [&] { data = h::HometownData::openPersisted(path); });
    if (!data) {
        std::fprintf(stderr, "the persisted snapshot cannot be opened\n");
        return 1;
    }
    print({ { QStringLiteral("scenario"), QStringLiteral("open") },
        { QStringLiteral("median_ms"), open.median }, { QStringLiteral("median_cpu_ms"), open.cpuMedian },
        { QStringLiteral("persons"), qint64(data->persons().size()) },
        { QStringLiteral("links"), qint64(data->links().size()) },
        { QStringLiteral("enterprises"), qint64(data->enterprises().size()) } });
    const Database db = Cache::open(path, Cache::Access::ReadOnly);

    // The Anhui county with most natives in Shanghai.
    QString county;
    {
        h::Query sh;
        sh.origins = { QStringLiteral("34") };
        sh.targets = { QStringLiteral("3101") };
        QHash<QString, int> counts;
        for (const h::PersonHit& p : h::HometownEngine::run(*data, sh).persons) {
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

    if (all || part == QStringLiteral("core")) {
        struct Case
        {
            const char* name;
            QString origin, target;
            int limit;
            double targetMs;
        };
        for (const Case& c : { Case { "province_nationwide", QStringLiteral("34"), QString(), 200, 200.0 },
                 Case { "county_city", county, QStringLiteral("3101"), 0, 30.0 } }) {
            h::Query q;
            q.origins = { c.origin };
            if (!c.target.isEmpty())
                q.targets = { c.target };
            q.limit = c.limit;
            int total = 0;
            const Timing fast = time(repeat, [&] {
                h::Result r = h::HometownEngine::run(*data, q);
                h::HometownEngine::attachRegisters(r, db);
                total = r.totalPersons;
            });
            int before = 0;
            const Timing old = time(std::max(3, repeat / 5), [&] {
                const auto slice = h::HometownData::loadForOrigins(db, q.origins, q.targets);
                before = h::HometownEngine::run(*slice, q).totalPersons;
            });
            t.start();
            const qint64 sqlPersons = sqlBaseline(db, c.origin, c.target);
            const double sqlMs = double(t.nsecsElapsed()) / 1e6;
            met = met && fast.median <= c.targetMs && total == before;
            print({ { QStringLiteral("scenario"), QString::fromLatin1(c.name) },
                { QStringLiteral("origin"), c.origin }, { QStringLiteral("target"), c.target },
                { QStringLiteral("persons"), total }, { QStringLiteral("median_ms"), fast.median },
                { QStringLiteral("p95_ms"), fast.p95 }, { QStringLiteral("median_cpu_ms"), fast.cpuMedian },
                { QStringLiteral("target_ms"), c.targetMs },
                { QStringLiteral("baseline_cache_reads_median_ms"), old.median },
                { QStringLiteral("baseline_cache_reads_cpu_ms"), old.cpuMedian },
                { QStringLiteral("baseline_cache_reads_persons"), before },
                { QStringLiteral("baseline_sql_ms"), sqlMs },
                { QStringLiteral("baseline_sql_persons"), sqlPersons } });
        }
    }

    if (all || part == QStringLiteral("cli")) {
        const QStringList countyArgs { QStringLiteral("hometown"), QStringLiteral("--db"), path,
            QStringLiteral("--origin"), county, QStringLiteral("--target"), QStringLiteral("3101") };
        const QStringList provinceArgs { QStringLiteral("hometown"), QStringLiteral("--db"), path,
            QStringLiteral("--origin"), QStringLiteral("34"), QStringLiteral("--target"),
            QStringLiteral("all"), QStringLiteral("--limit"), QStringLiteral("200") };
        const QStringList version { QStringLiteral("--version") };
        for (const auto& [name, cliArgs] : { std::pair { "cli_county_city", countyArgs },
                 std::pair { "cli_province_nationwide", provinceArgs } }) {
            int persons = 0, before = 0, none = 0;
            const Timing fast = timeCli(repeat, cliArgs, &persons);
            Timing old;
            {
                const Aside aside(path);
                old = timeCli(std::max(3, repeat / 5), cliArgs, &before);
            }
            const Timing start = timeCli(std::max(3, repeat / 3), version, &none);
            print({ { QStringLiteral("scenario"), QString::fromLatin1(name) },
                { QStringLiteral("persons"), persons }, { QStringLiteral("wall_median_ms"), fast.median },
                { QStringLiteral("wall_p95_ms"), fast.p95 },
                { QStringLiteral("cpu_median_ms"), fast.cpuMedian },
                { QStringLiteral("baseline_without_snapshot_wall_ms"), old.median },
                { QStringLiteral("baseline_without_snapshot_cpu_ms"), old.cpuMedian },
                { QStringLiteral("baseline_without_snapshot_persons"), before },
                { QStringLiteral("process_start_version_wall_ms"), start.median },
                { QStringLiteral("process_start_version_cpu_ms"), start.cpuMedian } });
        }
    }

    if (all || part == QStringLiteral("panel")) {
        struct Case
        {
            const char* name;
            QStringList origins, targets;
        };
        for (const Case& c :
            { Case { "panel_first_list_county_city", { county }, { QStringLiteral("3101") } },
                Case { "panel_first_list_province_nationwide", { QStringLiteral("34") }, {} } }) {
            QJsonObject fast = panelFirstList(path, c.origins, c.targets);
            QJsonObject old;
            {
                const Aside aside(path);
                old = panelFirstList(path, c.origins, c.targets);
            }
            fast.insert(QStringLiteral("scenario"), QString::fromLatin1(c.name));
            fast.insert(QStringLiteral("origin"), c.origins.join(u','));
            fast.insert(QStringLiteral("baseline_without_snapshot"), old);
            print(fast);
        }
    }
    return met ? 0 : 1;
}
