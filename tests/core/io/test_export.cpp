#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "core/io/ioerror.h"
#include "core/store/cache.h"
#include "core/store/schema.h"
#include "tests/core/io/iotestutil.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj;
using namespace Qt::StringLiterals;
using store::Cache;
using store::Database;

TEST_CASE("round trip: export, import into a new cache, export again gives identical CSV",
    "[io][export][roundtrip]")
{
    QTemporaryDir dir;
    Database a = Cache::openOrCreate(dir.filePath(u"a.djcache"_s));
    dj::test::fillEveryTable(a);
    const auto counts = dj::test::tableCounts(a);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() > 0);
    }

    const io::ExportSummary first = io::Exporter::run(a, dir.filePath(u"one"_s));
    CHECK(first.files.size() == store::Schema::bundleTables().size());
    CHECK(first.rows == counts);

    Database b = Cache::openOrCreate(dir.filePath(u"b.djcache"_s));
    const io::ImportReport r = io::Importer::run(b, { dir.filePath(u"one"_s) });
    INFO(QJsonDocument(r.toJson()).toJson().toStdString());
    CHECK(r.rejected.isEmpty());
    CHECK(dj::test::tableCounts(b) == counts);
    io::Exporter::run(b, dir.filePath(u"two"_s));

    const auto one = dj::test::bundleFiles(dir.filePath(u"one"_s));
    const auto two = dj::test::bundleFiles(dir.filePath(u"two"_s));
    REQUIRE(one.keys() == two.keys());
    for (const QString& name : one.keys()) {
        INFO(name.toStdString());
        CHECK(one.value(name) == two.value(name));
    }
    // The flag and the derived section survive although they are not bundle columns.
    CHECK(b.scalarInt("SELECT uscc_invalid FROM enterprises WHERE uscc='913101150000100064'") == 1);
    CHECK(b.scalarText("SELECT industry_section FROM enterprises WHERE uscc='913101150000100063'") == u"C"_s);

    // The canonical text: fixed column order, numbers without ".0" or exponents, quotes where needed.
    const QByteArray enterprises = one.value(u"enterprises.csv"_s);
    CHECK(enterprises.startsWith(
        "\xEF\xBB\xBF"
        "uscc,name,former_names,status,entity_type,legal_rep,registered_capital,"
        "registered_capital_currency,established,region_code,industry_code,address,lon,lat,"
        "op_address,op_lon,op_lat,annual_address,insured_count,scale,listed_code,scope\r\n"));
    CHECK(enterprises.contains(
        "91310115000010014X,上海浦江贸易有限公司,,在业,,,0.1,USD,2019-11-02,310115,5191,"));
    CHECK(enterprises.contains(",5000000,,2015-03-08,"));
    CHECK(enterprises.contains(",123456789012.25,,,350211,39,,-0.5,0.0000001,"));
    CHECK(enterprises.contains("\"上海市浦东新区张江路1号, \"\"A\"\"座\""));
    const QByteArray persons = one.value(u"persons.csv"_s);
    CHECK(persons.contains("P1,张三,110105********002X,110105,3401,1949,女\r\n"));
    CHECK(one.value(u"qualifications.csv"_s)
              .contains("科技型中小企业,,,\r\n")); // year 0 = unknown, exported empty
}

TEST_CASE("export is byte-stable and ordered by key", "[io][export]")
{
    QTemporaryDir dir;
    Database a = Cache::openOrCreate(dir.filePath(u"a.djcache"_s));
    dj::test::fillEveryTable(a);
    io::Exporter::run(a, dir.filePath(u"x"_s));
    io::Exporter::run(a, dir.filePath(u"y"_s));
    CHECK(dj::test::bundleFiles(dir.filePath(u"x"_s)) == dj::test::bundleFiles(dir.filePath(u"y"_s)));
    const QByteArray roles = dj::test::readFile(dir.filePath(u"x/roles.csv"_s));
    CHECK(roles.indexOf("913101150000100063,P1,总经理") < roles.indexOf("913101150000100063,P1,执行董事"));
    CHECK(roles.indexOf("913101150000100063") < roles.indexOf("91310115000010014X"));
}

TEST_CASE("XLSX export reads back as the same bundle", "[io][export][xlsx]")
{
    QTemporaryDir dir;
    Database a = Cache::openOrCreate(dir.filePath(u"a.djcache"_s));
    dj::test::fillEveryTable(a);
    io::Exporter::run(a, dir.filePath(u"csv"_s));
    io::ExportOptions xlsx;
    xlsx.format = io::ExportOptions::Format::Xlsx;
    const io::ExportSummary s = io::Exporter::run(a, dir.filePath(u"out"_s), xlsx);
    REQUIRE(s.files == QStringList { QDir(dir.filePath(u"out"_s)).absoluteFilePath(u"bundle.xlsx"_s) });

    Database b = Cache::openOrCreate(dir.filePath(u"b.djcache"_s));
    const io::ImportReport r = io::Importer::run(b, s.files);
    INFO(QJsonDocument(r.toJson()).toJson().toStdString());
    CHECK(r.rejected.isEmpty());
    CHECK(dj::test::tableCounts(b) == dj::test::tableCounts(a));
    io::Exporter::run(b, dir.filePath(u"csv2"_s));
    const auto one = dj::test::bundleFiles(dir.filePath(u"csv"_s));
    const auto two = dj::test::bundleFiles(dir.filePath(u"csv2"_s));
    for (const QString& name : one.keys()) {
        INFO(name.toStdString());
        CHECK(one.value(name) == two.value(name));
    }

    // Dates are date cells (Excel sorts and filters them as dates), not text; openpyxl sees datetimes.
    const QString python = dj::test::pythonWithOpenpyxl();
    if (python.isEmpty()) {
        WARN("python3 openpyxl missing: date cells not cross-checked");
        return;
    }
    QProcess p;
    p.start(python,
        { u"-c"_s,
            u"import sys, openpyxl\n"
            "ws = openpyxl.load_workbook(sys.argv[1], read_only=True)['enterprises']\n"
            "rows = list(ws.iter_rows(values_only=True))\n"
            "i = rows[0].index('established')\n"
            "print(sorted({type(r[i]).__name__ for r in rows[1:] if r[i] is not None}))\n"
            "print(min(r[i] for r in rows[1:] if r[i] is not None).date().isoformat())\n"_s,
            s.files.front() });
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QStringList out = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u'\n');
    REQUIRE(out.size() == 2);
    CHECK(out[0] == u"['datetime']"_s);
    CHECK(out[1] == a.scalarText("SELECT min(established) FROM enterprises WHERE established <> ''"));
}

TEST_CASE("a result list exports its enterprises and what belongs to them", "[io][export]")
{
    QTemporaryDir dir;
    Database a = Cache::openOrCreate(dir.filePath(u"a.djcache"_s));
    dj::test::fillEveryTable(a);
    io::ExportOptions only;
    only.usccs = QStringList { u"91310115000010014X"_s };
    const io::ExportSummary s = io::Exporter::run(a, dir.filePath(u"list"_s), only);
    CHECK(s.rows.value(u"enterprises"_s) == 1);
    CHECK(s.rows.value(u"roles"_s) == 1);
    CHECK(s.rows.value(u"persons"_s) == 1); // P2 via roles
    CHECK(s.rows.value(u"risks"_s) == 1);
    CHECK(s.rows.value(u"relations"_s) == 2); // either end
    CHECK(s.rows.value(u"financials"_s) == 0);
    CHECK(s.rows.value(u"parks"_s) == 0);
    // The list imports cleanly into an empty cache (every reference it needs came along).
    Database b = Cache::openOrCreate(dir.filePath(u"b.djcache"_s));
    CHECK(io::Importer::run(b, { dir.filePath(u"list"_s) }).rejected.isEmpty());
}

TEST_CASE("export refuses a file where the folder should be", "[io][export]")
{
    QTemporaryDir dir;
    Database a = Cache::openOrCreate(dir.filePath(u"a.djcache"_s));
    dj::test::writeFile(dir.filePath(u"file"_s), "x");
    CHECK_THROWS_AS(io::Exporter::run(a, dir.filePath(u"file"_s)), io::IoError);
}
