#include "core/valuation/uncertainty.h"

#include "core/valuation/valuationengine.h"
#include "core/valuation/variables.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace dj::valuation {

namespace {

const Variable& variable(const QString& id, const Worksheet& w, const QString& path)
{
    const Variable* v = Variables::find(id);
    if (!v)
        throw ValidationError({ { path,
            QCoreApplication::translate("dj::valuation::Uncertainty", "unknown variable %1").arg(id) } });
    if (!v->applies(w))
        throw ValidationError({ { path,
            QCoreApplication::translate("dj::valuation::Uncertainty", "%1 does not apply to this worksheet")
                .arg(id) } });
    return *v;
}

double evalWith(const Worksheet& w, const QString& target)
{
    return ValuationEngine::targetValue(ValuationEngine::evaluate(w, false), target);
}

/// Uniform in (0, 1) from the top 53 bits: the same on every platform (std distributions are not).
inline double unit(std::mt19937_64& rng)
{
    return (double(rng() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

} // namespace

SensitivityTable Uncertainty::sensitivity(const Worksheet& w, const QString& x, const QList<double>& xValues,
    const QString& y, const QList<double>& yValues, const QString& target)
{
    const Variable& vx = variable(x, w, QStringLiteral("analysis.sensitivity.x.variable"));
    const Variable& vy = variable(y, w, QStringLiteral("analysis.sensitivity.y.variable"));
    SensitivityTable t { x, y, xValues, yValues, {} };
    for (double yv : yValues) {
        QList<double> row;
        for (double xv : xValues) {
            Worksheet c = w;
            vy.set(c, std::clamp(yv, vy.min, vy.max));
            vx.set(c, std::clamp(xv, vx.min, vx.max));
            row << evalWith(c, target);
        }
        t.values << row;
    }
    return t;
}

Tornado Uncertainty::tornado(
    const Worksheet& w, const QStringList& variables, double change, const QString& target)
{
    Tornado t;
    t.change = change;
    t.baseValue = evalWith(w, target);
    const QStringList ids = variables.isEmpty() ? Variables::applicable(w) : variables;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Variable& v = variable(ids[i], w, QStringLiteral("analysis.tornado.variables[%1]").arg(i));
        TornadoBar b;
        b.variable = v.id;
        b.base = v.get(w);
        if (b.base == 0)
            continue;
        b.lowInput = std::clamp(b.base * (1 - change), v.min, v.max);
        b.highInput = std::clamp(b.base * (1 + change), v.min, v.max);
        Worksheet lo = w, hi = w;
        v.set(lo, b.lowInput);
        v.set(hi, b.highInput);
        b.lowValue = evalWith(lo, target);
        b.highValue = evalWith(hi, target);
        t.bars << b;
    }
    std::stable_sort(t.bars.begin(), t.bars.end(),
        [](const TornadoBar& a, const TornadoBar& b) { return a.swing() > b.swing(); });
    return t;
}

MonteCarlo Uncertainty::monteCarlo(const Worksheet& w, const QList<VariableRange>& ranges, int draws,
    quint64 seed, const QString& target, const Progress* progress)
{
    QElapsedTimer timer;
    timer.start();
    MonteCarlo mc;
    mc.seed = seed;
    QList<const Variable*> vars;
    for (qsizetype i = 0; i < ranges.size(); ++i)
        vars << &variable(
            ranges[i].variable, w, QStringLiteral("analysis.monte_carlo.ranges[%1].variable").arg(i));
    std::mt19937_64 rng(seed);
    QList<double> values;
    values.reserve(draws);
    Worksheet c = w;
    for (int d = 0; d < draws; ++d) {
        if (progress && d % 500 == 0)
            progress->report(d, draws);
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const VariableRange& r = ranges[i];
            double x = 0;
            if (r.distribution == u"uniform") {
                x = r.min + (r.max - r.min) * unit(rng);
            } else if (r.distribution == u"triangular") {
                const double u = unit(rng), span = r.max - r.min, fc = (r.mode - r.min) / span;
                x = u < fc ? r.min + std::sqrt(u * span * (r.mode - r.min))
                           : r.max - std::sqrt((1 - u) * span * (r.max - r.mode));
            } else {
                // Normal around the mode with σ = (max − min)/4, redrawn outside [min, max].
                const double sigma = (r.max - r.min) / 4;
                do {
                    const double u1 = unit(rng), u2 = unit(rng);
                    x = r.mode + sigma * std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
                } while (x < r.min || x > r.max);
            }
            vars[i]->set(c, std::clamp(x, vars[i]->min, vars[i]->max));
        }
        values << evalWith(c, target);
    }
    mc.draws = int(values.size());
    if (values.isEmpty())
        return mc;
    double sum = 0;
    for (double v : std::as_const(values))
        sum += v;
    mc.mean = sum / double(values.size());
    double ss = 0;
    for (double v : std::as_const(values))
        ss += (v - mc.mean) * (v - mc.mean);
    mc.stddev = values.size() > 1 ? std::sqrt(ss / double(values.size() - 1)) : 0;
    std::sort(values.begin(), values.end());
    mc.min = values.first();
    mc.max = values.last();
    for (int p : { 5, 10, 25, 50, 75, 90, 95 })
        mc.percentiles.append({ p, percentile(values, p) });
    const int bins = 30;
    mc.histogram = QList<int>(bins, 0);
    mc.binWidth = (mc.max - mc.min) / bins;
    for (double v : std::as_const(values)) {
        int b = mc.binWidth > 0 ? int((v - mc.min) / mc.binWidth) : 0;
        mc.histogram[std::clamp(b, 0, bins - 1)]++;
    }
    mc.ms = double(timer.nsecsElapsed()) / 1e6;
    return mc;
}

double Uncertainty::percentile(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double h = (double(sorted.size()) - 1) * p / 100;
    const qsizetype lo = qsizetype(std::floor(h));
    if (lo + 1 >= sorted.size())
        return sorted.last();
    return sorted[lo] + (h - double(lo)) * (sorted[lo + 1] - sorted[lo]);
}

} // namespace dj::valuation
