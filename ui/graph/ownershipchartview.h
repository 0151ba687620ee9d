#pragma once

#include "ui/graph/chartdata.h"

#include <QGraphicsView>
#include <QImage>
#include <QSet>

namespace dj::ui {

class ChartNodeItem;
class ChartEdgeItem;

/// Draws a laid-out ownership chart: boxes coloured by kind and risk, arrows with share labels, cycles in
/// red. Wheel or +/− zooms (around the cursor), dragging or the arrow keys pan, 0 fits the chart. A click
/// selects a node and highlights the path from the root; a double click (or Space, or a click on the +/−
/// badge) asks to expand or collapse it. Text is left out when zoomed far out, so that thousands of boxes
/// stay smooth.
class OwnershipChartView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit OwnershipChartView(QWidget* parent = nullptr);

    /// Box size of a node before layout (the layout reserves exactly this room).
    static QSizeF boxSize(const ChartData::Node& node);
    static QVector<QSizeF> boxSizes(const ChartData& data);

    void setChart(const ChartData& data, const ChartLayoutResult& layout);
    void clearChart();
    const ChartData& chart() const { return m_data; }
    int nodeCount() const { return int(m_data.nodes.size()); }

    /// Highlights the shortest chain of arrows between the root and node (−1 clears).
    void highlightPathTo(int node);
    /// Highlights the given nodes and edges (others fade).
    void highlight(const QSet<int>& nodes, const QSet<int>& edges);
    /// Marks nodes whose name contains text and centres the next one; returns the number of matches.
    int find(const QString& text, bool next = false);
    void centerOnNode(int node);
    void fit();
    void zoomBy(double factor);

    /// Writes the whole chart as PNG, SVG or PDF (by suffix). Throws nothing; false on failure.
    bool exportTo(const QString& path) const;

    /// Paints the viewport `frames` times while panning and zooming; returns each frame's milliseconds
    /// (wall clock), and the process CPU milliseconds per frame in cpuMs when given.
    QVector<double> measureFrames(int frames, QVector<double>* cpuMs = nullptr);

    /// True while the whole chart is shown as one pre-rendered picture (zoomed far out on a large chart).
    bool overviewActive() const { return m_overviewOn; }

signals:
    void nodeClicked(int node);
    void nodeToggled(int node);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildOverview();
    void updateOverviewMode();
    int nodeAt(const QPoint& viewPos, bool* onBadge = nullptr) const;
    ChartData m_data;
    QVector<ChartNodeItem*> m_nodes;
    QVector<ChartEdgeItem*> m_edges;
    int m_selected = -1;
    QString m_findText;
    int m_findCursor = -1;
    QGraphicsItem* m_layer = nullptr; ///< parent of every box and arrow (hidden in overview mode)
    QImage m_overview;
    QRectF m_overviewRect;
    double m_overviewScale = 0;
    bool m_overviewOn = false;
    bool m_userZoomed = false; ///< until the user zooms, the chart follows the view's size
};

} // namespace dj::ui
