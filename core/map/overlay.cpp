#include "core/map/overlay.h"

#include "core/map/maperror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dj::map {

namespace {

QColor colourFrom(const QJsonValue& v)
{
    const QColor c = QColor::fromString(v.toString());
    return c.isValid() ? c : QColor();
}

} // namespace

QString Overlay::kindKey(OverlayKind kind)
{
    switch (kind) {
    case OverlayKind::Marker:
        return u"marker"_s;
    case OverlayKind::Road:
        return u"road"_s;
    case OverlayKind::Line:
        return u"line"_s;
    case OverlayKind::Park:
        return u"park"_s;
    case OverlayKind::Building:
        return u"building"_s;
    case OverlayKind::Area:
        break;
    }
    return u"area"_s;
}

std::optional<OverlayKind> Overlay::kindFromKey(QStringView key)
{
    for (OverlayKind k : { OverlayKind::Marker, OverlayKind::Road, OverlayKind::Line, OverlayKind::Park,
             OverlayKind::Building, OverlayKind::Area })
        if (key.compare(kindKey(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

QString Overlay::kindName(OverlayKind kind)
{
    switch (kind) {
    case OverlayKind::Marker:
        return tr("Marker");
    case OverlayKind::Road:
        return tr("Road");
    case OverlayKind::Line:
        return tr("Other line");
    case OverlayKind::Park:
        return tr("Park");
    case OverlayKind::Building:
        return tr("Building");
    case OverlayKind::Area:
        break;
    }
    return tr("Other area");
}

Feature::Type Overlay::geometryType(OverlayKind kind)
{
    switch (kind) {
    case OverlayKind::Marker:
        return Feature::Type::Point;
    case OverlayKind::Road:
    case OverlayKind::Line:
        return Feature::Type::Line;
    case OverlayKind::Park:
    case OverlayKind::Building:
    case OverlayKind::Area:
        break;
    }
    return Feature::Type::Polygon;
}

QList<OverlayKind> Overlay::kindsFor(Feature::Type type)
{
    switch (type) {
    case Feature::Type::Point:
        return { OverlayKind::Marker };
    case Feature::Type::Line:
        return { OverlayKind::Road, OverlayKind::Line };
    case Feature::Type::Polygon:
        break;
    }
    return { OverlayKind::Park, OverlayKind::Building, OverlayKind::Area };
}

QColor Overlay::defaultColour(OverlayKind kind)
{
    switch (kind) {
    case OverlayKind::Marker:
        return QColor(0xd8, 0x1b, 0x60);
    case OverlayKind::Road:
        return QColor(0xef, 0x6c, 0x00);
    case OverlayKind::Line:
        return QColor(0x55, 0x55, 0x55);
    case OverlayKind::Park:
        return QColor(0x2e, 0x7d, 0x32);
    case OverlayKind::Building:
        return QColor(0x5d, 0x40, 0x37);
    case OverlayKind::Area:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

void Overlay::setColour(const QColor& colour)
{
    stroke = colour;
    stroke.setAlpha(255);
    fill = colour;
    fill.setAlpha(kind == OverlayKind::Building ? 110 : 45);
    width = kind == OverlayKind::Road ? 4.0 : kind == OverlayKind::Line ? 2.5 : 2.0;
}

Overlay Overlay::make(OverlayKind kind, Feature geometry, const QString& name)
{
    Overlay o;
    o.kind = kind;
    o.name = name;
    o.geometry = std::move(geometry);
    o.geometry.style.reset();
    if (o.geometry.bounds.isNull()) // drawn shapes arrive without a box; the renderer culls by it
        o.geometry.updateBounds();
    o.setColour(defaultColour(kind));
    o.created = o.updated = QDateTime::currentDateTimeUtc();
    return o;
}

QJsonObject Overlay::geometryToJson(const Feature& f)
{
    return VectorLayer::geometryToJson(f);
}

QByteArray Overlay::geometryJson() const
{
    return QJsonDocument(geometryToJson(geometry)).toJson(QJsonDocument::Compact);
}

QByteArray Overlay::styleJson() const
{
    const QJsonObject o { { u"stroke"_s, stroke.name(QColor::HexRgb) },
        { u"fill"_s, fill.name(QColor::HexArgb) }, { u"width"_s, width } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void Overlay::setStyleJson(const QByteArray& json)
{
    setColour(defaultColour(kind));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (const QColor s = colourFrom(o.value(u"stroke"_s)); s.isValid())
        setColour(s);
    if (const QColor f = colourFrom(o.value(u"fill"_s)); f.isValid())
        fill = f;
    const double w = o.value(u"width"_s).toDouble(0);
    if (std::isfinite(w) && w > 0 && w <= 20)
        width = w;
}

QJsonObject Overlay::toGeoJsonFeature() const
{
    QJsonObject props { { u"name"_s, name }, { u"kind"_s, kindKey(kind) },
        { u"stroke"_s, stroke.name(QColor::HexRgb) }, { u"fill"_s, fill.name(QColor::HexArgb) },
        { u"stroke-width"_s, width } };
    if (created.isValid())
        props.insert(u"created"_s, created.toString(Qt::ISODate));
    if (updated.isValid())
        props.insert(u"updated"_s, updated.toString(Qt::ISODate));
    QJsonObject f { { u"type"_s, u"Feature"_s }, { u"properties"_s, props },
        { u"geometry"_s, geometryToJson(geometry) } };
    if (id > 0)
        f.insert(u"id"_s, id);
    return f;
}

Feature Overlay::toFeature() const
{
    Feature f = geometry;
    f.id = QString::number(id);
    f.label = name;
    auto style = std::make_shared<VectorStyle>();
    style->stroke = stroke;
    style->fill = fill;
    style->strokeWidth = width;
    style->pointRadius = 6.0;
    f.style = std::move(style);
    return f;
}

QByteArray Overlay::exportGeoJson(const QList<Overlay>& overlays)
{
    QJsonArray features;
    for (const Overlay& o : overlays)
        features.append(o.toGeoJsonFeature());
    const QJsonObject root { { u"type"_s, u"FeatureCollection"_s }, { u"features"_s, features } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<Overlay> Overlay::importGeoJson(const QByteArray& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw MapError(tr("Not valid GeoJSON: %1 (at byte %2).").arg(err.errorString()).arg(err.offset));
    QList<Overlay> out;
    auto take = [&](const QJsonObject& geometry, const QJsonObject& props, int number) {
        Feature f;
        try {
            f = VectorLayer::parseGeometry(geometry);
        } catch (const MapError& e) {
            throw MapError(number > 0 ? tr("Feature %1: %2").arg(number).arg(e.message()) : e.message());
        }
        std::optional<OverlayKind> kind = Overlay::kindFromKey(props.value(u"kind"_s).toString());
        if (!kind || geometryType(*kind) != f.type)
            kind = f.type == Feature::Type::Point ? OverlayKind::Marker
                : f.type == Feature::Type::Line   ? OverlayKind::Line
                                                  : OverlayKind::Area;
        QString name;
        for (const QString& key : { u"name"_s, u"NAME"_s, u"名称"_s, u"label"_s, u"title"_s })
            if (props.value(key).isString()) {
                name = props.value(key).toString();
                break;
            }
        Overlay o = make(*kind, f, name);
        if (const QColor s = colourFrom(props.value(u"stroke"_s)); s.isValid())
            o.setColour(s);
        if (const QColor fl = colourFrom(props.value(u"fill"_s)); fl.isValid())
            o.fill = fl;
        const double w = props.value(u"stroke-width"_s).toDouble(0);
        if (std::isfinite(w) && w > 0 && w <= 20)
            o.width = w;
        out << o;
    };
    const QJsonObject root = doc.object();
    const QString type = root.value(u"type"_s).toString();
    if (type == u"FeatureCollection") {
        const QJsonArray features = root.value(u"features"_s).toArray();
        for (int i = 0; i < features.size(); ++i) {
            const QJsonObject f = features[i].toObject();
            take(f.value(u"geometry"_s).toObject(), f.value(u"properties"_s).toObject(), i + 1);
        }
    } else if (type == u"Feature") {
        take(root.value(u"geometry"_s).toObject(), root.value(u"properties"_s).toObject(), 0);
    } else {
        take(root, {}, 0);
    }
    if (out.isEmpty())
        throw MapError(tr("The GeoJSON file has no features."));
    return out;
}

} // namespace dj::map
