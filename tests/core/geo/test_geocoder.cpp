#include "core/geo/geocoder.h"
#include "core/geo/regioncentres.h"
#include "core/store/cache.h"
#include "core/store/transaction.h"
#include "tests/support/testutil.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <optional>

using namespace dj::geo;
using dj::store::Cache;
using dj::store::Database;

namespace {

void addBuilding(Database& db, const char* id, const QString& address, const QString& region,
    std::optional<double> lon, std::optional<double> lat)
{
    dj::store::Statement st = db.prepare("INSERT INTO buildings(building_id, name, address, region_code, "
                                         "lon, lat) VALUES (?1, ?1, ?2, ?3, ?4, ?5)");
    st.bind(1, std::string_view(id)).bind(2, address).bind(3, region).bind(4, lon).bind(5, lat);
    st.run();
}

/// A small cache: three buildings on 人民中路 in 亭湖区, one in 盐都区, and rows that must be ignored.
QString makeCache(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("geo.djcache"));
    Database db = Cache::createFresh(path);
    addBuilding(db, "B1", QStringLiteral("江苏省盐城市亭湖区人民中路100号3号楼"), QStringLiteral("320902"),
        120.16, 33.38);
    addBuilding(db, "B2", QStringLiteral("人民中路120号"), QStringLiteral("320902"), 120.17, 33.39);
    addBuilding(
        db, "B3", QStringLiteral("盐城市亭湖区人民中路200号"), QStringLiteral("320902"), 120.18, 33.40);
    addBuilding(db, "B4", QStringLiteral("盐都区新都路1号"), QStringLiteral("320903"), 120.10, 33.33);
    addBuilding(
        db, "B5", QStringLiteral("亭湖区解放南路9号"), QStringLiteral("320902"), std::nullopt, std::nullopt);
    addBuilding(db, "B6", QStringLiteral("亭湖区开放大道1号"), QStringLiteral("320902"), 500.0, 33.0);
    return path;
}

} // namespace

TEST_CASE("geocoding falls from building to road to county", "[geo][geocoder]")
{
    QTemporaryDir dir;
    const QString path = makeCache(dir);
    const Database db = Cache::open(path, Cache::Access::ReadOnly);
    const Geocoder g(db);
    CHECK(g.buildingCount() == 4); // B5 has no position, B6 an impossible one

    SECTION("another spelling of a known building")
    {
        const GeocodeResult r = g.geocode(u"盐城市亭湖区人民中路１００號三號樓501室");
        CHECK(r.precision == GeoPrecision::Building);
        CHECK_FALSE(r.isApproximate());
        CHECK(r.buildingId == QStringLiteral("B1"));
        CHECK(r.position.lon == 120.16);
        CHECK(r.position.lat == 33.38);
        // Without a prefix, with the registration region given by the caller.
        CHECK(g.geocode(u"人民中路100号3幢", u"320902").buildingId == QStringLiteral("B1"));
        // A building whose stored address has no prefix is found through its region_code.
        CHECK(g.geocode(u"江苏省盐城市亭湖区人民中路120号").buildingId == QStringLiteral("B2"));
    }
    SECTION("a house number between two known ones is interpolated on the road")
    {
        const GeocodeResult r = g.geocode(u"江苏省盐城市亭湖区人民中路160号");
        CHECK(r.precision == GeoPrecision::Road);
        CHECK(r.isApproximate());
        CHECK(r.position.lon == Approx(120.175).margin(1e-9));
        CHECK(r.position.lat == Approx(33.395).margin(1e-9));
        // Beyond the known range: the nearest end.
        const GeocodeResult far = g.geocode(u"亭湖区人民中路900号");
        CHECK(far.precision == GeoPrecision::Road);
        CHECK(far.position.lon == 120.18);
        // The same road in another county is not this road.
        CHECK(g.geocode(u"盐都区人民中路160号").precision == GeoPrecision::County);
    }
    SECTION("only the prefecture written: a road found in one of its counties is enough")
    {
        const GeocodeResult r = g.geocode(u"盐城市人民中路150号");
        CHECK(r.precision == GeoPrecision::Road);
        CHECK(r.regionCode == QStringLiteral("320902"));
    }
    SECTION("unknown road: the county's centre, marked approximate")
    {
        const GeocodeResult r = g.geocode(u"江苏省盐城市亭湖区解放南路9号");
        CHECK(r.precision == GeoPrecision::County);
        CHECK(r.isApproximate());
        const auto centre = RegionCentres::instance().exact(u"320902");
        REQUIRE(centre.has_value());
        CHECK(r.position.lon == centre->position.lon);
        CHECK(r.position.lat == centre->position.lat);
        CHECK(r.centreCode == QStringLiteral("320902"));
        // The county seat of 亭湖区 lies in Yancheng.
        CHECK(CoordTransform::distanceMetres(r.position, { 120.16, 33.38 }) < 30000.0);
    }
    SECTION("a development-zone code without its own centre falls back to the prefecture")
    {
        const GeocodeResult r = g.geocode(u"江苏省盐城经济技术开发区希望大道南路5号");
        CHECK(r.precision == GeoPrecision::County);
        CHECK(r.centreCode == QStringLiteral("320900"));
    }
    SECTION("nothing recognisable: no position")
    {
        for (const QString& a : { QString(), QStringLiteral("xyz"), QStringLiteral("人民中路100号") }) {
            const GeocodeResult r = g.geocode(a);
            CHECK(r.precision == GeoPrecision::Unknown);
            CHECK_FALSE(r.hasPosition());
        }
    }
}

TEST_CASE("county centres cover the country", "[geo][geocoder]")
{
    const RegionCentres& c = RegionCentres::instance();
    CHECK(c.size() > 3000);
    for (const char* code : { "110108", "310104", "320902", "440304", "540102", "650102" }) {
        const auto centre = c.exact(QString::fromLatin1(code));
        INFO(code);
        REQUIRE(centre.has_value());
        CHECK(CoordTransform::isInChina(centre->position));
    }
    CHECK_FALSE(c.centre(u"").has_value());
    CHECK_FALSE(c.centre(u"990000").has_value());
    CHECK(Geocoder::precisionName(GeoPrecision::Road) == QStringLiteral("road"));
    CHECK_FALSE(Geocoder::precisionLabel(GeoPrecision::County).isEmpty());
}
