#include "ui/graph/ownershipchartview.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QWheelEvent>
#include <cmath>
#include <ctime>
#include <deque>

using namespace Qt::StringLiterals;

namespace dj::ui {

namespace {

QColor kindColour(const ChartData::Node& n)
{
    if (n.root)
        return QColor(0x1B, 0x3A, 0x5C);
    switch (n.kind) {
    case ChartData::Enterprise:
        return n.closed ? QColor(0x8C, 0x95, 0xA3) : QColor(0x2F, 0x6F, 0xB3);
    case ChartData::Person:
        return QColor(0xD9, 0x82, 0x2B);
    case ChartData::Other:
        return QColor(0x3C, 0x9A, 0x5F);
    case ChartData::Cluster:
        break;
    }
    return QColor(0x6B, 0x72, 0x80);
}

/// Where the segment from the centre of r towards p leaves r.
QPointF borderPoint(const QRectF& r, const QPointF& p)
{
    const QPointF c = r.center();
    const QPointF d = p - c;
    if (d.isNull())
        return c;
    const double sx = d.x() != 0 ? (r.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = d.y() != 0 ? (r.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min({ sx, sy, 1.0 });
}

} // namespace

class ChartNodeItem : public QGraphicsItem
{
public:
    ChartNodeItem(const ChartData::Node& node, const QSizeF& size)
        : m_node(node)
        , m_rect(-size.width() / 2, -size.height() / 2, size.width(), size.height())
    {
        setAcceptedMouseButtons(Qt::NoButton); // the view handles clicks
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-4, -9, 9, 4); }
    QRectF box() const { return m_rect.translated(pos()); }
    QRectF badgeRect() const
    {
        return QRectF(m_rect.right() - 9, m_rect.bottom() - 9, 16, 16).translated(pos());
    }
    const ChartData::Node& node() const { return m_node; }
    void setState(bool faded, bool highlighted, bool selected, bool matched)
    {
        if (faded == m_faded && highlighted == m_highlighted && selected == m_selected
            && matched == m_matched)
            return;
        m_faded = faded;
        m_highlighted = highlighted;
        m_selected = selected;
        m_matched = matched;
        update();
    }

    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override
    {
        const double lod = option->levelOfDetailFromTransform(p->worldTransform());
        QColor fill = kindColour(m_node);
        if (m_faded)
            fill = QColor::fromRgbF(
                fill.redF() * 0.35 + 0.65, fill.greenF() * 0.35 + 0.65, fill.blueF() * 0.35 + 0.65);
        QPen pen(fill.darker(140), 1);
        if (m_node.risk > 0)
            pen = QPen(QColor(0xD6, 0x2D, 0x20), 2.5);
        if (m_node.inCycle)
            pen.setStyle(Qt::DashLine);
        if (m_highlighted)
            pen = QPen(QColor(0xF2, 0xB1, 0x34), 3.5);
        if (m_selected)
            pen = QPen(QColor(0x11, 0x11, 0x11), 3.5);
        if (m_matched)
            pen = QPen(QColor(0xE0, 0x1E, 0x9B), 4);
        p->setRenderHint(QPainter::Antialiasing, lod >= 0.3); // far out: many small boxes, no smoothing
        p->setPen(pen);
        p->setBrush(fill);
        if (lod < 0.3) {
            p->drawRect(m_rect);
            return;
        }
        if (m_node.kind == ChartData::Cluster)
            p->setPen(QPen(pen.color(), pen.widthF(), Qt::DashLine));
        p->drawRoundedRect(m_rect, 6, 6);
        if (lod < 0.45)
            return;
        p->setPen(m_faded ? QColor(0x55, 0x55, 0x55) : Qt::white);
        QFont f = p->font();
        f.setPointSizeF(8.5);
        f.setBold(m_node.root);
        p->setFont(f);
        const QRectF text = m_rect.adjusted(5, 3, -5, m_node.detail.isEmpty() ? -3 : -15);
        const QFontMetricsF fm(f);
        // two lines at most, the second elided
        QString first = m_node.label, second;
        if (fm.horizontalAdvance(first) > text.width()) {
            int cut = first.size();
            while (cut > 1 && fm.horizontalAdvance(first.left(cut)) > text.width())
                --cut;
            second = fm.elidedText(first.mid(cut), Qt::ElideRight, text.width());
            first = first.left(cut);
        }
        p->drawText(
            text, Qt::AlignHCenter | Qt::AlignVCenter, second.isEmpty() ? first : first + u'\n' + second);
        if (!m_node.detail.isEmpty()) {
            f.setPointSizeF(7.5);
            f.setBold(false);
            p->setFont(f);
            p->drawText(QRectF(m_rect.left() + 3, m_rect.bottom() - 15, m_rect.width() - 6, 13),
                Qt::AlignCenter, m_node.detail);
        }
        if (m_node.canExpand || m_node.canCollapse) {
            const QRectF b(m_rect.right() - 9, m_rect.bottom() - 9, 16, 16);
            p->setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
            p->setBrush(Qt::white);
            p->drawEllipse(b);
            p->drawLine(QPointF(b.left() + 4, b.center().y()), QPointF(b.right() - 4, b.center().y()));
            if (m_node.canExpand)
                p->drawLine(QPointF(b.center().x(), b.top() + 4), QPointF(b.center().x(), b.bottom() - 4));
        }
        if (m_node.risk > 0) {
            const QRectF b(m_rect.right() - 10, m_rect.top() - 8, 18, 14);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0xD6, 0x2D, 0x20));
            p->drawRoundedRect(b, 6, 6);
            p->setPen(Qt::white);
            f.setPointSizeF(7);
            f.setBold(true);
            p->setFont(f);
            p->drawText(b, Qt::AlignCenter, QString::number(std::min(m_node.risk, 99)));
        }
    }

private:
    ChartData::Node m_node;
    QRectF m_rect;
    bool m_faded = false, m_highlighted = false, m_selected = false, m_matched = false;
};

class ChartEdgeItem : public QGraphicsItem
{
public:
    ChartEdgeItem(const ChartData::Edge& edge, const QRectF& from, const QRectF& to, const QPolygonF& spline)
        : m_edge(edge)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(-1);
        QPointF end;
        if (spline.size() >= 4 && (spline.size() - 1) % 3 == 0) {
            m_path.moveTo(spline[0]);
            for (qsizetype i = 1; i + 2 < spline.size(); i += 3)
                m_path.cubicTo(spline[i], spline[i + 1], spline[i + 2]);
            end = spline.back();
        } else if (spline.size() >= 5 && (spline.size() - 2) % 3 == 0) {
            // Graphviz bezier with an end point (eflag): the curve stops short, the arrow reaches the box.
            m_path.moveTo(spline[0]);
            for (qsizetype i = 1; i + 2 < spline.size() - 1; i += 3)
                m_path.cubicTo(spline[i], spline[i + 1], spline[i + 2]);
            m_path.lineTo(spline.back());
            end = spline.back();
        } else {
            const QPointF a = borderPoint(from, to.center());
            end = borderPoint(to, from.center());
            m_path.moveTo(a);
            m_path.lineTo(end);
        }
        const double rad = m_path.angleAtPercent(1) * M_PI / 180.0;
        const QPointF dir(std::cos(rad), -std::sin(rad));
        const QPointF normal(-dir.y(), dir.x());
        m_arrow << end << end - dir * 9 + normal * 4 << end - dir * 9 - normal * 4;
        // the two arrows of a cross-holding run side by side: their labels sit nearer their own tails
        m_labelAt = m_path.pointAtPercent(edge.cycle ? 0.3 : 0.5);
        m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-40, -10, 40, 10);
    }
    QRectF boundingRect() const override { return m_bounds; }
    const ChartData::Edge& edge() const { return m_edge; }
    void setState(bool faded, bool highlighted)
    {
        if (faded == m_faded && highlighted == m_highlighted)
            return;
        m_faded = faded;
        m_highlighted = highlighted;
        update();
    }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override
    {
        const double lod = option->levelOfDetailFromTransform(p->worldTransform());
        QColor c = m_edge.cycle ? QColor(0xD6, 0x2D, 0x20)
            : m_edge.dashed     ? QColor(0x7A, 0x7F, 0x88)
                                : QColor(0x4A, 0x55, 0x68);
        if (m_highlighted)
            c = QColor(0xF2, 0xB1, 0x34);
        if (m_faded)
            c.setAlpha(50);
        p->setRenderHint(QPainter::Antialiasing, lod >= 0.3);
        QPen pen(c, m_highlighted ? 3 : m_edge.cycle ? 1.8 : 1.1);
        if (m_edge.dashed)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(m_path);
        if (lod < 0.3)
            return;
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPolygon(m_arrow);
        if (lod < 0.6 || m_edge.label.isEmpty())
            return;
        QFont f = p->font();
        f.setPointSizeF(7.5);
        p->setFont(f);
        const QFontMetricsF fm(f);
        const QRectF r(m_labelAt.x() - fm.horizontalAdvance(m_edge.label) / 2 - 3, m_labelAt.y() - 7,
            fm.horizontalAdvance(m_edge.label) + 6, 14);
        p->setBrush(QColor(255, 255, 255, m_faded ? 120 : 230));
        p->drawRect(r);
        p->setPen(m_edge.cycle ? QColor(0xD6, 0x2D, 0x20) : QColor(0x22, 0x22, 0x22));
        p->drawText(r, Qt::AlignCenter, m_edge.label);
    }

private:
    ChartData::Edge m_edge;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelAt;
    QRectF m_bounds;
    bool m_faded = false, m_highlighted = false;
};

// ---------------------------------------------------------------------------------------------------
OwnershipChartView::OwnershipChartView(QWidget* parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setBackgroundBrush(QColor(0xFA, 0xFB, 0xFC));
    setFocusPolicy(Qt::StrongFocus);
}

QSizeF OwnershipChartView::boxSize(const ChartData::Node& node)
{
    switch (node.kind) {
    case ChartData::Person:
        return QSizeF(96, node.detail.isEmpty() ? 30 : 42);
    case ChartData::Cluster:
        return QSizeF(128, 42);
    case ChartData::Enterprise:
    case ChartData::Other:
        break;
    }
    return QSizeF(node.root ? 176 : 152, node.detail.isEmpty() ? 40 : 52);
}

QVector<QSizeF> OwnershipChartView::boxSizes(const ChartData& data)
{
    QVector<QSizeF> out;
    out.reserve(data.nodes.size());
    for (const auto& n : data.nodes)
        out << boxSize(n);
    return out;
}

void OwnershipChartView::clearChart()
{
    scene()->clear();
    m_layer = nullptr;
    m_nodes.clear();
    m_edges.clear();
    m_data = {};
    m_selected = -1;
    m_overview = QImage();
    m_overviewOn = false;
}

namespace {
/// Charts smaller than this are always drawn item by item.
constexpr int kOverviewFrom = 800;
/// Longest side and area of the pre-rendered overview picture, in pixels (64 MB at most).
constexpr double kOverviewSide = 16384;
constexpr double kOverviewArea = 16.0 * 1024 * 1024;
} // namespace

void OwnershipChartView::rebuildOverview()
{
    m_overview = QImage();
    if (m_nodes.size() < kOverviewFrom || !m_layer)
        return;
    const bool wasVisible = m_layer->isVisible();
    m_layer->setVisible(true);
    m_overviewRect = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    m_overviewScale
        = std::min({ kOverviewSide / m_overviewRect.width(), kOverviewSide / m_overviewRect.height(),
            std::sqrt(kOverviewArea / (m_overviewRect.width() * m_overviewRect.height())) });
    m_overview = QImage((m_overviewRect.size() * m_overviewScale).toSize().expandedTo(QSize(1, 1)),
        QImage::Format_ARGB32_Premultiplied);
    m_overview.fill(backgroundBrush().color());
    QPainter p(&m_overview);
    p.setRenderHint(QPainter::Antialiasing);
    scene()->render(&p, QRectF(QPointF(0, 0), QSizeF(m_overview.size())), m_overviewRect);
    p.end();
    m_layer->setVisible(wasVisible);
}

void OwnershipChartView::updateOverviewMode()
{
    // The picture is used while it is not enlarged by more than half: sharp enough, one drawImage a frame.
    const bool on = !m_overview.isNull() && transform().m11() <= m_overviewScale * 1.5;
    if (on == m_overviewOn)
        return;
    m_overviewOn = on;
    if (m_layer)
        m_layer->setVisible(!on);
    resetCachedContent();
    viewport()->update();
}

void OwnershipChartView::drawBackground(QPainter* painter, const QRectF& rect)
{
    painter->fillRect(rect, backgroundBrush());
    if (m_overviewOn) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform, transform().m11() > m_overviewScale);
        painter->drawImage(m_overviewRect, m_overview);
    }
}

void OwnershipChartView::setChart(const ChartData& data, const ChartLayoutResult& layout)
{
    clearChart();
    m_data = data;
    scene()->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_layer = new QGraphicsRectItem;
    static_cast<QGraphicsRectItem*>(m_layer)->setPen(Qt::NoPen);
    scene()->addItem(m_layer);
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        auto* item = new ChartNodeItem(data.nodes[i], boxSize(data.nodes[i]));
        item->setPos(i < layout.centers.size() ? layout.centers[i] : QPointF());
        item->setParentItem(m_layer);
        m_nodes << item;
    }
    for (qsizetype i = 0; i < data.edges.size(); ++i) {
        const auto& e = data.edges[i];
        auto* item = new ChartEdgeItem(e, m_nodes[e.from]->box(), m_nodes[e.to]->box(),
            i < layout.edgePaths.size() ? layout.edgePaths[i] : QPolygonF());
        item->setParentItem(m_layer);
        m_edges << item;
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-60, -60, 60, 60));
    rebuildOverview();
    m_userZoomed = false;
    fit();
}

void OwnershipChartView::fit()
{
    if (!scene()->items().isEmpty())
        fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    // never blow a small chart up beyond its natural size
    if (transform().m11() > 1.0)
        setTransform(QTransform());
    updateOverviewMode();
}

void OwnershipChartView::zoomBy(double factor)
{
    const double s = transform().m11() * factor;
    if (s < 0.02 || s > 6)
        return;
    scale(factor, factor);
    updateOverviewMode();
}

void OwnershipChartView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed && !m_nodes.isEmpty())
        fit();
}

void OwnershipChartView::wheelEvent(QWheelEvent* event)
{
    m_userZoomed = true;
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void OwnershipChartView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_userZoomed = true;
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        m_userZoomed = true;
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        m_userZoomed = false;
        fit();
        return;
    case Qt::Key_Space:
        if (m_selected >= 0)
            emit nodeToggled(m_selected);
        return;
    case Qt::Key_Tab:
        if (!m_nodes.isEmpty()) {
            m_selected = (m_selected + 1) % int(m_nodes.size());
            highlightPathTo(m_selected);
            centerOnNode(m_selected);
            emit nodeClicked(m_selected);
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

int OwnershipChartView::nodeAt(const QPoint& viewPos, bool* onBadge) const
{
    const QPointF p = mapToScene(viewPos);
    for (qsizetype i = m_nodes.size(); i-- > 0;) {
        const auto* n = m_nodes[i];
        if ((n->node().canExpand || n->node().canCollapse) && n->badgeRect().contains(p)) {
            if (onBadge)
                *onBadge = true;
            return int(i);
        }
        if (n->box().contains(p)) {
            if (onBadge)
                *onBadge = false;
            return int(i);
        }
    }
    return -1;
}

void OwnershipChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        bool badge = false;
        const int n = nodeAt(event->position().toPoint(), &badge);
        if (n >= 0) {
            if (badge) {
                emit nodeToggled(n);
                event->accept();
                return;
            }
            highlightPathTo(n);
            emit nodeClicked(n);
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void OwnershipChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int n = nodeAt(event->position().toPoint());
    if (n >= 0) {
        emit nodeToggled(n);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void OwnershipChartView::highlightPathTo(int node)
{
    m_selected = node;
    if (node < 0 || m_nodes.isEmpty()) {
        highlight({}, {});
        return;
    }
    int root = 0;
    for (qsizetype i = 0; i < m_data.nodes.size(); ++i)
        if (m_data.nodes[i].root)
            root = int(i);
    // breadth-first over the arrows in either direction: the shortest chain root … node
    QVector<int> viaEdge(m_data.nodes.size(), -2);
    QVector<QVector<int>> adj(m_data.nodes.size());
    for (qsizetype e = 0; e < m_data.edges.size(); ++e) {
        adj[m_data.edges[e].from] << int(e);
        adj[m_data.edges[e].to] << int(e);
    }
    std::deque<int> queue { root };
    viaEdge[root] = -1;
    while (!queue.empty() && viaEdge[node] == -2) {
        const int v = queue.front();
        queue.pop_front();
        for (const int e : adj[v]) {
            const int w = m_data.edges[e].from == v ? m_data.edges[e].to : m_data.edges[e].from;
            if (viaEdge[w] == -2) {
                viaEdge[w] = e;
                queue.push_back(w);
            }
        }
    }
    QSet<int> nodes { node }, edges;
    for (int v = node; viaEdge[v] >= 0;) {
        const int e = viaEdge[v];
        edges.insert(e);
        v = m_data.edges[e].from == v ? m_data.edges[e].to : m_data.edges[e].from;
        nodes.insert(v);
    }
    nodes.insert(root);
    highlight(nodes, edges);
}

void OwnershipChartView::highlight(const QSet<int>& nodes, const QSet<int>& edges)
{
    const bool any = !nodes.isEmpty() || !edges.isEmpty();
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const bool on = nodes.contains(int(i));
        const bool matched
            = !m_findText.isEmpty() && m_data.nodes[i].label.contains(m_findText, Qt::CaseInsensitive);
        m_nodes[i]->setState(
            any && !on && !matched, on && int(i) != m_selected, int(i) == m_selected, matched);
    }
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        const bool on = edges.contains(int(i));
        m_edges[i]->setState(any && !on, on);
    }
    if (!m_overview.isNull()) {
        rebuildOverview();
        viewport()->update();
    }
}

int OwnershipChartView::find(const QString& text, bool next)
{
    m_findText = text.trimmed();
    QVector<int> matches;
    if (!m_findText.isEmpty()) {
        for (qsizetype i = 0; i < m_data.nodes.size(); ++i)
            if (m_data.nodes[i].label.contains(m_findText, Qt::CaseInsensitive))
                matches << int(i);
    }
    highlightPathTo(m_selected);
    if (matches.isEmpty())
        return 0;
    m_findCursor = next ? (m_findCursor + 1) % int(matches.size()) : 0;
    centerOnNode(matches[m_findCursor]);
    return int(matches.size());
}

void OwnershipChartView::centerOnNode(int node)
{
    if (node >= 0 && node < m_nodes.size()) {
        if (transform().m11() < 0.6)
            setTransform(QTransform::fromScale(0.8, 0.8));
        updateOverviewMode();
        centerOn(m_nodes[node]);
    }
}

bool OwnershipChartView::exportTo(const QString& path) const
{
    struct Show // the items draw the export even while the overview picture stands in for them
    {
        QGraphicsItem* layer;
        bool was;
        explicit Show(QGraphicsItem* l)
            : layer(l)
            , was(l && l->isVisible())
        {
            if (layer)
                layer->setVisible(true);
        }
        ~Show()
        {
            if (layer)
                layer->setVisible(was);
        }
    } show(m_layer);
    const QRectF source = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (source.isEmpty())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg"_s) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(QStringLiteral("股权穿透图"));
        QPainter p;
        if (!p.begin(&svg))
            return false;
        scene()->render(&p, QRectF(QPointF(0, 0), source.size()), source);
        return p.end();
    }
    if (suffix == u"pdf"_s) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(source.size() * 0.75 + QSizeF(40, 40), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Point);
        pdf.setTitle(QStringLiteral("股权穿透图"));
        QPainter p;
        if (!p.begin(&pdf))
            return false;
        scene()->render(&p, QRectF(), source);
        return p.end();
    }
    const double scale = std::min(2.0, 16000.0 / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene()->render(&p, QRectF(QPointF(0, 0), source.size() * scale), source);
    p.end();
    return image.save(path);
}

QVector<double> OwnershipChartView::measureFrames(int frames, QVector<double>* cpuMs)
{
    QVector<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < frames; ++i) {
        switch (i % 4) {
        case 0:
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + 40);
            break;
        case 1:
            zoomBy(1.08);
            break;
        case 2:
            verticalScrollBar()->setValue(verticalScrollBar()->value() + 40);
            break;
        default:
            zoomBy(1 / 1.08);
            break;
        }
        const std::clock_t c0 = std::clock();
        t.start();
        viewport()->repaint();
        ms << double(t.nsecsElapsed()) / 1e6;
        if (cpuMs)
            *cpuMs << double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
    }
    return ms;
}

} // namespace dj::ui
