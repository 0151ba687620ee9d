#pragma once

#include "core/map/clusterindex.h"
#include "core/map/mapview.h"
#include "core/map/tilemath.h"
#include "core/map/vectorlayer.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <vector>

class QPainter;

namespace dj::map {

class LabelPlacer;
class TileLayer;

/// What one frame shows.
struct RenderLayers
{
    TileLayer* tiles = nullptr; ///< null or a "none" source: clean canvas
    QList<const VectorLayer*> vectors; ///< drawn bottom to top
    const ClusterIndex* clusters = nullptr; ///< enterprise points
    QList<QColor> palette; ///< colour per point category
    const std::vector<std::uint8_t>* selected = nullptr; ///< per point: 1 = selected
    const QStringList* pointLabels = nullptr; ///< per point: name shown at high zoom
    QString attribution;
    /// With no tiles: a schematic base of region names and points (provinces, cities, counties by zoom)
    /// from the embedded region centres, so an offline map still shows where things are. No boundaries.
    bool schematicBase = false;
};

/// Paints a map frame (tiles with scaled-parent fallback, vector layers, clustered points, labels without
/// overlaps, scale bar, attribution) with a QPainter: the widget and the benchmark use the same code.
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)
public:
    /// A cluster or point as drawn in the last frame (for hit testing clicks).
    struct DrawnItem
    {
        QPointF screen;
        double radius;
        ClusterIndex::Item item;
    };

    MapRenderer();
    void render(QPainter& painter, const MapView& view, const RenderLayers& layers);

    /// Interactive frames (while zooming or panning) scale tiles without filtering: a smooth resample of a
    /// fractional-zoom 1080p frame costs ~10 ms alone. The widget turns it off again once the view rests.
    void setFastScaling(bool fast) { m_fastScaling = fast; }
    bool fastScaling() const { return m_fastScaling; }

    const std::vector<DrawnItem>& drawnItems() const { return m_drawn; }
    /// The topmost drawn item under a screen position (within its radius + tolerance), or nullptr.
    const DrawnItem* hitItem(QPointF screen, double tolerancePx = 2.0) const;
    /// Tiles the last frame wanted (visible, centre first).
    const QList<TileId>& wantedTiles() const { return m_wanted; }
    /// Circle radius in pixels for a cluster of count points.
    static double radiusFor(std::int32_t count);
    /// "12", "3.4k", "56k", "1.2M".
    static QString abbreviate(std::int32_t count);
    static QColor background() { return QColor(0xf2, 0xef, 0xe9); }

private:
    void drawTiles(QPainter& p, const MapView& view, TileLayer& tiles);
    void drawVectors(QPainter& p, const MapView& view, const VectorLayer& layer, LabelPlacer& labels);
    void drawClusters(QPainter& p, const MapView& view, const RenderLayers& layers, LabelPlacer& labels);
    void drawScaleBar(QPainter& p, const MapView& view);
    void drawSchematic(QPainter& p, const MapView& view, LabelPlacer& labels);
    void drawAttribution(QPainter& p, const MapView& view, const QString& text);
    QRectF attributionRect(const MapView& view, const QString& text) const;

    void drawFeatureLabels(QPainter& p, LabelPlacer& labels);
    const QImage& markerSprite(const QColor& colour, std::int32_t count, bool selected);

    struct FeatureLabel
    {
        QString text;
        QPointF at;
        QPointF fallback;
        QColor colour;
    };
    std::vector<FeatureLabel> m_featureLabels;
    std::vector<DrawnItem> m_drawn;
    QHash<QString, QImage> m_sprites;
    QList<TileId> m_wanted;
    QFont m_font;
    QFont m_countFont;
    double m_ascent = 0; ///< of m_font: labels are drawn at their baseline
    bool m_fastScaling = false;
};

} // namespace dj::map
