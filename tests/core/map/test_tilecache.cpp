// Revalidation of cached tiles (ETag / Last-Modified, 304, no-store, no-cache, offline) and overlay
// (label) tiles composed over base tiles, against the loopback tile server.
#include "core/map/maperror.h"
#include "core/map/tilefetcher.h"
#include "core/map/tilelayer.h"
#include "core/store/database.h"
#include "testtileserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj::map;

namespace {

TileSource withOverlay(const TestTileServer& server, const char* base, const char* overlay)
{
    TileSource s = sourceFor(server, base);
    s.overlayTemplate
        = server.base() + u'/' + QString::fromLatin1(overlay) + QStringLiteral("/{z}/{x}/{y}.png");
    return s;
}

qint64 ttl(const MbTiles::CachedTile& t)
{
    return QDateTime::currentDateTimeUtc().secsTo(t.expires);
}

QColor pixel(const QImage& img, int x = 5, int y = 5)
{
    return img.pixelColor(x, y);
}

/// The schema a cache had before validators and overlays (what a user's existing cache file holds).
void writeOldStyleCache(const QString& path, const QByteArray& png, qint64 expires)
{
    auto db = dj::store::Database::openRaw(path, dj::store::Database::Mode::Create);
    db.exec("CREATE TABLE metadata (name TEXT, value TEXT);"
            "CREATE UNIQUE INDEX metadata_name ON metadata(name);"
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
            "CREATE UNIQUE INDEX tile_index ON tiles(zoom_level, tile_column, tile_row);"
            "INSERT INTO metadata VALUES ('name', 'old cache'), ('format', 'png');"
            "CREATE TABLE dj_tile_expiry (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
            " expires INTEGER, PRIMARY KEY (zoom_level, tile_column, tile_row)) WITHOUT ROWID;"
            "PRAGMA journal_mode=WAL;");
    auto st = db.prepare("INSERT INTO tiles VALUES (2, 1, 2, ?1)"); // XYZ (2,1,1) flipped
    st.bind(1, png);
    st.run();
    auto ex = db.prepare("INSERT INTO dj_tile_expiry VALUES (2, 1, 2, ?1)");
    ex.bind(1, expires);
    ex.run();
}

} // namespace

TEST_CASE("tile cache: an expired tile is revalidated with its ETag, 304 keeps the bytes", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    TileFetcher f(sourceFor(server, "etag"), dir.filePath(QStringLiteral("c.mbtiles")), fastOptions(2));
    QSignalSpy fetched(&f, &TileFetcher::tileFetched);
    const TileId tile { 3, 1, 2 };
    const QByteArray path = "/etag/3/1/2.png";

    f.request(tile);
    REQUIRE(waitFor([&] { return fetched.size() == 1; }));
    const auto first = f.cache().cachedTile(tile);
    REQUIRE(first);
    CHECK(first->etag == "\"v1\"");
    CHECK(first->lastModified == TestTileServer::lastModified(1));
    CHECK(first->isExpired(QDateTime::currentDateTimeUtc())); // max-age=0
    CHECK(server.requestHeader(path, "If-None-Match").isEmpty()); // nothing to revalidate yet

    f.request(tile);
    REQUIRE(waitFor([&] { return fetched.size() == 2; }));
    CHECK(server.hits(path) == 2);
    CHECK(server.requestHeader(path, "If-None-Match") == "\"v1\"");
    CHECK(server.requestHeader(path, "If-Modified-Since") == TestTileServer::lastModified(1));
    CHECK(server.notModified() == 1);
    // A plain conditional request: no "Cache-Control: no-cache" that would make a CDN ask its origin.
    CHECK(server.requestHeader(path, "Cache-Control").isEmpty());
    CHECK(server.requestHeader(path, "Pragma").isEmpty());
    const auto second = f.cache().cachedTile(tile);
    REQUIRE(second);
    CHECK(second->data == first->data); // not downloaded again
    CHECK(second->etag == "\"v1\"");
    CHECK(ttl(*second) > 3500); // the 304's max-age=3600
    CHECK(ttl(*second) <= 3600);
    CHECK(pixel(fetched.at(1).at(1).value<QImage>()) == TestTileServer::versionColour(1));

    // Fresh now: asking again is answered from the cache, without a request.
    f.request(tile);
    REQUIRE(waitFor([&] { return fetched.size() == 3; }));
    CHECK(server.hits(path) == 2);

    // New content on the server: once expired, the 200 replaces bytes and validators.
    server.setVersion(2);
    REQUIRE(f.cache().refreshTile(tile, QDateTime::currentDateTimeUtc().addSecs(-10), {}, {}));
    f.request(tile);
    REQUIRE(waitFor([&] { return fetched.size() == 4; }));
    CHECK(server.hits(path) == 3);
    CHECK(server.requestHeader(path, "If-None-Match") == "\"v1\"");
    CHECK(server.notModified() == 1);
    const auto third = f.cache().cachedTile(tile);
    REQUIRE(third);
    CHECK(third->data != first->data);
    CHECK(third->etag == "\"v2\"");
    CHECK(third->lastModified == TestTileServer::lastModified(2));
    CHECK(pixel(QImage::fromData(third->data)) == TestTileServer::versionColour(2));
    CHECK(pixel(fetched.at(3).at(1).value<QImage>()) == TestTileServer::versionColour(2));
}

TEST_CASE("tile cache: Last-Modified alone is enough to revalidate", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    TileFetcher f(sourceFor(server, "lastmod"), dir.filePath(QStringLiteral("c.mbtiles")), fastOptions(2));
    QSignalSpy fetched(&f, &TileFetcher::tileFetched);
    f.request({ 2, 2, 1 });
    REQUIRE(waitFor([&] { return fetched.size() == 1; }));
    CHECK(f.cache().cachedTile({ 2, 2, 1 })->etag.isEmpty());
    f.request({ 2, 2, 1 });
    REQUIRE(waitFor([&] { return fetched.size() == 2; }));
    CHECK(server.requestHeader("/lastmod/2/2/1.png", "If-Modified-Since") == TestTileServer::lastModified(1));
    CHECK(server.requestHeader("/lastmod/2/2/1.png", "If-None-Match").isEmpty());
    CHECK(server.notModified() == 1);
    CHECK(ttl(*f.cache().cachedTile({ 2, 2, 1 })) > 3500);
}

TEST_CASE(
    "tile cache: no-store is shown but never written, no-cache is revalidated every time", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    TileFetcher ns(sourceFor(server, "nostore"), dir.filePath(QStringLiteral("ns.mbtiles")), fastOptions(2));
    QSignalSpy nsFetched(&ns, &TileFetcher::tileFetched);
    ns.request({ 1, 0, 0 });
    REQUIRE(waitFor([&] { return nsFetched.size() == 1; }));
    CHECK(pixel(nsFetched.first().at(1).value<QImage>()) == QColor(0, 128, 0));
    CHECK_FALSE(ns.cache().cachedTile({ 1, 0, 0 }));
    CHECK(ns.cache().tileCount() == 0);
    ns.request({ 1, 0, 0 });
    REQUIRE(waitFor([&] { return nsFetched.size() == 2; }));
    CHECK(server.hits("/nostore/1/0/0.png") == 2);
    CHECK(server.requestHeader("/nostore/1/0/0.png", "If-None-Match").isEmpty());

    TileFetcher nc(sourceFor(server, "nocache"), dir.filePath(QStringLiteral("nc.mbtiles")), fastOptions(2));
    QSignalSpy ncFetched(&nc, &TileFetcher::tileFetched);
    for (int i = 1; i <= 3; ++i) {
        nc.request({ 1, 1, 0 });
        REQUIRE(waitFor([&] { return ncFetched.size() == i; }));
        const auto stored = nc.cache().cachedTile({ 1, 1, 0 });
        REQUIRE(stored); // stored, but stale at once
        CHECK(stored->isExpired(QDateTime::currentDateTimeUtc()));
        CHECK(pixel(ncFetched.last().at(1).value<QImage>()) == TestTileServer::versionColour(1));
    }
    CHECK(server.hits("/nocache/1/1/0.png") == 3);
    CHECK(server.notModified() == 2); // the 2nd and 3rd asked with the ETag
}

TEST_CASE("tile cache: offline, an expired tile stays shown and stays stored", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    const TileSource src = sourceFor(server, "etag");
    const TileId tile { 4, 3, 5 };
    {
        TileLayer online;
        online.setSource(src, dir.path());
        online.want({ tile });
        REQUIRE(waitFor([&] { return !online.image(tile).isNull(); }));
    }
    const QString cachePath = QDir(dir.path()).filePath(src.cacheKey() + QStringLiteral(".mbtiles"));
    const auto before = MbTiles::open(cachePath).cachedTile(tile);
    REQUIRE(before);
    REQUIRE(before->isExpired(QDateTime::currentDateTimeUtc()));

    server.stop(); // connections are refused from now on
    const int hitsBefore = server.totalHits();
    TileLayer layer;
    layer.setSource(src, dir.path());
    QSignalSpy problems(&layer, &TileLayer::problem);
    layer.want({ tile });
    layer.loadPendingNow();
    CHECK(pixel(layer.image(tile)) == TestTileServer::versionColour(1)); // shown while revalidating
    CHECK(layer.isBusy());
    REQUIRE(waitFor([&] { return !layer.isBusy(); }, 15000));
    CHECK(server.totalHits() == hitsBefore);
    CHECK(pixel(layer.image(tile)) == TestTileServer::versionColour(1)); // still shown after the failure
    CHECK_FALSE(layer.isMissing(tile));
    const auto after = MbTiles::open(cachePath).cachedTile(tile);
    REQUIRE(after);
    CHECK(after->data == before->data); // kept, not deleted
    CHECK(after->etag == before->etag);
    CHECK(after->expires == before->expires);

    // The fetcher alone: the failure is reported, the stale tile is untouched.
    TileFetcher f(src, cachePath, fastOptions(2));
    QSignalSpy failed(&f, &TileFetcher::tileFailed);
    f.request(tile);
    REQUIRE(waitFor([&] { return failed.size() == 1; }));
    CHECK(f.cache().cachedTile(tile)->data == before->data);
}

TEST_CASE(
    "tile cache: a cache written before validators opens, upgrades and keeps its tiles", "[map][mbtiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.mbtiles"));
    const QByteArray png = TestTileServer::pngBytes(qRgb(10, 20, 30));
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + 600;
    writeOldStyleCache(path, png, expires);

    {
        // Read-only (as a user's file): read as it is, without validators.
        const auto ro = MbTiles::open(path).cachedTile({ 2, 1, 1 });
        REQUIRE(ro);
        CHECK(ro->data == png);
        CHECK(ro->expires.toSecsSinceEpoch() == expires);
        CHECK(ro->etag.isEmpty());
        CHECK_FALSE(MbTiles::open(path).cachedTile({ 2, 1, 1 }, QStringLiteral("cva")));
    }
    {
        MbTiles cache = MbTiles::openCache(path, QStringLiteral("ignored"));
        CHECK(cache.metadata().name == QStringLiteral("old cache"));
        const auto t = cache.cachedTile({ 2, 1, 1 });
        REQUIRE(t);
        CHECK(t->data == png);
        CHECK(t->expires.toSecsSinceEpoch() == expires);
        CHECK(t->etag.isEmpty());
        REQUIRE(cache.refreshTile({ 2, 1, 1 }, QDateTime::fromSecsSinceEpoch(expires + 60, Qt::UTC),
            "\"abc\"", "Wed, 21 Oct 2015 07:28:00 GMT"));
        CHECK_FALSE(cache.refreshTile({ 2, 0, 0 }, QDateTime::currentDateTimeUtc(), "\"x\"", {}));
        cache.putCachedTile({ 2, 1, 1 }, { png, {}, "\"lbl\"", {} }, QStringLiteral("cva"));
    }
    MbTiles again = MbTiles::openCache(path, QStringLiteral("ignored")); // second open: nothing to add
    const auto t = again.cachedTile({ 2, 1, 1 });
    CHECK(t->etag == "\"abc\"");
    CHECK(t->lastModified == "Wed, 21 Oct 2015 07:28:00 GMT");
    CHECK(t->expires.toSecsSinceEpoch() == expires + 60);
    CHECK(again.cachedTile({ 2, 1, 1 }, QStringLiteral("cva"))->etag == "\"lbl\"");
    CHECK(again.tileCount() == 1); // overlay tiles are not base tiles

    // The older build's own statements still work on the upgraded file.
    auto db = dj::store::Database::openRaw(path, dj::store::Database::Mode::ReadWrite);
    db.exec("INSERT OR REPLACE INTO dj_tile_expiry(zoom_level, tile_column, tile_row, expires)"
            " VALUES (2, 1, 2, 42)");
    auto st = db.prepare("SELECT expires FROM dj_tile_expiry WHERE zoom_level = 2 AND tile_column = 1"
                         " AND tile_row = 2");
    REQUIRE(st.step());
    CHECK(st.columnInt(0) == 42);
}

TEST_CASE("tile cache: a refresh never touches a read-only file", "[map][mbtiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.mbtiles"));
    writeOldStyleCache(path, TestTileServer::pngBytes(qRgb(1, 2, 3)), 0);
    MbTiles ro = MbTiles::open(path);
    CHECK_THROWS_AS(ro.refreshTile({ 2, 1, 1 }, QDateTime::currentDateTimeUtc(), {}, {}), MapError);
    CHECK_THROWS_AS(ro.putCachedTile({ 2, 1, 1 }, { "x", {}, {}, {} }, QStringLiteral("cva")), MapError);
}

TEST_CASE("tile overlay: label tiles are composed over base tiles and cached apart", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    TileSource src = withOverlay(server, "ok", "label");
    REQUIRE(src.hasOverlay());
    TileFetcher f(src, dir.filePath(QStringLiteral("c.mbtiles")), fastOptions(2));
    QSignalSpy fetched(&f, &TileFetcher::tileFetched);
    f.request({ 5, 10, 12 });
    REQUIRE(waitFor([&] { return fetched.size() == 1; }));
    CHECK(server.hits("/ok/5/10/12.png") == 1);
    CHECK(server.hits("/label/5/10/12.png") == 1);
    const QImage composed = fetched.first().at(1).value<QImage>();
    const QPoint inLabel = TestTileServer::labelBox().center();
    CHECK(pixel(composed, inLabel.x(), inLabel.y()) == QColor(220, 0, 0)); // label over base
    CHECK(pixel(composed, 5, 5) == QColor(0, 128, 0)); // base around it
    // Cached apart: the base tile as the server sent it, the label under its own key.
    CHECK(f.cache().tileCount() == 1);
    const QImage storedBase = QImage::fromData(f.cache().cachedTile({ 5, 10, 12 })->data);
    CHECK(pixel(storedBase, inLabel.x(), inLabel.y()) == QColor(0, 128, 0));
    const auto label = f.cache().cachedTile({ 5, 10, 12 }, src.overlayCacheKey());
    REQUIRE(label);
    CHECK(label->data == TestTileServer::labelPngBytes());
    CHECK(ttl(*label) > 3500);

    // Through the layer, then offline later: the composed tile comes from the cache alone.
    {
        TileLayer online;
        online.setSource(src, dir.path() + QStringLiteral("/layer"));
        online.want({ { 5, 10, 12 } });
        REQUIRE(waitFor([&] { return !online.image({ 5, 10, 12 }).isNull(); }));
        CHECK(pixel(online.image({ 5, 10, 12 }), inLabel.x(), inLabel.y()) == QColor(220, 0, 0));
    }
    const int hits = server.totalHits();
    TileLayer offline;
    offline.setOnline(false);
    offline.setSource(src, dir.path() + QStringLiteral("/layer"));
    offline.want({ { 5, 10, 12 } });
    offline.loadPendingNow();
    CHECK(pixel(offline.image({ 5, 10, 12 }), inLabel.x(), inLabel.y()) == QColor(220, 0, 0));
    CHECK(pixel(offline.image({ 5, 10, 12 }), 5, 5) == QColor(0, 128, 0));
    CHECK(server.totalHits() == hits);
}

TEST_CASE("tile overlay: a missing or failing label tile still shows the base tile", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    const QPoint inLabel = TestTileServer::labelBox().center();
    for (const char* overlay : { "missing", "fail", "slow" }) {
        INFO(overlay);
        const TileSource src = withOverlay(server, "ok", overlay);
        TileFetcher f(
            src, dir.filePath(QString::fromLatin1(overlay) + QStringLiteral(".mbtiles")), fastOptions(2));
        QSignalSpy fetched(&f, &TileFetcher::tileFetched);
        QSignalSpy failed(&f, &TileFetcher::tileFailed);
        f.request({ 2, 3, 1 });
        REQUIRE(waitFor([&] { return fetched.size() == 1; }));
        CHECK(failed.isEmpty());
        const QImage img = fetched.first().at(1).value<QImage>();
        CHECK(pixel(img, inLabel.x(), inLabel.y()) == QColor(0, 128, 0));
        CHECK(f.cache().cachedTile({ 2, 3, 1 }));
        CHECK_FALSE(f.cache().cachedTile({ 2, 3, 1 }, src.overlayCacheKey()));
        CHECK_FALSE(f.isFailed({ 2, 3, 1 }));
    }

    // A failing base is a failed tile even when the labels came.
    const TileSource src = withOverlay(server, "missing", "label");
    TileFetcher f(src, dir.filePath(QStringLiteral("b.mbtiles")), fastOptions(2));
    QSignalSpy failed(&f, &TileFetcher::tileFailed);
    f.request({ 2, 0, 1 });
    REQUIRE(waitFor([&] { return failed.size() == 1; }));
    CHECK(f.isFailed({ 2, 0, 1 }));
    CHECK_FALSE(f.cache().cachedTile({ 2, 0, 1 }));
}

TEST_CASE("tile overlay: a label tile failing in the layer leaves the base on screen", "[map][fetch]")
{
    TestTileServer server;
    QTemporaryDir dir;
    const TileSource src = withOverlay(server, "ok", "missing");
    TileLayer layer;
    layer.setSource(src, dir.path());
    layer.want({ { 3, 2, 2 } });
    REQUIRE(waitFor([&] { return !layer.image({ 3, 2, 2 }).isNull() && !layer.isBusy(); }));
    const QPoint inLabel = TestTileServer::labelBox().center();
    CHECK(pixel(layer.image({ 3, 2, 2 }), inLabel.x(), inLabel.y()) == QColor(0, 128, 0));
    CHECK_FALSE(layer.isMissing({ 3, 2, 2 }));
}

TEST_CASE("tianditu: vector and imagery sources carry their label layers", "[map][source]")
{
    const TileSource vec = TileSource::tianditu(QStringLiteral(" my key&x=1 "));
    REQUIRE(vec.hasOverlay());
    const TileId t { 12, 3421, 1678 };
    const QString base = vec.tileUrl(t).toString();
    const QString labels = QString::fromLatin1(vec.overlayUrl(t).toEncoded());
    CHECK(base.contains(QStringLiteral("/vec_w/wmts")));
    CHECK(base.contains(QStringLiteral("LAYER=vec&")));
    CHECK(labels.contains(QStringLiteral("/cva_w/wmts")));
    CHECK(labels.contains(QStringLiteral("LAYER=cva&")));
    CHECK(labels.contains(QStringLiteral("TILEMATRIX=12&TILEROW=1678&TILECOL=3421")));
    CHECK(labels.endsWith(QStringLiteral("&tk=my%20key%26x%3D1"))); // the key cannot add parameters
    // Same host as the base tile: one connection pool, same subdomain choice.
    CHECK(vec.overlayUrl(t).host() == vec.tileUrl(t).host());
    CHECK(TileSource::validateTemplate(vec.overlayTemplate).isEmpty());

    const TileSource img = TileSource::tiandituImagery(QStringLiteral("k"));
    CHECK(img.tileUrl(t).toString().contains(QStringLiteral("/img_w/wmts")));
    CHECK(img.overlayUrl(t).toString().contains(QStringLiteral("/cia_w/wmts")));
    CHECK(img.overlayUrl(t).toString().contains(QStringLiteral("LAYER=cia&")));
    CHECK(img.crs == vec.crs);
    CHECK(img.cacheKey() != vec.cacheKey());
    CHECK(img.overlayCacheKey() != vec.overlayCacheKey());
    CHECK_FALSE(img.attribution.isEmpty());

    CHECK_FALSE(TileSource::openStreetMap().hasOverlay());
    CHECK(TileSource::openStreetMap().overlayUrl(t).isEmpty());
    TileSource custom = TileSource::custom(QStringLiteral("https://a.example/{z}/{x}/{y}.png"), Crs::Gcj02);
    custom.overlayTemplate = QStringLiteral("https://a.example/labels/{z}/{x}/{y}.png");
    CHECK(custom.overlayCacheKey().startsWith(QStringLiteral("overlay-")));
    CHECK(custom.overlayUrl({ 1, 1, 0 }).toString() == QStringLiteral("https://a.example/labels/1/1/0.png"));
}

TEST_CASE("tile overlay: a broken overlay address is refused with a clear message", "[map][source]")
{
    TileSource src = TileSource::custom(QStringLiteral("https://a.example/{z}/{x}/{y}.png"), Crs::Wgs84);
    src.overlayTemplate = QStringLiteral("https://a.example/labels/{z}/{x}.png");
    QTemporaryDir dir;
    TileLayer layer;
    layer.setSource(TileSource::none());
    CHECK_THROWS_AS(layer.setSource(src, dir.path()), MapError);
    CHECK(layer.source().isNone()); // the previous source is kept
}
