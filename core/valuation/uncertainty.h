#pragma once

#include "core/common/progress.h"
#include "core/valuation/worksheet.h"

namespace dj::valuation {

struct SensitivityTable
{
    QString xVariable, yVariable;
    QList<double> xValues, yValues;
    QList<QList<double>> values; ///< values[row = y][column = x]
};

struct TornadoBar
{
    QString variable;
    double base = 0; ///< the input's value
    double lowInput = 0, highInput = 0; ///< base·(1 ∓ change)
    double lowValue = 0, highValue = 0; ///< the target at those inputs
    double swing() const { return std::abs(highValue - lowValue); }
};

struct Tornado
{
    double baseValue = 0;
    double change = 0.10;
    QList<TornadoBar> bars; ///< widest swing first
};

struct MonteCarlo
{
    int draws = 0;
    quint64 seed = 0;
    double mean = 0, stddev = 0, min = 0, max = 0;
    QList<QPair<int, double>> percentiles; ///< (5, P5), (10, P10), …, (95, P95)
    QList<int> histogram; ///< counts in equal bins from min to max
    double binWidth = 0;
    double ms = 0;
};

/// The analyses of a worksheet's uncertainty. Each evaluates copies of the worksheet with some inputs
/// changed.
class Uncertainty
{
    Q_DECLARE_TR_FUNCTIONS(Uncertainty)
public:
    /// The target value over a grid of two inputs. Throws ValidationError for an unknown variable.
    static SensitivityTable sensitivity(const Worksheet& w, const QString& x, const QList<double>& xValues,
        const QString& y, const QList<double>& yValues, const QString& target);
    /// Every variable (or those given) at ±change of its base value (variables at 0 are skipped).
    static Tornado tornado(
        const Worksheet& w, const QStringList& variables, double change, const QString& target);
    /// Draws the ranges' variables (independent) and evaluates; seeded, so the same inputs give the same run.
    /// progress (optional) is told every 500 draws and throws Cancelled when the user cancels.
    static MonteCarlo monteCarlo(const Worksheet& w, const QList<VariableRange>& ranges, int draws,
        quint64 seed, const QString& target, const Progress* progress = nullptr);
    /// Percentile p (0..100) of sorted values, linear between order statistics (Excel PERCENTILE.INC).
    static double percentile(const QList<double>& sorted, double p);
};

} // namespace dj::valuation
