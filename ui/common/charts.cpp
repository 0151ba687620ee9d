#include "ui/common/charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QValueAxis>
#include <algorithm>

namespace dj::ui::Charts {

namespace {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void addAxes(QChart* chart, QAbstractSeries* s, const QStringList& categories, const QList<Series>& series,
    const QString& labelFormat)
{
    double lo = 0, hi = 0;
    for (const Series& ser : series)
        for (double v : ser.values) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    s->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(lo, hi > lo ? hi * 1.1 : 1.0);
    axisY->setLabelFormat(labelFormat);
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    s->attachAxis(axisY);
}

} // namespace

QColor color(int index)
{
    static const QColor palette[] = { QColor(0x2e, 0x86, 0xc1), QColor(0xe6, 0x7e, 0x22),
        QColor(0x27, 0xae, 0x60), QColor(0xc0, 0x39, 0x2b), QColor(0x8e, 0x44, 0xad),
        QColor(0x16, 0xa0, 0x85), QColor(0x7f, 0x8c, 0x8d) };
    constexpr int n = int(sizeof(palette) / sizeof(palette[0]));
    return palette[((index % n) + n) % n];
}

QChart* empty(const QString& title)
{
    return newChart(title);
}

QChart* bars(const QString& title, const QStringList& categories, const QList<Series>& series,
    const QString& labelFormat)
{
    QChart* chart = newChart(title);
    auto* bars = new QBarSeries;
    for (int i = 0; i < series.size(); ++i) {
        auto* set = new QBarSet(series[i].name);
        set->setColor(color(i));
        for (double v : series[i].values)
            *set << v;
        bars->append(set);
    }
    chart->addSeries(bars);
    addAxes(chart, bars, categories, series, labelFormat);
    return chart;
}

QChart* lines(const QString& title, const QStringList& categories, const QList<Series>& series,
    const QString& labelFormat)
{
    QChart* chart = newChart(title);
    QList<QLineSeries*> all;
    for (int i = 0; i < series.size(); ++i) {
        auto* line = new QLineSeries;
        line->setName(series[i].name);
        line->setColor(color(i));
        for (int c = 0; c < series[i].values.size(); ++c)
            line->append(c, series[i].values[c]); // category index: QBarCategoryAxis maps 0..n-1
        chart->addSeries(line);
        all << line;
    }
    if (all.isEmpty())
        return chart;
    addAxes(chart, all.front(), categories, series, labelFormat);
    for (int i = 1; i < all.size(); ++i)
        for (QAbstractAxis* axis : chart->axes())
            all[i]->attachAxis(axis);
    return chart;
}

QChart* pie(const QString& title, const QList<QPair<QString, double>>& slices)
{
    QChart* chart = newChart(title);
    auto* series = new QPieSeries;
    int i = 0;
    for (const auto& [label, value] : slices) {
        QPieSlice* s = series->append(label, value);
        s->setColor(color(i++));
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QImage render(QChart* chart, const QSize& size)
{
    QGraphicsScene scene;
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

} // namespace dj::ui::Charts
