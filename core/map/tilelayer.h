#pragma once

#include "core/map/mbtiles.h"
#include "core/map/tilefetcher.h"
#include "core/map/tilesource.h"

#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <memory>

namespace dj::map {

/// The base layer as the renderer sees it: decoded tiles in memory, loaded on demand from an MBTiles file
/// or from the download cache, and fetched from the network when online and missing or expired. A stale
/// tile is shown while it is revalidated and stays shown when that fails. A source with an overlay (e.g.
/// 天地图's labels) gets each tile as one image, the overlay composed over the base.
///
/// Disk reads and decoding run in short slices on the owning thread (a few milliseconds each) so that a
/// paint never waits for them; tilesChanged() asks for a repaint when more arrived.
class TileLayer : public QObject
{
    Q_OBJECT
public:
    explicit TileLayer(QObject* parent = nullptr);
    ~TileLayer() override;

    /// Switches the base layer. cacheDir holds the download caches (<cacheKey>.mbtiles). Throws MapError
    /// (then the layer keeps its previous source).
    void setSource(const TileSource& source, const QString& cacheDir = {});
    const TileSource& source() const { return m_source; }
    /// Metadata of an opened MBTiles file (empty otherwise).
    MbTiles::Metadata fileMetadata() const;
    QString attribution() const;
    int minZoom() const;
    int maxZoom() const;

    /// Whether the network may be used (off: only what is on disk is shown).
    void setOnline(bool online)
    {
        m_online = online;
        m_missing.clear();
    }
    bool isOnline() const { return m_online; }

    /// A decoded tile if it is in memory (cheap; for painting). Null image otherwise.
    QImage image(const TileId& tile) const;
    /// Asks for tiles to be loaded (disk first, then network). Call with the visible set, most wanted first.
    void want(const QList<TileId>& tiles);
    /// Loads every wanted tile that is on disk now (tests, screenshots, benchmarks).
    void loadPendingNow();
    /// Puts a decoded tile straight into memory (benchmarks; tiles drawn by the app itself).
    void insertImage(const TileId& tile, const QImage& image);
    bool isBusy() const;
    /// Tiles known to be unavailable (not on disk and failed or offline).
    bool isMissing(const TileId& tile) const { return m_missing.contains(tile); }

signals:
    void tilesChanged();
    /// A user-facing problem with the source (e.g. repeated download failures).
    void problem(const QString& message);

private:
    void processSlice();
    bool loadFromDisk(const TileId& tile);
    void fetched(const TileId& tile, const QImage& image);

    TileSource m_source = TileSource::none();
    std::unique_ptr<MbTiles> m_file;
    std::unique_ptr<TileFetcher> m_fetcher;
    mutable QCache<TileId, QImage> m_memory;
    QList<TileId> m_pending;
    QSet<TileId> m_pendingSet;
    QSet<TileId> m_missing;
    bool m_online = true;
    bool m_sliceScheduled = false;
    int m_failures = 0;
};

} // namespace dj::map
