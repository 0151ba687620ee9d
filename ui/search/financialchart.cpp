#include "ui/search/financialchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>

namespace dj::ui {

QChart* FinancialChart::create(const store::TableRows& fin)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Revenue, tax and profit (10k yuan)"));
    chart->setAnimationOptions(QChart::NoAnimation);
    const int y = fin.column(QStringLiteral("year"));
    if (y < 0 || fin.rows.isEmpty()) {
        chart->setTitle(tr("No financial data"));
        return chart;
    }
    auto* revenue = new QBarSet(tr("Revenue"));
    auto* tax = new QBarSet(tr("Tax"));
    auto* profit = new QBarSet(tr("Profit"));
    revenue->setColor(QColor(0x2e, 0x86, 0xc1));
    tax->setColor(QColor(0xe6, 0x7e, 0x22));
    profit->setColor(QColor(0x27, 0xae, 0x60));
    QStringList years;
    double lo = 0, hi = 0;
    const int cr = fin.column(QStringLiteral("revenue")), ct = fin.column(QStringLiteral("tax")),
              cp = fin.column(QStringLiteral("profit"));
    for (const QVariantList& row : fin.rows) {
        years << row.value(y).toString();
        const double r = row.value(cr).toDouble() / 1e4, t = row.value(ct).toDouble() / 1e4,
                     p = row.value(cp).toDouble() / 1e4;
        *revenue << r;
        *tax << t;
        *profit << p;
        lo = std::min({ lo, r, t, p });
        hi = std::max({ hi, r, t, p });
    }
    auto* series = new QBarSeries;
    series->append(revenue);
    series->append(tax);
    series->append(profit);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(years);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(lo, hi > lo ? hi * 1.1 : 1.0);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QImage FinancialChart::render(const store::TableRows& financials, const QSize& size)
{
    QGraphicsScene scene;
    QChart* chart = create(financials);
    scene.addItem(chart); // the scene owns the chart from here
    chart->resize(QSizeF(size));
    if (QGraphicsLayout* layout = chart->layout())
        layout->activate(); // lay out axes and legend now: no event loop runs before rendering
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    // Twice the pixels for a sharp print, at the logical size the fonts were laid out for.
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace dj::ui
