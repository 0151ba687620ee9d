#pragma once

#include "core/map/vectorlayer.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dj::map {

/// What a drawn or imported shape stands for; it fixes the geometry type and the default look.
enum class OverlayKind { Marker, Road, Line, Park, Building, Area };

/// One user shape on the park map (the cache's map_overlays row): geometry in WGS-84 lon/lat, whatever base
/// map it was drawn on.
struct Overlay
{
    Q_DECLARE_TR_FUNCTIONS(Overlay)
public:
    qint64 id = 0;
    QString name;
    OverlayKind kind = OverlayKind::Area;
    Feature geometry; ///< type Point, Line or Polygon matching the kind
    QColor stroke;
    QColor fill;
    double width = 2.0;
    QDateTime created;
    QDateTime updated;

    /// A shape of a kind with that kind's default look (timestamps now).
    static Overlay make(OverlayKind kind, Feature geometry, const QString& name = {});

    /// "marker", "road", … as stored; kindFromKey() returns nullopt for anything else.
    static QString kindKey(OverlayKind kind);
    static std::optional<OverlayKind> kindFromKey(QStringView key);
    /// Translated kind name ("Road", "Building", …).
    static QString kindName(OverlayKind kind);
    static Feature::Type geometryType(OverlayKind kind);
    /// The kinds a geometry type can take (a polygon: park, building, area).
    static QList<OverlayKind> kindsFor(Feature::Type type);
    static QColor defaultColour(OverlayKind kind);
    /// Stroke, fill and width for a kind and a chosen colour.
    void setColour(const QColor& colour);

    /// The GeoJSON geometry object (Point/MultiPoint, LineString/MultiLineString, Polygon/MultiPolygon).
    static QJsonObject geometryToJson(const Feature& f);
    QByteArray geometryJson() const;
    QByteArray styleJson() const;
    /// Reads the style JSON; missing or malformed values keep the kind's defaults.
    void setStyleJson(const QByteArray& json);

    /// A GeoJSON Feature carrying name, kind and style as properties (what exportGeoJson writes).
    QJsonObject toGeoJsonFeature() const;
    /// The feature as the renderer draws it: geometry, label and this shape's own style.
    Feature toFeature() const;

    /// A FeatureCollection of shapes, indented, coordinates in WGS-84 at full precision.
    static QByteArray exportGeoJson(const QList<Overlay>& overlays);
    /// Shapes from a GeoJSON file (FeatureCollection, Feature or bare geometry). Kind, name and colour come
    /// from the properties our export writes ("kind", "name"/"名称", "stroke"), else from the geometry type.
    /// Throws MapError naming the problem; all or nothing.
    static QList<Overlay> importGeoJson(const QByteArray& json);
};

} // namespace dj::map
