#pragma once

#include "core/api/apihandlers.h"
#include "core/api/apikeys.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <map>
#include <memory>
#include <unordered_set>

class QTcpSocket;

namespace dj::api {

/// Limits the server enforces itself (Qt HttpServer 6.4 has none of them). Set from `serve` options and the
/// window's API settings; validate() before use.
struct ApiServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ApiServerOptions)
public:
    // Accepted ranges (the window's fields and `serve`'s options use them).
    static constexpr int kMinRequestTimeoutMs = 100, kMaxRequestTimeoutMs = 600000;
    static constexpr int kMinIdleTimeoutMs = 1000, kMaxIdleTimeoutMs = 3600000;
    static constexpr int kMinQueryTimeoutMs = 10, kMaxQueryTimeoutMs = 600000;
    static constexpr qint64 kMinBodyBytes = 1024, kMaxBodyBytes = qint64(256) << 20;
    static constexpr int kMaxWorkers = 256;

    /// Throws dj::Error naming the first value outside its range and the range.
    void validate() const;

    QHostAddress address = QHostAddress::LocalHost; ///< loopback unless the user names another address
    quint16 port = 8731; ///< 0 = any free port
    QString keysFile; ///< empty = ApiKeys::defaultKeysFile(cache)
    qint64 maxBodyBytes = 1 << 20;
    int maxHeaderBytes = 16 << 10;
    int requestTimeoutMs = 10000; ///< to receive one whole request once it has started
    int idleTimeoutMs = 30000; ///< keep-alive: an idle connection is closed after this
    int queryTimeoutMs = 15000; ///< a query still running after this is answered 503 timeout (its result,
                                ///< when it comes, is dropped; queries only read)
    int workers = 0; ///< query threads; 0 = max(2, ideal thread count)
    int maxQueued = 512; ///< requests waiting for a worker beyond this are answered 503 busy
    int maxConnections = 1024;
    int clockSkewSeconds = 300; ///< accepted distance of a signature's timestamp from now
};

/// The local data API: Qt HttpServer's connection handling and request parsing, everything else here —
/// the body cap and header cap (checked on the raw stream before Qt buffers a body), request and idle
/// timeouts, signature check with nonce cache, per-key rate limit and daily quota (kept in the cache),
/// and a bounded pool of worker threads that run the queries on their own read-only connections. Replies
/// keep request order per connection. Lives on one thread (the one that calls start()).
class ApiServer : public QAbstractHttpServer
{
    Q_DECLARE_TR_FUNCTIONS(ApiServer)
public:
    /// Opens the cache and its search index (blocking); throws dj::Error.
    explicit ApiServer(const QString& cachePath, ApiServerOptions options = {}, QObject* parent = nullptr);
    ~ApiServer() override;

    /// Starts listening; returns the port. Throws dj::Error when the address cannot be bound.
    quint16 start();
    /// Writes pending usage counts and stops accepting (open connections are closed).
    void stop();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    /// Keys that can sign requests (in the cache, not revoked, secret present in the keys file).
    int usableKeys() const;
    /// Query threads of the pool.
    int workers() const { return m_pool.maxThreadCount(); }
    qint64 requestsAnswered() const { return m_answered; }
    const ApiService& service() const { return *m_service; }
    /// Re-reads keys and limits from the cache and the keys file, and writes usage counts (also every 2 s,
    /// then on a thread of its own).
    void sync();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Conn;
    struct KeyState
    {
        ApiKey key;
        QByteArray secret;
        qint64 minute = -1;
        int inMinute = 0;
        qint64 today = 0; ///< requests counted today (cache + this run)
    };
    struct InFlight
    {
        quint64 conn;
        quint64 seq;
        qint64 deadline;
        QString path;
        bool close = false; ///< the client asked to close the connection after this answer
    };

    /// What one sync round read (and whether it wrote the counts it was given).
    struct SyncResult
    {
        bool loaded = false;
        bool written = false;
        QString day;
        QHash<QString, qint64> used;
        QList<QPair<ApiKey, QByteArray>> keys; ///< usable keys with their secrets
        QSet<QString> revoked;
    };
    static SyncResult collect(const QString& cachePath, const QString& keysFile, const QString& day,
        const QHash<QString, qint64>& delta);
    void apply(SyncResult result, QHash<QString, qint64> sent);
    void syncInBackground();
    void attach(QTcpSocket* socket);
    void onReadyRead(Conn& c);
    void reject(Conn& c, int status, const QString& problem, const QString& detail);
    void deliver(quint64 connId, quint64 seq, const ApiResponse& response, bool close = false);
    void sweep();
    KeyState& authenticate(
        const QHttpServerRequest& request, const QByteArray& method, const QString& endpoint);
    static QByteArray httpBytes(const ApiResponse& r, bool close);

    QString m_cachePath;
    ApiServerOptions m_options;
    std::unique_ptr<ApiService> m_service;
    QThreadPool m_pool;
    QThreadPool m_syncPool; ///< one thread: the usage writes and key reloads every 2 s
    bool m_syncRunning = false;
    quint16 m_port = 0;
    QHash<quint64, Conn*> m_conns;
    QHash<QTcpSocket*, quint64> m_connOfSocket;
    quint64 m_nextConn = 1;
    quint64 m_nextRequest = 1;
    QHash<quint64, InFlight> m_inflight;
    QHash<QString, KeyState> m_keys;
    QSet<QString> m_revoked; ///< told apart from unknown keys without reading the cache per request
    /// Nonces seen, by the second of their timestamp: a 64-bit keyed hash of key + nonce each (8 bytes, not
    /// the text). A bucket is dropped once its timestamp is outside the window (such a request is refused
    /// as expired anyway), so memory is bounded by request rate × window.
    std::map<qint64, std::unordered_set<quint64>> m_nonces;
    qsizetype m_nonceCount = 0;
    size_t m_nonceSeed = 0;
    QHash<QString, qint64> m_usageDelta; ///< requests not yet written to the cache
    QString m_day;
    QTimer m_sweepTimer;
    QTimer m_syncTimer;
    qint64 m_answered = 0;
};

} // namespace dj::api
