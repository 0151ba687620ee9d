// Zoom and pan input on the map widget: pinch (native gesture), touchpad/wheel zoom anchored at the cursor,
// and the throw (inertia) after a quick drag.
#include "ui/map/mapwidget.h"

#include <QElapsedTimer>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QTest>
#include <QWheelEvent>
#include <catch2/catch.hpp>
#include <cmath>

using dj::ui::MapWidget;

namespace {

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

struct Widget
{
    MapWidget map;
    Widget()
    {
        map.resize(800, 600);
        map.show();
        REQUIRE(QTest::qWaitForWindowExposed(&map));
        map.view().zoomAt(QPointF(400, 300), 12);
    }
};

} // namespace

TEST_CASE("map widget: a pinch zooms around its centre, the point under it stays put", "[map][input]")
{
    Widget w;
    const QPointF at(250, 180);
    const QPointF lonLat = w.map.view().toLonLat(at);
    const double before = w.map.view().zoom();
    // value() is the relative scale change: +1.0 doubles the scale = one zoom level.
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, at, at,
        w.map.mapToGlobal(at), 1.0, QPointF(), 0);
    QCoreApplication::sendEvent(&w.map, &pinch);
    QTest::qWait(50);
    CHECK(w.map.view().zoom() == Approx(before + 1.0).margin(1e-6));
    CHECK(distance(w.map.view().toScreen(lonLat), at) < 0.5);

    QNativeGestureEvent out(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, at, at,
        w.map.mapToGlobal(at), -0.5, QPointF(), 0);
    QCoreApplication::sendEvent(&w.map, &out);
    QTest::qWait(50);
    CHECK(w.map.view().zoom() == Approx(before).margin(1e-6));
    CHECK(distance(w.map.view().toScreen(lonLat), at) < 0.5);
}

TEST_CASE("map widget: touchpad scrolling zooms in fractions at the cursor", "[map][input]")
{
    Widget w;
    const QPointF at(600, 420);
    const QPointF lonLat = w.map.view().toLonLat(at);
    const double before = w.map.view().zoom();
    for (int i = 0; i < 3; ++i) {
        // A touchpad sends small deltas: a fraction of a notch each, applied at once (no animation).
        QWheelEvent wheel(at, w.map.mapToGlobal(at), QPoint(0, 8), QPoint(0, 24), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&w.map, &wheel);
    }
    CHECK(w.map.view().zoom() == Approx(before + 3 * 24 / 240.0).margin(1e-6));
    CHECK(distance(w.map.view().toScreen(lonLat), at) < 0.5);
}

TEST_CASE("map widget: a quick drag keeps the map moving after release, then it stops", "[map][input]")
{
    Widget w;
    const QPointF start(400, 300);
    const QPointF lonLat = w.map.view().toLonLat(start);
    QTest::mousePress(&w.map, Qt::LeftButton, Qt::NoModifier, start.toPoint());
    QPoint pos = start.toPoint();
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(10);
        pos += QPoint(20, 0);
        QTest::mouseMove(&w.map, pos);
    }
    QTest::mouseRelease(&w.map, Qt::LeftButton, Qt::NoModifier, pos);
    const double atRelease = w.map.view().toScreen(lonLat).x();
    CHECK(atRelease == Approx(pos.x()).margin(1.0)); // the map followed the pointer while dragging
    // The throw carries the map further in the drag's direction and comes to rest.
    QTest::qWait(150);
    const double after = w.map.view().toScreen(lonLat).x();
    CHECK(after > atRelease + 20);
    QElapsedTimer t;
    t.start();
    double last = after;
    bool rest = false;
    while (t.elapsed() < 5000 && !rest) {
        QTest::qWait(100);
        const double now = w.map.view().toScreen(lonLat).x();
        rest = std::abs(now - last) < 0.01;
        last = now;
    }
    CHECK(rest);

    // A slow drag (a pause before release) does not throw.
    const QPointF p2 = w.map.view().toScreen(lonLat);
    QTest::mousePress(&w.map, Qt::LeftButton, Qt::NoModifier, p2.toPoint());
    QTest::mouseMove(&w.map, (p2 + QPointF(30, 0)).toPoint());
    QTest::qWait(200);
    QTest::mouseRelease(&w.map, Qt::LeftButton, Qt::NoModifier, (p2 + QPointF(30, 0)).toPoint());
    const double released = w.map.view().toScreen(lonLat).x();
    QTest::qWait(200);
    CHECK(w.map.view().toScreen(lonLat).x() == Approx(released).margin(0.01));
}
