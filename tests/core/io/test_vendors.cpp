// Issue #21: files as officers have them (vendor exports, tax and park sheets): which table, regions and
// industries from names, title blocks and note rows. Expected values are written by hand from GB/T 2260 /
// GB/T 4754 and the files' contents, never taken from the importer.
#include "core/codes/uscc.h"
#include "core/io/importer.h"
#include "core/io/tablewriter.h"
#include "core/io/workbookwriter.h"
#include "core/store/cache.h"
#include "core/store/statement.h"
#include "tests/core/io/iotestutil.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj;
using namespace Qt::StringLiterals;
using store::Cache;
using store::Database;

namespace {

QString uscc(const QString& first17)
{
    return first17 + codes::Uscc::checkCharacter(first17);
}

QString text(const Database& db, const QString& sql)
{
    return db.scalarText(sql.toStdString());
}

// The one-sheet workbook: the usual headers of a vendor export, regions as names.
void writeOneSheet(const QString& path, const QList<QVariantList>& rows)
{
    const QStringList headers { u"统一社会信用代码"_s, u"企业名称"_s, u"登记状态"_s, u"法定代表人"_s,
        u"注册资本"_s, u"成立日期"_s, u"所属地区"_s, u"国标行业"_s, u"企业地址"_s, u"参保人数"_s,
        u"经营范围"_s };
    io::TableWriter::write(
        path, headers, rows.size(), [&rows](qint64 r) { return rows.at(r); }, {}, u"Sheet1"_s);
}

} // namespace

TEST_CASE(
    "the issue's one-sheet vendor workbook imports as enterprises with regions from names", "[io][vendors]")
{
    QTemporaryDir dir;
    const QString a = uscc(u"91320902MA1K3BTP2"_s), b = uscc(u"91110108MA1K3BTP3"_s);
    const QString book = dir.filePath(u"导出结果.xlsx"_s);
    writeOneSheet(book,
        { { a, u"盐城亭湖新材料有限公司"_s, u"存续（在营、开业、在册）"_s, u"张三"_s, u"500万元人民币"_s,
              u"2015-03-08"_s, u"江苏省盐城市亭湖区"_s, u"软件开发"_s, u"盐城市亭湖区人民中路100号"_s, 35,
              u"软件开发"_s },
            { b, u"北京海淀科技有限公司"_s, u"在业"_s, u"李四"_s, u"100万元"_s, u"2019-11-02"_s,
                u"北京 海淀"_s, u"白酒制造"_s, u""_s, 12, u"咨询"_s } });
    const QString db = dir.filePath(u"c.djcache"_s);
    const auto r = test::runCli({ u"import"_s, u"--db"_s, db, book });
    INFO(r.err.toStdString());
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o.value(u"imported"_s).toObject().value(u"enterprises"_s).toInt() == 2);
    CHECK(o.value(u"imported"_s).toObject().value(u"financing"_s).toInt() == 0);
    CHECK(o.value(u"rejected"_s).toArray().isEmpty());
    const QJsonObject src = o.value(u"sources"_s).toObject().value(u"导出结果.xlsx!Sheet1"_s).toObject();
    CHECK(src.value(u"table"_s).toString() == u"enterprises"_s);
    CHECK(src.value(u"by"_s).toString() == u"headers"_s);
    CHECK(src.value(u"evidence"_s).toArray().contains(u"所属地区 → region_name"_s));
    CHECK(src.value(u"region_sources"_s).toObject().value(u"names"_s).toInt() == 2);
    CHECK(src.value(u"scores"_s).toObject().value(u"enterprises"_s).toDouble()
        > 2 * src.value(u"scores"_s).toObject().value(u"financing"_s).toDouble());
    CHECK_FALSE(src.value(u"reason"_s).toString().isEmpty());

    Database c = Cache::open(db, Cache::Access::ReadOnly);
    // 江苏省盐城市亭湖区 = 320902, 北京市海淀区 = 110108 (GB/T 2260); 软件开发 = group 651 (section I),
    // 白酒制造 = class 1512 (section C); 500万元 = 5,000,000 yuan.
    CHECK(text(c,
              u"SELECT region_code||'/'||industry_code||'/'||industry_section FROM enterprises WHERE uscc='"_s
                  + a + u"'"_s)
        == u"320902/651/I"_s);
    CHECK(text(c,
              u"SELECT region_code||'/'||industry_code||'/'||industry_section FROM enterprises WHERE uscc='"_s
                  + b + u"'"_s)
        == u"110108/1512/C"_s);
    CHECK(c.scalarInt("SELECT CAST(sum(registered_capital) AS INTEGER) FROM enterprises") == 6'000'000);
    CHECK(c.scalarInt("SELECT count(*) FROM financing") == 0);
}

TEST_CASE(
    "region falls back to the address, then to the credit code, and is rejected only when none gives one",
    "[io][vendors]")
{
    QTemporaryDir dir;
    // Digits 3–8 of the codes: 320902 (亭湖区), 999999 (no such region).
    const QString byAddress = uscc(u"91999999MA1K3BTP1"_s), byUscc = uscc(u"91320902MA1K3BTP4"_s),
                  none = uscc(u"91999999MA1K3BTP5"_s);
    dj::test::writeFile(dir.filePath(u"list.csv"_s),
        (u"统一社会信用代码,企业名称,经营状态,所属省份,所属城市,所属区县,企业地址\n"_s + byAddress
            + u",甲公司,存续,,,,浙江省杭州市西湖区文三路1号\n"_s + byUscc + u",乙公司,存续,,,,\n"_s + none
            + u",丙公司,存续,,,,某地\n"_s)
            .toUtf8());
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"list.csv"_s) });
    CHECK(r.imported.value(u"enterprises"_s) == 2);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected.first().line == 4);
    CHECK(r.rejected.first().reason.contains(u"region"_s));
    CHECK(
        text(db, u"SELECT region_code FROM enterprises WHERE uscc='"_s + byAddress + u"'"_s) == u"330106"_s);
    CHECK(text(db, u"SELECT region_code FROM enterprises WHERE uscc='"_s + byUscc + u"'"_s) == u"320902"_s);
    const io::SourceReport& s = r.sources.value(u"list.csv"_s);
    CHECK(s.regionSources.value(u"address"_s) == 1);
    CHECK(s.regionSources.value(u"uscc"_s) == 1);
}

TEST_CASE("separate province, city and county names resolve, short forms too", "[io][vendors]")
{
    QTemporaryDir dir;
    const QString a = uscc(u"91000000MA1K3BTP1"_s), b = uscc(u"91000000MA1K3BTP2"_s),
                  c = uscc(u"91000000MA1K3BTP3"_s);
    dj::test::writeFile(dir.filePath(u"list.csv"_s),
        (u"公司名称,统一社会信用代码,经营状态,所属省份,所属城市,所属区县\n"_s + u"甲,"_s + a
            + u",存续,江苏省,南京市,鼓楼区\n"_s + u"乙,"_s + b + u",存续,福建,福州,鼓楼\n"_s + u"丙,"_s + c
            + u",存续,上海市,上海市,浦东新区\n"_s)
            .toUtf8());
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"list.csv"_s) });
    INFO(r.toJson().value(u"rejected"_s).toArray().size());
    CHECK(r.imported.value(u"enterprises"_s) == 3);
    // Two 鼓楼区: 320106 in 南京, 350102 in 福州; 浦东新区 310115.
    CHECK(text(db, u"SELECT region_code FROM enterprises WHERE uscc='"_s + a + u"'"_s) == u"320106"_s);
    CHECK(text(db, u"SELECT region_code FROM enterprises WHERE uscc='"_s + b + u"'"_s) == u"350102"_s);
    CHECK(text(db, u"SELECT region_code FROM enterprises WHERE uscc='"_s + c + u"'"_s) == u"310115"_s);
}

TEST_CASE(
    "headers that fit two tables about equally are refused by the CLI naming both", "[io][vendors][cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"list.csv"_s);
    dj::test::writeFile(file, "统一社会信用代码,类型,日期\n913101150000100063,发明专利,2020-01-01\n");
    const QString db = dir.filePath(u"c.djcache"_s);
    const auto r = test::runCli({ u"import"_s, u"--db"_s, db, file });
    CHECK(r.exitCode == 1);
    const QString err = QString::fromUtf8(r.err);
    CHECK(err.contains(u"risks"_s));
    CHECK(err.contains(u"ip"_s));
}

TEST_CASE("the CLI exits 1 when every row of a file is rejected", "[io][vendors][cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"list.csv"_s);
    // Known headers, but no row has a status: every row is rejected.
    dj::test::writeFile(file,
        "统一社会信用代码,企业名称,登记状态,行政区划代码\n913101150000100063,甲,,310115\n"
        "91310115000010014X,乙,,310115\n");
    const QString db = dir.filePath(u"c.djcache"_s);
    const auto r = test::runCli({ u"import"_s, u"--db"_s, db, file });
    CHECK(r.exitCode == 1);
    CHECK(r.json().value(u"rejected"_s).toArray().size() == 2);
    CHECK_FALSE(r.err.isEmpty());
}

TEST_CASE(
    "a title block above the header and note rows below the data are skipped and reported", "[io][vendors]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"企查查导出.csv"_s);
    dj::test::writeFile(file,
        "企查查 高级搜索导出,,,\n导出时间：2024-05-01 "
        "10:00,,,\n,,,\n统一社会信用代码,企业名称,登记状态,所属地区\n"
        "913101150000100063,甲,存续,上海市浦东新区\n91310115000010014X,乙,在业,上海 浦东\n,,,\n"
        "数据来源：企查查,,,\n");
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { file });
    CHECK(r.imported.value(u"enterprises"_s) == 2);
    CHECK(r.rejected.isEmpty());
    const io::SourceReport& s = r.sources.value(u"企查查导出.csv"_s);
    CHECK(s.headerLine == 4);
    CHECK(s.titleRows == QList<qint64> { 1, 2 });
    CHECK(s.noteRows == QList<qint64> { 8 });
    CHECK(db.scalarInt("SELECT count(*) FROM enterprises WHERE region_code = '310115'") == 2);
}

TEST_CASE("a title row filling several cells above the header is a title block, by the headers' evidence",
    "[io][vendors]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"名单.csv"_s);
    // Row 1 fills two cells, row 2 three (a search's conditions); none of them is a known header.
    dj::test::writeFile(file,
        "企查查 企业名单,导出时间：2024-05-01,,\n筛选条件：上海市,共 2 条,排序：成立日期,\n"
        "统一社会信用代码,企业名称,登记状态,所属地区\n"
        "913101150000100063,甲,存续,上海市浦东新区\n91310115000010014X,乙,在业,上海 浦东\n");
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { file });
    CHECK(r.rejected.isEmpty());
    CHECK(r.imported.value(u"enterprises"_s) == 2);
    const io::SourceReport& s = r.sources.value(u"名单.csv"_s);
    CHECK(s.headerLine == 3);
    CHECK(s.titleRows == QList<qint64> { 1, 2 });
    CHECK(s.headerEvidence.contains(u"4"_s));
    CHECK(db.scalarInt("SELECT count(*) FROM enterprises WHERE name IN ('甲', '乙')") == 2);

    // Headers no table knows (the user maps them): the first row as wide as the data without title text.
    const QString own = dir.filePath(u"own.csv"_s);
    dj::test::writeFile(own, "园区台账,2024年5月,,\n甲列,乙列,丙列,丁列\n1,2,3,4\n");
    const QList<io::SourcePreview> p = io::Importer::inspect({ own });
    REQUIRE(p.size() == 1);
    CHECK(p.first().headerLine == 2);
    CHECK(p.first().headers == QStringList { u"甲列"_s, u"乙列"_s, u"丙列"_s, u"丁列"_s });
    CHECK(p.first().titleRows == QList<qint64> { 1 });
}

TEST_CASE("an enterprise holder nobody knows is kept under its name and linked when the enterprise comes",
    "[io][vendors]")
{
    QTemporaryDir dir;
    const QString a = uscc(u"91310115MA1K3BTP1"_s), b = uscc(u"91330106MA1K3BTP5"_s);
    const QString list = dir.filePath(u"list.csv"_s);
    dj::test::writeFile(list,
        (u"统一社会信用代码,企业名称,登记状态,所属地区\n"_s + a + u",上海甲有限公司,存续,上海市浦东新区\n"_s)
            .toUtf8());
    const QString holders = dir.filePath(u"股东信息.csv"_s);
    dj::test::writeFile(holders,
        (u"统一社会信用代码,股东名称,股东类型,持股比例\n"_s + a + u",杭州后来有限公司,企业法人,40%\n"_s + a
            + u",王五,自然人股东,60%\n"_s)
            .toUtf8());
    const QString db = dir.filePath(u"c.djcache"_s);
    auto r = test::runCli({ u"import"_s, u"--db"_s, db, list, holders });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()
              .value(u"sources"_s)
              .toObject()
              .value(u"股东信息.csv"_s)
              .toObject()
              .value(u"holders"_s)
              .toObject()
        == QJsonObject { { u"name_key"_s, 1 } });
    {
        Database c = Cache::open(db, Cache::Access::ReadOnly);
        // exchange-format.md: holder_id is the credit code for an enterprise, a free key for other.
        CHECK(text(c,
                  u"SELECT holder_kind || '|' || holder_id || '|' || holder_name FROM shareholdings "
                  "WHERE share_pct = 40"_s)
            == u"other|杭州后来有限公司|杭州后来有限公司"_s);
    }

    // An unrelated import changes nothing of it.
    const QString other = dir.filePath(u"other.csv"_s);
    dj::test::writeFile(other,
        (u"统一社会信用代码,企业名称,登记状态,所属地区\n"_s + uscc(u"91310115MA1K3BTP7"_s)
            + u",上海丙有限公司,存续,上海市浦东新区\n"_s)
            .toUtf8());
    r = test::runCli({ u"import"_s, u"--db"_s, db, other });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(u"relinked_holders"_s).toInt() == 0);

    // The enterprise arrives: the holding is now an enterprise holder keyed by its credit code.
    const QString later = dir.filePath(u"later.csv"_s);
    dj::test::writeFile(later,
        (u"统一社会信用代码,企业名称,登记状态,所属地区\n"_s + b
            + u",杭州后来有限公司,存续,浙江 杭州 西湖\n"_s)
            .toUtf8());
    r = test::runCli({ u"import"_s, u"--db"_s, db, later });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(u"relinked_holders"_s).toInt() == 1);
    Database c = Cache::open(db, Cache::Access::ReadOnly);
    CHECK(text(c, u"SELECT holder_kind || '|' || holder_id FROM shareholdings WHERE share_pct = 40"_s)
        == u"enterprise|"_s + b);
    CHECK(c.scalarInt("SELECT count(*) FROM shareholdings") == 2);
    CHECK(c.scalarInt("SELECT count(*) FROM shareholdings WHERE holder_kind = 'other'") == 0);
}

TEST_CASE("a holder the cache knows by name gets its credit code at once", "[io][vendors]")
{
    QTemporaryDir dir;
    const QString a = uscc(u"91310115MA1K3BTP1"_s), b = uscc(u"91330106MA1K3BTP5"_s);
    const QString list = dir.filePath(u"list.csv"_s);
    dj::test::writeFile(list,
        (u"统一社会信用代码,企业名称,登记状态,所属地区\n"_s + a + u",上海甲有限公司,存续,上海市浦东新区\n"_s
            + b + u",杭州乙有限公司,存续,浙江 杭州 西湖\n"_s)
            .toUtf8());
    const QString db = dir.filePath(u"c.djcache"_s);
    REQUIRE(test::runCli({ u"import"_s, u"--db"_s, db, list }).exitCode == 0);
    // Second import: the holder is only in the cache (its name index), not in this import.
    const QString holders = dir.filePath(u"股东信息.csv"_s);
    dj::test::writeFile(
        holders, (u"统一社会信用代码,股东名称,持股比例\n"_s + a + u",杭州乙有限公司,40%\n"_s).toUtf8());
    const auto r = test::runCli({ u"import"_s, u"--db"_s, db, holders });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    Database c = Cache::open(db, Cache::Access::ReadOnly);
    CHECK(text(c, u"SELECT holder_kind || '|' || holder_id FROM shareholdings"_s) == u"enterprise|"_s + b);
}

TEST_CASE("a child sheet without a credit code in a workbook of several companies is refused with the reason",
    "[io][vendors]")
{
    QTemporaryDir dir;
    const QString a = uscc(u"91310115MA1K3BTP1"_s), b = uscc(u"91310115MA1K3BTP7"_s);
    const QString book = dir.filePath(u"企业详情.xlsx"_s);
    {
        io::WorkbookWriter w(book);
        auto row = [&w](const QStringList& cells) {
            w.beginRow();
            for (const QString& c : cells)
                w.addText(c.toUtf8());
            w.endRow();
        };
        w.beginSheet(u"基本信息"_s);
        row({ u"企业名称"_s, u"统一社会信用代码"_s, u"登记状态"_s, u"所属地区"_s });
        row({ u"上海甲有限公司"_s, a, u"存续"_s, u"上海市浦东新区"_s });
        row({ u"上海乙有限公司"_s, b, u"存续"_s, u"上海市浦东新区"_s });
        w.endSheet();
        w.beginSheet(u"主要人员"_s);
        row({ u"姓名"_s, u"职务"_s });
        row({ u"张三"_s, u"监事"_s });
        w.endSheet();
        w.close();
    }
    const QString db = dir.filePath(u"c.djcache"_s);
    const auto r = test::runCli({ u"import"_s, u"--db"_s, db, book });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0); // the enterprises are imported
    const QJsonArray rejected = r.json().value(u"rejected"_s).toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.at(0).toObject().value(u"file"_s).toString() == u"企业详情.xlsx!主要人员"_s);
    CHECK(rejected.at(0).toObject().value(u"reason"_s).toString().contains(u"2"_s));
    Database c = Cache::open(db, Cache::Access::ReadOnly);
    CHECK(c.scalarInt("SELECT count(*) FROM enterprises") == 2);
    CHECK(c.scalarInt("SELECT count(*) FROM roles") == 0);
    CHECK(c.scalarInt("SELECT count(*) FROM persons") == 0);
}
