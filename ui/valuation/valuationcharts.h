#pragma once

#include "core/valuation/uncertainty.h"
#include "core/valuation/valuationengine.h"

#include <QCoreApplication>

class QChart;
class QPolarChart;

namespace dj::ui {

/// The worksheet's charts, rebuilt from results (QtCharts).
class ValuationCharts
{
    Q_DECLARE_TR_FUNCTIONS(ValuationCharts)
public:
    /// Income per year and its present value.
    static void cashFlows(QChart* chart, const valuation::IncomeResult& r);
    /// Each input's −/+ effect on the value around the base.
    static void tornado(QChart* chart, const valuation::Tornado& t);
    /// Histogram of the Monte Carlo values.
    static void histogram(QChart* chart, const valuation::MonteCarlo& mc);
    /// Six quality dimensions' scores (0–100) on a radar.
    static void radar(QPolarChart* chart, const valuation::QualityResult& q);
    /// Each comparable's price and adjusted price, with the market value as a line.
    static void comparables(
        QChart* chart, const valuation::MarketInput& in, const valuation::MarketResult& r);
    static void clear(QChart* chart);
};

} // namespace dj::ui
