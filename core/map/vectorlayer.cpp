#include "core/map/vectorlayer.h"

#include "core/map/maperror.h"
#include "core/map/mapview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dj::map {

namespace {

QPointF position(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
        throw MapError(VectorLayer::tr("A GeoJSON position must be [longitude, latitude]."));
    const double lon = a[0].toDouble(), lat = a[1].toDouble();
    if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180.0 || std::abs(lat) > 90.0)
        throw MapError(
            VectorLayer::tr("The GeoJSON position [%1, %2] is outside the WGS-84 range.").arg(lon).arg(lat));
    return { lon, lat };
}

QList<QPointF> positions(const QJsonValue& v)
{
    if (!v.isArray())
        throw MapError(VectorLayer::tr("GeoJSON coordinates must be arrays."));
    QList<QPointF> out;
    for (const QJsonValue& p : v.toArray())
        out << position(p);
    return out;
}

Geometry::Polygon polygon(const QJsonValue& v)
{
    Geometry::Polygon poly;
    for (const QJsonValue& ring : v.toArray()) {
        QList<QPointF> r = positions(ring);
        if (r.size() < 4)
            throw MapError(VectorLayer::tr("A GeoJSON polygon ring needs at least four positions."));
        poly << r;
    }
    if (poly.isEmpty())
        throw MapError(VectorLayer::tr("A GeoJSON polygon has no rings."));
    return poly;
}

QJsonArray jsonPosition(QPointF p)
{
    return QJsonArray { p.x(), p.y() };
}

QJsonArray jsonPositions(const QList<QPointF>& pts)
{
    QJsonArray a;
    for (const QPointF& p : pts)
        a.append(jsonPosition(p));
    return a;
}

QJsonArray jsonPolygon(const Geometry::Polygon& poly)
{
    QJsonArray rings;
    for (const Geometry::Ring& r : poly) {
        // GeoJSON rings are closed: first position repeated at the end.
        QList<QPointF> ring = r;
        if (!ring.isEmpty() && ring.first() != ring.last())
            ring << ring.first();
        rings.append(jsonPositions(ring));
    }
    return rings;
}

} // namespace

void Feature::updateBounds()
{
    QList<QPointF> all = points;
    for (const auto& l : std::as_const(lines))
        all += l;
    for (const auto& p : std::as_const(polygons))
        if (!p.isEmpty())
            all += p.first();
    bounds = Geometry::boundsOf(all);
}

VectorLayer::VectorLayer(QString name, VectorStyle style)
    : m_name(std::move(name))
    , m_style(std::move(style))
{
}

void VectorLayer::addFeature(Feature feature)
{
    if (feature.bounds.isNull())
        feature.updateBounds();
    m_features.append(std::move(feature));
}

Feature VectorLayer::parseGeometry(const QJsonObject& g)
{
    Feature f;
    const QString type = g.value(u"type"_s).toString();
    const QJsonValue c = g.value(u"coordinates"_s);
    if (type == u"Point") {
        f.type = Feature::Type::Point;
        f.points << position(c);
    } else if (type == u"MultiPoint") {
        f.type = Feature::Type::Point;
        f.points = positions(c);
    } else if (type == u"LineString") {
        f.type = Feature::Type::Line;
        f.lines << positions(c);
    } else if (type == u"MultiLineString") {
        f.type = Feature::Type::Line;
        for (const QJsonValue& l : c.toArray())
            f.lines << positions(l);
    } else if (type == u"Polygon") {
        f.type = Feature::Type::Polygon;
        f.polygons << polygon(c);
    } else if (type == u"MultiPolygon") {
        f.type = Feature::Type::Polygon;
        for (const QJsonValue& p : c.toArray())
            f.polygons << polygon(p);
    } else {
        throw MapError(tr("Unsupported GeoJSON geometry type \"%1\".").arg(type));
    }
    if (f.points.isEmpty() && f.lines.isEmpty() && f.polygons.isEmpty())
        throw MapError(tr("The GeoJSON geometry has no coordinates."));
    f.updateBounds();
    return f;
}

void VectorLayer::addGeoJson(const QByteArray& json, const QString& labelKey)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw MapError(tr("Not valid GeoJSON: %1 (at byte %2).").arg(err.errorString()).arg(err.offset));
    QList<Feature> parsed;
    auto takeFeature = [&](const QJsonObject& o) {
        Feature f = parseGeometry(o.value(u"geometry"_s).toObject());
        f.properties = o.value(u"properties"_s).toObject().toVariantMap();
        f.id = o.value(u"id"_s).toVariant().toString();
        if (!labelKey.isEmpty())
            f.label = f.properties.value(labelKey).toString();
        parsed << f;
    };
    const QJsonObject root = doc.object();
    const QString type = root.value(u"type"_s).toString();
    if (type == u"FeatureCollection") {
        for (const QJsonValue& v : root.value(u"features"_s).toArray())
            takeFeature(v.toObject());
    } else if (type == u"Feature") {
        takeFeature(root);
    } else {
        parsed << parseGeometry(root);
    }
    m_features += parsed; // all or nothing: a bad feature above threw before anything was added
}

QJsonObject VectorLayer::geometryToJson(const Feature& f)
{
    switch (f.type) {
    case Feature::Type::Point:
        if (f.points.size() == 1)
            return { { u"type"_s, u"Point"_s }, { u"coordinates"_s, jsonPosition(f.points.first()) } };
        return { { u"type"_s, u"MultiPoint"_s }, { u"coordinates"_s, jsonPositions(f.points) } };
    case Feature::Type::Line: {
        if (f.lines.size() == 1)
            return { { u"type"_s, u"LineString"_s }, { u"coordinates"_s, jsonPositions(f.lines.first()) } };
        QJsonArray lines;
        for (const auto& l : f.lines)
            lines.append(jsonPositions(l));
        return { { u"type"_s, u"MultiLineString"_s }, { u"coordinates"_s, lines } };
    }
    case Feature::Type::Polygon:
        break;
    }
    if (f.polygons.size() == 1)
        return { { u"type"_s, u"Polygon"_s }, { u"coordinates"_s, jsonPolygon(f.polygons.first()) } };
    QJsonArray polys;
    for (const auto& p : f.polygons)
        polys.append(jsonPolygon(p));
    return { { u"type"_s, u"MultiPolygon"_s }, { u"coordinates"_s, polys } };
}

QByteArray VectorLayer::toGeoJson() const
{
    QJsonArray features;
    for (const Feature& f : m_features) {
        QJsonObject props = QJsonObject::fromVariantMap(f.properties);
        if (!f.label.isEmpty() && !props.contains(u"name"_s))
            props.insert(u"name"_s, f.label);
        QJsonObject out { { u"type"_s, u"Feature"_s }, { u"properties"_s, props },
            { u"geometry"_s, geometryToJson(f) } };
        if (!f.id.isEmpty())
            out.insert(u"id"_s, f.id);
        features.append(out);
    }
    const QJsonObject root { { u"type"_s, u"FeatureCollection"_s }, { u"features"_s, features } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int VectorLayer::hitTest(const MapView& view, QPointF screenPos, double tolerancePx) const
{
    for (qsizetype i = m_features.size() - 1; i >= 0; --i) {
        const Feature& f = m_features[i];
        auto toScreen = [&](const QList<QPointF>& pts) {
            QList<QPointF> out;
            out.reserve(pts.size());
            for (const QPointF& p : pts)
                out << view.toScreen(p);
            return out;
        };
        switch (f.type) {
        case Feature::Type::Point:
            for (const QPointF& p : f.points) {
                const QPointF s = view.toScreen(p);
                if (std::hypot(s.x() - screenPos.x(), s.y() - screenPos.y())
                    <= tolerancePx + styleOf(f).pointRadius)
                    return int(i);
            }
            break;
        case Feature::Type::Line:
            for (const auto& l : f.lines)
                if (Geometry::distanceToPolyline(screenPos, toScreen(l))
                    <= tolerancePx + styleOf(f).strokeWidth / 2)
                    return int(i);
            break;
        case Feature::Type::Polygon:
            for (const auto& poly : f.polygons) {
                Geometry::Polygon sp;
                for (const auto& ring : poly)
                    sp << toScreen(ring);
                if (Geometry::pointInPolygon(screenPos, sp))
                    return int(i);
            }
            break;
        }
    }
    return -1;
}

} // namespace dj::map
