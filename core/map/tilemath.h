#pragma once

#include <QHashFunctions>
#include <QPointF>
#include <QRectF>

namespace dj::map {

/// One 256-px XYZ tile address (Web Mercator, y grows southwards as in OSM).
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const TileId&, const TileId&) = default;
};

inline size_t qHash(const TileId& t, size_t seed = 0) noexcept
{
    return ::qHash(
        (quint64(quint32(t.z)) << 58) ^ (quint64(quint32(t.x)) << 29) ^ quint64(quint32(t.y)), seed);
}

/// Web Mercator (EPSG:3857) maths on 256-px tiles with fractional zoom.
///
/// "World pixels" at zoom z run from 0 to 256·2^z on both axes, origin at the north-west corner.
/// "Unit" coordinates are the same at zoom 0 divided by 256 (0..1), which the cluster index uses.
namespace TileMath {
constexpr double kTileSize = 256.0;
constexpr double kMaxLatitude = 85.05112877980659;
constexpr double kEarthRadius = 6378137.0;

/// Size of the world in pixels at (fractional) zoom z.
double worldSize(double zoom);
/// lon/lat (degrees) to 0..1 unit square; latitude is clamped to the Mercator limit.
QPointF lonLatToUnit(double lon, double lat);
QPointF unitToLonLat(QPointF unit);
QPointF lonLatToWorld(QPointF lonLat, double zoom);
QPointF worldToLonLat(QPointF world, double zoom);
/// The tile containing a lon/lat at an integer zoom (clamped into the grid).
TileId tileAt(QPointF lonLat, int zoom);
/// North-west corner of a tile in lon/lat.
QPointF tileOrigin(const TileId& tile);
/// Bounds of a tile as lon/lat (x = lon, y = lat; top() is the northern edge).
QRectF tileLonLatBounds(const TileId& tile);
/// Ground metres covered by one screen pixel at a latitude.
double metresPerPixel(double lat, double zoom);
/// MBTiles (TMS) row from an XYZ row and back; the same formula both ways.
int flipY(int y, int zoom);
/// Great-circle distance in metres (haversine) between two lon/lat points.
double distanceMetres(QPointF a, QPointF b);
} // namespace TileMath

} // namespace dj::map
