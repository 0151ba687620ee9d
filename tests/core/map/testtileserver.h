#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
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
/// It listens on loopback only and stops itself after 60 s whatever happens.
class TestTileServer : public QObject
{
public:
    TestTileServer();
    QString base() const;
    int hits(const QByteArray& path) const { return m_hits.value(path); }
    int totalHits() const { return m_total; }
    QByteArray lastUserAgent() const { return m_userAgent; }
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
};
