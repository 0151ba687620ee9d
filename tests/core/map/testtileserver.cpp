#include "testtileserver.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QTcpSocket>
#include <algorithm>

TestTileServer::TestTileServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &TestTileServer::onConnection);
    m_lifetime.setSingleShot(true);
    connect(&m_lifetime, &QTimer::timeout, &m_server, &QTcpServer::close);
    m_lifetime.start(60000);
}

QString TestTileServer::base() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

QByteArray TestTileServer::pngBytes(QRgb colour)
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(colour);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

QByteArray TestTileServer::labelPngBytes()
{
    QImage img(256, 256, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    const QRect box = labelBox();
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x)
            img.setPixel(x, y, qRgba(220, 0, 0, 255));
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

QColor TestTileServer::versionColour(int version)
{
    return version == 1 ? QColor(0, 0, 200) : QColor(200, 0, 200);
}

QByteArray TestTileServer::lastModified(int version)
{
    return "Wed, 21 Oct 2015 07:2" + QByteArray::number(version % 10) + ":00 GMT";
}

QByteArray TestTileServer::requestHeader(const QByteArray& path, const QByteArray& name) const
{
    const QByteArray prefix = name.toLower() + ':';
    for (const QByteArray& l : m_lastRequest.value(path).split('\n'))
        if (l.toLower().startsWith(prefix))
            return l.mid(prefix.size()).trimmed();
    return {};
}

void TestTileServer::onConnection()
{
    while (QTcpSocket* s = m_server.nextPendingConnection()) {
        auto* buffer = new QByteArray;
        m_maxOpen = std::max(m_maxOpen, ++m_open);
        connect(s, &QTcpSocket::disconnected, this, [this, s, buffer]() {
            --m_open;
            delete buffer;
            s->deleteLater();
        });
        connect(s, &QTcpSocket::readyRead, this, [this, s, buffer]() {
            buffer->append(s->readAll());
            if (buffer->contains("\r\n\r\n")) {
                const QByteArray req = *buffer;
                buffer->clear();
                answer(s, req);
            }
        });
    }
}

void TestTileServer::answer(QTcpSocket* s, const QByteArray& request)
{
    const QList<QByteArray> lines = request.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    const QByteArray path = first.value(1);
    for (const QByteArray& l : lines)
        if (l.toLower().startsWith("user-agent:"))
            m_userAgent = l.mid(11).trimmed();
    ++m_total;
    m_lastRequest.insert(path, request);
    const int hit = ++m_hits[path];
    const QByteArray kind = path.split('/').value(1);

    QByteArray status = "200 OK";
    QByteArray headers = "Content-Type: image/png\r\n";
    QByteArray body = pngBytes(qRgb(0, 128, 0));
    int delayMs = 0;
    if (kind == "ok") {
        headers += "Cache-Control: public, max-age=3600\r\n";
    } else if (kind == "expires") {
        const QDateTime e = QDateTime::currentDateTimeUtc().addDays(2);
        headers += "Expires: "
            + QLocale::c().toString(e, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1() + "\r\n";
    } else if (kind == "plain") {
    } else if (kind == "fail" || (kind == "flaky" && hit == 1)) {
        status = "500 Internal Server Error";
        headers = "Content-Type: text/plain\r\n";
        body = "boom";
    } else if (kind == "flaky") {
        headers += "Cache-Control: max-age=60\r\n";
    } else if (kind == "delay") {
        headers += "Cache-Control: max-age=60\r\n";
        delayMs = 150;
    } else if (kind == "slow") {
        delayMs = 3000;
    } else if (kind == "missing") {
        status = "404 Not Found";
        headers = "Content-Type: text/plain\r\n";
        body = "no such tile";
    } else if (kind == "etag" || kind == "lastmod" || kind == "nocache") {
        const QByteArray etag = kind == "nocache" ? "\"nc\"" : "\"v" + QByteArray::number(m_version) + '"';
        const QByteArray lm = lastModified(m_version);
        const bool current = kind == "lastmod" ? requestHeader(path, "If-Modified-Since") == lm
                                               : requestHeader(path, "If-None-Match") == etag;
        const QByteArray validators = kind == "lastmod" ? "Last-Modified: " + lm + "\r\n"
            : kind == "nocache"                         ? "ETag: " + etag + "\r\n"
                                : "ETag: " + etag + "\r\nLast-Modified: " + lm + "\r\n";
        const QByteArray freshness = kind == "nocache" ? "Cache-Control: no-cache\r\n"
            : current                                  ? "Cache-Control: max-age=3600\r\n"
                                                       : "Cache-Control: max-age=0\r\n";
        if (current) {
            ++m_notModified;
            status = "304 Not Modified";
            headers = validators + freshness;
            body.clear();
        } else {
            headers += validators + freshness;
            body = pngBytes(versionColour(kind == "nocache" ? 1 : m_version).rgb());
        }
    } else if (kind == "nostore") {
        headers += "Cache-Control: no-store\r\nETag: \"ns\"\r\n";
    } else if (kind == "label") {
        headers += "Cache-Control: max-age=3600\r\n";
        body = labelPngBytes();
    } else if (kind == "text") {
        headers = "Content-Type: image/png\r\n";
        body = "this is not a PNG";
    }
    const QByteArray response = "HTTP/1.1 " + status + "\r\n" + headers
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    auto send = [s, response]() {
        if (s->state() == QAbstractSocket::ConnectedState) {
            s->write(response);
            s->disconnectFromHost();
        }
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, s, send);
    else
        send();
}
