#include "core/map/mapdata.h"
#include "core/map/overlaydocument.h"
#include "core/store/cache.h"
#include "core/store/transaction.h"
#include "tests/support/testutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/map/mappanel.h"
#include "ui/map/mapwidget.h"
#include "ui/map/selectionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace dj;

namespace {

// A park 121.50–121.52 E, 31.20–31.22 N with one building (121.505–121.507, 31.205–31.207).
const char* kPark
    = R"({"type":"Polygon","coordinates":[[[121.50,31.20],[121.52,31.20],[121.52,31.22],[121.50,31.22],[121.50,31.20]]]})";
const char* kBuilding
    = R"({"type":"Polygon","coordinates":[[[121.505,31.205],[121.507,31.205],[121.507,31.207],[121.505,31.207],[121.505,31.205]]]})";

QString makeCache(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("map.djcache"));
    auto db = store::Cache::createFresh(path);
    store::Transaction tx(db);
    auto ins = db.prepare(
        "INSERT INTO enterprises(uscc, name, status, region_code, industry_section, scale, lon, lat,"
        " op_lon, op_lat) VALUES (?1, ?2, '存续', '310115', ?3, ?4, ?5, ?6, ?7, ?8)");
    // 10 enterprises inside the building, 20 spread in the park, 5 far away, 3 without coordinates.
    int n = 0;
    auto add = [&](double lon, double lat, const char* section, bool op = false) {
        const QString uscc = QStringLiteral("91310115MA1K%1").arg(n, 6, 10, QLatin1Char('0'));
        ins.bind(1, uscc)
            .bind(2, QStringLiteral("测试企业%1").arg(n))
            .bind(3, QString::fromLatin1(section))
            .bind(4, QStringLiteral("小型"));
        if (lon == 0) {
            ins.bindNull(5).bindNull(6).bindNull(7).bindNull(8);
        } else if (op) {
            // Registered elsewhere, operating here: the map uses the operating place.
            ins.bind(5, 120.0).bind(6, 30.0).bind(7, lon).bind(8, lat);
        } else {
            ins.bind(5, lon).bind(6, lat).bindNull(7).bindNull(8);
        }
        ins.run();
        ins.reset();
        ++n;
    };
    for (int i = 0; i < 10; ++i)
        add(121.5055 + (i % 5) * 0.0002, 31.2055 + (i / 5) * 0.0005, "I", i % 2 == 0);
    for (int i = 0; i < 20; ++i)
        add(121.51 + (i % 5) * 0.002, 31.212 + (i / 5) * 0.001, "C");
    for (int i = 0; i < 5; ++i)
        add(116.40 + i * 0.01, 39.90, "F");
    for (int i = 0; i < 3; ++i)
        add(0, 0, "F");
    db.exec("INSERT INTO risks(uscc, kind, status) VALUES ('91310115MA1K000000', '经营异常', '有效')");
    auto park = db.prepare("INSERT INTO parks(park_id, name, kind, region_code, boundary) VALUES (?1, ?2, "
                           "'产业园', '310115', ?3)");
    park.bind(1, QStringLiteral("P1"))
        .bind(2, QStringLiteral("张江测试园"))
        .bind(3, QString::fromUtf8(kPark))
        .run();
    park.reset();
    park.bind(1, QStringLiteral("P2"))
        .bind(2, QStringLiteral("坏边界园"))
        .bind(3, QStringLiteral("{\"type\":\"Polygon\""))
        .run();
    auto b = db.prepare("INSERT INTO buildings(building_id, park_id, name, footprint, lon, lat) VALUES "
                        "('B1', 'P1', '1号楼', ?1, 121.506, 31.206)");
    b.bind(1, QString::fromUtf8(kBuilding)).run();
    tx.commit();
    return path;
}

template <typename F> bool waitFor(F cond, int ms = 15000)
{
    QDeadlineTimer t(ms);
    while (!cond() && !t.hasExpired())
        QTest::qWait(20);
    return cond();
}

} // namespace

TEST_CASE("map data: enterprises, parks and buildings from a cache", "[map][panel]")
{
    QTemporaryDir dir;
    const map::MapData d = map::MapData::load(makeCache(dir));
    CHECK(d.lonLat.size() == 35);
    CHECK(d.withoutCoordinates == 3);
    CHECK(d.badGeometries == 1);
    REQUIRE(d.parkList.size() == 2);
    CHECK(d.parkList[0].buildings == 1);
    CHECK(d.parks.features().size() == 1);
    CHECK(d.buildings.features().size() == 1);
    // Operating coordinates win over the registered ones.
    CHECK(d.lonLat[0].x() == Approx(121.5055));
    CHECK(d.section[0] == 'I' - 'A');
    CHECK(d.scale[0] == 2);
    CHECK(d.risk[0] == 1);
    CHECK(d.risk[1] == 0);
    CHECK(d.categoryNames(map::ColourBy::Risk).size() == d.palette(map::ColourBy::Risk).size());
    CHECK_THROWS(map::MapData::load(dir.filePath(QStringLiteral("absent.djcache"))));
}

TEST_CASE("map panel: loads the cache, selects by rectangle, radius, lasso and building", "[map][panel]")
{
    QTemporaryDir dir;
    ui::AppContext ctx;
    ctx.openCache(makeCache(dir));
    ui::MapPanel panel(ctx);
    panel.resize(1200, 800);
    panel.show();
    REQUIRE(waitFor([&] { return !panel.isBusy() && panel.mapWidget()->points(); }));
    QAbstractItemModelTester tester(panel.selectionModel());
    ui::MapWidget* map = panel.mapWidget();
    CHECK(map->points()->pointCount() == 35);
    REQUIRE(panel.parks().size() == 2);

    // Frame the park, then drag a rectangle around the building with the rectangle tool.
    map->fitLonLatBox(panel.parks()[0].bounds);
    map->setTool(ui::MapWidget::Tool::Rectangle);
    QSignalSpy selected(&ctx, &ui::AppContext::selectionChanged);
    const QPoint a = map->view().toScreen({ 121.5050, 31.2072 }).toPoint();
    const QPoint b = map->view().toScreen({ 121.5070, 31.2050 }).toPoint();
    QTest::mousePress(map, Qt::LeftButton, {}, a);
    QTest::mouseMove(map, (a + b) / 2);
    QTest::mouseMove(map, b);
    QTest::mouseRelease(map, Qt::LeftButton, {}, b);
    REQUIRE(selected.size() == 1);
    CHECK(ctx.selectionOrigin() == QStringLiteral("map"));
    CHECK(ctx.selection().size() == 10);
    CHECK(panel.selectionModel()->rowCount() == 10);
    CHECK(ctx.selection().contains(QStringLiteral("91310115MA1K000000")));

    // 附近企业: everything within 150 m of the building's middle is exactly the ten inside it.
    const auto near = map->pointsWithinMetres({ 121.506, 31.206 }, 150);
    CHECK(near.size() == 10);
    CHECK(map->pointsWithinMetres({ 121.506, 31.206 }, 5000).size() == 30);

    // Lasso: a triangle over the park's spread points picks a subset, none of the building's.
    QPolygonF tri;
    tri << map->view().toScreen({ 121.509, 31.2115 }) << map->view().toScreen({ 121.519, 31.2115 })
        << map->view().toScreen({ 121.509, 31.2155 });
    const auto lasso = map->pointsInScreenPolygon(tri);
    CHECK(lasso.size() > 0);
    CHECK(lasso.size() < 20);
    for (auto p : lasso)
        CHECK(p >= 10);

    // Click tool on the building (between markers, zoomed in): every enterprise in its footprint.
    map->setTool(ui::MapWidget::Tool::Click);
    map->view().setZoom(19);
    map->view().setCenter({ 121.5062, 31.2063 });
    map->repaint();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->view().toScreen({ 121.50505, 31.20695 }).toPoint());
    REQUIRE(selected.size() == 2);
    CHECK(ctx.selection().size() == 10);

    // Clicking the park selects everything inside its boundary.
    map->view().setZoom(14);
    map->view().setCenter({ 121.51, 31.21 });
    map->repaint();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->view().toScreen({ 121.519, 31.2015 }).toPoint());
    CHECK(ctx.selection().size() == 30);

    // Clicking empty ground clears the selection.
    map->view().setCenter({ 121.60, 31.30 });
    map->repaint();
    QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(map->width() / 2, map->height() / 2));
    CHECK(ctx.selection().isEmpty());

    // A selection made elsewhere is highlighted here but not re-published.
    ctx.setSelection(
        { QStringLiteral("91310115MA1K000003"), QStringLiteral("unknown") }, QStringLiteral("search"));
    CHECK(panel.selectionModel()->rowCount() == 1);
    CHECK(ctx.selectionOrigin() == QStringLiteral("search"));
}

TEST_CASE("map panel: zooming with keys and clusters, state survives a restart", "[map][panel]")
{
    QTemporaryDir dir;
    ui::AppContext ctx;
    ctx.openCache(makeCache(dir));
    ui::Settings settings(dir.filePath(QStringLiteral("s.ini")));
    double zoomAfter = 0;
    QPointF centreAfter;
    {
        ui::MapPanel panel(ctx);
        panel.resize(1000, 700);
        panel.show();
        REQUIRE(waitFor([&] { return !panel.isBusy() && panel.mapWidget()->points(); }));
        ui::MapWidget* map = panel.mapWidget();
        map->view().setCenter({ 121.51, 31.21 });
        map->view().setZoom(11);
        map->repaint();
        // Click a cluster: the view zooms in to where it falls apart.
        const auto& drawn = map->renderer().drawnItems();
        auto it = std::find_if(drawn.begin(), drawn.end(), [](const auto& d) { return d.item.count >= 10; });
        REQUIRE(it != drawn.end());
        const double before = map->view().zoom();
        QTest::mouseClick(map, Qt::LeftButton, {}, it->screen.toPoint());
        REQUIRE(waitFor([&] { return map->view().zoom() > before + 0.9; }, 3000));
        QTest::qWait(400); // let the zoom animation finish
        map->setFocus();
        const double z = map->view().zoom();
        QTest::keyClick(map, Qt::Key_Plus);
        REQUIRE(waitFor([&] { return std::abs(map->view().zoom() - (z + 1)) < 1e-6; }, 3000));
        QTest::keyClick(map, Qt::Key_Minus);
        REQUIRE(waitFor([&] { return std::abs(map->view().zoom() - z) < 1e-6; }, 3000));
        QTest::keyClick(map, Qt::Key_Left);
        zoomAfter = map->view().zoom();
        centreAfter = map->view().center();
        panel.saveState(settings);
        settings.setPanelValue(QStringLiteral("map"), QStringLiteral("colourBy"), 2);
    }
    ui::MapPanel again(ctx);
    again.restoreState(settings);
    REQUIRE(waitFor([&] { return !again.isBusy() && again.mapWidget()->points(); }));
    CHECK(again.mapWidget()->view().zoom() == Approx(zoomAfter));
    CHECK(again.mapWidget()->view().center().x() == Approx(centreAfter.x()).margin(1e-9));
    CHECK(again.mapWidget()->view().center().y() == Approx(centreAfter.y()).margin(1e-9));

    // Broken saved values fall back quietly: a missing MBTiles file means no base map.
    settings.setPanelValue(QStringLiteral("map"), QStringLiteral("base"), QStringLiteral("file"));
    settings.setPanelValue(
        QStringLiteral("map"), QStringLiteral("mbtiles"), dir.filePath(QStringLiteral("gone.mbtiles")));
    settings.setPanelValue(QStringLiteral("map"), QStringLiteral("zoom"), QStringLiteral("banana"));
    ui::MapPanel third(ctx);
    third.restoreState(settings);
    CHECK(third.mapWidget()->tiles().source().isNone());
}

TEST_CASE("map panel: an MBTiles base layer written by GDAL shows offline", "[map][panel]")
{
    QTemporaryDir dir;
    ui::AppContext ctx;
    ctx.openCache(makeCache(dir));
    ui::MapPanel panel(ctx);
    panel.resize(900, 700);
    panel.show();
    REQUIRE(waitFor([&] { return !panel.isBusy(); }));
    REQUIRE(panel.setBaseLayer(
        map::TileSource::file(test::dataPath(QStringLiteral("map/gdal-site-plan.mbtiles")))));
    ui::MapWidget* map = panel.mapWidget();
    map->view().setCenter({ 121.47, 31.23 });
    map->view().setZoom(14);
    map->repaint();
    map->tiles().loadPendingNow();
    const QImage shot = map->grab().toImage();
    const QColor c = shot.pixelColor(map->width() / 2, map->height() / 2 + 40);
    CHECK(c.red() == 200);
    CHECK(c.green() == 100);
    CHECK(c.blue() == 50);
}

TEST_CASE("map panel: importing GeoJSON shapes, bad files refused with a message", "[map][panel]")
{
    QTemporaryDir dir;
    ui::AppContext ctx;
    ui::MapPanel panel(ctx);
    const QString good = dir.filePath(QStringLiteral("roads.geojson"));
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"名称":"科苑路"},
            "geometry":{"type":"LineString","coordinates":[[121.50,31.20],[121.52,31.21]]}}]})");
    }
    // Parsed off the GUI thread: the result arrives later, as one signal.
    QSignalSpy done(&panel, &ui::MapPanel::geoJsonImported);
    panel.importGeoJson(good);
    CHECK(panel.isBusy());
    REQUIRE(done.wait(5000));
    CHECK(done.takeFirst().at(0).toBool());
    CHECK_FALSE(panel.isBusy());
    REQUIRE(panel.overlays()->layer().features().size() == 1);
    CHECK(panel.overlays()->layer().features()[0].label == QStringLiteral("科苑路"));
    CHECK(panel.overlays()->overlays()[0].kind == map::OverlayKind::Line);
    CHECK(panel.selectedShape() == panel.overlays()->overlays()[0].id);

    const QString bad = dir.filePath(QStringLiteral("bad.geojson"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"LineString","coordinates":[[121.50,"x"]]})");
    }
    // Each refusal shows a message box; close it when it comes.
    QString message;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&message]() {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            message = box->text();
            box->close();
        }
    });
    closer.start(20);
    panel.importGeoJson(bad);
    REQUIRE(done.wait(5000));
    CHECK_FALSE(done.takeFirst().at(0).toBool());
    CHECK(message.contains(QStringLiteral("bad.geojson")));
    message.clear();
    panel.importGeoJson(dir.filePath(QStringLiteral("missing.geojson")));
    REQUIRE(done.wait(5000));
    CHECK_FALSE(done.takeFirst().at(0).toBool());
    CHECK(message.contains(QStringLiteral("missing.geojson")));
    closer.stop();
    CHECK(panel.overlays()->overlays().size() == 1); // nothing lost, nothing half-added
    // Import is one undo step.
    panel.undoAction()->trigger();
    CHECK(panel.overlays()->overlays().isEmpty());
}

TEST_CASE(
    "map panel: drawing roads, buildings and markers with mouse and keys, undo, saved", "[map][panel][draw]")
{
    QTemporaryDir dir;
    const QString cache = makeCache(dir);
    ui::AppContext ctx;
    ctx.openCache(cache);
    ui::Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QString exported = dir.filePath(QStringLiteral("drawings.geojson"));
    {
        ui::MapPanel panel(ctx);
        panel.resize(1200, 800);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        REQUIRE(waitFor([&] { return !panel.isBusy() && panel.mapWidget()->points(); }));
        ui::MapWidget* map = panel.mapWidget();
        map->view().setZoom(16);
        map->view().setCenter({ 121.51, 31.21 });
        map->repaint();
        map->setFocus();
        auto at = [&](double lon, double lat) { return map->view().toScreen({ lon, lat }).toPoint(); };

        // A road: the tool by its key, three clicks, a drag in between that pans instead of adding a point,
        // Backspace drops a stray point, double-click finishes.
        QTest::keyClick(map, Qt::Key_D);
        REQUIRE(map->tool() == ui::MapWidget::Tool::DrawLine);
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.505, 31.208));
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.510, 31.209));
        const QPointF centreBefore = map->view().center();
        const QPoint from = at(121.512, 31.212);
        QTest::mousePress(map, Qt::LeftButton, {}, from);
        QTest::mouseMove(map, from + QPoint(20, 0));
        QTest::mouseMove(map, from + QPoint(40, 0));
        QTest::mouseRelease(map, Qt::LeftButton, {}, from + QPoint(40, 0));
        CHECK(map->view().center().x() < centreBefore.x()); // dragged right: the map moved
        CHECK(map->draft().size() == 2);
        map->view().setCenter(centreBefore);
        map->repaint();
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.530, 31.230)); // stray
        CHECK(map->draft().size() == 3);
        QTest::keyClick(map, Qt::Key_Backspace);
        CHECK(map->draft().size() == 2);
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.515, 31.209));
        QTest::mouseDClick(map, Qt::LeftButton, {}, at(121.515, 31.209));
        REQUIRE(panel.overlays()->overlays().size() == 1);
        const map::Overlay road = panel.overlays()->overlays()[0];
        CHECK(road.kind == map::OverlayKind::Road);
        REQUIRE(road.geometry.lines.size() == 1);
        REQUIRE(road.geometry.lines[0].size() == 3); // the double-click did not add a fourth point
        CHECK(road.geometry.lines[0][0].x() == Approx(121.505).margin(2e-5));
        CHECK(road.geometry.lines[0][2].y() == Approx(31.209).margin(2e-5));
        CHECK(panel.selectedShape() == road.id);
        CHECK(map->draft().isEmpty());

        // A building: Enter finishes; too few corners do not.
        QTest::keyClick(map, Qt::Key_B);
        REQUIRE(map->tool() == ui::MapWidget::Tool::DrawPolygon);
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.508, 31.211));
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.509, 31.211));
        QTest::keyClick(map, Qt::Key_Return);
        CHECK(panel.overlays()->overlays().size() == 1);
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.509, 31.212));
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.508, 31.212));
        QTest::keyClick(map, Qt::Key_Return);
        REQUIRE(panel.overlays()->overlays().size() == 2);
        const map::Overlay building = panel.overlays()->overlays()[1];
        CHECK(building.kind == map::OverlayKind::Building);
        REQUIRE(building.geometry.polygons.size() == 1);
        CHECK(building.geometry.polygons[0][0].size() == 5); // closed ring

        // Esc throws away a half-drawn shape.
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.502, 31.202));
        QTest::keyClick(map, Qt::Key_Escape);
        CHECK(map->draft().isEmpty());
        CHECK(panel.overlays()->overlays().size() == 2);

        // A second Esc leaves the drawing tool; the buttons follow.
        QTest::keyClick(map, Qt::Key_Escape);
        CHECK(map->tool() == ui::MapWidget::Tool::Click);
        for (QAction* a : panel.actions())
            if (a->objectName() == QStringLiteral("draw-building"))
                CHECK_FALSE(a->isChecked());

        // A marker is one click.
        QTest::keyClick(map, Qt::Key_M);
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.506, 31.213));
        REQUIRE(panel.overlays()->overlays().size() == 3);
        CHECK(panel.overlays()->overlays()[2].kind == map::OverlayKind::Marker);
        CHECK(panel.overlays()->undoStack()->count() == 3);

        // Ctrl+Z takes the marker away, Ctrl+Y brings it back (the panel's shortcuts).
        QTest::keyClick(map, Qt::Key_Z, Qt::ControlModifier);
        CHECK(panel.overlays()->overlays().size() == 2);
        QTest::keyClick(map, Qt::Key_Y, Qt::ControlModifier);
        CHECK(panel.overlays()->overlays().size() == 3);

        // Back to the click tool: clicking the building selects it (and the enterprises inside).
        QTest::keyClick(map, Qt::Key_V);
        REQUIRE(map->tool() == ui::MapWidget::Tool::Click);
        map->repaint();
        QTest::mouseClick(map, Qt::LeftButton, {}, at(121.5085, 31.2115));
        CHECK(panel.selectedShape() == building.id);
        // Typing a name: letters that are tool shortcuts (B, D, K, M) go into the text; Enter commits.
        panel.shapeNameEdit()->setFocus();
        panel.shapeNameEdit()->selectAll();
        QTest::keyClicks(panel.shapeNameEdit(), QStringLiteral("Block DKM"));
        QTest::keyClick(panel.shapeNameEdit(), Qt::Key_Return);
        CHECK(panel.overlays()->overlays()[1].name == QStringLiteral("Block DKM"));
        CHECK(map->tool() == ui::MapWidget::Tool::Click);
        // Rename and recolour it through the editor: one undo step each.
        panel.shapeNameEdit()->setText(QStringLiteral("3号楼（规划）"));
        QMetaObject::invokeMethod(panel.shapeNameEdit(), "editingFinished");
        CHECK(panel.overlays()->overlays()[1].name == QStringLiteral("3号楼（规划）"));
        const int blue = panel.shapeColourBox()->findText(QStringLiteral("Blue"));
        REQUIRE(blue >= 0);
        panel.shapeColourBox()->setCurrentIndex(blue);
        emit panel.shapeColourBox()->activated(blue);
        CHECK(panel.overlays()->overlays()[1].stroke == QColor(0x15, 0x65, 0xc0));
        const int park = panel.shapeKindBox()->findData(int(map::OverlayKind::Park));
        REQUIRE(park >= 0);
        CHECK(panel.shapeKindBox()->count() == 3); // park, building, other area: polygons only
        panel.shapeKindBox()->setCurrentIndex(park);
        emit panel.shapeKindBox()->activated(park);
        CHECK(panel.overlays()->overlays()[1].kind == map::OverlayKind::Park);
        CHECK(panel.overlays()->undoStack()->count() == 7);
        panel.undoAction()->trigger();
        CHECK(panel.overlays()->overlays()[1].kind == map::OverlayKind::Building);

        // Del deletes the selected shape; clicking empty ground deselects.
        map->setFocus();
        QTest::keyClick(map, Qt::Key_Delete);
        CHECK(panel.overlays()->overlays().size() == 2);
        CHECK(panel.selectedShape() == 0);
        QTest::keyClick(map, Qt::Key_Z, Qt::ControlModifier);
        REQUIRE(panel.overlays()->overlays().size() == 3);
        CHECK(panel.overlays()->overlays()[1].name == QStringLiteral("3号楼（规划）"));

        // Export as GeoJSON, WGS-84.
        REQUIRE(panel.exportGeoJson(exported));
        panel.saveState(settings);
    }
    QFile f(exported);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject fc = QJsonDocument::fromJson(f.readAll()).object();
    REQUIRE(fc.value(QStringLiteral("features")).toArray().size() == 3);
    CHECK(fc.value(QStringLiteral("features"))
              .toArray()[1]
              .toObject()
              .value(QStringLiteral("properties"))
              .toObject()
              .value(QStringLiteral("name"))
              .toString()
        == QStringLiteral("3号楼（规划）"));

    // The cache's parks export too.
    {
        ui::MapPanel parks(ctx);
        REQUIRE(waitFor([&] { return !parks.isBusy() && parks.mapWidget()->points(); }));
        const QString parkFile = dir.filePath(QStringLiteral("parks.geojson"));
        REQUIRE(parks.exportGeoJson(parkFile, QStringLiteral("park")));
        QFile pf(parkFile);
        REQUIRE(pf.open(QIODevice::ReadOnly));
        const QJsonArray pfs
            = QJsonDocument::fromJson(pf.readAll()).object().value(QStringLiteral("features")).toArray();
        REQUIRE(pfs.size() == 1);
        CHECK(pfs[0].toObject().value(QStringLiteral("id")).toString() == QStringLiteral("P1"));
        CHECK(pfs[0]
                  .toObject()
                  .value(QStringLiteral("properties"))
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toString()
            == QStringLiteral("张江测试园"));
    }

    // "Restart": a new context and panel on the same cache shows the same shapes.
    ui::AppContext ctx2;
    ctx2.openCache(cache);
    ui::MapPanel again(ctx2);
    again.restoreState(settings);
    REQUIRE(waitFor([&] { return !again.isBusy() && again.mapWidget()->points(); }));
    REQUIRE(again.overlays()->overlays().size() == 3);
    CHECK(again.overlays()->overlays()[0].kind == map::OverlayKind::Road);
    CHECK(again.overlays()->overlays()[1].name == QStringLiteral("3号楼（规划）"));
    CHECK(again.overlays()->overlays()[1].stroke == QColor(0x15, 0x65, 0xc0));
    CHECK(again.overlays()->undoStack()->count() == 0);
}

TEST_CASE("map panel: drawing on a GCJ-02 base map stores WGS-84", "[map][panel][draw]")
{
    QTemporaryDir dir;
    ui::AppContext ctx;
    ui::MapPanel panel(ctx);
    panel.resize(900, 700);
    panel.show();
    ui::MapWidget* map = panel.mapWidget();
    map->view().setCrs(map::Crs::Gcj02);
    map->view().setZoom(17);
    map->view().setCenter({ 121.50, 31.20 });
    map->repaint();
    panel.startDrawing(map::OverlayKind::Marker);
    // Where a WGS-84 point is drawn on the shifted (GCJ-02) tiles.
    const QPoint s = map->view().toScreen({ 121.5012, 31.2006 }).toPoint();
    QTest::mouseClick(map, Qt::LeftButton, {}, s);
    REQUIRE(panel.overlays()->overlays().size() == 1);
    const QPointF stored = panel.overlays()->overlays()[0].geometry.points[0];
    // Within a pixel (~1 m at zoom 17) of the WGS-84 point, not ~500 m off as raw GCJ-02 would be.
    CHECK(stored.x() == Approx(121.5012).margin(2e-5));
    CHECK(stored.y() == Approx(31.2006).margin(2e-5));
}

TEST_CASE(
    "map panel: colour by industry division and class with a legend of the top ones", "[map][panel][colour]")
{
    QTemporaryDir dir;
    ui::AppContext ctx;
    const QString cache = makeCache(dir);
    {
        auto db = store::Cache::open(cache);
        db.exec("UPDATE enterprises SET industry_code = '3922' WHERE industry_section = 'C'");
        db.exec("UPDATE enterprises SET industry_code = '6513' WHERE industry_section = 'I'");
    }
    ctx.openCache(cache);
    ui::MapPanel panel(ctx);
    panel.resize(1000, 700);
    panel.show();
    REQUIRE(waitFor([&] { return !panel.isBusy() && panel.mapWidget()->points(); }));
    QComboBox* by = panel.colourByBox();
    const int division = by->findData(int(map::ColourBy::IndustryDivision));
    REQUIRE(division >= 0);
    REQUIRE(by->findData(int(map::ColourBy::IndustryClass)) >= 0);
    REQUIRE(by->findData(int(map::ColourBy::Risk)) >= 0);
    by->setCurrentIndex(division);
    emit by->activated(division);
    REQUIRE(waitFor([&] { return !panel.isBusy(); }));
    // 20 × C (39), 10 × I (65), 5 × F without a code.
    QStringList rows;
    for (int i = 0; i < panel.legend()->count(); ++i)
        rows << panel.legend()->item(i)->text();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].startsWith(QStringLiteral("39 ")));
    CHECK(rows[0].endsWith(QStringLiteral("(20)")));
    CHECK(rows[1].startsWith(QStringLiteral("65 ")));
    CHECK(rows[2].endsWith(QStringLiteral("(5)")));
    // The points are coloured by the same mapping.
    CHECK(panel.mapWidget()->points()->pointCategory(0) == 1); // an "I" enterprise → 65, rank 1
    CHECK(panel.mapWidget()->points()->pointCategory(10) == 0);
}

TEST_CASE(
    "map panel: shapes drawn before a cache is open are saved into it when it opens", "[map][panel][draw]")
{
    QTemporaryDir dir;
    ui::AppContext ctx;
    ui::MapPanel panel(ctx);
    panel.resize(900, 700);
    panel.show();
    ui::MapWidget* map = panel.mapWidget();
    map->view().setZoom(15);
    map->view().setCenter({ 121.51, 31.21 });
    map->repaint();
    panel.startDrawing(map::OverlayKind::Marker);
    QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(300, 300));
    REQUIRE(panel.overlays()->overlays().size() == 1);
    CHECK(panel.overlays()->cachePath().isEmpty());

    const QString cache = makeCache(dir);
    ctx.openCache(cache);
    REQUIRE(waitFor([&] { return !panel.isBusy() && panel.mapWidget()->points(); }));
    REQUIRE(panel.overlays()->overlays().size() == 1);
    CHECK(panel.overlays()->cachePath() == cache);
    const map::MapData reread = map::MapData::load(cache);
    CHECK(reread.overlays.size() == 1);
}

TEST_CASE(
    "map panel: dragging a vertex of the selected shape reshapes it, one undo step", "[map][panel][draw]")
{
    ui::AppContext ctx;
    ui::MapPanel panel(ctx);
    panel.resize(900, 700);
    panel.show();
    ui::MapWidget* map = panel.mapWidget();
    map->view().setCrs(map::Crs::Gcj02); // vertices stay WGS-84 on a shifted base map
    map->view().setZoom(17);
    map->view().setCenter({ 121.50, 31.20 });
    // A drawn park: a closed ring.
    const QList<QPointF> ring { { 121.499, 31.199 }, { 121.501, 31.199 }, { 121.501, 31.201 },
        { 121.499, 31.201 }, { 121.499, 31.199 } };
    map::Feature park;
    park.type = map::Feature::Type::Polygon;
    park.polygons = { { ring } };
    const qint64 id
        = panel.overlays()->add(map::Overlay::make(map::OverlayKind::Park, park, QStringLiteral("一期")));
    panel.selectShape(id);
    map->repaint();
    const auto corner = [&] { return panel.overlays()->overlays()[0].geometry.polygons[0][0][0]; };

    // Drag the first corner: it moves, and so does the ring's closing vertex.
    const QPoint from = map->view().toScreen(ring[0]).toPoint();
    const QPointF target { 121.4985, 31.1985 };
    const QPoint to = map->view().toScreen(target).toPoint();
    QTest::mousePress(map, Qt::LeftButton, {}, from);
    QTest::mouseMove(map, from + QPoint(10, 10));
    QTest::mouseMove(map, to);
    QTest::mouseRelease(map, Qt::LeftButton, {}, to);
    const QList<QPointF> moved = panel.overlays()->overlays()[0].geometry.polygons[0][0];
    CHECK(moved[0].x() == Approx(target.x()).margin(2e-5));
    CHECK(moved[0].y() == Approx(target.y()).margin(2e-5));
    CHECK(moved.last() == moved[0]);
    CHECK(moved[1] == ring[1]);
    CHECK(panel.overlays()->layer().features()[0].bounds.left() < 121.499); // the box follows
    CHECK(map->view().center().x() == Approx(121.50).margin(1e-9)); // the map itself did not pan

    panel.undoAction()->trigger();
    CHECK(corner() == ring[0]);
    panel.redoAction()->trigger();
    CHECK(corner().x() == Approx(target.x()).margin(2e-5));
    panel.undoAction()->trigger();

    // Esc while dragging puts the vertex back; nothing is recorded.
    QTest::mousePress(map, Qt::LeftButton, {}, from);
    QTest::mouseMove(map, from + QPoint(10, 10));
    QTest::mouseMove(map, to);
    QTest::keyClick(map, Qt::Key_Escape);
    QTest::mouseRelease(map, Qt::LeftButton, {}, to);
    CHECK(corner() == ring[0]);
    CHECK(panel.overlays()->undoStack()->index() == 1); // the add only

    // Away from any vertex a drag pans the map as before.
    const QPoint middle = map->view().toScreen({ 121.500, 31.200 }).toPoint();
    QTest::mousePress(map, Qt::LeftButton, {}, middle);
    QTest::mouseMove(map, middle + QPoint(10, 10));
    QTest::mouseMove(map, middle + QPoint(40, 30));
    QTest::mouseRelease(map, Qt::LeftButton, {}, middle + QPoint(40, 30));
    CHECK(corner() == ring[0]);
    CHECK(map->view().center().x() < 121.50 - 1e-4); // dragged right by 40 px: the centre moves west
}
