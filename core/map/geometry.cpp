#include "core/map/geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dj::map::Geometry {

bool pointInRing(QPointF p, const Ring& ring)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF& a = ring[i];
        const QPointF& b = ring[j];
        if ((a.y() > p.y()) != (b.y() > p.y())
            && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

bool pointInPolygon(QPointF p, const Polygon& polygon)
{
    if (polygon.isEmpty() || !pointInRing(p, polygon.first()))
        return false;
    for (qsizetype i = 1; i < polygon.size(); ++i)
        if (pointInRing(p, polygon[i]))
            return false;
    return true;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

double distanceToPolyline(QPointF p, const QList<QPointF>& line)
{
    if (line.isEmpty())
        return std::numeric_limits<double>::infinity();
    if (line.size() == 1)
        return std::hypot(p.x() - line[0].x(), p.y() - line[0].y());
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 1; i < line.size(); ++i)
        best = std::min(best, distanceToSegment(p, line[i - 1], line[i]));
    return best;
}

QRectF boundsOf(const QList<QPointF>& points)
{
    if (points.isEmpty())
        return {};
    double x0 = points[0].x(), x1 = x0, y0 = points[0].y(), y1 = y0;
    for (const QPointF& q : points) {
        x0 = std::min(x0, q.x());
        x1 = std::max(x1, q.x());
        y0 = std::min(y0, q.y());
        y1 = std::max(y1, q.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace dj::map::Geometry
