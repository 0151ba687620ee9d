#include "core/map/mapview.h"
#include "core/map/tilemath.h"

#include <catch2/catch.hpp>

using namespace dj::map;

TEST_CASE("map view: cursor-anchored fractional zoom and panning", "[map][view]")
{
    MapView v;
    v.setSize({ 1200, 800 });
    v.setCenter({ 121.47, 31.23 });
    v.setZoom(12.3);
    const QPointF cursor(900, 150);
    const QPointF under = v.toLonLat(cursor);
    v.zoomAt(cursor, 14.85);
    CHECK(v.zoom() == Approx(14.85));
    const QPointF after = v.toScreen(under);
    CHECK(after.x() == Approx(cursor.x()).margin(1e-6));
    CHECK(after.y() == Approx(cursor.y()).margin(1e-6));

    const QPointF before = v.toScreen({ 121.47, 31.23 });
    v.panBy({ 30, -20 });
    const QPointF moved = v.toScreen({ 121.47, 31.23 });
    CHECK(moved.x() - before.x() == Approx(30));
    CHECK(moved.y() - before.y() == Approx(-20));

    v.setZoomRange(2, 18);
    v.zoomAt(cursor, 25);
    CHECK(v.zoom() == 18);
}

TEST_CASE("map view: data shifted into a GCJ-02 base layer and back", "[map][view]")
{
    MapView v;
    v.setSize({ 800, 600 });
    v.setZoom(16);
    v.setCenter({ 121.47, 31.23 });
    const QPointF wgsScreen = v.toScreen({ 121.47, 31.23 });
    CHECK(wgsScreen.x() == Approx(400));
    v.setCrs(Crs::Gcj02);
    // The centre is kept (in WGS-84) when the frame changes.
    CHECK(TileMath::distanceMetres(v.center(), { 121.47, 31.23 }) < 0.5);
    // Round trip screen → lon/lat → screen in the shifted frame is exact to well under a metre.
    const QPointF ll = v.toLonLat({ 123, 456 });
    const QPointF back = v.toScreen(ll);
    CHECK(back.x() == Approx(123).margin(0.3));
    CHECK(back.y() == Approx(456).margin(0.3));
    // The GCJ-02 frame puts the same WGS point several hundred metres (≈ 200+ px at z16) elsewhere in tile
    // space.
    const QPointF gcj = MapView::toCrs({ 121.47, 31.23 }, Crs::Gcj02);
    CHECK(TileMath::distanceMetres(gcj, { 121.47, 31.23 }) > 300);
    // The data query box in WGS-84 still covers the screen corners.
    const QRectF box = v.dataUnitBox();
    for (QPointF corner : { QPointF(0, 0), QPointF(800, 600) }) {
        const QPointF w = v.toLonLat(corner);
        CHECK(box.contains(TileMath::lonLatToUnit(w.x(), w.y())));
    }
}

TEST_CASE("map view: fitting a box", "[map][view]")
{
    MapView v;
    v.setSize({ 1000, 700 });
    const QRectF park(QPointF(121.58, 31.19), QPointF(121.61, 31.22));
    v.fitLonLatBox(park, 40);
    const QPointF a = v.toScreen({ 121.58, 31.19 });
    const QPointF b = v.toScreen({ 121.61, 31.22 });
    CHECK(a.x() >= 39);
    CHECK(b.x() <= 961);
    CHECK(b.y() >= 39);
    CHECK(a.y() <= 661);
    CHECK(v.zoom() > 12);
}
