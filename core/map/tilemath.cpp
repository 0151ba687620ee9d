#include "core/map/tilemath.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dj::map::TileMath {

double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

QPointF lonLatToUnit(double lon, double lat)
{
    lat = std::clamp(lat, -kMaxLatitude, kMaxLatitude);
    const double x = lon / 360.0 + 0.5;
    const double s = std::sin(lat * std::numbers::pi / 180.0);
    const double y = 0.5 - 0.25 * std::log((1.0 + s) / (1.0 - s)) / std::numbers::pi;
    return { x, y };
}

QPointF unitToLonLat(QPointF unit)
{
    const double lon = (unit.x() - 0.5) * 360.0;
    const double n = std::numbers::pi * (1.0 - 2.0 * unit.y());
    const double lat = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
    return { lon, lat };
}

QPointF lonLatToWorld(QPointF lonLat, double zoom)
{
    return lonLatToUnit(lonLat.x(), lonLat.y()) * worldSize(zoom);
}

QPointF worldToLonLat(QPointF world, double zoom)
{
    return unitToLonLat(world / worldSize(zoom));
}

TileId tileAt(QPointF lonLat, int zoom)
{
    const QPointF u = lonLatToUnit(lonLat.x(), lonLat.y());
    const int n = 1 << zoom;
    const int x = std::clamp(int(std::floor(u.x() * n)), 0, n - 1);
    const int y = std::clamp(int(std::floor(u.y() * n)), 0, n - 1);
    return { zoom, x, y };
}

QPointF tileOrigin(const TileId& tile)
{
    const double n = double(1 << tile.z);
    return unitToLonLat({ tile.x / n, tile.y / n });
}

QRectF tileLonLatBounds(const TileId& tile)
{
    const QPointF nw = tileOrigin(tile);
    const QPointF se = tileOrigin({ tile.z, tile.x + 1, tile.y + 1 });
    return QRectF(QPointF(nw.x(), nw.y()), QPointF(se.x(), se.y()));
}

double metresPerPixel(double lat, double zoom)
{
    return std::cos(lat * std::numbers::pi / 180.0) * 2.0 * std::numbers::pi * kEarthRadius / worldSize(zoom);
}

int flipY(int y, int zoom)
{
    return (1 << zoom) - 1 - y;
}

double distanceMetres(QPointF a, QPointF b)
{
    constexpr double d2r = std::numbers::pi / 180.0;
    const double dLat = (b.y() - a.y()) * d2r;
    const double dLon = (b.x() - a.x()) * d2r;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.y() * d2r) * std::cos(b.y() * d2r) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace dj::map::TileMath
