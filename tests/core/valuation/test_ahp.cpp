// AHP and entropy weights against published and hand-computed cases.
#include "core/valuation/ahp.h"

#include <catch2/catch.hpp>
#include <cmath>

using dj::valuation::Ahp;

TEST_CASE("RI table of Saaty for n = 3..9", "[valuation][ahp]")
{
    const double expected[] = { 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45 };
    for (int n = 3; n <= 9; ++n)
        CHECK(Ahp::randomIndex(n) == Approx(expected[n - 3]));
    CHECK(Ahp::randomIndex(2) == 0);
}

TEST_CASE("Saaty's wealth-of-nations matrix gives the published eigenvector and CR", "[valuation][ahp]")
{
    // Saaty, The Analytic Hierarchy Process (1980), relative wealth of nations: US, USSR, China, France, UK,
    // Japan, W. Germany. Published: w = .427 .230 .021 .052 .052 .123 .094, λmax = 7.61, CI = 0.10, CR =
    // 0.08.
    const double t = 1.0 / 3, f = 1.0 / 4, fi = 1.0 / 5, s = 1.0 / 6, se = 1.0 / 7, n = 1.0 / 9;
    const QList<QList<double>> a {
        { 1, 4, 9, 6, 6, 5, 5 },
        { f, 1, 7, 5, 5, 3, 4 },
        { n, se, 1, fi, fi, se, fi },
        { s, fi, 5, 1, 1, t, t },
        { s, fi, 5, 1, 1, t, t },
        { fi, t, 7, 3, 3, 1, 2 },
        { fi, f, 5, 3, 3, 0.5, 1 },
    };
    const auto r = Ahp::evaluate(a);
    const double published[] = { 0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094 };
    for (int i = 0; i < 7; ++i)
        CHECK(r.weights[i] == Approx(published[i]).margin(0.0015));
    CHECK(r.lambdaMax == Approx(7.61).margin(0.01));
    CHECK(r.ci == Approx(0.10).margin(0.005));
    CHECK(r.cr == Approx(0.08).margin(0.005));
    CHECK(r.consistent);
}

TEST_CASE("3×3 matrices: λmax and eigenvector from the closed form", "[valuation][ahp]")
{
    // For a reciprocal 3×3 matrix λmax = 1 + c + 1/c with c = (a12·a23/a13)^(1/3) (Saaty), and the
    // eigenvector is the cross product of two rows of (A − λI).
    const QList<QList<double>> a { { 1, 1.0 / 3, 5 }, { 3, 1, 7 }, { 1.0 / 5, 1.0 / 7, 1 } };
    const double c = std::cbrt(a[0][1] * a[1][2] / a[0][2]);
    const double lambda = 1 + c + 1 / c;
    const double r0[] = { a[0][0] - lambda, a[0][1], a[0][2] };
    const double r1[] = { a[1][0], a[1][1] - lambda, a[1][2] };
    double w[]
        = { r0[1] * r1[2] - r0[2] * r1[1], r0[2] * r1[0] - r0[0] * r1[2], r0[0] * r1[1] - r0[1] * r1[0] };
    const double sum = w[0] + w[1] + w[2];
    for (double& x : w)
        x /= sum;
    const auto r = Ahp::evaluate(a);
    CHECK(r.lambdaMax == Approx(lambda).epsilon(1e-9));
    for (int i = 0; i < 3; ++i)
        CHECK(r.weights[i] == Approx(w[i]).epsilon(1e-8));
    CHECK(r.ci == Approx((lambda - 3) / 2).epsilon(1e-8));
    CHECK(r.cr == Approx((lambda - 3) / 2 / 0.58).epsilon(1e-8));
    // Published for this classic example: w ≈ (0.28, 0.65, 0.07), CR ≈ 0.06.
    CHECK(r.weights[0] == Approx(0.28).margin(0.01));
    CHECK(r.weights[1] == Approx(0.65).margin(0.01));
    CHECK(r.cr == Approx(0.06).margin(0.01));
}

TEST_CASE("A consistent matrix: weights are the ratios, CR = 0", "[valuation][ahp]")
{
    const double w[] = { 0.4, 0.3, 0.2, 0.1 };
    QList<QList<double>> a(4, QList<double>(4));
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            a[i][j] = w[i] / w[j];
    const auto r = Ahp::evaluate(a);
    for (int i = 0; i < 4; ++i)
        CHECK(r.weights[i] == Approx(w[i]).epsilon(1e-10));
    CHECK(r.lambdaMax == Approx(4).epsilon(1e-10));
    CHECK(r.cr == Approx(0).margin(1e-10));
    CHECK(r.consistent);
}

TEST_CASE("An inconsistent judgement is named as the most inconsistent pair", "[valuation][ahp]")
{
    const double w[] = { 0.4, 0.3, 0.2, 0.1 };
    QList<QList<double>> a(4, QList<double>(4));
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            a[i][j] = w[i] / w[j];
    // Reverse the judgement of criterion 0 over 3 (4 → 1/4): CR jumps above 0.10.
    a[0][3] = 0.25;
    a[3][0] = 4;
    const auto r = Ahp::evaluate(a);
    CHECK_FALSE(r.consistent);
    CHECK(r.cr >= 0.10);
    CHECK(r.worstI == 0);
    CHECK(r.worstJ == 3);
    CHECK(r.worstGiven == Approx(0.25));
}

TEST_CASE("Entropy weights by hand", "[valuation][ahp]")
{
    // Three samples, three criteria. Criterion 0 does not vary (weight 0).
    const QList<QList<double>> x { { 5, 2, 9 }, { 5, 4, 8 }, { 5, 6, 7 } };
    auto e = [](double a, double b, double c) {
        const double s = a + b + c;
        const double p[] = { a / s, b / s, c / s };
        double h = 0;
        for (double v : p)
            h -= v * std::log(v);
        return h / std::log(3.0);
    };
    const double d1 = 1 - e(2, 4, 6), d2 = 1 - e(9, 8, 7);
    const auto w = Ahp::entropyWeights(x);
    REQUIRE(w.size() == 3);
    CHECK(w[0] == Approx(0).margin(1e-12));
    CHECK(w[1] == Approx(d1 / (d1 + d2)));
    CHECK(w[2] == Approx(d2 / (d1 + d2)));
    // 2,4,6 spreads far more than 9,8,7.
    CHECK(w[1] > 0.9);
}
