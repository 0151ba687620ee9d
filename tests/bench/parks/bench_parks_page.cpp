// bench_parks_page --db CACHE [--park ID] [--repeat R] [--shots DIR]
//
// Opening a building's page in the parks workspace (issue 12: ≤ 200 ms until it is filled), offscreen, on
// a demo cache (the 1,000,000-enterprise one for the figure). The park (default: the one with the
// most enterprises in its buildings) is loaded first; then each of its buildings is opened in turn and
// timed until the page is filled: figures, charts, the enterprise list (synchronous, from the loaded park)
// and the field-work list (visits and open tasks, read in the background). JSON lines:
// - park_load: loading the park in the workspace (report, risks, potentials, 域外投资, roads);
// - building_page: median and p95 over the buildings until filled, and the synchronous part alone
//   (the baseline in the same run: what the page cost before it listed field work).
// With --shots DIR it also writes offscreen screenshots at 1366×768 in Chinese: the park map (园区地图) with
// the park's 域外投资 flows, the building page with its visits and open tasks, the comparison, the policy
// calculator and the 域外投资 tab.
#include "core/parks/parkstore.h"
#include "core/store/cache.h"
#include "translations/translations.h"
#include "ui/common/appcontext.h"
#include "ui/map/mappanel.h"
#include "ui/map/mapwidget.h"
#include "ui/parks/parkspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

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

double at(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(double(v.size() - 1) * q + 0.5))];
}

template <typename F> bool waitFor(F cond, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!cond() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return cond();
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool writeShots(ui::AppContext& ctx, const QString& cache, const QString& parkId, const QString& dir)
{
    Q_UNUSED(cache);
    QDir().mkpath(dir);
    ui::MapPanel map(ctx);
    map.resize(1366, 768);
    map.show();
    ui::ParksPanel* parks = map.openParkWorkspace();
    parks->resize(1366, 768);
    parks->setFlowsShown(true);
    parks->showPark(parkId);
    if (!waitFor([&] { return parks->view() && parks->view()->report.park.id == parkId && !parks->isBusy(); },
            120000))
        return false;
    waitFor([&] { return ctx.searchEngine() != nullptr; }, 60000);
    settle(1500);
    bool ok = map.grab().save(QDir(dir).filePath(QStringLiteral("park-map-flows.png")));
    // The building with the most visits and open tasks (else the largest).
    QString best;
    int most = -1;
    QObject::connect(parks, &ui::ParksPanel::fieldWorkShown, parks, [&](const QString& id, int v, int t) {
        if (v + t > most) {
            most = v + t;
            best = id;
        }
    });
    QStringList ids;
    for (const auto& b : parks->view()->report.buildings)
        ids << b.building.id;
    for (const QString& id : ids) {
        parks->showBuilding(id);
        settle(60);
    }
    parks->setCurrentTab(0);
    parks->showBuilding(best);
    parks->showFieldWork(true);
    settle(600);
    ok = parks->grab().save(QDir(dir).filePath(QStringLiteral("building-visits.png"))) && ok;
    parks->showFieldWork(false);
    settle(200);
    ok = parks->grab().save(QDir(dir).filePath(QStringLiteral("building-page.png"))) && ok;
    parks->compare(ids.mid(0, 4));
    settle(600);
    ok = parks->grab().save(QDir(dir).filePath(QStringLiteral("compare.png"))) && ok;
    parks->setCurrentTab(4);
    settle(300);
    ok = parks->grab().save(QDir(dir).filePath(QStringLiteral("outward.png"))) && ok;
    parks->setCurrentTab(5);
    parks->policyBox()->setCurrentIndex(0);
    bool applied = false;
    QObject::connect(parks, &ui::ParksPanel::policyApplied, parks, [&](int, double) { applied = true; });
    parks->applyPolicy(false);
    waitFor([&] { return applied; }, 60000);
    settle(400);
    ok = parks->grab().save(QDir(dir).filePath(QStringLiteral("policy.png"))) && ok;
    std::fprintf(stderr, "screenshots in %s (building %s: %d visits and open tasks)\n", qPrintable(dir),
        qPrintable(best), most);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    installTranslations(QStringLiteral("zh_CN")); // the UI's default language (screenshots)
    const QString path = option(args, QStringLiteral("--db"), QString());
    const int repeat = option(args, QStringLiteral("--repeat"), QStringLiteral("21")).toInt();
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_parks_page --db CACHE [--park ID] [--repeat R]\n");
        return 2;
    }
    QString parkId = option(args, QStringLiteral("--park"), QString());
    try {
        if (parkId.isEmpty()) {
            store::Database db = store::Cache::open(path, store::Cache::Access::ReadWrite);
            parks::ParkStore store(db);
            store.prepare();
            qint64 most = -1;
            for (const parks::ParkInfo& p : store.parks()) {
                QStringList ids;
                for (const parks::BuildingInfo& b : store.buildings(p.id))
                    ids << b.id;
                const qint64 count = store.presence(ids).size();
                if (count > most) {
                    most = count;
                    parkId = p.id;
                }
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    }
    ui::AppContext ctx;
    ctx.openCache(path);
    ui::ParksPanel panel(ctx);
    panel.resize(1366, 768);
    panel.show();
    QElapsedTimer t;
    t.start();
    const std::clock_t c0 = std::clock();
    panel.showPark(parkId);
    if (!waitFor([&] { return panel.view() && panel.view()->report.park.id == parkId && !panel.isBusy(); },
            120000)) {
        std::fprintf(stderr, "the park %s did not load\n", qPrintable(parkId));
        return 2;
    }
    int members = 0;
    for (const auto& b : panel.view()->report.buildings)
        members += int(b.members.size());
    print({ { QStringLiteral("bench"), QStringLiteral("park_load") }, { QStringLiteral("park"), parkId },
        { QStringLiteral("buildings"), int(panel.view()->report.buildings.size()) },
        { QStringLiteral("members"), members }, { QStringLiteral("ms"), double(t.nsecsElapsed()) / 1e6 },
        { QStringLiteral("cpu_ms"), double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC } });

    QStringList ids;
    for (const auto& b : panel.view()->report.buildings)
        ids << b.building.id;
    QString filled;
    QObject::connect(
        &panel, &ui::ParksPanel::fieldWorkShown, &panel, [&](const QString& id, int, int) { filled = id; });
    std::vector<double> full, sync, cpu;
    int visits = 0;
    QObject::connect(
        &panel, &ui::ParksPanel::fieldWorkShown, &panel, [&](const QString&, int v, int) { visits += v; });
    for (int i = 0; i < repeat; ++i) {
        // Each building in turn, never the one shown (that would fill nothing).
        const QString id = ids[i % ids.size()] == panel.selectedBuilding() && ids.size() > 1
            ? ids[(i + 1) % ids.size()]
            : ids[i % ids.size()];
        filled.clear();
        const std::clock_t c = std::clock();
        t.start();
        panel.showBuilding(id);
        sync.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!waitFor([&] { return filled == id; }, 10000)) {
            std::fprintf(stderr, "the page of %s was not filled\n", qPrintable(id));
            return 2;
        }
        full.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(double(std::clock() - c) * 1000.0 / CLOCKS_PER_SEC);
    }
    const double median = at(full, 0.5);
    print({ { QStringLiteral("bench"), QStringLiteral("building_page") },
        { QStringLiteral("opened"), repeat }, { QStringLiteral("median_ms"), median },
        { QStringLiteral("p95_ms"), at(full, 0.95) }, { QStringLiteral("cpu_median_ms"), at(cpu, 0.5) },
        { QStringLiteral("baseline_sync_part_median_ms"), at(sync, 0.5) },
        { QStringLiteral("visits_listed"), visits }, { QStringLiteral("target_ms"), 200 } });
    const QString shots = option(args, QStringLiteral("--shots"), QString());
    if (!shots.isEmpty())
        return writeShots(ctx, path, parkId, shots) && median <= 200 ? 0 : 1;
    return median <= 200 ? 0 : 1;
}
