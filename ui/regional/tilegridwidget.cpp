#include "ui/regional/tilegridwidget.h"

#include "core/regional/tilegridlayout.h"

#include <QImage>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace dj::ui {

using regional::RegionLevel;
using regional::TileGridLayout;

TileGridWidget::TileGridWidget(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(360, 320);
    setAccessibleName(tr("Tile-grid of provinces"));
}

void TileGridWidget::setFlows(const QList<regional::FlowCell>& flows, int maxArrows)
{
    QList<regional::FlowCell> between;
    for (const auto& f : flows) {
        if (f.from != f.to && f.from.size() == 2 && f.to.size() == 2)
            between << f;
    }
    std::sort(
        between.begin(), between.end(), [](const auto& a, const auto& b) { return a.capital > b.capital; });
    m_flows = between.mid(0, maxArrows);
    update();
}

void TileGridWidget::setValues(const QHash<QString, double>& values, const QString& legend)
{
    m_values = values;
    m_legend = legend;
    update();
}

void TileGridWidget::setHighlighted(const QString& key)
{
    m_highlighted = key.left(2);
    update();
}

void TileGridWidget::setCurrent(const QString& key)
{
    if (key == m_current)
        return;
    m_current = key;
    update();
    emit currentChanged(key);
}

QRectF TileGridWidget::cellRect(const QRect& area, QPoint cell) const
{
    const QRect a = area.adjusted(12, 40, -12, -52);
    const double side = std::min(
        a.width() / double(TileGridLayout::columns()), a.height() / double(TileGridLayout::rows()));
    const double x0 = a.left() + (a.width() - side * TileGridLayout::columns()) / 2;
    const double y0 = a.top() + (a.height() - side * TileGridLayout::rows()) / 2;
    return QRectF(x0 + cell.x() * side, y0 + cell.y() * side, side, side).adjusted(3, 3, -3, -3);
}

QString TileGridWidget::keyAt(const QPoint& pos) const
{
    for (const auto& t : TileGridLayout::tiles()) {
        if (cellRect(rect(), t.cell).contains(pos))
            return t.code;
    }
    return {};
}

QImage TileGridWidget::render(const QSize& size)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, QRect(QPoint(0, 0), size));
    return img;
}

void TileGridWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    paint(p, rect());
}

void TileGridWidget::paint(QPainter& p, const QRect& area)
{
    p.setRenderHint(QPainter::Antialiasing);
    double max = 0;
    for (double v : m_values)
        max = std::max(max, v);
    QFont title = font();
    title.setBold(true);
    p.setFont(title);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(area.adjusted(12, 8, -12, 0), Qt::AlignLeft | Qt::AlignTop,
        tr("Schematic tile-grid (one square per province, not a map)"));
    p.setFont(font());
    for (const auto& t : TileGridLayout::tiles()) {
        const QRectF r = cellRect(area, t.cell);
        const double v = m_values.value(t.code);
        const double s = max > 0 && v > 0 ? std::sqrt(v / max) : 0; // square root: contrast among the large
        QColor fill
            = v > 0 ? QColor::fromHsvF(0.58, 0.12 + 0.6 * s, 0.98 - 0.3 * s) : QColor(0xee, 0xee, 0xee);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(r, 4, 4);
        if (t.code == m_highlighted || t.code == m_current || t.code == m_hover) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(t.code == m_current ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x44, 0x44, 0x44),
                t.code == m_current ? 3 : 2));
            p.drawRoundedRect(r, 4, 4);
        }
        p.setPen(s > 0.6 ? Qt::white : QColor(0x22, 0x22, 0x22));
        QFont f = font();
        f.setPixelSize(std::max(9, int(r.height() / 4.2)));
        p.setFont(f);
        p.drawText(r.adjusted(0, 2, 0, -r.height() / 3), Qt::AlignCenter, RegionLevel::shortName(t.code));
        f.setPixelSize(std::max(8, int(r.height() / 6.5)));
        p.setFont(f);
        if (v > 0)
            p.drawText(r.adjusted(0, r.height() / 2, 0, -2), Qt::AlignCenter,
                v >= 1e4 ? QLocale().toString(v / 1e8, 'f', 1) : QLocale().toString(v, 'f', 0));
    }
    // Arrows of the largest flows, centre to centre, bent so that A→B and B→A do not overlap.
    double maxCap = 0;
    for (const auto& f : m_flows)
        maxCap = std::max(maxCap, f.capital);
    for (const auto& f : m_flows) {
        const QPoint a = TileGridLayout::cellOf(f.from), b = TileGridLayout::cellOf(f.to);
        if (a.x() < 0 || b.x() < 0)
            continue;
        const QPointF pa = cellRect(area, a).center(), pb = cellRect(area, b).center();
        const QPointF d = pb - pa;
        const double len = std::hypot(d.x(), d.y());
        if (len < 1)
            continue;
        const QPointF n(-d.y() / len, d.x() / len);
        const QPointF ctrl = (pa + pb) / 2 + n * (0.18 * len);
        const double w = maxCap > 0 ? 1.0 + 7.0 * std::sqrt(f.capital / maxCap) : 1.0;
        QPainterPath path(pa);
        path.quadTo(ctrl, pb);
        p.setPen(QPen(QColor(0xe6, 0x51, 0x00, 170), w, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrow head at the end, along the curve's last direction.
        const QPointF end = path.pointAtPercent(1.0), before = path.pointAtPercent(0.9);
        const QPointF dir = end - before;
        const double dl = std::hypot(dir.x(), dir.y());
        if (dl > 0) {
            const QPointF u = dir / dl, v(-u.y(), u.x());
            const double h = 6 + w;
            QPolygonF head { end, end - u * h + v * h * 0.5, end - u * h - v * h * 0.5 };
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xe6, 0x51, 0x00, 200));
            p.drawPolygon(head);
        }
    }
    // Legend.
    p.setPen(QColor(0x55, 0x55, 0x55));
    QFont lf = font();
    p.setFont(lf);
    p.drawText(area.adjusted(12, 0, -12, -8), Qt::AlignLeft | Qt::AlignBottom,
        tr("Shade: %1. Arrows: the %2 largest enterprise investment flows between provinces (width by "
           "subscribed capital).")
            .arg(m_legend)
            .arg(m_flows.size()));
}

void TileGridWidget::mousePressEvent(QMouseEvent* event)
{
    const QString k = keyAt(event->position().toPoint());
    if (!k.isEmpty())
        setCurrent(k);
    setFocus();
}

void TileGridWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString k = keyAt(event->position().toPoint());
    if (!k.isEmpty())
        emit provinceActivated(k);
}

void TileGridWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QString k = keyAt(event->position().toPoint());
    if (k != m_hover) {
        m_hover = k;
        setToolTip(k.isEmpty() ? QString()
                               : QStringLiteral("%1: %2").arg(RegionLevel::name(k),
                                   QLocale().toString(m_values.value(k) / 1e8, 'f', 2)));
        update();
    }
}

void TileGridWidget::keyPressEvent(QKeyEvent* event)
{
    QPoint at = TileGridLayout::cellOf(m_current.isEmpty() ? QStringLiteral("32") : m_current);
    QPoint step;
    switch (event->key()) {
    case Qt::Key_Left:
        step = { -1, 0 };
        break;
    case Qt::Key_Right:
        step = { 1, 0 };
        break;
    case Qt::Key_Up:
        step = { 0, -1 };
        break;
    case Qt::Key_Down:
        step = { 0, 1 };
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_current.isEmpty())
            emit provinceActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    // Move to the nearest square in that direction (the grid has gaps).
    for (int i = 1; i < 8; ++i) {
        const QPoint target = at + step * i;
        for (const auto& t : TileGridLayout::tiles()) {
            if (t.cell == target) {
                setCurrent(t.code);
                return;
            }
        }
    }
}

} // namespace dj::ui
