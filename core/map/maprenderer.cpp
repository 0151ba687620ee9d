#include "core/map/maprenderer.h"

#include "core/codes/regions.h"
#include "core/geo/regioncentres.h"
#include "core/map/labelplacer.h"
#include "core/map/tilelayer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dj::map {

namespace {
constexpr double kMinLabelledShapePx = 24.0;
}

MapRenderer::MapRenderer()
{
    m_font.setPixelSize(12);
    m_countFont.setPixelSize(11);
    m_countFont.setBold(true);
    m_ascent = QFontMetricsF(m_font).ascent();
}

double MapRenderer::radiusFor(std::int32_t count)
{
    if (count <= 1)
        return 5.0;
    return std::min(28.0, 10.0 + 4.0 * std::log10(double(count)));
}

QString MapRenderer::abbreviate(std::int32_t count)
{
    if (count >= 1000000)
        return QString::number(count / 1e6, 'f', 1) + u'M';
    if (count >= 10000)
        return QString::number(count / 1000) + u'k';
    if (count >= 1000)
        return QString::number(count / 1e3, 'f', 1) + u'k';
    return QString::number(count);
}

namespace {
// Map furniture: where the scale bar starts (its longest bar) and where the north arrow stands.
constexpr double kScaleBarMaxPx = 120;
QPointF scaleBarOrigin(const MapView& view)
{
    return { 12, view.size().height() - 14 };
}
QPointF compassCentre(const MapView& view)
{
    return { view.size().width() - 24, 28 };
}
} // namespace

QRectF MapRenderer::attributionRect(const MapView& view, const QString& text) const
{
    const QFontMetricsF fm(m_font);
    const double w = fm.horizontalAdvance(text) + 10;
    return QRectF(view.size().width() - w, view.size().height() - fm.height() - 4, w, fm.height() + 4);
}

void MapRenderer::render(QPainter& p, const MapView& view, const RenderLayers& layers)
{
    const QRectF frame(QPointF(0, 0), view.size());
    p.fillRect(frame, background());
    m_wanted.clear();
    if (layers.tiles && !layers.tiles->source().isNone())
        drawTiles(p, view, *layers.tiles);

    // Labels stay wholly inside the frame and off the scale bar, the north arrow and the attribution.
    LabelPlacer labels(m_font);
    labels.setBounds(frame);
    const QPointF bar = scaleBarOrigin(view), north = compassCentre(view);
    labels.reserve(QRectF(bar.x() - 4, bar.y() - 20, kScaleBarMaxPx + 8, 26));
    labels.reserve(QRectF(north.x() - 10, north.y() - 12, 20, 34));
    if (!layers.attribution.isEmpty())
        labels.reserve(attributionRect(view, layers.attribution));
    p.setRenderHint(QPainter::Antialiasing, true);
    if (layers.schematicBase && (!layers.tiles || layers.tiles->source().isNone()))
        drawSchematic(p, view, labels);
    for (const VectorLayer* layer : layers.vectors)
        if (layer && view.zoom() >= layer->style().minZoom)
            drawVectors(p, view, *layer, labels);
    drawClusters(p, view, layers, labels);

    p.setRenderHint(QPainter::Antialiasing, false);
    drawScaleBar(p, view);
    drawAttribution(p, view, layers.attribution);
}

namespace {

struct SchematicPlace
{
    geo::LonLat at;
    QString name;
    int level; ///< 1 province, 2 prefecture, 3 county
};

/// Region points with names, provinces first so that they win label space, built once.
const std::vector<SchematicPlace>& schematicPlaces()
{
    static const std::vector<SchematicPlace> places = [] {
        std::vector<SchematicPlace> out;
        const geo::RegionCentres& centres = geo::RegionCentres::instance();
        const codes::Regions& regions = codes::Regions::instance();
        for (const QString& code : centres.codes()) {
            const codes::Region* r = regions.find(code);
            const auto c = centres.exact(code);
            if (!r || !c || r->level < 1 || r->level > 3)
                continue;
            // Placeholders (市辖区, 县, 省直辖县级行政区划) name no place.
            if (r->name == u"市辖区" || r->name == u"县" || r->name.endsWith(u"直辖县级行政区划"))
                continue;
            out.push_back({ c->position, r->shortName.isEmpty() ? r->name : r->shortName, r->level });
        }
        std::sort(out.begin(), out.end(), [](const SchematicPlace& a, const SchematicPlace& b) {
            return a.level != b.level ? a.level < b.level : a.name < b.name;
        });
        return out;
    }();
    return places;
}

} // namespace

void MapRenderer::drawSchematic(QPainter& p, const MapView& view, LabelPlacer& labels)
{
    // Provinces while the country is in view, cities from regional zooms, counties closer in.
    const double z = view.zoom();
    const int deepest = z < 5.5 ? 1 : z < 8 ? 2 : 3;
    const int shallowest = z < 7 ? 1 : z < 10 ? 2 : 3;
    const QRectF frame(QPointF(0, 0), view.size());
    const QRectF margin = frame.adjusted(-20, -20, 20, 20);
    const QColor dot[] = { QColor(0x6b, 0x7a, 0x8f), QColor(0x8a, 0x96, 0xa6), QColor(0xa9, 0xb2, 0xbe) };
    const QColor text[] = { QColor(0x3d, 0x4a, 0x5c), QColor(0x55, 0x61, 0x72), QColor(0x70, 0x7b, 0x8a) };
    p.setFont(m_font);
    for (const SchematicPlace& place : schematicPlaces()) {
        if (place.level > deepest || place.level < shallowest)
            continue;
        const QPointF s = view.toScreen({ place.at.lon, place.at.lat });
        if (!margin.contains(s))
            continue;
        const double radius = place.level == 1 ? 3.5 : place.level == 2 ? 2.5 : 1.8;
        p.setPen(Qt::NoPen);
        p.setBrush(dot[place.level - 1]);
        p.drawEllipse(s, radius, radius);
        if (!labels.place(place.name, s, radius * 2))
            continue;
        const QRectF r = labels.placed().last().rect;
        p.setPen(text[place.level - 1]);
        p.drawText(QPointF(r.left() + 1, r.top() + m_ascent), place.name);
    }
}

void MapRenderer::drawTiles(QPainter& p, const MapView& view, TileLayer& tiles)
{
    const int tz = std::clamp(int(std::lround(view.zoom())), tiles.minZoom(), tiles.maxZoom());
    const int n = 1 << tz;
    const QPointF a = view.screenToDisplayUnit({ 0, 0 });
    const QPointF b = view.screenToDisplayUnit({ view.size().width(), view.size().height() });
    const int x0 = std::max(0, int(std::floor(a.x() * n))), x1 = std::min(n - 1, int(std::floor(b.x() * n)));
    const int y0 = std::max(0, int(std::floor(a.y() * n))), y1 = std::min(n - 1, int(std::floor(b.y() * n)));
    const bool integral = std::abs(view.zoom() - tz) < 1e-6;
    p.setRenderHint(QPainter::SmoothPixmapTransform, !integral && !m_fastScaling);
    const QPointF centre(view.size().width() / 2, view.size().height() / 2);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const TileId t { tz, x, y };
            m_wanted << t;
            const QPointF tl = view.displayUnitToScreen({ double(x) / n, double(y) / n });
            const QPointF br = view.displayUnitToScreen({ double(x + 1) / n, double(y + 1) / n });
            // Whole-pixel edges so neighbouring tiles meet without hairline gaps.
            const QRect target(QPoint(int(std::floor(tl.x())), int(std::floor(tl.y()))),
                QPoint(int(std::floor(br.x())) - 1, int(std::floor(br.y())) - 1));
            const QImage img = tiles.image(t);
            if (!img.isNull()) {
                p.drawImage(target, img);
                continue;
            }
            // While loading: the nearest ancestor in memory, scaled up.
            for (int k = 1; k <= std::min(tz, 6); ++k) {
                const TileId parent { tz - k, x >> k, y >> k };
                const QImage pimg = tiles.image(parent);
                if (pimg.isNull())
                    continue;
                const double part = double(pimg.width()) / (1 << k);
                const QRectF source((x & ((1 << k) - 1)) * part, (y & ((1 << k) - 1)) * part, part, part);
                p.drawImage(target, pimg, source);
                break;
            }
        }
    }
    std::sort(m_wanted.begin(), m_wanted.end(), [&](const TileId& l, const TileId& r) {
        auto dist = [&](const TileId& t) {
            const QPointF c = view.displayUnitToScreen({ (t.x + 0.5) / n, (t.y + 0.5) / n }) - centre;
            return c.x() * c.x() + c.y() * c.y();
        };
        return dist(l) < dist(r);
    });
    tiles.want(m_wanted);
}

void MapRenderer::drawVectors(QPainter& p, const MapView& view, const VectorLayer& layer, LabelPlacer& labels)
{
    const VectorStyle& st = layer.style();
    const QPointF nw = view.toLonLat({ 0, 0 });
    const QPointF se = view.toLonLat({ view.size().width(), view.size().height() });
    const QRectF visible = QRectF(QPointF(nw.x(), se.y()), QPointF(se.x(), nw.y()))
                               .normalized()
                               .adjusted(-0.01, -0.01, 0.01, 0.01);
    QPen layerPen(st.stroke, st.strokeWidth);
    layerPen.setJoinStyle(Qt::RoundJoin);
    const bool showLabels = st.labels && view.zoom() >= st.minLabelZoom;
    struct Pending
    {
        QString text;
        QPointF at;
        QPointF fallback; ///< for areas: just inside the top edge, when the middle is taken by markers
        QColor colour;
    };
    QList<Pending> pendingLabels;
    for (const Feature& f : layer.features()) {
        if (!f.bounds.isNull() && !visible.intersects(f.bounds.adjusted(-1e-9, -1e-9, 1e-9, 1e-9)))
            continue;
        // User shapes carry their own style; everything else shares the layer's pen.
        const VectorStyle& fs = f.style ? *f.style : st;
        QPen featurePen;
        if (f.style) {
            featurePen = QPen(fs.stroke, fs.strokeWidth);
            featurePen.setJoinStyle(Qt::BevelJoin);
            featurePen.setCapStyle(Qt::FlatCap);
        }
        const QPen& pen = f.style ? featurePen : layerPen;
        const QColor labelColour = fs.stroke.darker(150);
        if (f.type != Feature::Type::Point && !f.bounds.isNull()) {
            // Level of detail: a shape smaller than two pixels is a dot. Stroking and filling hundreds of
            // sub-pixel paths at low zoom cost ~10 ms a frame for nothing visible.
            const QPointF a = view.toScreen(f.bounds.topLeft());
            const QPointF b = view.toScreen(f.bounds.bottomRight());
            if (std::abs(a.x() - b.x()) < 2 && std::abs(a.y() - b.y()) < 2) {
                const QPointF m = (a + b) / 2;
                p.fillRect(QRect(int(std::floor(m.x())) - 1, int(std::floor(m.y())) - 1, 2, 2), fs.stroke);
                continue;
            }
        }
        switch (f.type) {
        case Feature::Type::Polygon: {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const auto& poly : f.polygons)
                for (const auto& ring : poly) {
                    QPolygonF sp;
                    sp.reserve(ring.size());
                    for (const QPointF& q : ring)
                        sp << view.toScreen(q);
                    path.addPolygon(sp);
                    path.closeSubpath();
                }
            p.setPen(pen);
            p.setBrush(fs.fill);
            p.drawPath(path);
            // Only shapes a label can belong to get one: a name on a three-pixel building is clutter, and
            // each label costs a text layout.
            const QRectF b = path.boundingRect();
            if (showLabels && !f.label.isEmpty() && std::max(b.width(), b.height()) >= kMinLabelledShapePx) {
                pendingLabels << Pending { f.label, b.center(), QPointF(b.center().x(), b.top() + 14),
                    labelColour };
            }
            break;
        }
        case Feature::Type::Line:
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            for (const auto& l : f.lines) {
                QPolygonF sp;
                for (const QPointF& q : l)
                    sp << view.toScreen(q);
                p.drawPolyline(sp);
                if (showLabels && !f.label.isEmpty() && !sp.isEmpty()
                    && std::max(sp.boundingRect().width(), sp.boundingRect().height()) >= kMinLabelledShapePx)
                    pendingLabels << Pending { f.label, sp[sp.size() / 2], sp[sp.size() / 2], labelColour };
            }
            break;
        case Feature::Type::Point:
            p.setPen(QPen(Qt::white, 1));
            p.setBrush(fs.stroke);
            for (const QPointF& q : f.points) {
                const QPointF s = view.toScreen(q);
                p.drawEllipse(s, fs.pointRadius, fs.pointRadius);
                if (showLabels && !f.label.isEmpty())
                    pendingLabels << Pending { f.label, s, s, labelColour };
            }
            break;
        }
    }
    Q_UNUSED(labels);
    for (const Pending& l : std::as_const(pendingLabels))
        m_featureLabels.push_back({ l.text, l.at, l.fallback, l.colour });
}

void MapRenderer::drawFeatureLabels(QPainter& p, LabelPlacer& labels)
{
    // After the markers: they reserved their discs, so a park's name never hides under a cluster.
    p.setFont(m_font);
    const QColor halo(255, 255, 255, 210);
    for (const FeatureLabel& l : m_featureLabels) {
        if (!labels.place(l.text, l.at, 0) && (l.fallback == l.at || !labels.place(l.text, l.fallback, 0)))
            continue;
        const QRectF r = labels.placed().last().rect;
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        p.drawRoundedRect(r, 2, 2);
        p.setPen(l.colour);
        p.drawText(QPointF(r.left() + 1, r.top() + m_ascent), l.text); // no layout pass: ~3× cheaper
    }
    m_featureLabels.clear();
}

void MapRenderer::drawClusters(
    QPainter& p, const MapView& view, const RenderLayers& layers, LabelPlacer& labels)
{
    m_drawn.clear();
    if (!layers.clusters || layers.clusters->pointCount() == 0) {
        drawFeatureLabels(p, labels);
        return;
    }
    const int z = int(std::floor(view.zoom()));
    const auto items = layers.clusters->items(view.dataUnitBox(40), z);
    m_drawn.reserve(items.size());
    for (const auto& it : items) {
        const QPointF s = view.unitToScreen({ it.x, it.y });
        m_drawn.push_back({ s, radiusFor(it.count), it });
    }
    // Big clusters under small ones would hide them; draw larger first.
    std::sort(m_drawn.begin(), m_drawn.end(),
        [](const DrawnItem& a, const DrawnItem& b) { return a.item.count > b.item.count; });
    auto colour = [&](std::uint8_t c) {
        return c < layers.palette.size() ? layers.palette[c] : QColor(0x1f, 0x77, 0xb4);
    };
    // Markers are drawn once into small images and blitted: an antialiased circle with text costs tens of
    // microseconds, a blit about one, and a frame can hold thousands of markers.
    for (const DrawnItem& d : m_drawn) {
        const bool sel = !d.item.isCluster() && layers.selected
            && std::size_t(d.item.id) < layers.selected->size() && (*layers.selected)[std::size_t(d.item.id)];
        const QImage& sprite
            = markerSprite(colour(d.item.category), d.item.isCluster() ? d.item.count : 1, sel);
        const double half = sprite.width() / (2.0 * sprite.devicePixelRatio());
        p.drawImage(QPointF(std::round(d.screen.x() - half), std::round(d.screen.y() - half)), sprite);
        labels.reserve(QRectF(d.screen.x() - d.radius, d.screen.y() - d.radius, 2 * d.radius, 2 * d.radius));
    }
    drawFeatureLabels(p, labels);
    if (layers.pointLabels && view.zoom() >= 15.5) {
        p.setFont(m_font);
        for (const DrawnItem& d : m_drawn) {
            if (d.item.isCluster() || d.item.id >= layers.pointLabels->size())
                continue;
            const QString& name = layers.pointLabels->at(d.item.id);
            if (!labels.place(name, d.screen, d.radius))
                continue;
            const QRectF r = labels.placed().last().rect;
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 210));
            p.drawRoundedRect(r, 2, 2);
            p.setPen(QColor(0x33, 0x33, 0x33));
            p.drawText(QPointF(r.left() + 1, r.top() + m_ascent), name);
        }
    }
}

const QImage& MapRenderer::markerSprite(const QColor& colour, std::int32_t count, bool selected)
{
    const QString text = count > 1 ? abbreviate(count) : QString();
    const QString key = QString::number(colour.rgba(), 16) + u'|' + text + (selected ? u"|s"_s : QString());
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.cend())
        return *it;
    if (m_sprites.size() > 4096)
        m_sprites.clear();
    const double r = radiusFor(count);
    const double outer = count > 1 ? r + 4 : r + (selected ? 5 : 1);
    const int size = int(std::ceil(2 * outer)) + 2;
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPointF c(size / 2.0, size / 2.0);
    if (count > 1) {
        QColor halo = colour;
        halo.setAlpha(70);
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        p.drawEllipse(c, r + 4, r + 4);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(colour);
        p.drawEllipse(c, r, r);
        p.setFont(m_countFont);
        p.setPen(Qt::white);
        p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, text);
    } else {
        if (selected) {
            p.setPen(QPen(QColor(0xff, 0xd4, 0x00), 3));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r + 3, r + 3);
        }
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(colour);
        p.drawEllipse(c, r, r);
    }
    p.end();
    return *m_sprites.insert(key, img);
}

const MapRenderer::DrawnItem* MapRenderer::hitItem(QPointF screen, double tolerancePx) const
{
    // Drawn largest first, so the last hit is the one on top.
    for (auto it = m_drawn.rbegin(); it != m_drawn.rend(); ++it) {
        const QPointF d = it->screen - screen;
        if (std::hypot(d.x(), d.y()) <= it->radius + tolerancePx)
            return &*it;
    }
    return nullptr;
}

void MapRenderer::drawScaleBar(QPainter& p, const MapView& view)
{
    const double mpp = view.metresPerPixel();
    if (!(mpp > 0))
        return;
    // The largest 1-2-5 length that fits into kScaleBarMaxPx.
    double len = std::pow(10.0, std::floor(std::log10(kScaleBarMaxPx * mpp)));
    for (double f : { 5.0, 2.0, 1.0 })
        if (f * len <= kScaleBarMaxPx * mpp) {
            len *= f;
            break;
        }
    const double px = len / mpp;
    const QString text = len >= 1000 ? tr("%1 km").arg(len / 1000) : tr("%1 m").arg(len);
    const double x = scaleBarOrigin(view).x(), y = scaleBarOrigin(view).y();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 190));
    p.drawRect(QRectF(x - 4, y - 20, px + 8, 26));
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    p.drawLine(QPointF(x, y), QPointF(x + px, y));
    p.drawLine(QPointF(x, y - 5), QPointF(x, y));
    p.drawLine(QPointF(x + px, y - 5), QPointF(x + px, y));
    p.setFont(m_font);
    p.drawText(QRectF(x, y - 20, px, 14), Qt::AlignCenter, text);
    // North-up: the map never rotates; a small arrow says so.
    const QPointF n = compassCentre(view);
    QPolygonF arrow;
    arrow << n + QPointF(0, -12) << n + QPointF(7, 8) << n + QPointF(0, 4) << n + QPointF(-7, 8);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(QColor(0x33, 0x33, 0x33));
    p.drawPolygon(arrow);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(QRectF(n.x() - 10, n.y() + 8, 20, 14), Qt::AlignCenter, tr("N"));
}

void MapRenderer::drawAttribution(QPainter& p, const MapView& view, const QString& text)
{
    if (text.isEmpty())
        return;
    p.setFont(m_font);
    const QRectF r = attributionRect(view, text);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRect(r);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(r, Qt::AlignCenter, text);
}

} // namespace dj::map
