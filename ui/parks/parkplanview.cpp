#include "ui/parks/parkplanview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace dj::ui {

ParkPlanView::ParkPlanView(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 200);
    setAccessibleName(tr("Park plan"));
}

void ParkPlanView::setPark(
    const parks::Ring& boundary, const QList<Building>& buildings, const QList<parks::Ring>& roads)
{
    m_boundary = boundary;
    m_buildings = buildings;
    m_roads = roads;
    if (!m_buildings.isEmpty()
        && (m_selected.isEmpty()
            || std::none_of(m_buildings.begin(), m_buildings.end(),
                [this](const Building& b) { return b.id == m_selected; })))
        m_selected.clear();
    update();
}

void ParkPlanView::setValues(const QList<double>& values, const QList<bool>& known, const QString& legend)
{
    m_legend = legend;
    bool first = true;
    for (qsizetype i = 0; i < m_buildings.size(); ++i) {
        m_buildings[i].value = i < values.size() ? values[i] : 0;
        m_buildings[i].hasValue = i < known.size() && known[i];
        if (!m_buildings[i].hasValue)
            continue;
        if (first) {
            m_min = m_max = m_buildings[i].value;
            first = false;
        }
        m_min = std::min(m_min, m_buildings[i].value);
        m_max = std::max(m_max, m_buildings[i].value);
    }
    update();
}

void ParkPlanView::setSelected(const QString& buildingId)
{
    m_selected = buildingId;
    update();
}

QColor ParkPlanView::colourFor(double value) const
{
    const double t = m_max > m_min ? (value - m_min) / (m_max - m_min) : 0.5;
    // green (low) → yellow → red (high)
    const double hue = 120.0 * (1.0 - std::clamp(t, 0.0, 1.0));
    return QColor::fromHsvF(float(hue / 360.0), 0.65f, 0.92f);
}

QPointF ParkPlanView::toScreen(const QPointF& p) const
{
    // Fit the outline (else the buildings) with equal metres on both axes.
    double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
    auto grow = [&](const parks::Ring& r) {
        for (const QPointF& q : r) {
            x0 = std::min(x0, q.x());
            x1 = std::max(x1, q.x());
            y0 = std::min(y0, q.y());
            y1 = std::max(y1, q.y());
        }
    };
    grow(m_boundary);
    for (const Building& b : m_buildings)
        grow(b.footprint);
    if (x1 <= x0 || y1 <= y0)
        return {};
    const double k = std::cos((y0 + y1) / 2 * M_PI / 180.0);
    const double w = (x1 - x0) * k, h = y1 - y0;
    const QRectF area = QRectF(rect()).adjusted(16, 16, -16, -40);
    const double scale = std::min(area.width() / w, area.height() / h);
    const double ox = area.center().x() - w * scale / 2, oy = area.center().y() + h * scale / 2;
    return { ox + (p.x() - x0) * k * scale, oy - (p.y() - y0) * scale };
}

QPolygonF ParkPlanView::screenPolygon(const parks::Ring& ring) const
{
    QPolygonF poly;
    for (const QPointF& p : ring)
        poly << toScreen(p);
    return poly;
}

void ParkPlanView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0xf4, 0xf1, 0xea));
    if (m_buildings.isEmpty() && m_boundary.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No park geometry to draw."));
        return;
    }
    if (!m_boundary.isEmpty()) {
        p.setPen(QPen(QColor(0x5b, 0x8c, 0x5a), 2, Qt::DashLine));
        p.setBrush(QColor(0xe3, 0xef, 0xdc));
        p.drawPolygon(screenPolygon(m_boundary));
    }
    p.setBrush(Qt::NoBrush);
    for (const parks::Ring& road : m_roads) {
        p.setPen(QPen(QColor(0xff, 0xff, 0xff), 7, Qt::SolidLine, Qt::RoundCap));
        p.drawPolyline(screenPolygon(road));
        p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
        p.drawPolyline(screenPolygon(road));
    }
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1));
    p.setFont(small);
    for (const Building& b : m_buildings) {
        const QPolygonF poly = screenPolygon(b.footprint);
        if (poly.isEmpty())
            continue;
        const bool sel = b.id == m_selected;
        p.setPen(QPen(sel ? QColor(0x1f, 0x4e, 0x9c) : QColor(0x55, 0x55, 0x55), sel ? 3 : 1));
        p.setBrush(b.hasValue ? colourFor(b.value) : QColor(0xcc, 0xcc, 0xcc));
        p.drawPolygon(poly);
        const QRectF r = poly.boundingRect();
        p.setPen(QColor(0x22, 0x22, 0x22));
        const QRectF label(r.center().x() - 60, r.bottom() + 1, 120, 16);
        p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, b.label);
    }
    // Legend: the scale and what it shows.
    if (!m_legend.isEmpty()) {
        const QRectF bar(16, height() - 26, 120, 10);
        QLinearGradient g(bar.topLeft(), bar.topRight());
        g.setColorAt(0, colourFor(m_min));
        g.setColorAt(0.5, colourFor((m_min + m_max) / 2));
        g.setColorAt(1, colourFor(m_max));
        p.setPen(Qt::NoPen);
        p.setBrush(g);
        p.drawRect(bar);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(bar.right() + 8, bar.bottom()),
            tr("%1: %2 – %3")
                .arg(m_legend, QString::number(m_min, 'f', m_max < 10 ? 2 : 0),
                    QString::number(m_max, 'f', m_max < 10 ? 2 : 0)));
    }
}

void ParkPlanView::mousePressEvent(QMouseEvent* event)
{
    setFocus();
    for (const Building& b : std::as_const(m_buildings)) {
        if (screenPolygon(b.footprint).containsPoint(event->position(), Qt::OddEvenFill)) {
            setSelected(b.id);
            emit buildingClicked(b.id);
            return;
        }
    }
}

void ParkPlanView::keyPressEvent(QKeyEvent* event)
{
    if (m_buildings.isEmpty()
        || (event->key() != Qt::Key_Right && event->key() != Qt::Key_Left && event->key() != Qt::Key_Down
            && event->key() != Qt::Key_Up)) {
        QWidget::keyPressEvent(event);
        return;
    }
    qsizetype i = 0;
    for (; i < m_buildings.size(); ++i) {
        if (m_buildings[i].id == m_selected)
            break;
    }
    const bool forward = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down;
    i = i >= m_buildings.size() ? 0 : (i + (forward ? 1 : m_buildings.size() - 1)) % m_buildings.size();
    setSelected(m_buildings[i].id);
    emit buildingClicked(m_selected);
}

} // namespace dj::ui
