#include "core/search/filter.h"
#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "tests/core/search/searchtestcache.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj::search;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

} // namespace

TEST_CASE("dianjing-cli search and bench search follow the contract", "[search][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.djcache"));
    dj::test::buildSearchCache(db, 2000, 99);
    const QByteArray filterJson
        = R"({"statuses":["在营"],"exclude_industries":["A","B"],"revenue":{"min":1000000}})";
    const QString filter = writeFile(dir, QStringLiteral("f.json"), filterJson);

    const auto r = dj::test::runCli({ u"search"_qs, u"--db"_qs, db, u"--filter"_qs, filter, u"--limit"_qs,
        u"7"_qs, u"--offset"_qs, u"3"_qs, u"--sort"_qs, u"registered_capital:desc"_qs, u"--facets"_qs });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    const SearchEngine engine(SearchIndex::build(db));
    const Result expected
        = engine.run(Filter::fromJson(filterJson), *Sort::parse(u"registered_capital:desc"_qs), 3, 7, true);
    CHECK(o.value(u"total").toInteger() == expected.total);
    const QJsonArray rows = o.value(u"rows").toArray();
    REQUIRE(rows.size() == 7);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        CHECK(row.value(u"uscc").toString() == expected.rows[i].uscc);
        for (const char16_t* key :
            { u"name", u"status", u"region_code", u"industry_code", u"revenue", u"tax" })
            CHECK(row.contains(QStringView(key)));
    }
    const QJsonObject facets = o.value(u"facets").toObject();
    for (const char16_t* key : { u"section", u"province", u"licenses", u"qualifications" })
        CHECK(facets.contains(QStringView(key)));
    qint64 sum = 0;
    for (const QJsonValue v : facets.value(u"section").toObject())
        sum += v.toInteger();
    CHECK(sum <= expected.total);
    CHECK(o.contains(u"ms"));

    // defaults: 50 rows by revenue desc, no facets
    const auto plain = dj::test::runCli({ u"search"_qs, u"--db"_qs, db, u"--filter"_qs, filter });
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.json().value(u"rows").toArray().size() == std::min<qint64>(50, expected.total));
    CHECK_FALSE(plain.json().contains(u"facets"));

    const auto bench = dj::test::runCli(
        { u"bench"_qs, u"search"_qs, u"--db"_qs, db, u"--filter"_qs, filter, u"--repeat"_qs, u"5"_qs });
    REQUIRE(bench.exitCode == 0);
    for (const char16_t* key : { u"open_ms", u"median_ms", u"p95_ms", u"total" })
        CHECK(bench.json().contains(QStringView(key)));
    CHECK(bench.json().value(u"total").toInteger() == expected.total);
}

TEST_CASE("dianjing-cli search refuses bad input clearly", "[search][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.djcache"));
    dj::test::buildSearchCache(db, 1000, 5);
    const QString bad
        = writeFile(dir, QStringLiteral("bad.json"), R"({"statuses":["在营"],"revenu":{"min":1}})");
    auto r = dj::test::runCli({ u"search"_qs, u"--db"_qs, db, u"--filter"_qs, bad });
    CHECK(r.exitCode == 1);
    CHECK(QString::fromUtf8(r.err).contains(u"revenu"_qs));
    CHECK(r.out.isEmpty());

    const QString badType = writeFile(dir, QStringLiteral("t.json"), R"({"tax_growth":{"years":"two"}})");
    r = dj::test::runCli({ u"search"_qs, u"--db"_qs, db, u"--filter"_qs, badType });
    CHECK(r.exitCode == 1);
    CHECK(QString::fromUtf8(r.err).contains(u"tax_growth.years"_qs));

    const QString notJson = writeFile(dir, QStringLiteral("n.json"), "\xff\xfe{{{");
    r = dj::test::runCli({ u"bench"_qs, u"search"_qs, u"--db"_qs, db, u"--filter"_qs, notJson });
    CHECK(r.exitCode == 1);
    CHECK(QString::fromUtf8(r.err).contains(u"JSON"_qs));

    const QString good = writeFile(dir, QStringLiteral("g.json"), "{}");
    r = dj::test::runCli(
        { u"search"_qs, u"--db"_qs, dir.filePath(u"missing.djcache"_qs), u"--filter"_qs, good });
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(u"missing.djcache"_qs)));
    r = dj::test::runCli({ u"search"_qs, u"--db"_qs, db, u"--filter"_qs, dir.filePath(u"nofile.json"_qs) });
    CHECK(r.exitCode == 1);
    r = dj::test::runCli(
        { u"search"_qs, u"--db"_qs, db, u"--filter"_qs, good, u"--sort"_qs, u"shoe_size"_qs });
    CHECK(r.exitCode == 2);
    r = dj::test::runCli({ u"search"_qs, u"--db"_qs, db, u"--filter"_qs, good, u"--limit"_qs, u"-4"_qs });
    CHECK(r.exitCode == 2);
    r = dj::test::runCli({ u"search"_qs, u"--filter"_qs, good });
    CHECK(r.exitCode == 2);
}
