// The importer reads UTF-8 CSV cells straight from their bytes when they are already canonical and
// decodes everything else (and every GB18030 file) to QString for ValueParser; it rebuilds the name
// index (core/store/namegramindex.h) at the end. These tests hold the paths to the same result.
#include "core/codes/uscc.h"
#include "core/io/importer.h"
#include "core/store/cache.h"
#include "core/store/namegramindex.h"
#include "core/store/schema.h"
#include "core/store/statement.h"
#include "tests/core/io/iotestutil.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace dj;
using namespace Qt::StringLiterals;
using store::Cache;
using store::Database;

namespace {

// A well-formed code with both check characters right.
QString validUscc(int i)
{
    const QString org = QStringLiteral("%1").arg(10000000 + i, 8, 10, QLatin1Char('0'));
    QString code = u"91310115"_s + org + codes::Uscc::organizationCheck(org);
    return code + codes::Uscc::checkCharacter(code);
}

// Everything a table holds, with the type of every value.
QString dump(const Database& db, const QString& table)
{
    store::Statement st = db.prepare("SELECT * FROM " + table.toStdString());
    QString out;
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c)
            out += QString::number(sqlite3_column_type(st.handle(), c)) + u':' + st.columnText(c) + u'|';
        out += u'\n';
    }
    return out;
}

QString issues(const QList<io::Issue>& list)
{
    QString out;
    for (const io::Issue& i : list)
        out += i.file + u',' + QString::number(i.line) + u',' + i.column + u',' + i.reason + u'\n';
    return out;
}

// Enterprises whose name or a former name contains text, found through the name index; fails the test when
// the index misses one that a scan finds.
qint64 matches(const Database& db, const QString& text)
{
    const auto candidates = store::NameGramIndex(db).containing(text);
    REQUIRE(candidates);
    store::Statement scan = db.prepare(
        "SELECT id FROM enterprises WHERE instr(name, ?1) > 0 OR instr(coalesce(former_names, ''), ?1) > 0");
    scan.bind(1, text);
    qint64 n = 0;
    while (scan.step()) {
        INFO(text.toStdString() << " id " << scan.columnInt(0));
        CHECK(std::binary_search(candidates->begin(), candidates->end(), scan.columnInt(0)));
        ++n;
    }
    return n;
}

bool indexIntact(Database& db)
{
    const QString problem = store::NameGramIndex::problem(db);
    INFO(problem.toStdString());
    return problem.isEmpty();
}

// A bundle mixing canonical cells with every vendor spelling, blank marker and mistake the rules know.
QMap<QString, QString> awkwardBundle()
{
    const QString u1 = validUscc(1), u2 = validUscc(2), u3 = validUscc(3), u4 = validUscc(4);
    QString badCheck = validUscc(5);
    badCheck[17] = badCheck[17] == u'0' ? u'1' : u'0';
    QMap<QString, QString> files;
    files[u"enterprises.csv"_s]
        = u"uscc,name,former_names,status,registered_capital,registered_capital_currency,"
          "established,region_code,industry_code,lon,lat,insured_count,scale,scope\n"_s
        + u1
        + u",上海一号智能科技有限公司,,存续,1270000,,2014-04-26,310115,6513,121.5,31.25,21,中型,软件开发\n"_s
        + u2
        + u",\u3000上海二号贸易有限公司 ,旧名一| 旧名二 |,存续（在营、开业、在册）,500万,美元,2015年3月8日,"
          u"\uff13\uff11\uff10\uff11\uff11\uff15,I6513, 121.5 ,31,12.0,小型企业,\"贸易, 咨询\"\n"_s
        + u3.toLower() + u",上海三号有限公司,,在业,\"1,234.5\",,20150308,310115,9999,-121.5,-31.5,-5,大,\n"_s
        + badCheck + u",校验位错误有限公司,,吊销,-,,--,310115,NA,null,,\uff11\uff12,无,经营\n"_s
        + validUscc(6) + u",日期不存在有限公司,,存续,1,,2015-02-30,310115,,,,,,\n"_s + validUscc(7)
        + u",状态不明有限公司,,营业中吗,1,,,310115,,,,,,\n"_s + validUscc(8)
        + u",缺地区有限公司,,存续,1,,,NA,,,,,,\n"_s + validUscc(9)
        + u",经度越界有限公司,,存续,1,,,310115,,200,,,,\n"_s + validUscc(10)
        + u",无状态有限公司,,,1,,,310115,,,,,,\n"_s + u4
        + u",上海四号 有限公司,,注销,0.5,,1999-12-31,310115,65,0,0,0,微型,a|b\n"_s + u1
        + u",上海一号更名智能科技有限公司,,存续,1270000,,2014-04-26,310115,6513,121.5,31.25,21,中型,软件开发\n"_s;
    files[u"persons.csv"_s] = u"person_id,name,id_number,gender\n"
                              "P1,张三,110105********002X,\n"
                              "P2,李四,110105194912310021,M\n"
                              "P3,王五,110105 ******** 002x,女性\n"
                              "P4,赵六,,女\n"
                              "\uff30\uff15,钱七,-,男\n"
                              "P6,孙八,,未知\n"_s;
    files[u"roles.csv"_s] = u"uscc,person_id,role\n"_s + u1 + u",P1,法定代表人\n"_s + u1
        + u",P2,执行董事兼总经理\n"_s + u2 + u",P3,法人\n"_s + u2 + u",P9,董事\n"_s + u3 + u",P4, 董事 \n"_s
        + u4 + u",P1,\n"_s + u4 + u",P5,其他\n"_s;
    files[u"financials.csv"_s] = u"uscc,year,revenue,tax,employees\n"_s + u1
        + u",2023,1.2亿,-,\uff11\uff12\n"_s + u1 + u",2022年,500万元,100,12\n"_s + u2 + u",23,1,1,1\n"_s + u2
        + u",2021,1e3,2.5,7\n"_s;
    files[u"shareholdings.csv"_s]
        = u"investee_uscc,holder_kind,holder_id,holder_name,share_pct,subscribed_capital\n"_s + u1
        + u",person,P1,张三,100,1270000\n"_s + u2 + u",自然人,P3,王五,50%,100万美元\n"_s + u2
        + u",enterprise,"_s + u1 + u",一号,120,1\n"_s;
    files[u"risks.csv"_s] = u"uscc,kind,date,amount,authority,detail,status\n"_s + u1
        + u",行政处罚,2022-01-10,11500,市场监督管理局,违反广告法,\n"_s + u1
        + u",裁判文书,2022-01-29,1821380,法院,合同纠纷,已移出\n"_s + u2 + u",失信,2020/1/2,,法院,,当前\n"_s
        + u3 + u",经营异常,,,,,bogus\n"_s;
    files[u"relations.csv"_s] = u"from_uscc,to_uscc,kind,year,amount\n"_s + u1 + u',' + u2
        + u",供应,2023,100\n"_s + u2 + u',' + u1 + u",竞争 ,,\n"_s + u1 + u',' + u3 + u",朋友,2023,1\n"_s;
    files[u"invoices.csv"_s] = u"seller_uscc,buyer_uscc,month,invoice_count,amount\n"_s + u1 + u',' + u2
        + u",2023-01,3,100.5\n"_s + u1 + u',' + u2 + u",2023年2月,4,1\n"_s + u1 + u',' + u2
        + u",202303,5,2\n"_s + u1 + u',' + u2 + u",2023-13,5,2\n"_s;
    return files;
}

void writeBundle(const QString& dir, const QMap<QString, QString>& files, const char* encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        dj::test::writeFile(dir + u'/' + it.key(), encoder.encode(it.value()));
}

} // namespace

TEST_CASE("UTF-8 cells read from their bytes import exactly like decoded GB18030 ones", "[io][import]")
{
    QTemporaryDir dir;
    const QMap<QString, QString> files = awkwardBundle();
    writeBundle(dir.filePath(u"utf8"_s), files, "UTF-8");
    writeBundle(dir.filePath(u"gb"_s), files, "GB18030");
    Database a = Cache::openOrCreate(dir.filePath(u"a.djcache"_s));
    Database b = Cache::openOrCreate(dir.filePath(u"b.djcache"_s));
    const io::ImportReport ra = io::Importer::run(a, { dir.filePath(u"utf8"_s) });
    const io::ImportReport rb = io::Importer::run(b, { dir.filePath(u"gb"_s) });
    REQUIRE(ra.encodings.value(u"enterprises.csv"_s) == u"UTF-8"_s);
    REQUIRE(rb.encodings.value(u"enterprises.csv"_s) == u"GB18030"_s);

    // The bundle exercises what it should: rows of every kind were imported, rejected and warned about.
    // 缺地区有限公司 has no region code ("NA"), so its region comes from its credit code's registering
    // authority (digits 3–8: 310115) since issue #21: 6 rows + that one.
    CHECK(ra.imported.value(u"enterprises"_s) == 7);
    CHECK(a.scalarText(
              (u"SELECT region_code FROM enterprises WHERE uscc = '"_s + validUscc(8) + u"'"_s).toStdString())
        == u"310115"_s);
    CHECK(ra.imported.value(u"roles"_s) >= 5);
    CHECK(ra.rejected.size() >= 11);
    INFO(issues(ra.warnings).toStdString());
    CHECK(ra.warningCount >= 4);
    CHECK(a.scalarText("SELECT name FROM enterprises WHERE id = 1") == u"上海一号更名智能科技有限公司"_s);
    CHECK(a.scalarText("SELECT region_code FROM enterprises WHERE id = 2") == u"310115"_s);
    CHECK(a.scalarText("SELECT registered_capital_currency FROM enterprises WHERE id = 2") == u"USD"_s);
    CHECK(a.scalarText("SELECT former_names FROM enterprises WHERE id = 2") == u"旧名一|旧名二"_s);
    CHECK(a.scalarInt("SELECT uscc_invalid FROM enterprises WHERE name = '校验位错误有限公司'") == 1);
    CHECK(a.scalarText("SELECT birthplace_code FROM persons WHERE person_id = 'P1'") == u"110105"_s);

    for (const QString& table : store::Schema::bundleTables()) {
        INFO(table.toStdString());
        CHECK(dump(a, table) == dump(b, table));
    }
    CHECK(issues(ra.rejected) == issues(rb.rejected));
    CHECK(issues(ra.warnings) == issues(rb.warnings));
    CHECK(ra.warningCount == rb.warningCount);
    CHECK(indexIntact(a));
    CHECK(indexIntact(b));
    CHECK(matches(a, u"更名智能"_s) == 1);
    CHECK(matches(a, u"一号智能"_s) == 0); // the name was updated by the later row
    CHECK(matches(a, u"旧名二"_s) == 1);
    CHECK(matches(a, u"软件开发"_s) == matches(b, u"软件开发"_s));
}

TEST_CASE(
    "the text index is right after a first import, a re-import and an import of new rows", "[io][import]")
{
    QTemporaryDir dir;
    QString csv = u"uscc,name,status,region_code,scope\n"_s;
    for (int i = 0; i < 3000; ++i)
        csv += validUscc(i) + u",上海第"_s + QString::number(i) + u"号数据智能有限公司,存续,310115,"_s
            + (i % 3 ? u"软件开发"_s : u"货物进出口"_s) + u'\n';
    dj::test::writeFile(dir.filePath(u"first/enterprises.csv"_s), csv.toUtf8());
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));

    // Into the empty cache.
    CHECK(io::Importer::run(db, { dir.filePath(u"first"_s) }).imported.value(u"enterprises"_s) == 3000);
    CHECK(indexIntact(db));
    CHECK(matches(db, u"号数据智能"_s) == 3000);
    CHECK(matches(db, u"第2999号数据"_s) == 1);
    const qint64 id = db.scalarInt("SELECT id FROM enterprises WHERE name = '上海第1234号数据智能有限公司'");
    CHECK(id == 1235);
    const auto candidates = store::NameGramIndex(db).containing(u"第1234号数据"_s);
    REQUIRE(candidates);
    CHECK(std::binary_search(candidates->begin(), candidates->end(), id));
    CHECK(candidates->size() < 10); // narrowed by several grams, not one

    // Again (the rows exist: updated in place, index rebuilt), on the same connection that searched.
    CHECK(io::Importer::run(db, { dir.filePath(u"first"_s) }).imported.value(u"enterprises"_s) == 3000);
    CHECK(indexIntact(db));
    CHECK(matches(db, u"号数据智能"_s) == 3000);

    // New rows into a cache that has some.
    dj::test::writeFile(dir.filePath(u"more/enterprises.csv"_s),
        (u"uscc,name,status,region_code\n"_s + validUscc(5000) + u",北京新增有限公司,存续,110101\n"_s)
            .toUtf8());
    CHECK(io::Importer::run(db, { dir.filePath(u"more"_s) }).imported.value(u"enterprises"_s) == 1);
    CHECK(indexIntact(db));
    CHECK(matches(db, u"北京新增"_s) == 1);
    CHECK(matches(db, u"数据智能"_s) == 3000);
}
