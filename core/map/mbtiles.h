#pragma once

#include "core/map/tilemath.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QRectF>
#include <QString>
#include <optional>

namespace dj::map {

/// An MBTiles 1.3 raster tileset (SQLite). One instance = one connection: use it on one thread only.
///
/// Reads any conforming file (`tiles` may be a view, rows are TMS-flipped); writes files with a plain
/// `tiles` table. Files used as a download cache carry an extra table `dj_tile_expiry` (expiry plus the
/// HTTP validators ETag and Last-Modified) so that stale tiles are still shown offline and revalidated
/// cheaply when a network is there. Overlay layers of a source (e.g. 天地图's label tiles) are kept in
/// `dj_overlay_tiles`, keyed by layer, so the `tiles` table stays a plain MBTiles of the base layer.
///
/// Caches written before the validator columns existed are upgraded in place when opened with
/// openCache() (columns added, nothing rewritten); read-only opens read them as they are.
class MbTiles
{
    Q_DECLARE_TR_FUNCTIONS(MbTiles)
public:
    struct Metadata
    {
        QString name;
        QString format; ///< png, jpg, webp (pbf is refused: raster only)
        QString attribution;
        QString description;
        std::optional<QRectF> bounds; ///< x = west lon, y = south lat, width/height in degrees
        std::optional<QPointF> center; ///< lon/lat
        std::optional<double> centerZoom;
        std::optional<int> minZoom;
        std::optional<int> maxZoom;
        QMap<QString, QString> all; ///< every metadata row as stored
    };

    struct CachedTile
    {
        QByteArray data;
        QDateTime expires; ///< invalid = never expires (tiles of a user's file)
        QByteArray etag; ///< the server's ETag, verbatim (quotes, W/ prefix), empty when none
        QByteArray lastModified; ///< the server's Last-Modified, verbatim, empty when none

        bool isExpired(const QDateTime& now) const { return expires.isValid() && expires <= now; }
    };

    MbTiles() = default;
    MbTiles(MbTiles&&) = default;
    MbTiles& operator=(MbTiles&&) = default;

    /// Opens an existing file. Throws MapError for a missing file, a non-SQLite file, a file without the
    /// MBTiles tables or without the required metadata (name, format).
    static MbTiles open(const QString& path, bool writable = false);
    /// Creates a new tileset, replacing nothing: throws MapError when the file exists.
    static MbTiles create(const QString& path, const Metadata& metadata);
    /// Opens the download cache at path, creating it (format png) when it does not exist yet.
    static MbTiles openCache(const QString& path, const QString& name);

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    const Metadata& metadata() const { return m_meta; }
    void setMetadata(const QString& key, const QString& value);

    /// The stored bytes of an XYZ tile, if present.
    std::optional<QByteArray> tile(const TileId& id) const;
    /// Bytes plus expiry and validators (from dj_tile_expiry when the file has it). A non-empty layer
    /// reads an overlay tile of a cache (dj_overlay_tiles) instead of the base tile.
    std::optional<CachedTile> cachedTile(const TileId& id, const QString& layer = {}) const;
    /// Stores (or replaces) an XYZ tile; expires is kept when the file is a cache.
    void putTile(const TileId& id, const QByteArray& data, const QDateTime& expires = {});
    /// Stores (or replaces) a tile with its expiry and validators; a non-empty layer stores an overlay
    /// tile (caches only). Throws MapError.
    void putCachedTile(const TileId& id, const CachedTile& tile, const QString& layer = {});
    /// After a 304 Not Modified: keeps the stored bytes, sets a new expiry and, when the answer carried
    /// them, new validators (empty ones keep the stored). False when no such tile is stored. Throws MapError.
    bool refreshTile(const TileId& id, const QDateTime& expires, const QByteArray& etag,
        const QByteArray& lastModified, const QString& layer = {});
    qint64 tileCount() const;

private:
    void readMetadata();
    store::Database m_db;
    Metadata m_meta;
    bool m_hasExpiry = false;
    bool m_hasValidators = false; ///< dj_tile_expiry has etag/last_modified (caches since validators)
    bool m_hasOverlays = false;
    bool m_writable = false;
};

} // namespace dj::map
