#include "core/map/tilefetcher.h"

#include "core/map/maperror.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
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

bool TileFetcher::forbidsStoring(const QByteArray& cacheControl)
{
    for (const QByteArray& raw : cacheControl.split(','))
        if (raw.trimmed().toLower() == "no-store")
            return true;
    return false;
}

QImage TileFetcher::compose(const QImage& base, const QImage& overlay)
{
    if (overlay.isNull() || base.isNull())
        return base;
    QImage out = base.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform, overlay.size() != out.size());
    p.drawImage(out.rect(), overlay);
    p.end();
    return out;
}

QString TileFetcher::layerKey(Part part) const
{
    return part == Overlay ? m_source.overlayCacheKey() : QString();
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
    for (;;) {
        while (m_inFlight < m_options.maxConcurrent && !m_ready.isEmpty()) {
            const PartRequest r = m_ready.takeFirst();
            start(r.tile, r.part, 1);
        }
        // A new tile is opened only when a connection is free, so its parts wait in m_ready briefly.
        if (m_inFlight >= m_options.maxConcurrent || m_queue.isEmpty())
            break;
        open(m_queue.takeLast());
    }
    if (m_inFlight == 0 && m_queue.isEmpty() && m_jobs.isEmpty())
        emit idle();
}

void TileFetcher::open(const TileId& tile)
{
    Job job;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int parts = m_source.hasOverlay() ? 2 : 1;
    QList<Part> needed;
    for (int i = 0; i < parts; ++i) {
        const Part part = Part(i);
        auto& stored = job.stored[i];
        try {
            stored = m_cache.cachedTile(tile, layerKey(part));
        } catch (const std::exception& e) {
            qCWarning(lcMapFetch) << "unreadable cached tile" << tile.z << tile.x << tile.y << e.what();
            stored.reset(); // a damaged row reads as a missing tile
        }
        bool need = !stored || stored->isExpired(now);
        if (!need && !job.image[i].loadFromData(stored->data)) {
            stored.reset(); // fresh but unreadable: fetched again, unconditionally
            need = true;
        }
        if (need && part == Overlay) {
            const auto held = m_overlayFailedUntil.constFind(tile);
            if (held != m_overlayFailedUntil.cend() && held.value() > now)
                need = false; // failed lately: what is stored (if anything) will do for now
        }
        if (need)
            needed << part;
    }
    job.waiting = int(needed.size());
    m_jobs.insert(tile, job);
    for (Part part : std::as_const(needed))
        m_ready.append({ tile, part });
    if (needed.isEmpty())
        complete(tile);
}

void TileFetcher::start(const TileId& tile, Part part, int attempt)
{
    const auto job = m_jobs.constFind(tile);
    if (job == m_jobs.cend())
        return;
    QNetworkRequest req(part == Overlay ? m_source.overlayUrl(tile) : m_source.tileUrl(tile));
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setTransferTimeout(m_options.timeoutMs);
    // Revalidation: the server answers 304 with no body when our copy is still current.
    if (const auto& stored = job->stored[part]) {
        if (!stored->etag.isEmpty())
            req.setRawHeader("If-None-Match", stored->etag);
        if (!stored->lastModified.isEmpty())
            req.setRawHeader("If-Modified-Since", stored->lastModified);
    }
    ++m_inFlight;
    QNetworkReply* reply = m_nam->get(req);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, tile, part, attempt]() { finished(reply, tile, part, attempt); });
}

void TileFetcher::finished(QNetworkReply* reply, const TileId& tile, Part part, int attempt)
{
    reply->deleteLater();
    --m_inFlight;
    QTimer::singleShot(0, this, &TileFetcher::pump);
    const auto job = m_jobs.find(tile);
    if (job == m_jobs.end())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool transient = reply->error() == QNetworkReply::OperationCanceledError // transfer timeout
        || reply->error() == QNetworkReply::TimeoutError
        || reply->error() == QNetworkReply::RemoteHostClosedError
        || reply->error() == QNetworkReply::TemporaryNetworkFailureError
        || reply->error() == QNetworkReply::ConnectionRefusedError || status >= 500 || status == 429;
    const QByteArray cacheControl = reply->rawHeader("Cache-Control");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto expiry = [&]() {
        return expiryFrom(cacheControl, reply->rawHeader("Expires"), now, m_source.defaultCacheSeconds,
            m_source.minCacheSeconds);
    };
    const std::optional<MbTiles::CachedTile>& stored = job->stored[part];
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        const QByteArray data = reply->readAll();
        QImage image;
        if (!image.loadFromData(data)) {
            settle(tile, part, {}, tr("The server sent something that is not an image."));
            return;
        }
        if (!forbidsStoring(cacheControl)) {
            try {
                m_cache.putCachedTile(tile,
                    MbTiles::CachedTile {
                        data, expiry(), reply->rawHeader("ETag"), reply->rawHeader("Last-Modified") },
                    layerKey(part));
            } catch (const MapError& e) {
                qCWarning(lcMapFetch) << e.message();
            }
        }
        settle(tile, part, image, {});
    } else if (reply->error() == QNetworkReply::NoError && status == 304 && stored) {
        // Not modified: keep the bytes, take the new freshness (and validators, if the server sent any).
        QImage image;
        if (!image.loadFromData(stored->data)) {
            settle(tile, part, {}, tr("The server sent something that is not an image."));
            return;
        }
        try {
            m_cache.refreshTile(
                tile, expiry(), reply->rawHeader("ETag"), reply->rawHeader("Last-Modified"), layerKey(part));
        } catch (const MapError& e) {
            qCWarning(lcMapFetch) << e.message();
        }
        settle(tile, part, image, {});
    } else if (transient && attempt < m_options.maxAttempts) {
        const int delay = m_options.backoffMs * (1 << (attempt - 1));
        qCDebug(lcMapFetch) << "retry" << tile.z << tile.x << tile.y << int(part) << "in" << delay << "ms"
                            << reply->errorString();
        ++m_inFlight; // the slot stays taken while waiting, so a failing server is not hammered
        QTimer::singleShot(delay, this, [this, tile, part, attempt]() {
            --m_inFlight;
            start(tile, part, attempt + 1);
        });
    } else {
        settle(
            tile, part, {}, status ? tr("The tile server answered %1.").arg(status) : reply->errorString());
    }
}

void TileFetcher::settle(const TileId& tile, Part part, const QImage& image, const QString& failure)
{
    const auto job = m_jobs.find(tile);
    if (job == m_jobs.end())
        return;
    if (!failure.isEmpty()) {
        qCDebug(lcMapFetch) << "part failed" << tile.z << tile.x << tile.y << int(part) << failure;
        if (part == Base)
            job->failure = failure;
        else
            m_overlayFailedUntil.insert(
                tile, QDateTime::currentDateTimeUtc().addMSecs(m_options.failureHoldMs));
    } else {
        job->image[part] = image;
        if (part == Overlay)
            m_overlayFailedUntil.remove(tile);
    }
    if (--job->waiting <= 0)
        complete(tile);
}

void TileFetcher::complete(const TileId& tile)
{
    const Job job = m_jobs.take(tile);
    m_active.remove(tile);
    if (!job.failure.isEmpty()) {
        // Whatever is stored stays stored (and on screen): offline is not a reason to forget a tile.
        fail(tile, job.failure);
        return;
    }
    QImage overlay = job.image[Overlay];
    if (overlay.isNull() && m_source.hasOverlay() && job.stored[Overlay])
        overlay.loadFromData(job.stored[Overlay]->data); // an overlay that could not be refreshed
    m_failedUntil.remove(tile);
    emit tileFetched(tile, compose(job.image[Base], overlay));
}

void TileFetcher::fail(const TileId& tile, const QString& reason)
{
    m_failedUntil.insert(tile, QDateTime::currentDateTimeUtc().addMSecs(m_options.failureHoldMs));
    qCDebug(lcMapFetch) << "failed" << tile.z << tile.x << tile.y << reason;
    emit tileFailed(tile, reason);
}

} // namespace dj::map
