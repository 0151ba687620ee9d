// Issue #21 golden folder: tests/data/io/vendors/ (written by make_vendors.py with openpyxl) in each layout
// officers have: 企查查, 天眼查, 启信宝 (GB18030 CSV), a multi-sheet company workbook, a tax sheet and a
// park's tenant register. The expected values below are read off the files by hand with GB/T 2260 and
// GB/T 4754-2017 at hand (e.g. 江苏省盐城市亭湖区 = 320902, 集成电路制造 = 3973), not taken from the
// importer.
#include "core/store/cache.h"
#include "core/store/statement.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj;
using namespace Qt::StringLiterals;

namespace {

QStringList rows(const store::Database& db, const char* sql)
{
    QStringList out;
    store::Statement st = db.prepare(sql);
    while (st.step()) {
        QStringList cells;
        for (int i = 0; i < st.columnCount(); ++i) {
            const QVariant v = st.columnVariant(i);
            if (v.typeId() == QMetaType::Double)
                cells << QString::number(v.toDouble(), 'f', 6).remove(QRegularExpression(u"\\.?0+$"_s));
            else
                cells << v.toString();
        }
        out << cells.join(u'|');
    }
    return out;
}

} // namespace

TEST_CASE("the golden vendor folder imports into the right tables with regions and industries resolved",
    "[io][vendors]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"c.djcache"_s);
    const auto r = test::runCli({ u"import"_s, u"--db"_s, db, test::dataPath(u"io/vendors"_s) });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    const QJsonObject imported = o.value(u"imported"_s).toObject();
    // 3 企查查 + 2 天眼查 + 3 启信宝 + 2 基本信息 (上海点兢) + 1 (苏州点兢, one company) + 2 (无锡, named).
    CHECK(imported.value(u"enterprises"_s).toInt() == 13);
    CHECK(imported.value(u"financing"_s).toInt() == 0);
    CHECK(imported.value(u"tenants"_s).toInt() == 3);
    CHECK(imported.value(u"licenses"_s).toInt() == 2);
    CHECK(imported.value(u"risks"_s).toInt() == 2);
    // Rows written: 2 + 2 (上海点兢 股东信息 and 对外投资 both list 投资 holding 科技: one row written twice)
    // + 3 + 1 (苏州点兢) + 4 (无锡); the table holds 10, checked below.
    CHECK(imported.value(u"shareholdings"_s).toInt() == 11);
    CHECK(imported.value(u"roles"_s).toInt() == 8);

    // Rejected: the tenant in a building the park does not have, and the two rows naming an enterprise
    // nobody knows (对外投资 of the one-company workbook, 主要人员 of the named one).
    const QJsonArray rejected = o.value(u"rejected"_s).toArray();
    REQUIRE(rejected.size() == 3);
    QMap<QString, QJsonObject> rejectedBy;
    for (const QJsonValue& v : rejected)
        rejectedBy.insert(v.toObject().value(u"file"_s).toString(), v.toObject());
    CHECK(rejectedBy.value(u"园区_入驻企业台账.xlsx!入驻企业台账"_s).value(u"line"_s).toInt() == 6);
    CHECK(rejectedBy.value(u"园区_入驻企业台账.xlsx!入驻企业台账"_s)
              .value(u"reason"_s)
              .toString()
              .contains(u"科创大厦C座"_s));
    CHECK(rejectedBy.value(u"企查查_企业详情_苏州点兢.xlsx!对外投资"_s).value(u"line"_s).toInt() == 3);
    CHECK(rejectedBy.value(u"企查查_企业详情_苏州点兢.xlsx!对外投资"_s)
              .value(u"reason"_s)
              .toString()
              .contains(u"无锡未收录科技有限公司"_s));
    CHECK(rejectedBy.value(u"企业全景_无锡两家_名称关联.xlsx!主要人员"_s).value(u"line"_s).toInt() == 4);
    CHECK(rejectedBy.value(u"企业全景_无锡两家_名称关联.xlsx!主要人员"_s)
              .value(u"reason"_s)
              .toString()
              .contains(u"不存在的公司有限公司"_s));

    // Every decision is reported: table, why, title block and note rows.
    const QJsonObject sources = o.value(u"sources"_s).toObject();
    auto source = [&sources](const QString& label) { return sources.value(label).toObject(); };
    const QMap<QString, QString> expectedTables { { u"企查查_高级搜索导出.xlsx!企业列表"_s,
                                                      u"enterprises"_s },
        { u"天眼查_导出.xlsx!搜索结果"_s, u"enterprises"_s }, { u"启信宝_企业名单.csv"_s, u"enterprises"_s },
        { u"企业全景_上海点兢.xlsx!基本信息"_s, u"enterprises"_s },
        { u"企业全景_上海点兢.xlsx!股东信息"_s, u"shareholdings"_s },
        { u"企业全景_上海点兢.xlsx!主要人员"_s, u"roles"_s },
        { u"企业全景_上海点兢.xlsx!对外投资"_s, u"shareholdings"_s },
        { u"企业全景_上海点兢.xlsx!行政许可"_s, u"licenses"_s },
        { u"企业全景_上海点兢.xlsx!经营风险"_s, u"risks"_s },
        { u"税务_纳税明细.xlsx!纳税明细"_s, u"financials"_s },
        { u"园区_入驻企业台账.xlsx!入驻企业台账"_s, u"tenants"_s }, { u"buildings.csv"_s, u"buildings"_s },
        { u"企查查_企业详情_苏州点兢.xlsx!基本信息"_s, u"enterprises"_s },
        { u"企查查_企业详情_苏州点兢.xlsx!股东信息"_s, u"shareholdings"_s },
        { u"企查查_企业详情_苏州点兢.xlsx!主要人员"_s, u"roles"_s },
        { u"企查查_企业详情_苏州点兢.xlsx!对外投资"_s, u"shareholdings"_s },
        { u"企查查_企业详情_苏州点兢.xlsx!行政许可"_s, u"licenses"_s },
        { u"企查查_企业详情_苏州点兢.xlsx!经营风险"_s, u"risks"_s },
        { u"企业全景_无锡两家_名称关联.xlsx!基本信息"_s, u"enterprises"_s },
        { u"企业全景_无锡两家_名称关联.xlsx!股东信息"_s, u"shareholdings"_s },
        { u"企业全景_无锡两家_名称关联.xlsx!主要人员"_s, u"roles"_s } };
    for (auto it = expectedTables.cbegin(); it != expectedTables.cend(); ++it) {
        INFO(it.key().toStdString());
        const QJsonObject s = source(it.key());
        CHECK(s.value(u"table"_s).toString() == it.value());
        CHECK_FALSE(s.value(u"reason"_s).toString().isEmpty());
        if (!it.key().startsWith(u"buildings"_s)) {
            CHECK(s.value(u"by"_s).toString() == u"headers"_s);
            CHECK_FALSE(s.value(u"evidence"_s).toArray().isEmpty());
        }
    }
    CHECK(source(u"企业全景_上海点兢.xlsx!变更记录"_s).value(u"by"_s).toString() == u"unsupported"_s);
    CHECK(source(u"企业全景_上海点兢.xlsx!变更记录"_s).value(u"table"_s).toString().isEmpty());
    CHECK(source(u"企查查_企业详情_苏州点兢.xlsx!变更记录"_s).value(u"by"_s).toString() == u"unsupported"_s);

    // Title rows filling two and three cells above the header are a title block, not the header.
    for (const QString& label : { u"企查查_企业详情_苏州点兢.xlsx!基本信息"_s,
             u"企查查_企业详情_苏州点兢.xlsx!股东信息"_s, u"企业全景_无锡两家_名称关联.xlsx!基本信息"_s }) {
        INFO(label.toStdString());
        CHECK(source(label).value(u"header_line"_s).toInt() == 2);
        CHECK(source(label).value(u"title_rows"_s).toArray() == QJsonArray { 1 });
        CHECK_FALSE(source(label).value(u"header_evidence"_s).toString().isEmpty());
    }
    // The one-company workbook's sheets without a credit code belong to the company of 基本信息, and
    // say so; the named workbook's rows are linked by name.
    const QJsonObject solo { { u"uscc"_s, u"91320505200000419C"_s },
        { u"name"_s, u"苏州点兢智能科技有限公司"_s }, { u"sheet"_s, u"基本信息"_s } };
    const QString soloBook = u"企查查_企业详情_苏州点兢.xlsx!"_s;
    CHECK(source(soloBook + u"股东信息"_s).value(u"link_company"_s).toObject() == solo);
    CHECK(source(soloBook + u"股东信息"_s).value(u"link_sources"_s).toObject()
        == QJsonObject { { u"company"_s, 3 } });
    CHECK(source(soloBook + u"股东信息"_s).value(u"holders"_s).toObject()
        == QJsonObject { { u"linked"_s, 1 }, { u"name_key"_s, 1 } });
    CHECK(source(soloBook + u"主要人员"_s).value(u"link_sources"_s).toObject()
        == QJsonObject { { u"company"_s, 2 } });
    CHECK(source(soloBook + u"行政许可"_s).value(u"link_company"_s).toObject() == solo);
    CHECK(source(soloBook + u"经营风险"_s).value(u"link_sources"_s).toObject()
        == QJsonObject { { u"company"_s, 1 } });
    CHECK(source(soloBook + u"对外投资"_s).value(u"link_company"_s).toObject() == solo);
    CHECK(source(soloBook + u"对外投资"_s).value(u"link_sources"_s).toObject()
        == QJsonObject { { u"name"_s, 1 } });
    const QString named = u"企业全景_无锡两家_名称关联.xlsx!"_s;
    CHECK(source(named + u"股东信息"_s).value(u"link_sources"_s).toObject()
        == QJsonObject { { u"name"_s, 4 } });
    CHECK(source(named + u"股东信息"_s).value(u"link_company"_s).isNull());
    CHECK(source(named + u"主要人员"_s).value(u"link_sources"_s).toObject()
        == QJsonObject { { u"name"_s, 2 } });
    const QJsonObject qcc = source(u"企查查_高级搜索导出.xlsx!企业列表"_s);
    CHECK(qcc.value(u"header_line"_s).toInt() == 4);
    CHECK(qcc.value(u"title_rows"_s).toArray() == QJsonArray { 1, 2 });
    CHECK(qcc.value(u"note_rows"_s).toArray() == QJsonArray { 9 });
    CHECK(
        qcc.value(u"region_sources"_s).toObject() == QJsonObject { { u"names"_s, 2 }, { u"address"_s, 1 } });
    const QJsonObject qxb = source(u"启信宝_企业名单.csv"_s);
    CHECK(o.value(u"encoding"_s).toObject().value(u"启信宝_企业名单.csv"_s).toString() == u"GB18030"_s);
    CHECK(qxb.value(u"header_line"_s).toInt() == 3);
    CHECK(qxb.value(u"note_rows"_s).toArray() == QJsonArray { 7 });
    CHECK(qxb.value(u"region_sources"_s).toObject()
        == QJsonObject { { u"names"_s, 1 }, { u"address"_s, 1 }, { u"uscc"_s, 1 } });
    CHECK(
        source(u"税务_纳税明细.xlsx!纳税明细"_s).value(u"note_rows"_s).toArray() == QJsonArray { 8 }); // 合计
    CHECK(source(u"园区_入驻企业台账.xlsx!入驻企业台账"_s).value(u"title_rows"_s).toArray()
        == QJsonArray { 1 });

    store::Database c = store::Cache::open(db, store::Cache::Access::ReadOnly);
    // uscc | region | industry | section | capital (yuan) | currency
    const QStringList enterprises = rows(c,
        "SELECT uscc, status, region_code, coalesce(industry_code, ''), coalesce(industry_section, ''), "
        "coalesce(CAST(registered_capital AS INTEGER), ''), coalesce(registered_capital_currency, '') "
        "FROM enterprises");
    QStringList sorted = enterprises;
    std::sort(sorted.begin(), sorted.end());
    QStringList expected {
        u"91110108200000216W|存续|110108|65|I|1000000|"_s, // 北京市-市辖区-海淀区; 软件和信息技术服务业
        u"91320505200000419C|存续|320505|651|I|8000000|"_s, // 江苏省 苏州市 虎丘区; 软件开发; 800万元人民币
        u"913202142000005157|存续|320214|3973|C|10000000|"_s, // 江苏省无锡市新吴区; 集成电路制造
        u"91320213200000523K|在业|320213|51|F|1000000|"_s, // 江苏 无锡 梁溪; 批发业; 100万
        u"91310115200000312P|存续|310115|651|I|5000000|"_s, // 上海市浦东新区; 软件开发
        u"913101152000002249|存续|310115|51|F|120000000|"_s, // address 上海市浦东新区…; 批发业; 1.2亿
        u"91310115200000320J|存续|310115|67|J|10000000|"_s, // 上海 浦东; 资本市场服务
        u"913301062000001287|存续|330106|72|L|3000000|"_s, // 浙江 杭州 西湖; 商务服务业; 300万
        u"91320106200000021P|在业|320106|651|I|10000000|"_s, // 江苏 南京 鼓楼; 中类 软件开发
        u"91320902200000013C|存续|320902|3973|C|5000000|"_s, // 小类 集成电路制造
        u"91320902200000232N|存续|320902||||"_s, // nothing but the code: digits 3–8
        u"9135010220000003X2|吊销|350102|51|F|500000|"_s, // 福州市 + address 鼓楼区; 大类 批发业
        u"9144030520000011XX|存续|440305|65|I|1000000|USD"_s, // 100万美元
    };
    std::sort(expected.begin(), expected.end());
    CHECK(sorted == expected);
    CHECK(c.scalarInt("SELECT insured_count FROM enterprises WHERE uscc = '91320902200000013C'") == 35);
    // A vendor's "-" is unknown, in text columns too (南京鼓楼软件's 曾用名 and 最新年报地址).
    CHECK(rows(c,
              "SELECT coalesce(former_names, 'NULL'), coalesce(annual_address, 'NULL') FROM enterprises "
              "WHERE uscc IN ('91320902200000013C', '91320106200000021P') ORDER BY uscc")
        == QStringList { u"NULL|NULL"_s, u"盐城亭湖材料厂|盐城市亭湖区人民中路100号"_s });

    // 税款所属期 summed by year: 10万 + 20.5万 in 2022; 15万 + 250,000 in 2023; 1,234.5.
    CHECK(rows(c, "SELECT uscc, year, tax FROM financials ORDER BY uscc, year")
        == QStringList { u"91320106200000021P|2023|1234.5"_s, u"91320902200000013C|2022|305000"_s,
            u"91320902200000013C|2023|400000"_s });
    // 25.5% and 127.5万元; the enterprise holder named in both 股东信息 and 对外投资 is one row, linked to
    // its credit code by name; the person holder keyed like the 主要人员 sheet keys them. 苏州点兢's
    // holders belong to the company of its 基本信息 sheet; its 对外投资 rows are held by it. The limited
    // partnership nobody knows is kept under its name as `other` (exchange-format.md: holder_id is the credit
    // code for an enterprise, a free key for other). 无锡's rows are linked by the company name, one of them
    // to 南京鼓楼软件 of the 企查查 export.
    CHECK(rows(c,
              "SELECT investee_uscc, holder_kind, holder_id, coalesce(holder_name, ''), share_pct, "
              "subscribed_capital FROM shareholdings ORDER BY investee_uscc, holder_kind, holder_id")
        == QStringList {
            u"91310115200000312P|enterprise|91310115200000320J|上海点兢投资有限公司|25.5|1275000"_s,
            u"91310115200000312P|person|91310115200000312P/张三|张三|74.5|3725000"_s,
            u"91320106200000021P|person|91320106200000021P/周三|周三|51|510000"_s,
            u"91320213200000523K|person|91320213200000523K/孙二|孙二|100|1000000"_s,
            u"913202142000005157|enterprise|91310115200000312P|上海点兢科技有限公司|30|3000000"_s,
            u"913202142000005157|person|913202142000005157/钱一|钱一|70|7000000"_s,
            u"91320505200000419C|enterprise|91310115200000320J|上海点兢投资有限公司|25|2000000"_s,
            u"91320505200000419C|other|苏州未登记创投合伙企业（有限合伙）|苏州未登记创投合伙企业（有限合伙）|15|1200000"_s,
            u"91320505200000419C|person|91320505200000419C/陈一|陈一|60|4800000"_s,
            u"91320902200000013C|enterprise|91320505200000419C|苏州点兢智能科技有限公司|10|500000"_s });
    // 执行董事兼总经理 splits into two roles.
    CHECK(rows(c, "SELECT uscc, person_id, role FROM roles ORDER BY person_id, role")
        == QStringList { u"91310115200000312P|91310115200000312P/张三|总经理"_s,
            u"91310115200000312P|91310115200000312P/张三|执行董事"_s,
            u"91310115200000312P|91310115200000312P/王芳|监事"_s,
            u"91320213200000523K|91320213200000523K/孙二|总经理"_s,
            u"91320213200000523K|91320213200000523K/孙二|执行董事"_s,
            u"913202142000005157|913202142000005157/钱一|执行董事"_s,
            u"91320505200000419C|91320505200000419C/林二|监事"_s,
            u"91320505200000419C|91320505200000419C/陈一|董事长"_s });
    CHECK(c.scalarInt("SELECT count(*) FROM persons") == 6);
    CHECK(rows(c, "SELECT uscc, amount FROM risks ORDER BY uscc")
        == QStringList { u"91310115200000312P|50000"_s, u"91320505200000419C|20000"_s });
    CHECK(rows(c, "SELECT uscc, kind, number, valid_to FROM licenses ORDER BY uscc")
        == QStringList { u"91310115200000312P|食品经营许可证|JY13101150000001|2026-12-31"_s,
            u"91320505200000419C|食品经营许可证|JY13205050000001|2027-01-01"_s });
    // Tenants matched to buildings by name; dates in three spellings.
    CHECK(rows(c,
              "SELECT building_id, name, floor, room, area_m2, since FROM tenants ORDER BY building_id, room")
        == QStringList { u"YC01-A|南京鼓楼软件有限公司|12|1203|88|2022-07-15"_s,
            u"YC01-A|盐城亭湖新材料有限公司|5|501|320.5|2021-03-01"_s,
            u"YC01-B|深圳南山电子有限公司|3|301-302|640|2020-01-01"_s });
}

TEST_CASE("importing the golden vendor folder twice changes nothing the second time", "[io][vendors]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"c.djcache"_s);
    REQUIRE(test::runCli({ u"import"_s, u"--db"_s, db, test::dataPath(u"io/vendors"_s) }).exitCode == 0);
    const auto snapshot = [&db] {
        store::Database c = store::Cache::open(db, store::Cache::Access::ReadOnly);
        return rows(c, "SELECT uscc, year, tax FROM financials ORDER BY 1, 2")
            + rows(c, "SELECT count(*) FROM shareholdings") + rows(c, "SELECT count(*) FROM tenants");
    };
    const QStringList first = snapshot();
    REQUIRE(test::runCli({ u"import"_s, u"--db"_s, db, test::dataPath(u"io/vendors"_s) }).exitCode == 0);
    CHECK(snapshot() == first); // tax periods are summed within a file, never added to the last import
}
