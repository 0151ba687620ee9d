#include "core/geo/coordtransform.h"

#include <cmath>
#include <numbers>

namespace dj::geo {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kA = 6378245.0; // Krasovsky 1940 semi-major axis
constexpr double kEe = 0.00669342162296594323; // Krasovsky first eccentricity squared
constexpr double kXPi = kPi * 3000.0 / 180.0; // BD-09 rotation factor

double offsetLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double offsetLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

// The GCJ-02 offset without the rectangle test (the inverse iterates on it).
LonLat gcjOffset(LonLat p)
{
    double dLat = offsetLat(p.lon - 105.0, p.lat - 35.0);
    double dLon = offsetLon(p.lon - 105.0, p.lat - 35.0);
    const double radLat = p.lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1.0 - kEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kA * (1.0 - kEe)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return { dLon, dLat };
}

} // namespace

bool CoordTransform::isInChina(double lon, double lat)
{
    return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

LonLat CoordTransform::wgs84ToGcj02(LonLat p)
{
    if (!isInChina(p))
        return p;
    const LonLat d = gcjOffset(p);
    return { p.lon + d.lon, p.lat + d.lat };
}

LonLat CoordTransform::gcj02ToWgs84(LonLat p)
{
    if (!isInChina(p))
        return p;
    // The offset changes by well under 1e-4 per degree, so the fixed-point map w ← g − offset(w) is a
    // strong contraction: 3–5 rounds reach 1e-12°. The cap guards against NaN input only.
    LonLat w = p;
    for (int i = 0; i < 30; ++i) {
        const LonLat d = gcjOffset(w);
        const LonLat next { p.lon - d.lon, p.lat - d.lat };
        const bool done = std::abs(next.lon - w.lon) < 1e-12 && std::abs(next.lat - w.lat) < 1e-12;
        w = next;
        if (done)
            break;
    }
    return w;
}

LonLat CoordTransform::gcj02ToBd09(LonLat p)
{
    if (!isInChina(p))
        return p;
    const double z = std::sqrt(p.lon * p.lon + p.lat * p.lat) + 0.00002 * std::sin(p.lat * kXPi);
    const double theta = std::atan2(p.lat, p.lon) + 0.000003 * std::cos(p.lon * kXPi);
    return { z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006 };
}

LonLat CoordTransform::bd09ToGcj02(LonLat p)
{
    if (!isInChina(p))
        return p;
    const double x = p.lon - 0.0065;
    const double y = p.lat - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kXPi);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kXPi);
    return { z * std::cos(theta), z * std::sin(theta) };
}

LonLat CoordTransform::convert(LonLat p, CoordSystem from, CoordSystem to)
{
    if (from == to)
        return p;
    // Everything goes through GCJ-02, the system the other two are defined against.
    LonLat g = p;
    if (from == CoordSystem::Wgs84)
        g = wgs84ToGcj02(p);
    else if (from == CoordSystem::Bd09)
        g = bd09ToGcj02(p);
    switch (to) {
    case CoordSystem::Gcj02:
        return g;
    case CoordSystem::Wgs84:
        return gcj02ToWgs84(g);
    case CoordSystem::Bd09:
        return gcj02ToBd09(g);
    }
    return g;
}

QGeoCoordinate CoordTransform::convert(const QGeoCoordinate& c, CoordSystem from, CoordSystem to)
{
    if (!c.isValid())
        return c;
    const LonLat r = convert(LonLat { c.longitude(), c.latitude() }, from, to);
    QGeoCoordinate out(r.lat, r.lon);
    if (c.type() == QGeoCoordinate::Coordinate3D)
        out.setAltitude(c.altitude());
    return out;
}

std::optional<CoordSystem> CoordTransform::parseSystem(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("wgs84"))
        return CoordSystem::Wgs84;
    if (n == QLatin1String("gcj02"))
        return CoordSystem::Gcj02;
    if (n == QLatin1String("bd09"))
        return CoordSystem::Bd09;
    return std::nullopt;
}

QString CoordTransform::systemName(CoordSystem system)
{
    switch (system) {
    case CoordSystem::Wgs84:
        return QStringLiteral("wgs84");
    case CoordSystem::Gcj02:
        return QStringLiteral("gcj02");
    case CoordSystem::Bd09:
        return QStringLiteral("bd09");
    }
    return {};
}

QString CoordTransform::displayName(CoordSystem system)
{
    switch (system) {
    case CoordSystem::Wgs84:
        return tr("WGS-84 (GPS, OpenStreetMap, Tianditu)");
    case CoordSystem::Gcj02:
        return tr("GCJ-02 (Amap, Tencent)");
    case CoordSystem::Bd09:
        return tr("BD-09 (Baidu)");
    }
    return {};
}

double CoordTransform::distanceMetres(LonLat a, LonLat b)
{
    constexpr double kR = 6371008.8;
    const double rad = kPi / 180.0;
    const double dLat = (b.lat - a.lat) * rad;
    const double dLon = (b.lon - a.lon) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kR * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace dj::geo
