#pragma once

#include "core/geo/coordtransform.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace dj {
class Progress;
}
namespace dj::store {
class Database;
}

namespace dj::geo {

/// How a geocoded point was found, best first.
enum class GeoPrecision {
    Building, ///< the address's building key matches a building of the cache
    Road, ///< a building on the same road of the same county (interpolated by house number)
    County, ///< the county's centre (or its prefecture's / province's when the county has none)
    Unknown, ///< no region could be recognised: no position
};

struct GeocodeResult
{
    GeoPrecision precision = GeoPrecision::Unknown;
    LonLat position; ///< WGS-84; meaningless when precision is Unknown
    QString buildingId; ///< for Building
    QString regionCode; ///< the region the address resolved to
    QString centreCode; ///< for County: the code whose centre was used (an ancestor after fallback)
    QString buildingKey;

    bool hasPosition() const { return precision != GeoPrecision::Unknown; }
    /// Anything but a building match is an approximation and is shown as such.
    bool isApproximate() const { return precision != GeoPrecision::Building; }
};

/// Offline geocoding against what a cache knows: its buildings (buildings.address, lon, lat), the
/// roads those buildings stand on, and the county centres shipped with the app (RegionCentres).
/// Nothing is fetched from the network. Build once per cache (reads the buildings table); geocode()
/// is const and thread-safe afterwards.
class Geocoder
{
    Q_DECLARE_TR_FUNCTIONS(Geocoder)
public:
    /// Reads every building with coordinates. Throws StoreError; Cancelled via progress.
    explicit Geocoder(const store::Database& db, const Progress* progress = nullptr);

    /// regionCode: where the address is known to be (an enterprise's registration county), optional.
    GeocodeResult geocode(QStringView address, QStringView regionCode = {}) const;

    int buildingCount() const { return int(m_buildings.size()); }
    int roadCount() const { return int(m_roads.size()); }

    static QString precisionName(GeoPrecision precision); ///< building / road / county / unknown
    static QString precisionLabel(GeoPrecision precision); ///< translated, for the UI

private:
    struct BuildingPoint
    {
        QString buildingId;
        LonLat position;
    };
    struct RoadPoint
    {
        double number = -1.0; ///< house number when numeric, −1 otherwise
        LonLat position;
    };
    QHash<QString, BuildingPoint> m_buildings; ///< building key → point
    QHash<QString, QList<RoadPoint>> m_roads; ///< county|town+road → points, sorted by number
    QHash<QString, QList<QString>> m_roadCounties; ///< prefecture(4)|town+road → counties having it

    static QString roadKey(const QString& region, const QString& place);
    std::optional<LonLat> onRoad(const QList<RoadPoint>& points, double number) const;
};

} // namespace dj::geo
