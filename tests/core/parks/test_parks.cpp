// `park report` (cli.md) against an independent computation from the exported bundle: the test reads the
// CSV files itself, normalises addresses with core/geo (the shared building block the issue names), tests
// positions with its own winding-number routine and applies the class rules of domain.md as written in
// parkengine.h — never the parks engine's code. A small hand-made bundle pins the rules case by case.
#include "core/demo/demogenerator.h"
#include "core/geo/addressnormalizer.h"
#include "core/parks/parkstore.h"
#include "core/store/cache.h"
#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using dj::test::runCli;

using dj::test::readCsv;

namespace {

const QString kAsOf = u"2025-06-30"_s;

// ---- a plain CSV reader (RFC 4180 quoting), independent of core/io
void writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

// ---- geometry: winding number (not the engine's ray casting)
using Pt = std::pair<double, double>;
std::vector<Pt> ringOf(const QString& geoJson)
{
    std::vector<Pt> out;
    const QJsonArray rings
        = QJsonDocument::fromJson(geoJson.toUtf8()).object().value(u"coordinates").toArray();
    for (const QJsonValue& v : rings.at(0).toArray())
        out.push_back({ v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble() });
    return out;
}
bool inside(const std::vector<Pt>& ring, double x, double y)
{
    if (ring.size() < 3)
        return false;
    int winding = 0;
    for (size_t i = 0; i + 1 < ring.size(); ++i) {
        const auto [x1, y1] = ring[i];
        const auto [x2, y2] = ring[i + 1];
        const double cross = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1);
        if (y1 <= y && y2 > y && cross > 0)
            ++winding;
        else if (y1 > y && y2 <= y && cross < 0)
            --winding;
    }
    return winding != 0;
}

// ---- the expected classes, recomputed from the bundle
struct Expected
{
    int actual = 0, virt = 0, office = 0, departed = 0, unmatchedTenants = 0;
    double revenue = 0, tax = 0, leased = 0;
    std::optional<double> gross;
    int occupants = 0, inDistrict = 0;
    QMap<QString, int> scaleMix;
    std::map<QString, QString> classes; // uscc → actual/virtual/office_only/departed
};

struct Bundle
{
    QList<QHash<QString, QString>> enterprises, buildings, tenants, financials, risks, shareholdings;
    QHash<QString, int> byUscc;
    QHash<QString, QString> regKey, opKey, annualKey, regRoom;
    QSet<QString> regNoBuilding, unreachable;
    int year = 0;
    QHash<QString, std::pair<double, double>> money; // uscc → (revenue, tax) of year

    void load(const QString& dir)
    {
        enterprises = readCsv(dir + u"/enterprises.csv"_s);
        buildings = readCsv(dir + u"/buildings.csv"_s);
        tenants = readCsv(dir + u"/tenants.csv"_s);
        financials = readCsv(dir + u"/financials.csv"_s);
        risks = readCsv(dir + u"/risks.csv"_s);
        shareholdings = readCsv(dir + u"/shareholdings.csv"_s);
        const auto& norm = dj::geo::AddressNormalizer::instance();
        for (int i = 0; i < enterprises.size(); ++i) {
            const auto& e = enterprises[i];
            const QString u = e[u"uscc"_s];
            byUscc.insert(u, i);
            const QString region = e[u"region_code"_s];
            auto keyOf = [&](const QString& a, QString* room) {
                if (a.isEmpty())
                    return QString();
                const auto parts = norm.parse(a, region);
                if (room)
                    *room = parts.room;
                return parts.road.isEmpty() ? QString() : parts.buildingKey;
            };
            QString room;
            regKey.insert(u, keyOf(e[u"address"_s], &room));
            regRoom.insert(u, room);
            if (regKey.value(u).isEmpty())
                regNoBuilding.insert(u);
            opKey.insert(u, keyOf(e[u"op_address"_s], nullptr));
            annualKey.insert(u, keyOf(e[u"annual_address"_s], nullptr));
        }
        for (const auto& f : financials) {
            if (!f[u"tax"_s].isEmpty() || !f[u"revenue"_s].isEmpty())
                year = std::max(year, f[u"year"_s].toInt());
        }
        for (const auto& f : financials) {
            if (f[u"year"_s].toInt() == year)
                money.insert(f[u"uscc"_s], { f[u"revenue"_s].toDouble(), f[u"tax"_s].toDouble() });
        }
        for (const auto& r : risks) {
            if (r[u"kind"_s] == u"经营异常" && r[u"status"_s] == u"有效"
                && r[u"detail"_s].contains(u"无法联系"))
                unreachable.insert(r[u"uscc"_s]);
        }
    }

    Expected expect(const QHash<QString, QString>& b) const
    {
        Expected x;
        const auto& norm = dj::geo::AddressNormalizer::instance();
        const auto bparts = norm.parse(b[u"address"_s], b[u"region_code"_s]);
        const QString key = bparts.road.isEmpty() ? QString() : bparts.buildingKey;
        const auto ring = ringOf(b[u"footprint"_s]);
        const QString id = b[u"building_id"_s];
        if (!b[u"gross_area_m2"_s].isEmpty() && b[u"gross_area_m2"_s].toDouble() > 0)
            x.gross = b[u"gross_area_m2"_s].toDouble();
        // tenants: by USCC of an enterprise of the bundle, else exact name, else former name
        QSet<QString> currentTenant;
        for (const auto& t : tenants) {
            if (t[u"building_id"_s] != id)
                continue;
            const bool current = (t[u"since"_s].isEmpty() || t[u"since"_s] <= kAsOf)
                && (t[u"until"_s].isEmpty() || t[u"until"_s] >= kAsOf);
            if (current)
                x.leased += t[u"area_m2"_s].toDouble();
            QString match;
            if (!t[u"uscc"_s].isEmpty() && byUscc.contains(t[u"uscc"_s]))
                match = t[u"uscc"_s];
            for (int pass = 0; pass < 2 && match.isEmpty(); ++pass) {
                for (const auto& e : enterprises) {
                    const bool hit = pass == 0
                        ? e[u"name"_s].trimmed() == t[u"name"_s].trimmed()
                        : e[u"former_names"_s].split(u'|').contains(t[u"name"_s].trimmed());
                    if (hit && !t[u"name"_s].trimmed().isEmpty()) {
                        match = e[u"uscc"_s];
                        break;
                    }
                }
            }
            if (match.isEmpty())
                ++x.unmatchedTenants;
            else if (current)
                currentTenant.insert(match);
        }
        QHash<QString, int> rooms;
        for (const auto& e : enterprises) {
            const QString u = e[u"uscc"_s];
            if (!key.isEmpty() && regKey.value(u) == key && !regRoom.value(u).isEmpty())
                ++rooms[regRoom.value(u)];
        }
        for (const auto& e : enterprises) {
            const QString u = e[u"uscc"_s];
            auto pos = [&](const char16_t* lon, const char16_t* lat) -> std::optional<bool> {
                if (e[QString::fromUtf16(lon)].isEmpty() || e[QString::fromUtf16(lat)].isEmpty())
                    return std::nullopt;
                return inside(
                    ring, e[QString::fromUtf16(lon)].toDouble(), e[QString::fromUtf16(lat)].toDouble());
            };
            const bool regByKey = !key.isEmpty() && regKey.value(u) == key;
            const bool regHere
                = regByKey || (regNoBuilding.contains(u) && pos(u"lon", u"lat").value_or(false));
            const auto opPos = pos(u"op_lon", u"op_lat");
            const bool opByKey = !key.isEmpty() && opKey.value(u) == key;
            const bool opHere = opByKey || opPos.value_or(false) || currentTenant.contains(u);
            const bool opGiven = !e[u"op_address"_s].isEmpty();
            const bool opElsewhere = (opGiven && !opByKey && !opPos.value_or(false)) || (opPos && !*opPos);
            if (!regHere && !opHere)
                continue;
            QString cls;
            const QString st = e[u"status"_s];
            if (st == u"注销" || st == u"吊销" || st == u"撤销" || st == u"迁出") {
                cls = u"departed"_s;
            } else if (regHere && opHere) {
                cls = u"actual"_s;
            } else if (regHere && opElsewhere) {
                cls = u"virtual"_s;
            } else if (regHere) {
                int hints = 0;
                for (const char16_t* w : { u"集群", u"托管", u"商务秘书", u"集中登记", u"工位", u"孵化器" }) {
                    if (e[u"address"_s].contains(QString::fromUtf16(w))) {
                        ++hints;
                        break;
                    }
                }
                hints += regByKey && rooms.value(regRoom.value(u)) >= 5;
                hints += e[u"insured_count"_s] == u"0";
                hints += unreachable.contains(u);
                hints += !annualKey.value(u).isEmpty() && annualKey.value(u) != key;
                hints += opPos.has_value() && !*opPos;
                cls = hints >= 2 ? u"virtual"_s : u"actual"_s;
            } else {
                cls = u"office_only"_s;
            }
            x.classes[u] = cls;
            if (cls == u"departed") {
                ++x.departed;
                continue;
            }
            if (cls == u"actual")
                ++x.actual;
            else if (cls == u"virtual")
                ++x.virt;
            else
                ++x.office;
            if (cls != u"office_only") {
                x.revenue += money.value(u).first;
                x.tax += money.value(u).second;
            }
            if (cls != u"virtual") {
                ++x.occupants;
                x.inDistrict += e[u"region_code"_s] == b[u"region_code"_s];
            }
            ++x.scaleMix[e[u"scale"_s]];
        }
        return x;
    }
};

struct Demo
{
    QTemporaryDir tmp;
    QString cache, dir;
    Bundle bundle;
    Demo()
    {
        cache = tmp.filePath(u"demo.djcache"_s);
        dj::demo::DemoOptions options;
        options.enterprises = 20000;
        dj::demo::DemoGenerator::generate(cache, options);
        dir = tmp.filePath(u"bundle"_s);
        const auto r = runCli({ u"export"_s, u"--db"_s, cache, u"--out"_s, dir });
        REQUIRE(r.exitCode == 0);
        bundle.load(dir);
    }
};

Demo& demo()
{
    static Demo d;
    return d;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("park report agrees with an independent computation from the exported bundle", "[parks][slow]")
{
    Demo& d = demo();
    const auto list = runCli({ u"park"_s, u"list"_s, u"--db"_s, d.cache });
    REQUIRE(list.exitCode == 0);
    const QJsonArray parks = list.json().value(u"parks"_s).toArray();
    // park list: one row per parks.csv row with its building count
    const auto parksCsv = readCsv(d.dir + u"/parks.csv"_s);
    REQUIRE(parks.size() == parksCsv.size());
    REQUIRE(parks.size() > 10);
    for (const QJsonValue& p : parks) {
        int n = 0;
        for (const auto& b : d.bundle.buildings)
            n += b[u"park_id"_s] == p[u"park_id"_s].toString();
        CHECK(p[u"buildings"_s].toInt() == n);
    }

    QMap<QString, int> seenClasses;
    int buildingsChecked = 0;
    int totalOutward = 0;
    for (const QJsonValue& p : parks) {
        const QString parkId = p[u"park_id"_s].toString();
        const auto r = runCli({ u"park"_s, u"report"_s, u"--db"_s, d.cache, u"--park"_s, parkId, u"--as-of"_s,
            kAsOf, u"--members"_s });
        REQUIRE(r.exitCode == 0);
        const QJsonObject out = r.json();
        CHECK(out[u"year"_s].toInt() == d.bundle.year);
        double parkTax = 0;
        QSet<QString> registeredInPark;
        for (const QJsonValue& bv : out[u"buildings"_s].toArray()) {
            const QJsonObject b = bv.toObject();
            const QString id = b[u"building_id"_s].toString();
            const auto it = std::find_if(d.bundle.buildings.begin(), d.bundle.buildings.end(),
                [&](const auto& row) { return row[u"building_id"_s] == id; });
            REQUIRE(it != d.bundle.buildings.end());
            CHECK((*it)[u"park_id"_s] == parkId);
            const Expected x = d.bundle.expect(*it);
            INFO("building " << id.toStdString());
            // the contract's keys and its identity
            CHECK(b[u"registered_here"_s].toInt() == b[u"actual"_s].toInt() + b[u"virtual"_s].toInt());
            CHECK(b[u"actual"_s].toInt() == x.actual);
            CHECK(b[u"virtual"_s].toInt() == x.virt);
            CHECK(b[u"office_only"_s].toInt() == x.office);
            CHECK(b[u"departed"_s].toInt() == x.departed);
            CHECK(b[u"revenue"_s].toDouble() == Approx(x.revenue).margin(0.5));
            CHECK(b[u"tax"_s].toDouble() == Approx(x.tax).margin(0.5));
            CHECK(b[u"unmatched_tenants"_s].toInt() == x.unmatchedTenants);
            CHECK(b[u"unmatched_tenant_list"_s].toArray().size() == x.unmatchedTenants);
            if (x.gross) {
                CHECK(b[u"gross_area_m2"_s].toDouble() == Approx(*x.gross));
                CHECK(b[u"tax_per_m2"_s].toDouble() == Approx(x.tax / *x.gross).margin(1e-9));
                CHECK(b[u"occupancy"_s].toDouble() == Approx(x.leased / *x.gross).margin(1e-12));
            }
            const QString band = x.tax >= 1e9 ? u"十亿元楼"_s
                : x.tax >= 1e8                ? u"亿元楼"_s
                : x.tax >= 1e7                ? u"千万元楼"_s
                                              : QString();
            CHECK(b[u"tax_band"_s].toString() == band);
            if (x.occupants > 0)
                CHECK(b[u"registration_rate"_s].toDouble() == Approx(double(x.inDistrict) / x.occupants));
            else
                CHECK(b[u"registration_rate"_s].isNull());
            QMap<QString, int> scale;
            const QJsonObject sm = b[u"scale_mix"_s].toObject();
            for (auto s = sm.begin(); s != sm.end(); ++s)
                scale.insert(s.key(), s.value().toInt());
            CHECK(scale == x.scaleMix);
            int industry = 0;
            for (const QJsonValue& v : b[u"industry_mix"_s].toObject())
                industry += v.toInt();
            CHECK(industry == x.actual + x.virt + x.office);
            // every enterprise's class and a reason for it
            std::map<QString, QString> classes;
            for (const QJsonValue& mv : b[u"members"_s].toArray()) {
                const QJsonObject m = mv.toObject();
                classes[m[u"uscc"_s].toString()] = m[u"class"_s].toString();
                CHECK(!m[u"reasons"_s].toArray().isEmpty());
                ++seenClasses[m[u"class"_s].toString()];
                if (m[u"class"_s].toString() == u"actual" || m[u"class"_s].toString() == u"virtual")
                    if (!registeredInPark.contains(m[u"uscc"_s].toString())) {
                        registeredInPark.insert(m[u"uscc"_s].toString());
                        parkTax += d.bundle.money.value(m[u"uscc"_s].toString()).second;
                    }
            }
            CHECK(classes == x.classes);
            ++buildingsChecked;
        }
        CHECK(out[u"total"_s][u"tax"_s].toDouble() == Approx(parkTax).margin(0.5));

        // 域外投资: the park's registered firms' holdings in firms registered outside the district
        QHash<QString, QString> district; // holder → its building's county
        for (const QJsonValue& bv : out[u"buildings"_s].toArray()) {
            const auto row = std::find_if(d.bundle.buildings.begin(), d.bundle.buildings.end(),
                [&](const auto& r) { return r[u"building_id"_s] == bv[u"building_id"_s].toString(); });
            for (const QJsonValue& mv : bv[u"members"_s].toArray()) {
                const QString cls = mv[u"class"_s].toString();
                if ((cls == u"actual" || cls == u"virtual") && !district.contains(mv[u"uscc"_s].toString()))
                    district.insert(mv[u"uscc"_s].toString(), (*row)[u"region_code"_s]);
            }
        }
        int count = 0, outsideCity = 0;
        double capital = 0, investeeTax = 0;
        for (const auto& h : d.bundle.shareholdings) {
            if (h[u"holder_kind"_s] != u"enterprise" || !district.contains(h[u"holder_id"_s]))
                continue;
            const int i = d.bundle.byUscc.value(h[u"investee_uscc"_s], -1);
            REQUIRE(i >= 0);
            const QString region = d.bundle.enterprises[i][u"region_code"_s];
            const QString home = district.value(h[u"holder_id"_s]);
            if (region == home)
                continue;
            ++count;
            outsideCity += region.left(4) != home.left(4);
            if (h[u"subscribed_capital_currency"_s].isEmpty()
                || h[u"subscribed_capital_currency"_s] == u"CNY")
                capital += h[u"subscribed_capital"_s].toDouble();
            investeeTax += d.bundle.money.value(h[u"investee_uscc"_s]).second;
        }
        const auto inv = runCli(
            { u"park"_s, u"invest"_s, u"--db"_s, d.cache, u"--park"_s, parkId, u"--as-of"_s, kAsOf });
        REQUIRE(inv.exitCode == 0);
        CHECK(inv.json()[u"count"_s].toInt() == count);
        CHECK(inv.json()[u"outside_city"_s].toInt() == outsideCity);
        CHECK(inv.json()[u"capital"_s].toDouble() == Approx(capital).margin(0.5));
        CHECK(inv.json()[u"investee_tax"_s].toDouble() == Approx(investeeTax).margin(0.5));
        int regionSum = 0;
        for (const QJsonValue& g : inv.json()[u"by_region"_s].toArray())
            regionSum += g[u"count"_s].toInt();
        CHECK(regionSum == count);
        totalOutward += count;
    }
    CHECK(totalOutward > 0);
    CHECK(buildingsChecked == d.bundle.buildings.size());
    // every class occurs in the demo
    CHECK(seenClasses.value(u"actual"_s) > 0);
    CHECK(seenClasses.value(u"virtual"_s) > 0);
    CHECK(seenClasses.value(u"office_only"_s) > 0);
}

TEST_CASE("park report on a hand-made bundle: each rule, unmatched tenants, empty parks", "[parks]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"bundle"_s);
    QDir().mkpath(dir);
    // Building B1: 人民路100号1幢 in 320902 (a footprint around 120.10, 33.30). B2: no footprint, no area.
    const QString fp
        = uR"({"type":"Polygon","coordinates":[[[120.100,33.300],[120.102,33.300],[120.102,33.302],[120.100,33.302],[120.100,33.300]]]})"_s;
    writeFile(dir + u"/parks.csv"_s,
        u"park_id,name,kind,region_code,boundary\nP1,测试园,产业园,320902,\nP2,空园,孵化器,320902,\n"_s);
    writeFile(dir + u"/buildings.csv"_s,
        u"building_id,park_id,name,address,region_code,lon,lat,footprint,floors,gross_area_m2\n"
        u"B1,P1,一号楼,江苏省盐城市亭湖区人民路100号1幢,320902,120.101,33.301,\""_s
            + QString(fp).replace(u"\""_s, u"\"\""_s)
            + u"\",10,10000\n"
              u"B2,P1,二号楼,江苏省盐城市亭湖区人民路102号2幢,320902,,,,8,\n"_s);
    // A: registered in B1, nothing else → actual. V: registered in B1, operating elsewhere → virtual.
    // O: registered in 320903, operating address in B1 → office only. T: registered elsewhere, tenant of B1
    // under its former name → office only. S: registered in B1 (集群注册), 参保 0, no operating data →
    // virtual by hints. D: registered in B1, 注销 → departed. K: registered in B2 (no footprint) → actual.
    const QString head
        = u"uscc,name,former_names,status,region_code,industry_code,address,lon,lat,op_address,"
          u"op_lon,op_lat,annual_address,insured_count,scale,established\n"_s;
    const QString rows
        = u"91320902MA0000001A,甲公司,,存续,320902,6510,盐城市亭湖区人民路100号1号楼501室,,,,,,,8,小型,2015-"
          u"01-01\n"
          u"91320902MA0000002A,乙公司,,存续,320902,5190,亭湖区人民路100号一幢502室,,,"
          u"盐城市盐都区解放路8号,120.2,33.4,,3,微型,2016-01-01\n"
          u"91320903MA0000003A,丙公司,,在业,320903,7240,盐城市盐都区开放大道9号,,,"
          u"江苏省盐城市亭湖区人民路100号1栋601室,,,,20,中型,2010-01-01\n"
          u"91320903MA0000004A,丁公司,戊公司,存续,320903,7240,盐城市盐都区开放大道11号,,,,,,,5,小型,2012-01-"
          u"01\n"
          u"91320902MA0000005A,己公司,,存续,320902,7240,盐城市亭湖区人民路100号1幢503室（集群注册）,,,,,,,0,"
          u"微型,2020-01-01\n"
          u"91320902MA0000006A,庚公司,,注销,320902,7240,盐城市亭湖区人民路100号1幢504室,,,,,,,,微型,2011-01-"
          u"01\n"
          u"91320902MA0000007A,辛公司,,存续,320902,7240,盐城市亭湖区人民路102号2幢301室,,,,,,,4,小型,2018-01-01\n"_s;
    writeFile(dir + u"/enterprises.csv"_s, head + rows);
    writeFile(dir + u"/financials.csv"_s,
        u"uscc,year,revenue,tax,profit,total_assets,employees,rd_expense\n"
        u"91320902MA0000001A,2024,50000000,6000000,,,,\n"
        u"91320902MA0000002A,2024,30000000,5000000,,,,\n"
        u"91320903MA0000003A,2024,90000000,9000000,,,,\n"
        u"91320902MA0000001A,2023,40000000,4000000,,,,\n"_s);
    writeFile(dir + u"/tenants.csv"_s,
        u"building_id,uscc,name,floor,room,area_m2,since,until\n"
        u"B1,91320903MA0000003A,丙公司,6层,601,300,2020-01-01,\n"
        u"B1,,戊公司,7层,701,200,2021-01-01,\n"
        u"B1,,不存在的公司,8层,801,100,2021-01-01,\n"
        u"B1,91320902MA0000001A,甲公司,5层,501,400,2015-01-01,2019-12-31\n"_s);
    const QString cache = tmp.filePath(u"hand.djcache"_s);
    const auto imp = runCli({ u"import"_s, u"--db"_s, cache, dir });
    REQUIRE(imp.exitCode == 0);

    const auto r = runCli({ u"park"_s, u"report"_s, u"--db"_s, cache, u"--park"_s, u"P1"_s, u"--as-of"_s,
        kAsOf, u"--members"_s });
    REQUIRE(r.exitCode == 0);
    const QJsonArray buildings = r.json()[u"buildings"_s].toArray();
    REQUIRE(buildings.size() == 2);
    const QJsonObject b1 = buildings[0].toObject();
    CHECK(b1[u"building_id"_s] == u"B1"_s);
    std::map<QString, QString> classes;
    for (const QJsonValue& m : b1[u"members"_s].toArray())
        classes[m[u"name"_s].toString()] = m[u"class"_s].toString();
    const std::map<QString, QString> expected { { u"甲公司"_s, u"actual"_s }, { u"乙公司"_s, u"virtual"_s },
        { u"丙公司"_s, u"office_only"_s }, { u"丁公司"_s, u"office_only"_s }, { u"己公司"_s, u"virtual"_s },
        { u"庚公司"_s, u"departed"_s } };
    CHECK(classes == expected);
    CHECK(b1[u"actual"_s].toInt() == 1);
    CHECK(b1[u"virtual"_s].toInt() == 2);
    CHECK(b1[u"registered_here"_s].toInt() == 3);
    CHECK(b1[u"office_only"_s].toInt() == 2);
    CHECK(b1[u"revenue"_s].toDouble() == 80000000.0); // 甲 + 乙 (registered here), 2024
    CHECK(b1[u"tax"_s].toDouble() == 11000000.0);
    CHECK(b1[u"tax_band"_s].toString() == u"千万元楼"_s);
    CHECK(b1[u"tax_per_m2"_s].toDouble() == Approx(1100.0));
    CHECK(b1[u"occupancy"_s].toDouble() == Approx(0.06)); // 300 + 200 + 100 current of 10,000 m²
    CHECK(b1[u"previous"_s][u"tax"_s].toDouble() == 4000000.0);
    CHECK(b1[u"previous"_s][u"occupancy"_s].toDouble() == Approx(0.06));
    // occupants 甲, 丙, 丁; registered in 320902: 甲 only
    CHECK(b1[u"registration_rate"_s].toDouble() == Approx(1.0 / 3));
    CHECK(b1[u"unmatched_tenants"_s].toInt() == 1);
    CHECK(b1[u"unmatched_tenant_list"_s][0][u"name"_s].toString() == u"不存在的公司"_s);
    const QJsonObject b2 = buildings[1].toObject();
    CHECK(b2[u"has_footprint"_s].toBool() == false);
    CHECK(b2[u"actual"_s].toInt() == 1);
    CHECK(b2[u"tax_per_m2"_s].isNull());
    CHECK(b2[u"notes"_s].toArray().size() == 2);
    // The reasons name the evidence.
    for (const QJsonValue& m : b1[u"members"_s].toArray()) {
        const QString reasons = m[u"reasons"_s].toVariant().toStringList().join(u'\n');
        if (m[u"name"_s].toString() == u"丁公司")
            CHECK(reasons.contains(u"戊公司"_s) == false); // the tenancy line names floor/room and the way
        if (m[u"name"_s].toString() == u"己公司")
            CHECK(m[u"signals"_s].toArray().size() >= 2);
    }

    // 外迁 risk: 乙 (virtual, operating address in 盐都区 320903) scores registered_only 10 +
    // operating_outside 20; 甲's tax rose (4 → 6 million): no tax part.
    const auto risks
        = runCli({ u"park"_s, u"risks"_s, u"--db"_s, cache, u"--park"_s, u"P1"_s, u"--as-of"_s, kAsOf });
    REQUIRE(risks.exitCode == 0);
    QHash<QString, int> scores;
    QHash<QString, QStringList> partKeys;
    for (const QJsonValue& e : risks.json()[u"enterprises"_s].toArray()) {
        scores.insert(e[u"name"_s].toString(), e[u"score"_s].toInt());
        int sum = 0;
        for (const QJsonValue& part : e[u"parts"_s].toArray()) {
            partKeys[e[u"name"_s].toString()] << part[u"key"_s].toString();
            sum += part[u"points"_s].toInt();
            CHECK(!part[u"fact"_s].toString().isEmpty());
        }
        CHECK(e[u"score"_s].toInt() == std::min(100, sum));
    }
    CHECK(scores.value(u"乙公司"_s) == 30);
    CHECK(partKeys.value(u"乙公司"_s) == QStringList { u"operating_outside"_s, u"registered_only"_s });
    CHECK(!scores.contains(u"甲公司"_s));

    // Potential: 甲 has no IP and no R&D on record → 高新 core IP fails, R&D unknown.
    const auto pot = runCli({ u"park"_s, u"potential"_s, u"--db"_s, cache, u"--park"_s, u"P1"_s, u"--as-of"_s,
        kAsOf, u"--target"_s, u"高新技术企业"_s });
    REQUIRE(pot.exitCode == 0);
    bool sawJia = false;
    for (const QJsonValue& e : pot.json()[u"enterprises"_s].toArray()) {
        CHECK(e[u"target"_s].toString() == u"高新技术企业"_s);
        if (e[u"name"_s].toString() != u"甲公司")
            continue;
        sawJia = true;
        QHash<QString, QString> gates;
        for (const QJsonValue& g : e[u"gates"_s].toArray())
            gates.insert(g[u"key"_s].toString(), g[u"result"_s].toString());
        CHECK(gates.value(u"age"_s) == u"pass"_s); // 2015
        CHECK(gates.value(u"core_ip"_s) == u"fail"_s);
        CHECK(gates.value(u"rd_ratio"_s) == u"unknown"_s);
        CHECK(e[u"failed"_s].toInt() == 1);
    }
    CHECK(sawJia);
    CHECK(runCli({ u"park"_s, u"potential"_s, u"--db"_s, cache, u"--park"_s, u"P1"_s, u"--target"_s,
                     u"独角兽"_s })
              .exitCode
        == 1);

    // The watch list is kept in the cache; unknown codes are refused and change nothing.
    CHECK(runCli({ u"park"_s, u"watch"_s, u"--db"_s, cache, u"--add"_s, u"91320902MA0000002A"_s, u"--note"_s,
                     u"重点跟踪"_s })
              .exitCode
        == 0);
    const auto w = runCli({ u"park"_s, u"watch"_s, u"--db"_s, cache, u"--add"_s, u"NOPE"_s });
    CHECK(w.exitCode == 1);
    const auto listed = runCli({ u"park"_s, u"watch"_s, u"--db"_s, cache });
    REQUIRE(listed.json()[u"watch"_s].toArray().size() == 1);
    CHECK(listed.json()[u"watch"_s][0][u"note"_s].toString() == u"重点跟踪"_s);
    const auto risks2 = runCli({ u"park"_s, u"risks"_s, u"--db"_s, cache, u"--park"_s, u"P1"_s });
    for (const QJsonValue& e : risks2.json()[u"enterprises"_s].toArray())
        CHECK(e[u"watched"_s].toBool() == (e[u"name"_s].toString() == u"乙公司"));
    CHECK(runCli({ u"park"_s, u"watch"_s, u"--db"_s, cache, u"--remove"_s, u"91320902MA0000002A"_s }).exitCode
        == 0);
    CHECK(runCli({ u"park"_s, u"watch"_s, u"--db"_s, cache }).json()[u"watch"_s].toArray().isEmpty());

    // An empty park answers with no buildings and a note, not an empty success without words.
    const auto empty = runCli({ u"park"_s, u"report"_s, u"--db"_s, cache, u"--park"_s, u"P2"_s });
    REQUIRE(empty.exitCode == 0);
    CHECK(empty.json()[u"buildings"_s].toArray().isEmpty());
    CHECK(!empty.json()[u"notes"_s].toArray().isEmpty());
}

TEST_CASE("park commands refuse bad input clearly and change nothing", "[parks]")
{
    QTemporaryDir tmp;
    const QString cache = tmp.filePath(u"small.djcache"_s);
    REQUIRE(runCli({ u"demo"_s, u"--db"_s, cache, u"--enterprises"_s, u"2000"_s }).exitCode == 0);
    REQUIRE(runCli({ u"park"_s, u"list"_s, u"--db"_s, cache }).exitCode == 0);
    const QByteArray before = fileHash(cache);
    const auto bad = runCli({ u"park"_s, u"report"_s, u"--db"_s, cache, u"--park"_s, u"PK-NOPE"_s });
    CHECK(bad.exitCode == 1);
    CHECK((bad.err.contains("not found") || QString::fromUtf8(bad.err).contains(u"未找到"_s)));
    CHECK(bad.out.isEmpty());
    CHECK(fileHash(cache) == before);
    CHECK(runCli({ u"park"_s, u"report"_s, u"--db"_s, cache }).exitCode == 2); // --park missing
    CHECK(runCli({ u"park"_s, u"report"_s, u"--park"_s, u"X"_s }).exitCode == 2); // --db missing
    CHECK(runCli({ u"park"_s, u"report"_s, u"--db"_s, tmp.filePath(u"none.djcache"_s), u"--park"_s, u"X"_s })
              .exitCode
        == 1);
    CHECK(!QFile::exists(tmp.filePath(u"none.djcache"_s)));
    const auto date = runCli(
        { u"park"_s, u"report"_s, u"--db"_s, cache, u"--park"_s, u"X"_s, u"--as-of"_s, u"2025-13-40"_s });
    CHECK(date.exitCode == 1);
    const auto bytes = runCli({ u"park"_s, u"report"_s, u"--db"_s, cache, u"--park"_s,
        QString::fromUtf8("\xe5\x9b\xad\xef\xbf\xbd'; DROP TABLE parks;--") });
    CHECK(bytes.exitCode == 1);
    CHECK(runCli({ u"park"_s, u"list"_s, u"--db"_s, cache }).json()[u"total"_s].toInt() > 0);
}

TEST_CASE("policy calculator matches agree with the same rules written as plain SQL", "[parks][slow]")
{
    Demo& d = demo();
    dj::store::Database db = dj::store::Database::openRaw(d.cache, dj::store::Database::Mode::ReadOnly);
    const int Y = d.bundle.year;
    const auto list = runCli({ u"park"_s, u"list"_s, u"--db"_s, d.cache });
    const QJsonArray parks = list.json().value(u"parks"_s).toArray();
    const auto policies = runCli({ u"park"_s, u"policies"_s, u"--db"_s, d.cache });
    REQUIRE(policies.exitCode == 0);
    REQUIRE(policies.json()[u"policies"_s].toArray().size() >= 4);
    // The same four shipped rules, as SQL over the bundle tables; ?1 = the firms of the class the rule names.
    struct Rule
    {
        QString name;
        QStringList classes;
        const char* sql; // returns uscc, amount
    };
    const std::vector<Rule> rules {
        { u"楼宇经济贡献奖励"_s, { u"actual"_s },
            "SELECT uscc, min(0.1 * tax, 2000000) FROM financials WHERE year = ?2 AND tax >= 5000000 "
            "AND uscc IN (SELECT value FROM json_each(?1)) AND ?3 IS NOT NULL" },
        { u"高新技术企业认定奖励"_s, { u"actual"_s, u"virtual"_s },
            "SELECT DISTINCT uscc, 200000 FROM qualifications WHERE kind = '高新技术企业' AND (valid_to IS "
            "NULL OR "
            "valid_to = '' OR valid_to >= ?3) AND uscc IN (SELECT value FROM json_each(?1)) AND ?2 > 0" },
        { u"科技服务业稳岗补贴"_s, { u"actual"_s, u"office_only"_s },
            "SELECT e.uscc, min(1000 * f.employees, 500000) FROM enterprises e JOIN financials f ON f.uscc = "
            "e.uscc "
            "AND f.year = ?2 WHERE e.industry_section IN ('I', 'M') AND f.employees >= 20 "
            "AND e.uscc IN (SELECT value FROM json_each(?1)) AND ?3 IS NOT NULL" },
        { u"成长型企业培育奖励"_s, { u"actual"_s, u"virtual"_s, u"office_only"_s },
            "SELECT e.uscc, 300000 FROM enterprises e JOIN financials f ON f.uscc = e.uscc AND f.year = ?2 "
            "JOIN financials p ON p.uscc = e.uscc AND p.year = ?2 - 1 WHERE e.established <= date(?3, '-2 "
            "years') "
            "AND f.revenue >= 10000000 AND p.tax > 0 AND f.tax / p.tax - 1 >= 0.1 "
            "AND e.uscc IN (SELECT value FROM json_each(?1))" },
    };
    int parksChecked = 0, matches = 0;
    for (const QJsonValue& p : parks) {
        if (parksChecked >= 10)
            break;
        ++parksChecked;
        const QString parkId = p[u"park_id"_s].toString();
        const auto r = runCli({ u"park"_s, u"report"_s, u"--db"_s, d.cache, u"--park"_s, parkId, u"--as-of"_s,
            kAsOf, u"--members"_s });
        REQUIRE(r.exitCode == 0);
        QHash<QString, QString> classOf; // each firm once, at its first building
        for (const QJsonValue& b : r.json()[u"buildings"_s].toArray()) {
            for (const QJsonValue& m : b[u"members"_s].toArray()) {
                if (m[u"class"_s].toString() != u"departed" && !classOf.contains(m[u"uscc"_s].toString()))
                    classOf.insert(m[u"uscc"_s].toString(), m[u"class"_s].toString());
            }
        }
        for (const Rule& rule : rules) {
            QStringList usccs;
            for (auto it = classOf.begin(); it != classOf.end(); ++it) {
                if (rule.classes.contains(it.value()))
                    usccs << it.key();
            }
            std::map<QString, double> expected;
            dj::store::Statement st = db.prepare(rule.sql);
            st.bind(1, QJsonDocument(QJsonArray::fromStringList(usccs)).toJson(QJsonDocument::Compact));
            st.bind(2, Y).bind(3, kAsOf);
            while (st.step())
                expected[st.columnText(0)] = st.columnDouble(1);
            const auto out = runCli({ u"park"_s, u"policy"_s, u"--db"_s, d.cache, u"--park"_s, parkId,
                u"--policy"_s, rule.name, u"--as-of"_s, kAsOf });
            REQUIRE(out.exitCode == 0);
            std::map<QString, double> got;
            for (const QJsonValue& e : out.json()[u"enterprises"_s].toArray()) {
                if (e[u"qualifies"_s].toBool())
                    got[e[u"uscc"_s].toString()] = e[u"amount"_s].toDouble();
                // every condition says why
                for (const QJsonValue& c : e[u"conditions"_s].toArray()) {
                    CHECK(!c[u"why"_s].toString().isEmpty());
                    // The reason is read by people: class words, never the JSON's class keys.
                    if (c[u"field"_s].toString() == u"class") {
                        const QString why = c[u"why"_s].toString();
                        CHECK_FALSE(why.contains(u"actual"_s));
                        CHECK_FALSE(why.contains(u"virtual"_s));
                        CHECK_FALSE(why.contains(u"office_only"_s));
                        CHECK_FALSE(why.contains(u"departed"_s));
                        CHECK(why.contains(u"实际注册"_s) + why.contains(u"虚拟注册"_s)
                                + why.contains(u"仅办公"_s)
                            >= 1);
                    }
                }
            }
            INFO("park " << parkId.toStdString() << " policy " << rule.name.toStdString());
            REQUIRE(got.size() == expected.size());
            for (const auto& [u, amount] : expected) {
                REQUIRE(got.count(u) == 1);
                CHECK(got[u] == Approx(amount).margin(0.01));
            }
            matches += int(got.size());
        }
    }
    CHECK(matches > 0);

    // A rule with an unknown field or a wrong value type is refused with the key named, nothing applied.
    QTemporaryDir tmp;
    writeFile(tmp.filePath(u"bad.json"_s),
        uR"({"name":"x","conditions":[{"field":"colour","op":"=","value":"red"}],"amount":{"kind":"fixed","value":1}})"_s);
    const auto bad = runCli({ u"park"_s, u"policy"_s, u"--db"_s, d.cache, u"--park"_s,
        parks[0][u"park_id"_s].toString(), u"--rule"_s, tmp.filePath(u"bad.json"_s) });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("colour"));
    writeFile(tmp.filePath(u"bad2.json"_s),
        uR"({"name":"x","conditions":[{"field":"tax","op":">=","value":"many"}],"amount":{"kind":"fixed","value":1}})"_s);
    CHECK(runCli({ u"park"_s, u"policies"_s, u"--db"_s, d.cache, u"--add"_s, tmp.filePath(u"bad2.json"_s) })
              .exitCode
        == 1);
    CHECK(
        runCli({ u"park"_s, u"policies"_s, u"--db"_s, d.cache }).json()[u"policies"_s].toArray().size() == 4);
}

TEST_CASE(
    "demo roads are park data, not drawings, and the demo ends with the evidence built", "[parks][slow]")
{
    Demo& d = demo();
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(u"copy.djcache"_s);
    REQUIRE(QFile::copy(d.cache, copy));
    dj::store::Database db = dj::store::Cache::open(copy, dj::store::Cache::Access::ReadWrite);
    // No user drawing comes with the demo; each park has its three internal roads as park data.
    CHECK(db.scalarInt("SELECT count(*) FROM map_overlays") == 0);
    const qint64 parkCount = db.scalarInt("SELECT count(*) FROM parks");
    REQUIRE(parkCount > 0);
    CHECK(db.scalarInt("SELECT count(*) FROM park_roads") == 3 * parkCount);
    CHECK(db.scalarInt("SELECT count(DISTINCT park_id) FROM park_roads WHERE park_id IN (SELECT park_id FROM "
                       "parks)")
        == parkCount);
    CHECK(db.scalarInt("SELECT count(*) FROM park_roads WHERE geometry NOT LIKE '{\"type\":\"LineString\"%'")
        == 0);
    // The matching evidence was built by the demo (its stamp is the data version): no first click pays it.
    CHECK(db.scalarText("SELECT value FROM meta WHERE key = 'parks_data_version'")
        == db.scalarText("SELECT value FROM meta WHERE key = 'data_version'"));
    CHECK(db.scalarInt("SELECT count(*) FROM park_presence") > 0);
    dj::parks::ParkStore store(db);
    CHECK(store.current());

    // The plan gets the park's own roads, plus a road the user drew across the park.
    const QString park = db.scalarText("SELECT park_id FROM parks ORDER BY park_id LIMIT 1");
    const auto info = store.park(park);
    REQUIRE(info);
    CHECK(store.roads(park, info->boundary).size() == 3);
    double x0 = 1e9, x1 = -1e9, y = 0;
    for (const QPointF& p : info->boundary) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y += p.y() / double(info->boundary.size());
    }
    dj::store::Statement ins
        = db.prepare("INSERT INTO map_overlays(name, kind, geometry) VALUES ('规划路', 'road', ?1)");
    QStringList points; // across the park at its mean latitude, in 20 steps (one vertex lands inside)
    for (int i = 0; i <= 20; ++i)
        points << u"[%1,%2]"_s.arg(x0 - 0.01 + (x1 - x0 + 0.02) * i / 20, 0, 'f', 6).arg(y, 0, 'f', 6);
    ins.bind(1, u"{\"type\":\"LineString\",\"coordinates\":[%1]}"_s.arg(points.join(u',')));
    ins.run();
    CHECK(store.roads(park, info->boundary).size() == 4);
}
