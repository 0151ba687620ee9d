#pragma once

#include "core/map/tilemath.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace dj::map {

/// The geodetic frame a base layer is drawn in; data (WGS-84) is shifted into it before drawing.
enum class Crs { Wgs84, Gcj02, Bd09 };

/// A base layer: nothing (clean canvas), an online XYZ template, or an MBTiles file.
struct TileSource
{
    Q_DECLARE_TR_FUNCTIONS(TileSource)
public:
    enum class Kind { None, Online, File };

    Kind kind = Kind::None;
    QString id; ///< "none", "osm", "tianditu", "tianditu-img", "custom", "file" (settings, cache names)
    QString name; ///< shown to the user
    QString urlTemplate; ///< {z} {x} {y} {s} (and {-y} for TMS servers)
    QStringList subdomains;
    /// Optional second layer drawn over every base tile (e.g. 天地图's place-name tiles, which its base
    /// layers lack): same grid, {s}/{z}/{x}/{y} handling and coordinate system as urlTemplate. The tile
    /// the renderer gets is the base with this composed on top; without it the base alone is shown.
    QString overlayTemplate;
    /// Names the overlay's tiles in the download cache (kept apart from the base tiles).
    QString overlayId;
    Crs crs = Crs::Wgs84;
    QString attribution;
    int minZoom = 0;
    int maxZoom = 18;
    /// Tiles are kept at least this long before they are fetched again, whatever the server says.
    qint64 minCacheSeconds = 0;
    /// Used when the server sends no Cache-Control/Expires.
    qint64 defaultCacheSeconds = 24 * 3600;
    QString filePath; ///< Kind::File

    bool isNone() const { return kind == Kind::None; }
    /// The URL of one tile (subdomain chosen by tile position so the same tile always hits the same host).
    QUrl tileUrl(const TileId& tile) const;
    bool hasOverlay() const { return kind == Kind::Online && !overlayTemplate.isEmpty(); }
    /// The URL of a tile's overlay (empty without an overlay).
    QUrl overlayUrl(const TileId& tile) const;
    /// The overlay's key in the download cache: overlayId, or one derived from the template.
    QString overlayCacheKey() const;
    /// A file-name-safe key for this source's download cache.
    QString cacheKey() const;

    static TileSource none();
    /// tile.openstreetmap.org; cached ≥ 7 days as its usage policy asks.
    static TileSource openStreetMap();
    /// 天地图 vector base map (vec_w, Web Mercator grid, CGCS2000 ≈ WGS-84) with its place names (cva_w)
    /// drawn over it; needs the user's key.
    static TileSource tianditu(const QString& key);
    /// 天地图 imagery (img_w) with its place names (cia_w) drawn over it; needs the user's key.
    static TileSource tiandituImagery(const QString& key);
    /// A user's template; checked by validateTemplate().
    static TileSource custom(const QString& urlTemplate, Crs crs, const QString& attribution = {});
    static TileSource file(const QString& path);
    /// Empty when usable, else a translated reason.
    static QString validateTemplate(const QString& urlTemplate);
};

} // namespace dj::map
