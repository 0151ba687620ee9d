#include "core/codes/uscc.h"
#include "core/demo/demogenerator.h"
#include "core/geo/regioncentres.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/store/namegramindex.h"
#include "core/store/schema.h"
#include "core/store/statement.h"
#include "core/store/storeerror.h"
#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch.hpp>
#include <cmath>
#include <numbers>
#include <stdexcept>

using namespace dj::store;
using dj::demo::DemoGenerator;
using dj::demo::DemoOptions;

namespace {

/// Hash of every bundle table's rows in key order: equal hashes = identical export.
QByteArray contentHash(const QString& path)
{
    Database db = Cache::open(path, Cache::Access::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : Schema::bundleTables()) {
        const QString order
            = table == QLatin1String("enterprises") ? QStringLiteral(" ORDER BY id") : QString();
        Statement st = db.prepare((QStringLiteral("SELECT * FROM ") + table + order).toStdString());
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c) {
                hash.addData(st.isNull(c)
                        ? QByteArray("\x01N")
                        : QByteArray(st.columnUtf8(c).data(), qsizetype(st.columnUtf8(c).size())));
                hash.addData(QByteArray("\x1f"));
            }
        }
    }
    return hash.result().toHex();
}

qint64 scalar(const Database& db, const char* sql)
{
    return db.scalarInt(sql);
}

/// The default-size cache, generated once for the tests that look at realism.
const QString& defaultCache()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("demo.djcache"));
        DemoGenerator::generate(p, DemoOptions {});
        return p;
    }();
    return path;
}

} // namespace

TEST_CASE("same seed and size give identical tables, another seed differs", "[demo]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.djcache"));
    const QString b = dir.filePath(QStringLiteral("b.djcache"));
    const QString c = dir.filePath(QStringLiteral("c.djcache"));
    const auto sa = DemoGenerator::generate(a, DemoOptions { 3000, 7 });
    const auto sb = DemoGenerator::generate(b, DemoOptions { 3000, 7 });
    DemoGenerator::generate(c, DemoOptions { 3000, 8 });
    CHECK(sa.enterprises == 3000);
    CHECK(sa.rows == sb.rows);
    const QByteArray ha = contentHash(a);
    CHECK(ha == contentHash(b));
    CHECK(ha != contentHash(c));
    // regenerating over an existing cache replaces it completely
    DemoGenerator::generate(b, DemoOptions { 3000, 8 });
    CHECK(contentHash(b) == contentHash(c));
}

TEST_CASE("the demo cache is a valid cache labelled as demo data", "[demo]")
{
    Database db = Cache::open(defaultCache(), Cache::Access::ReadOnly);
    CHECK(Cache::dataSource(db) == QStringLiteral("演示数据"));
    CHECK(Cache::dataVersion(db) >= 1);
    CHECK(Cache::integrityProblem(db).isEmpty());
    // foreign keys hold although generation runs with checks off
    Statement fk = db.prepare("PRAGMA foreign_key_check");
    CHECK_FALSE(fk.step());
    // derived indexes are current
    CHECK(dj::store::NameGramIndex::problem(db).isEmpty());
    const auto withSuffix = dj::store::NameGramIndex(db).containing(QStringLiteral("有限公司"));
    REQUIRE(withSuffix);
    CHECK(qint64(withSuffix->size()) > scalar(db, "SELECT count(*) FROM enterprises") / 2);
}

TEST_CASE("every bundle table is filled in roughly the documented ratios", "[demo]")
{
    Database db = Cache::open(defaultCache(), Cache::Access::ReadOnly);
    for (const QString& table : Schema::bundleTables()) {
        INFO(table.toStdString());
        CHECK(db.scalarInt((QStringLiteral("SELECT count(*) FROM ") + table).toStdString()) > 0);
    }
    const double n = double(scalar(db, "SELECT count(*) FROM enterprises"));
    REQUIRE(n == 100000);
    auto ratio = [&](const char* sql) { return double(db.scalarInt(sql)) / n; };
    CHECK(ratio("SELECT count(*) FROM persons") == Approx(1.6).margin(0.3));
    CHECK(ratio("SELECT count(*) FROM roles") == Approx(2.5).margin(0.5));
    CHECK(ratio("SELECT count(*) FROM shareholdings") == Approx(1.8).margin(0.4));
    CHECK(ratio("SELECT count(*) FROM financials") == Approx(3.0).margin(0.7));
    CHECK(ratio("SELECT count(*) FROM risks") == Approx(0.6).margin(0.25));
    CHECK(ratio("SELECT count(*) FROM ip") == Approx(1.5).margin(0.5));
    CHECK(scalar(db, "SELECT count(*) FROM parks") < 200);
    // names are unique; every province occurs
    CHECK(scalar(db, "SELECT count(DISTINCT name) FROM enterprises") == 100000);
    CHECK(scalar(db, "SELECT count(DISTINCT substr(region_code, 1, 2)) FROM enterprises") == 31);
    // a status mix like a register's
    const double operating = ratio("SELECT count(*) FROM enterprises WHERE status IN ('存续','在业')");
    CHECK(operating > 0.7);
    CHECK(operating < 0.92);
    CHECK(ratio("SELECT count(*) FROM enterprises WHERE status = '注销'") > 0.05);
    // wholesale/retail largest, mining small
    CHECK(ratio("SELECT count(*) FROM enterprises WHERE industry_section = 'F'") > 0.2);
    CHECK(ratio("SELECT count(*) FROM enterprises WHERE industry_section = 'B'") < 0.01);
    // Guangdong larger than Tibet by far
    CHECK(scalar(db, "SELECT count(*) FROM enterprises WHERE region_code LIKE '44%'")
        > 20 * scalar(db, "SELECT count(*) FROM enterprises WHERE region_code LIKE '54%'"));
}

TEST_CASE("credit codes are valid and match the region, except the flagged ones", "[demo]")
{
    Database db = Cache::open(defaultCache(), Cache::Access::ReadOnly);
    Statement st = db.prepare("SELECT uscc, uscc_invalid, region_code FROM enterprises");
    qint64 valid = 0, flagged = 0, wrong = 0;
    while (st.step()) {
        const QString uscc = st.columnText(0);
        const auto info = dj::codes::Uscc::parse(uscc);
        const bool invalid = st.columnInt(1) != 0;
        if (invalid) {
            ++flagged;
            if (info.valid || info.warning.isEmpty()) // well formed, only a check character wrong
                ++wrong;
        } else if (info.valid && uscc.mid(2, 6) == st.columnText(2)) {
            ++valid;
        } else {
            ++wrong;
        }
    }
    CHECK(wrong == 0);
    CHECK(flagged >= 3);
    CHECK(flagged < 50);
    CHECK(valid + flagged == 100000);
}

TEST_CASE("ID numbers are stored masked only", "[demo]")
{
    Database db = Cache::open(defaultCache(), Cache::Access::ReadOnly);
    const QRegularExpression masked(QStringLiteral("^\\d{6}\\*{8}\\d{3}[0-9X]$"));
    const QRegularExpression longDigits(QStringLiteral("\\d{15}"));
    Statement st
        = db.prepare("SELECT person_id, name, id_masked, birthplace_code, native_place_code FROM persons");
    qint64 rows = 0, bad = 0;
    while (st.step()) {
        ++rows;
        if (!masked.match(st.columnText(2)).hasMatch())
            ++bad;
        if (st.columnText(2).left(6) != st.columnText(3))
            ++bad;
        for (int c = 0; c < 5; ++c) {
            if (longDigits.match(st.columnText(c)).hasMatch())
                ++bad;
        }
    }
    CHECK(rows > 0);
    CHECK(bad == 0);
    // migration: Anhui/Henan/Jiangxi/Hunan natives among Shanghai's entrepreneurs
    const qint64 migrants = scalar(db,
        "SELECT count(DISTINCT p.person_id) FROM persons p JOIN roles r ON r.person_id = p.person_id "
        "JOIN enterprises e ON e.uscc = r.uscc WHERE e.region_code LIKE '31%' "
        "AND substr(p.birthplace_code, 1, 2) IN ('34','41','36','43')");
    const qint64 shanghai = scalar(db,
        "SELECT count(DISTINCT r.person_id) FROM roles r JOIN enterprises e ON e.uscc = r.uscc "
        "WHERE e.region_code LIKE '31%'");
    CHECK(double(migrants) / double(shanghai) > 0.15);
    CHECK(scalar(db, "SELECT count(*) FROM members WHERE register = '上海安徽商会'") > 0);
}

TEST_CASE("ownership has groups several levels deep, funds and cycles", "[demo]")
{
    Database db = Cache::open(defaultCache(), Cache::Access::ReadOnly);
    // two firms holding each other
    CHECK(scalar(db,
              "SELECT count(*) FROM shareholdings a JOIN shareholdings b ON a.holder_kind = 'enterprise' "
              "AND b.holder_kind = 'enterprise' AND a.holder_id = b.investee_uscc AND b.holder_id = "
              "a.investee_uscc")
        > 0);
    // three-firm cycles
    CHECK(scalar(db,
              "SELECT count(*) FROM shareholdings a JOIN shareholdings b ON b.investee_uscc = a.holder_id "
              "JOIN shareholdings c ON c.investee_uscc = b.holder_id WHERE a.holder_kind = 'enterprise' "
              "AND b.holder_kind = 'enterprise' AND c.holder_kind = 'enterprise' AND c.holder_id = "
              "a.investee_uscc "
              "AND a.investee_uscc <> b.investee_uscc")
        > 0);
    // holding → subsidiary → sub-subsidiary
    CHECK(scalar(db,
              "SELECT count(*) FROM shareholdings a JOIN shareholdings b ON b.investee_uscc = a.holder_id "
              "JOIN shareholdings c ON c.investee_uscc = b.holder_id WHERE a.holder_kind = 'enterprise' "
              "AND b.holder_kind = 'enterprise' AND c.holder_kind = 'enterprise' AND c.holder_id <> "
              "a.investee_uscc")
        > 0);
    CHECK(scalar(db,
              "SELECT count(*) FROM shareholdings s JOIN enterprises e ON e.uscc = s.holder_id "
              "WHERE e.name LIKE '%（有限合伙）'")
        > 50);
    CHECK(scalar(db, "SELECT count(*) FROM shareholdings WHERE holder_kind = 'other'") > 50);
    // holders' shares never exceed the whole
    CHECK(scalar(db,
              "SELECT count(*) FROM (SELECT investee_uscc FROM shareholdings GROUP BY investee_uscc "
              "HAVING sum(share_pct) > 100.05)")
        == 0);
}

TEST_CASE("both client scenarios have non-trivial results", "[demo]")
{
    Database db = Cache::open(defaultCache(), Cache::Access::ReadOnly);
    // 信贷获客: not A/B, operating, latest revenue ≥ 5,000万, tax +20 % in each of the last two years,
    // financing
    const qint64 credit = scalar(db, R"SQL(
        WITH lr AS (SELECT uscc, max(year) AS y FROM financials WHERE revenue IS NOT NULL GROUP BY uscc),
             lt AS (SELECT uscc, max(year) AS y FROM financials WHERE tax IS NOT NULL GROUP BY uscc)
        SELECT count(*) FROM enterprises e
        JOIN lr ON lr.uscc = e.uscc JOIN financials f ON f.uscc = e.uscc AND f.year = lr.y
        JOIN lt ON lt.uscc = e.uscc
        JOIN financials t0 ON t0.uscc = e.uscc AND t0.year = lt.y
        JOIN financials t1 ON t1.uscc = e.uscc AND t1.year = lt.y - 1
        JOIN financials t2 ON t2.uscc = e.uscc AND t2.year = lt.y - 2
        WHERE e.industry_section NOT IN ('A', 'B') AND e.status IN ('存续', '在业') AND f.revenue >= 50000000
          AND t1.tax > 0 AND t0.tax >= 1.2 * t1.tax AND t2.tax > 0 AND t1.tax >= 1.2 * t2.tax
          AND EXISTS (SELECT 1 FROM financing x WHERE x.uscc = e.uscc))SQL");
    CHECK(credit >= 30);
    CHECK(credit < 5000);
    // 渠道拓展: 盐城, operating, a current food or liquor licence, latest revenue ≥ 2,000万; split by licence
    // kind
    Statement st = db.prepare(R"SQL(
        SELECT l.kind, count(DISTINCT e.uscc) FROM enterprises e
        JOIN licenses l ON l.uscc = e.uscc AND l.kind IN ('酒类经营许可证', '食品经营许可证')
             AND (l.valid_to IS NULL OR l.valid_to >= date('now'))
        JOIN (SELECT uscc, max(year) AS y FROM financials WHERE revenue IS NOT NULL GROUP BY uscc) m ON m.uscc = e.uscc
        JOIN financials f ON f.uscc = e.uscc AND f.year = m.y
        WHERE e.region_code LIKE '3209%' AND e.status IN ('存续', '在业') AND f.revenue >= 20000000
        GROUP BY l.kind ORDER BY l.kind)SQL");
    QMap<QString, qint64> byKind;
    while (st.step())
        byKind[st.columnText(0)] = st.columnInt(1);
    CHECK(byKind.value(QStringLiteral("食品经营许可证")) >= 10);
    CHECK(byKind.value(QStringLiteral("酒类经营许可证")) >= 3);
    // both are shipped as built-in saved searches in the filter language of cli.md
    Statement saved = db.prepare("SELECT name, filter FROM saved_searches WHERE builtin = 1 ORDER BY name");
    QMap<QString, QJsonObject> filters;
    while (saved.step())
        filters[saved.columnText(0)] = QJsonDocument::fromJson(saved.columnText(1).toUtf8()).object();
    REQUIRE(filters.size() == 2);
    const QJsonObject credit1 = filters.value(QStringLiteral("信贷获客"));
    CHECK(credit1.value(QStringLiteral("exclude_industries")).toArray()
        == QJsonArray { QStringLiteral("A"), QStringLiteral("B") });
    CHECK(credit1.value(QStringLiteral("revenue")).toObject().value(QStringLiteral("min")).toDouble()
        == 50000000);
    CHECK(credit1.value(QStringLiteral("tax_growth")).toObject().value(QStringLiteral("years")).toInt() == 2);
    CHECK(credit1.value(QStringLiteral("financing")).toBool());
    const QJsonObject channel = filters.value(QStringLiteral("渠道拓展"));
    CHECK(channel.value(QStringLiteral("regions")).toArray() == QJsonArray { QStringLiteral("3209") });
    CHECK(channel.value(QStringLiteral("licenses_any")).toArray().size() == 2);
    CHECK(channel.value(QStringLiteral("revenue")).toObject().value(QStringLiteral("min")).toDouble()
        == 20000000);
}

TEST_CASE("all three building classes occur in the demo parks", "[demo]")
{
    Database db = Cache::open(defaultCache(), Cache::Access::ReadOnly);
    struct Box
    {
        double x0, y0, x1, y1;
    };
    std::vector<Box> boxes;
    Statement b = db.prepare("SELECT footprint FROM buildings");
    while (b.step()) {
        const QJsonArray ring = QJsonDocument::fromJson(b.columnText(0).toUtf8())
                                    .object()
                                    .value(QStringLiteral("coordinates"))
                                    .toArray()
                                    .at(0)
                                    .toArray();
        REQUIRE(ring.size() >= 5); // closed rings: rectangles and L-shaped blocks
        Box box { 1e9, 1e9, -1e9, -1e9 };
        for (const auto& p : ring) {
            const double x = p.toArray().at(0).toDouble(), y = p.toArray().at(1).toDouble();
            box = { std::min(box.x0, x), std::min(box.y0, y), std::max(box.x1, x), std::max(box.y1, y) };
        }
        boxes.push_back(box);
    }
    auto insideAny = [&](double x, double y) {
        for (const Box& box : boxes) {
            if (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1)
                return true;
        }
        return false;
    };
    qint64 actual = 0, virtualReg = 0, officeOnly = 0;
    Statement e = db.prepare("SELECT lon, lat, op_lon, op_lat FROM enterprises WHERE lon IS NOT NULL");
    while (e.step()) {
        const bool regHere = insideAny(e.columnDouble(0), e.columnDouble(1));
        const bool hasOp = !e.isNull(2);
        const bool opHere = hasOp ? insideAny(e.columnDouble(2), e.columnDouble(3)) : regHere;
        if (regHere && opHere)
            ++actual;
        else if (regHere)
            ++virtualReg;
        else if (opHere)
            ++officeOnly;
    }
    CHECK(actual > 100);
    CHECK(virtualReg > 50);
    CHECK(officeOnly > 20);
    // virtual registrations read like 集中登记地 addresses
    CHECK(scalar(db,
              "SELECT count(*) FROM enterprises WHERE address LIKE '%（集中登记地）' OR address LIKE "
              "'%（集群注册）'")
        > 10);
    // addresses are written in the varied ways of real registries
    CHECK(scalar(db, "SELECT count(*) FROM enterprises WHERE address LIKE '%号楼%'") > 100);
    CHECK(scalar(db, "SELECT count(*) FROM enterprises WHERE address LIKE '%幢%'") > 100);
    CHECK(scalar(db, "SELECT count(*) FROM enterprises WHERE address GLOB '*[０-９]*'") > 100);
    CHECK(scalar(
              db, "SELECT count(*) FROM enterprises WHERE address LIKE '%三号楼%' OR address LIKE '%十二幢%'")
        > 0);
    CHECK(scalar(db, "SELECT count(*) FROM invoices") > 1000);
    CHECK(scalar(db, "SELECT count(*) FROM tasks WHERE status IN ('待办', '进行中')") > 0);
}

TEST_CASE("bad arguments are refused and lose nothing", "[demo]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep me\n");
    }
    CHECK_THROWS_AS(DemoGenerator::generate(text, DemoOptions { 1000, 1 }), StoreError);
    QFile f(text);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("keep me\n"));
    f.close();

    const QString path = dir.filePath(QStringLiteral("x.djcache"));
    CHECK_THROWS_AS(DemoGenerator::generate(path, DemoOptions { 999, 1 }), std::invalid_argument);
    CHECK_THROWS_AS(DemoGenerator::generate(path, DemoOptions { 5000001, 1 }), std::invalid_argument);
    CHECK_FALSE(QFile::exists(path));

    // cancelling leaves no half-written cache behind
    std::atomic_bool cancel { false };
    qint64 reports = 0;
    dj::Progress progress(
        [&](qint64, qint64, const QString&) {
            if (++reports == 3)
                cancel = true;
        },
        &cancel);
    CHECK_THROWS_AS(DemoGenerator::generate(path, DemoOptions { 20000, 1 }, progress), dj::Cancelled);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("dianjing-cli demo", "[demo][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.djcache"));
    auto r = dj::test::runCli(
        { QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--enterprises"),
            QStringLiteral("1000"), QStringLiteral("--seed"), QStringLiteral("5") });
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o.value(QStringLiteral("enterprises")).toInteger() == 1000);
    CHECK(o.value(QStringLiteral("persons")).toInteger() > 1000);
    CHECK(o.contains(QStringLiteral("seconds")));
    CHECK(o.value(QStringLiteral("rows")).toObject().value(QStringLiteral("roles")).toInteger() > 1000);
    CHECK(r.err.isEmpty()); // no progress when stderr is not a terminal
    CHECK(Cache::isCache(path));

    // usage errors: exit 2
    CHECK(dj::test::runCli({ QStringLiteral("demo") }).exitCode == 2);
    CHECK(dj::test::runCli({ QStringLiteral("demo"), QStringLiteral("--db"), path,
                               QStringLiteral("--enterprises"), QStringLiteral("12abc") })
              .exitCode
        == 2);
    CHECK(dj::test::runCli({ QStringLiteral("demo"), QStringLiteral("--db"), path,
                               QStringLiteral("--enterprises"), QStringLiteral("10") })
              .exitCode
        == 2);
    CHECK(dj::test::runCli({ QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--seed"),
                               QStringLiteral("-1") })
              .exitCode
        == 2);
    CHECK(Cache::isCache(path)); // untouched by the refused runs

    // a file that is not a cache is never overwritten: exit 1
    const QString text = dir.filePath(QStringLiteral("data.csv"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("uscc,name\n");
    }
    const auto refused = dj::test::runCli({ QStringLiteral("demo"), QStringLiteral("--db"), text,
        QStringLiteral("--enterprises"), QStringLiteral("1000") });
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(refused.err.isEmpty());
    QFile f(text);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("uscc,name\n"));
}

TEST_CASE("demo enterprises sit around their county's real centre", "[demo]")
{
    // Registered positions scatter a few km around the county seat or centroid (core/geo's table), so the
    // map shows enterprises where their towns are, over real tiles.
    Database db = Cache::open(defaultCache(), Cache::Access::ReadOnly);
    Statement e
        = db.prepare("SELECT region_code, lon, lat FROM enterprises WHERE lon IS NOT NULL LIMIT 20000");
    qint64 checked = 0, near = 0;
    while (e.step()) {
        const auto centre = dj::geo::RegionCentres::instance().exact(e.columnText(0));
        if (!centre)
            continue;
        ++checked;
        const double dLon = (e.columnDouble(1) - centre->position.lon)
            * std::cos(centre->position.lat * std::numbers::pi / 180);
        const double dLat = e.columnDouble(2) - centre->position.lat;
        if (std::sqrt(dLon * dLon + dLat * dLat) * 111.0 < 30.0) // km
            ++near;
    }
    REQUIRE(checked > 10000); // nearly every county has a centre
    CHECK(double(near) / double(checked) > 0.9);
}
