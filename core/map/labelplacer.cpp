#include "core/map/labelplacer.h"

#include <cmath>

namespace dj::map {

namespace {
constexpr double kCell = 64.0;
}

LabelPlacer::LabelPlacer(const QFont& font, double gapPx)
    : m_font(font)
    , m_metrics(font)
    , m_gap(gapPx)
{
}

template <typename F> void LabelPlacer::forCells(const QRectF& r, F&& f) const
{
    const qint64 x0 = qint64(std::floor(r.left() / kCell)), x1 = qint64(std::floor(r.right() / kCell));
    const qint64 y0 = qint64(std::floor(r.top() / kCell)), y1 = qint64(std::floor(r.bottom() / kCell));
    for (qint64 y = y0; y <= y1; ++y)
        for (qint64 x = x0; x <= x1; ++x)
            if (!f((quint64(quint32(qint32(x))) << 32) | quint32(qint32(y))))
                return;
}

void LabelPlacer::take(const QRectF& r)
{
    const int index = int(m_taken.size());
    m_taken << r;
    forCells(r, [&](quint64 cell) {
        m_grid[cell] << index;
        return true;
    });
}

void LabelPlacer::reserve(const QRectF& rect)
{
    take(rect);
}

bool LabelPlacer::isFree(const QRectF& r) const
{
    bool free = true;
    forCells(r, [&](quint64 cell) {
        const auto it = m_grid.constFind(cell);
        if (it != m_grid.cend())
            for (int i : *it)
                if (m_taken[i].intersects(r)) {
                    free = false;
                    return false;
                }
        return true;
    });
    return free;
}

bool LabelPlacer::place(const QString& text, QPointF anchor, double markerPx)
{
    if (text.isEmpty())
        return false;
    const QSizeF s(m_metrics.horizontalAdvance(text) + 2, m_metrics.height());
    const double d = markerPx + m_gap;
    const QRectF candidates[] = {
        QRectF(QPointF(anchor.x() + d, anchor.y() - s.height() / 2), s),
        QRectF(QPointF(anchor.x() - d - s.width(), anchor.y() - s.height() / 2), s),
        QRectF(QPointF(anchor.x() - s.width() / 2, anchor.y() - d - s.height()), s),
        QRectF(QPointF(anchor.x() - s.width() / 2, anchor.y() + d), s),
    };
    for (const QRectF& r : candidates) {
        if ((m_bounds.isNull() || m_bounds.contains(r)) && isFree(r)) {
            take(r);
            m_placed << Placed { text, r };
            return true;
        }
    }
    return false;
}

} // namespace dj::map
