#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace dj::map {

/// Greedy label placement: candidates in priority order, each tried right, left, above and below its
/// anchor, kept only where it overlaps no label placed before (and no reserved area).
class LabelPlacer
{
public:
    struct Placed
    {
        QString text;
        QRectF rect; ///< where the text goes (screen pixels)
    };

    explicit LabelPlacer(const QFont& font, double gapPx = 3.0);
    /// Areas no label may cover (cluster circles, the scale bar …).
    void reserve(const QRectF& rect);
    /// Tries to place text next to an anchor that has a marker of radius markerPx; true when placed.
    bool place(const QString& text, QPointF anchor, double markerPx = 0);
    const QList<Placed>& placed() const { return m_placed; }

private:
    bool isFree(const QRectF& r) const;
    QFont m_font;
    double m_gap;
    QList<QRectF> m_taken;
    QList<Placed> m_placed;
};

} // namespace dj::map
