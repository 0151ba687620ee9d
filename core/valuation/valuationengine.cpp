#include "core/valuation/valuationengine.h"

#include <cmath>

namespace dj::valuation {

QualityResult ValuationEngine::quality(const QualityInput& q)
{
    QualityResult r;
    if (!q.present)
        return r;
    r.present = true;
    for (int d = 0; d < kDimensions; ++d) {
        const QList<Indicator>& list = q.indicators[size_t(d)];
        double s = 0;
        for (const Indicator& i : list)
            s += i.score;
        r.dimensionScores[size_t(d)] = list.isEmpty() ? 0 : s / double(list.size());
    }
    r.ahp = Ahp::evaluate(q.ahp);
    r.weights = r.ahp.weights;
    if (!q.entropySamples.isEmpty()) {
        r.entropyWeights = Ahp::entropyWeights(q.entropySamples);
        for (int d = 0; d < kDimensions && d < r.weights.size(); ++d)
            r.weights[d] = q.ahpShare * r.ahp.weights[d] + (1 - q.ahpShare) * r.entropyWeights[d];
    }
    for (int d = 0; d < kDimensions && d < r.weights.size(); ++d)
        r.score += r.weights[d] * r.dimensionScores[size_t(d)];
    r.coefficient = r.score / 100;
    return r;
}

IncomeResult ValuationEngine::income(const IncomeInput& in)
{
    IncomeResult r;
    if (!in.present || in.periods.isEmpty())
        return r;
    r.present = true;
    r.rate = in.discount.total();
    const double f = in.revenueFactor;
    double chargeRate = 0;
    for (const ContributoryCharge& c : in.charges)
        chargeRate += c.rate;
    const int explicitN = int(std::min<qsizetype>(in.periods.size(), in.remainingLife));
    const int life = std::max(1, in.remainingLife);
    double lastFlow = 0, lastRevenue = 0;
    for (int t = 1; t <= life; ++t) {
        IncomeRow row;
        row.t = t;
        if (t <= explicitN) {
            const IncomePeriod& p = in.periods[t - 1];
            row.year = p.year;
            row.revenue = p.revenue * f;
            if (in.method == u"direct")
                row.flow = p.income * f;
            else if (in.method == u"revenue_split")
                row.flow = row.revenue * p.k.value_or(in.shareK);
            else if (in.method == u"excess_earnings") {
                row.charges = row.revenue * chargeRate;
                row.flow = row.revenue * p.margin * (1 - in.taxRate) - row.charges;
            } else {
                row.revenue = p.with * f;
                row.flow = (p.with - p.without) * f;
            }
        } else {
            const double g = std::pow(1 + in.growth, t - explicitN);
            row.year = in.periods[explicitN - 1].year + (t - explicitN);
            row.revenue = lastRevenue * g;
            row.flow = lastFlow * g;
            row.charges = in.method == u"excess_earnings" ? row.revenue * chargeRate : 0;
            row.extrapolated = true;
        }
        if (t == explicitN) {
            lastFlow = row.flow;
            lastRevenue = row.revenue;
        }
        row.exponent = in.midPeriod ? t - 0.5 : t;
        row.factor = 1 / std::pow(1 + r.rate, row.exponent);
        row.pv = row.flow * row.factor;
        r.value += row.pv;
        r.rows << row;
    }
    if (in.perpetuity && r.rate > in.growth) {
        const IncomeRow& last = r.rows.last();
        r.terminalValue = last.flow * (1 + in.growth) / (r.rate - in.growth);
        r.terminalPv = r.terminalValue * last.factor;
        r.value += r.terminalPv;
    }
    return r;
}

CostResult ValuationEngine::cost(const CostInput& c, int valuationYear, double qualityCoefficient)
{
    CostResult r;
    if (!c.present)
        return r;
    r.present = true;
    const double base = c.priceIndex.value(valuationYear, 0);
    for (const CostItem& it : c.items) {
        double restated = it.amount * c.costFactor;
        if (!c.priceIndex.isEmpty() && base > 0 && c.priceIndex.value(it.year, 0) > 0)
            restated *= base / c.priceIndex.value(it.year);
        r.restated << restated;
        r.groupHistorical[size_t(it.group)] += it.amount * c.costFactor;
        r.groupRestated[size_t(it.group)] += restated;
        r.total += restated;
    }
    r.qualityFactor = c.qualityFactor.value_or(qualityCoefficient);
    if (c.depreciationRate)
        r.lifeFactor = 1 - *c.depreciationRate;
    else if (c.usedYears && c.remainingYears && *c.usedYears + *c.remainingYears > 0)
        r.lifeFactor = *c.remainingYears / (*c.usedYears + *c.remainingYears);
    r.delta = r.qualityFactor * r.lifeFactor;
    r.value = r.total * r.delta;
    return r;
}

MarketResult ValuationEngine::market(const MarketInput& m)
{
    MarketResult r;
    if (!m.present || m.comparables.isEmpty())
        return r;
    r.present = true;
    double wsum = 0;
    for (const Comparable& c : m.comparables)
        wsum += c.weight;
    for (const Comparable& c : m.comparables) {
        MarketRow row;
        for (double f : c.factors)
            row.product *= f;
        row.adjusted = c.price * m.priceFactor * row.product;
        row.weight = wsum > 0 ? c.weight / wsum : 0;
        row.outOfRange = row.product < 0.5 || row.product > 1.5;
        r.value += row.weight * row.adjusted;
        r.mean += row.adjusted;
        r.rows << row;
    }
    const double n = double(r.rows.size());
    r.mean /= n;
    double ss = 0;
    for (const MarketRow& row : std::as_const(r.rows))
        ss += (row.adjusted - r.mean) * (row.adjusted - r.mean);
    r.stddev = n > 1 ? std::sqrt(ss / (n - 1)) : 0;
    r.cv = r.mean != 0 ? r.stddev / r.mean : 0;
    return r;
}

Result ValuationEngine::evaluate(const Worksheet& w, bool warnings)
{
    Result r;
    r.quality = quality(w.quality);
    double qc = 1;
    if (w.qualityOverride)
        qc = *w.qualityOverride;
    else if (r.quality.present)
        qc = r.quality.coefficient;
    r.income = income(w.income);
    r.cost = cost(w.cost, w.valuationDate.year(), qc);
    r.market = market(w.market);
    if (r.income.present)
        r.conclusion.values.insert(QStringLiteral("income"), r.income.value);
    if (r.cost.present)
        r.conclusion.values.insert(QStringLiteral("cost"), r.cost.value);
    if (r.market.present)
        r.conclusion.values.insert(QStringLiteral("market"), r.market.value);
    for (auto it = w.conclusion.weights.begin(); it != w.conclusion.weights.end(); ++it) {
        r.conclusion.weights.insert(it.key(), it.value());
        r.conclusion.value += it.value() * r.conclusion.values.value(it.key());
    }
    if (!warnings)
        return r;

    if (r.quality.present && !r.quality.ahp.consistent) {
        const AhpResult& a = r.quality.ahp;
        r.warnings << tr("The AHP judgements are inconsistent (CR = %1 ≥ 0.10). Most inconsistent: %2 vs %3, "
                         "judged %4 where the weights imply %5; revise that pair first.")
                          .arg(a.cr, 0, 'f', 3)
                          .arg(dimensionName(a.worstI), dimensionName(a.worstJ))
                          .arg(a.worstGiven, 0, 'g', 3)
                          .arg(a.worstImplied, 0, 'g', 3);
    }
    if (r.cost.present && !w.cost.qualityFactor && !r.quality.present && !w.qualityOverride)
        r.warnings << tr(
            "Cost approach: no quality assessment and no quality factor; the quality adjustment is 1.");
    for (qsizetype i = 0; i < r.market.rows.size(); ++i) {
        if (r.market.rows[i].outOfRange)
            r.warnings << tr(
                "Comparable %1 (%2): the product of its adjustment factors is %3, outside 0.5–1.5; "
                "it may not be comparable.")
                              .arg(i + 1)
                              .arg(w.market.comparables[i].name)
                              .arg(r.market.rows[i].product, 0, 'f', 3);
    }
    if (r.market.present && r.market.cv > kMarketCvWarning)
        r.warnings << tr("The adjusted comparable prices disperse: coefficient of variation %1 (above %2).")
                          .arg(r.market.cv, 0, 'f', 3)
                          .arg(kMarketCvWarning, 0, 'f', 2);
    if (r.income.present) {
        for (const IncomeRow& row : std::as_const(r.income.rows))
            if (row.flow < 0) {
                r.warnings << tr("Income approach: the income of %1 is negative.").arg(row.year);
                break;
            }
    }
    return r;
}

double ValuationEngine::targetValue(const Result& r, const QString& target)
{
    if (target == u"income")
        return r.income.value;
    if (target == u"cost")
        return r.cost.value;
    if (target == u"market")
        return r.market.value;
    return r.conclusion.value;
}

} // namespace dj::valuation
