#include "core/map/maperror.h"
#include "core/map/mbtiles.h"
#include "core/store/database.h"
#include "tests/support/testutil.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace dj::map;

namespace {
QByteArray png(QColor c, int size = 256)
{
    QImage img(size, size, QImage::Format_RGB32);
    img.fill(c);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}
} // namespace

TEST_CASE("MBTiles: write then read back, rows stored TMS-flipped", "[map][mbtiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.mbtiles"));
    MbTiles::Metadata md;
    md.name = QStringLiteral("Test");
    md.format = QStringLiteral("png");
    md.attribution = QStringLiteral("© test");
    md.bounds = QRectF(QPointF(121.0, 31.0), QPointF(122.0, 32.0));
    md.minZoom = 3;
    md.maxZoom = 5;
    {
        MbTiles t = MbTiles::create(path, md);
        t.putTile({ 3, 6, 1 }, png(Qt::red));
        t.putTile({ 5, 26, 12 }, png(Qt::blue));
        CHECK(t.tileCount() == 2);
    }
    MbTiles r = MbTiles::open(path);
    CHECK(r.metadata().name == QStringLiteral("Test"));
    CHECK(r.metadata().format == QStringLiteral("png"));
    CHECK(r.metadata().attribution == QStringLiteral("© test"));
    REQUIRE(r.metadata().bounds);
    CHECK(r.metadata().bounds->left() == Approx(121.0));
    CHECK(r.metadata().bounds->bottom() == Approx(32.0));
    CHECK(r.metadata().minZoom == 3);
    CHECK(r.metadata().maxZoom == 5);
    const auto red = r.tile({ 3, 6, 1 });
    REQUIRE(red);
    CHECK(QImage::fromData(*red).pixelColor(10, 10) == QColor(Qt::red));
    CHECK_FALSE(r.tile({ 3, 6, 6 }));

    // The row on disk is 2^z - 1 - y, and the data is a BLOB (as other readers expect).
    auto db = dj::store::Database::openRaw(path, dj::store::Database::Mode::ReadOnly);
    auto st = db.prepare("SELECT tile_row, typeof(tile_data) FROM tiles WHERE zoom_level = 3");
    REQUIRE(st.step());
    CHECK(st.columnInt(0) == 6);
    CHECK(st.columnText(1) == QStringLiteral("blob"));

    // Writing through a read-only handle is refused with a message.
    CHECK_THROWS_AS(r.putTile({ 3, 0, 0 }, png(Qt::green)), MapError);
}

TEST_CASE("MBTiles: tiles as a view (images + map), metadata center", "[map][mbtiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.mbtiles"));
    {
        auto db = dj::store::Database::openRaw(path, dj::store::Database::Mode::Create);
        db.exec("CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT);"
                "CREATE TABLE images (tile_data BLOB, tile_id TEXT);"
                "CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,"
                " map.tile_row AS tile_row, images.tile_data AS tile_data FROM map JOIN images ON "
                "images.tile_id = map.tile_id;"
                "CREATE TABLE metadata (name TEXT, value TEXT);"
                "INSERT INTO metadata VALUES "
                "('name','Deduplicated'),('format','jpg'),('center','121.47,31.23,14');");
        auto ins = db.prepare("INSERT INTO images VALUES (?1, 'a')");
        const QByteArray bytes = png(Qt::green);
        sqlite3_bind_blob(ins.handle(), 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        ins.run();
        db.exec("INSERT INTO map VALUES (1, 0, 1, 'a'), (1, 1, 1, 'a');");
    }
    MbTiles r = MbTiles::open(path);
    CHECK(r.metadata().format == QStringLiteral("jpg"));
    REQUIRE(r.metadata().center);
    CHECK(r.metadata().center->x() == Approx(121.47));
    CHECK(r.metadata().centerZoom == Approx(14));
    // minzoom/maxzoom absent: derived from the tiles present.
    CHECK(r.metadata().minZoom == 1);
    CHECK(r.metadata().maxZoom == 1);
    // XYZ (1, 0, 0) is TMS row 1.
    const auto t = r.tile({ 1, 0, 0 });
    REQUIRE(t);
    CHECK(QImage::fromData(*t).pixelColor(0, 0) == QColor(Qt::green));
    CHECK_FALSE(r.tile({ 1, 0, 1 }));
}

TEST_CASE("MBTiles: a file written by GDAL (gdal_translate -of MBTILES)", "[map][mbtiles][gdal]")
{
    const QString path = dj::test::dataPath(QStringLiteral("map/gdal-site-plan.mbtiles"));
    REQUIRE(QFile::exists(path));
    MbTiles r = MbTiles::open(path);
    CHECK(r.metadata().name == QStringLiteral("GDAL site plan"));
    CHECK(r.metadata().format == QStringLiteral("png"));
    REQUIRE(r.metadata().bounds);
    CHECK(r.metadata().bounds->left() == Approx(121.46).margin(1e-6));
    CHECK(r.metadata().bounds->bottom() == Approx(31.24).margin(1e-6));
    CHECK(r.metadata().minZoom == 13);
    CHECK(r.metadata().maxZoom == 14);
    // The middle of the raster is RGB (200, 100, 50) at every zoom GDAL wrote.
    const QPointF mid(121.47, 31.23);
    for (int z = 13; z <= 14; ++z) {
        const TileId id = TileMath::tileAt(mid, z);
        const auto bytes = r.tile(id);
        INFO("zoom " << z);
        REQUIRE(bytes);
        const QImage img = QImage::fromData(*bytes);
        REQUIRE(img.width() == 256);
        const QPointF w = TileMath::lonLatToWorld(mid, z);
        const QColor c = img.pixelColor(int(w.x()) - id.x * 256, int(w.y()) - id.y * 256);
        CHECK(c.red() == 200);
        CHECK(c.green() == 100);
        CHECK(c.blue() == 50);
    }
}

TEST_CASE("MBTiles: bad files are refused with a message and left untouched", "[map][mbtiles]")
{
    QTemporaryDir dir;
    CHECK_THROWS_AS(MbTiles::open(dir.filePath(QStringLiteral("absent.mbtiles"))), MapError);

    const QString text = dir.filePath(QStringLiteral("notes.mbtiles"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("just some text, not a database");
    }
    try {
        MbTiles::open(text);
        FAIL("opened a text file");
    } catch (const MapError& e) {
        CHECK(e.message().contains(text));
    }
    // create() never writes over an existing file.
    MbTiles::Metadata md;
    md.name = QStringLiteral("x");
    md.format = QStringLiteral("png");
    CHECK_THROWS_AS(MbTiles::create(text, md), MapError);
    QFile f(text);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("just some text, not a database"));

    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    {
        auto db = dj::store::Database::openRaw(plain, dj::store::Database::Mode::Create);
        db.exec("CREATE TABLE something (a INTEGER)");
    }
    CHECK_THROWS_WITH(MbTiles::open(plain), Catch::Contains("not an MBTiles file"));

    const QString noName = dir.filePath(QStringLiteral("noname.mbtiles"));
    {
        auto db = dj::store::Database::openRaw(noName, dj::store::Database::Mode::Create);
        db.exec(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
            "CREATE TABLE metadata (name TEXT, value TEXT); INSERT INTO metadata VALUES ('format','png');");
    }
    CHECK_THROWS_WITH(MbTiles::open(noName), Catch::Contains("name"));

    const QString vector = dir.filePath(QStringLiteral("vector.mbtiles"));
    {
        auto db = dj::store::Database::openRaw(vector, dj::store::Database::Mode::Create);
        db.exec(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
            "CREATE TABLE metadata (name TEXT, value TEXT);"
            "INSERT INTO metadata VALUES ('name','v'),('format','pbf');");
    }
    CHECK_THROWS_WITH(MbTiles::open(vector), Catch::Contains("pbf"));
}

TEST_CASE("MBTiles: download cache keeps expiry per tile", "[map][mbtiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.mbtiles"));
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(7);
    {
        MbTiles c = MbTiles::openCache(path, QStringLiteral("osm"));
        c.putTile({ 2, 1, 1 }, png(Qt::yellow), when);
    }
    MbTiles c = MbTiles::openCache(path, QStringLiteral("osm"));
    const auto t = c.cachedTile({ 2, 1, 1 });
    REQUIRE(t);
    CHECK(t->expires.toSecsSinceEpoch() == when.toSecsSinceEpoch());
    // It is still a valid MBTiles file for other readers.
    CHECK(MbTiles::open(path).metadata().name == QStringLiteral("osm"));
}

TEST_CASE("MBTiles: PNG, JPEG and WebP tiles decode (WebP via qt6-image-formats-plugins)", "[map][mbtiles]")
{
    QTemporaryDir dir;
    for (const char* format : { "png", "jpg", "webp" }) {
        INFO(format);
        QImage img(256, 256, QImage::Format_RGB32);
        img.fill(QColor(30, 160, 90));
        QByteArray bytes;
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        REQUIRE(img.save(&buf, format, 95));
        MbTiles::Metadata md;
        md.name = QStringLiteral("f");
        md.format = QString::fromLatin1(format);
        const QString path = dir.filePath(QString::fromLatin1(format) + QStringLiteral(".mbtiles"));
        MbTiles::create(path, md).putTile({ 0, 0, 0 }, bytes);
        const auto back = MbTiles::open(path).tile({ 0, 0, 0 });
        REQUIRE(back);
        const QImage decoded = QImage::fromData(*back);
        REQUIRE_FALSE(decoded.isNull());
        const QColor c = decoded.pixelColor(128, 128);
        CHECK(std::abs(c.red() - 30) <= 4);
        CHECK(std::abs(c.green() - 160) <= 4);
        CHECK(std::abs(c.blue() - 90) <= 4);
    }
}
