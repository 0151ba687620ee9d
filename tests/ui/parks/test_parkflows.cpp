// 域外投资 on the park map: the park workspace's toggle draws the park's outward holdings as flows on the
// 园区地图 (one arc per target region, from the park to the region's centre, as wide as the subscribed
// capital, labelled, with a legend), fitted into view; toggled off or another park: the overlay follows.
// The flow figures themselves are checked against the exported bundle in test_core_parks.
#include "core/demo/demogenerator.h"
#include "core/geo/regioncentres.h"
#include "ui/common/appcontext.h"
#include "ui/map/mappanel.h"
#include "ui/map/mapwidget.h"
#include "ui/parks/parkspanel.h"

#include <QComboBox>
#include <QDeadlineTimer>
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

} // namespace

TEST_CASE("域外投资 flows drawn on the park map from the workspace's toggle", "[parks][map][panel]")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"demo.djcache"_s);
    demo::DemoOptions o;
    o.enterprises = 20000;
    demo::DemoGenerator::generate(cache, o);
    ui::AppContext ctx;
    ctx.openCache(cache);
    ui::MapPanel map(ctx);
    map.resize(1366, 768);
    map.show();
    ui::ParksPanel* parks = map.openParkWorkspace();
    REQUIRE(parks);
    REQUIRE(waitFor([&] { return parks->view() != nullptr && !parks->isBusy(); }));
    ui::MapWidget* widget = map.mapWidget();
    CHECK(widget->flows().isEmpty()); // off until asked for

    // The first parks with and without outward holdings.
    QString withFlows, without;
    for (int i = 0; i < parks->parkBox()->count() && (withFlows.isEmpty() || without.isEmpty()); ++i) {
        const QString id = parks->parkBox()->itemData(i).toString();
        parks->showPark(id);
        REQUIRE(waitFor(
            [&] { return parks->view() && parks->view()->report.park.id == id && !parks->isBusy(); }));
        (parks->view()->outward.byRegion.size() >= 2 ? withFlows : without) = id;
        if (i > 60)
            break;
    }
    REQUIRE(!withFlows.isEmpty());
    parks->showPark(withFlows);
    REQUIRE(waitFor(
        [&] { return parks->view() && parks->view()->report.park.id == withFlows && !parks->isBusy(); }));
    CHECK(widget->flows().isEmpty());

    parks->setFlowsShown(true);
    const parks::OutwardInvestment& out = parks->view()->outward;
    // One flow per target region, to the region's centre in the embedded region table, weighted by capital.
    int expected = 0;
    double heaviest = 0;
    for (const parks::OutwardGroup& g : out.byRegion) {
        if (g.lon == 0 && g.lat == 0)
            continue; // no centre known: listed, not drawn
        ++expected;
        heaviest = std::max(heaviest, g.capital);
        const auto it = std::find_if(widget->flows().begin(), widget->flows().end(),
            [&](const ui::MapWidget::Flow& f) { return f.label.startsWith(g.label); });
        REQUIRE(it != widget->flows().end());
        CHECK(it->weight == Approx(g.capital));
        // The prefecture's centre in the embedded region table.
        if (const auto centre = geo::RegionCentres::instance().exact(g.key + u"00"_s)) {
            CHECK(it->to.x() == Approx(centre->position.lon).margin(1e-6));
            CHECK(it->to.y() == Approx(centre->position.lat).margin(1e-6));
        }
        CHECK(it->label.contains(QString::number(g.count)));
    }
    CHECK(widget->flows().size() == expected);
    REQUIRE(expected >= 1);
    CHECK(widget->flowOrigin() == QPointF(out.originLon, out.originLat));
    CHECK(widget->flowWidth(heaviest) == Approx(12.0));
    CHECK(widget->flowWidth(heaviest / 4) < widget->flowWidth(heaviest));
    // Fitted: the park and every target on screen.
    const QRectF screen(QPointF(0, 0), QSizeF(widget->size()));
    CHECK(screen.contains(widget->view().toScreen(widget->flowOrigin())));
    for (const ui::MapWidget::Flow& f : widget->flows())
        CHECK(screen.contains(widget->view().toScreen(f.to)));
    QTest::qWait(50); // painted without trouble

    // Another park: its own flows (none for a park without holdings outside the district).
    if (!without.isEmpty()) {
        parks->showPark(without);
        REQUIRE(waitFor(
            [&] { return parks->view() && parks->view()->report.park.id == without && !parks->isBusy(); }));
        int targets = 0;
        for (const parks::OutwardGroup& g : parks->view()->outward.byRegion)
            targets += g.lon != 0 || g.lat != 0;
        CHECK(widget->flows().size() == targets);
        parks->showPark(withFlows);
        REQUIRE(waitFor(
            [&] { return parks->view() && parks->view()->report.park.id == withFlows && !parks->isBusy(); }));
        CHECK(widget->flows().size() == expected);
    }
    // Toggled off: gone from the map.
    parks->setFlowsShown(false);
    CHECK(widget->flows().isEmpty());
}
