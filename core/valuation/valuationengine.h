#pragma once

#include "core/valuation/ahp.h"
#include "core/valuation/worksheet.h"

#include <QHash>
#include <QStringList>
#include <array>

namespace dj::valuation {

struct QualityResult
{
    bool present = false;
    std::array<double, kDimensions> dimensionScores {}; ///< mean of each dimension's indicators
    AhpResult ahp;
    QList<double> entropyWeights; ///< empty without samples
    QList<double> weights; ///< final (AHP, or blended with entropy)
    double score = 0; ///< Σ w·s, 0..100
    double coefficient = 0; ///< score / 100
};

struct IncomeRow
{
    int t = 0; ///< 1-based period
    int year = 0;
    double revenue = 0;
    double charges = 0; ///< excess earnings: contributory asset charges
    double flow = 0; ///< F_t
    double exponent = 0; ///< t, or t − 0.5 with the mid-period option
    double factor = 0; ///< 1/(1+i)^exponent
    double pv = 0;
    bool extrapolated = false; ///< beyond the explicit periods (grown at g)
};

struct IncomeResult
{
    bool present = false;
    double rate = 0;
    QList<IncomeRow> rows;
    double terminalValue = 0; ///< at the end of the life, before discounting
    double terminalPv = 0;
    double value = 0;
};

struct CostResult
{
    bool present = false;
    QList<double> restated; ///< per item, in valuation-year prices
    std::array<double, kCostGroups> groupHistorical {};
    std::array<double, kCostGroups> groupRestated {};
    double total = 0; ///< C
    double qualityFactor = 1;
    double lifeFactor = 1; ///< 成新率
    double delta = 1;
    double value = 0;
};

struct MarketRow
{
    double product = 1;
    double adjusted = 0;
    double weight = 0; ///< normalised
    bool outOfRange = false; ///< product outside 0.5..1.5
};

struct MarketResult
{
    bool present = false;
    QList<MarketRow> rows;
    double value = 0;
    double mean = 0;
    double stddev = 0; ///< sample standard deviation of the adjusted prices
    double cv = 0;
};

struct ConclusionResult
{
    QHash<QString, double> values;
    QHash<QString, double> weights;
    double value = 0;
};

/// Everything computed from a worksheet's valuation inputs.
struct Result
{
    QualityResult quality;
    IncomeResult income;
    CostResult cost;
    MarketResult market;
    ConclusionResult conclusion;
    QStringList warnings;
};

class ValuationEngine
{
    Q_DECLARE_TR_FUNCTIONS(ValuationEngine)
public:
    static constexpr double kMarketCvWarning = 0.30;

    /// Computes every result; with warnings=false skips the texts (Monte Carlo, sensitivity grids).
    static Result evaluate(const Worksheet& w, bool warnings = true);
    /// The value an analysis looks at: "conclusion", "income", "cost" or "market".
    static double targetValue(const Result& r, const QString& target);

    static QualityResult quality(const QualityInput& q);
    static IncomeResult income(const IncomeInput& in);
    static CostResult cost(const CostInput& c, int valuationYear, double qualityCoefficient);
    static MarketResult market(const MarketInput& m);
};

} // namespace dj::valuation
