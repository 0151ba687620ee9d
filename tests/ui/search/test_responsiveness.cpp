// Opt-in measurement on a big cache (DJ_SEARCH_BIG_CACHE=path to e.g. a 1,000,000-enterprise demo cache):
// the longest stall of the GUI thread while the panel opens the index, filters, sorts and scrolls.
#include "tests/support/testutil.h"
#include "testwait.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/search/filtersidebar.h"
#include "ui/search/resultcolumns.h"
#include "ui/search/resultmodel.h"
#include "ui/search/savedsearches.h"
#include "ui/search/searchpanel.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>
#include <iostream>
#ifdef Q_OS_LINUX
#include <ctime>
#endif

namespace {
/// CPU time of the calling thread in ms (wall time where the platform has no per-thread clock here).
double threadCpuMs()
{
#ifdef Q_OS_LINUX
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#else
    static QElapsedTimer wall;
    if (!wall.isValid())
        wall.start();
    return double(wall.nsecsElapsed()) / 1e6;
#endif
}
} // namespace

using namespace dj;
using dj::test::waitFor;

TEST_CASE("GUI thread stays responsive on a big cache (opt-in)", "[search][ui][.big]")
{
    const QString cache = qEnvironmentVariable("DJ_SEARCH_BIG_CACHE");
    if (cache.isEmpty()) {
        WARN("DJ_SEARCH_BIG_CACHE not set: skipped");
        return;
    }
    QTemporaryDir dir;
    ui::Settings::setInstance(std::make_unique<ui::Settings>(dir.filePath(QStringLiteral("s.ini"))));
    ui::AppContext ctx;
    ctx.openCache(cache);
    ui::SearchPanel panel(ctx);
    panel.resize(1600, 1000);
    panel.show();

    // A 5 ms heartbeat: the largest gap between beats is the longest GUI-thread stall.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    // The GUI thread's own CPU time between beats: a gap much longer than the CPU spent in it was the
    // thread waiting for a core (other processes, or our own workers), not work done on it.
    double lastCpu = 0, worstCpu = 0;
    QTimer beat;
    beat.setInterval(5);
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const double cpu = threadCpuMs();
        worst = std::max(worst, now - last);
        worstCpu = std::max(worstCpu, cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    });
    auto measure = [&](const char* what, const std::function<void()>& action) {
        waitFor([] { return false; }, 100);
        last = clock.elapsed();
        worst = 0;
        worstCpu = 0;
        lastCpu = threadCpuMs();
        beat.start();
        QElapsedTimer t;
        t.start();
        action();
        REQUIRE(waitFor([&] { return panel.engine() && !panel.isBusy(); }, 120000));
        waitFor([] { return false; }, 50);
        beat.stop();
        std::cout << "{\"step\":\"" << what << "\",\"ms\":" << t.elapsed() << ",\"worst_stall_ms\":" << worst
                  << ",\"worst_gui_cpu_ms\":" << worstCpu << ",\"total\":" << panel.resultCount() << "}"
                  << std::endl;
        return worst;
    };
    QList<qint64> stalls;
    stalls << measure("open_index", [] {});
    stalls << measure("all", [&] {
        QElapsedTimer t;
        t.start();
        panel.sidebar()->setFilter({});
        std::cout << "{\"step\":\"setFilter_sync\",\"ms\":" << t.elapsed() << "}" << std::endl;
    });
    stalls << measure("scenario_1", [&] { panel.applyScenario(ui::SavedSearches::creditScenarioName()); });
    stalls << measure("scenario_2", [&] { panel.applyScenario(ui::SavedSearches::channelScenarioName()); });
    search::Filter text;
    text.text = QStringLiteral("科技");
    stalls << measure("text", [&] { panel.sidebar()->setFilter(text); });
    stalls << measure("all_again", [&] { panel.sidebar()->setFilter({}); });
    stalls << measure(
        "sort_name", [&] { panel.resultModel()->sort(ui::ResultColumns::Name, Qt::AscendingOrder); });
    stalls << measure("scroll", [&] {
        QScrollBar* bar = panel.resultView()->verticalScrollBar();
        for (int i = 0; i <= 20; ++i) {
            bar->setValue(bar->maximum() / 20 * i);
            waitFor([] { return false; }, 10);
        }
    });
    // open_index includes the first table reset; the others are the filtering the issue bounds.
    for (int i = 1; i < stalls.size(); ++i)
        CHECK(stalls[i] <= 50);
}
