#include "core/demo/demogenerator.h"
#include "tests/support/testutil.h"
#include "ui/chains/chaindiagram.h"
#include "ui/chains/chainspanel.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace dj;

namespace {

template <typename F> bool waitFor(F cond, int ms = 120000)
{
    QDeadlineTimer t(ms);
    while (!cond() && !t.hasExpired())
        QTest::qWait(20);
    return cond();
}

const QString& demoCache()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(u"demo.djcache"_s);
        demo::DemoOptions o;
        o.enterprises = 20000;
        demo::DemoGenerator::generate(p, o);
        return p;
    }();
    return path;
}

} // namespace

TEST_CASE("chains panel: map off the UI thread, segment page with targets, visit task, exports, state",
    "[chains][panel]")
{
    ui::AppContext ctx;
    ctx.openCache(demoCache());
    REQUIRE(waitFor([&] { return ctx.searchEngine() != nullptr; }));
    ui::ChainsPanel panel(ctx);
    panel.resize(1366, 768);
    panel.setChain(u"ic"_s);
    panel.setRegion(u"31"_s, u"44"_s);
    QElapsedTimer t;
    t.start();
    panel.show();
    panel.showMap();
    CHECK(t.elapsed() < 500);
    REQUIRE(waitFor([&] { return !panel.isBusy() && !panel.currentMap().segments.isEmpty(); }));
    const auto& map = panel.currentMap();
    CHECK(map.region == u"31"_s);
    CHECK(map.segments.size() == 7);

    // Clicking a segment box selects it; its targets come from outside the region.
    auto* diagram = panel.findChild<ui::ChainDiagram*>();
    REQUIRE(diagram);
    panel.selectSegment(1);
    REQUIRE(waitFor([&] { return !panel.isBusy(); }));
    CHECK(diagram->selected() == 1);
    REQUIRE(!panel.currentTargets().isEmpty());
    for (const auto& target : panel.currentTargets())
        CHECK(!target.firm.regionCode.startsWith(u"31"_s));

    // Add to visit task reaches the AppContext request.
    QStringList requested;
    QObject::connect(&ctx, &ui::AppContext::visitTaskRequested,
        [&](const QStringList& u, const QString&) { requested = u; });
    panel.tabs()->setCurrentIndex(2);
    auto* table = panel.tabs()->widget(2)->findChild<QTableWidget*>();
    REQUIRE(table);
    table->selectRow(0);
    QPushButton* visit = nullptr;
    for (auto* b : panel.tabs()->widget(2)->findChildren<QPushButton*>())
        if (b->text().contains(u"visit"_s, Qt::CaseInsensitive) || b->text().contains(u"走访"_s))
            visit = b;
    REQUIRE(visit);
    visit->click();
    REQUIRE(requested.size() == 1);
    CHECK(requested.first() == panel.currentTargets().first().firm.uscc);

    // Exports.
    QTemporaryDir out;
    panel.exportXlsx(out.filePath(u"map.xlsx"_s));
    panel.exportReport(out.filePath(u"report.pdf"_s));
    REQUIRE(waitFor([&] { return !panel.isBusy() && QFile::exists(out.filePath(u"report.pdf"_s)); }));
    CHECK(QFile(out.filePath(u"map.xlsx"_s)).size() > 1000);
    QFile pdf(out.filePath(u"report.pdf"_s));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");

    // State is remembered.
    QTemporaryDir settingsDir;
    ui::Settings settings(settingsDir.filePath(u"s.ini"_s));
    panel.saveState(settings);
    ui::ChainsPanel other(ctx);
    other.restoreState(settings);
    other.show();
    other.showMap();
    REQUIRE(waitFor([&] { return !other.isBusy() && !other.currentMap().segments.isEmpty(); }));
    CHECK(other.currentMap().region == u"31"_s);
    CHECK(other.tabs()->currentIndex() == 2);
}
