#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace dj::map::Geometry {

using Ring = QList<QPointF>;
using Polygon = QList<Ring>; ///< outer ring first, then holes

/// Even-odd test against one ring (closed or not).
bool pointInRing(QPointF p, const Ring& ring);
/// Inside the outer ring and outside every hole.
bool pointInPolygon(QPointF p, const Polygon& polygon);
double distanceToSegment(QPointF p, QPointF a, QPointF b);
double distanceToPolyline(QPointF p, const QList<QPointF>& line);
QRectF boundsOf(const QList<QPointF>& points);

} // namespace dj::map::Geometry
