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

class QNetworkAccessManager;
class QNetworkReply;

namespace dj::map {

/// Downloads tiles of one online source with a small concurrency limit, timeouts, retries with backoff and
/// failure marking, and keeps every tile in an MBTiles cache together with its expiry (from Cache-Control /
/// Expires, never shorter than the source's minimum).
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
    int pending() const { return int(m_queue.size()) + m_inFlight; }

    /// The User-Agent sent with every request ("Dianjing/<version> (+https://…)" style).
    static QByteArray userAgent();
    /// Expiry from response headers (max-age wins over Expires; no-store/no-cache mean "now").
    static QDateTime expiryFrom(const QByteArray& cacheControl, const QByteArray& expires,
        const QDateTime& now, qint64 defaultSeconds, qint64 minSeconds);

signals:
    void tileFetched(const dj::map::TileId& tile, const QImage& image);
    void tileFailed(const dj::map::TileId& tile, const QString& reason);
    /// Nothing queued or in flight any more.
    void idle();

private:
    void pump();
    void start(const TileId& tile, int attempt);
    void finished(QNetworkReply* reply, const TileId& tile, int attempt);
    void fail(const TileId& tile, const QString& reason);

    TileSource m_source;
    Options m_options;
    MbTiles m_cache;
    QNetworkAccessManager* m_nam = nullptr;
    QList<TileId> m_queue;
    QHash<TileId, bool> m_active; ///< queued or in flight (or waiting for a retry)
    QHash<TileId, QDateTime> m_failedUntil;
    int m_inFlight = 0;
};

} // namespace dj::map
