#pragma once

#include "core/map/mbtiles.h"
#include "core/map/tilesource.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace dj::map {

/// Downloads tiles of one online source with a small concurrency limit, timeouts, retries with backoff and
/// failure marking, and keeps every tile in an MBTiles cache together with its expiry (from Cache-Control /
/// Expires, never shorter than the source's minimum) and its validators (ETag, Last-Modified).
///
/// A requested tile is brought up to date part by part (the base, and the source's overlay when it has
/// one): a part fresh in the cache is taken from there; a stale one is revalidated with If-None-Match /
/// If-Modified-Since (304: the stored bytes stay and get the new expiry; 200: replaced); a missing one is
/// downloaded. `Cache-Control: no-store` answers are shown but never written; `no-cache` ones are stored
/// already expired, so they are revalidated whenever they are loaded again. A failed revalidation leaves
/// the stored tile as it is (shown stale, never deleted). tileFetched() carries the overlay composed over
/// the base; a failed or missing overlay leaves the base alone.
///
/// Lives on the GUI thread; the network is asynchronous and a cache write is one small transaction.
class TileFetcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxConcurrent = 2; ///< OSM's policy asks for at most two connections
        int timeoutMs = 10000;
        int maxAttempts = 3; ///< for timeouts, network errors and 5xx
        int backoffMs = 500; ///< doubled on every retry
        int failureHoldMs = 60000; ///< a failed tile is not asked for again within this time
        int maxQueued = 256; ///< older wishes are dropped first (the view has moved on)
    };

    /// cachePath: the MBTiles file that keeps fetched tiles (created when missing). Throws MapError.
    TileFetcher(const TileSource& source, const QString& cachePath, QObject* parent = nullptr);
    TileFetcher(const TileSource& source, const QString& cachePath, const Options& options,
        QObject* parent = nullptr);
    ~TileFetcher() override;

    const TileSource& source() const { return m_source; }
    /// The cache (read it on this thread only).
    MbTiles& cache() { return m_cache; }

    /// Asks for a tile; ignored when queued, in flight or recently failed. Newest wishes go first.
    void request(const TileId& tile);
    /// Forgets queued wishes (not the ones in flight).
    void clearQueue();
    bool isFailed(const TileId& tile) const;
    int pending() const { return int(m_queue.size()) + int(m_jobs.size()); }

    /// The User-Agent sent with every request ("Dianjing/<version> (+https://…)" style).
    static QByteArray userAgent();
    /// Expiry from response headers (max-age wins over Expires; no-store/no-cache mean "now").
    static QDateTime expiryFrom(const QByteArray& cacheControl, const QByteArray& expires,
        const QDateTime& now, qint64 defaultSeconds, qint64 minSeconds);
    /// Whether Cache-Control forbids keeping the answer (no-store).
    static bool forbidsStoring(const QByteArray& cacheControl);
    /// The overlay drawn over the base (scaled to the base's size); the base alone for a null overlay.
    static QImage compose(const QImage& base, const QImage& overlay);

signals:
    void tileFetched(const dj::map::TileId& tile, const QImage& image);
    void tileFailed(const dj::map::TileId& tile, const QString& reason);
    /// Nothing queued or in flight any more.
    void idle();

private:
    enum Part { Base = 0, Overlay = 1 };
    /// A tile taken from the queue: what the cache had and what the network brought, per part.
    struct Job
    {
        std::optional<MbTiles::CachedTile> stored[2];
        QImage image[2]; ///< decoded: fresh from the cache, downloaded, or revalidated
        int waiting = 0; ///< parts still on the network
        QString failure; ///< why the base could not be brought up to date
    };
    struct PartRequest
    {
        TileId tile;
        Part part;
    };

    void pump();
    void open(const TileId& tile);
    void start(const TileId& tile, Part part, int attempt);
    void finished(QNetworkReply* reply, const TileId& tile, Part part, int attempt);
    void settle(const TileId& tile, Part part, const QImage& image, const QString& failure);
    void complete(const TileId& tile);
    void fail(const TileId& tile, const QString& reason);
    QString layerKey(Part part) const;

    TileSource m_source;
    Options m_options;
    MbTiles m_cache;
    QNetworkAccessManager* m_nam = nullptr;
    QList<TileId> m_queue;
    QHash<TileId, bool> m_active; ///< queued or opened (parts in flight or waiting for a retry)
    QHash<TileId, Job> m_jobs; ///< opened
    QList<PartRequest> m_ready; ///< parts of opened tiles waiting for a connection
    QHash<TileId, QDateTime> m_failedUntil;
    QHash<TileId, QDateTime> m_overlayFailedUntil;
    int m_inFlight = 0;
};

} // namespace dj::map
