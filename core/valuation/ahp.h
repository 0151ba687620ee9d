#pragma once

#include <QList>
#include <QString>

namespace dj::valuation {

/// The analytic hierarchy process on one pairwise comparison matrix (Saaty's 1–9 scale).
struct AhpResult
{
    QList<double> weights; ///< principal eigenvector, normalised to sum 1
    double lambdaMax = 0;
    double ci = 0; ///< (λmax − n)/(n − 1)
    double ri = 0; ///< Saaty's random index for n
    double cr = 0; ///< CI/RI (0 when RI is 0, n ≤ 2)
    bool consistent = true; ///< CR < 0.10
    /// The judgement farthest from the weights' own ratio: a[i][j] versus w_i/w_j (i < j).
    int worstI = -1;
    int worstJ = -1;
    double worstGiven = 0;
    double worstImplied = 0;
};

class Ahp
{
public:
    /// Saaty's random index RI for n = 1..15 (RI(3..9) = 0.58 … 1.45); 0 outside.
    static double randomIndex(int n);
    /// Principal eigenvector by power iteration (converges for positive matrices) and the consistency
    /// figures. The matrix must be square and positive.
    static AhpResult evaluate(const QList<QList<double>>& matrix);
    /// Entropy weights of m samples × n criteria (non-negative): w_j ∝ 1 − e_j, e_j = −Σ p ln p / ln m.
    /// Equal weights when no criterion varies.
    static QList<double> entropyWeights(const QList<QList<double>>& samples);
};

} // namespace dj::valuation
