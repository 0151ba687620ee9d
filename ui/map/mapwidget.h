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
#include <functional>
#include <memory>
#include <vector>

namespace dj::ui {

/// The map: one widget painting tiles, vector layers and clustered enterprise points (no item per point).
///
/// Navigation: wheel / pinch / +/− zoom around the cursor with fractional steps, drag to pan with inertia,
/// arrow keys. Selection tools: click (a point, a cluster's expansion, or every enterprise in a clicked
/// building), rectangle, circle (附近企业 within a radius) and polygon lasso; each ends in selectionMade().
///
/// Drawing tools (point, line, polygon): click adds a vertex (dragging still pans), double-click or Enter
/// finishes, Backspace removes the last vertex, Esc cancels; the finished shape, in WGS-84 whatever the
/// base layer's frame, goes out through shapeDrawn(). What becomes of it is the panel's business.
///
/// The highlighted feature (setHighlight) shows its vertices; with the click tool, dragging one moves it
/// (Esc while dragging puts it back), and the reshaped feature goes out through shapeReshaped().
class MapWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Click, Rectangle, Circle, Lasso, DrawPoint, DrawLine, DrawPolygon };

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
    bool isDrawing() const;
    /// Vertices placed so far with a drawing tool (WGS-84 lon/lat).
    const QList<QPointF>& draft() const { return m_draft; }
    /// Ends the shape being drawn: false (and the draft kept) while it has too few vertices.
    bool finishDraft();
    void cancelDraft();
    /// Puts a half-drawn shape on screen as if clicked (screenshots show the tool at work; tests).
    void setDraft(const QList<QPointF>& lonLat, QPointF pointer);
    /// Outlines one feature of a layer (the shape being edited); nullptr / -1 for none.
    void setHighlight(const map::VectorLayer* layer, int feature);
    /// Animated, cursor-anchored zoom to a (fractional) level.
    void zoomTo(double zoom, QPointF anchor, int durationMs = 180);
    void zoomBy(double steps);
    void fitLonLatBox(const QRectF& box);

    /// Point indexes inside a selection shape (exposed for tests).
    std::vector<std::int32_t> pointsInScreenRect(const QRectF& rect) const;
    std::vector<std::int32_t> pointsWithinMetres(QPointF centreLonLat, double metres) const;
    std::vector<std::int32_t> pointsInScreenPolygon(const QPolygonF& polygon) const;

    QSize sizeHint() const override { return { 900, 650 }; }

    /// One flow of the flows overlay (a park's 域外投资): an arc from the origin to `to` (WGS-84), its width
    /// by weight relative to the heaviest flow, `label` written at the target.
    struct Flow
    {
        QPointF to;
        QString label;
        double weight = 0;
    };
    /// Draws arcs from origin to every flow's target above everything else, with a legend (title, the
    /// widths of the heaviest and lightest flow written by weightText). An empty list clears the overlay.
    void setFlows(QPointF origin, const QString& originLabel, const QList<Flow>& flows,
        const QString& legendTitle, std::function<QString(double)> weightText = {});
    void clearFlows() { setFlows({}, {}, {}, {}); }
    const QList<Flow>& flows() const { return m_flows; }
    QPointF flowOrigin() const { return m_flowOrigin; }
    /// The lon/lat box of the origin and the targets (to fit the view); null without flows.
    QRectF flowBox() const;
    /// Pen width in pixels of a flow of this weight (the legend uses the same scale).
    double flowWidth(double weight) const;

signals:
    /// how: "click", "rectangle", "circle", "lasso", or the clicked layer's id ("park", "building");
    /// an empty list clears the selection.
    void selectionMade(const std::vector<std::int32_t>& points, const QString& how);
    void viewChanged();
    /// The user clicked a park, building or drawn shape (the layer's id, feature index); -1 for empty ground.
    void featureClicked(const QString& layerId, int feature);
    void toolChanged(dj::ui::MapWidget::Tool tool);
    /// A shape finished with a drawing tool: type Point, Line or Polygon (closed ring), WGS-84.
    void shapeDrawn(const map::Feature& shape);
    /// A vertex of the highlighted feature was dragged: its layer's id and index, and the feature with the
    /// vertex moved (WGS-84; a closed ring's first and last vertex move together).
    void shapeReshaped(const QString& layerId, int feature, const map::Feature& shape);

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
    void drawDraft(QPainter& p);
    void drawHighlight(QPainter& p);
    void drawFlows(QPainter& p);
    void addVertex(QPointF pos);
    /// The highlighted feature's vertex nearest to pos within a few pixels (-1: none), in vertices() order.
    int vertexAt(QPointF pos) const;
    const map::Feature* highlighted() const;

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
    QList<QPointF> m_draft;
    QPointF m_hover;
    const map::VectorLayer* m_highlightLayer = nullptr;
    int m_highlightFeature = -1;
    map::Feature m_reshaped; ///< the highlighted feature while one of its vertices is dragged
    QList<QPointF*> m_dragVertices; ///< into m_reshaped: the vertex dragged (and its ring twin); empty: none
    QPointF m_velocity; ///< px per ms, from the last moves of a drag
    QElapsedTimer m_moveClock;
    QTimer m_inertia;
    QTimer m_settle;
    QVariantAnimation m_zoomAnim;
    QPointF m_zoomAnchor;
    QPointF m_flowOrigin;
    QString m_flowOriginLabel, m_flowLegend;
    QList<Flow> m_flows;
    double m_flowMax = 0, m_flowMin = 0;
    std::function<QString(double)> m_flowText;
};

} // namespace dj::ui
