#include "core/map/labelplacer.h"

#include <QFontMetricsF>

namespace dj::map {

LabelPlacer::LabelPlacer(const QFont& font, double gapPx)
    : m_font(font)
    , m_gap(gapPx)
{
}

void LabelPlacer::reserve(const QRectF& rect)
{
    m_taken << rect;
}

bool LabelPlacer::isFree(const QRectF& r) const
{
    for (const QRectF& t : m_taken)
        if (t.intersects(r))
            return false;
    return true;
}

bool LabelPlacer::place(const QString& text, QPointF anchor, double markerPx)
{
    if (text.isEmpty())
        return false;
    const QFontMetricsF fm(m_font);
    const QSizeF s(fm.horizontalAdvance(text) + 2, fm.height());
    const double d = markerPx + m_gap;
    const QRectF candidates[] = {
        QRectF(QPointF(anchor.x() + d, anchor.y() - s.height() / 2), s),
        QRectF(QPointF(anchor.x() - d - s.width(), anchor.y() - s.height() / 2), s),
        QRectF(QPointF(anchor.x() - s.width() / 2, anchor.y() - d - s.height()), s),
        QRectF(QPointF(anchor.x() - s.width() / 2, anchor.y() + d), s),
    };
    for (const QRectF& r : candidates) {
        if (isFree(r)) {
            m_taken << r;
            m_placed << Placed { text, r };
            return true;
        }
    }
    return false;
}

} // namespace dj::map
