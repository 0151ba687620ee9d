#include "core/map/tilefetcher.h"

#include "core/map/maperror.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMapFetch, "dj.map.fetch", QtWarningMsg)

namespace dj::map {

TileFetcher::TileFetcher(const TileSource& source, const QString& cachePath, QObject* parent)
    : TileFetcher(source, cachePath, Options {}, parent)
{
}

TileFetcher::TileFetcher(
    const TileSource& source, const QString& cachePath, const Options& options, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_options(options)
    , m_cache(MbTiles::openCache(cachePath, source.name))
    , m_nam(new QNetworkAccessManager(this))
{
    if (source.kind != TileSource::Kind::Online)
        throw MapError(tr("Only online tile sources are downloaded."));
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

TileFetcher::~TileFetcher() = default;

QByteArray TileFetcher::userAgent()
{
    // OSM's tile policy asks for an identifying User-Agent; a library default is blocked.
    return "DianjingWorkstation/" DJ_APP_VERSION
           " (Dianjing enterprise insight workstation; Qt " QT_VERSION_STR ")";
}

QDateTime TileFetcher::expiryFrom(const QByteArray& cacheControl, const QByteArray& expires,
    const QDateTime& now, qint64 defaultSeconds, qint64 minSeconds)
{
    std::optional<qint64> seconds;
    for (const QByteArray& raw : cacheControl.split(',')) {
        const QByteArray d = raw.trimmed().toLower();
        if (d == "no-store" || d == "no-cache") {
            seconds = 0;
        } else if (d.startsWith("max-age=")) {
            bool ok = false;
            const qint64 v = d.mid(8).trimmed().replace('"', "").toLongLong(&ok);
            if (ok && !seconds)
                seconds = std::max<qint64>(0, v);
            else if (ok)
                seconds = std::min(*seconds, std::max<qint64>(0, v));
        }
    }
    if (!seconds && !expires.isEmpty()) {
        // HTTP-date (RFC 9110): "Sun, 06 Nov 1994 08:49:37 GMT", always GMT.
        QString text = QString::fromLatin1(expires.trimmed());
        if (text.endsWith(u" GMT"_s))
            text.chop(4);
        QDateTime e = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy hh:mm:ss"_s);
        e.setTimeSpec(Qt::UTC);
        if (e.isValid())
            seconds = std::max<qint64>(0, now.secsTo(e));
    }
    const qint64 s = std::max(seconds.value_or(defaultSeconds), minSeconds);
    return now.addSecs(s);
}

void TileFetcher::request(const TileId& tile)
{
    if (m_active.contains(tile) || isFailed(tile))
        return;
    if (tile.z < m_source.minZoom || tile.z > m_source.maxZoom)
        return;
    m_active.insert(tile, true);
    m_queue.append(tile);
    while (m_queue.size() > m_options.maxQueued)
        m_active.remove(m_queue.takeFirst());
    QTimer::singleShot(0, this, &TileFetcher::pump);
}

void TileFetcher::clearQueue()
{
    for (const TileId& t : std::as_const(m_queue))
        m_active.remove(t);
    m_queue.clear();
}

bool TileFetcher::isFailed(const TileId& tile) const
{
    const auto it = m_failedUntil.constFind(tile);
    return it != m_failedUntil.cend() && it.value() > QDateTime::currentDateTimeUtc();
}

void TileFetcher::pump()
{
    while (m_inFlight < m_options.maxConcurrent && !m_queue.isEmpty())
        start(m_queue.takeLast(), 1);
    if (m_inFlight == 0 && m_queue.isEmpty() && m_active.isEmpty())
        emit idle();
}

void TileFetcher::start(const TileId& tile, int attempt)
{
    QNetworkRequest req(m_source.tileUrl(tile));
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setTransferTimeout(m_options.timeoutMs);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    ++m_inFlight;
    QNetworkReply* reply = m_nam->get(req);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, tile, attempt]() { finished(reply, tile, attempt); });
}

void TileFetcher::finished(QNetworkReply* reply, const TileId& tile, int attempt)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool transient = reply->error() == QNetworkReply::OperationCanceledError // transfer timeout
        || reply->error() == QNetworkReply::TimeoutError
        || reply->error() == QNetworkReply::RemoteHostClosedError
        || reply->error() == QNetworkReply::TemporaryNetworkFailureError
        || reply->error() == QNetworkReply::ConnectionRefusedError || status >= 500 || status == 429;
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        const QByteArray data = reply->readAll();
        QImage image;
        if (!image.loadFromData(data)) {
            fail(tile, tr("The server sent something that is not an image."));
        } else {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QDateTime expires = expiryFrom(reply->rawHeader("Cache-Control"),
                reply->rawHeader("Expires"), now, m_source.defaultCacheSeconds, m_source.minCacheSeconds);
            try {
                m_cache.putTile(tile, data, expires);
            } catch (const MapError& e) {
                qCWarning(lcMapFetch) << e.message();
            }
            m_active.remove(tile);
            m_failedUntil.remove(tile);
            emit tileFetched(tile, image);
        }
    } else if (transient && attempt < m_options.maxAttempts) {
        const int delay = m_options.backoffMs * (1 << (attempt - 1));
        qCDebug(lcMapFetch) << "retry" << tile.z << tile.x << tile.y << "in" << delay << "ms"
                            << reply->errorString();
        ++m_inFlight; // the slot stays taken while waiting, so a failing server is not hammered
        QTimer::singleShot(delay, this, [this, tile, attempt]() {
            --m_inFlight;
            start(tile, attempt + 1);
        });
    } else {
        const QString reason = status ? tr("The tile server answered %1.").arg(status) : reply->errorString();
        fail(tile, reason);
    }
    QTimer::singleShot(0, this, &TileFetcher::pump);
}

void TileFetcher::fail(const TileId& tile, const QString& reason)
{
    m_active.remove(tile);
    m_failedUntil.insert(tile, QDateTime::currentDateTimeUtc().addMSecs(m_options.failureHoldMs));
    qCDebug(lcMapFetch) << "failed" << tile.z << tile.x << tile.y << reason;
    emit tileFailed(tile, reason);
}

} // namespace dj::map
