#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class QChart;

namespace dj::ui {

/// Chart helpers shared by the panels and their reports (QtCharts; GUI thread only).
///
///     QChart* c = Charts::bars(tr("Revenue (10k yuan)"), years,
///                              { { tr("Revenue"), revenue }, { tr("Tax"), tax } });
///     chartView->setChart(c);                            // on screen, or
///     QImage img = Charts::render(c, QSize(800, 360));   // for a report (takes ownership)
namespace Charts {

struct Series
{
    QString name;
    QList<double> values; ///< one per category
};

/// The workstation's series colours (blue, orange, green, red, purple, …), cycling.
QColor color(int index);
/// Grouped bars, one group per category; the value axis starts at 0 (or the lowest negative value).
QChart* bars(const QString& title, const QStringList& categories, const QList<Series>& series,
    const QString& labelFormat = QStringLiteral("%.0f"));
/// Lines over the categories (e.g. years), one per series.
QChart* lines(const QString& title, const QStringList& categories, const QList<Series>& series,
    const QString& labelFormat = QStringLiteral("%.0f"));
/// A pie of labelled shares.
QChart* pie(const QString& title, const QList<QPair<QString, double>>& slices);
/// A chart with only a title (no data to show).
QChart* empty(const QString& title);
/// Renders the chart (takes ownership) into an image of the given logical size at twice the pixels, white
/// background, laid out without an event loop.
QImage render(QChart* chart, const QSize& size);

} // namespace Charts

} // namespace dj::ui
