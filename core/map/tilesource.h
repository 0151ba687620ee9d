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
    QString id; ///< "none", "osm", "tianditu", "custom", "file" (settings and cache file names)
    QString name; ///< shown to the user
    QString urlTemplate; ///< {z} {x} {y} {s} (and {-y} for TMS servers)
    QStringList subdomains;
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
    /// A file-name-safe key for this source's download cache.
    QString cacheKey() const;

    static TileSource none();
    /// tile.openstreetmap.org; cached ≥ 7 days as its usage policy asks.
    static TileSource openStreetMap();
    /// 天地图 vector base map (Web Mercator grid, CGCS2000 ≈ WGS-84); needs the user's key.
    static TileSource tianditu(const QString& key);
    /// A user's template; checked by validateTemplate().
    static TileSource custom(const QString& urlTemplate, Crs crs, const QString& attribution = {});
    static TileSource file(const QString& path);
    /// Empty when usable, else a translated reason.
    static QString validateTemplate(const QString& urlTemplate);
};

} // namespace dj::map
