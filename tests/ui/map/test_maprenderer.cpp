#include "core/map/clusterindex.h"
#include "core/map/labelplacer.h"
#include "core/map/maprenderer.h"
#include "core/map/mbtiles.h"
#include "core/map/tilelayer.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj::map;

namespace {
QImage solid(QColor c)
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(c);
    return img;
}

struct Fixture
{
    QTemporaryDir dir;
    TileLayer tiles;
    Fixture()
    {
        MbTiles::Metadata md;
        md.name = QStringLiteral("t");
        md.format = QStringLiteral("png");
        md.minZoom = 0;
        md.maxZoom = 18;
        md.attribution = QStringLiteral("© Test tiles");
        MbTiles::create(dir.filePath(QStringLiteral("t.mbtiles")), md);
        tiles.setOnline(false);
        tiles.setSource(TileSource::file(dir.filePath(QStringLiteral("t.mbtiles"))));
    }
};
} // namespace

TEST_CASE("renderer: clean canvas, tiles, and a scaled parent while a tile is missing", "[map][render]")
{
    Fixture fx;
    MapView view;
    view.setSize({ 512, 512 });
    view.setZoom(10);
    view.setCenter(
        TileMath::unitToLonLat({ 0.5 + 0.5 / 1024, 0.5 + 0.5 / 1024 })); // middle of tile (10, 512, 512)
    MapRenderer r;
    QImage frame(512, 512, QImage::Format_ARGB32_Premultiplied);

    {
        QPainter p(&frame);
        r.render(p, view, RenderLayers {});
    }
    CHECK(frame.pixelColor(100, 100) == MapRenderer::background());

    // Only the parent (zoom 9) is there: the zoom-10 tile is drawn from its quarter, scaled up.
    QImage parent = solid(Qt::blue);
    {
        QPainter pp(&parent);
        pp.fillRect(0, 0, 128, 128, Qt::red); // the quarter that becomes tile (10, 512, 512)
    }
    fx.tiles.insertImage({ 9, 256, 256 }, parent);
    {
        QPainter p(&frame);
        r.render(
            p, view, RenderLayers { &fx.tiles, {}, nullptr, {}, nullptr, nullptr, fx.tiles.attribution() });
    }
    CHECK(frame.pixelColor(256, 256) == QColor(Qt::red));
    CHECK(r.wantedTiles().contains(TileId { 10, 512, 512 }));
    CHECK(r.wantedTiles().first() == TileId { 10, 512, 512 }); // the centre tile is wanted first

    fx.tiles.insertImage({ 10, 512, 512 }, solid(Qt::green));
    {
        QPainter p(&frame);
        r.render(
            p, view, RenderLayers { &fx.tiles, {}, nullptr, {}, nullptr, nullptr, fx.tiles.attribution() });
    }
    CHECK(frame.pixelColor(256, 256) == QColor(Qt::green));
    // The attribution box sits in the lower right corner and is not tile-coloured.
    CHECK(frame.pixelColor(508, 505) != QColor(Qt::green));
}

TEST_CASE("renderer: clusters drawn in their category colour and hit-testable", "[map][render]")
{
    std::vector<QPointF> pts;
    std::vector<std::uint8_t> cats;
    for (int i = 0; i < 50; ++i) {
        pts.emplace_back(121.47 + (i % 7) * 1e-4, 31.23 + (i / 7) * 1e-4);
        cats.push_back(1);
    }
    pts.emplace_back(121.60, 31.23); // a lone point far east
    cats.push_back(0);
    const ClusterIndex index(pts, cats, {});
    MapView view;
    view.setSize({ 800, 600 });
    view.setZoom(12);
    view.setCenter({ 121.52, 31.23 });
    MapRenderer r;
    QImage frame(800, 600, QImage::Format_ARGB32_Premultiplied);
    const QList<QColor> palette { QColor(255, 0, 0), QColor(0, 0, 255) };
    {
        QPainter p(&frame);
        r.render(p, view, RenderLayers { nullptr, {}, &index, palette, nullptr, nullptr, {} });
    }
    REQUIRE(r.drawnItems().size() == 2);
    const QPointF clusterAt = view.toScreen({ 121.4703, 31.2303 });
    const auto* hit = r.hitItem(clusterAt + QPointF(3, 3));
    REQUIRE(hit);
    CHECK(hit->item.count == 50);
    // Blue disc (category 1) around the white count text.
    const QColor c = frame.pixelColor((clusterAt + QPointF(-hit->radius + 3, 0)).toPoint());
    CHECK(c.blue() > 200);
    CHECK(c.red() < 60);
    const auto* lone = r.hitItem(view.toScreen({ 121.60, 31.23 }));
    REQUIRE(lone);
    CHECK_FALSE(lone->item.isCluster());
    CHECK(lone->item.id == 50);
    CHECK(frame.pixelColor(view.toScreen({ 121.60, 31.23 }).toPoint()).red() > 200);
    CHECK_FALSE(r.hitItem({ 5, 5 }));
    CHECK(MapRenderer::abbreviate(1234) == QStringLiteral("1.2k"));
    CHECK(MapRenderer::abbreviate(56789) == QStringLiteral("56k"));
}

TEST_CASE("renderer: polygons of a vector layer are filled", "[map][render]")
{
    VectorLayer layer(QStringLiteral("parks"), {});
    VectorStyle st;
    st.fill = QColor(0, 200, 0);
    st.stroke = QColor(0, 100, 0);
    layer.setStyle(st);
    layer.addGeoJson(
        R"({"type":"Polygon","coordinates":[[[121.46,31.22],[121.48,31.22],[121.48,31.24],[121.46,31.24],[121.46,31.22]]]})");
    MapView view;
    view.setSize({ 400, 400 });
    view.setZoom(13);
    view.setCenter({ 121.47, 31.23 });
    MapRenderer r;
    QImage frame(400, 400, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&frame);
        r.render(p, view, RenderLayers { nullptr, { &layer }, nullptr, {}, nullptr, nullptr, {} });
    }
    CHECK(frame.pixelColor(200, 200) == QColor(0, 200, 0));
    CHECK(frame.pixelColor(2, 2) == MapRenderer::background());
}
TEST_CASE("labels stay inside the frame: they change sides at an edge or are left out", "[map][labels]")
{
    QFont font;
    font.setPixelSize(12);
    const QRectF frame(0, 0, 300, 200);
    LabelPlacer placer(font);
    placer.setBounds(frame);
    // Near the right edge the label goes to the left of its marker; near the left edge, to the right.
    REQUIRE(placer.place(QStringLiteral("北京宏信餐饮管理股份有限公司"), QPointF(290, 100), 4));
    CHECK(placer.placed().last().rect.right() < 290);
    REQUIRE(placer.place(QStringLiteral("北京瑞普装饰工程有限公司"), QPointF(5, 40), 4));
    CHECK(placer.placed().last().rect.left() > 5);
    // Too long for any side of an anchor in a corner of a narrow frame: left out rather than cut off.
    LabelPlacer narrow(font);
    narrow.setBounds(QRectF(0, 0, 120, 40));
    CHECK_FALSE(narrow.place(QStringLiteral("北京宏信餐饮管理股份有限公司上海分公司"), QPointF(60, 20), 4));
    for (const auto& l : placer.placed())
        CHECK(frame.contains(l.rect));
    // Unbounded (the default) a label may run past any edge.
    LabelPlacer free(font);
    REQUIRE(free.place(QStringLiteral("北京宏信餐饮管理股份有限公司"), QPointF(290, 100), 4));
    CHECK(free.placed().last().rect.right() > 300);
}

TEST_CASE("label placement never overlaps", "[map][labels]")
{
    QFont font;
    font.setPixelSize(12);
    LabelPlacer placer(font);
    placer.reserve(QRectF(95, 95, 10, 10));
    int placed = 0;
    for (int i = 0; i < 20; ++i)
        placed += placer.place(QStringLiteral("企业%1").arg(i), QPointF(100, 100), 5) ? 1 : 0;
    CHECK(placed >= 1);
    CHECK(placed <= 4);
    const auto& all = placer.placed();
    for (int i = 0; i < all.size(); ++i) {
        CHECK_FALSE(all[i].rect.intersects(QRectF(95, 95, 10, 10)));
        for (int j = i + 1; j < all.size(); ++j)
            CHECK_FALSE(all[i].rect.intersects(all[j].rect));
    }
    CHECK_FALSE(placer.place({}, QPointF(500, 500)));

    // The grid lookup agrees with testing every pair: many labels around and across cell borders, at
    // negative coordinates (partly off screen) and beside a large reserved area spanning many cells.
    LabelPlacer grid(font);
    grid.reserve(QRectF(-300, 200, 700, 300));
    for (int i = 0; i < 400; ++i)
        grid.place(QStringLiteral("楼%1").arg(i), QPointF(-200 + (i * 37) % 900, -100 + (i * 53) % 800), 4);
    const auto& many = grid.placed();
    CHECK(many.size() > 20);
    for (int i = 0; i < many.size(); ++i) {
        CHECK_FALSE(many[i].rect.intersects(QRectF(-300, 200, 700, 300)));
        for (int j = i + 1; j < many.size(); ++j)
            CHECK_FALSE(many[i].rect.intersects(many[j].rect));
    }
}

TEST_CASE("renderer: with no tile source the schematic base shows region points and names", "[map][render]")
{
    MapView view;
    view.setSize({ 800, 600 });
    auto countNonBackground = [](const QImage& img, const QRect& area) {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); y += 2)
            for (int x = area.left(); x <= area.right(); x += 2)
                n += img.pixelColor(x, y) != MapRenderer::background();
        return n;
    };
    MapRenderer r;
    QImage frame(800, 600, QImage::Format_ARGB32_Premultiplied);
    const QRect body(0, 0, 740, 520); // off the scale bar (bottom left) and the north arrow (top right)
    // Over the open Pacific at zoom 7 there is no region: the base stays a clean canvas.
    view.setZoom(7);
    view.setCenter({ -150.0, 10.0 });
    RenderLayers schematic;
    schematic.schematicBase = true;
    {
        QPainter p(&frame);
        r.render(p, view, schematic);
    }
    CHECK(countNonBackground(frame, body) == 0);
    // Over 南京 (118.80, 32.06) at city zoom: points and names, but none without the flag.
    view.setCenter({ 118.80, 32.06 });
    {
        QPainter p(&frame);
        r.render(p, view, RenderLayers {});
    }
    CHECK(countNonBackground(frame, body) == 0);
    {
        QPainter p(&frame);
        r.render(p, view, schematic);
    }
    CHECK(countNonBackground(frame, body) > 200);
    // 南京 itself carries a dot near the middle of the frame (its centre is a centroid: within ~35 km).
    bool dotNearCentre = false;
    for (int dy = -30; dy <= 30 && !dotNearCentre; ++dy)
        for (int dx = -30; dx <= 30 && !dotNearCentre; ++dx)
            dotNearCentre = frame.pixelColor(400 + dx, 300 + dy) != MapRenderer::background();
    CHECK(dotNearCentre);
}
