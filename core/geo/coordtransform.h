#pragma once

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QString>
#include <QStringView>
#include <optional>

namespace dj::geo {

/// The three coordinate systems met in Chinese map data (domain.md, Maps).
enum class CoordSystem {
    Wgs84, ///< GPS, OpenStreetMap, 天地图 (CGCS2000 differs by centimetres); what the cache stores
    Gcj02, ///< 国测局 "火星坐标": 高德, Tencent, Google China tiles
    Bd09, ///< Baidu: GCJ-02 with a second offset
};

/// Longitude / latitude in degrees.
struct LonLat
{
    double lon = 0.0;
    double lat = 0.0;
};

/// Conversions between WGS-84, GCJ-02 and BD-09 with the public formulas (Krasovsky ellipsoid
/// a = 6378245.0, ee = 0.00669342162296594323, offset polynomials around (105, 35); BD-09 with
/// x_pi = π·3000/180). Every function is pure and thread-safe.
///
/// "Outside China" is the rectangle most public implementations use (gcoord, coordtransform,
/// eviltransform): longitude 72.004–137.8347 E, latitude 0.8293–55.8271 N, bounds inclusive. Points
/// outside it are returned unchanged by every conversion, including BD-09 (domain.md). The rectangle
/// is coarse on purpose: it is what the tile providers' own SDKs test, so using a finer border would
/// put our points off their tiles near the border.
class CoordTransform
{
    Q_DECLARE_TR_FUNCTIONS(CoordTransform)
public:
    static bool isInChina(double lon, double lat);
    static bool isInChina(LonLat p) { return isInChina(p.lon, p.lat); }

    static LonLat wgs84ToGcj02(LonLat p);
    /// Inverse of wgs84ToGcj02 by fixed-point iteration; the residual is below 1e-9° (≈ 0.1 mm).
    static LonLat gcj02ToWgs84(LonLat p);
    static LonLat gcj02ToBd09(LonLat p);
    static LonLat bd09ToGcj02(LonLat p);

    /// Any system to any other (identity when from == to).
    static LonLat convert(LonLat p, CoordSystem from, CoordSystem to);
    /// Same for a QGeoCoordinate; altitude is kept, an invalid coordinate is returned as is.
    static QGeoCoordinate convert(const QGeoCoordinate& c, CoordSystem from, CoordSystem to);

    /// "wgs84" / "gcj02" / "bd09" (case-insensitive; also "wgs-84", "gcj-02", "bd-09").
    static std::optional<CoordSystem> parseSystem(QStringView name);
    /// The CLI name: wgs84, gcj02, bd09.
    static QString systemName(CoordSystem system);
    /// Translated display name for the UI, e.g. "WGS-84 (GPS)".
    static QString displayName(CoordSystem system);

    /// Great-circle distance in metres on a sphere of radius 6,371,008.8 m (for error checks).
    static double distanceMetres(LonLat a, LonLat b);
};

} // namespace dj::geo
