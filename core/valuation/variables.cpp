#include "core/valuation/variables.h"

#include "core/valuation/valuationengine.h"

#include <cmath>

namespace dj::valuation {

namespace {
bool hasIncome(const Worksheet& w)
{
    return w.income.present;
}
bool hasCost(const Worksheet& w)
{
    return w.cost.present;
}
bool hasMarket(const Worksheet& w)
{
    return w.market.present;
}
} // namespace

const QList<Variable>& Variables::all()
{
    static const QList<Variable> list = [] {
        QList<Variable> v;
        v.append({ QStringLiteral("income.discount_rate"), hasIncome,
            [](const Worksheet& w) { return w.income.discount.total(); },
            // Moves the risk-free part so the premiums stay as given.
            [](Worksheet& w, double x) {
                w.income.discount.riskFree = x - (w.income.discount.total() - w.income.discount.riskFree);
            },
            1e-6, 1 });
        v.append({ QStringLiteral("income.discount.risk_free"), hasIncome,
            [](const Worksheet& w) { return w.income.discount.riskFree; },
            [](Worksheet& w, double x) { w.income.discount.riskFree = x; }, -0.05, 1 });
        v.append({ QStringLiteral("income.discount.management"), hasIncome,
            [](const Worksheet& w) { return w.income.discount.management; },
            [](Worksheet& w, double x) { w.income.discount.management = x; }, 0, 1 });
        v.append({ QStringLiteral("income.discount.circulation"), hasIncome,
            [](const Worksheet& w) { return w.income.discount.circulation; },
            [](Worksheet& w, double x) { w.income.discount.circulation = x; }, 0, 1 });
        v.append({ QStringLiteral("income.discount.security"), hasIncome,
            [](const Worksheet& w) { return w.income.discount.security; },
            [](Worksheet& w, double x) { w.income.discount.security = x; }, 0, 1 });
        v.append({ QStringLiteral("income.discount.regulatory"), hasIncome,
            [](const Worksheet& w) { return w.income.discount.regulatory; },
            [](Worksheet& w, double x) { w.income.discount.regulatory = x; }, 0, 1 });
        v.append(
            { QStringLiteral("income.growth"), hasIncome, [](const Worksheet& w) { return w.income.growth; },
                [](Worksheet& w, double x) { w.income.growth = x; }, -0.9, 0.9 });
        v.append({ QStringLiteral("income.remaining_life"), hasIncome,
            [](const Worksheet& w) { return double(w.income.remainingLife); },
            [](Worksheet& w, double x) { w.income.remainingLife = std::max(1, int(std::lround(x))); }, 1,
            100 });
        v.append({ QStringLiteral("income.share_k"),
            [](const Worksheet& w) { return w.income.present && w.income.method == u"revenue_split"; },
            [](const Worksheet& w) { return w.income.shareK; },
            [](Worksheet& w, double x) { w.income.shareK = x; }, 0, 1 });
        v.append({ QStringLiteral("income.tax_rate"),
            [](const Worksheet& w) { return w.income.present && w.income.method == u"excess_earnings"; },
            [](const Worksheet& w) { return w.income.taxRate; },
            [](Worksheet& w, double x) { w.income.taxRate = x; }, 0, 0.99 });
        v.append({ QStringLiteral("income.revenue_factor"), hasIncome,
            [](const Worksheet& w) { return w.income.revenueFactor; },
            [](Worksheet& w, double x) { w.income.revenueFactor = x; }, 0, 100 });
        v.append({ QStringLiteral("cost.cost_factor"), hasCost,
            [](const Worksheet& w) { return w.cost.costFactor; },
            [](Worksheet& w, double x) { w.cost.costFactor = x; }, 0, 100 });
        v.append({ QStringLiteral("cost.quality_factor"),
            [](const Worksheet& w) { return w.cost.present && w.cost.qualityFactor.has_value(); },
            [](const Worksheet& w) { return w.cost.qualityFactor.value_or(1); },
            [](Worksheet& w, double x) { w.cost.qualityFactor = x; }, 0, 10 });
        v.append({ QStringLiteral("cost.remaining_years"),
            [](const Worksheet& w) { return w.cost.present && w.cost.remainingYears.has_value(); },
            [](const Worksheet& w) { return w.cost.remainingYears.value_or(0); },
            [](Worksheet& w, double x) { w.cost.remainingYears = x; }, 0, 100 });
        v.append({ QStringLiteral("quality.coefficient"),
            [](const Worksheet& w) { return w.quality.present && w.cost.present && !w.cost.qualityFactor; },
            [](const Worksheet& w) {
                return w.qualityOverride ? *w.qualityOverride
                                         : ValuationEngine::quality(w.quality).coefficient;
            },
            [](Worksheet& w, double x) { w.qualityOverride = x; }, 0, 10 });
        v.append({ QStringLiteral("market.price_factor"), hasMarket,
            [](const Worksheet& w) { return w.market.priceFactor; },
            [](Worksheet& w, double x) { w.market.priceFactor = x; }, 0, 100 });
        return v;
    }();
    return list;
}

const Variable* Variables::find(const QString& id)
{
    for (const Variable& v : all())
        if (v.id == id)
            return &v;
    return nullptr;
}

QString Variables::label(const QString& id)
{
    if (id == u"income.discount_rate")
        return tr("Discount rate");
    if (id == u"income.discount.risk_free")
        return tr("Risk-free rate");
    if (id == u"income.discount.management")
        return tr("Management risk premium");
    if (id == u"income.discount.circulation")
        return tr("Circulation risk premium");
    if (id == u"income.discount.security")
        return tr("Data-security risk premium");
    if (id == u"income.discount.regulatory")
        return tr("Regulatory risk premium");
    if (id == u"income.growth")
        return tr("Growth after the explicit periods");
    if (id == u"income.remaining_life")
        return tr("Remaining economic life (years)");
    if (id == u"income.share_k")
        return tr("Share of revenue K");
    if (id == u"income.tax_rate")
        return tr("Income tax rate");
    if (id == u"income.revenue_factor")
        return tr("Revenue (factor)");
    if (id == u"cost.cost_factor")
        return tr("Costs (factor)");
    if (id == u"cost.quality_factor")
        return tr("Quality factor (cost approach)");
    if (id == u"cost.remaining_years")
        return tr("Remaining years (cost approach)");
    if (id == u"quality.coefficient")
        return tr("Quality coefficient");
    if (id == u"market.price_factor")
        return tr("Comparable prices (factor)");
    return id;
}

QStringList Variables::applicable(const Worksheet& w)
{
    QStringList out;
    for (const Variable& v : all())
        if (v.applies(w))
            out << v.id;
    return out;
}

} // namespace dj::valuation
