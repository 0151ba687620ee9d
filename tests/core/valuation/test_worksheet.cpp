// The worksheet file: validation naming field paths, migration, save and reopen.
#include "core/valuation/resultjson.h"
#include "core/valuation/worksheet.h"
#include "tests/core/valuation/valuationtestdocs.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj::valuation;

namespace {
/// The issues of a refused document ("path: reason" lines); empty when accepted.
QList<Issue> issuesOf(const QJsonObject& doc)
{
    try {
        Worksheet::fromJson(doc);
    } catch (const ValidationError& e) {
        return e.issues();
    }
    return {};
}

bool hasIssue(const QList<Issue>& issues, const QString& path, const QString& reasonPart = {})
{
    for (const Issue& i : issues)
        if (i.path == path && i.reason.contains(reasonPart))
            return true;
    return false;
}

QJsonObject setPath(QJsonObject doc, const QString& section, const QString& key, const QJsonValue& v)
{
    QJsonObject s = doc.value(section).toObject();
    s.insert(key, v);
    doc.insert(section, s);
    return doc;
}
} // namespace

TEST_CASE("A bad value is refused naming its field path and the reason", "[valuation][worksheet]")
{
    const QJsonObject good = dj::test::incomeDoc();
    REQUIRE(issuesOf(good).isEmpty());

    QJsonObject in = good.value(QStringLiteral("income")).toObject();
    QJsonArray periods = in.value(QStringLiteral("periods")).toArray();
    QJsonObject p1 = periods[1].toObject();
    p1.insert(QStringLiteral("revenue"), QStringLiteral("abc"));
    periods[1] = p1;
    in.insert(QStringLiteral("periods"), periods);
    QJsonObject bad = good;
    bad.insert(QStringLiteral("income"), in);
    auto issues = issuesOf(bad);
    CHECK(hasIssue(issues, QStringLiteral("income.periods[1].revenue"), QStringLiteral("expected a number")));

    CHECK(hasIssue(issuesOf(setPath(good, QStringLiteral("income"), QStringLiteral("share_k"), 1.5)),
        QStringLiteral("income.share_k"), QStringLiteral("out of range")));
    CHECK(hasIssue(
        issuesOf(setPath(good, QStringLiteral("income"), QStringLiteral("method"), QStringLiteral("magic"))),
        QStringLiteral("income.method"), QStringLiteral("expected one of")));
    CHECK(hasIssue(issuesOf(setPath(good, QStringLiteral("income"), QStringLiteral("colour"), 1)),
        QStringLiteral("income.colour"), QStringLiteral("unknown key")));
    CHECK(hasIssue(issuesOf(setPath(good, QStringLiteral("asset"), QStringLiteral("valuation_date"),
                       QStringLiteral("2024-13-01"))),
        QStringLiteral("asset.valuation_date"), QStringLiteral("YYYY-MM-DD")));
    // Perpetuity with g ≥ i
    QJsonObject perp = setPath(good, QStringLiteral("income"), QStringLiteral("perpetuity"), true);
    perp = setPath(perp, QStringLiteral("income"), QStringLiteral("growth"), 0.2);
    CHECK(
        hasIssue(issuesOf(perp), QStringLiteral("income.growth"), QStringLiteral("below the discount rate")));
    // No approach at all
    QJsonObject none = good;
    none.remove(QStringLiteral("income"));
    CHECK_FALSE(issuesOf(none).isEmpty());
}

TEST_CASE("Cost, market and conclusion values are checked", "[valuation][worksheet]")
{
    const QJsonObject good = dj::test::costMarketDoc();
    REQUIRE(issuesOf(good).isEmpty());
    // Fewer than 3 comparables
    QJsonObject m = good.value(QStringLiteral("market")).toObject();
    QJsonArray comps = m.value(QStringLiteral("comparables")).toArray();
    comps.removeLast();
    m.insert(QStringLiteral("comparables"), comps);
    QJsonObject two = good;
    two.insert(QStringLiteral("market"), m);
    CHECK(hasIssue(issuesOf(two), QStringLiteral("market.comparables"), QStringLiteral("at least 3")));
    // Weights not summing to 1
    CHECK(hasIssue(issuesOf(setPath(good, QStringLiteral("conclusion"), QStringLiteral("weights"),
                       QJsonObject { { QStringLiteral("cost"), 0.5 }, { QStringLiteral("market"), 0.6 } })),
        QStringLiteral("conclusion.weights"), QStringLiteral("sum to 1.1")));
    // A price index without the item's year
    CHECK(hasIssue(issuesOf(setPath(good, QStringLiteral("cost"), QStringLiteral("price_index"),
                       QJsonObject { { QStringLiteral("2023"), 105 }, { QStringLiteral("2024"), 110 } })),
        QStringLiteral("cost.items[0].year"), QStringLiteral("2022")));
    // Negative amount
    QJsonObject c = good.value(QStringLiteral("cost")).toObject();
    QJsonArray items = c.value(QStringLiteral("items")).toArray();
    QJsonObject it = items[0].toObject();
    it.insert(QStringLiteral("amount"), -5);
    items[0] = it;
    c.insert(QStringLiteral("items"), items);
    QJsonObject neg = good;
    neg.insert(QStringLiteral("cost"), c);
    CHECK(hasIssue(issuesOf(neg), QStringLiteral("cost.items[0].amount")));
    // Unknown analysis variable
    QJsonObject an = good;
    an.insert(QStringLiteral("analysis"),
        QJsonObject { { QStringLiteral("tornado"),
            QJsonObject {
                { QStringLiteral("variables"), QJsonArray { QStringLiteral("income.share_k") } } } } });
    CHECK(hasIssue(
        issuesOf(an), QStringLiteral("analysis.tornado.variables[0]"), QStringLiteral("does not apply")));
}

TEST_CASE("AHP judgements: range, diagonal and reciprocity", "[valuation][worksheet]")
{
    QJsonObject doc = dj::test::incomeDoc();
    QJsonObject dims;
    for (const char* k :
        { "normative", "completeness", "accuracy", "consistency", "timeliness", "accessibility" })
        dims.insert(QLatin1String(k),
            QJsonArray { QJsonObject {
                { QStringLiteral("name"), QStringLiteral("x") }, { QStringLiteral("score"), 90 } } });
    QJsonArray ahp;
    for (int i = 0; i < 6; ++i) {
        QJsonArray row;
        for (int j = 0; j < 6; ++j)
            row.append(i == j ? QJsonValue(1) : (i < j ? QJsonValue(3) : QJsonValue(QStringLiteral("1/3"))));
        ahp.append(row);
    }
    doc.insert(QStringLiteral("quality"),
        QJsonObject { { QStringLiteral("dimensions"), dims }, { QStringLiteral("ahp"), ahp } });
    REQUIRE(issuesOf(doc).isEmpty());

    QJsonArray broken = ahp;
    QJsonArray row = broken[4].toArray();
    row[1] = 2; // should be 1/3 (reciprocal of [1][4] = 3)
    broken[4] = row;
    QJsonObject q = doc.value(QStringLiteral("quality")).toObject();
    q.insert(QStringLiteral("ahp"), broken);
    QJsonObject bad = doc;
    bad.insert(QStringLiteral("quality"), q);
    CHECK(hasIssue(issuesOf(bad), QStringLiteral("quality.ahp[4][1]"), QStringLiteral("reciprocal")));

    row[1] = 12;
    broken[4] = row;
    q.insert(QStringLiteral("ahp"), broken);
    bad.insert(QStringLiteral("quality"), q);
    CHECK(hasIssue(issuesOf(bad), QStringLiteral("quality.ahp[4][1]"), QStringLiteral("1/9 to 9")));
}

TEST_CASE("Migration: a version-1 file keeps its values, newer files are refused", "[valuation][worksheet]")
{
    QJsonObject v1 = dj::test::incomeDoc();
    v1.insert(QStringLiteral("format_version"), 1);
    QJsonObject in = v1.value(QStringLiteral("income")).toObject();
    in.remove(QStringLiteral("discount"));
    in.insert(QStringLiteral("discount_rate"), 0.10);
    v1.insert(QStringLiteral("income"), in);
    const QJsonObject migrated = Worksheet::migrate(v1);
    CHECK(migrated.value(QStringLiteral("format_version")).toInt() == Worksheet::kFormatVersion);
    const QJsonObject r = ResultJson::evaluate(v1);
    CHECK(r[QLatin1String("income")][QLatin1String("value")].toDouble()
        == Approx(90.909090909 + 90.909090909 + 90.157776108));

    QJsonObject future = dj::test::incomeDoc();
    future.insert(QStringLiteral("format_version"), 99);
    CHECK_THROWS_AS(Worksheet::migrate(future), ValidationError);
    QJsonObject missing = dj::test::incomeDoc();
    missing.remove(QStringLiteral("format_version"));
    CHECK_THROWS_AS(Worksheet::migrate(missing), ValidationError);
}

TEST_CASE("Save and reopen give the same document and the same numbers", "[valuation][worksheet]")
{
    QTemporaryDir dir;
    const QJsonObject doc
        = Worksheet::load(QStringLiteral(DJ_SOURCE_DIR "/resources/valuation/map-data-product.json"));
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    Worksheet::save(doc, path);
    const QJsonObject reopened = Worksheet::load(path);
    CHECK(reopened == doc);
    CHECK(ResultJson::evaluate(reopened) == ResultJson::evaluate(doc));
    // Readable by a person: indented, Chinese as UTF-8 text.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    CHECK(text.contains("\n    \"asset\""));
    CHECK(text.contains("城市高精度道路矢量数据产品"));
}

TEST_CASE("Unreadable files are refused with a reason", "[valuation][worksheet]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    try {
        Worksheet::load(path);
        FAIL("accepted");
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("not valid JSON")));
    }
    CHECK_THROWS_AS(Worksheet::load(dir.filePath(QStringLiteral("missing.json"))), ValidationError);
}
