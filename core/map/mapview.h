#pragma once

#include "core/map/tilesource.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace dj::map {

/// The viewport: centre, fractional zoom, pixel size and the frame (CRS) of the base layer.
///
/// Data is WGS-84; when the base layer is GCJ-02 (高德) or BD-09 every data coordinate is shifted into that
/// frame (core/geo's CoordTransform) before projection, so points sit on the right street.
class MapView
{
public:
    MapView();

    /// Centre in WGS-84 lon/lat.
    QPointF center() const;
    void setCenter(QPointF wgsLonLat);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    QSizeF size() const { return m_size; }
    void setSize(QSizeF size) { m_size = size; }
    Crs crs() const { return m_crs; }
    /// Changes the frame keeping the same WGS-84 centre.
    void setCrs(Crs crs);
    double minZoom() const { return m_minZoom; }
    double maxZoom() const { return m_maxZoom; }
    void setZoomRange(double minZoom, double maxZoom);

    /// WGS-84 lon/lat to screen pixels and back.
    QPointF toScreen(QPointF wgsLonLat) const;
    QPointF toLonLat(QPointF screen) const;
    /// A WGS-84 unit-square point (cluster index coordinates) to screen pixels.
    QPointF unitToScreen(QPointF wgsUnit) const;
    /// Screen pixels to the display frame's unit square (tile grid space).
    QPointF screenToDisplayUnit(QPointF screen) const;
    QPointF displayUnitToScreen(QPointF unit) const;
    /// The WGS-84 unit box covering the screen plus a margin in pixels (cluster and selection queries).
    QRectF dataUnitBox(double marginPx = 0) const;

    /// Zooms to newZoom keeping the map point under screenPos where it is (cursor-anchored zoom).
    void zoomAt(QPointF screenPos, double newZoom);
    /// Moves the map with the pointer by a screen delta.
    void panBy(QPointF screenDelta);
    /// Centres on a WGS-84 box and picks the largest zoom at which it fits (with padding in pixels).
    void fitLonLatBox(const QRectF& lonLatBox, double paddingPx = 40);
    double metresPerPixel() const;
    double worldSize() const;

    static QPointF toCrs(QPointF wgsLonLat, Crs crs);
    static QPointF fromCrs(QPointF lonLat, Crs crs);

private:
    void clampCenter();
    QPointF m_centerUnit { 0.5, 0.5 }; ///< display-frame unit coordinates
    double m_zoom = 3;
    QSizeF m_size { 800, 600 };
    Crs m_crs = Crs::Wgs84;
    double m_minZoom = 1;
    double m_maxZoom = 20;
};

} // namespace dj::map
