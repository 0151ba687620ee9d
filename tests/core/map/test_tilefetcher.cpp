#include "core/map/tilefetcher.h"
#include "core/map/tilelayer.h"
#include "tests/support/testutil.h"
#include "testtileserver.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj::map;

TEST_CASE("expiry from cache headers", "[map][fetch]")
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    CHECK(now.secsTo(TileFetcher::expiryFrom("public, max-age=3600", {}, now, 86400, 0)) == 3600);
    CHECK(now.secsTo(TileFetcher::expiryFrom("max-age=60", "Wed, 21 Oct 2037 07:28:00 GMT", now, 86400, 0))
        == 60);
    CHECK(
        now.secsTo(TileFetcher::expiryFrom({}, "Thu, 16 Nov 2023 22:13:20 GMT", now, 86400, 0)) == 2 * 86400);
    CHECK(now.secsTo(TileFetcher::expiryFrom({}, "Mon, 13 Nov 2023 22:13:20 GMT", now, 86400, 0)) == 0);
    CHECK(now.secsTo(TileFetcher::expiryFrom("no-cache", {}, now, 86400, 0)) == 0);
    CHECK(now.secsTo(TileFetcher::expiryFrom({}, {}, now, 86400, 0)) == 86400);
    CHECK(now.secsTo(TileFetcher::expiryFrom({}, "garbage", now, 86400, 0)) == 86400);
    // OSM: kept at least 7 days whatever the header says.
    CHECK(now.secsTo(TileFetcher::expiryFrom("max-age=600", {}, now, 86400, 7 * 86400)) == 7 * 86400);
}

TEST_CASE("tile fetcher: downloads, caches with the server's expiry, identifies itself", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("c.mbtiles"));
    TileFetcher f(sourceFor(server, "ok"), cachePath, fastOptions());
    QSignalSpy fetched(&f, &TileFetcher::tileFetched);
    f.request({ 3, 4, 2 });
    f.request({ 3, 4, 2 }); // a duplicate wish costs nothing
    REQUIRE(waitFor([&] { return fetched.size() == 1; }));
    CHECK(server.hits("/ok/3/4/2.png") == 1);
    CHECK(server.lastUserAgent().startsWith("DianjingWorkstation/"));
    const auto cached = f.cache().cachedTile({ 3, 4, 2 });
    REQUIRE(cached);
    const qint64 ttl = QDateTime::currentDateTimeUtc().secsTo(cached->expires);
    CHECK(ttl > 3500);
    CHECK(ttl <= 3600);
    CHECK(QImage::fromData(cached->data).pixelColor(5, 5) == QColor(0, 128, 0));

    TileFetcher e(sourceFor(server, "expires"), dir.filePath(QStringLiteral("e.mbtiles")), fastOptions());
    QSignalSpy fe(&e, &TileFetcher::tileFetched);
    e.request({ 1, 0, 0 });
    REQUIRE(waitFor([&] { return fe.size() == 1; }));
    const qint64 ttl2 = QDateTime::currentDateTimeUtc().secsTo(e.cache().cachedTile({ 1, 0, 0 })->expires);
    CHECK(ttl2 > 2 * 86400 - 120);
    CHECK(ttl2 <= 2 * 86400);

    // An OSM-like source keeps tiles at least 7 days even without cache headers.
    TileSource osmLike = sourceFor(server, "plain");
    osmLike.minCacheSeconds = 7 * 86400;
    TileFetcher o(osmLike, dir.filePath(QStringLiteral("o.mbtiles")), fastOptions());
    QSignalSpy fo(&o, &TileFetcher::tileFetched);
    o.request({ 1, 1, 0 });
    REQUIRE(waitFor([&] { return fo.size() == 1; }));
    CHECK(
        QDateTime::currentDateTimeUtc().secsTo(o.cache().cachedTile({ 1, 1, 0 })->expires) >= 7 * 86400 - 60);
}

TEST_CASE("tile fetcher: 500s are retried with backoff, then the tile is marked failed", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    TileFetcher f(sourceFor(server, "fail"), dir.filePath(QStringLiteral("c.mbtiles")), fastOptions());
    QSignalSpy failed(&f, &TileFetcher::tileFailed);
    QElapsedTimer t;
    t.start();
    f.request({ 2, 1, 1 });
    REQUIRE(waitFor([&] { return failed.size() == 1; }));
    CHECK(server.hits("/fail/2/1/1.png") == 3);
    CHECK(t.elapsed() >= 50 + 100); // two backoff waits
    CHECK(failed.first().at(1).toString().contains(QStringLiteral("500")));
    CHECK(f.isFailed({ 2, 1, 1 }));
    // Failure marking: asking again soon does not hit the server.
    f.request({ 2, 1, 1 });
    waitFor([] { return false; }, 300);
    CHECK(server.hits("/fail/2/1/1.png") == 3);
    CHECK_FALSE(f.cache().cachedTile({ 2, 1, 1 }));

    TileFetcher flaky(sourceFor(server, "flaky"), dir.filePath(QStringLiteral("f.mbtiles")), fastOptions());
    QSignalSpy ok(&flaky, &TileFetcher::tileFetched);
    flaky.request({ 2, 0, 0 });
    REQUIRE(waitFor([&] { return ok.size() == 1; }));
    CHECK(server.hits("/flaky/2/0/0.png") == 2);
}

TEST_CASE("tile fetcher: slow answers time out, 404 and non-images fail at once", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    TileFetcher::Options opt = fastOptions();
    opt.maxAttempts = 2;
    TileFetcher slow(sourceFor(server, "slow"), dir.filePath(QStringLiteral("s.mbtiles")), opt);
    QSignalSpy failed(&slow, &TileFetcher::tileFailed);
    QElapsedTimer t;
    t.start();
    slow.request({ 1, 0, 1 });
    REQUIRE(waitFor([&] { return failed.size() == 1; }));
    CHECK(t.elapsed() < 2500); // well before the server's 3 s answer
    CHECK(server.hits("/slow/1/0/1.png") == 2);

    TileFetcher missing(
        sourceFor(server, "missing"), dir.filePath(QStringLiteral("m.mbtiles")), fastOptions());
    QSignalSpy mf(&missing, &TileFetcher::tileFailed);
    missing.request({ 1, 1, 1 });
    REQUIRE(waitFor([&] { return mf.size() == 1; }));
    CHECK(server.hits("/missing/1/1/1.png") == 1); // a 404 is not retried
    CHECK(mf.first().at(1).toString().contains(QStringLiteral("404")));

    TileFetcher text(sourceFor(server, "text"), dir.filePath(QStringLiteral("t.mbtiles")), fastOptions());
    QSignalSpy tf(&text, &TileFetcher::tileFailed);
    text.request({ 1, 1, 0 });
    REQUIRE(waitFor([&] { return tf.size() == 1; }));
    CHECK_FALSE(text.cache().cachedTile({ 1, 1, 0 }));
}

TEST_CASE("tile fetcher: never more requests at once than the limit", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    TileFetcher::Options opt = fastOptions();
    opt.maxConcurrent = 2;
    TileFetcher f(sourceFor(server, "delay"), dir.filePath(QStringLiteral("c.mbtiles")), opt);
    QSignalSpy fetched(&f, &TileFetcher::tileFetched);
    QSignalSpy idle(&f, &TileFetcher::idle);
    for (int x = 0; x < 8; ++x)
        f.request({ 3, x, 0 });
    CHECK(f.pending() == 8);
    REQUIRE(waitFor([&] { return fetched.size() == 8; }));
    CHECK(server.totalHits() == 8);
    CHECK(server.maxOpen() == 2);
    REQUIRE(waitFor([&] { return idle.size() >= 1; }));
    CHECK(f.pending() == 0);
}

TEST_CASE("tile layer: what was fetched once is shown offline", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    const TileSource src = sourceFor(server, "ok");
    {
        TileLayer online;
        online.setSource(src, dir.path());
        QSignalSpy changed(&online, &TileLayer::tilesChanged);
        online.want({ { 4, 3, 5 } });
        REQUIRE(waitFor([&] { return !online.image({ 4, 3, 5 }).isNull(); }));
    }
    const int hitsBefore = server.totalHits();
    TileLayer offline;
    offline.setOnline(false);
    offline.setSource(src, dir.path());
    offline.want({ { 4, 3, 5 }, { 4, 3, 6 } });
    offline.loadPendingNow();
    CHECK(offline.image({ 4, 3, 5 }).pixelColor(1, 1) == QColor(0, 128, 0));
    CHECK(offline.image({ 4, 3, 6 }).isNull());
    CHECK(offline.isMissing({ 4, 3, 6 }));
    waitFor([] { return false; }, 200);
    CHECK(server.totalHits() == hitsBefore); // offline means no request at all
}
