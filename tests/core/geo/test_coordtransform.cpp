#include "core/geo/coordtransform.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <cmath>

using namespace dj::geo;

namespace {

CoordSystem sys(const QByteArray& name)
{
    const auto s = CoordTransform::parseSystem(QString::fromLatin1(name));
    REQUIRE(s.has_value());
    return *s;
}

} // namespace

TEST_CASE("published reference points (wandergis/coordtransform test/app.js)", "[geo][coord]")
{
    const LonLat p { 116.404, 39.915 };
    const LonLat bg = CoordTransform::bd09ToGcj02(p);
    CHECK(bg.lon == Approx(116.39762729119315).margin(1e-9));
    CHECK(bg.lat == Approx(39.90865673957631).margin(1e-9));
    const LonLat gb = CoordTransform::gcj02ToBd09(p);
    CHECK(gb.lon == Approx(116.41036949371029).margin(1e-9));
    CHECK(gb.lat == Approx(39.92133699351021).margin(1e-9));
    const LonLat wg = CoordTransform::wgs84ToGcj02(p);
    CHECK(wg.lon == Approx(116.41024449916938).margin(1e-9));
    CHECK(wg.lat == Approx(39.91640428150164).margin(1e-9));

    // The published inverse is the one-step approximation (116.39775550083061, 39.91359571849836); ours
    // iterates, so it must map back onto the input exactly and lie within a few metres of that value.
    const LonLat gw = CoordTransform::gcj02ToWgs84(p);
    const LonLat back = CoordTransform::wgs84ToGcj02(gw);
    CHECK(back.lon == Approx(p.lon).margin(1e-9));
    CHECK(back.lat == Approx(p.lat).margin(1e-9));
    CHECK(CoordTransform::distanceMetres(gw, { 116.39775550083061, 39.91359571849836 }) < 5.0);
    CHECK(CoordTransform::distanceMetres(gw, { 116.39775550083061, 39.91359571849836 }) > 0.0);
}

TEST_CASE("every row of the gcoord reference file agrees", "[geo][coord]")
{
    QFile file(dj::test::dataPath(QStringLiteral("geo/coord-reference.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    REQUIRE(lines.size() > 3000);
    int rows = 0;
    double worstForward = 0, worstInverse = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QList<QByteArray> f = lines.at(i).split(',');
        REQUIRE(f.size() == 6);
        const CoordSystem from = sys(f.at(0));
        const CoordSystem to = sys(f.at(1));
        const LonLat in { f.at(2).toDouble(), f.at(3).toDouble() };
        const LonLat expected { f.at(4).toDouble(), f.at(5).toDouble() };
        const LonLat got = CoordTransform::convert(in, from, to);
        const double err = std::max(std::abs(got.lon - expected.lon), std::abs(got.lat - expected.lat));
        // gcoord stops its inverse iteration at 1e-6°, ours at 1e-12°: inverses agree to that bound.
        const bool inverse = to == CoordSystem::Wgs84;
        if (inverse) {
            worstInverse = std::max(worstInverse, err);
            CHECK(err < 2e-6);
        } else {
            worstForward = std::max(worstForward, err);
            CHECK(err < 1e-9);
        }
        ++rows;
    }
    CHECK(rows == lines.size() - 2); // header and the final empty line
    INFO("worst forward " << worstForward << "°, worst inverse " << worstInverse << "°");
    CHECK(worstForward < 1e-9);
}

TEST_CASE("round trips across China stay under 0.5 m", "[geo][coord]")
{
    // WGS-84 ↔ GCJ-02 uses our iterative inverse; BD-09 → GCJ-02 is the published closed form, itself
    // an approximation of the inverse (≈ 0.2 m), kept so that results match Baidu's and gcoord's.
    double worstGcj = 0, worstBd = 0;
    int points = 0;
    for (double lon = 73.0; lon <= 135.0; lon += 0.37) {
        for (double lat = 18.0; lat <= 53.5; lat += 0.29) {
            const LonLat w { lon, lat };
            for (CoordSystem other : { CoordSystem::Gcj02, CoordSystem::Bd09 }) {
                double& worst = other == CoordSystem::Gcj02 ? worstGcj : worstBd;
                const LonLat there = CoordTransform::convert(w, CoordSystem::Wgs84, other);
                const LonLat back = CoordTransform::convert(there, other, CoordSystem::Wgs84);
                worst = std::max(worst, CoordTransform::distanceMetres(w, back));
                // And the other way round: a GCJ-02/BD-09 point through WGS-84.
                const LonLat viaW = CoordTransform::convert(
                    CoordTransform::convert(w, other, CoordSystem::Wgs84), CoordSystem::Wgs84, other);
                worst = std::max(worst, CoordTransform::distanceMetres(w, viaW));
            }
            ++points;
        }
    }
    INFO("points " << points << ", worst round trip via GCJ-02 " << worstGcj << " m, via BD-09 " << worstBd
                   << " m");
    CHECK(points > 20000);
    CHECK(worstGcj < 0.5);
    CHECK(worstBd < 0.5);
    // In practice far better; a regression to the one-step inverse (metres off) would fail here.
    CHECK(worstGcj < 0.001);
}

TEST_CASE("the offset is really applied inside China and nowhere else", "[geo][coord]")
{
    const LonLat beijing { 116.404, 39.915 };
    const double shift = CoordTransform::distanceMetres(beijing, CoordTransform::wgs84ToGcj02(beijing));
    CHECK(shift > 100.0);
    CHECK(shift < 1000.0);
    for (const LonLat p : { LonLat { -0.1276, 51.5072 }, LonLat { 151.2093, -33.8688 },
             LonLat { 139.69, 60.0 }, LonLat { 60.0, 30.0 }, LonLat { 100.0, 0.5 }, LonLat { 100.0, 56.0 },
             LonLat { -180.0, -90.0 } }) {
        for (CoordSystem a : { CoordSystem::Wgs84, CoordSystem::Gcj02, CoordSystem::Bd09 }) {
            for (CoordSystem b : { CoordSystem::Wgs84, CoordSystem::Gcj02, CoordSystem::Bd09 }) {
                const LonLat r = CoordTransform::convert(p, a, b);
                CHECK(r.lon == p.lon);
                CHECK(r.lat == p.lat);
            }
        }
    }
    // The rectangle's bounds are inclusive.
    CHECK(CoordTransform::isInChina(72.004, 0.8293));
    CHECK(CoordTransform::isInChina(137.8347, 55.8271));
    CHECK_FALSE(CoordTransform::isInChina(72.0039, 30.0));
    CHECK_FALSE(CoordTransform::isInChina(100.0, 55.8272));
    CHECK_FALSE(CoordTransform::isInChina(std::nan(""), 30.0));
}

TEST_CASE("QGeoCoordinate overload, system names", "[geo][coord]")
{
    const QGeoCoordinate c(39.915, 116.404, 50.0);
    const QGeoCoordinate g = CoordTransform::convert(c, CoordSystem::Wgs84, CoordSystem::Gcj02);
    CHECK(g.longitude() == Approx(116.41024449916938).margin(1e-9));
    CHECK(g.latitude() == Approx(39.91640428150164).margin(1e-9));
    CHECK(g.altitude() == 50.0);
    CHECK_FALSE(CoordTransform::convert(QGeoCoordinate(), CoordSystem::Wgs84, CoordSystem::Bd09).isValid());

    CHECK(CoordTransform::parseSystem(u"WGS-84") == CoordSystem::Wgs84);
    CHECK(CoordTransform::parseSystem(u"gcj02") == CoordSystem::Gcj02);
    CHECK(CoordTransform::parseSystem(u" BD09 ") == CoordSystem::Bd09);
    CHECK_FALSE(CoordTransform::parseSystem(u"mercator").has_value());
    CHECK_FALSE(CoordTransform::parseSystem(u"").has_value());
    for (CoordSystem s : { CoordSystem::Wgs84, CoordSystem::Gcj02, CoordSystem::Bd09 }) {
        CHECK(CoordTransform::parseSystem(CoordTransform::systemName(s)) == s);
        CHECK_FALSE(CoordTransform::displayName(s).isEmpty());
    }
}
