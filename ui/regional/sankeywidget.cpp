#include "ui/regional/sankeywidget.h"

#include <QImage>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace dj::ui {

using regional::RegionLevel;

SankeyWidget::SankeyWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(360, 300);
    setAccessibleName(tr("Largest flows"));
}

void SankeyWidget::setFlows(const QList<regional::FlowCell>& flows, int maxFlows)
{
    QList<regional::FlowCell> between;
    for (const auto& f : flows) {
        if (f.from != f.to && f.capital > 0 && f.from != regional::kUnknown && f.to != regional::kUnknown)
            between << f;
    }
    std::sort(
        between.begin(), between.end(), [](const auto& a, const auto& b) { return a.capital > b.capital; });
    m_flows = between.mid(0, maxFlows);
    update();
}

QImage SankeyWidget::render(const QSize& size)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, QRect(QPoint(0, 0), size));
    return img;
}

void SankeyWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    paint(p, rect());
}

void SankeyWidget::paint(QPainter& p, const QRect& area)
{
    p.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(area.adjusted(12, 8, -12, 0), Qt::AlignLeft | Qt::AlignTop,
        tr("The %n largest enterprise investment flows between regions (band width: subscribed capital)",
            nullptr, int(m_flows.size())));
    p.setFont(font());
    if (m_flows.isEmpty()) {
        p.drawText(area, Qt::AlignCenter, tr("No flows between regions in this view."));
        return;
    }
    QMap<QString, double> out, in;
    double total = 0;
    for (const auto& f : m_flows) {
        out[f.from] += f.capital;
        in[f.to] += f.capital;
        total += f.capital;
    }
    auto order = [](const QMap<QString, double>& m) {
        QList<QString> keys = m.keys();
        std::sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) { return m[a] > m[b]; });
        return keys;
    };
    const QList<QString> left = order(out), right = order(in);
    const QRect r = area.adjusted(130, 40, -130, -16);
    const double gap = 6;
    const double scaleL = (r.height() - gap * (left.size() - 1)) / total;
    const double scaleR = (r.height() - gap * (right.size() - 1)) / total;
    const double scale = std::max(0.0, std::min(scaleL, scaleR));
    QHash<QString, QRectF> lBox, rBox;
    QHash<QString, QColor> colour;
    double y = r.top();
    int i = 0;
    for (const QString& k : left) {
        const double h = std::max(2.0, out[k] * scale);
        lBox.insert(k, QRectF(r.left(), y, 14, h));
        colour.insert(k, QColor::fromHsvF(std::fmod(0.07 + 0.13 * i++, 1.0), 0.65, 0.85));
        y += h + gap;
    }
    y = r.top();
    for (const QString& k : right) {
        const double h = std::max(2.0, in[k] * scale);
        rBox.insert(k, QRectF(r.right() - 14, y, 14, h));
        y += h + gap;
    }
    QHash<QString, double> lUsed, rUsed;
    for (const auto& f : m_flows) {
        const QRectF a = lBox[f.from], b = rBox[f.to];
        const double h = std::max(1.0, f.capital * scale);
        const double ya = a.top() + lUsed[f.from], yb = b.top() + rUsed[f.to];
        lUsed[f.from] += h;
        rUsed[f.to] += h;
        const double x0 = a.right(), x1 = b.left(), mx = (x0 + x1) / 2;
        QPainterPath band(QPointF(x0, ya));
        band.cubicTo(QPointF(mx, ya), QPointF(mx, yb), QPointF(x1, yb));
        band.lineTo(x1, yb + h);
        band.cubicTo(QPointF(mx, yb + h), QPointF(mx, ya + h), QPointF(x0, ya + h));
        band.closeSubpath();
        QColor c = colour.value(f.from);
        c.setAlpha(120);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPath(band);
    }
    p.setPen(QColor(0x22, 0x22, 0x22));
    for (const QString& k : left) {
        p.setBrush(colour.value(k));
        p.drawRect(lBox[k]);
        p.drawText(QRectF(area.left() + 4, lBox[k].center().y() - 10, 122, 20),
            Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("%1 %2").arg(RegionLevel::shortName(k), QLocale().toString(out[k] / 1e8, 'f', 1)));
    }
    for (const QString& k : right) {
        p.setBrush(QColor(0x90, 0xa4, 0xae));
        p.drawRect(rBox[k]);
        p.drawText(QRectF(rBox[k].right() + 6, rBox[k].center().y() - 10, 122, 20),
            Qt::AlignLeft | Qt::AlignVCenter,
            QStringLiteral("%1 %2").arg(RegionLevel::shortName(k), QLocale().toString(in[k] / 1e8, 'f', 1)));
    }
    p.setPen(QColor(0x66, 0x66, 0x66));
    p.drawText(
        area.adjusted(12, 0, -12, -2), Qt::AlignRight | Qt::AlignBottom, tr("亿元 = 100 million yuan"));
}

} // namespace dj::ui
