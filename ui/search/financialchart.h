#pragma once

#include "core/store/enterprisestore.h"

#include <QCoreApplication>
#include <QImage>

class QChart;

namespace dj::ui {

/// The profile's and the report's financial chart: revenue, tax and profit per year (万元).
class FinancialChart
{
    Q_DECLARE_TR_FUNCTIONS(FinancialChart)
public:
    /// A new chart (the caller owns it); an empty chart with a title when there are no financials.
    static QChart* create(const store::TableRows& financials);
    /// The chart rendered into an image of the given size (GUI thread: QtCharts is not thread-safe).
    static QImage render(const store::TableRows& financials, const QSize& size);
};

} // namespace dj::ui
