#include "core/map/tilesource.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dj::map {

namespace {

QUrl expand(const TileSource& source, QString s, const TileId& tile)
{
    s.replace(u"{z}"_s, QString::number(tile.z));
    s.replace(u"{x}"_s, QString::number(tile.x));
    s.replace(u"{-y}"_s, QString::number(TileMath::flipY(tile.y, tile.z)));
    s.replace(u"{y}"_s, QString::number(tile.y));
    if (!source.subdomains.isEmpty())
        s.replace(u"{s}"_s, source.subdomains.at((tile.x + tile.y) % source.subdomains.size()));
    return QUrl(s);
}

/// A 天地图 WMTS layer (…_w = Web Mercator grid) with the user's key.
QString tiandituTemplate(const QString& layer, const QString& key)
{
    // The key is a URL parameter; percent-encode it so a pasted key cannot change the request.
    return u"https://t{s}.tianditu.gov.cn/%1_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
           "&LAYER=%1&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}"
           "&tk="_s.arg(layer)
        + QString::fromLatin1(QUrl::toPercentEncoding(key.trimmed()));
}

TileSource tiandituBase()
{
    TileSource t;
    t.kind = TileSource::Kind::Online;
    t.subdomains = { u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s };
    t.crs = Crs::Wgs84;
    t.maxZoom = 18;
    t.minCacheSeconds = 7 * 24 * 3600;
    t.defaultCacheSeconds = 7 * 24 * 3600;
    return t;
}

} // namespace

QUrl TileSource::tileUrl(const TileId& tile) const
{
    return expand(*this, urlTemplate, tile);
}

QUrl TileSource::overlayUrl(const TileId& tile) const
{
    if (overlayTemplate.isEmpty())
        return {};
    return expand(*this, overlayTemplate, tile);
}

QString TileSource::overlayCacheKey() const
{
    if (overlayTemplate.isEmpty())
        return {};
    if (!overlayId.isEmpty())
        return overlayId;
    return u"overlay-"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(overlayTemplate.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QString TileSource::cacheKey() const
{
    if (kind != Kind::Online)
        return {};
    if (id == u"osm" || id == u"tianditu" || id == u"tianditu-img")
        return id;
    return u"custom-"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(urlTemplate.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

TileSource TileSource::none()
{
    TileSource t;
    t.id = u"none"_s;
    t.name = tr("No base map");
    t.maxZoom = 22;
    return t;
}

TileSource TileSource::openStreetMap()
{
    TileSource t;
    t.kind = Kind::Online;
    t.id = u"osm"_s;
    t.name = tr("OpenStreetMap");
    t.urlTemplate = u"https://tile.openstreetmap.org/{z}/{x}/{y}.png"_s;
    t.crs = Crs::Wgs84;
    t.attribution = u"© OpenStreetMap contributors"_s;
    t.maxZoom = 19;
    t.minCacheSeconds = 7 * 24 * 3600;
    t.defaultCacheSeconds = 7 * 24 * 3600;
    return t;
}

TileSource TileSource::tianditu(const QString& key)
{
    TileSource t = tiandituBase();
    t.attribution = tr("© Tianditu (National Platform for Common GeoSpatial Information Services)");
    t.id = u"tianditu"_s;
    t.name = tr("Tianditu");
    t.urlTemplate = tiandituTemplate(u"vec"_s, key);
    // vec_w has no place names: 天地图 serves them as a separate annotation layer.
    t.overlayTemplate = tiandituTemplate(u"cva"_s, key);
    t.overlayId = u"cva"_s;
    return t;
}

TileSource TileSource::tiandituImagery(const QString& key)
{
    TileSource t = tiandituBase();
    t.attribution = tr("© Tianditu (National Platform for Common GeoSpatial Information Services)");
    t.id = u"tianditu-img"_s;
    t.name = tr("Tianditu imagery");
    t.urlTemplate = tiandituTemplate(u"img"_s, key);
    t.overlayTemplate = tiandituTemplate(u"cia"_s, key);
    t.overlayId = u"cia"_s;
    return t;
}

TileSource TileSource::custom(const QString& urlTemplate, Crs crs, const QString& attribution)
{
    TileSource t;
    t.kind = Kind::Online;
    t.id = u"custom"_s;
    t.name = tr("Custom tiles");
    t.urlTemplate = urlTemplate.trimmed();
    t.crs = crs;
    t.attribution = attribution;
    if (t.urlTemplate.contains(u"{s}"_s))
        t.subdomains = { u"a"_s, u"b"_s, u"c"_s };
    t.maxZoom = 20;
    return t;
}

TileSource TileSource::file(const QString& path)
{
    TileSource t;
    t.kind = Kind::File;
    t.id = u"file"_s;
    t.name = QFileInfo(path).fileName();
    t.filePath = path;
    t.maxZoom = 22;
    return t;
}

QString TileSource::validateTemplate(const QString& urlTemplate)
{
    const QString t = urlTemplate.trimmed();
    if (!t.contains(u"{z}"_s) || !t.contains(u"{x}"_s) || !(t.contains(u"{y}"_s) || t.contains(u"{-y}"_s)))
        return tr("The address must contain {z}, {x} and {y}.");
    const QUrl url(QString(t).replace(u'{', u'_').replace(u'}', u'_'));
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return tr("The address must start with http:// or https:// and name a server.");
    return {};
}

} // namespace dj::map
