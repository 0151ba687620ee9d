// Map benchmark: cluster index for 1,000,000 points (target ≤ 1.5 s) and a 1920×1080 frame with those points
// over memory-cached tiles at every zoom (target ≤ 16 ms), also with 300 user-drawn shapes (roads, buildings,
// markers, each with its own style) on top. Prints one JSON line; exit code 1 when a target is missed.
// Baselines from the same run: filling the image, tiles alone, and the frame without drawings.
#include "core/map/clusterindex.h"
#include "core/map/maprenderer.h"
#include "core/map/mbtiles.h"
#include "core/map/overlay.h"
#include "core/map/tilelayer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <numbers>
#include <vector>

using namespace dj::map;

namespace {

std::vector<QPointF> cityPoints(int n)
{
    // Enterprises crowd into parks and business districts: 60 Gaussian hot spots plus a uniform spread,
    // over greater Shanghai.
    QRandomGenerator rng(20240601);
    std::vector<QPointF> hubs;
    for (int i = 0; i < 60; ++i)
        hubs.emplace_back(121.1 + rng.generateDouble() * 0.8, 30.9 + rng.generateDouble() * 0.6);
    std::vector<QPointF> pts;
    pts.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        if (i % 4 == 0) {
            pts.emplace_back(121.0 + rng.generateDouble(), 30.8 + rng.generateDouble() * 0.8);
        } else {
            const QPointF& h = hubs[std::size_t(rng.bounded(60))];
            // Box-Muller with a ~1.5 km spread.
            const double u1 = std::max(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
            const double r = std::sqrt(-2 * std::log(u1)) * 0.015;
            pts.emplace_back(h.x() + r * std::cos(2 * std::numbers::pi * u2),
                h.y() + r * std::sin(2 * std::numbers::pi * u2));
        }
    }
    return pts;
}

/// Process CPU time in ms: the build machine is shared, and wall time there measures the neighbours' load.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000000;
    constexpr int kFrames = 15;

    const auto pts = cityPoints(n);
    std::vector<std::uint8_t> cats(pts.size());
    for (std::size_t i = 0; i < cats.size(); ++i)
        cats[i] = std::uint8_t((i * 2654435761u) % 20);

    QElapsedTimer t;
    t.start();
    const double c0 = cpuMs();
    const ClusterIndex index(pts, cats, ClusterIndex::Options {});
    const double indexMs = double(t.nsecsElapsed()) / 1e6;
    const double indexCpuMs = cpuMs() - c0;

    // Tiles come from an MBTiles file whose tiles are already decoded in memory (the "cached" case).
    QTemporaryDir dir;
    MbTiles::Metadata md;
    md.name = QStringLiteral("bench");
    md.format = QStringLiteral("png");
    md.minZoom = 0;
    md.maxZoom = 19;
    MbTiles::create(dir.filePath(QStringLiteral("b.mbtiles")), md);
    TileLayer tiles;
    tiles.setOnline(false);
    tiles.setSource(TileSource::file(dir.filePath(QStringLiteral("b.mbtiles"))));
    std::vector<QImage> tileImages;
    for (int i = 0; i < 4; ++i) {
        QImage img(256, 256, QImage::Format_RGB32);
        img.fill(QColor::fromHsv(i * 60, 40, 240));
        QPainter p(&img);
        p.setPen(QColor(0x88, 0x88, 0x88));
        for (int k = 0; k < 256; k += 32)
            p.drawLine(0, k, 255, k + 20);
        tileImages.push_back(img);
    }

    // User drawings over the same area: 100 roads (6 vertices), 150 buildings, 50 markers.
    VectorStyle drawingStyle;
    drawingStyle.minLabelZoom = 12;
    VectorLayer drawings(QStringLiteral("drawings"), drawingStyle);
    {
        QRandomGenerator rng(7);
        auto near = [&](QPointF c, double r) {
            return QPointF(
                c.x() + (rng.generateDouble() - 0.5) * r, c.y() + (rng.generateDouble() - 0.5) * r);
        };
        for (int i = 0; i < 300; ++i) {
            const QPointF c(121.1 + rng.generateDouble() * 0.8, 30.9 + rng.generateDouble() * 0.6);
            Feature f;
            OverlayKind kind;
            if (i < 100) {
                kind = OverlayKind::Road;
                f.type = Feature::Type::Line;
                QList<QPointF> l;
                for (int k = 0; k < 6; ++k)
                    l << near(c, 0.02);
                f.lines << l;
            } else if (i < 250) {
                kind = OverlayKind::Building;
                f.type = Feature::Type::Polygon;
                const double w = 0.0005 + rng.generateDouble() * 0.001;
                f.polygons << Geometry::Polygon { { c, c + QPointF(w, 0), c + QPointF(w, w),
                    c + QPointF(0, w), c } };
            } else {
                kind = OverlayKind::Marker;
                f.type = Feature::Type::Point;
                f.points << c;
            }
            drawings.addFeature(Overlay::make(kind, f, QStringLiteral("图形%1").arg(i)).toFeature());
        }
    }

    QList<QColor> palette;
    for (int i = 0; i < 20; ++i)
        palette << QColor::fromHsv((i * 37) % 360, 200, 200);

    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    MapRenderer renderer;
    renderer.setFastScaling(true); // frames while the user zooms and pans
    MapView view;
    view.setSize(frame.size());
    view.setZoomRange(0, 19);
    view.setCenter({ 121.47, 31.23 });

    // Baseline 1: filling the frame.
    std::vector<double> fill;
    for (int i = 0; i < kFrames; ++i) {
        t.restart();
        frame.fill(Qt::white);
        fill.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    QJsonObject perZoom;
    double worst = 0, worstCpu = 0, worstTilesOnly = 0, worstSmoothCpu = 0, worstDrawingsCpu = 0;
    for (int zi = 2; zi <= 38; ++zi) {
        const double z = zi / 2.0; // integral and fractional zooms 1 … 19
        view.setZoom(z);
        const RenderLayers layers { &tiles, {}, &index, palette, nullptr, nullptr,
            QStringLiteral("© bench") };
        {
            QPainter p(&frame);
            renderer.render(p, view, layers);
        }
        for (const TileId& id : renderer.wantedTiles())
            tiles.insertImage(id, tileImages[std::size_t((id.x + id.y) % 4)]);
        std::vector<double> ms, cpu, tilesOnly;
        for (int i = 0; i < kFrames; ++i) {
            t.restart();
            const double cs = cpuMs();
            QPainter p(&frame);
            renderer.render(p, view, layers);
            p.end();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuMs() - cs);
        }
        const int drawn = int(renderer.drawnItems().size());
        // The same interactive frame with the user's drawings on top.
        const RenderLayers withDrawings { &tiles, { &drawings }, &index, palette, nullptr, nullptr,
            QStringLiteral("© bench") };
        double drawingsCpu = 0;
        for (int i = 0; i < kFrames; ++i) {
            const double cs = cpuMs();
            QPainter p(&frame);
            renderer.render(p, view, withDrawings);
            p.end();
            drawingsCpu += (cpuMs() - cs) / kFrames;
        }
        worstDrawingsCpu = std::max(worstDrawingsCpu, drawingsCpu);
        // The same frame once the view rests: tiles resampled smoothly (not an interactive frame).
        renderer.setFastScaling(false);
        double smoothCpu = 0;
        for (int i = 0; i < 5; ++i) {
            const double cs = cpuMs();
            QPainter p(&frame);
            renderer.render(p, view, layers);
            p.end();
            smoothCpu += (cpuMs() - cs) / 5;
        }
        worstSmoothCpu = std::max(worstSmoothCpu, smoothCpu);
        renderer.setFastScaling(true);
        const int tileCount = int(renderer.wantedTiles().size());
        const RenderLayers bare { &tiles, {}, nullptr, palette, nullptr, nullptr, QStringLiteral("© bench") };
        for (int i = 0; i < 5; ++i) {
            t.restart();
            QPainter p(&frame);
            renderer.render(p, view, bare);
            p.end();
            tilesOnly.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const double m = median(ms);
        worst = std::max(worst, m);
        // clock() ticks in 1 ms steps on some systems: the mean over the frames is the finer figure.
        double cpuMean = 0;
        for (double c : cpu)
            cpuMean += c / double(cpu.size());
        worstCpu = std::max(worstCpu, cpuMean);
        worstTilesOnly = std::max(worstTilesOnly, median(tilesOnly));
        perZoom.insert(QString::number(z),
            QJsonObject { { QStringLiteral("frame_ms"), m },
                { QStringLiteral("max_ms"), *std::max_element(ms.begin(), ms.end()) },
                { QStringLiteral("cpu_ms"), cpuMean },
                { QStringLiteral("with_drawings_cpu_ms"), drawingsCpu }, { QStringLiteral("items"), drawn },
                { QStringLiteral("tiles"), tileCount } });
    }
    if (qEnvironmentVariableIsSet("DJ_BENCH_FRAME"))
        frame.save(qEnvironmentVariable("DJ_BENCH_FRAME"));

    // Judged on CPU time, the figure the shared build machine cannot distort; wall time is reported too.
    const bool pass = indexCpuMs <= 1500 && worstCpu <= 16 && worstDrawingsCpu <= 16;
    const QJsonObject out { { QStringLiteral("bench"), QStringLiteral("map") },
        { QStringLiteral("points"), n }, { QStringLiteral("index_ms"), indexMs },
        { QStringLiteral("index_cpu_ms"), indexCpuMs }, { QStringLiteral("index_limit_ms"), 1500 },
        { QStringLiteral("frame_worst_median_ms"), worst },
        { QStringLiteral("frame_worst_cpu_ms"), worstCpu },
        { QStringLiteral("frame_with_drawings_worst_cpu_ms"), worstDrawingsCpu },
        { QStringLiteral("still_frame_smooth_worst_cpu_ms"), worstSmoothCpu },
        { QStringLiteral("frame_limit_ms"), 16 }, { QStringLiteral("baseline_fill_ms"), median(fill) },
        { QStringLiteral("baseline_tiles_only_worst_ms"), worstTilesOnly },
        { QStringLiteral("frame_size"), QStringLiteral("1920x1080") }, { QStringLiteral("zooms"), perZoom },
        { QStringLiteral("pass"), pass } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return pass ? 0 : 1;
}
