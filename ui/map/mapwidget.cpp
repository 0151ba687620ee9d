#include "ui/map/mapwidget.h"

#include "core/map/geometry.h"
#include "core/map/tilemath.h"

#include <QFontMetricsF>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QWheelEvent>
#include <cmath>
#include <numbers>
#include <numeric>

namespace dj::ui {

using map::TileMath::distanceMetres;

namespace {

/// Calls fn with each vertex of a feature in drawing order (lines, polygon rings, points); through a
/// non-const feature, fn may move them.
template <typename F, typename Fn> void forEachVertex(F& f, Fn&& fn)
{
    for (auto& line : f.lines)
        for (auto& q : line)
            fn(q);
    for (auto& polygon : f.polygons)
        for (auto& ring : polygon)
            for (auto& q : ring)
                fn(q);
    for (auto& q : f.points)
        fn(q);
}

} // namespace

MapWidget::MapWidget(QWidget* parent)
    : QWidget(parent)
    , m_tiles(new map::TileLayer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    grabGesture(Qt::PinchGesture);
    m_view.setZoomRange(1, 20);
    connect(m_tiles, &map::TileLayer::tilesChanged, this, qOverload<>(&QWidget::update));

    m_inertia.setInterval(16);
    connect(&m_inertia, &QTimer::timeout, this, &MapWidget::inertiaStep);
    // Smooth tile resampling only once the view rests (see MapRenderer::setFastScaling).
    m_settle.setSingleShot(true);
    m_settle.setInterval(180);
    connect(&m_settle, &QTimer::timeout, this, [this]() {
        m_renderer.setFastScaling(false);
        update();
        emit viewChanged();
    });
    m_zoomAnim.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_zoomAnim, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        m_view.zoomAt(m_zoomAnchor, v.toDouble());
        interacting();
    });
}

MapWidget::~MapWidget() = default;

void MapWidget::setPoints(
    std::shared_ptr<const map::ClusterIndex> index, QList<QColor> palette, QStringList names)
{
    m_index = std::move(index);
    m_palette = std::move(palette);
    m_names = std::move(names);
    m_selectedMask.assign(m_index ? std::size_t(m_index->pointCount()) : 0, 0);
    update();
}

void MapWidget::setVectorLayers(QList<const map::VectorLayer*> layers)
{
    m_vectors = std::move(layers);
    update();
}

void MapWidget::setSelectedPoints(const std::vector<std::int32_t>& points)
{
    std::fill(m_selectedMask.begin(), m_selectedMask.end(), 0);
    for (std::int32_t p : points)
        if (p >= 0 && std::size_t(p) < m_selectedMask.size())
            m_selectedMask[std::size_t(p)] = 1;
    update();
}

void MapWidget::setBusyText(const QString& text)
{
    m_busyText = text;
    update();
}

void MapWidget::setTool(Tool tool)
{
    m_tool = tool;
    m_lasso.clear();
    m_draft.clear();
    m_pressed = false;
    setCursor(tool == Tool::Click ? Qt::ArrowCursor : Qt::CrossCursor);
    update();
    emit toolChanged(tool);
}

bool MapWidget::isDrawing() const
{
    return m_tool == Tool::DrawPoint || m_tool == Tool::DrawLine || m_tool == Tool::DrawPolygon;
}

void MapWidget::setHighlight(const map::VectorLayer* layer, int feature)
{
    m_highlightLayer = layer;
    m_highlightFeature = feature;
    m_dragVertices.clear();
    update();
}

void MapWidget::addVertex(QPointF pos)
{
    // A double-click's second press lands on the vertex just placed: one vertex, not two.
    if (!m_draft.isEmpty()) {
        const QPointF last = m_view.toScreen(m_draft.last());
        if (std::hypot(last.x() - pos.x(), last.y() - pos.y()) < 3)
            return;
    }
    m_draft << m_view.toLonLat(pos); // WGS-84 whatever frame the base layer uses
    m_hover = pos;
    if (m_tool == Tool::DrawPoint)
        finishDraft();
    update();
}

bool MapWidget::finishDraft()
{
    map::Feature f;
    if (m_tool == Tool::DrawPoint && !m_draft.isEmpty()) {
        f.type = map::Feature::Type::Point;
        f.points << m_draft.last();
    } else if (m_tool == Tool::DrawLine && m_draft.size() >= 2) {
        f.type = map::Feature::Type::Line;
        f.lines << m_draft;
    } else if (m_tool == Tool::DrawPolygon && m_draft.size() >= 3) {
        f.type = map::Feature::Type::Polygon;
        map::Geometry::Ring ring = m_draft;
        ring << m_draft.first();
        f.polygons << map::Geometry::Polygon { ring };
    } else {
        update();
        return false;
    }
    m_draft.clear();
    update();
    emit shapeDrawn(f);
    return true;
}

void MapWidget::setDraft(const QList<QPointF>& lonLat, QPointF pointer)
{
    m_draft = lonLat;
    m_hover = pointer;
    update();
}

void MapWidget::cancelDraft()
{
    m_draft.clear();
    update();
}

void MapWidget::interacting()
{
    m_renderer.setFastScaling(true);
    m_settle.start();
    update();
}

void MapWidget::zoomTo(double zoom, QPointF anchor, int durationMs)
{
    zoom = std::clamp(zoom, m_view.minZoom(), m_view.maxZoom());
    m_inertia.stop();
    m_zoomAnim.stop();
    m_zoomAnchor = anchor;
    if (durationMs <= 0) {
        m_view.zoomAt(anchor, zoom);
        interacting();
        return;
    }
    m_zoomAnim.setStartValue(m_view.zoom());
    m_zoomAnim.setEndValue(zoom);
    m_zoomAnim.setDuration(durationMs);
    m_zoomAnim.start();
}

void MapWidget::zoomBy(double steps)
{
    // Consecutive steps accumulate on the running animation's target, so fast wheel spins keep up.
    const double from = m_zoomAnim.state() == QAbstractAnimation::Running ? m_zoomAnim.endValue().toDouble()
                                                                          : m_view.zoom();
    zoomTo(from + steps, QPointF(width() / 2.0, height() / 2.0));
}

void MapWidget::fitLonLatBox(const QRectF& box)
{
    m_view.setSize(size());
    m_view.fitLonLatBox(box, 48);
    interacting();
}

void MapWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_view.setSize(size());
}

void MapWidget::paintEvent(QPaintEvent*)
{
    m_view.setSize(size());
    QPainter p(this);
    map::RenderLayers layers;
    layers.tiles = m_tiles;
    layers.vectors = m_vectors;
    layers.clusters = m_index.get();
    layers.palette = m_palette;
    layers.selected = &m_selectedMask;
    layers.pointLabels = &m_names;
    layers.attribution = m_tiles->attribution();
    layers.schematicBase = true; // drawn only while no tile source is set
    m_renderer.render(p, m_view, layers);
    drawHighlight(p);
    drawFlows(p);
    drawOverlay(p);
    if (isDrawing())
        drawDraft(p);
}

void MapWidget::setFlows(QPointF origin, const QString& originLabel, const QList<Flow>& flows,
    const QString& legendTitle, std::function<QString(double)> weightText)
{
    m_flowOrigin = origin;
    m_flowOriginLabel = originLabel;
    m_flows = flows;
    m_flowLegend = legendTitle;
    m_flowText = std::move(weightText);
    m_flowMax = 0;
    m_flowMin = 0;
    for (int i = 0; i < m_flows.size(); ++i) {
        m_flowMax = i == 0 ? m_flows[i].weight : std::max(m_flowMax, m_flows[i].weight);
        m_flowMin = i == 0 ? m_flows[i].weight : std::min(m_flowMin, m_flows[i].weight);
    }
    update();
}

QRectF MapWidget::flowBox() const
{
    if (m_flows.isEmpty())
        return {};
    double x0 = m_flowOrigin.x(), x1 = x0, y0 = m_flowOrigin.y(), y1 = y0;
    for (const Flow& f : m_flows) {
        x0 = std::min(x0, f.to.x());
        x1 = std::max(x1, f.to.x());
        y0 = std::min(y0, f.to.y());
        y1 = std::max(y1, f.to.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

double MapWidget::flowWidth(double weight) const
{
    // 1.5 px for nothing, 12 px for the heaviest flow; by square root, so small flows stay visible.
    if (m_flowMax <= 0 || weight <= 0)
        return 1.5;
    return 1.5 + 10.5 * std::sqrt(std::min(1.0, weight / m_flowMax));
}

void MapWidget::drawFlows(QPainter& p)
{
    if (m_flows.isEmpty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor flowColour(0xe6, 0x55, 0x0d, 170);
    const QPointF a = m_view.toScreen(m_flowOrigin);
    QFont small = font();
    small.setPixelSize(12);
    p.setFont(small);
    const QFontMetricsF fm(small);
    // Lightest first, so the heavy arcs lie on top.
    QList<int> order(m_flows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](int x, int y) { return m_flows[x].weight < m_flows[y].weight; });
    for (int i : order) {
        const Flow& f = m_flows[i];
        const QPointF b = m_view.toScreen(f.to);
        const QPointF d = b - a;
        const double len = std::hypot(d.x(), d.y());
        if (len < 1)
            continue;
        // A quadratic arc bending to the left of the direction of travel by a fifth of its length.
        const QPointF normal(-d.y() / len, d.x() / len);
        const QPointF control = (a + b) / 2 + normal * (len * 0.2);
        QPainterPath path(a);
        path.quadTo(control, b);
        const double w = flowWidth(f.weight);
        p.setPen(QPen(flowColour, w, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrow head along the arc's last tangent (control → b).
        const QPointF t = b - control;
        const double tl = std::hypot(t.x(), t.y());
        if (tl > 0) {
            const QPointF u = t / tl, n(-u.y(), u.x());
            const double h = 6 + w;
            p.setPen(Qt::NoPen);
            p.setBrush(flowColour.darker(115));
            p.drawPolygon(QPolygonF { b, b - u * h + n * h * 0.5, b - u * h - n * h * 0.5 });
        }
        p.setBrush(Qt::white);
        p.setPen(QPen(flowColour.darker(130), 1.5));
        p.drawEllipse(b, 4, 4);
        if (!f.label.isEmpty()) {
            const QRectF r = fm.boundingRect(f.label).adjusted(-3, -1, 3, 1).translated(b + QPointF(8, -6));
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 215));
            p.drawRoundedRect(r, 3, 3);
            p.setPen(QColor(0x40, 0x20, 0x00));
            p.drawText(r, Qt::AlignCenter, f.label);
        }
    }
    // The origin (the park) on top.
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(QColor(0xb3, 0x30, 0x00));
    p.drawEllipse(a, 7, 7);
    if (!m_flowOriginLabel.isEmpty()) {
        QFont bold = small;
        bold.setBold(true);
        p.setFont(bold);
        const QRectF r = QFontMetricsF(bold)
                             .boundingRect(m_flowOriginLabel)
                             .adjusted(-4, -2, 4, 2)
                             .translated(a + QPointF(10, 18));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 225));
        p.drawRoundedRect(r, 3, 3);
        p.setPen(Qt::black);
        p.drawText(r, Qt::AlignCenter, m_flowOriginLabel);
        p.setFont(small);
    }
    // Legend (bottom left): the title and the widths of the heaviest and the lightest flow.
    QStringList lines;
    QList<double> widths;
    lines << m_flowLegend;
    widths << 0;
    if (m_flowText) {
        lines << m_flowText(m_flowMax);
        widths << flowWidth(m_flowMax);
        if (m_flowMin < m_flowMax) {
            lines << m_flowText(m_flowMin);
            widths << flowWidth(m_flowMin);
        }
    }
    double textWidth = 0;
    for (const QString& l : std::as_const(lines))
        textWidth = std::max(textWidth, fm.horizontalAdvance(l));
    const double rowH = 20;
    const QRectF box(10, height() - 16 - rowH * lines.size(), textWidth + 70, rowH * lines.size() + 8);
    p.setPen(QPen(QColor(0, 0, 0, 60)));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRoundedRect(box, 4, 4);
    for (int i = 0; i < lines.size(); ++i) {
        const double y = box.top() + 4 + rowH * i + rowH / 2;
        if (widths[i] > 0) {
            p.setPen(QPen(flowColour, widths[i], Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(box.left() + 8, y), QPointF(box.left() + 52, y));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(box.left() + (widths[i] > 0 ? 60 : 8), y - rowH / 2, textWidth + 4, rowH),
            Qt::AlignVCenter | Qt::AlignLeft, lines[i]);
    }
    p.restore();
}

const map::Feature* MapWidget::highlighted() const
{
    if (!m_highlightLayer || m_highlightFeature < 0
        || m_highlightFeature >= m_highlightLayer->features().size())
        return nullptr;
    return &m_highlightLayer->features()[m_highlightFeature];
}

int MapWidget::vertexAt(QPointF pos) const
{
    const map::Feature* f = highlighted();
    if (!f)
        return -1;
    int best = -1, i = 0;
    double bestDistance = 7; // px: a little more than the handle
    forEachVertex(*f, [&](const QPointF& q) {
        const QPointF d = m_view.toScreen(q) - pos;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
        ++i;
    });
    return best;
}

void MapWidget::drawHighlight(QPainter& p)
{
    const map::Feature* current = highlighted();
    if (!current)
        return;
    const map::Feature& f = m_dragVertices.isEmpty() ? *current : m_reshaped;
    p.setRenderHint(QPainter::Antialiasing, true);
    QList<QPolygonF> parts;
    auto screen = [&](const QList<QPointF>& pts) {
        QPolygonF out;
        for (const QPointF& q : pts)
            out << m_view.toScreen(q);
        return out;
    };
    for (const auto& l : f.lines)
        parts << screen(l);
    for (const auto& poly : f.polygons)
        for (const auto& ring : poly)
            parts << screen(ring);
    for (const QPointF& q : f.points)
        parts << QPolygonF { m_view.toScreen(q) };
    const QColor edge(0x15, 0x65, 0xc0);
    for (const QPolygonF& part : std::as_const(parts)) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::white, 5));
        p.drawPolyline(part);
        p.setPen(QPen(edge, 2, Qt::DashLine));
        p.drawPolyline(part);
        p.setPen(QPen(edge, 1.5));
        p.setBrush(Qt::white);
        for (const QPointF& v : part)
            p.drawRect(QRectF(v - QPointF(3.5, 3.5), QSizeF(7, 7)));
    }
}

void MapWidget::drawDraft(QPainter& p)
{
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor edge(0xd8, 0x1b, 0x60);
    QPolygonF pts;
    for (const QPointF& q : std::as_const(m_draft))
        pts << m_view.toScreen(q);
    if (!pts.isEmpty() && rect().contains(m_hover.toPoint()))
        pts << m_hover; // rubber band to the pointer
    if (m_tool == Tool::DrawPolygon && pts.size() >= 3) {
        QColor fill = edge;
        fill.setAlpha(40);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPolygon(pts);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(edge, 2, Qt::DashLine));
    p.drawPolyline(pts);
    p.setPen(QPen(edge, 1.5));
    p.setBrush(Qt::white);
    for (const QPointF& q : std::as_const(m_draft)) {
        const QPointF s = m_view.toScreen(q);
        p.drawEllipse(s, 4, 4);
    }
    // What to do next, always visible while a drawing tool is active.
    QString hint;
    if (m_tool == Tool::DrawPoint)
        hint = tr("Click to place a marker. Esc leaves the tool.");
    else if (m_draft.isEmpty())
        hint = tr("Click to add points (dragging moves the map). Esc leaves the tool.");
    else
        hint = tr("Double-click or Enter finishes, Backspace removes the last point, Esc cancels.");
    QFont f = font();
    f.setPixelSize(13);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const QRectF r(12, height() - 62, fm.horizontalAdvance(hint) + 20, 26);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRoundedRect(r, 5, 5);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(r, Qt::AlignCenter, hint);
}

void MapWidget::drawOverlay(QPainter& p)
{
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor edge(0x15, 0x65, 0xc0);
    QColor fill = edge;
    fill.setAlpha(40);
    if (m_pressed && m_dragged) {
        p.setPen(QPen(edge, 1.5, Qt::DashLine));
        p.setBrush(fill);
        if (m_tool == Tool::Rectangle) {
            p.drawRect(QRectF(m_pressPos, m_lastPos).normalized());
        } else if (m_tool == Tool::Circle) {
            const double r = std::hypot(m_lastPos.x() - m_pressPos.x(), m_lastPos.y() - m_pressPos.y());
            p.drawEllipse(m_pressPos, r, r);
            const double metres = distanceMetres(m_view.toLonLat(m_pressPos), m_view.toLonLat(m_lastPos));
            const QString text = metres >= 1000 ? tr("Radius %1 km").arg(metres / 1000, 0, 'f', 2)
                                                : tr("Radius %1 m").arg(std::lround(metres));
            p.setPen(Qt::black);
            p.drawText(m_lastPos + QPointF(8, -8), text);
        } else if (m_tool == Tool::Lasso && m_lasso.size() > 1) {
            p.drawPolygon(m_lasso);
        }
    }
    if (!m_busyText.isEmpty()) {
        QFont f = font();
        f.setPixelSize(14);
        p.setFont(f);
        const QRectF r(width() / 2.0 - 180, 16, 360, 30);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 225));
        p.drawRoundedRect(r, 6, 6);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(r, Qt::AlignCenter, m_busyText);
    }
}

void MapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_inertia.stop();
    m_zoomAnim.stop();
    m_pressed = true;
    m_dragged = false;
    m_pressPos = m_lastPos = event->position();
    m_velocity = {};
    m_moveClock.start();
    m_lasso.clear();
    if (m_tool == Tool::Lasso)
        m_lasso << m_pressPos;
    m_dragVertices.clear();
    if (m_tool == Tool::Click) {
        // On a vertex of the highlighted shape: drag that vertex instead of the map.
        const int v = vertexAt(m_pressPos);
        if (v >= 0) {
            m_reshaped = *highlighted();
            QList<QPointF*> all;
            forEachVertex(m_reshaped, [&all](QPointF& q) { all << &q; });
            const QPointF grabbed = *all[v];
            for (QPointF* q : std::as_const(all))
                if (*q == grabbed) // a closed ring's first and last vertex are one corner
                    m_dragVertices << q;
        }
    }
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (isDrawing()) {
        m_hover = pos;
        if (!m_draft.isEmpty() && !m_pressed)
            update();
    }
    if (!m_pressed) {
        if (m_tool == Tool::Click)
            setCursor(vertexAt(pos) >= 0 ? Qt::SizeAllCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_dragged && std::hypot(pos.x() - m_pressPos.x(), pos.y() - m_pressPos.y()) < 4)
        return;
    m_dragged = true;
    if (!m_dragVertices.isEmpty()) {
        const QPointF lonLat = m_view.toLonLat(pos); // WGS-84 whatever frame the base layer uses
        for (QPointF* q : std::as_const(m_dragVertices))
            *q = lonLat;
        update();
    } else if (m_tool == Tool::Click || isDrawing()) {
        const QPointF delta = pos - m_lastPos;
        const qint64 ms = std::max<qint64>(1, m_moveClock.restart());
        // Exponential smoothing of the pointer speed gives a steady throw.
        m_velocity = m_velocity * 0.4 + (delta / double(ms)) * 0.6;
        m_view.panBy(delta);
        interacting();
    } else if (m_tool == Tool::Lasso) {
        m_lasso << pos;
        update();
    } else {
        update();
    }
    m_lastPos = pos;
}

void MapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    const QPointF pos = event->position();
    m_pressed = false;
    if (!m_dragVertices.isEmpty()) {
        m_dragVertices.clear();
        if (m_dragged && m_highlightLayer)
            emit shapeReshaped(m_highlightLayer->id(), m_highlightFeature, m_reshaped);
        update();
        if (m_dragged)
            return;
    }
    if (!m_dragged) {
        if (isDrawing())
            addVertex(pos);
        else
            handleClick(pos);
        return;
    }
    if (m_tool == Tool::Click || isDrawing()) {
        if (m_moveClock.elapsed() < 80)
            startInertia();
        else
            emit viewChanged();
        return;
    }
    finishShape(pos);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (isDrawing()) {
        // The first click of the pair placed the last vertex; the release that follows must not start a
        // new shape.
        if (event->button() == Qt::LeftButton && m_tool != Tool::DrawPoint) {
            addVertex(event->position());
            finishDraft();
        }
        m_pressed = false;
        return;
    }
    zoomTo(std::floor(m_view.zoom()) + 1, event->position());
}

void MapWidget::handleClick(QPointF pos)
{
    if (const auto* hit = m_renderer.hitItem(pos)) {
        if (hit->item.isCluster() && m_index) {
            // Click to expand: zoom to where the cluster falls apart, centred on it.
            const int z = m_index->expansionZoom(hit->item.id);
            m_view.panBy(QPointF(width() / 2.0, height() / 2.0) - hit->screen);
            zoomTo(std::min<double>(z, m_view.maxZoom()), QPointF(width() / 2.0, height() / 2.0), 250);
            return;
        }
        emit selectionMade({ hit->item.id }, QStringLiteral("click"));
        return;
    }
    // A building (topmost layer first): everything inside it.
    for (auto it = m_vectors.crbegin(); it != m_vectors.crend(); ++it) {
        const map::VectorLayer* layer = *it;
        if (!layer || m_view.zoom() < layer->style().minZoom)
            continue;
        const int f = layer->hitTest(m_view, pos);
        if (f < 0)
            continue;
        emit featureClicked(layer->id(), f);
        const map::Feature& feature = layer->features()[f];
        if (feature.type == map::Feature::Type::Polygon && m_index) {
            std::vector<std::int32_t> inside;
            const QRectF b = feature.bounds;
            const QPointF u0 = map::TileMath::lonLatToUnit(b.left(), b.bottom());
            const QPointF u1 = map::TileMath::lonLatToUnit(b.right(), b.top());
            for (std::int32_t i : m_index->pointsInBox(QRectF(u0, u1).normalized())) {
                const QPointF ll = map::TileMath::unitToLonLat(m_index->pointUnit(i));
                for (const auto& poly : feature.polygons)
                    if (map::Geometry::pointInPolygon(ll, poly)) {
                        inside.push_back(i);
                        break;
                    }
            }
            // A building or a park: everything inside its outline.
            emit selectionMade(inside, layer->id().isEmpty() ? QStringLiteral("building") : layer->id());
        }
        return;
    }
    emit featureClicked(QString(), -1);
    emit selectionMade({}, QStringLiteral("click"));
}

void MapWidget::finishShape(QPointF pos)
{
    std::vector<std::int32_t> pts;
    QString how;
    if (m_tool == Tool::Rectangle) {
        pts = pointsInScreenRect(QRectF(m_pressPos, pos).normalized());
        how = QStringLiteral("rectangle");
    } else if (m_tool == Tool::Circle) {
        pts = pointsWithinMetres(
            m_view.toLonLat(m_pressPos), distanceMetres(m_view.toLonLat(m_pressPos), m_view.toLonLat(pos)));
        how = QStringLiteral("circle");
    } else if (m_tool == Tool::Lasso) {
        m_lasso << pos;
        pts = pointsInScreenPolygon(m_lasso);
        how = QStringLiteral("lasso");
    }
    m_lasso.clear();
    update();
    emit selectionMade(pts, how);
}

std::vector<std::int32_t> MapWidget::pointsInScreenRect(const QRectF& rect) const
{
    return pointsInScreenPolygon(QPolygonF(rect));
}

std::vector<std::int32_t> MapWidget::pointsInScreenPolygon(const QPolygonF& polygon) const
{
    std::vector<std::int32_t> out;
    if (!m_index || polygon.size() < 3)
        return out;
    // Candidates from the bounding box in data space, then the exact test in screen space (where the user
    // drew).
    const QRectF b = polygon.boundingRect();
    double x0 = 1, y0 = 1, x1 = 0, y1 = 0;
    for (QPointF corner : { b.topLeft(), b.topRight(), b.bottomLeft(), b.bottomRight() }) {
        const QPointF ll = m_view.toLonLat(corner);
        const QPointF u = map::TileMath::lonLatToUnit(ll.x(), ll.y());
        x0 = std::min(x0, u.x());
        x1 = std::max(x1, u.x());
        y0 = std::min(y0, u.y());
        y1 = std::max(y1, u.y());
    }
    const QRectF unitBox(QPointF(x0, y0), QPointF(x1, y1));
    const QList<QPointF> ring(polygon.cbegin(), polygon.cend());
    for (std::int32_t i : m_index->pointsInBox(unitBox.adjusted(-1e-7, -1e-7, 1e-7, 1e-7))) {
        const QPointF s = m_view.unitToScreen(m_index->pointUnit(i));
        if (map::Geometry::pointInRing(s, ring))
            out.push_back(i);
    }
    return out;
}

std::vector<std::int32_t> MapWidget::pointsWithinMetres(QPointF centre, double metres) const
{
    std::vector<std::int32_t> out;
    if (!m_index || !(metres > 0))
        return out;
    const double dLat = metres / 111320.0;
    const double dLon = dLat / std::max(0.01, std::cos(centre.y() * std::numbers::pi / 180.0));
    const QPointF a = map::TileMath::lonLatToUnit(centre.x() - dLon, centre.y() + dLat);
    const QPointF b = map::TileMath::lonLatToUnit(centre.x() + dLon, centre.y() - dLat);
    for (std::int32_t i : m_index->pointsInBox(QRectF(a, b).normalized()))
        if (distanceMetres(centre, map::TileMath::unitToLonLat(m_index->pointUnit(i))) <= metres)
            out.push_back(i);
    return out;
}

void MapWidget::startInertia()
{
    if (std::hypot(m_velocity.x(), m_velocity.y()) < 0.05)
        return;
    m_inertia.start();
}

void MapWidget::inertiaStep()
{
    m_view.panBy(m_velocity * 16.0);
    m_velocity *= 0.9;
    interacting();
    if (std::hypot(m_velocity.x(), m_velocity.y()) < 0.02) {
        m_inertia.stop();
        emit viewChanged();
    }
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    // One notch (120) = half a zoom level; touchpads send small deltas and get smooth fractional zoom.
    const double steps = event->angleDelta().y() / 240.0;
    if (steps == 0)
        return;
    const double from = m_zoomAnim.state() == QAbstractAnimation::Running ? m_zoomAnim.endValue().toDouble()
                                                                          : m_view.zoom();
    zoomTo(from + steps, event->position(), std::abs(steps) >= 0.5 ? 150 : 0);
    event->accept();
}

void MapWidget::keyPressEvent(QKeyEvent* event)
{
    const double pan = 120;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1);
        break;
    case Qt::Key_Minus:
        zoomBy(-1);
        break;
    case Qt::Key_Left:
        m_view.panBy({ pan, 0 });
        interacting();
        break;
    case Qt::Key_Right:
        m_view.panBy({ -pan, 0 });
        interacting();
        break;
    case Qt::Key_Up:
        m_view.panBy({ 0, pan });
        interacting();
        break;
    case Qt::Key_Down:
        m_view.panBy({ 0, -pan });
        interacting();
        break;
    case Qt::Key_Escape:
        // Esc cancels the shape being drawn; with nothing drawn it leaves the drawing tool.
        if (isDrawing() && m_draft.isEmpty() && !m_pressed) {
            setTool(Tool::Click);
            break;
        }
        m_pressed = false;
        m_lasso.clear();
        m_draft.clear();
        m_dragVertices.clear(); // a vertex being dragged goes back
        update();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (isDrawing())
            finishDraft();
        else
            QWidget::keyPressEvent(event);
        break;
    case Qt::Key_Backspace:
        if (isDrawing() && !m_draft.isEmpty()) {
            m_draft.removeLast();
            update();
        } else {
            QWidget::keyPressEvent(event);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool MapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto* g = static_cast<QNativeGestureEvent*>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            // value() is the relative scale change; log2 turns it into zoom levels.
            zoomTo(m_view.zoom() + std::log2(1.0 + g->value()), g->position(), 0);
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto* ge = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(ge->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF c = mapFromGlobal(pinch->centerPoint());
                zoomTo(m_view.zoom() + std::log2(std::max(0.01, pinch->scaleFactor())), c, 0);
            }
            ge->accept(pinch);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace dj::ui
