#include "core/valuation/resultjson.h"

#include "core/valuation/variables.h"

#include <QJsonArray>
#include <cmath>

namespace dj::valuation {

namespace {
QJsonObject perDimension(const QList<double>& v)
{
    QJsonObject o;
    for (int d = 0; d < kDimensions && d < v.size(); ++d)
        o.insert(dimensionKey(d), v[d]);
    return o;
}

QJsonArray numbers(const QList<double>& v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}
} // namespace

QJsonObject ResultJson::quality(const QualityResult& q)
{
    QJsonObject o;
    o.insert(QStringLiteral("dimension_scores"),
        perDimension(QList<double>(q.dimensionScores.begin(), q.dimensionScores.end())));
    QJsonObject ahp { { QStringLiteral("weights"), perDimension(q.ahp.weights) },
        { QStringLiteral("lambda_max"), q.ahp.lambdaMax }, { QStringLiteral("ci"), q.ahp.ci },
        { QStringLiteral("ri"), q.ahp.ri }, { QStringLiteral("cr"), q.ahp.cr },
        { QStringLiteral("consistent"), q.ahp.consistent } };
    if (q.ahp.worstI >= 0)
        ahp.insert(QStringLiteral("most_inconsistent"),
            QJsonObject { { QStringLiteral("a"), dimensionKey(q.ahp.worstI) },
                { QStringLiteral("b"), dimensionKey(q.ahp.worstJ) },
                { QStringLiteral("given"), q.ahp.worstGiven },
                { QStringLiteral("implied"), q.ahp.worstImplied } });
    o.insert(QStringLiteral("ahp"), ahp);
    if (!q.entropyWeights.isEmpty())
        o.insert(QStringLiteral("entropy_weights"), perDimension(q.entropyWeights));
    o.insert(QStringLiteral("weights"), perDimension(q.weights));
    o.insert(QStringLiteral("score"), q.score);
    o.insert(QStringLiteral("coefficient"), q.coefficient);
    return o;
}

QJsonObject ResultJson::income(const Worksheet& w, const IncomeResult& r)
{
    QJsonArray rows;
    for (const IncomeRow& row : r.rows)
        rows.append(QJsonObject { { QStringLiteral("t"), row.t }, { QStringLiteral("year"), row.year },
            { QStringLiteral("revenue"), row.revenue }, { QStringLiteral("charges"), row.charges },
            { QStringLiteral("income"), row.flow }, { QStringLiteral("exponent"), row.exponent },
            { QStringLiteral("discount_factor"), row.factor }, { QStringLiteral("present_value"), row.pv },
            { QStringLiteral("extrapolated"), row.extrapolated } });
    return { { QStringLiteral("method"), w.income.method }, { QStringLiteral("discount_rate"), r.rate },
        { QStringLiteral("periods"), rows }, { QStringLiteral("terminal_value"), r.terminalValue },
        { QStringLiteral("terminal_pv"), r.terminalPv }, { QStringLiteral("value"), r.value } };
}

QJsonObject ResultJson::cost(const Worksheet& w, const CostResult& r)
{
    QJsonArray items;
    for (qsizetype i = 0; i < w.cost.items.size(); ++i) {
        const CostItem& it = w.cost.items[i];
        items.append(QJsonObject { { QStringLiteral("group"), costGroupKey(it.group) },
            { QStringLiteral("name"), it.name }, { QStringLiteral("amount"), it.amount },
            { QStringLiteral("year"), it.year }, { QStringLiteral("restated"), r.restated.value(i) } });
    }
    QJsonObject groups;
    for (int g = 0; g < kCostGroups; ++g)
        groups.insert(costGroupKey(g),
            QJsonObject { { QStringLiteral("historical"), r.groupHistorical[size_t(g)] },
                { QStringLiteral("restated"), r.groupRestated[size_t(g)] } });
    return { { QStringLiteral("items"), items }, { QStringLiteral("groups"), groups },
        { QStringLiteral("total"), r.total }, { QStringLiteral("quality_factor"), r.qualityFactor },
        { QStringLiteral("life_factor"), r.lifeFactor }, { QStringLiteral("delta"), r.delta },
        { QStringLiteral("value"), r.value } };
}

QJsonObject ResultJson::market(const Worksheet& w, const MarketResult& r)
{
    QJsonArray comps;
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const Comparable& c = w.market.comparables[i];
        comps.append(QJsonObject { { QStringLiteral("name"), c.name }, { QStringLiteral("price"), c.price },
            { QStringLiteral("factor_product"), r.rows[i].product },
            { QStringLiteral("adjusted"), r.rows[i].adjusted },
            { QStringLiteral("weight"), r.rows[i].weight },
            { QStringLiteral("out_of_range"), r.rows[i].outOfRange } });
    }
    return { { QStringLiteral("comparables"), comps }, { QStringLiteral("value"), r.value },
        { QStringLiteral("mean"), r.mean }, { QStringLiteral("stddev"), r.stddev },
        { QStringLiteral("cv"), r.cv },
        { QStringLiteral("dispersed"), r.cv > ValuationEngine::kMarketCvWarning } };
}

QJsonObject ResultJson::conclusion(const Worksheet& w, const ConclusionResult& r)
{
    QJsonObject values, weights;
    for (auto it = r.values.begin(); it != r.values.end(); ++it)
        values.insert(it.key(), it.value());
    for (auto it = r.weights.begin(); it != r.weights.end(); ++it)
        weights.insert(it.key(), it.value());
    return { { QStringLiteral("values"), values }, { QStringLiteral("weights"), weights },
        { QStringLiteral("value"), r.value }, { QStringLiteral("reasons"), w.conclusion.reasons } };
}

QJsonObject ResultJson::sensitivity(const SensitivityTable& t)
{
    QJsonArray grid;
    for (const QList<double>& row : t.values)
        grid.append(numbers(row));
    return { { QStringLiteral("x"),
                 QJsonObject { { QStringLiteral("variable"), t.xVariable },
                     { QStringLiteral("values"), numbers(t.xValues) } } },
        { QStringLiteral("y"),
            QJsonObject { { QStringLiteral("variable"), t.yVariable },
                { QStringLiteral("values"), numbers(t.yValues) } } },
        { QStringLiteral("values"), grid } };
}

QJsonObject ResultJson::tornado(const Tornado& t)
{
    QJsonArray bars;
    for (const TornadoBar& b : t.bars)
        bars.append(QJsonObject { { QStringLiteral("variable"), b.variable },
            { QStringLiteral("base"), b.base }, { QStringLiteral("low_input"), b.lowInput },
            { QStringLiteral("high_input"), b.highInput }, { QStringLiteral("low_value"), b.lowValue },
            { QStringLiteral("high_value"), b.highValue }, { QStringLiteral("swing"), b.swing() } });
    return { { QStringLiteral("base_value"), t.baseValue }, { QStringLiteral("change"), t.change },
        { QStringLiteral("bars"), bars } };
}

QJsonObject ResultJson::monteCarlo(const MonteCarlo& m)
{
    QJsonObject pct;
    for (const auto& p : m.percentiles)
        pct.insert(QStringLiteral("p%1").arg(p.first), p.second);
    QJsonArray hist;
    for (int c : m.histogram)
        hist.append(c);
    return { { QStringLiteral("draws"), m.draws }, { QStringLiteral("seed"), double(m.seed) },
        { QStringLiteral("mean"), m.mean }, { QStringLiteral("stddev"), m.stddev },
        { QStringLiteral("min"), m.min }, { QStringLiteral("max"), m.max },
        { QStringLiteral("percentiles"), pct }, { QStringLiteral("histogram"), hist },
        { QStringLiteral("bin_width"), m.binWidth } };
}

QJsonObject ResultJson::ledger(const Ledger& l, const LedgerResult& r)
{
    QJsonArray resources;
    for (qsizetype i = 0; i < r.resources.size(); ++i) {
        const LedgerResource& res = l.resources[i];
        const ResourceResult& rr = r.resources[i];
        QJsonArray costs, schedule;
        for (qsizetype k = 0; k < res.costs.size(); ++k)
            costs.append(QJsonObject { { QStringLiteral("date"), res.costs[k].date.toString(Qt::ISODate) },
                { QStringLiteral("phase"), res.costs[k].phase },
                { QStringLiteral("amount"), res.costs[k].amount },
                { QStringLiteral("capitalised"), rr.treatments[k].capitalised },
                { QStringLiteral("treatment"), rr.treatments[k].reason } });
        for (const ScheduleRow& s : rr.schedule)
            schedule.append(QJsonObject { { QStringLiteral("year"), s.year },
                { QStringLiteral("opening"), s.opening }, { QStringLiteral("amortisation"), s.amortisation },
                { QStringLiteral("impairment"), s.impairment }, { QStringLiteral("closing"), s.closing } });
        resources.append(QJsonObject { { QStringLiteral("name"), res.name },
            { QStringLiteral("classification"), res.classification },
            { QStringLiteral("reason"), res.reason }, { QStringLiteral("source"), res.source },
            { QStringLiteral("criteria_met"), rr.criteriaMet },
            { QStringLiteral("capitalised"), rr.capitalised },
            { QStringLiteral("expensed_research"), rr.expensedResearch },
            { QStringLiteral("expensed_development"), rr.expensedDevelopment },
            { QStringLiteral("development_in_progress"), rr.inProgress }, { QStringLiteral("costs"), costs },
            { QStringLiteral("schedule"), schedule } });
    }
    auto table = [](const DisclosureTable& t, bool intangible) {
        QJsonObject cols;
        for (const DisclosureColumn& c : t.columns) {
            QJsonObject o { { QStringLiteral("cost"),
                                QJsonObject { { QStringLiteral("opening"), c.costOpening },
                                    { QStringLiteral("additions"), c.costAdditions },
                                    { QStringLiteral("decreases"), c.costDecreases },
                                    { QStringLiteral("closing"), c.costClosing } } },
                { QStringLiteral("impairment"),
                    QJsonObject { { QStringLiteral("opening"), c.impOpening },
                        { QStringLiteral("additions"), c.impAdditions },
                        { QStringLiteral("decreases"), c.impDecreases },
                        { QStringLiteral("closing"), c.impClosing } } },
                { QStringLiteral("carrying"),
                    QJsonObject { { QStringLiteral("opening"), c.carryingOpening },
                        { QStringLiteral("closing"), c.carryingClosing } } } };
            if (intangible)
                o.insert(QStringLiteral("amortisation"),
                    QJsonObject { { QStringLiteral("opening"), c.amortOpening },
                        { QStringLiteral("additions"), c.amortAdditions },
                        { QStringLiteral("decreases"), c.amortDecreases },
                        { QStringLiteral("closing"), c.amortClosing } });
            cols.insert(c.key, o);
        }
        QJsonArray checks;
        for (const RollCheck& c : t.checks)
            checks.append(QJsonObject { { QStringLiteral("column"), c.column },
                { QStringLiteral("what"), c.what }, { QStringLiteral("expected"), c.expected },
                { QStringLiteral("actual"), c.actual }, { QStringLiteral("ok"), c.ok } });
        return QJsonObject { { QStringLiteral("columns"), cols }, { QStringLiteral("checks"), checks },
            { QStringLiteral("balanced"), t.balanced } };
    };
    return { { QStringLiteral("entity"), l.entity },
        { QStringLiteral("period"),
            QJsonObject { { QStringLiteral("start"), l.periodStart.toString(Qt::ISODate) },
                { QStringLiteral("end"), l.periodEnd.toString(Qt::ISODate) } } },
        { QStringLiteral("resources"), resources },
        { QStringLiteral("disclosure"),
            QJsonObject { { QStringLiteral("intangible"), table(r.intangible, true) },
                { QStringLiteral("inventory"), table(r.inventory, false) } } },
        { QStringLiteral("expensed_in_period"), r.expensedInPeriod } };
}

void ResultJson::defaultSensitivity(
    const Worksheet& w, QString& x, QList<double>& xs, QString& y, QList<double>& ys)
{
    xs.clear();
    ys.clear();
    if (!w.analysis.sensX.isEmpty()) {
        x = w.analysis.sensX;
        y = w.analysis.sensY;
        xs = w.analysis.sensXValues;
        ys = w.analysis.sensYValues;
        return;
    }
    if (w.income.present) {
        x = QStringLiteral("income.discount_rate");
        y = QStringLiteral("income.remaining_life");
        const double r = w.income.discount.total();
        for (int k = -2; k <= 2; ++k) {
            xs << std::round((r + 0.01 * k) * 1e6) / 1e6;
            ys << double(std::max(1, w.income.remainingLife + k));
        }
    } else if (w.cost.present) {
        x = QStringLiteral("cost.cost_factor");
        y = Variables::find(QStringLiteral("quality.coefficient"))->applies(w)
            ? QStringLiteral("quality.coefficient")
            : QStringLiteral("cost.cost_factor");
        for (int k = -2; k <= 2; ++k)
            xs << 1 + 0.1 * k;
        const double q = Variables::find(y)->get(w);
        for (int k = -2; k <= 2; ++k)
            ys << q * (1 + 0.1 * k);
    } else {
        x.clear();
        y.clear();
    }
}

QJsonObject ResultJson::evaluate(const QJsonObject& document, Options options)
{
    const QJsonObject doc = Worksheet::migrate(document);
    const Worksheet w = Worksheet::fromJson(doc);
    const Ledger l = Ledger::fromJson(doc);
    const Result r = ValuationEngine::evaluate(w);
    QJsonObject out;
    out.insert(QStringLiteral("format_version"), Worksheet::kFormatVersion);
    out.insert(QStringLiteral("asset"),
        QJsonObject { { QStringLiteral("name"), w.assetName }, { QStringLiteral("holder"), w.holder },
            { QStringLiteral("valuation_date"), w.valuationDate.toString(Qt::ISODate) },
            { QStringLiteral("value_type"), w.valueType } });
    if (r.quality.present)
        out.insert(QStringLiteral("quality"), quality(r.quality));
    if (r.income.present)
        out.insert(QStringLiteral("income"), income(w, r.income));
    if (r.cost.present)
        out.insert(QStringLiteral("cost"), cost(w, r.cost));
    if (r.market.present)
        out.insert(QStringLiteral("market"), market(w, r.market));
    out.insert(QStringLiteral("conclusion"), conclusion(w, r.conclusion));
    QString x, y;
    QList<double> xs, ys;
    defaultSensitivity(w, x, xs, y, ys);
    if (!x.isEmpty())
        out.insert(QStringLiteral("sensitivity"),
            sensitivity(Uncertainty::sensitivity(w, x, xs, y, ys, w.analysis.target)));
    out.insert(QStringLiteral("tornado"),
        tornado(Uncertainty::tornado(
            w, w.analysis.tornadoVariables, w.analysis.tornadoChange, w.analysis.target)));
    if (options.monteCarlo && !w.analysis.ranges.isEmpty())
        out.insert(QStringLiteral("monte_carlo"),
            monteCarlo(Uncertainty::monteCarlo(
                w, w.analysis.ranges, w.analysis.draws, w.analysis.seed, w.analysis.target)));
    QJsonArray warnings;
    for (const QString& s : r.warnings)
        warnings.append(s);
    out.insert(QStringLiteral("warnings"), warnings);
    out.insert(QStringLiteral("ledger"), ledger(l, LedgerEngine::evaluate(l)));
    return out;
}

} // namespace dj::valuation
