#pragma once

#include "core/map/geometry.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <memory>

namespace dj::map {

class MapView;

/// One GeoJSON feature in WGS-84 lon/lat.
struct VectorStyle;

struct Feature
{
    enum class Type { Point, Line, Polygon };
    Type type = Type::Point;
    QList<QPointF> points; ///< Point / MultiPoint
    QList<QList<QPointF>> lines; ///< LineString / MultiLineString
    QList<Geometry::Polygon> polygons; ///< Polygon / MultiPolygon
    QString id;
    QString label;
    QVariantMap properties;
    QRectF bounds; ///< lon/lat bounding box (x = lon, y = lat)
    std::shared_ptr<const VectorStyle> style; ///< this feature's own look (user shapes); null: the layer's

    /// Sets bounds to the box of the points, lines and outer rings (after the coordinates changed).
    void updateBounds();
};

struct VectorStyle
{
    QColor stroke { 0x33, 0x66, 0x99 };
    QColor fill { 0x33, 0x66, 0x99, 40 };
    double strokeWidth = 1.5;
    double pointRadius = 4.0;
    bool labels = true;
    double minLabelZoom = 14.0; ///< labels appear from this zoom on
    double minZoom = 0.0; ///< the layer is hidden below this zoom
};

/// A styled list of features (parks, building footprints, user drawings) with hit testing.
class VectorLayer
{
    Q_DECLARE_TR_FUNCTIONS(VectorLayer)
public:
    VectorLayer() = default;
    VectorLayer(QString name, VectorStyle style);

    const QString& name() const { return m_name; }
    /// A stable, untranslated id ("park", "building") for code that reacts to clicks.
    const QString& id() const { return m_id; }
    void setId(const QString& id) { m_id = id; }
    const VectorStyle& style() const { return m_style; }
    void setStyle(const VectorStyle& style) { m_style = style; }
    const QList<Feature>& features() const { return m_features; }
    void addFeature(Feature feature);
    void clear() { m_features.clear(); }

    /// Parses a GeoJSON geometry, Feature or FeatureCollection; labelKey names the property used as label.
    /// Throws MapError with the reason for anything malformed (nothing is added then).
    void addGeoJson(const QByteArray& json, const QString& labelKey = {});
    /// One geometry object ({"type":"Polygon",…}); throws MapError.
    static Feature parseGeometry(const QJsonObject& geometry);
    /// The GeoJSON geometry object of a feature (Point/MultiPoint, LineString/MultiLineString,
    /// Polygon/MultiPolygon; rings closed), coordinates at full precision.
    static QJsonObject geometryToJson(const Feature& feature);
    /// The layer as a FeatureCollection (WGS-84): id, properties and the label as "name".
    QByteArray toGeoJson() const;

    /// The style a feature is drawn with: its own, else the layer's.
    const VectorStyle& styleOf(const Feature& f) const { return f.style ? *f.style : m_style; }

    /// Index of the topmost feature under a screen position (polygons contain it, lines and points lie
    /// within tolerancePx), or -1.
    int hitTest(const MapView& view, QPointF screenPos, double tolerancePx = 4.0) const;

private:
    QString m_name;
    QString m_id;
    VectorStyle m_style;
    QList<Feature> m_features;
};

} // namespace dj::map
