// The engine against an independent, straightforward SQL evaluation of the same filter over the cache.
#include "core/search/filter.h"
#include "core/search/pinyin.h"
#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "core/store/cache.h"
#include "core/store/transaction.h"
#include "tests/core/search/searchtestcache.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <random>
#include <set>

using namespace dj::search;
using dj::store::Cache;
using dj::store::Database;
using dj::store::Statement;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    std::shared_ptr<const SearchIndex> index;
    std::unique_ptr<SearchEngine> engine;
    Database db;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("search.djcache"));
        dj::test::buildSearchCache(path, 3000, 4242);
        index = SearchIndex::build(path);
        engine = std::make_unique<SearchEngine>(index, dj::test::searchTestToday());
        db = Cache::open(path, Cache::Access::ReadOnly);
    }
    static Fixture& instance()
    {
        static Fixture f;
        return f;
    }
};

/// The reference pinyin rule, written the plain recursive way: consecutive characters, each contributing
/// a non-empty prefix of one of its readings (Latin letters read as themselves).
bool pinyinFrom(const QList<QByteArrayList>& readings, qsizetype i, const QByteArray& q, qsizetype p)
{
    if (p == q.size())
        return true;
    if (i == readings.size())
        return false;
    for (const QByteArray& r : readings[i]) {
        for (qsizetype l = 1; l <= r.size() && p + l <= q.size(); ++l) {
            if (q.mid(p, l) != r.left(l))
                break;
            if (pinyinFrom(readings, i + 1, q, p + l))
                return true;
        }
    }
    return false;
}

bool referencePinyin(const QString& name, const QString& text)
{
    QByteArray q;
    for (QChar c : text) {
        if (c == u' ' || c == u'\'')
            continue;
        if (c.unicode() >= 128 || !c.isLetter())
            return false;
        q.append(char(c.toLower().unicode()));
    }
    if (q.isEmpty() || q.size() > 63)
        return false;
    QList<QByteArrayList> readings;
    for (char32_t cp : name.toUcs4()) {
        if (cp < 128 && QChar(cp).isLetter())
            readings.append(QByteArrayList { QByteArray(1, char(QChar(cp).toLower().unicode())) });
        else
            readings.append(dj::search::Pinyin::instance().readings(cp).split(' '));
    }
    for (qsizetype i = 0; i < readings.size(); ++i) {
        if (pinyinFrom(readings, i, q, 0))
            return true;
    }
    return false;
}

/// SQL over the cache for a filter: WHERE clauses with bound values; returns ids in id order.
std::vector<qint64> referenceIds(const Database& db, const Filter& f, QDate today)
{
    QStringList where { QStringLiteral("1") };
    QVariantList binds;
    auto bind = [&](const QVariant& v) {
        binds.append(v);
        return QStringLiteral("?%1").arg(binds.size());
    };
    auto orList = [&](const QStringList& parts) {
        return QStringLiteral("(") + parts.join(QStringLiteral(" OR ")) + QStringLiteral(")");
    };
    auto inList = [&](const QStringList& values) {
        QStringList ph;
        for (const QString& v : values)
            ph << bind(v);
        return QStringLiteral("(") + ph.join(QLatin1Char(',')) + QStringLiteral(")");
    };
    if (!f.regions.isEmpty()) {
        QStringList parts;
        for (const QString& r : f.regions)
            parts << QStringLiteral("substr(region_code,1,%1) = %2").arg(r.size()).arg(bind(r));
        where << orList(parts);
    }
    auto industry = [&](const QStringList& list) {
        QStringList parts;
        for (const QString& s : list) {
            if (s.front().isLetter())
                parts << QStringLiteral("coalesce(industry_section,'') = %1").arg(bind(s));
            else
                parts << QStringLiteral("coalesce(substr(industry_code,1,%1),'') = %2")
                             .arg(s.size())
                             .arg(bind(s));
        }
        return orList(parts);
    };
    if (!f.industries.isEmpty())
        where << industry(f.industries);
    if (!f.excludeIndustries.isEmpty())
        where << QStringLiteral("NOT ") + industry(f.excludeIndustries);
    if (!f.statuses.isEmpty()) {
        QStringList s = f.statuses;
        if (s.contains(QStringLiteral("在营")))
            s << QStringLiteral("存续") << QStringLiteral("在业");
        where << QStringLiteral("status IN ") + inList(s);
    }
    if (f.establishedFrom)
        where << QStringLiteral("established >= ") + bind(f.establishedFrom->toString(Qt::ISODate));
    if (f.establishedTo)
        where << QStringLiteral("established <= ") + bind(f.establishedTo->toString(Qt::ISODate));
    auto range = [&](const QString& expr, const Range& r) {
        if (r.min)
            where << QStringLiteral("%1 >= %2").arg(expr, bind(*r.min));
        if (r.max)
            where << QStringLiteral("%1 <= %2").arg(expr, bind(*r.max));
    };
    range(QStringLiteral("registered_capital"), f.registeredCapital);
    range(QStringLiteral("insured_count"), f.insuredCount);
    auto finValue = [&](const QString& column, const Range& r) {
        if (r.year)
            return QStringLiteral("(SELECT %1 FROM financials f WHERE f.uscc = e.uscc AND f.year = %2)")
                .arg(column, bind(*r.year));
        return QStringLiteral("(SELECT %1 FROM financials f WHERE f.uscc = e.uscc AND %1 IS NOT NULL "
                              "ORDER BY year DESC LIMIT 1)")
            .arg(column);
    };
    if (f.revenue.isActive())
        range(finValue(QStringLiteral("revenue"), f.revenue), f.revenue);
    if (f.tax.isActive())
        range(finValue(QStringLiteral("tax"), f.tax), f.tax);
    if (f.taxGrowthYears) {
        const QString latest = QStringLiteral(
            "(SELECT max(year) FROM financials f WHERE f.uscc = e.uscc AND tax IS NOT NULL)");
        auto taxAt = [&](int back) {
            return QStringLiteral("(SELECT tax FROM financials f WHERE f.uscc = e.uscc AND f.year = %1 - %2)")
                .arg(latest)
                .arg(back);
        };
        for (int k = 0; k < *f.taxGrowthYears; ++k) {
            where << QStringLiteral("%1 > 0").arg(taxAt(k + 1));
            where
                << QStringLiteral("%1 >= %2 * %3").arg(taxAt(k), bind(1 + f.taxGrowthMinRate), taxAt(k + 1));
        }
    }
    if (f.financing)
        where << QStringLiteral("%1 EXISTS (SELECT 1 FROM financing x WHERE x.uscc = e.uscc)")
                     .arg(*f.financing ? QString() : QStringLiteral("NOT"));
    if (!f.licensesAny.isEmpty())
        where << QStringLiteral("EXISTS (SELECT 1 FROM licenses l WHERE l.uscc = e.uscc AND l.kind IN %1 AND "
                                "(l.valid_to IS NULL OR l.valid_to = '' OR l.valid_to >= %2))")
                     .arg(inList(f.licensesAny), bind(today.toString(Qt::ISODate)));
    if (!f.qualificationsAny.isEmpty())
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM qualifications q WHERE q.uscc = e.uscc AND q.kind IN %1)")
                     .arg(inList(f.qualificationsAny));
    if (!f.risksNone.isEmpty())
        where << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM risks r WHERE r.uscc = e.uscc AND r.kind IN %1 AND "
            "r.status = '有效')")
                     .arg(inList(f.risksNone));
    QString textColumn = QStringLiteral("1");
    if (!f.text.isEmpty()) {
        const QString t = bind(f.text);
        textColumn = QStringLiteral("(instr(name, %1) > 0 OR instr(coalesce(former_names,''), %1) > 0 OR "
                                    "instr(coalesce(scope,''), %1) > 0)")
                         .arg(t);
    }
    const QString sql = QStringLiteral("SELECT id, name, %1 FROM enterprises e WHERE %2 ORDER BY id")
                            .arg(textColumn, where.join(QStringLiteral(" AND ")));
    Statement st = db.prepare(sql.toStdString());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    std::vector<qint64> ids;
    while (st.step()) {
        if (st.columnInt(2) || referencePinyin(st.columnText(1), f.text))
            ids.push_back(st.columnInt(0));
    }
    return ids;
}

std::vector<qint64> engineIds(const SearchEngine& engine, const Filter& f)
{
    std::vector<qint64> ids;
    for (qint32 r : engine.matchIds(f))
        ids.push_back(engine.row(r).id);
    return ids;
}

void checkAgrees(const QByteArray& json)
{
    Fixture& fx = Fixture::instance();
    const Filter f = Filter::fromJson(json);
    INFO("filter: " << json.toStdString());
    const std::vector<qint64> expected = referenceIds(fx.db, f, dj::test::searchTestToday());
    const std::vector<qint64> actual = engineIds(*fx.engine, f);
    CHECK(actual.size() == expected.size());
    CHECK(actual == expected);
}

QByteArray randomFilter(std::mt19937& rng)
{
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    auto pickSome = [&](const QStringList& all) {
        QJsonArray a;
        for (const QString& s : all) {
            if (chance(0.4))
                a.append(s);
        }
        if (a.isEmpty())
            a.append(all[int(rng() % unsigned(all.size()))]);
        return a;
    };
    QJsonObject o;
    if (chance(0.3))
        o.insert(u"regions", pickSome({ u"32"_qs, u"3209"_qs, u"320903"_qs, u"50"_qs, u"43"_qs, u"11"_qs }));
    if (chance(0.3))
        o.insert(u"industries", pickSome({ u"C"_qs, u"F"_qs, u"39"_qs, u"392"_qs, u"5127"_qs, u"I"_qs }));
    if (chance(0.3))
        o.insert(u"exclude_industries", pickSome({ u"A"_qs, u"B"_qs, u"15"_qs, u"L"_qs }));
    if (chance(0.4))
        o.insert(u"statuses", pickSome({ u"在营"_qs, u"注销"_qs, u"吊销"_qs, u"存续"_qs }));
    if (chance(0.2))
        o.insert(
            u"established", QJsonObject { { u"from"_qs, u"2005-03-01"_qs }, { u"to"_qs, u"2020-12-31"_qs } });
    if (chance(0.2))
        o.insert(u"registered_capital", QJsonObject { { u"min"_qs, 1e6 } });
    if (chance(0.3))
        o.insert(u"revenue",
            chance(0.5) ? QJsonObject { { u"min"_qs, 2e7 } }
                        : QJsonObject { { u"min"_qs, 1e6 }, { u"max"_qs, 5e7 }, { u"year"_qs, 2022 } });
    if (chance(0.2))
        o.insert(u"tax", QJsonObject { { u"max"_qs, 3e6 } });
    if (chance(0.2))
        o.insert(u"insured_count", QJsonObject { { u"min"_qs, 10 }, { u"max"_qs, 300 } });
    if (chance(0.25))
        o.insert(u"tax_growth",
            QJsonObject { { u"years"_qs, int(rng() % 3) + 1 }, { u"min_rate"_qs, chance(0.5) ? 0.2 : 0.0 } });
    if (chance(0.25))
        o.insert(u"financing", chance(0.5));
    if (chance(0.25))
        o.insert(
            u"licenses_any", pickSome({ u"食品经营许可证"_qs, u"酒类经营许可证"_qs, u"药品经营许可证"_qs }));
    if (chance(0.2))
        o.insert(u"qualifications_any", pickSome({ u"高新技术企业"_qs, u"专精特新中小企业"_qs }));
    if (chance(0.2))
        o.insert(u"risks_none", pickSome({ u"经营异常"_qs, u"被执行人"_qs, u"失信被执行人"_qs }));
    if (chance(0.15))
        o.insert(u"text",
            QJsonArray { u"技术"_qs, u"cq"_qs, u"酒"_qs, u"hd"_qs, u"长"_qs, u"批发"_qs }[int(rng() % 6)]);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("every filter key alone agrees with SQL", "[search]")
{
    const QList<QByteArray> filters {
        R"({})",
        R"({"regions":["32"]})",
        R"({"regions":["3209","50","430102"]})",
        R"({"regions":["99"]})",
        R"({"industries":["C"]})",
        R"({"industries":["39","5127","I"]})",
        R"({"industries":["392"]})",
        R"({"exclude_industries":["A","B"]})",
        R"({"exclude_industries":["15","F"]})",
        R"({"statuses":["在营"]})",
        R"({"statuses":["注销","吊销"]})",
        R"({"established":{"from":"2010-01-01"}})",
        R"({"established":{"to":"2010-01-01"}})",
        R"({"established":{"from":"2008-05-05","to":"2012-05-05"}})",
        R"({"registered_capital":{"min":1000000,"max":20000000}})",
        R"({"registered_capital":{"max":100000}})",
        R"({"revenue":{"min":50000000}})",
        R"({"revenue":{"max":5000000}})",
        R"({"revenue":{"min":10000000,"year":2021}})",
        R"({"tax":{"min":1000000}})",
        R"({"tax":{"max":200000,"year":2023}})",
        R"({"insured_count":{"min":100}})",
        R"({"tax_growth":{"years":1,"min_rate":0.2}})",
        R"({"tax_growth":{"years":2,"min_rate":0.2}})",
        R"({"tax_growth":{"years":3}})",
        R"({"financing":true})",
        R"({"financing":false})",
        R"({"licenses_any":["酒类经营许可证","食品经营许可证"]})",
        R"({"licenses_any":["不存在的许可证"]})",
        R"({"qualifications_any":["高新技术企业"]})",
        R"({"risks_none":["经营异常","失信被执行人"]})",
        R"({"text":"技术"})",
        R"({"text":"批发"})",
        R"({"text":"旧名"})",
        R"({"text":"盐城恒达"})",
        R"({"text":"ABC"})",
        R"({"text":"hwjs"})",
        R"({"text":"cq"})",
        R"({"text":"zq"})",
        R"({"text":"cs"})",
        R"({"text":"huaweij"})",
        R"({"text":"Chong Qing"})",
        R"({"text":"xyz不存在"})",
        R"({"text":"公司"})",
        R"({"text":"7"})",
        R"({"text":"司1"})",
        R"({"text":"9盐城"})",
        R"({"text":"有限公司9重庆"})",
    };
    for (const QByteArray& json : filters)
        checkAgrees(json);
}

TEST_CASE("the two client scenarios agree with SQL", "[search]")
{
    checkAgrees(R"({"exclude_industries":["A","B"],"statuses":["在营"],"revenue":{"min":50000000},
                    "tax_growth":{"years":2,"min_rate":0.2},"financing":true})");
    checkAgrees(R"({"regions":["3209"],"statuses":["在营"],"licenses_any":["酒类经营许可证","食品经营许可证"],
                    "revenue":{"min":20000000}})");
}

TEST_CASE("random combinations of filters agree with SQL", "[search]")
{
    std::mt19937 rng(20240601);
    for (int i = 0; i < 300; ++i)
        checkAgrees(randomFilter(rng));
}

TEST_CASE("sorting and paging follow the SQL order", "[search]")
{
    Fixture& fx = Fixture::instance();
    const Filter f = Filter::fromJson(R"({"statuses":["在营","注销"]})");
    struct Case
    {
        QString sort;
        QString orderBy;
    };
    const QString latestRevenue = QStringLiteral("(SELECT revenue FROM financials f WHERE f.uscc = e.uscc "
                                                 "AND revenue IS NOT NULL ORDER BY year DESC LIMIT 1)");
    const QList<Case> cases {
        { u"revenue:desc"_qs, u"(%1 IS NULL), %1 DESC, id"_qs.arg(latestRevenue) },
        { u"revenue"_qs, u"(%1 IS NULL), %1, id"_qs.arg(latestRevenue) },
        { u"registered_capital:desc"_qs, u"(registered_capital IS NULL), registered_capital DESC, id"_qs },
        { u"established"_qs, u"(established IS NULL), established, id"_qs },
        { u"insured_count:desc"_qs, u"(insured_count IS NULL), insured_count DESC, id"_qs },
        { u"name"_qs, u"name, id"_qs },
        { u"name:desc"_qs, u"name DESC, id"_qs },
        { u"uscc"_qs, u"uscc, id"_qs },
        { u"status:desc"_qs, u"status DESC, id"_qs },
        { u"region_code"_qs, u"region_code, id"_qs },
        { u"industry_code"_qs, u"(industry_code IS NULL), industry_code, id"_qs },
        { u"id:desc"_qs, u"id DESC"_qs },
    };
    for (const Case& c : cases) {
        INFO("sort " << c.sort.toStdString());
        const auto sort = Sort::parse(c.sort);
        REQUIRE(sort);
        Statement st = fx.db.prepare(
            u"SELECT id FROM enterprises e WHERE status IN ('存续','在业','注销') ORDER BY %1"_qs
                .arg(c.orderBy)
                .toStdString());
        std::vector<qint64> expected;
        while (st.step())
            expected.push_back(st.columnInt(0));
        std::vector<qint64> all;
        for (qint32 r : fx.engine->sorted(fx.engine->matchIds(f), *sort))
            all.push_back(fx.engine->row(r).id);
        CHECK(all == expected);
        for (int offset : { 0, 37, int(expected.size()) - 10 }) {
            const Result page = fx.engine->run(f, *sort, offset, 50, false);
            CHECK(page.total == qint64(expected.size()));
            REQUIRE(page.rows.size() == std::min<qsizetype>(50, qsizetype(expected.size()) - offset));
            for (qsizetype i = 0; i < page.rows.size(); ++i)
                CHECK(page.rows[i].id == expected[size_t(offset + i)]);
        }
    }
    CHECK_FALSE(Sort::parse(u"bogus"_qs));
    CHECK_FALSE(Sort::parse(u"name:down"_qs));
}

TEST_CASE("facets count the whole result", "[search]")
{
    Fixture& fx = Fixture::instance();
    const Filter f = Filter::fromJson(R"({"statuses":["在营"],"exclude_industries":["A"]})");
    const Result r = fx.engine->run(f, Sort {}, 0, 5, true);
    REQUIRE(r.facets);
    const QString where
        = QStringLiteral("status IN ('存续','在业') AND coalesce(industry_section,'') <> 'A'");
    auto group = [&](const QString& select, const QString& from) {
        QMap<QString, qint64> m;
        Statement st = fx.db.prepare(
            u"SELECT %1, count(DISTINCT e.id) FROM %2 WHERE %3 GROUP BY 1"_qs.arg(select, from, where)
                .toStdString());
        while (st.step()) {
            if (!st.columnText(0).isEmpty())
                m.insert(st.columnText(0), st.columnInt(1));
        }
        return m;
    };
    const QString e = QStringLiteral("enterprises e");
    CHECK(r.facets->section == group(u"industry_section"_qs, e));
    CHECK(r.facets->province == group(u"substr(region_code,1,2)"_qs, e));
    CHECK(r.facets->city == group(u"substr(region_code,1,4)"_qs, e));
    CHECK(r.facets->status == group(u"status"_qs, e));
    CHECK(r.facets->qualifications
        == group(u"q.kind"_qs, u"enterprises e JOIN qualifications q ON q.uscc = e.uscc"_qs));
    CHECK(r.facets->licenses
        == group(u"l.kind"_qs,
            u"enterprises e JOIN licenses l ON l.uscc = e.uscc AND (l.valid_to IS NULL OR "
            u"l.valid_to = '' OR l.valid_to >= '2025-06-30')"_qs));
    CHECK(r.total
        == fx.db.scalarInt(u"SELECT count(*) FROM enterprises e WHERE %1"_qs.arg(where).toStdString()));
}

TEST_CASE("rows carry the enterprise's columns", "[search]")
{
    Fixture& fx = Fixture::instance();
    Statement st
        = fx.db.prepare("SELECT id, uscc, name, status, region_code, industry_code, registered_capital, "
                        "established FROM enterprises ORDER BY id LIMIT 20");
    while (st.step()) {
        const qint32 r = fx.engine->rowOfId(st.columnInt(0));
        REQUIRE(r >= 0);
        CHECK(fx.engine->rowOfUscc(st.columnText(1)) == r);
        const Row row = fx.engine->row(r);
        CHECK(row.uscc == st.columnText(1));
        CHECK(row.name == st.columnText(2));
        CHECK(row.status == st.columnText(3));
        CHECK(row.regionCode == st.columnText(4));
        CHECK(row.industryCode == st.columnText(5));
        CHECK(row.registeredCapital == st.columnOptDouble(6));
        CHECK(row.established == st.columnText(7));
    }
    CHECK(fx.engine->rowOfId(1) == -1);
    CHECK(fx.engine->rowOfUscc(u"ZZZ-orphan"_qs) == -1);
}

TEST_CASE("financial years are those with a revenue or tax figure, newest first", "[search]")
{
    Fixture& fx = Fixture::instance();
    QList<int> expected;
    Statement st
        = fx.db.prepare("SELECT DISTINCT f.year FROM financials f JOIN enterprises e ON e.uscc = f.uscc "
                        "WHERE f.revenue IS NOT NULL OR f.tax IS NOT NULL ORDER BY f.year DESC");
    while (st.step())
        expected << int(st.columnInt(0));
    REQUIRE(expected.size() >= 2);
    CHECK(fx.engine->financialYears() == expected);
}

TEST_CASE("suggestions are names matching the text, largest revenue first", "[search]")
{
    Fixture& fx = Fixture::instance();
    const QStringList few = fx.engine->suggest(u"hwjs"_qs, 5);
    CHECK(few.size() == 5);
    const QStringList s = fx.engine->suggest(u"hwjs"_qs, 100000);
    CHECK(s.contains(u"华为技术有限公司"_qs));
    CHECK(s.mid(0, 5) == few);
    for (const QString& name : s)
        CHECK(referencePinyin(name, u"hwjs"_qs));
    for (const QString& name : fx.engine->suggest(u"盐城"_qs, 10))
        CHECK(name.contains(u"盐城"_qs));
    CHECK(fx.engine->suggest(u"   "_qs, 10).isEmpty());
}

TEST_CASE("the persisted index is reused while current and rebuilt when the cache changes", "[search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.djcache"));
    dj::test::buildSearchCache(path, 1500, 7);
    const Filter f = Filter::fromJson(R"({"statuses":["在营"],"text":"技术"})");
    auto first = SearchIndex::open(path);
    CHECK_FALSE(first->wasLoaded());
    REQUIRE(QFile::exists(SearchIndex::persistedPath(path)));
    auto second = SearchIndex::open(path);
    CHECK(second->wasLoaded());
    const auto a = SearchEngine(first).matchIds(f);
    CHECK(SearchEngine(second).matchIds(f) == a);
    CHECK(SearchEngine(second).run(f, Sort {}, 0, 10, true).rows.size() == 10);

    {
        Database db = Cache::open(path);
        dj::store::Transaction tx(db);
        db.exec("UPDATE enterprises SET status = '注销' WHERE id IN (SELECT id FROM enterprises LIMIT 100)");
        Cache::bumpDataVersion(db);
        tx.commit();
    }
    auto third = SearchIndex::open(path);
    CHECK_FALSE(third->wasLoaded());
    CHECK(third->dataVersion() == first->dataVersion() + 1);

    // A damaged persisted file is ignored, never trusted.
    {
        QFile file(SearchIndex::persistedPath(path));
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.resize(file.size() / 2);
    }
    auto fourth = SearchIndex::open(path);
    CHECK_FALSE(fourth->wasLoaded());
    CHECK(SearchEngine(fourth).matchIds(f) == SearchEngine(third).matchIds(f));
}

TEST_CASE("opening something that is not a cache is refused", "[search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database at all, just some text to refuse");
    file.close();
    CHECK_THROWS(SearchIndex::open(path));
    CHECK_FALSE(QFile::exists(SearchIndex::persistedPath(path)));
}
