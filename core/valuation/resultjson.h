#pragma once

#include "core/valuation/ledger.h"
#include "core/valuation/uncertainty.h"
#include "core/valuation/valuationengine.h"

#include <QJsonObject>

namespace dj::valuation {

/// Every result of a worksheet as JSON (the CLI's `valuate` output, the XLSX export's source).
class ResultJson
{
public:
    struct Options
    {
        bool monteCarlo = true; ///< run the Monte Carlo when the worksheet gives ranges
    };
    /// Validates (after migration) and evaluates a document. Throws ValidationError.
    static QJsonObject evaluate(const QJsonObject& document, Options options);
    static QJsonObject evaluate(const QJsonObject& document) { return evaluate(document, Options {}); }

    static QJsonObject quality(const QualityResult& q);
    static QJsonObject income(const Worksheet& w, const IncomeResult& r);
    static QJsonObject cost(const Worksheet& w, const CostResult& r);
    static QJsonObject market(const Worksheet& w, const MarketResult& r);
    static QJsonObject conclusion(const Worksheet& w, const ConclusionResult& r);
    static QJsonObject sensitivity(const SensitivityTable& t);
    static QJsonObject tornado(const Tornado& t);
    static QJsonObject monteCarlo(const MonteCarlo& m);
    static QJsonObject ledger(const Ledger& l, const LedgerResult& r);

    /// The default sensitivity grid when the worksheet names none: discount rate ±2 points × life ±2 years
    /// (income), else costs × quality (cost), else none (empty x).
    static void defaultSensitivity(
        const Worksheet& w, QString& x, QList<double>& xs, QString& y, QList<double>& ys);
};

} // namespace dj::valuation
