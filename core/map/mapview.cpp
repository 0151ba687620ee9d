#include "core/map/mapview.h"

#include "core/geo/coordtransform.h"
#include "core/map/tilemath.h"

#include <algorithm>
#include <cmath>

namespace dj::map {

namespace {
geo::CoordSystem system(Crs crs)
{
    switch (crs) {
    case Crs::Gcj02:
        return geo::CoordSystem::Gcj02;
    case Crs::Bd09:
        return geo::CoordSystem::Bd09;
    case Crs::Wgs84:
        break;
    }
    return geo::CoordSystem::Wgs84;
}
} // namespace

MapView::MapView()
{
    setCenter({ 116.397, 39.909 });
}

QPointF MapView::toCrs(QPointF wgs, Crs crs)
{
    if (crs == Crs::Wgs84)
        return wgs;
    const geo::LonLat r = geo::CoordTransform::convert(
        geo::LonLat { wgs.x(), wgs.y() }, geo::CoordSystem::Wgs84, system(crs));
    return { r.lon, r.lat };
}

QPointF MapView::fromCrs(QPointF p, Crs crs)
{
    if (crs == Crs::Wgs84)
        return p;
    const geo::LonLat r
        = geo::CoordTransform::convert(geo::LonLat { p.x(), p.y() }, system(crs), geo::CoordSystem::Wgs84);
    return { r.lon, r.lat };
}

QPointF MapView::center() const
{
    return fromCrs(TileMath::unitToLonLat(m_centerUnit), m_crs);
}

void MapView::setCenter(QPointF wgs)
{
    const QPointF d = toCrs(wgs, m_crs);
    m_centerUnit = TileMath::lonLatToUnit(d.x(), d.y());
    clampCenter();
}

void MapView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
}

void MapView::setCrs(Crs crs)
{
    const QPointF c = center();
    m_crs = crs;
    setCenter(c);
}

void MapView::setZoomRange(double minZoom, double maxZoom)
{
    m_minZoom = minZoom;
    m_maxZoom = std::max(minZoom, maxZoom);
    setZoom(m_zoom);
}

double MapView::worldSize() const
{
    return TileMath::worldSize(m_zoom);
}

QPointF MapView::displayUnitToScreen(QPointF unit) const
{
    const double ws = worldSize();
    return { (unit.x() - m_centerUnit.x()) * ws + m_size.width() / 2,
        (unit.y() - m_centerUnit.y()) * ws + m_size.height() / 2 };
}

QPointF MapView::screenToDisplayUnit(QPointF screen) const
{
    const double ws = worldSize();
    return { m_centerUnit.x() + (screen.x() - m_size.width() / 2) / ws,
        m_centerUnit.y() + (screen.y() - m_size.height() / 2) / ws };
}

QPointF MapView::toScreen(QPointF wgs) const
{
    const QPointF d = toCrs(wgs, m_crs);
    return displayUnitToScreen(TileMath::lonLatToUnit(d.x(), d.y()));
}

QPointF MapView::toLonLat(QPointF screen) const
{
    return fromCrs(TileMath::unitToLonLat(screenToDisplayUnit(screen)), m_crs);
}

QPointF MapView::unitToScreen(QPointF wgsUnit) const
{
    if (m_crs == Crs::Wgs84)
        return displayUnitToScreen(wgsUnit);
    return toScreen(TileMath::unitToLonLat(wgsUnit));
}

QRectF MapView::dataUnitBox(double marginPx) const
{
    const QPointF a = screenToDisplayUnit({ -marginPx, -marginPx });
    const QPointF b = screenToDisplayUnit({ m_size.width() + marginPx, m_size.height() + marginPx });
    QRectF box(a, b);
    if (m_crs != Crs::Wgs84) {
        // The GCJ/BD shift is at most ~1 km; convert the corners and pad by the shift at the centre.
        const QPointF wa = fromCrs(TileMath::unitToLonLat(a), m_crs);
        const QPointF wb = fromCrs(TileMath::unitToLonLat(b), m_crs);
        box = QRectF(TileMath::lonLatToUnit(wa.x(), wa.y()), TileMath::lonLatToUnit(wb.x(), wb.y()))
                  .normalized();
        const double pad = 2e-5; // ≈ 800 m in unit coordinates
        box.adjust(-pad, -pad, pad, pad);
    }
    return box;
}

void MapView::zoomAt(QPointF screenPos, double newZoom)
{
    const QPointF anchor = screenToDisplayUnit(screenPos);
    setZoom(newZoom);
    const double ws = worldSize();
    m_centerUnit = anchor
        - QPointF((screenPos.x() - m_size.width() / 2) / ws, (screenPos.y() - m_size.height() / 2) / ws);
    clampCenter();
}

void MapView::panBy(QPointF delta)
{
    m_centerUnit -= delta / worldSize();
    clampCenter();
}

void MapView::fitLonLatBox(const QRectF& box, double paddingPx)
{
    const QRectF b = box.normalized();
    const QPointF nw = toCrs({ b.left(), b.bottom() }, m_crs);
    const QPointF se = toCrs({ b.right(), b.top() }, m_crs);
    const QPointF u0 = TileMath::lonLatToUnit(nw.x(), nw.y());
    const QPointF u1 = TileMath::lonLatToUnit(se.x(), se.y());
    const double w = std::max(std::abs(u1.x() - u0.x()), 1e-12);
    const double h = std::max(std::abs(u1.y() - u0.y()), 1e-12);
    const double availW = std::max(16.0, m_size.width() - 2 * paddingPx);
    const double availH = std::max(16.0, m_size.height() - 2 * paddingPx);
    const double z = std::log2(std::min(availW / w, availH / h) / TileMath::kTileSize);
    setZoom(z);
    m_centerUnit = (u0 + u1) / 2;
    clampCenter();
}

double MapView::metresPerPixel() const
{
    return TileMath::metresPerPixel(center().y(), m_zoom);
}

void MapView::clampCenter()
{
    m_centerUnit.setX(std::clamp(m_centerUnit.x(), 0.0, 1.0));
    m_centerUnit.setY(std::clamp(m_centerUnit.y(), 0.0, 1.0));
}

} // namespace dj::map
