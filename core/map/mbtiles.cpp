#include "core/map/mbtiles.h"

#include "core/map/maperror.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QFileInfo>
#include <QStringList>
#include <QTimeZone>
#include <sqlite3.h>

namespace dj::map {

namespace {

bool hasObject(const store::Database& db, const char* name)
{
    auto st = db.prepare("SELECT 1 FROM sqlite_master WHERE name = ?1 AND type IN ('table','view')");
    st.bind(1, std::string_view(name));
    return st.step();
}

bool hasColumn(const store::Database& db, const char* table, const char* column)
{
    auto st = db.prepare("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2");
    st.bind(1, std::string_view(table)).bind(2, std::string_view(column));
    return st.step();
}

/// NULL for "no validator" whether the header was missing (null) or empty.
QByteArray orNull(const QByteArray& v)
{
    return v.isEmpty() ? QByteArray() : v;
}

QByteArray columnBytes(const store::Statement& st, int column)
{
    if (st.isNull(column))
        return {};
    const std::string_view v = st.columnUtf8(column);
    return QByteArray(v.data(), qsizetype(v.size()));
}

std::optional<double> toDouble(const QString& s)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

MbTiles MbTiles::open(const QString& path, bool writable)
{
    if (!QFileInfo::exists(path))
        throw MapError(tr("The MBTiles file %1 does not exist.").arg(path));
    MbTiles t;
    try {
        t.m_db = store::Database::openRaw(
            path, writable ? store::Database::Mode::ReadWrite : store::Database::Mode::ReadOnly);
        if (!hasObject(t.m_db, "tiles") || !hasObject(t.m_db, "metadata"))
            throw MapError(tr("%1 is not an MBTiles file: it has no tiles or metadata table.").arg(path));
        t.m_hasExpiry = hasObject(t.m_db, "dj_tile_expiry");
        t.m_hasValidators = t.m_hasExpiry && hasColumn(t.m_db, "dj_tile_expiry", "etag")
            && hasColumn(t.m_db, "dj_tile_expiry", "last_modified");
        t.m_hasOverlays = hasObject(t.m_db, "dj_overlay_tiles");
        t.m_writable = writable;
        t.readMetadata();
    } catch (const store::StoreError& e) {
        throw MapError(tr("Cannot read the MBTiles file %1: %2").arg(path, e.message()));
    }
    if (t.m_meta.name.isEmpty() || t.m_meta.format.isEmpty())
        throw MapError(
            tr("The MBTiles file %1 lacks the required metadata \"name\" and \"format\".").arg(path));
    const QString f = t.m_meta.format.toLower();
    if (f == u"pbf")
        throw MapError(tr("%1 holds vector tiles (pbf); only raster tilesets (PNG, JPEG, WebP) can be shown.")
                           .arg(path));
    return t;
}

MbTiles MbTiles::create(const QString& path, const Metadata& metadata)
{
    if (QFileInfo::exists(path))
        throw MapError(
            tr("%1 already exists; a new MBTiles file is never written over another file.").arg(path));
    if (metadata.name.isEmpty() || metadata.format.isEmpty())
        throw MapError(tr("An MBTiles file needs a name and a format."));
    MbTiles t;
    try {
        t.m_db = store::Database::openRaw(path, store::Database::Mode::Create);
        t.m_writable = true;
        store::Transaction tx(t.m_db);
        t.m_db.exec(
            "CREATE TABLE metadata (name TEXT, value TEXT);"
            "CREATE UNIQUE INDEX metadata_name ON metadata(name);"
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
            "CREATE UNIQUE INDEX tile_index ON tiles(zoom_level, tile_column, tile_row);");
        auto put = [&](const QString& k, const QString& v) {
            if (v.isEmpty())
                return;
            auto st = t.m_db.prepare("INSERT OR REPLACE INTO metadata(name, value) VALUES (?1, ?2)");
            st.bind(1, k).bind(2, v).run();
        };
        put(QStringLiteral("name"), metadata.name);
        put(QStringLiteral("format"), metadata.format);
        put(QStringLiteral("attribution"), metadata.attribution);
        put(QStringLiteral("description"), metadata.description);
        put(QStringLiteral("type"), QStringLiteral("baselayer"));
        put(QStringLiteral("version"), QStringLiteral("1.3"));
        if (metadata.bounds) {
            const QRectF& b = *metadata.bounds;
            put(QStringLiteral("bounds"),
                QStringLiteral("%1,%2,%3,%4")
                    .arg(b.left(), 0, 'g', 10)
                    .arg(b.top(), 0, 'g', 10)
                    .arg(b.right(), 0, 'g', 10)
                    .arg(b.bottom(), 0, 'g', 10));
        }
        if (metadata.minZoom)
            put(QStringLiteral("minzoom"), QString::number(*metadata.minZoom));
        if (metadata.maxZoom)
            put(QStringLiteral("maxzoom"), QString::number(*metadata.maxZoom));
        tx.commit();
        t.readMetadata();
    } catch (const store::StoreError& e) {
        throw MapError(tr("Cannot write the MBTiles file %1: %2").arg(path, e.message()));
    }
    return t;
}

MbTiles MbTiles::openCache(const QString& path, const QString& name)
{
    MbTiles t;
    if (!QFileInfo::exists(path)) {
        Metadata md;
        md.name = name;
        md.format = QStringLiteral("png");
        md.description = QStringLiteral("Dianjing tile cache");
        t = create(path, md);
    } else {
        t = open(path, true);
    }
    if (!t.m_hasExpiry || !t.m_hasValidators || !t.m_hasOverlays) {
        try {
            // Additive only, so a cache written by an older build keeps its tiles and expiries, and the
            // older build's statements (which name their columns) still work on the upgraded file.
            if (!t.m_hasExpiry) {
                t.m_db.exec(
                    "CREATE TABLE IF NOT EXISTS dj_tile_expiry (zoom_level INTEGER, tile_column INTEGER,"
                    " tile_row INTEGER, expires INTEGER, etag TEXT, last_modified TEXT,"
                    " PRIMARY KEY (zoom_level, tile_column, tile_row)) WITHOUT ROWID");
                // A cache is written tile by tile from the GUI's fetcher: WAL keeps readers unblocked.
                t.m_db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
            }
            if (!hasColumn(t.m_db, "dj_tile_expiry", "etag"))
                t.m_db.exec("ALTER TABLE dj_tile_expiry ADD COLUMN etag TEXT");
            if (!hasColumn(t.m_db, "dj_tile_expiry", "last_modified"))
                t.m_db.exec("ALTER TABLE dj_tile_expiry ADD COLUMN last_modified TEXT");
            t.m_db.exec(
                "CREATE TABLE IF NOT EXISTS dj_overlay_tiles (layer TEXT NOT NULL, zoom_level INTEGER,"
                " tile_column INTEGER, tile_row INTEGER, tile_data BLOB, expires INTEGER, etag TEXT,"
                " last_modified TEXT);"
                "CREATE UNIQUE INDEX IF NOT EXISTS dj_overlay_tiles_index"
                " ON dj_overlay_tiles(layer, zoom_level, tile_column, tile_row)");
        } catch (const store::StoreError& e) {
            throw MapError(tr("Cannot prepare the tile cache %1: %2").arg(path, e.message()));
        }
        t.m_hasExpiry = t.m_hasValidators = t.m_hasOverlays = true;
    }
    return t;
}

void MbTiles::readMetadata()
{
    Metadata md;
    auto st = m_db.prepare("SELECT name, value FROM metadata");
    while (st.step())
        md.all.insert(st.columnText(0).trimmed(), st.columnText(1));
    md.name = md.all.value(QStringLiteral("name"));
    md.format = md.all.value(QStringLiteral("format")).trimmed();
    md.attribution = md.all.value(QStringLiteral("attribution"));
    md.description = md.all.value(QStringLiteral("description"));
    const QStringList b = md.all.value(QStringLiteral("bounds")).split(u',');
    if (b.size() == 4) {
        const auto w = toDouble(b[0]), s = toDouble(b[1]), e = toDouble(b[2]), n = toDouble(b[3]);
        if (w && s && e && n && *e >= *w && *n >= *s)
            md.bounds = QRectF(QPointF(*w, *s), QPointF(*e, *n));
    }
    const QStringList c = md.all.value(QStringLiteral("center")).split(u',');
    if (c.size() >= 2) {
        const auto lon = toDouble(c[0]), lat = toDouble(c[1]);
        if (lon && lat)
            md.center = QPointF(*lon, *lat);
        if (c.size() >= 3)
            md.centerZoom = toDouble(c[2]);
    }
    if (auto z = toDouble(md.all.value(QStringLiteral("minzoom"))))
        md.minZoom = int(*z);
    if (auto z = toDouble(md.all.value(QStringLiteral("maxzoom"))))
        md.maxZoom = int(*z);
    if ((!md.minZoom || !md.maxZoom) && m_db.isOpen()) {
        // Optional in the spec; derive from the data so the view knows where the tiles are.
        auto z = m_db.prepare("SELECT min(zoom_level), max(zoom_level) FROM tiles");
        if (z.step() && !z.isNull(0)) {
            if (!md.minZoom)
                md.minZoom = int(z.columnInt(0));
            if (!md.maxZoom)
                md.maxZoom = int(z.columnInt(1));
        }
    }
    m_meta = md;
}

void MbTiles::setMetadata(const QString& key, const QString& value)
{
    auto st = m_db.prepare("INSERT OR REPLACE INTO metadata(name, value) VALUES (?1, ?2)");
    st.bind(1, key).bind(2, value).run();
    readMetadata();
}

std::optional<QByteArray> MbTiles::tile(const TileId& id) const
{
    auto st = m_db.prepare(
        "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3");
    st.bind(1, id.z).bind(2, id.x).bind(3, TileMath::flipY(id.y, id.z));
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    const void* blob = sqlite3_column_blob(st.handle(), 0);
    return QByteArray(static_cast<const char*>(blob), sqlite3_column_bytes(st.handle(), 0));
}

std::optional<MbTiles::CachedTile> MbTiles::cachedTile(const TileId& id, const QString& layer) const
{
    const int row = TileMath::flipY(id.y, id.z);
    if (!layer.isEmpty()) {
        if (!m_hasOverlays)
            return std::nullopt;
        auto st
            = m_db.prepare("SELECT tile_data, expires, etag, last_modified FROM dj_overlay_tiles"
                           " WHERE layer = ?1 AND zoom_level = ?2 AND tile_column = ?3 AND tile_row = ?4");
        st.bind(1, layer).bind(2, id.z).bind(3, id.x).bind(4, row);
        if (!st.step() || st.isNull(0))
            return std::nullopt;
        const void* blob = sqlite3_column_blob(st.handle(), 0);
        CachedTile c { QByteArray(static_cast<const char*>(blob), sqlite3_column_bytes(st.handle(), 0)), {},
            columnBytes(st, 2), columnBytes(st, 3) };
        if (!st.isNull(1))
            c.expires = QDateTime::fromSecsSinceEpoch(st.columnInt(1), Qt::UTC);
        return c;
    }
    auto data = tile(id);
    if (!data)
        return std::nullopt;
    CachedTile c { *data, {}, {}, {} };
    if (m_hasExpiry) {
        auto st = m_db.prepare(m_hasValidators
                ? "SELECT expires, etag, last_modified FROM dj_tile_expiry WHERE zoom_level = ?1"
                  " AND tile_column = ?2 AND tile_row = ?3"
                : "SELECT expires, NULL, NULL FROM dj_tile_expiry WHERE zoom_level = ?1 AND tile_column = ?2"
                  " AND tile_row = ?3");
        st.bind(1, id.z).bind(2, id.x).bind(3, row);
        if (st.step()) {
            if (!st.isNull(0))
                c.expires = QDateTime::fromSecsSinceEpoch(st.columnInt(0), Qt::UTC);
            c.etag = columnBytes(st, 1);
            c.lastModified = columnBytes(st, 2);
        }
    }
    return c;
}

void MbTiles::putTile(const TileId& id, const QByteArray& data, const QDateTime& expires)
{
    putCachedTile(id, CachedTile { data, expires, {}, {} });
}

void MbTiles::putCachedTile(const TileId& id, const CachedTile& tile, const QString& layer)
{
    if (!m_writable)
        throw MapError(tr("The MBTiles file %1 is open read-only.").arg(path()));
    if (!layer.isEmpty() && !m_hasOverlays)
        throw MapError(tr("%1 is not a tile cache; it cannot keep overlay tiles.").arg(path()));
    try {
        store::Transaction tx(m_db);
        const int row = TileMath::flipY(id.y, id.z);
        if (!layer.isEmpty()) {
            auto st = m_db.prepare(
                "INSERT OR REPLACE INTO dj_overlay_tiles(layer, zoom_level, tile_column, tile_row, tile_data,"
                " expires, etag, last_modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            st.bind(1, layer).bind(2, id.z).bind(3, id.x).bind(4, row);
            m_db.check(sqlite3_bind_blob(
                           st.handle(), 5, tile.data.constData(), int(tile.data.size()), SQLITE_TRANSIENT),
                "bind tile");
            if (tile.expires.isValid())
                st.bind(6, tile.expires.toSecsSinceEpoch());
            else
                st.bindNull(6);
            st.bind(7, orNull(tile.etag)).bind(8, orNull(tile.lastModified));
            st.run();
            tx.commit();
            return;
        }
        auto st = m_db.prepare("INSERT OR REPLACE INTO tiles(zoom_level, tile_column, tile_row, tile_data)"
                               " VALUES (?1, ?2, ?3, ?4)");
        st.bind(1, id.z).bind(2, id.x).bind(3, row);
        // Statement::bind(QByteArray) binds text; tile images must be BLOBs for other MBTiles readers.
        m_db.check(
            sqlite3_bind_blob(st.handle(), 4, tile.data.constData(), int(tile.data.size()), SQLITE_TRANSIENT),
            "bind tile");
        st.run();
        if (m_hasExpiry) {
            // New bytes replace the old validators too (they belonged to the old bytes).
            auto ex = m_db.prepare(m_hasValidators
                    ? "INSERT OR REPLACE INTO dj_tile_expiry(zoom_level, tile_column, tile_row, expires, "
                      "etag,"
                      " last_modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                    : "INSERT OR REPLACE INTO dj_tile_expiry(zoom_level, tile_column, tile_row, expires)"
                      " VALUES (?1, ?2, ?3, ?4)");
            ex.bind(1, id.z).bind(2, id.x).bind(3, row);
            if (tile.expires.isValid())
                ex.bind(4, tile.expires.toSecsSinceEpoch());
            else
                ex.bindNull(4);
            if (m_hasValidators)
                ex.bind(5, orNull(tile.etag)).bind(6, orNull(tile.lastModified));
            ex.run();
        }
        tx.commit();
    } catch (const store::StoreError& e) {
        throw MapError(tr("Cannot store a tile in %1: %2").arg(path(), e.message()));
    }
}

bool MbTiles::refreshTile(const TileId& id, const QDateTime& expires, const QByteArray& etag,
    const QByteArray& lastModified, const QString& layer)
{
    if (!m_writable)
        throw MapError(tr("The MBTiles file %1 is open read-only.").arg(path()));
    const int row = TileMath::flipY(id.y, id.z);
    const std::optional<qint64> secs
        = expires.isValid() ? std::optional<qint64>(expires.toSecsSinceEpoch()) : std::nullopt;
    try {
        store::Transaction tx(m_db);
        if (!layer.isEmpty()) {
            if (!m_hasOverlays)
                return false;
            auto st = m_db.prepare(
                "UPDATE dj_overlay_tiles SET expires = ?1, etag = coalesce(?2, etag),"
                " last_modified = coalesce(?3, last_modified)"
                " WHERE layer = ?4 AND zoom_level = ?5 AND tile_column = ?6 AND tile_row = ?7");
            st.bind(1, secs).bind(2, orNull(etag)).bind(3, orNull(lastModified));
            st.bind(4, layer).bind(5, id.z).bind(6, id.x).bind(7, row);
            st.run();
            const bool found = m_db.changes() > 0;
            tx.commit();
            return found;
        }
        auto exists = m_db.prepare(
            "SELECT 1 FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3");
        exists.bind(1, id.z).bind(2, id.x).bind(3, row);
        if (!exists.step())
            return false;
        if (m_hasExpiry) {
            auto st = m_db.prepare(m_hasValidators
                    ? "INSERT INTO dj_tile_expiry(zoom_level, tile_column, tile_row, expires, etag, "
                      "last_modified)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(zoom_level, tile_column, tile_row) DO "
                      "UPDATE"
                      " SET expires = excluded.expires, etag = coalesce(excluded.etag, etag),"
                      " last_modified = coalesce(excluded.last_modified, last_modified)"
                    : "INSERT OR REPLACE INTO dj_tile_expiry(zoom_level, tile_column, tile_row, expires)"
                      " VALUES (?1, ?2, ?3, ?4)");
            st.bind(1, id.z).bind(2, id.x).bind(3, row).bind(4, secs);
            if (m_hasValidators)
                st.bind(5, orNull(etag)).bind(6, orNull(lastModified));
            st.run();
        }
        tx.commit();
        return true;
    } catch (const store::StoreError& e) {
        throw MapError(tr("Cannot store a tile in %1: %2").arg(path(), e.message()));
    }
}

qint64 MbTiles::tileCount() const
{
    return m_db.scalarInt("SELECT count(*) FROM tiles");
}

} // namespace dj::map
