// Sensitivity grid, tornado and Monte Carlo against hand computations.
#include "core/valuation/uncertainty.h"
#include "core/valuation/valuationengine.h"
#include "tests/core/valuation/valuationtestdocs.h"
#include "tests/support/testutil.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>
#include <cmath>

using namespace dj::valuation;

namespace {
/// Σ R_t·K/(1+i)^t over the test document's revenues, with the life cut to n years (n ≤ 3).
double splitValue(double k, double i, int n)
{
    const double r[] = { 1000, 1100, 1200 };
    double v = 0;
    for (int t = 1; t <= n; ++t)
        v += r[t - 1] * k / std::pow(1 + i, t);
    return v;
}
} // namespace

TEST_CASE("Sensitivity: rate × life and K × rate grids equal the formula", "[valuation][uncertainty]")
{
    const Worksheet w = Worksheet::fromJson(dj::test::incomeDoc());
    const auto t = Uncertainty::sensitivity(w, QStringLiteral("income.discount_rate"), { 0.08, 0.10, 0.12 },
        QStringLiteral("income.remaining_life"), { 1, 2, 3 }, QStringLiteral("conclusion"));
    REQUIRE(t.values.size() == 3);
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 3; ++x)
            CHECK(t.values[y][x] == Approx(splitValue(0.1, 0.08 + 0.02 * x, y + 1)).epsilon(1e-10));
    const auto k = Uncertainty::sensitivity(w, QStringLiteral("income.share_k"), { 0.05, 0.1 },
        QStringLiteral("income.discount_rate"), { 0.09 }, QStringLiteral("income"));
    CHECK(k.values[0][0] == Approx(splitValue(0.05, 0.09, 3)));
    CHECK(k.values[0][1] == Approx(splitValue(0.1, 0.09, 3)));
    CHECK_THROWS_AS(Uncertainty::sensitivity(w, QStringLiteral("nonsense"), { 1 },
                        QStringLiteral("income.growth"), { 0 }, QStringLiteral("conclusion")),
        ValidationError);
}

TEST_CASE("Tornado: ±10 % of each input, widest swing first", "[valuation][uncertainty]")
{
    const Worksheet w = Worksheet::fromJson(dj::test::incomeDoc());
    const auto t = Uncertainty::tornado(w,
        { QStringLiteral("income.share_k"), QStringLiteral("income.discount_rate") }, 0.10,
        QStringLiteral("conclusion"));
    REQUIRE(t.bars.size() == 2);
    // The value is linear in K: ±10 % of K moves it ±10 %; the rate moves it less.
    CHECK(t.bars[0].variable == QStringLiteral("income.share_k"));
    CHECK(t.bars[0].lowValue == Approx(splitValue(0.09, 0.10, 3)));
    CHECK(t.bars[0].highValue == Approx(splitValue(0.11, 0.10, 3)));
    CHECK(t.bars[1].lowValue == Approx(splitValue(0.1, 0.09, 3)));
    CHECK(t.bars[1].highValue == Approx(splitValue(0.1, 0.11, 3)));
    CHECK(t.baseValue == Approx(splitValue(0.1, 0.1, 3)));
}

TEST_CASE("Monte Carlo: seeded, 10,000 draws within a second, percentiles of a known distribution",
    "[valuation][uncertainty]")
{
    const Worksheet w = Worksheet::fromJson(dj::test::incomeDoc());
    // The value is linear in K, so K ~ U(0.05, 0.15) gives a uniform value between V(0.05) and V(0.15).
    const QList<VariableRange> ranges { { QStringLiteral("income.share_k"), QStringLiteral("uniform"), 0.05,
        0.1, 0.15 } };
    QElapsedTimer timer;
    timer.start();
    const auto mc = Uncertainty::monteCarlo(w, ranges, 10000, 42, QStringLiteral("conclusion"));
    const qint64 ms = timer.elapsed();
    CHECK(ms <= 1000);
    CHECK(mc.draws == 10000);
    const double lo = splitValue(0.05, 0.1, 3), hi = splitValue(0.15, 0.1, 3);
    for (const auto& p : mc.percentiles)
        CHECK(p.second == Approx(lo + (hi - lo) * p.first / 100.0).margin((hi - lo) * 0.015));
    CHECK(mc.mean == Approx((lo + hi) / 2).margin((hi - lo) * 0.01));
    CHECK(mc.min >= lo);
    CHECK(mc.max <= hi);
    int total = 0;
    for (int c : mc.histogram)
        total += c;
    CHECK(total == 10000);

    const auto again = Uncertainty::monteCarlo(w, ranges, 10000, 42, QStringLiteral("conclusion"));
    CHECK(again.percentiles == mc.percentiles);
    const auto other = Uncertainty::monteCarlo(w, ranges, 10000, 43, QStringLiteral("conclusion"));
    CHECK(other.percentiles != mc.percentiles);

    // Triangular: the median of T(0, 0.1, 0.1)·… is where the CDF reaches ½: K = 0.1·√½.
    const QList<VariableRange> tri { { QStringLiteral("income.share_k"), QStringLiteral("triangular"), 0.0,
        0.1, 0.1 } };
    const auto t = Uncertainty::monteCarlo(w, tri, 20000, 1, QStringLiteral("conclusion"));
    CHECK(t.percentiles[3].second == Approx(splitValue(0.1 * std::sqrt(0.5), 0.1, 3)).epsilon(0.01));
}

TEST_CASE("Percentiles interpolate like PERCENTILE.INC", "[valuation][uncertainty]")
{
    CHECK(Uncertainty::percentile({ 1, 2, 3, 4 }, 25) == Approx(1.75));
    CHECK(Uncertainty::percentile({ 1, 2, 3, 4 }, 50) == Approx(2.5));
    CHECK(Uncertainty::percentile({ 10 }, 90) == Approx(10));
}
