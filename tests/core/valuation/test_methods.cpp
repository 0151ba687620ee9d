// Income, cost, market and conclusion against values computed by hand in the test.
#include "core/valuation/valuationengine.h"
#include "tests/core/valuation/valuationtestdocs.h"
#include "tests/support/testutil.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace dj::valuation;

namespace {
Result eval(const QJsonObject& doc)
{
    return ValuationEngine::evaluate(Worksheet::fromJson(doc));
}

QJsonObject withIncome(QJsonObject doc, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject in = doc.value(QStringLiteral("income")).toObject();
    edit(in);
    doc.insert(QStringLiteral("income"), in);
    return doc;
}
} // namespace

TEST_CASE("Income: revenue split, end of period", "[valuation][income]")
{
    const Result r = eval(dj::test::incomeDoc());
    // F = 100, 110, 120; P = 100/1.1 + 110/1.21 + 120/1.331
    const double expected = 90.909090909 + 90.909090909 + 90.157776108;
    CHECK(r.income.rate == Approx(0.10));
    REQUIRE(r.income.rows.size() == 3);
    CHECK(r.income.rows[2].flow == Approx(120));
    CHECK(r.income.rows[2].factor == Approx(1 / 1.331));
    CHECK(r.income.value == Approx(expected).epsilon(1e-9));
    CHECK(r.conclusion.value == Approx(expected).epsilon(1e-9));
}

TEST_CASE("Income: mid-period discounting", "[valuation][income]")
{
    const Result r = eval(withIncome(
        dj::test::incomeDoc(), [](QJsonObject& in) { in.insert(QStringLiteral("mid_period"), true); }));
    // exponents 0.5, 1.5, 2.5: 1.1^0.5 = 1.048808848, 1.1^1.5 = 1.153689733, 1.1^2.5 = 1.269058706
    const double expected = 100 / 1.048808848 + 110 / 1.153689733 + 120 / 1.269058706;
    CHECK(r.income.value == Approx(expected).epsilon(1e-8));
}

TEST_CASE("Income: life beyond the explicit periods grows at g, perpetuity adds Gordon's value",
    "[valuation][income]")
{
    const QJsonObject doc = withIncome(dj::test::incomeDoc(), [](QJsonObject& in) {
        in.insert(QStringLiteral("remaining_life"), 5);
        in.insert(QStringLiteral("growth"), 0.05);
    });
    const Result r = eval(doc);
    // F4 = 126, F5 = 132.3
    const double explicitPv = 90.909090909 + 90.909090909 + 90.157776108;
    const double f4 = 126 / 1.4641, f5 = 132.3 / 1.61051;
    CHECK(r.income.rows.size() == 5);
    CHECK(r.income.rows[3].extrapolated);
    CHECK(r.income.rows[4].flow == Approx(132.3));
    CHECK(r.income.value == Approx(explicitPv + f4 + f5).epsilon(1e-8));

    const Result p
        = eval(withIncome(doc, [](QJsonObject& in) { in.insert(QStringLiteral("perpetuity"), true); }));
    // TV at year 5 = 132.3 × 1.05 / (0.10 − 0.05) = 2778.3, discounted 5 years
    CHECK(p.income.terminalValue == Approx(2778.3));
    CHECK(p.income.value == Approx(explicitPv + f4 + f5 + 2778.3 / 1.61051).epsilon(1e-8));
}

TEST_CASE("Income: a shorter life truncates the explicit periods", "[valuation][income]")
{
    const Result r = eval(withIncome(
        dj::test::incomeDoc(), [](QJsonObject& in) { in.insert(QStringLiteral("remaining_life"), 2); }));
    CHECK(r.income.value == Approx(90.909090909 + 90.909090909).epsilon(1e-9));
}

TEST_CASE("Income: direct, excess earnings and incremental flows", "[valuation][income]")
{
    const QJsonObject base = dj::test::incomeDoc();
    const Result direct = eval(withIncome(base, [](QJsonObject& in) {
        in.insert(QStringLiteral("method"), QStringLiteral("direct"));
        in.remove(QStringLiteral("share_k"));
        in.insert(QStringLiteral("periods"),
            QJsonArray {
                QJsonObject { { QStringLiteral("year"), 2025 }, { QStringLiteral("income"), 55 } } });
        in.insert(QStringLiteral("remaining_life"), 1);
    }));
    CHECK(direct.income.value == Approx(55 / 1.1));

    const Result excess = eval(withIncome(base, [](QJsonObject& in) {
        in.insert(QStringLiteral("method"), QStringLiteral("excess_earnings"));
        in.remove(QStringLiteral("share_k"));
        in.insert(QStringLiteral("tax_rate"), 0.25);
        in.insert(QStringLiteral("periods"),
            QJsonArray { QJsonObject { { QStringLiteral("year"), 2025 }, { QStringLiteral("revenue"), 1000 },
                             { QStringLiteral("margin"), 0.3 } },
                QJsonObject { { QStringLiteral("year"), 2026 }, { QStringLiteral("revenue"), 2000 },
                    { QStringLiteral("margin"), 0.2 } } });
        in.insert(QStringLiteral("contributory_charges"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("营运资金") },
                             { QStringLiteral("rate"), 0.02 } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("固定资产") },
                    { QStringLiteral("rate"), 0.03 } } });
        in.insert(QStringLiteral("remaining_life"), 2);
    }));
    // 2025: 1000×0.3×0.75 − 1000×0.05 = 175; 2026: 2000×0.2×0.75 − 100 = 200
    CHECK(excess.income.rows[0].flow == Approx(175));
    CHECK(excess.income.rows[1].charges == Approx(100));
    CHECK(excess.income.value == Approx(175 / 1.1 + 200 / 1.21));

    const Result incr = eval(withIncome(base, [](QJsonObject& in) {
        in.insert(QStringLiteral("method"), QStringLiteral("incremental"));
        in.remove(QStringLiteral("share_k"));
        in.insert(QStringLiteral("periods"),
            QJsonArray { QJsonObject { { QStringLiteral("year"), 2025 }, { QStringLiteral("with"), 500 },
                { QStringLiteral("without"), 380 } } });
        in.insert(QStringLiteral("remaining_life"), 1);
    }));
    CHECK(incr.income.value == Approx(120 / 1.1));
}

TEST_CASE("Cost: restated by the price index, adjusted by quality and remaining life", "[valuation][cost]")
{
    const Result r = eval(dj::test::costMarketDoc());
    // 100 × 110/100 + 200 × 110/105 = 110 + 209.5238095
    const double c = 110 + 209.523809524;
    CHECK(r.cost.total == Approx(c).epsilon(1e-9));
    CHECK(r.cost.groupRestated[1] == Approx(110));
    CHECK(r.cost.groupHistorical[4] == Approx(200));
    CHECK(r.cost.lifeFactor == Approx(0.75));
    CHECK(r.cost.delta == Approx(0.675));
    CHECK(r.cost.value == Approx(c * 0.675).epsilon(1e-9));
}

TEST_CASE("Market: factor products, weights and dispersion", "[valuation][market]")
{
    const Result r = eval(dj::test::costMarketDoc());
    // A: 100×1.1×0.9 = 99; B: 120×0.95 = 114; C: 90×1.2 = 108; weights 1,1,2 → (99 + 114 + 216)/4
    REQUIRE(r.market.rows.size() == 3);
    CHECK(r.market.rows[0].adjusted == Approx(99));
    CHECK(r.market.rows[1].adjusted == Approx(114));
    CHECK(r.market.rows[2].adjusted == Approx(108));
    CHECK(r.market.value == Approx(429.0 / 4));
    const double mean = (99 + 114 + 108) / 3.0;
    const double sd = std::sqrt(
        ((99 - mean) * (99 - mean) + (114 - mean) * (114 - mean) + (108 - mean) * (108 - mean)) / 2);
    CHECK(r.market.cv == Approx(sd / mean));
    CHECK(r.warnings.isEmpty());
    // Conclusion 0.25 × cost + 0.75 × market
    CHECK(r.conclusion.value == Approx(0.25 * r.cost.value + 0.75 * 429.0 / 4));
}

TEST_CASE(
    "Market: a factor product outside 0.5–1.5 and dispersed prices are warned about", "[valuation][market]")
{
    QJsonObject doc = dj::test::costMarketDoc();
    QJsonObject m = doc.value(QStringLiteral("market")).toObject();
    QJsonArray comps = m.value(QStringLiteral("comparables")).toArray();
    QJsonObject c = comps[1].toObject();
    c.insert(QStringLiteral("factors"),
        QJsonObject { { QStringLiteral("quality"), 1.4 }, { QStringLiteral("volume"), 1.2 } });
    comps[1] = c;
    m.insert(QStringLiteral("comparables"), comps);
    doc.insert(QStringLiteral("market"), m);
    const Result r = eval(doc);
    CHECK(r.market.rows[1].product == Approx(1.68));
    CHECK(r.market.rows[1].outOfRange);
    bool named = false;
    for (const QString& w : r.warnings)
        named = named || (w.contains(QStringLiteral("B")) && w.contains(QStringLiteral("1.680")));
    CHECK(named);
    // 99, 201.6, 108: CV well above 0.30
    CHECK(r.market.cv > 0.3);
}

TEST_CASE(
    "Quality: scores, blended weights and the coefficient feed the cost approach", "[valuation][quality]")
{
    QJsonObject doc = dj::test::costMarketDoc();
    QJsonObject cost = doc.value(QStringLiteral("cost")).toObject();
    cost.remove(QStringLiteral("quality_factor"));
    doc.insert(QStringLiteral("cost"), cost);
    QJsonObject dims;
    const double scores[] = { 90, 80, 70, 60, 50, 100 };
    const char* keys[]
        = { "normative", "completeness", "accuracy", "consistency", "timeliness", "accessibility" };
    for (int d = 0; d < 6; ++d)
        dims.insert(QLatin1String(keys[d]),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("x") },
                             { QStringLiteral("score"), scores[d] } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("y") },
                    { QStringLiteral("score"), scores[d] - 10 } } });
    // Consistent judgements from w = (3, 2, 2, 1, 1, 1)/10
    const double w[] = { 0.3, 0.2, 0.2, 0.1, 0.1, 0.1 };
    QJsonArray ahp;
    for (int i = 0; i < 6; ++i) {
        QJsonArray row;
        for (int j = 0; j < 6; ++j)
            row.append(w[i] / w[j]);
        ahp.append(row);
    }
    doc.insert(QStringLiteral("quality"),
        QJsonObject { { QStringLiteral("dimensions"), dims }, { QStringLiteral("ahp"), ahp } });
    const Result r = eval(doc);
    double score = 0;
    for (int d = 0; d < 6; ++d)
        score += w[d] * (scores[d] - 5);
    CHECK(r.quality.score == Approx(score));
    CHECK(r.quality.ahp.cr == Approx(0).margin(1e-9));
    CHECK(r.cost.qualityFactor == Approx(score / 100));
    CHECK(r.cost.value == Approx((110 + 209.523809524) * score / 100 * 0.75));
}
