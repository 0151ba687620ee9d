#include "core/map/tilelayer.h"

#include "core/map/maperror.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace dj::map {

namespace {
constexpr int kSliceBudgetMs = 8;
constexpr int kMemoryTiles = 768; // about three 4K screens of tiles with their parents
} // namespace

TileLayer::TileLayer(QObject* parent)
    : QObject(parent)
{
    m_memory.setMaxCost(kMemoryTiles);
}

TileLayer::~TileLayer() = default;

void TileLayer::setSource(const TileSource& source, const QString& cacheDir)
{
    std::unique_ptr<MbTiles> file;
    std::unique_ptr<TileFetcher> fetcher;
    if (source.kind == TileSource::Kind::File) {
        file = std::make_unique<MbTiles>(MbTiles::open(source.filePath));
    } else if (source.kind == TileSource::Kind::Online) {
        if (const QString why = TileSource::validateTemplate(source.urlTemplate); !why.isEmpty())
            throw MapError(why);
        if (source.hasOverlay())
            if (const QString why = TileSource::validateTemplate(source.overlayTemplate); !why.isEmpty())
                throw MapError(why);
        if (cacheDir.isEmpty() || !QDir().mkpath(cacheDir))
            throw MapError(tr("Cannot create the tile cache folder %1.").arg(cacheDir));
        fetcher = std::make_unique<TileFetcher>(
            source, QDir(cacheDir).filePath(source.cacheKey() + u".mbtiles"_s));
        connect(fetcher.get(), &TileFetcher::tileFetched, this, &TileLayer::fetched);
        connect(
            fetcher.get(), &TileFetcher::tileFailed, this, [this](const TileId& t, const QString& reason) {
                // A stale tile that could not be refreshed stays on screen; only an absent one is missing.
                if (!m_memory.contains(t))
                    m_missing.insert(t);
                // One message per burst of failures, not one per tile.
                if (++m_failures == 8)
                    emit problem(tr("Map tiles cannot be downloaded (%1). Tiles seen before are still shown.")
                                     .arg(reason));
                emit tilesChanged();
            });
    }
    m_file = std::move(file);
    m_fetcher = std::move(fetcher);
    m_source = source;
    m_memory.clear();
    m_pending.clear();
    m_pendingSet.clear();
    m_missing.clear();
    m_failures = 0;
    emit tilesChanged();
}

MbTiles::Metadata TileLayer::fileMetadata() const
{
    return m_file ? m_file->metadata() : MbTiles::Metadata {};
}

QString TileLayer::attribution() const
{
    if (m_file)
        return m_file->metadata().attribution;
    return m_source.attribution;
}

int TileLayer::minZoom() const
{
    if (m_file && m_file->metadata().minZoom)
        return *m_file->metadata().minZoom;
    return m_source.minZoom;
}

int TileLayer::maxZoom() const
{
    if (m_file && m_file->metadata().maxZoom)
        return *m_file->metadata().maxZoom;
    return m_source.maxZoom;
}

QImage TileLayer::image(const TileId& tile) const
{
    if (const QImage* img = m_memory.object(tile))
        return *img;
    return {};
}

void TileLayer::insertImage(const TileId& tile, const QImage& image)
{
    m_memory.insert(tile, new QImage(image), 1);
}

void TileLayer::want(const QList<TileId>& tiles)
{
    if (m_source.isNone())
        return;
    for (const TileId& t : tiles) {
        if (m_memory.contains(t) || m_pendingSet.contains(t) || m_missing.contains(t))
            continue;
        if (t.z < minZoom() || t.z > maxZoom())
            continue;
        m_pending.append(t);
        m_pendingSet.insert(t);
    }
    if (!m_pending.isEmpty() && !m_sliceScheduled) {
        m_sliceScheduled = true;
        QTimer::singleShot(0, this, &TileLayer::processSlice);
    }
}

void TileLayer::loadPendingNow()
{
    while (!m_pending.isEmpty()) {
        const TileId t = m_pending.takeFirst();
        m_pendingSet.remove(t);
        loadFromDisk(t);
    }
}

bool TileLayer::isBusy() const
{
    return !m_pending.isEmpty() || (m_online && m_fetcher && m_fetcher->pending() > 0);
}

void TileLayer::processSlice()
{
    m_sliceScheduled = false;
    QElapsedTimer timer;
    timer.start();
    bool any = false;
    while (!m_pending.isEmpty() && timer.elapsed() < kSliceBudgetMs) {
        const TileId t = m_pending.takeFirst();
        m_pendingSet.remove(t);
        any |= loadFromDisk(t);
    }
    if (any)
        emit tilesChanged();
    if (!m_pending.isEmpty()) {
        m_sliceScheduled = true;
        QTimer::singleShot(1, this, &TileLayer::processSlice);
    }
}

bool TileLayer::loadFromDisk(const TileId& tile)
{
    std::optional<MbTiles::CachedTile> stored;
    std::optional<MbTiles::CachedTile> overlay;
    const bool hasOverlay = m_fetcher && m_source.hasOverlay();
    try {
        if (m_file) {
            stored = m_file->cachedTile(tile);
        } else if (m_fetcher) {
            stored = m_fetcher->cache().cachedTile(tile);
            if (hasOverlay && stored)
                overlay = m_fetcher->cache().cachedTile(tile, m_source.overlayCacheKey());
        }
    } catch (const std::exception&) {
        stored.reset(); // a damaged row reads as a missing tile
    }
    bool shown = false;
    if (stored) {
        QImage img;
        if (img.loadFromData(stored->data)) {
            QImage labels;
            if (overlay)
                labels.loadFromData(overlay->data);
            insertImage(tile, TileFetcher::compose(img, labels));
            shown = true;
        }
    }
    // Stale (or without its overlay): shown now, brought up to date in the background.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool expired
        = (stored && stored->isExpired(now)) || (hasOverlay && (!overlay || overlay->isExpired(now)));
    if (m_fetcher && m_online && (!shown || expired)) {
        m_fetcher->request(tile);
    } else if (!shown) {
        m_missing.insert(tile);
    }
    return shown;
}

void TileLayer::fetched(const TileId& tile, const QImage& image)
{
    insertImage(tile, image);
    m_missing.remove(tile);
    m_failures = 0;
    emit tilesChanged();
}

} // namespace dj::map
