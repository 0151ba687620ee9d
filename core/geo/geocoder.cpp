#include "core/geo/geocoder.h"

#include "core/common/logging.h"
#include "core/common/progress.h"
#include "core/geo/addressnormalizer.h"
#include "core/geo/regioncentres.h"
#include "core/store/database.h"

#include <algorithm>
#include <cmath>

namespace dj::geo {

namespace {

// Leading numeric part of a house number: 100号 → 100, 100-102号 → 101, 188弄5号 → 188 (the lane).
double houseNumber(const QString& number)
{
    qsizetype i = 0;
    while (i < number.size() && number.at(i).isDigit())
        ++i;
    if (i == 0)
        return -1.0;
    double v = QStringView(number).left(i).toDouble();
    if (i < number.size() && number.at(i) == u'-') {
        qsizetype j = i + 1;
        while (j < number.size() && number.at(j).isDigit())
            ++j;
        if (j > i + 1 && !number.contains(u'弄'))
            v = (v + QStringView(number).mid(i + 1, j - i - 1).toDouble()) / 2.0;
    }
    return v;
}

bool validLonLat(double lon, double lat)
{
    return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0 && lon <= 180.0 && lat >= -90.0
        && lat <= 90.0 && !(lon == 0.0 && lat == 0.0);
}

} // namespace

QString Geocoder::roadKey(const QString& region, const QString& place)
{
    return region + u'|' + place;
}

Geocoder::Geocoder(const store::Database& db, const Progress* progress)
{
    const AddressNormalizer& normalizer = AddressNormalizer::instance();
    const qint64 total
        = db.scalarInt("SELECT count(*) FROM buildings WHERE lon IS NOT NULL AND lat IS NOT NULL");
    store::Statement st = db.prepare(
        "SELECT building_id, address, region_code, lon, lat FROM buildings "
        "WHERE lon IS NOT NULL AND lat IS NOT NULL AND address IS NOT NULL ORDER BY building_id");
    qint64 done = 0;
    while (st.step()) {
        if (progress && (++done % 1000) == 0)
            progress->report(done, total, tr("Indexing building addresses"));
        const double lon = st.columnDouble(3);
        const double lat = st.columnDouble(4);
        if (!validLonLat(lon, lat))
            continue;
        const AddressParts parts = normalizer.parse(st.columnText(1), st.columnText(2));
        if (parts.buildingKey.isEmpty())
            continue;
        const LonLat pos { lon, lat };
        // Two buildings with one key (a campus under one house number): the first by id stands for it.
        if (!m_buildings.contains(parts.buildingKey))
            m_buildings.insert(parts.buildingKey, BuildingPoint { st.columnText(0), pos });
        const QString place = parts.town + parts.road;
        if (!parts.road.isEmpty() && parts.regionCode.size() == 6 && !parts.regionCode.endsWith(u"00")) {
            m_roads[roadKey(parts.regionCode, place)].append(RoadPoint { houseNumber(parts.number), pos });
            QList<QString>& counties = m_roadCounties[roadKey(parts.regionCode.left(4), place)];
            if (!counties.contains(parts.regionCode))
                counties.append(parts.regionCode);
        }
    }
    for (auto it = m_roads.begin(); it != m_roads.end(); ++it)
        std::stable_sort(it->begin(), it->end(),
            [](const RoadPoint& a, const RoadPoint& b) { return a.number < b.number; });
    qCDebug(lcGeo) << "geocoder:" << m_buildings.size() << "building keys," << m_roads.size() << "roads";
}

std::optional<LonLat> Geocoder::onRoad(const QList<RoadPoint>& points, double number) const
{
    if (points.isEmpty())
        return std::nullopt;
    QList<RoadPoint> numbered;
    for (const RoadPoint& p : points) {
        if (p.number >= 0)
            numbered.append(p);
    }
    if (number >= 0 && !numbered.isEmpty()) {
        // Linear interpolation between the nearest known numbers; beyond the ends, the nearest one.
        // Odd and even sides are not told apart: the error is the road's width.
        if (number <= numbered.front().number)
            return numbered.front().position;
        if (number >= numbered.back().number)
            return numbered.back().position;
        for (qsizetype i = 1; i < numbered.size(); ++i) {
            const RoadPoint& a = numbered.at(i - 1);
            const RoadPoint& b = numbered.at(i);
            if (number <= b.number) {
                const double t = b.number > a.number ? (number - a.number) / (b.number - a.number) : 0.0;
                return LonLat { a.position.lon + t * (b.position.lon - a.position.lon),
                    a.position.lat + t * (b.position.lat - a.position.lat) };
            }
        }
    }
    // No usable number: the mean of the road's known buildings.
    LonLat sum { 0, 0 };
    for (const RoadPoint& p : points) {
        sum.lon += p.position.lon;
        sum.lat += p.position.lat;
    }
    return LonLat { sum.lon / double(points.size()), sum.lat / double(points.size()) };
}

GeocodeResult Geocoder::geocode(QStringView address, QStringView regionCode) const
{
    GeocodeResult result;
    const AddressParts parts = AddressNormalizer::instance().parse(address, regionCode);
    result.buildingKey = parts.buildingKey;
    result.regionCode = parts.regionCode;

    if (!parts.buildingKey.isEmpty()) {
        const auto b = m_buildings.constFind(parts.buildingKey);
        if (b != m_buildings.cend()) {
            result.precision = GeoPrecision::Building;
            result.position = b->position;
            result.buildingId = b->buildingId;
            return result;
        }
    }
    if (!parts.road.isEmpty() && parts.regionCode.size() == 6) {
        const QString place = parts.town + parts.road;
        QString county = parts.regionCode;
        if (county.endsWith(u"00")) {
            // Only a prefecture written: a road name that exists in one of its counties only is enough.
            const auto c = m_roadCounties.constFind(roadKey(county.left(4), place));
            county = (c != m_roadCounties.cend() && c->size() == 1) ? c->front() : QString();
        }
        const auto r = county.isEmpty() ? m_roads.cend() : m_roads.constFind(roadKey(county, place));
        if (r != m_roads.cend()) {
            if (const auto p = onRoad(*r, houseNumber(parts.number))) {
                result.precision = GeoPrecision::Road;
                result.position = *p;
                result.regionCode = county;
                return result;
            }
        }
    }
    if (!parts.regionCode.isEmpty()) {
        if (const auto c = RegionCentres::instance().centre(parts.regionCode)) {
            result.precision = GeoPrecision::County;
            result.position = c->position;
            result.centreCode = c->code;
            return result;
        }
    }
    return result;
}

QString Geocoder::precisionName(GeoPrecision precision)
{
    switch (precision) {
    case GeoPrecision::Building:
        return QStringLiteral("building");
    case GeoPrecision::Road:
        return QStringLiteral("road");
    case GeoPrecision::County:
        return QStringLiteral("county");
    case GeoPrecision::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString Geocoder::precisionLabel(GeoPrecision precision)
{
    switch (precision) {
    case GeoPrecision::Building:
        return tr("Building");
    case GeoPrecision::Road:
        return tr("Road (approximate)");
    case GeoPrecision::County:
        return tr("County centre (approximate)");
    case GeoPrecision::Unknown:
        return tr("Not located");
    }
    return {};
}

} // namespace dj::geo
