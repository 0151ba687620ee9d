#include "core/map/mapdata.h"
#include "core/map/overlaystore.h"
#include "core/store/cache.h"
#include "core/store/transaction.h"
#include "tests/support/testutil.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj;
using namespace dj::map;

TEST_CASE("colour by class: the most frequent codes first, the rest share 'other'", "[map][colour]")
{
    // 14 codes with counts 14, 13, …, 1, plus unknowns.
    QStringList codes;
    std::vector<int> points;
    for (int c = 0; c < 14; ++c) {
        codes << QString::number(10 + c);
        for (int k = 0; k < 14 - c; ++k)
            points.push_back(c);
    }
    points.push_back(-1);
    points.push_back(-1);
    std::vector<std::uint8_t> cats;
    QStringList top;
    MapData::rankCodes(points, codes, cats, top);
    REQUIRE(top.size() == MapData::kTopCategories);
    CHECK(top.first() == QStringLiteral("10"));
    CHECK(top.last() == QStringLiteral("21"));
    REQUIRE(cats.size() == points.size());
    CHECK(cats.front() == 0);
    CHECK(cats[14] == 1); // first point of code "11"
    // Codes 22 and 23 (ranks 13 and 14) are "other", the unknowns after that.
    CHECK(cats[cats.size() - 3] == MapData::kTopCategories);
    CHECK(cats.back() == MapData::kTopCategories + 1);
    // Everything fits the cluster index's exactly tracked categories.
    CHECK(MapData::kTopCategories + 2 <= 32);

    // Ties are broken by code, so the order does not depend on row order.
    std::vector<std::uint8_t> c2;
    QStringList t2;
    MapData::rankCodes({ 1, 0, 1, 0 }, { QStringLiteral("39"), QStringLiteral("13") }, c2, t2);
    CHECK(t2 == QStringList { QStringLiteral("13"), QStringLiteral("39") });

    // A code keeps its colour whatever its rank.
    CHECK(MapData::colourForCode(QStringLiteral("39")) == MapData::colourForCode(QStringLiteral("39")));
    CHECK(MapData::colourForCode(QStringLiteral("39")) != MapData::colourForCode(QStringLiteral("40")));
}

TEST_CASE("map data: division and class colourings from industry codes, saved shapes", "[map][colour]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.djcache"));
    {
        auto db = store::Cache::createFresh(path);
        store::Transaction tx(db);
        auto ins
            = db.prepare("INSERT INTO enterprises(uscc, name, status, region_code, industry_section,"
                         " industry_code, lon, lat) VALUES (?1, ?2, '存续', '310115', ?3, ?4, 121.5, 31.2)");
        // 5 × 3922 (division 39), 3 × C3911 (also 39, section-prefixed), 2 × 6513 (65), 1 × "99x" (bad),
        // 1 without a code.
        const char* rows[][2] = { { "C", "3922" }, { "C", "3922" }, { "C", "3922" }, { "C", "3922" },
            { "C", "3922" }, { "C", "C3911" }, { "C", "C3911" }, { "C", "c3911" }, { "I", "6513" },
            { "I", "6513" }, { "", "99x" }, { "", "" } };
        int n = 0;
        for (const auto& r : rows) {
            ins.bind(1, QStringLiteral("91310115MA1K%1").arg(n, 6, 10, QLatin1Char('0')))
                .bind(2, QStringLiteral("企业%1").arg(n))
                .bind(3, QString::fromLatin1(r[0]))
                .bind(4, QString::fromLatin1(r[1]));
            ins.run();
            ins.reset();
            ++n;
        }
        Feature road;
        road.type = Feature::Type::Line;
        road.lines << QList<QPointF> { { 121.5, 31.2 }, { 121.6, 31.2 } };
        OverlayStore::put(db, Overlay::make(OverlayKind::Road, road, QStringLiteral("规划路")));
        tx.commit();
    }
    const MapData d = MapData::load(path);
    REQUIRE(d.lonLat.size() == 12);
    CHECK(d.divisionCodes == QStringList { QStringLiteral("39"), QStringLiteral("65") });
    CHECK(d.classCodes
        == QStringList { QStringLiteral("3922"), QStringLiteral("3911"), QStringLiteral("6513") });
    CHECK(d.division[0] == 0);
    CHECK(d.division[5] == 0);
    CHECK(d.division[8] == 1);
    CHECK(d.division[10] == MapData::kTopCategories + 1); // not a GB/T 4754 code: unknown
    CHECK(d.division[11] == MapData::kTopCategories + 1);
    CHECK(d.industryClass[5] == 1);
    CHECK(&d.categories(ColourBy::IndustryClass) == &d.industryClass);

    const QStringList names = d.categoryNames(ColourBy::IndustryDivision);
    REQUIRE(names.size() == MapData::kTopCategories + 2);
    CHECK(names[0].startsWith(QStringLiteral("39 ")));
    CHECK(names[0].contains(QStringLiteral("电子设备")));
    CHECK(names[2].isEmpty());
    CHECK_FALSE(names[MapData::kTopCategories].isEmpty());
    const QList<QColor> colours = d.palette(ColourBy::IndustryDivision);
    REQUIRE(colours.size() == names.size());
    CHECK(colours[0] == MapData::colourForCode(QStringLiteral("39")));
    // Sections come with their published names.
    CHECK(d.categoryNames(ColourBy::IndustrySection)[2].contains(QStringLiteral("制造业")));
    CHECK(d.categoryNames(ColourBy::Risk).size() == d.palette(ColourBy::Risk).size());

    REQUIRE(d.overlays.size() == 1);
    CHECK(d.overlays[0].name == QStringLiteral("规划路"));
    CHECK(d.badOverlays == 0);
}
