#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
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
    /// Labels must lie wholly inside bounds (the visible frame): one that would be cut off at an edge goes
    /// to another side of its anchor, or is left out. Unbounded until set.
    void setBounds(const QRectF& bounds) { m_bounds = bounds; }
    /// Tries to place text next to an anchor that has a marker of radius markerPx; true when placed.
    bool place(const QString& text, QPointF anchor, double markerPx = 0);
    const QList<Placed>& placed() const { return m_placed; }

private:
    bool isFree(const QRectF& r) const;
    void take(const QRectF& r);
    template <typename F> void forCells(const QRectF& r, F&& f) const;
    QFont m_font;
    QFontMetricsF m_metrics;
    double m_gap;
    QRectF m_bounds;
    QList<QRectF> m_taken;
    /// Taken rectangles by 64-px grid cell: a frame reserves ~1,000 marker discs and tries hundreds of
    /// labels, and testing each candidate against every rectangle cost milliseconds.
    QHash<quint64, QList<int>> m_grid;
    QList<Placed> m_placed;
};

} // namespace dj::map
