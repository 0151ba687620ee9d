#include "core/codes/uscc.h"
#include "core/io/importer.h"
#include "core/io/ioerror.h"
#include "core/store/cache.h"
#include "core/store/namegramindex.h"
#include "core/store/statement.h"
#include "tests/core/io/iotestutil.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>

using namespace dj;
using namespace Qt::StringLiterals;
using store::Cache;
using store::Database;

namespace {

QString text(const Database& db, const char* sql)
{
    return db.scalarText(sql);
}

bool hasIssue(const QList<io::Issue>& issues, const QString& file, qint64 line, const QString& column = {})
{
    for (const io::Issue& i : issues)
        if (i.file == file && i.line == line && (column.isEmpty() || i.column == column)
            && !i.reason.isEmpty())
            return true;
    return false;
}

} // namespace

TEST_CASE(
    "a vendor workbook written by openpyxl imports with its Chinese headers and values", "[io][import][xlsx]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dj::test::dataPath(u"io/vendor.xlsx"_s) });
    INFO(QJsonDocument(r.toJson()).toJson().toStdString());
    CHECK(r.rejected.isEmpty());
    CHECK(r.imported.value(u"enterprises"_s) == 5);
    CHECK(r.imported.value(u"persons"_s) == 2);
    CHECK(r.imported.value(u"roles"_s) == 3); // 执行董事兼总经理 → two rows
    CHECK(r.imported.value(u"financials"_s) == 2);
    CHECK(r.encodings.value(u"vendor.xlsx"_s) == u"UTF-8"_s);
    CHECK(r.ignoredColumns.value(u"vendor.xlsx!enterprises"_s) == QStringList { u"联系电话"_s });

    CHECK(text(db,
              "SELECT status || '|' || registered_capital || '|' || established || '|' || industry_code || "
              "'|' || "
              "industry_section || '|' || former_names || '|' || insured_count FROM enterprises WHERE "
              "uscc='913101150000100063'")
        == u"存续|5000000.0|2015-03-08|3922|C|上海点兢网络有限公司|点兢软件|35"_s);
    // Date typed as Chinese text, full-width region code, sparse cells.
    CHECK(text(db,
              "SELECT established || '|' || region_code || '|' || status || '|' || "
              "coalesce(registered_capital,'null') "
              "FROM enterprises WHERE uscc='91310115000010014X'")
        == u"2019-11-02|310115|在业|null"_s);
    // 100万美元, a datetime cell with a Chinese date format, numeric region code cell.
    CHECK(text(db,
              "SELECT registered_capital || registered_capital_currency || '|' || established || '|' || "
              "region_code || '|' || status "
              "FROM enterprises WHERE uscc='911101080000100227'")
        == u"1000000.0USD|2001-12-31|310115|吊销"_s);
    // Wrong check character: imported and flagged, with a warning; 1.2亿; full-width 12.
    CHECK(
        text(db,
            "SELECT uscc_invalid || '|' || registered_capital || '|' || insured_count || '|' || established "
            "FROM enterprises WHERE uscc='913101150000100064'")
        == u"1|120000000.0|12|2003-07-01"_s);
    bool warned = false;
    for (const io::Issue& w : r.warnings)
        warned = warned || (w.line == 5 && w.column == u"统一社会信用代码"_s);
    CHECK(warned);
    // A plain number in a date column of a worksheet is an Excel serial day.
    CHECK(text(db,
              "SELECT established || '|' || registered_capital FROM enterprises WHERE "
              "uscc='91440305000010030H'")
        == u"2020-01-01|1234.5"_s);

    // ID numbers are never stored in full; birth year, gender and birthplace are derived.
    CHECK(text(db,
              "SELECT id_masked || '|' || birthplace_code || '|' || birth_year || '|' || gender FROM persons "
              "WHERE person_id='P1'")
        == u"110105********002X|110105|1949|女"_s);
    CHECK(text(db, "SELECT id_masked FROM persons WHERE person_id='P2'") == u"310115********1234"_s);
    CHECK(db.scalarInt("SELECT count(*) FROM persons WHERE id_masked NOT LIKE '%*%'") == 0);
    CHECK(text(db,
              "SELECT group_concat(role, ',') FROM (SELECT role FROM roles WHERE uscc='913101150000100063' "
              "ORDER BY role)")
        == u"总经理,执行董事"_s);
    CHECK(text(db, "SELECT revenue || '|' || tax || '|' || employees FROM financials WHERE year=2023")
        == u"18000000.0|456000.0|40"_s);
    CHECK(Cache::dataSource(db) == u"vendor.xlsx"_s);
    // The search index was rebuilt inside the import.
    CHECK(store::NameGramIndex::problem(db).isEmpty());
    const auto hits = store::NameGramIndex(db).containing(u"点兢科技"_s);
    REQUIRE(hits);
    CHECK(hits->size() == 1);
}

TEST_CASE("a workbook saved by LibreOffice imports its date cells", "[io][import][xlsx]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dj::test::dataPath(u"io/libreoffice.xlsx"_s) });
    CHECK(r.rejected.isEmpty());
    CHECK(r.imported.value(u"enterprises"_s) == 2);
    CHECK(text(db,
              "SELECT group_concat(established || ' ' || registered_capital || ' ' || region_code, ';') FROM "
              "(SELECT * FROM enterprises ORDER BY uscc)")
        == u"2001-12-31 1000000.0 110108;2015-03-08 5000000.0 310115"_s);
}

TEST_CASE("a GBK CSV folder imports and the report names its encoding", "[io][import][gbk]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dj::test::dataPath(u"io/gbk"_s) });
    CHECK(r.rejected.isEmpty());
    CHECK(r.encodings.value(u"enterprises.csv"_s) == u"GB18030"_s);
    CHECK(r.imported.value(u"enterprises"_s) == 2);
    CHECK(text(db,
              "SELECT name || '|' || registered_capital || '|' || established || '|' || industry_section "
              "FROM enterprises "
              "WHERE uscc='913101150000100063'")
        == u"上海点兢科技有限公司|5000000.0|2015-03-08|C"_s);
    CHECK(text(db,
              "SELECT scope || '|' || status || '|' || registered_capital FROM enterprises WHERE "
              "uscc='91310115000010014X'")
        == u"多行\r\n经营范围|存续|1000000.0"_s);
}

TEST_CASE("a bundle with broken rows imports the good rows and reports each bad one", "[io][import]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dj::test::dataPath(u"io/broken"_s) });
    INFO(QJsonDocument(r.toJson()).toJson().toStdString());
    const QString e = u"enterprises.csv"_s;
    CHECK(hasIssue(r.rejected, e, 3, u"established"_s)); // bad date
    CHECK(hasIssue(r.rejected, e, 4, u"registered_capital"_s)); // bad number
    CHECK(hasIssue(r.rejected, e, 5, u"name"_s)); // missing required
    CHECK(hasIssue(r.rejected, e, 6, u"status"_s)); // unknown status
    CHECK(hasIssue(r.rejected, e, 7, u"uscc"_s)); // malformed code
    CHECK(hasIssue(r.rejected, u"roles.csv"_s, 3, u"uscc"_s)); // FK to an enterprise that is not there
    CHECK(hasIssue(r.rejected, u"financials.csv"_s, 3, u"year"_s));
    CHECK(hasIssue(r.rejected, u"financials.csv"_s, 4)); // unterminated quote, last row
    CHECK(r.rejected.size() == 8);
    CHECK(r.imported.value(u"enterprises"_s) == 2);
    CHECK(r.imported.value(u"roles"_s) == 1);
    CHECK(r.imported.value(u"financials"_s) == 1);
    CHECK(db.scalarInt("SELECT count(*) FROM enterprises") == 2);
    CHECK(db.scalarInt("SELECT uscc_invalid FROM enterprises WHERE uscc='913101150000100064'") == 1);
    CHECK(db.scalarInt("SELECT count(*) FROM roles") == 1);
    CHECK(db.scalarText("SELECT revenue FROM financials") == u"1000000.0"_s);

    // The rejected rows can be saved as CSV.
    const QString saved = dir.filePath(u"rejected.csv"_s);
    CHECK(io::ImportReport::writeIssuesCsv(r.rejected, saved).isEmpty());
    const QByteArray bytes = dj::test::readFile(saved);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "file,line,column,reason\r\n"));
    CHECK(bytes.count('\n') == 9);
}

TEST_CASE("importing the same bundle twice does not duplicate and keeps enterprise ids", "[io][import]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    io::Importer::run(db, { dj::test::dataPath(u"io/vendor.xlsx"_s) });
    const auto before = dj::test::tableCounts(db);
    const QString ids
        = db.scalarText("SELECT group_concat(id || uscc) FROM (SELECT * FROM enterprises ORDER BY uscc)");
    const qint64 version = Cache::dataVersion(db);
    const io::ImportReport again = io::Importer::run(db, { dj::test::dataPath(u"io/vendor.xlsx"_s) });
    CHECK(again.imported.value(u"enterprises"_s) == 5);
    CHECK(dj::test::tableCounts(db) == before);
    CHECK(db.scalarText("SELECT group_concat(id || uscc) FROM (SELECT * FROM enterprises ORDER BY uscc)")
        == ids);
    CHECK(db.scalarInt("SELECT count(*) FROM roles") == 3); // children survive the update of their enterprise
    CHECK(Cache::dataVersion(db) == version + 1);
}

TEST_CASE("cancel midway or a failure at the very end leaves the cache unchanged", "[io][import]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    io::Importer::run(db, { dj::test::dataPath(u"io/vendor.xlsx"_s) });
    const auto before = dj::test::tableCounts(db);
    const qint64 version = Cache::dataVersion(db);
    const QString source = Cache::dataSource(db);

    // A bundle big enough for progress reports in the middle of a file.
    const QString bundle = dir.filePath(u"big"_s);
    QByteArray csv = "uscc,name,status,region_code\n";
    for (int i = 0; i < 5000; ++i)
        csv += "91310115" + QByteArray::number(100000000 + i) + "X,企业" + QByteArray::number(i)
            + ",存续,310115\n";
    dj::test::writeFile(bundle + u"/enterprises.csv"_s, csv);

    SECTION("cancel")
    {
        std::atomic_bool cancel(false);
        qint64 reports = 0;
        dj::Progress progress(
            [&](qint64 done, qint64 total, const QString&) {
                ++reports;
                if (done > 0 && done < total)
                    cancel = true;
            },
            &cancel);
        CHECK_THROWS_AS(io::Importer::run(db, { bundle }, {}, progress), dj::Cancelled);
        CHECK(reports >= 2);
    }
    SECTION("failure after the last row")
    {
        dj::Progress progress([&](qint64 done, qint64 total, const QString&) {
            if (done == total && total > 0)
                throw std::runtime_error("disk gone");
        });
        CHECK_THROWS_AS(io::Importer::run(db, { bundle }, {}, progress), std::runtime_error);
    }
    SECTION("a second path that is not readable")
    {
        dj::test::writeFile(dir.filePath(u"broken.xlsx"_s), "PK not really a zip");
        CHECK_THROWS_AS(io::Importer::run(db, { bundle, dir.filePath(u"broken.xlsx"_s) }), io::IoError);
    }
    CHECK(dj::test::tableCounts(db) == before);
    CHECK(Cache::dataVersion(db) == version);
    CHECK(Cache::dataSource(db) == source);
    // The connection is usable afterwards (no transaction left open).
    CHECK(io::Importer::run(db, { bundle }).imported.value(u"enterprises"_s) == 5000);
}

TEST_CASE(
    "a single sheet with known headers is recognised, unknown ones are ignored", "[io][import][mapping]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dj::test::dataPath(u"io/park_list.xlsx"_s) });
    CHECK(r.rejected.isEmpty());
    CHECK(r.tables.value(u"park_list.xlsx!Sheet1"_s) == u"enterprises"_s);
    CHECK(r.imported.value(u"enterprises"_s) == 1);
    CHECK(r.ignoredColumns.value(u"park_list.xlsx!Sheet1"_s) == QStringList { u"序号"_s, u"联系人"_s });
}

TEST_CASE(
    "a user mapping imports an unknown sheet and is remembered for the same headers", "[io][import][mapping]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const QString book = dj::test::dataPath(u"io/needs_mapping.xlsx"_s);

    const io::ImportReport unknown = io::Importer::run(db, { book });
    REQUIRE(unknown.rejected.size() == 1);
    CHECK(unknown.rejected.first().line == 1);
    CHECK(unknown.imported.value(u"enterprises"_s) == 0);

    const QList<io::SourcePreview> previews = io::Importer::inspect({ book }, &db);
    REQUIRE(previews.size() == 1);
    const io::SourcePreview& p = previews.first();
    CHECK(p.table.isEmpty());
    CHECK(p.headers == QStringList { u"代码"_s, u"公司"_s, u"状况"_s, u"区"_s });
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows.first().at(1) == u"苏州园区新材料有限公司"_s);

    io::ImportOptions options;
    io::SourceMapping m;
    m.table = u"enterprises"_s;
    m.columns = { { u"代码"_s, u"uscc"_s }, { u"公司"_s, u"name"_s }, { u"状况"_s, u"status"_s },
        { u"区"_s, u"region_code"_s } };
    options.mappings.insert(p.fingerprint, m);
    const io::ImportReport mapped = io::Importer::run(db, { book }, options);
    CHECK(mapped.rejected.isEmpty());
    CHECK(mapped.imported.value(u"enterprises"_s) == 2);

    // Next time the same headers map by themselves.
    const QList<io::SourcePreview> again = io::Importer::inspect({ book }, &db);
    CHECK(again.first().remembered);
    CHECK(again.first().table == u"enterprises"_s);
    CHECK(again.first().columns == QStringList { u"uscc"_s, u"name"_s, u"status"_s, u"region_code"_s });
    db.exec("DELETE FROM enterprises");
    CHECK(io::Importer::run(db, { book }).imported.value(u"enterprises"_s) == 2);
}

TEST_CASE("paths that are not bundles are refused before anything is written", "[io][import]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const qint64 version = Cache::dataVersion(db);
    CHECK_THROWS_AS(io::Importer::run(db, { dir.filePath(u"missing"_s) }), io::IoError);
    dj::test::writeFile(dir.filePath(u"notes.txt"_s), "hello");
    CHECK_THROWS_AS(io::Importer::run(db, { dir.filePath(u"notes.txt"_s) }), io::IoError);
    QDir().mkpath(dir.filePath(u"empty"_s));
    CHECK_THROWS_AS(io::Importer::run(db, { dir.filePath(u"empty"_s) }), io::IoError);
    CHECK(Cache::dataVersion(db) == version);
}

TEST_CASE("an industry column holding names is looked up in GB/T 4754", "[io][import]")
{
    QTemporaryDir dir;
    auto uscc = [](const QString& first17) { return first17 + dj::codes::Uscc::checkCharacter(first17); };
    const QString a = uscc(u"91310115MA1K3BTP2"_s), b = uscc(u"91310115MA1K3BTP3"_s),
                  c = uscc(u"91310115MA1K3BTP4"_s), d = uscc(u"91310115MA1K3BTP5"_s);
    dj::test::writeFile(dir.filePath(u"b/enterprises.csv"_s),
        (u"统一社会信用代码,企业名称,登记状态,所属行业,region_code\n"_s + a
            + u",甲软件有限公司,存续,软件开发,310115\n"_s + b + u",乙酒业有限公司,存续, 白酒制造 ,310115\n"_s
            + c + u",丙有限公司,存续,制造业,310115\n"_s + d + u",丁有限公司,存续,不存在的行业,310115\n"_s)
            .toUtf8());
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"b"_s) });
    CHECK(r.imported.value(u"enterprises"_s) == 4);
    CHECK(r.rejected.isEmpty());
    auto industry = [&db](const QString& u) {
        store::Statement st
            = db.prepare("SELECT industry_code, industry_section FROM enterprises WHERE uscc = ?1");
        st.bind(1, u);
        REQUIRE(st.step());
        return st.columnText(0) + u'/' + st.columnText(1);
    };
    CHECK(industry(a) == u"651/I"_s); // 软件开发 is a GB/T 4754 group
    CHECK(industry(b) == u"1512/C"_s); // 白酒制造, trimmed
    // A section name (门类) is no 2–4 digit code: only the section is kept (issue #21: a name at any
    // level). An unknown name is not guessed: left empty with a warning.
    CHECK(industry(c) == u"/C"_s);
    CHECK(industry(d) == u"/"_s);
    CHECK_FALSE(hasIssue(r.warnings, u"enterprises.csv"_s, 4, u"所属行业"_s));
    CHECK(hasIssue(r.warnings, u"enterprises.csv"_s, 5, u"所属行业"_s));
    CHECK_FALSE(hasIssue(r.warnings, u"enterprises.csv"_s, 2));
}
