#include "ui/valuation/valuationcharts.h"

#include "core/valuation/variables.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QColor>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QValueAxis>

namespace dj::ui {

void ValuationCharts::clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
}

void ValuationCharts::cashFlows(QChart* chart, const valuation::IncomeResult& r)
{
    clear(chart);
    chart->setTitle(tr("Income of the data asset and its present value"));
    auto* flow = new QBarSet(tr("Income"));
    auto* pv = new QBarSet(tr("Present value"));
    QStringList years;
    double top = 0, bottom = 0;
    for (const valuation::IncomeRow& row : r.rows) {
        *flow << row.flow;
        *pv << row.pv;
        years << QString::number(row.year) + (row.extrapolated ? QStringLiteral("*") : QString());
        top = std::max({ top, row.flow, row.pv });
        bottom = std::min({ bottom, row.flow, row.pv });
    }
    auto* series = new QBarSeries;
    series->append(flow);
    series->append(pv);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(years);
    auto* y = new QValueAxis;
    y->setRange(bottom, top * 1.1 + 1e-9);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ValuationCharts::tornado(QChart* chart, const valuation::Tornado& t)
{
    clear(chart);
    chart->setTitle(tr("Tornado: the value at each input −%1 % / +%1 % (base %2)")
                        .arg(t.change * 100, 0, 'f', 0)
                        .arg(QLocale().toString(t.baseValue, 'f', 1)));
    auto* low = new QBarSet(tr("Input −%1 %").arg(t.change * 100, 0, 'f', 0));
    auto* high = new QBarSet(tr("Input +%1 %").arg(t.change * 100, 0, 'f', 0));
    QStringList names;
    double extent = 0;
    // Widest at the top: categories run bottom-up.
    const qsizetype shown = std::min<qsizetype>(t.bars.size(), 8);
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const valuation::TornadoBar& b = t.bars[i];
        *low << b.lowValue - t.baseValue;
        *high << b.highValue - t.baseValue;
        names << valuation::Variables::label(b.variable);
        extent
            = std::max({ extent, std::abs(b.lowValue - t.baseValue), std::abs(b.highValue - t.baseValue) });
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(low);
    series->append(high);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    auto* x = new QValueAxis;
    x->setRange(-extent * 1.1 - 1e-9, extent * 1.1 + 1e-9);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%+.0f"));
    x->setTitleText(tr("Change of the value"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ValuationCharts::histogram(QChart* chart, const valuation::MonteCarlo& mc)
{
    clear(chart);
    QString p;
    for (const auto& pc : mc.percentiles)
        if (pc.first == 5 || pc.first == 50 || pc.first == 95)
            p += QStringLiteral("  P%1 = %2").arg(pc.first).arg(QLocale().toString(pc.second, 'f', 0));
    chart->setTitle(tr("Monte Carlo, %1 draws:%2").arg(mc.draws).arg(p));
    // A step outline over a numeric axis: bin edges stay readable at any width.
    auto* upper = new QLineSeries;
    int top = 0;
    for (int i = 0; i < mc.histogram.size(); ++i) {
        const double x0 = mc.min + mc.binWidth * i, x1 = x0 + mc.binWidth;
        upper->append(x0, mc.histogram[i]);
        upper->append(x1, mc.histogram[i]);
        top = std::max(top, mc.histogram[i]);
    }
    auto* lower = new QLineSeries;
    lower->append(mc.min, 0);
    lower->append(mc.max, 0);
    auto* area = new QAreaSeries(upper, lower);
    area->setName(tr("Draws"));
    area->setColor(QColor(0x20, 0x8a, 0xd8));
    area->setBorderColor(QColor(0x1f, 0x4e, 0x79));
    chart->addSeries(area);
    auto* x = new QValueAxis;
    x->setRange(mc.min, mc.max > mc.min ? mc.max : mc.min + 1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTickCount(6);
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1 + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);
    chart->legend()->hide();
}

void ValuationCharts::comparables(
    QChart* chart, const valuation::MarketInput& in, const valuation::MarketResult& r)
{
    clear(chart);
    chart->setTitle(tr("Comparables: price and adjusted price (market value %1)")
                        .arg(QLocale().toString(r.value, 'f', 2)));
    auto* price = new QBarSet(tr("Price"));
    auto* adjusted = new QBarSet(tr("Adjusted price"));
    QStringList names;
    double top = r.value;
    for (qsizetype i = 0; i < r.rows.size() && i < in.comparables.size(); ++i) {
        *price << in.comparables[i].price * in.priceFactor;
        *adjusted << r.rows[i].adjusted;
        names << QString::number(i + 1);
        top = std::max({ top, in.comparables[i].price * in.priceFactor, r.rows[i].adjusted });
    }
    auto* series = new QBarSeries;
    series->append(price);
    series->append(adjusted);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // The market value as a horizontal line across the categories.
    auto* line = new QLineSeries;
    line->setName(tr("Market value"));
    line->append(-0.5, r.value);
    line->append(double(names.size()) - 0.5, r.value);
    chart->addSeries(line);
    auto* lx = new QValueAxis;
    lx->setRange(-0.5, double(names.size()) - 0.5);
    lx->setVisible(false);
    chart->addAxis(lx, Qt::AlignTop);
    line->attachAxis(lx);
    line->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ValuationCharts::radar(QPolarChart* chart, const valuation::QualityResult& q)
{
    clear(chart);
    chart->setTitle(tr("Quality by dimension (score %1)").arg(q.score, 0, 'f', 1));
    auto* series = new QLineSeries;
    series->setName(tr("Score"));
    for (int d = 0; d <= valuation::kDimensions; ++d)
        series->append(
            360.0 * d / valuation::kDimensions, q.dimensionScores[size_t(d % valuation::kDimensions)]);
    chart->addSeries(series);
    auto* angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int d = 0; d < valuation::kDimensions; ++d) {
        QString name = valuation::dimensionName(d);
        // "Accuracy (准确性)" → keep it short on the radar.
        if (const qsizetype open = name.indexOf(QLatin1Char('('));
            open > 0 && QLocale().language() == QLocale::Chinese)
            name = name.mid(open + 1).chopped(1);
        angular->append(name, 360.0 * d / valuation::kDimensions);
    }
    auto* radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    series->attachAxis(angular);
    series->attachAxis(radial);
    chart->legend()->hide();
}

} // namespace dj::ui
