#include "core/map/tilemath.h"

#include <catch2/catch.hpp>

using namespace dj::map;

TEST_CASE("tile maths: lon/lat to world pixels and tiles", "[map][tilemath]")
{
    const QPointF origin = TileMath::lonLatToWorld({ 0, 0 }, 0);
    CHECK(origin.x() == Approx(128));
    CHECK(origin.y() == Approx(128));
    CHECK(TileMath::worldSize(2.5) == Approx(256 * 5.656854249));

    // Reference tiles computed with the OSM wiki formula (slippy map tilenames).
    const TileId beijing = TileMath::tileAt({ 116.397, 39.909 }, 10);
    CHECK(beijing.x == 843);
    CHECK(beijing.y == 388);
    const TileId shanghai = TileMath::tileAt({ 121.4737, 31.2304 }, 15);
    CHECK(shanghai.x == 27440);
    CHECK(shanghai.y == 13389);
    const TileId berlin = TileMath::tileAt({ 13.377, 52.516 }, 17);
    CHECK(berlin.x == 70406);
    CHECK(berlin.y == 42988);
}

TEST_CASE("tile maths: round trips and edges", "[map][tilemath]")
{
    for (double z : { 0.0, 3.7, 12.25, 19.0 }) {
        const QPointF p(121.4737, 31.2304);
        const QPointF back = TileMath::worldToLonLat(TileMath::lonLatToWorld(p, z), z);
        CHECK(back.x() == Approx(p.x()).margin(1e-9));
        CHECK(back.y() == Approx(p.y()).margin(1e-9));
    }
    // Latitudes beyond the Mercator limit are clamped, not NaN.
    const QPointF pole = TileMath::lonLatToUnit(0, 90);
    CHECK(pole.y() == Approx(0).margin(1e-9));
    CHECK(TileMath::tileAt({ 180, -90 }, 3).x == 7);
    CHECK(TileMath::tileAt({ 180, -90 }, 3).y == 7);

    const QRectF b = TileMath::tileLonLatBounds({ 1, 0, 0 });
    CHECK(b.left() == Approx(-180));
    CHECK(b.right() == Approx(0));
    CHECK(b.bottom() == Approx(0).margin(1e-9));
    CHECK(b.top() == Approx(TileMath::kMaxLatitude));
}

TEST_CASE("tile maths: TMS rows, scale and distance", "[map][tilemath]")
{
    CHECK(TileMath::flipY(0, 0) == 0);
    CHECK(TileMath::flipY(0, 3) == 7);
    CHECK(TileMath::flipY(TileMath::flipY(5, 4), 4) == 5);
    CHECK(TileMath::metresPerPixel(0, 0) == Approx(156543.03).epsilon(1e-6));
    CHECK(TileMath::metresPerPixel(60, 1) == Approx(156543.03 / 4).epsilon(1e-6));
    // Beijing Tiananmen to Shanghai People's Square: about 1,067 km.
    CHECK(
        TileMath::distanceMetres({ 116.397, 39.909 }, { 121.4737, 31.2304 }) == Approx(1067e3).epsilon(0.01));
}
