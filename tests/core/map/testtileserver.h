#pragma once

#include "core/map/tilefetcher.h"
#include "core/map/tilesource.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QRect>
#include <QRgb>
#include <QTcpServer>
#include <QTimer>

/// A tiny HTTP tile server on 127.0.0.1 for tests. Paths (first segment picks the behaviour):
///   /ok/z/x/y.png      200, PNG, Cache-Control: max-age=3600
///   /expires/z/x/y.png 200, PNG, Expires two days ahead, no Cache-Control
///   /plain/z/x/y.png   200, PNG, no cache headers
///   /fail/…            500 always
///   /flaky/…           500 on the first request for a path, then 200
///   /slow/…            answers after 3 s
///   /delay/…           200 after 150 ms
///   /missing/…         404
///   /text/…            200 with a text body
///   /etag/…            200, PNG in the colour of version(), ETag "v<version>", a Last-Modified,
///                      max-age=0; 304 (max-age=3600) when If-None-Match names the current ETag
///   /lastmod/…         like /etag/ but only Last-Modified; 304 when If-Modified-Since matches it
///   /nocache/…         200 with ETag and Cache-Control: no-cache; 304 (no-cache) when If-None-Match matches
///   /nostore/…         200, Cache-Control: no-store
///   /label/…           200, max-age=3600, a transparent PNG with one opaque red box (labelBox())
/// It listens on loopback only and stops itself after 60 s whatever happens.
class TestTileServer : public QObject
{
public:
    TestTileServer();
    QString base() const;
    int hits(const QByteArray& path) const { return m_hits.value(path); }
    int totalHits() const { return m_total; }
    QByteArray lastUserAgent() const { return m_userAgent; }
    /// A header of the last request for path (empty when absent).
    QByteArray requestHeader(const QByteArray& path, const QByteArray& name) const;
    /// How many 304 Not Modified answers were sent.
    int notModified() const { return m_notModified; }
    /// The content version of /etag/ and /lastmod/ (a new version = new bytes and validators).
    void setVersion(int version) { m_version = version; }
    static QColor versionColour(int version);
    static QByteArray lastModified(int version);
    /// Stops listening: later connections are refused (the network is gone).
    void stop() { m_server.close(); }
    static QRect labelBox() { return QRect(96, 112, 64, 32); }
    static QByteArray labelPngBytes();
    /// Most connections open at the same time so far.
    int maxOpen() const { return m_maxOpen; }
    static QByteArray pngBytes(QRgb colour);

private:
    void onConnection();
    void answer(QTcpSocket* s, const QByteArray& request);
    QTcpServer m_server;
    QTimer m_lifetime;
    QHash<QByteArray, int> m_hits;
    int m_total = 0;
    int m_open = 0;
    int m_maxOpen = 0;
    QByteArray m_userAgent;
    QHash<QByteArray, QByteArray> m_lastRequest;
    int m_notModified = 0;
    int m_version = 1;
};

/// Runs the event loop until cond() holds or the time is up (tests never hang).
template <typename F> bool waitFor(F cond, int ms = 10000)
{
    QDeadlineTimer t(ms);
    while (!cond() && !t.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return cond();
}

/// A WGS-84 source for one of the server's behaviours ("ok", "etag", …).
inline dj::map::TileSource sourceFor(const TestTileServer& server, const char* kind)
{
    return dj::map::TileSource::custom(
        server.base() + u'/' + QString::fromLatin1(kind) + QStringLiteral("/{z}/{x}/{y}.png"),
        dj::map::Crs::Wgs84);
}

/// Short timeouts and back-off so failure paths finish quickly.
inline dj::map::TileFetcher::Options fastOptions(int maxAttempts = 3)
{
    dj::map::TileFetcher::Options o;
    o.timeoutMs = 400;
    o.backoffMs = 50;
    o.maxAttempts = maxAttempts;
    return o;
}
