#include "core/map/geometry.h"
#include "core/map/maperror.h"
#include "core/map/mapview.h"
#include "core/map/vectorlayer.h"

#include <catch2/catch.hpp>

using namespace dj::map;

TEST_CASE("geometry: point in polygon with a hole, distance to lines", "[map][geometry]")
{
    const Geometry::Ring outer { { 0, 0 }, { 10, 0 }, { 10, 10 }, { 0, 10 }, { 0, 0 } };
    const Geometry::Ring hole { { 4, 4 }, { 6, 4 }, { 6, 6 }, { 4, 6 }, { 4, 4 } };
    const Geometry::Polygon poly { outer, hole };
    CHECK(Geometry::pointInPolygon({ 1, 1 }, poly));
    CHECK_FALSE(Geometry::pointInPolygon({ 5, 5 }, poly));
    CHECK_FALSE(Geometry::pointInPolygon({ 11, 5 }, poly));
    CHECK(Geometry::pointInRing({ 5, 5 }, outer));
    // Concave ring (an L shape).
    const Geometry::Ring ell { { 0, 0 }, { 4, 0 }, { 4, 1 }, { 1, 1 }, { 1, 4 }, { 0, 4 } };
    CHECK(Geometry::pointInRing({ 0.5, 3 }, ell));
    CHECK_FALSE(Geometry::pointInRing({ 3, 3 }, ell));

    CHECK(Geometry::distanceToSegment({ 5, 3 }, { 0, 0 }, { 10, 0 }) == Approx(3));
    CHECK(Geometry::distanceToSegment({ -3, 4 }, { 0, 0 }, { 10, 0 }) == Approx(5));
    CHECK(Geometry::distanceToSegment({ 2, 2 }, { 1, 1 }, { 1, 1 }) == Approx(std::sqrt(2.0)));
    CHECK(Geometry::distanceToPolyline({ 5, 5 }, { { 0, 0 }, { 10, 0 }, { 10, 10 } }) == Approx(5));
}

namespace {
const QByteArray kCollection = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","id":"P1","properties":{"name":"张江科学城"},
  "geometry":{"type":"Polygon","coordinates":[[[121.58,31.19],[121.61,31.19],[121.61,31.22],[121.58,31.22],[121.58,31.19]]]}},
 {"type":"Feature","properties":{"name":"科苑路"},
  "geometry":{"type":"LineString","coordinates":[[121.55,31.25],[121.57,31.25]]}},
 {"type":"Feature","properties":{"name":"地铁站"},"geometry":{"type":"Point","coordinates":[121.50,31.30]}}
]})";
}

TEST_CASE("vector layer: GeoJSON features and hit testing", "[map][vector]")
{
    VectorLayer layer(QStringLiteral("parks"), {});
    layer.addGeoJson(kCollection, QStringLiteral("name"));
    REQUIRE(layer.features().size() == 3);
    CHECK(layer.features()[0].type == Feature::Type::Polygon);
    CHECK(layer.features()[0].label == QStringLiteral("张江科学城"));
    CHECK(layer.features()[0].id == QStringLiteral("P1"));
    CHECK(layer.features()[0].bounds.left() == Approx(121.58));
    CHECK(layer.features()[1].type == Feature::Type::Line);
    CHECK(layer.features()[2].type == Feature::Type::Point);

    MapView view;
    view.setSize({ 1000, 800 });
    view.setZoom(13);
    view.setCenter({ 121.56, 31.24 });
    CHECK(layer.hitTest(view, view.toScreen({ 121.595, 31.205 })) == 0);
    CHECK(layer.hitTest(view, view.toScreen({ 121.62, 31.205 })) == -1);
    // 3 px beside the road still hits it, 20 px does not.
    CHECK(layer.hitTest(view, view.toScreen({ 121.56, 31.25 }) + QPointF(0, 3)) == 1);
    CHECK(layer.hitTest(view, view.toScreen({ 121.56, 31.25 }) + QPointF(0, 20)) == -1);
    CHECK(layer.hitTest(view, view.toScreen({ 121.50, 31.30 }) + QPointF(4, 0)) == 2);
}

TEST_CASE("vector layer: malformed GeoJSON is refused whole", "[map][vector]")
{
    VectorLayer layer(QStringLiteral("x"), {});
    CHECK_THROWS_AS(layer.addGeoJson("{not json"), MapError);
    CHECK_THROWS_WITH(
        layer.addGeoJson(R"({"type":"Circle","coordinates":[1,2]})"), Catch::Contains("Circle"));
    CHECK_THROWS_WITH(
        layer.addGeoJson(R"({"type":"Point","coordinates":[200,2]})"), Catch::Contains("outside"));
    CHECK_THROWS_AS(layer.addGeoJson(R"({"type":"Polygon","coordinates":[[[1,2],[3,4]]]})"), MapError);
    // One bad feature in a collection: nothing of it is added.
    CHECK_THROWS_AS(layer.addGeoJson(R"({"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":["a",2]}}]})"),
        MapError);
    CHECK(layer.features().isEmpty());
    layer.addGeoJson(
        R"({"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]})");
    REQUIRE(layer.features().size() == 1);
    CHECK(layer.features()[0].polygons.size() == 2);
}

TEST_CASE("vector layer: written as GeoJSON and read back the same", "[map][vector]")
{
    VectorLayer layer(QStringLiteral("parks"), {});
    layer.addGeoJson(kCollection, QStringLiteral("name"));
    const QByteArray json = layer.toGeoJson();
    VectorLayer back(QStringLiteral("again"), {});
    back.addGeoJson(json, QStringLiteral("name"));
    REQUIRE(back.features().size() == layer.features().size());
    for (int i = 0; i < layer.features().size(); ++i) {
        const Feature& a = layer.features()[i];
        const Feature& b = back.features()[i];
        CHECK(a.type == b.type);
        CHECK(a.label == b.label);
        CHECK(a.id == b.id);
        CHECK(a.points == b.points);
        CHECK(a.lines == b.lines);
        CHECK(a.polygons == b.polygons);
        CHECK(VectorLayer::geometryToJson(a) == VectorLayer::geometryToJson(b));
    }
    // Multi-geometries keep their parts.
    Feature multi;
    multi.type = Feature::Type::Line;
    multi.lines << QList<QPointF> { { 1, 1 }, { 2, 2 } } << QList<QPointF> { { 3, 3 }, { 4, 4 } };
    const QJsonObject g = VectorLayer::geometryToJson(multi);
    CHECK(g.value(QStringLiteral("type")).toString() == QStringLiteral("MultiLineString"));
    CHECK(VectorLayer::parseGeometry(g).lines == multi.lines);
}
