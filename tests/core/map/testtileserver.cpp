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
