#pragma once

#include "core/valuation/worksheet.h"

#include <functional>

namespace dj::valuation {

/// A scalar input the analyses can vary (sensitivity, tornado, Monte Carlo), by id ("income.growth").
/// Factor variables ("income.revenue_factor") scale a whole column of inputs and are 1 in the file.
struct Variable
{
    QString id;
    std::function<bool(const Worksheet&)> applies;
    std::function<double(const Worksheet&)> get;
    std::function<void(Worksheet&, double)> set;
    double min = -1e300; ///< values below are refused (e.g. a negative life)
    double max = 1e300;
};

class Variables
{
    Q_DECLARE_TR_FUNCTIONS(Variables)
public:
    static const QList<Variable>& all();
    static const Variable* find(const QString& id);
    /// Translated label ("Discount rate", …).
    static QString label(const QString& id);
    /// The ids that apply to a worksheet.
    static QStringList applicable(const Worksheet& w);
};

} // namespace dj::valuation
