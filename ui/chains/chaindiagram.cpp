#include "ui/chains/chaindiagram.h"

#include "core/common/money.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace dj::ui {

using namespace Qt::StringLiterals;

ChainDiagram::ChainDiagram(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Chain diagram"));
}

void ChainDiagram::setMap(const chains::ChainMap& map, const chains::ChainTemplate& chain)
{
    m_map = map;
    m_chain = chain;
    m_hasMap = true;
    if (m_selected >= int(m_map.segments.size()))
        m_selected = -1;
    update();
}

void ChainDiagram::clear()
{
    m_hasMap = false;
    m_selected = -1;
    update();
}

void ChainDiagram::setSelected(int segment)
{
    m_selected = segment;
    update();
}

QColor ChainDiagram::classColor(const QString& gapClass)
{
    if (gapClass == u"strong"_s)
        return QColor(0x2e, 0x7d, 0x32);
    if (gapClass == u"average"_s)
        return QColor(0x9e, 0x9d, 0x24);
    if (gapClass == u"weak"_s)
        return QColor(0xef, 0x6c, 0x00);
    if (gapClass == u"missing"_s)
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x9e, 0x9e, 0x9e);
}

QString ChainDiagram::classLabel(const QString& gapClass)
{
    if (gapClass == u"strong"_s)
        return tr("Strong");
    if (gapClass == u"average"_s)
        return tr("Average");
    if (gapClass == u"weak"_s)
        return tr("Weak");
    if (gapClass == u"missing"_s)
        return tr("Missing");
    return tr("No basis");
}

QList<QRectF> ChainDiagram::layout(const QSizeF& size) const
{
    QList<QRectF> rects;
    const QStringList& stages = chains::ChainTemplate::stages();
    const double top = 34, bottom = 30, margin = 12;
    const double colWidth = (size.width() - 2 * margin) / double(stages.size());
    double maxRevenue = 0;
    for (const auto& s : m_map.segments)
        maxRevenue = std::max(maxRevenue, s.revenue);
    for (int i = 0; i < int(m_map.segments.size()); ++i)
        rects << QRectF();
    for (int c = 0; c < stages.size(); ++c) {
        QList<int> members;
        for (int i = 0; i < int(m_map.segments.size()); ++i)
            if (m_map.segments[i].stage == stages[c])
                members << i;
        if (members.isEmpty())
            continue;
        const double slot = (size.height() - top - bottom) / double(members.size());
        for (int k = 0; k < members.size(); ++k) {
            const auto& s = m_map.segments[members[k]];
            // Size by revenue: the box's height grows with the square root of its share of the largest.
            const double share = maxRevenue > 0 ? std::sqrt(s.revenue / maxRevenue) : 0.0;
            const double h = std::max(30.0, (slot - 10) * (0.45 + 0.55 * share));
            const double w = colWidth * (0.62 + 0.26 * share);
            const double cx = margin + colWidth * (c + 0.5);
            const double cy = top + slot * (k + 0.5);
            rects[members[k]] = QRectF(cx - w / 2, cy - h / 2, w, h);
        }
    }
    return rects;
}

void ChainDiagram::paint(QPainter& p, const QSizeF& size) const
{
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(QPointF(0, 0), size), palette().base());
    if (!m_hasMap) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, tr("Choose a chain and a region."));
        return;
    }
    const QStringList& stages = chains::ChainTemplate::stages();
    const double colWidth = (size.width() - 24) / double(stages.size());
    QFont headFont = font();
    headFont.setBold(true);
    p.setFont(headFont);
    p.setPen(palette().color(QPalette::Text));
    for (int c = 0; c < stages.size(); ++c)
        p.drawText(QRectF(12 + colWidth * c, 6, colWidth, 22), Qt::AlignCenter,
            chains::ChainTemplate::stageLabel(stages[c]));
    const QList<QRectF> rects = layout(size);
    // links
    p.setPen(QPen(palette().color(QPalette::Mid), 1.4));
    for (const auto& l : m_chain.links) {
        const int a = m_chain.segmentIndex(l.from), b = m_chain.segmentIndex(l.to);
        if (a < 0 || b < 0 || a >= rects.size() || b >= rects.size())
            continue;
        const QRectF ra = rects[a], rb = rects[b];
        QPointF from, to;
        if (ra.center().x() < rb.center().x() - 1) {
            from = QPointF(ra.right(), ra.center().y());
            to = QPointF(rb.left(), rb.center().y());
        } else {
            from = QPointF(ra.center().x(), ra.center().y() < rb.center().y() ? ra.bottom() : ra.top());
            to = QPointF(rb.center().x(), ra.center().y() < rb.center().y() ? rb.top() : rb.bottom());
        }
        p.drawLine(from, to);
        const QLineF line(to, from);
        const double angle = std::atan2(-line.dy(), line.dx());
        QPolygonF head;
        head << to << to + QPointF(std::sin(angle + M_PI / 3) * 7, std::cos(angle + M_PI / 3) * 7)
             << to + QPointF(std::sin(angle + M_PI - M_PI / 3) * 7, std::cos(angle + M_PI - M_PI / 3) * 7);
        p.setBrush(palette().color(QPalette::Mid));
        p.drawPolygon(head);
    }
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.85));
    for (int i = 0; i < rects.size(); ++i) {
        const auto& s = m_map.segments[i];
        const QRectF r = rects[i];
        const QColor colour = classColor(s.gapClass);
        p.setBrush(colour.lighter(s.gapClass == u"missing"_s ? 175 : 130));
        p.setPen(QPen(i == m_selected ? palette().color(QPalette::Highlight) : colour,
            i == m_selected ? 3.0 : 1.5, s.gapClass == u"missing"_s ? Qt::DashLine : Qt::SolidLine));
        p.drawRoundedRect(r, 6, 6);
        p.setPen(Qt::black);
        p.setFont(headFont);
        p.drawText(r.adjusted(4, 2, -4, -r.height() / 2), Qt::AlignHCenter | Qt::AlignBottom, s.name);
        p.setFont(small);
        const QString lq = s.lq ? QString::number(*s.lq, 'f', 2) : u"—"_s;
        p.drawText(r.adjusted(4, r.height() / 2, -4, -2), Qt::AlignHCenter | Qt::AlignTop,
            tr("%1 · %n firm(s) · LQ %2", nullptr, int(s.count)).arg(classLabel(s.gapClass), lq));
    }
    // legend
    p.setFont(small);
    double x = 12;
    const double y = size.height() - 20;
    for (const QString& c : { u"strong"_s, u"average"_s, u"weak"_s, u"missing"_s }) {
        p.setBrush(classColor(c).lighter(130));
        p.setPen(classColor(c));
        p.drawRect(QRectF(x, y, 12, 12));
        p.setPen(palette().color(QPalette::Text));
        const QString label = classLabel(c);
        p.drawText(QPointF(x + 16, y + 11), label);
        x += 28 + QFontMetricsF(small).horizontalAdvance(label);
    }
    p.drawText(QPointF(x + 8, y + 11),
        tr("%1 · %2 · box size: revenue")
            .arg(m_map.regionName.isEmpty() ? m_map.region : m_map.regionName, m_map.chainName));
}

void ChainDiagram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    paint(p, size());
}

QImage ChainDiagram::image(const QSize& size) const
{
    QImage img(size * 2, QImage::Format_ARGB32);
    img.setDevicePixelRatio(2);
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, size);
    return img;
}

void ChainDiagram::mousePressEvent(QMouseEvent* event)
{
    if (!m_hasMap)
        return;
    const QList<QRectF> rects = layout(size());
    for (int i = 0; i < rects.size(); ++i) {
        if (rects[i].contains(event->position())) {
            m_selected = i;
            update();
            emit segmentActivated(i);
            return;
        }
    }
}

void ChainDiagram::keyPressEvent(QKeyEvent* event)
{
    const int n = int(m_map.segments.size());
    if (!m_hasMap || n == 0)
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        m_selected = (m_selected + 1) % n;
        update();
        break;
    case Qt::Key_Up:
    case Qt::Key_Left:
        m_selected = (m_selected - 1 + n) % n;
        update();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_selected >= 0)
            emit segmentActivated(m_selected);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace dj::ui
