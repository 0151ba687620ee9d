#pragma once

#include "core/map/clusterindex.h"
#include "core/map/maprenderer.h"
#include "core/map/mapview.h"
#include "core/map/tilelayer.h"
#include "core/map/vectorlayer.h"

#include <QElapsedTimer>
#include <QPolygonF>
#include <QTimer>
#include <QVariantAnimation>
#include <QWidget>
#include <memory>
#include <vector>

namespace dj::ui {

/// The map: one widget painting tiles, vector layers and clustered enterprise points (no item per point).
///
/// Navigation: wheel / pinch / +/− zoom around the cursor with fractional steps, drag to pan with inertia,
/// arrow keys. Selection tools: click (a point, a cluster's expansion, or every enterprise in a clicked
/// building), rectangle, circle (附近企业 within a radius) and polygon lasso; each ends in selectionMade().
class MapWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Click, Rectangle, Circle, Lasso };

    explicit MapWidget(QWidget* parent = nullptr);
    ~MapWidget() override;

    map::MapView& view() { return m_view; }
    const map::MapView& view() const { return m_view; }
    map::TileLayer& tiles() { return *m_tiles; }
    map::MapRenderer& renderer() { return m_renderer; }

    /// Points as indexed (shared with the worker that built it), colours per category, names for labels.
    void setPoints(std::shared_ptr<const map::ClusterIndex> index, QList<QColor> palette, QStringList names);
    std::shared_ptr<const map::ClusterIndex> points() const { return m_index; }
    void setVectorLayers(QList<const map::VectorLayer*> layers);
    /// Highlights selected points (indexes into the point list).
    void setSelectedPoints(const std::vector<std::int32_t>& points);
    void setBusyText(const QString& text);

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    /// Animated, cursor-anchored zoom to a (fractional) level.
    void zoomTo(double zoom, QPointF anchor, int durationMs = 180);
    void zoomBy(double steps);
    void fitLonLatBox(const QRectF& box);

    /// Point indexes inside a selection shape (exposed for tests).
    std::vector<std::int32_t> pointsInScreenRect(const QRectF& rect) const;
    std::vector<std::int32_t> pointsWithinMetres(QPointF centreLonLat, double metres) const;
    std::vector<std::int32_t> pointsInScreenPolygon(const QPolygonF& polygon) const;

    QSize sizeHint() const override { return { 900, 650 }; }

signals:
    /// how: "click", "rectangle", "circle", "lasso", or the clicked layer's id ("park", "building");
    /// an empty list clears the selection.
    void selectionMade(const std::vector<std::int32_t>& points, const QString& how);
    void viewChanged();
    /// The user clicked a park or building (layer name, feature index).
    void featureClicked(const QString& layer, int feature);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void interacting();
    void handleClick(QPointF pos);
    void startInertia();
    void inertiaStep();
    void finishShape(QPointF pos);
    void drawOverlay(QPainter& p);

    map::MapView m_view;
    map::MapRenderer m_renderer;
    map::TileLayer* m_tiles = nullptr;
    std::shared_ptr<const map::ClusterIndex> m_index;
    QList<QColor> m_palette;
    QStringList m_names;
    QList<const map::VectorLayer*> m_vectors;
    std::vector<std::uint8_t> m_selectedMask;
    QString m_busyText;

    Tool m_tool = Tool::Click;
    bool m_pressed = false;
    bool m_dragged = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QPolygonF m_lasso;
    QPointF m_velocity; ///< px per ms, from the last moves of a drag
    QElapsedTimer m_moveClock;
    QTimer m_inertia;
    QTimer m_settle;
    QVariantAnimation m_zoomAnim;
    QPointF m_zoomAnchor;
};

} // namespace dj::ui
