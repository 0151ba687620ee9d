#include "core/store/cache.h"
#include "tests/support/testutil.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using dj::test::runCli;

TEST_CASE("geo convert prints the published values at 1e-7 degrees", "[geo][cli]")
{
    const auto r = runCli({ QStringLiteral("geo"), QStringLiteral("convert"), QStringLiteral("--from"),
        QStringLiteral("wgs84"), QStringLiteral("--to"), QStringLiteral("gcj02"), QStringLiteral("116.404"),
        QStringLiteral("39.915") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("lon")).toDouble() == 116.4102445);
    CHECK(r.json().value(QStringLiteral("lat")).toDouble() == 39.9164043);
    const auto bd = runCli({ QStringLiteral("geo"), QStringLiteral("convert"), QStringLiteral("--from"),
        QStringLiteral("bd09"), QStringLiteral("--to"), QStringLiteral("gcj02"), QStringLiteral("116.404"),
        QStringLiteral("39.915") });
    REQUIRE(bd.exitCode == 0);
    CHECK(bd.json().value(QStringLiteral("lon")).toDouble() == 116.3976273);
    CHECK(bd.json().value(QStringLiteral("lat")).toDouble() == 39.9086567);
    // Negative numbers are values, not options; outside China nothing changes.
    const auto ny = runCli({ QStringLiteral("geo"), QStringLiteral("convert"), QStringLiteral("--from"),
        QStringLiteral("wgs84"), QStringLiteral("--to"), QStringLiteral("bd09"), QStringLiteral("-73.9857"),
        QStringLiteral("40.7484") });
    REQUIRE(ny.exitCode == 0);
    CHECK(ny.json().value(QStringLiteral("lon")).toDouble() == -73.9857);
}

TEST_CASE("geo convert refuses bad input with a clear message", "[geo][cli]")
{
    auto convert = [](const QStringList& tail) {
        return runCli(
            QStringList { QStringLiteral("geo"), QStringLiteral("convert"), QStringLiteral("--from"),
                QStringLiteral("wgs84"), QStringLiteral("--to"), QStringLiteral("gcj02") }
            + tail);
    };
    for (const QStringList& bad : { QStringList { QStringLiteral("abc"), QStringLiteral("30") },
             QStringList { QStringLiteral("116"), QStringLiteral("95") },
             QStringList { QStringLiteral("181"), QStringLiteral("30") },
             QStringList { QStringLiteral("nan"), QStringLiteral("30") },
             QStringList { QStringLiteral("116"), QStringLiteral("inf") },
             QStringList { QStringLiteral("1e400"), QStringLiteral("30") },
             QStringList { QString(), QStringLiteral("30") } }) {
        const auto r = convert(bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString() << " → " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK_FALSE(r.err.trimmed().isEmpty());
    }
    // The message names the offending value.
    CHECK(convert({ QStringLiteral("116"), QStringLiteral("95") }).err.contains("95"));
    // Wrong number of values, unknown systems, missing options: usage errors.
    CHECK(convert({ QStringLiteral("116") }).exitCode == 2);
    CHECK(convert({ QStringLiteral("116"), QStringLiteral("30"), QStringLiteral("5") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("geo"), QStringLiteral("convert"), QStringLiteral("--from"),
                     QStringLiteral("utm"), QStringLiteral("--to"), QStringLiteral("gcj02"),
                     QStringLiteral("116"), QStringLiteral("30") })
              .exitCode
        == 2);
    CHECK(runCli({ QStringLiteral("geo"), QStringLiteral("convert"), QStringLiteral("116"),
                     QStringLiteral("30") })
              .exitCode
        == 2);
}

TEST_CASE("geo address prints JSON Lines and reports bad addresses without losing the others", "[geo][cli]")
{
    const auto r = runCli({ QStringLiteral("geo"), QStringLiteral("address"),
        QStringLiteral("江苏省盐城市亭湖区人民中路100号3号楼5层501室"),
        QStringLiteral("亭湖区人民中路１００號三幢") });
    REQUIRE(r.exitCode == 0);
    const auto lines = r.lines();
    REQUIRE(lines.size() == 2);
    const QJsonObject a = lines.at(0);
    CHECK(a.value(QStringLiteral("input")).toString()
        == QStringLiteral("江苏省盐城市亭湖区人民中路100号3号楼5层501室"));
    CHECK(a.value(QStringLiteral("region_code")).toString() == QStringLiteral("320902"));
    CHECK(a.value(QStringLiteral("road")).toString() == QStringLiteral("人民中路"));
    CHECK(a.value(QStringLiteral("number")).toString() == QStringLiteral("100号"));
    CHECK(a.value(QStringLiteral("building")).toString() == QStringLiteral("3幢"));
    CHECK(a.value(QStringLiteral("floor")).toString() == QStringLiteral("5"));
    CHECK(a.value(QStringLiteral("room")).toString() == QStringLiteral("501"));
    CHECK(a.value(QStringLiteral("building_key")).toString()
        == lines.at(1).value(QStringLiteral("building_key")).toString());

    const QString tooLong(600, QChar(u'路'));
    const auto bad = runCli(
        { QStringLiteral("geo"), QStringLiteral("address"), QStringLiteral("上海市徐汇区长乐路188弄5号"),
            QString(), tooLong, QStringLiteral("盐都区人民中路100号3号楼") });
    CHECK(bad.exitCode == 1);
    CHECK(bad.lines().size() == 2); // the two good ones are still there
    CHECK(bad.err.contains("2"));
    CHECK(bad.err.contains("3"));

    CHECK(runCli({ QStringLiteral("geo"), QStringLiteral("address") }).exitCode == 2);

    // --region fills a county the address leaves out; a malformed code is a usage error.
    const auto withRegion = runCli({ QStringLiteral("geo"), QStringLiteral("address"),
        QStringLiteral("--region"), QStringLiteral("320902"), QStringLiteral("盐城市人民中路100号3号楼") });
    REQUIRE(withRegion.exitCode == 0);
    CHECK(withRegion.lines().at(0).value(QStringLiteral("building_key")).toString()
        == a.value(QStringLiteral("building_key")).toString());
    CHECK(runCli({ QStringLiteral("geo"), QStringLiteral("address"), QStringLiteral("--region"),
                     QStringLiteral("32x"), QStringLiteral("人民中路1号") })
              .exitCode
        == 2);
}

TEST_CASE("geo address reads standard input and flags lines that are not UTF-8", "[geo][cli]")
{
    QByteArray input = QStringLiteral("江苏省盐城市亭湖区人民中路100号3号楼\n").toUtf8();
    input += QByteArray("\xff\xfe\x80 garbage\n", 12);
    input += "\n"; // a blank line is skipped silently
    input += QStringLiteral("盐城市亭湖区人民中路100号三幢\r\n").toUtf8();
    const auto r = runCli({ QStringLiteral("geo"), QStringLiteral("address"), QStringLiteral("-") }, input);
    CHECK(r.exitCode == 1);
    const auto lines = r.lines();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).value(QStringLiteral("building_key"))
        == lines.at(1).value(QStringLiteral("building_key")));
    CHECK(r.err.contains("UTF-8"));
    CHECK(r.err.count('\n') == 1); // one problem: the undecodable line
}

TEST_CASE("geo geocode against a cache", "[geo][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("g.djcache"));
    {
        dj::store::Database db = dj::store::Cache::createFresh(path);
        db.exec("INSERT INTO buildings(building_id, name, address, region_code, lon, lat) "
                "VALUES ('B1', 'B1', '江苏省盐城市亭湖区人民中路100号3号楼', '320902', 120.16, 33.38)");
    }
    const auto r = runCli({ QStringLiteral("geo"), QStringLiteral("geocode"), QStringLiteral("--db"), path,
        QStringLiteral("亭湖区人民中路100号三号楼501室"), QStringLiteral("亭湖区解放南路9号"),
        QStringLiteral("？？？") });
    REQUIRE(r.exitCode == 0);
    const auto lines = r.lines();
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).value(QStringLiteral("precision")).toString() == QStringLiteral("building"));
    CHECK(lines.at(0).value(QStringLiteral("building_id")).toString() == QStringLiteral("B1"));
    CHECK(lines.at(0).value(QStringLiteral("approximate")).toBool() == false);
    CHECK(lines.at(1).value(QStringLiteral("precision")).toString() == QStringLiteral("county"));
    CHECK(lines.at(1).value(QStringLiteral("approximate")).toBool() == true);
    CHECK(lines.at(1).contains(QStringLiteral("lon")));
    CHECK(lines.at(2).value(QStringLiteral("precision")).toString() == QStringLiteral("unknown"));
    CHECK_FALSE(lines.at(2).contains(QStringLiteral("lon")));

    const auto missing = runCli({ QStringLiteral("geo"), QStringLiteral("geocode"), QStringLiteral("--db"),
        dir.filePath(QStringLiteral("none.djcache")), QStringLiteral("x") });
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
}
