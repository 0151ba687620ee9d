#include "core/map/maperror.h"
#include "core/map/mapview.h"
#include "core/map/overlay.h"
#include "core/map/overlaydocument.h"
#include "core/map/overlaystore.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "tests/support/testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace dj;
using namespace dj::map;

namespace {

Feature line(QList<QPointF> pts)
{
    Feature f;
    f.type = Feature::Type::Line;
    f.lines << pts;
    return f;
}

Feature square(double lon, double lat, double size)
{
    Feature f;
    f.type = Feature::Type::Polygon;
    f.polygons << Geometry::Polygon { { { lon, lat }, { lon + size, lat }, { lon + size, lat + size },
        { lon, lat + size }, { lon, lat } } };
    return f;
}

Feature point(double lon, double lat)
{
    Feature f;
    f.type = Feature::Type::Point;
    f.points << QPointF(lon, lat);
    return f;
}

QString newCache(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("o.djcache"));
    store::Cache::createFresh(path);
    return path;
}

QList<Overlay> loadFrom(const QString& path)
{
    const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
    return OverlayStore::load(db);
}

} // namespace

TEST_CASE("overlay: GeoJSON geometry written and read back exactly", "[map][overlay]")
{
    // Coordinates with many digits survive the text round trip bit for bit.
    const Feature road = line({ { 121.50512345678901, 31.20498765432109 }, { 121.5123, 31.2077 } });
    const Overlay o = Overlay::make(OverlayKind::Road, road, QStringLiteral("科苑路"));
    const Feature back = VectorLayer::parseGeometry(QJsonDocument::fromJson(o.geometryJson()).object());
    REQUIRE(back.type == Feature::Type::Line);
    REQUIRE(back.lines.size() == 1);
    CHECK(back.lines[0] == road.lines[0]);

    // Polygons are written with a closed ring even when drawn open.
    Feature open;
    open.type = Feature::Type::Polygon;
    open.polygons << Geometry::Polygon { { { 1, 1 }, { 2, 1 }, { 2, 2 } } };
    const QJsonObject g = Overlay::geometryToJson(open);
    CHECK(g.value(QStringLiteral("type")).toString() == QStringLiteral("Polygon"));
    const QJsonArray ring = g.value(QStringLiteral("coordinates")).toArray()[0].toArray();
    CHECK(ring.size() == 4);
    CHECK(ring.first() == ring.last());

    CHECK(Overlay::geometryToJson(point(121, 31)).value(QStringLiteral("type")).toString()
        == QStringLiteral("Point"));
}

TEST_CASE("overlay: kinds, default looks and style JSON", "[map][overlay]")
{
    for (OverlayKind k : { OverlayKind::Marker, OverlayKind::Road, OverlayKind::Line, OverlayKind::Park,
             OverlayKind::Building, OverlayKind::Area }) {
        CHECK(Overlay::kindFromKey(Overlay::kindKey(k)) == k);
        CHECK(Overlay::kindsFor(Overlay::geometryType(k)).contains(k));
        CHECK_FALSE(Overlay::kindName(k).isEmpty());
    }
    CHECK_FALSE(Overlay::kindFromKey(u"volcano").has_value());
    CHECK(Overlay::kindsFor(Feature::Type::Polygon).size() == 3);

    Overlay o = Overlay::make(OverlayKind::Building, square(121.5, 31.2, 0.001), QStringLiteral("1号楼"));
    CHECK(o.stroke == Overlay::defaultColour(OverlayKind::Building));
    o.setColour(QColor(0x15, 0x65, 0xc0));
    o.width = 3.5;
    Overlay copy = Overlay::make(OverlayKind::Building, o.geometry);
    copy.setStyleJson(o.styleJson());
    CHECK(copy.stroke == o.stroke);
    CHECK(copy.fill == o.fill);
    CHECK(copy.width == 3.5);
    // Malformed style keeps the kind's look instead of failing.
    copy.setStyleJson("{not json");
    CHECK(copy.stroke == Overlay::defaultColour(OverlayKind::Building));
    copy.setStyleJson(R"({"stroke":"banana","width":-4})");
    CHECK(copy.stroke == Overlay::defaultColour(OverlayKind::Building));
    CHECK(copy.width > 0);

    // The renderer's feature carries the shape's own style and its name as label.
    const Feature f = o.toFeature();
    REQUIRE(f.style);
    CHECK(f.style->stroke == o.stroke);
    CHECK(f.label == QStringLiteral("1号楼"));
}

TEST_CASE("overlay: export and import GeoJSON round trip, bad files refused whole", "[map][overlay]")
{
    QList<Overlay> shapes;
    shapes << Overlay::make(
        OverlayKind::Road, line({ { 121.50, 31.20 }, { 121.52, 31.21 } }), QStringLiteral("科苑路"));
    shapes << Overlay::make(OverlayKind::Park, square(121.50, 31.20, 0.02), QStringLiteral("张江园"));
    shapes << Overlay::make(OverlayKind::Marker, point(121.51, 31.21), QStringLiteral("服务中心"));
    shapes[1].setColour(QColor(0x6a, 0x1b, 0x9a));
    const QByteArray json = Overlay::exportGeoJson(shapes);
    const QList<Overlay> back = Overlay::importGeoJson(json);
    REQUIRE(back.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(back[i].kind == shapes[i].kind);
        CHECK(back[i].name == shapes[i].name);
        CHECK(back[i].stroke == shapes[i].stroke);
        CHECK(back[i].fill == shapes[i].fill);
        CHECK(Overlay::geometryToJson(back[i].geometry) == Overlay::geometryToJson(shapes[i].geometry));
    }

    // A foreign file: kinds from the geometry, names from the usual properties.
    const QList<Overlay> foreign = Overlay::importGeoJson(R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"名称":"规划地块"},"geometry":{"type":"Polygon",
         "coordinates":[[[121.5,31.2],[121.51,31.2],[121.51,31.21],[121.5,31.2]]]}},
        {"type":"Feature","properties":{"kind":"park"},"geometry":{"type":"LineString",
         "coordinates":[[121.5,31.2],[121.51,31.2]]}}]})");
    REQUIRE(foreign.size() == 2);
    CHECK(foreign[0].kind == OverlayKind::Area);
    CHECK(foreign[0].name == QStringLiteral("规划地块"));
    CHECK(foreign[1].kind == OverlayKind::Line); // "park" does not fit a line: the geometry decides

    // One bad feature refuses the file and says which one.
    try {
        Overlay::importGeoJson(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[121.5,31.2]}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[500,31.2]}}]})");
        FAIL("imported an out-of-range position");
    } catch (const MapError& e) {
        CHECK(e.message().contains(QStringLiteral("2")));
    }
    CHECK_THROWS_AS(Overlay::importGeoJson("[1,2"), MapError);
    CHECK_THROWS_AS(Overlay::importGeoJson(R"({"type":"FeatureCollection","features":[]})"), MapError);
}

TEST_CASE("overlay store: shapes round trip through the cache", "[map][overlay][store]")
{
    QTemporaryDir dir;
    const QString path = newCache(dir);
    Overlay road
        = Overlay::make(OverlayKind::Road, line({ { 121.5, 31.2 }, { 121.6, 31.3 } }), QStringLiteral("路"));
    Overlay park = Overlay::make(OverlayKind::Park, square(121.5, 31.2, 0.01), QStringLiteral("园"));
    park.setColour(QColor(0x00, 0x89, 0x7b));
    qint64 roadId = 0, parkId = 0;
    {
        store::Database db = store::Cache::open(path, store::Cache::Access::ReadWrite);
        roadId = OverlayStore::put(db, road);
        parkId = OverlayStore::put(db, park);
        CHECK(roadId > 0);
        CHECK(parkId > roadId);
        // A broken row (written by hand) is skipped and counted, not fatal.
        db.exec(
            "INSERT INTO map_overlays(name, kind, geometry) VALUES ('坏', 'park', '{\"type\":\"Point\"}')");
    }
    qint64 bad = 0;
    const QList<Overlay> loaded = [&] {
        const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
        return OverlayStore::load(db, &bad);
    }();
    CHECK(bad == 1);
    REQUIRE(loaded.size() == 2);
    CHECK(loaded[0].id == roadId);
    CHECK(loaded[0].kind == OverlayKind::Road);
    CHECK(loaded[0].name == QStringLiteral("路"));
    CHECK(loaded[0].geometry.lines == road.geometry.lines);
    CHECK(loaded[1].stroke == park.stroke);
    CHECK(loaded[1].fill == park.fill);
    CHECK(loaded[1].created.toString(Qt::ISODate) == park.created.toString(Qt::ISODate));
    CHECK(loaded[1].geometry.bounds == park.geometry.bounds);

    // put() with an id replaces; remove() deletes.
    Overlay renamed = loaded[0];
    renamed.name = QStringLiteral("新路");
    {
        store::Database db = store::Cache::open(path, store::Cache::Access::ReadWrite);
        OverlayStore::put(db, renamed);
        OverlayStore::remove(db, parkId);
    }
    const QList<Overlay> after = loadFrom(path);
    REQUIRE(after.size() == 1);
    CHECK(after[0].name == QStringLiteral("新路"));
}

TEST_CASE("overlay document: each action is one undo step and is saved", "[map][overlay][undo]")
{
    QTemporaryDir dir;
    const QString path = newCache(dir);
    OverlayDocument doc;
    doc.reset({}, path);
    QSignalSpy changed(&doc, &OverlayDocument::changed);
    QSignalSpy problems(&doc, &OverlayDocument::problem);

    const qint64 road = doc.add(
        Overlay::make(OverlayKind::Road, line({ { 121.5, 31.2 }, { 121.6, 31.2 } }), QStringLiteral("A路")));
    const qint64 park
        = doc.add(Overlay::make(OverlayKind::Park, square(121.5, 31.2, 0.01), QStringLiteral("B园")));
    CHECK(doc.undoStack()->count() == 2);
    CHECK(doc.overlays().size() == 2);
    CHECK(doc.layer().features().size() == 2);
    CHECK(doc.layer().features()[1].label == QStringLiteral("B园"));
    CHECK(loadFrom(path).size() == 2);

    // Rename and recolour: one step each; the geometry type cannot change.
    Overlay edit = doc.overlays()[doc.indexOf(park)];
    edit.name = QStringLiteral("B园（一期）");
    CHECK(doc.edit(edit));
    CHECK_FALSE(doc.edit(edit)); // nothing changed: no step
    Overlay wrongType = doc.overlays()[doc.indexOf(road)];
    wrongType.kind = OverlayKind::Building;
    CHECK_FALSE(doc.edit(wrongType));
    Overlay asBuilding = doc.overlays()[doc.indexOf(park)];
    asBuilding.kind = OverlayKind::Building;
    asBuilding.setColour(QColor(0x5d, 0x40, 0x37));
    CHECK(doc.edit(asBuilding));
    CHECK(doc.undoStack()->count() == 4);
    CHECK(loadFrom(path)[1].kind == OverlayKind::Building);
    CHECK(loadFrom(path)[1].name == QStringLiteral("B园（一期）"));

    // Delete, then undo everything step by step; the cache follows each step.
    CHECK(doc.remove(road));
    CHECK_FALSE(doc.remove(road));
    CHECK(doc.overlays().size() == 1);
    CHECK(loadFrom(path).size() == 1);
    doc.undoStack()->undo(); // delete undone: the road is back in its place
    REQUIRE(doc.overlays().size() == 2);
    CHECK(doc.overlays()[0].id == road);
    CHECK(loadFrom(path).size() == 2);
    doc.undoStack()->undo(); // kind change undone
    CHECK(doc.overlays()[1].kind == OverlayKind::Park);
    CHECK(loadFrom(path)[1].kind == OverlayKind::Park);
    doc.undoStack()->undo(); // rename undone
    CHECK(doc.overlays()[1].name == QStringLiteral("B园"));
    doc.undoStack()->undo(); // the park was never drawn
    CHECK(doc.overlays().size() == 1);
    CHECK(loadFrom(path).size() == 1);
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    CHECK(doc.overlays().size() == 2);
    CHECK(doc.overlays()[1].name == QStringLiteral("B园（一期）"));
    CHECK(loadFrom(path)[1].name == QStringLiteral("B园（一期）"));
    CHECK(doc.overlays()[1].id == park); // the same row came back

    // Import: many shapes, one step.
    QList<Overlay> imported;
    for (int i = 0; i < 3; ++i)
        imported << Overlay::make(OverlayKind::Marker, point(121.5 + i * 0.001, 31.2));
    CHECK(doc.addAll(imported, QStringLiteral("pois.geojson")).size() == 3);
    CHECK(doc.overlays().size() == 5);
    CHECK(doc.undoStack()->undoText().contains(QStringLiteral("pois.geojson")));
    doc.undoStack()->undo();
    CHECK(doc.overlays().size() == 2);
    CHECK(loadFrom(path).size() == 2);
    CHECK(problems.isEmpty());
    CHECK(changed.size() > 10);

    // After "restart": a new document from the cache has the same shapes; the history starts empty.
    OverlayDocument again;
    again.reset(loadFrom(path), path);
    REQUIRE(again.overlays().size() == 2);
    CHECK(again.overlays()[1].name == QStringLiteral("B园（一期）"));
    CHECK(again.undoStack()->count() == 0);
    // New ids never collide with saved ones.
    const qint64 next = again.add(Overlay::make(OverlayKind::Marker, point(121.5, 31.2)));
    CHECK(next > park);
    CHECK(loadFrom(path).size() == 3);
}

TEST_CASE("overlay document: a failed write keeps the shape and says so", "[map][overlay]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.djcache"));
    OverlayDocument doc;
    doc.reset({}, path); // the cache file does not exist (moved away meanwhile)
    QSignalSpy problems(&doc, &OverlayDocument::problem);
    doc.add(Overlay::make(OverlayKind::Marker, point(121.5, 31.2), QStringLiteral("点")));
    CHECK(doc.overlays().size() == 1);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0][0].toString().contains(path));

    // Without a cache nothing is written and nothing complains.
    OverlayDocument memory;
    QSignalSpy quiet(&memory, &OverlayDocument::problem);
    memory.add(Overlay::make(OverlayKind::Marker, point(121.5, 31.2)));
    CHECK(memory.overlays().size() == 1);
    CHECK(quiet.isEmpty());
}

TEST_CASE("overlay hit testing uses each shape's own style", "[map][overlay][vector]")
{
    OverlayDocument doc;
    Overlay road = Overlay::make(OverlayKind::Road, line({ { 121.50, 31.20 }, { 121.52, 31.20 } }));
    doc.add(road);
    doc.add(Overlay::make(OverlayKind::Building, square(121.505, 31.205, 0.002)));
    doc.add(Overlay::make(OverlayKind::Marker, point(121.515, 31.21)));
    MapView view;
    view.setSize({ 800, 600 });
    view.setZoom(16);
    view.setCenter({ 121.51, 31.205 });
    const VectorLayer& layer = doc.layer();
    CHECK(layer.hitTest(view, view.toScreen({ 121.506, 31.206 })) == 1);
    CHECK(layer.hitTest(view, view.toScreen({ 121.51, 31.20 }) + QPointF(0, 5)) == 0); // a 4 px road
    CHECK(layer.hitTest(view, view.toScreen({ 121.51, 31.20 }) + QPointF(0, 12)) == -1);
    CHECK(layer.hitTest(view, view.toScreen({ 121.515, 31.21 }) + QPointF(7, 0)) == 2); // 6 px marker
    CHECK(layer.hitTest(view, view.toScreen({ 121.509, 31.209 })) == -1);

    // Drawn on a GCJ-02 base map: stored WGS-84, hit where it is drawn in the shifted frame.
    view.setCrs(Crs::Gcj02);
    CHECK(layer.hitTest(view, view.toScreen({ 121.506, 31.206 })) == 1);
    const QPointF wgs = view.toLonLat(view.toScreen({ 121.506, 31.206 }));
    CHECK(wgs.x() == Approx(121.506).margin(1e-7));
    CHECK(wgs.y() == Approx(31.206).margin(1e-7));
}

TEST_CASE("overlay document: a big import is one step, quick, and saved whole", "[map][overlay][undo]")
{
    QTemporaryDir dir;
    const QString path = newCache(dir);
    OverlayDocument doc;
    doc.reset({}, path);
    QList<Overlay> many;
    for (int i = 0; i < 5000; ++i)
        many << Overlay::make(
            OverlayKind::Marker, point(121.0 + i * 1e-4, 31.2), QStringLiteral("点%1").arg(i));
    QElapsedTimer t;
    t.start();
    doc.addAll(many, QStringLiteral("pois.geojson"));
    CHECK(t.elapsed() < 5000); // one rebuild and one transaction, not 5,000 of each
    CHECK(doc.overlays().size() == 5000);
    CHECK(loadFrom(path).size() == 5000);
    doc.undoStack()->undo();
    CHECK(doc.overlays().isEmpty());
    CHECK(loadFrom(path).isEmpty());
}
