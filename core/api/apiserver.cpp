#include "core/api/apiserver.h"

#include "core/api/apiproblem.h"
#include "core/api/apisigner.h"
#include "core/store/cache.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcApiServer, "dj.api.server")

namespace dj::api {

using namespace Qt::StringLiterals;

namespace {

/// Creates the sockets itself so that the server's own stream checks run before Qt HttpServer reads.
class HookedTcpServer : public QTcpServer
{
public:
    std::function<void(QTcpSocket*)> onSocket;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (onSocket)
            onSocket(socket);
        addPendingConnection(socket);
    }
};

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

const char* reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

ApiResponse problemResponse(const ApiProblem& p, const QString& path)
{
    ApiResponse r;
    r.status = p.status();
    r.contentType = "application/problem+json";
    r.body = p.toJson(path);
    return r;
}

} // namespace

void ApiServerOptions::validate() const
{
    const auto seconds = [](qint64 ms) { return QString::number(double(ms) / 1000.0, 'g', 6); };
    const auto range = [&](qint64 v, qint64 lo, qint64 hi, const QString& what) {
        if (v < lo || v > hi)
            throw dj::Error(tr("The %1 must be from %2 s to %3 s (was %4 s).")
                                .arg(what, seconds(lo), seconds(hi), seconds(v)));
    };
    range(requestTimeoutMs, kMinRequestTimeoutMs, kMaxRequestTimeoutMs, tr("request timeout"));
    range(idleTimeoutMs, kMinIdleTimeoutMs, kMaxIdleTimeoutMs, tr("keep-alive timeout"));
    range(queryTimeoutMs, kMinQueryTimeoutMs, kMaxQueryTimeoutMs, tr("query timeout"));
    if (maxBodyBytes < kMinBodyBytes || maxBodyBytes > kMaxBodyBytes)
        throw dj::Error(tr("The body size cap must be from %1 bytes to %2 MiB (was %3 bytes).")
                            .arg(kMinBodyBytes)
                            .arg(kMaxBodyBytes >> 20)
                            .arg(maxBodyBytes));
    if (workers < 0 || workers > kMaxWorkers)
        throw dj::Error(tr("The number of workers must be from 0 (automatic) to %1 (was %2).")
                            .arg(kMaxWorkers)
                            .arg(workers));
}

/// One connection's stream state (a child of its socket).
struct ApiServer::Conn : QObject
{
    quint64 id = 0;
    QPointer<QTcpSocket> socket;
    QByteArray header; ///< bytes of the current request until the end of its header
    bool inHeader = true;
    bool started = false; ///< bytes of a request have arrived and it is not complete yet
    qint64 received = 0; ///< bytes of the current request so far
    qint64 headerBytes = 0;
    bool rejected = false;
    quint64 nextSeq = 0;
    quint64 nextWrite = 0;
    std::map<quint64, std::pair<QByteArray, bool>> ready; ///< answered out of order, waiting their turn
    int pending = 0;
    QTimer timer;
};

ApiServer::ApiServer(const QString& cachePath, ApiServerOptions options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_cachePath(cachePath)
    , m_options(std::move(options))
{
    m_options.validate();
    if (m_options.keysFile.isEmpty())
        m_options.keysFile = ApiKeys::defaultKeysFile(cachePath);
    m_service = std::make_unique<ApiService>(cachePath);
    const int workers = m_options.workers > 0 ? m_options.workers : std::max(2, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(workers);
    m_pool.setExpiryTimeout(-1); // threads keep their read connections
    // Timed-out queries are answered within a quarter of the query timeout (at most 200 ms late).
    m_sweepTimer.setInterval(std::clamp(m_options.queryTimeoutMs / 4, 5, 200));
    connect(&m_sweepTimer, &QTimer::timeout, this, [this] { sweep(); });
    m_nonceSeed = size_t(QRandomGenerator::system()->generate64());
    m_syncTimer.setInterval(2000);
    connect(&m_syncTimer, &QTimer::timeout, this, [this] { syncInBackground(); });
    m_syncPool.setMaxThreadCount(1);
    // The api tables come with a schema step: apply it now (a read-only cache simply has no keys).
    try {
        store::Cache::open(cachePath, store::Cache::Access::ReadWrite);
    } catch (const dj::Error& e) {
        qCWarning(lcApiServer) << "cache not writable, keys and usage cannot be kept:" << e.message();
    }
    sync();
}

ApiServer::~ApiServer()
{
    m_sweepTimer.stop();
    m_syncTimer.stop();
    m_pool.waitForDone();
    m_syncPool.waitForDone();
    try {
        sync();
    } catch (...) {
    }
}

quint16 ApiServer::start()
{
    if (m_port)
        return m_port;
    auto* tcp = new HookedTcpServer;
    tcp->setParent(this);
    tcp->onSocket = [this](QTcpSocket* s) { attach(s); };
    if (!tcp->listen(m_options.address, m_options.port)) {
        const QString error = tcp->errorString();
        delete tcp;
        throw dj::Error(tr("Cannot listen on %1:%2: %3")
                            .arg(m_options.address.toString())
                            .arg(m_options.port)
                            .arg(error));
    }
    tcp->setMaxPendingConnections(m_options.maxConnections);
    bind(tcp);
    m_port = tcp->serverPort();
    m_sweepTimer.start();
    m_syncTimer.start();
    return m_port;
}

void ApiServer::stop()
{
    for (QTcpServer* s : servers())
        s->close();
    for (Conn* c : std::as_const(m_conns)) {
        if (c->socket)
            c->socket->disconnectFromHost();
    }
    m_port = 0;
    m_sweepTimer.stop();
    m_syncTimer.stop();
    sync();
}

QString ApiServer::baseUrl() const
{
    QString host = m_options.address.toString();
    if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"http://%1:%2"_s.arg(host).arg(m_port);
}

int ApiServer::usableKeys() const
{
    return int(m_keys.size());
}

ApiServer::SyncResult ApiServer::collect(const QString& cachePath, const QString& keysFile,
    const QString& day, const QHash<QString, qint64>& delta)
{
    SyncResult out;
    out.day = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    try {
        store::Database db = store::Cache::open(cachePath, store::Cache::Access::ReadOnly);
        const bool tables = ApiKeys::hasTables(db);
        out.written = delta.isEmpty();
        if (tables && !delta.isEmpty()) {
            try {
                store::Database rw = store::Cache::open(cachePath, store::Cache::Access::ReadWrite);
                ApiKeys::addUsage(rw, day.isEmpty() ? out.day : day, delta);
                out.written = true;
            } catch (const dj::Error& e) {
                qCWarning(lcApiServer) << "usage not written:" << e.message();
            }
        }
        const QHash<QString, QByteArray> secrets = ApiKeys::readKeysFile(keysFile);
        out.used = ApiKeys::usage(db, out.day);
        for (const ApiKey& k : ApiKeys::list(db)) {
            if (k.isRevoked())
                out.revoked.insert(k.id);
            const QByteArray secret = secrets.value(k.id);
            if (k.isRevoked() || secret.isEmpty()
                || !ApiSigner::equalConstantTime(ApiSigner::sha256Hex(secret), k.secretSha256.toLatin1()))
                continue;
            out.keys.append({ k, secret });
        }
        out.loaded = true;
    } catch (const dj::Error& e) {
        qCWarning(lcApiServer) << "keys not reloaded:" << e.message();
    }
    return out;
}

void ApiServer::apply(SyncResult r, QHash<QString, qint64> sent)
{
    if (!r.written) { // counted again next time
        for (auto it = sent.begin(); it != sent.end(); ++it)
            m_usageDelta[it.key()] += it.value();
    }
    m_day = r.day; // requests counted from now on belong to this day
    if (!r.loaded)
        return;
    QHash<QString, KeyState> keys;
    for (const auto& [k, secret] : std::as_const(r.keys)) {
        KeyState s;
        if (const auto it = m_keys.constFind(k.id); it != m_keys.constEnd())
            s = *it;
        s.key = k;
        s.secret = secret;
        s.today = r.used.value(k.id) + m_usageDelta.value(k.id);
        keys.insert(k.id, s);
    }
    m_keys = std::move(keys);
    m_revoked = std::move(r.revoked);
}

void ApiServer::sync()
{
    // Synchronous (start, stop, end): waits for a background round first.
    m_syncPool.waitForDone();
    QHash<QString, qint64> sent = std::exchange(m_usageDelta, {});
    apply(collect(m_cachePath, m_options.keysFile, m_day, sent), sent);
}

void ApiServer::syncInBackground()
{
    // The cache writes (a transaction with its fsync) and reads of a round take milliseconds: never on the
    // thread that answers the sockets.
    if (m_syncRunning)
        return;
    m_syncRunning = true;
    QHash<QString, qint64> sent = std::exchange(m_usageDelta, {});
    QPointer<ApiServer> self(this);
    m_syncPool.start([self, path = m_cachePath, keysFile = m_options.keysFile, day = m_day, sent, this] {
        SyncResult r = collect(path, keysFile, day, sent);
        QMetaObject::invokeMethod(
            this,
            [self, r = std::move(r), sent, this]() mutable {
                if (!self)
                    return;
                m_syncRunning = false;
                apply(std::move(r), sent);
            },
            Qt::QueuedConnection);
    });
}

void ApiServer::attach(QTcpSocket* socket)
{
    if (m_conns.size() >= m_options.maxConnections) {
        socket->abort();
        return;
    }
    auto* c = new Conn;
    c->setParent(socket);
    c->id = m_nextConn++;
    c->socket = socket;
    c->timer.setSingleShot(true);
    c->timer.start(m_options.idleTimeoutMs);
    m_conns.insert(c->id, c);
    m_connOfSocket.insert(socket, c->id);
    const quint64 id = c->id;
    // Connected before Qt HttpServer's own readyRead handler, so this runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, id] {
        if (Conn* conn = m_conns.value(id))
            onReadyRead(*conn);
    });
    connect(&c->timer, &QTimer::timeout, this, [this, id] {
        Conn* conn = m_conns.value(id);
        if (!conn || !conn->socket)
            return;
        if (conn->started)
            reject(*conn, 408, u"request-timeout"_s, en("The request was not received completely in time."));
        else if (conn->pending == 0)
            conn->socket->disconnectFromHost();
        else
            conn->timer.start(m_options.idleTimeoutMs);
    });
    connect(socket, &QObject::destroyed, this, [this, id, socket] {
        m_conns.remove(id);
        m_connOfSocket.remove(socket);
    });
}

void ApiServer::onReadyRead(Conn& c)
{
    QTcpSocket* socket = c.socket;
    if (!socket)
        return;
    if (c.rejected) {
        socket->readAll(); // Qt HttpServer sees nothing more of this connection
        return;
    }
    const qint64 available = socket->bytesAvailable();
    if (!c.started) {
        c.started = true;
        c.timer.start(m_options.requestTimeoutMs);
    }
    c.received += available;
    if (c.inHeader) {
        const qint64 room = m_options.maxHeaderBytes + 4 - c.header.size();
        c.header += socket->peek(std::min(available, std::max<qint64>(room, 0)));
        const qsizetype end = c.header.indexOf("\r\n\r\n");
        if (end < 0) {
            if (c.header.size() > m_options.maxHeaderBytes)
                reject(c, 431, u"headers-too-large"_s,
                    en("The request header exceeds %1 bytes.").arg(m_options.maxHeaderBytes));
            return;
        }
        c.inHeader = false;
        c.headerBytes = end + 4;
        const QList<QByteArray> lines = c.header.left(end).split('\n');
        bool expectContinue = false;
        for (const QByteArray& raw : lines) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    reject(c, 400, u"invalid-parameter"_s, en("Content-Length is not a number."));
                    return;
                }
                if (length > m_options.maxBodyBytes) {
                    reject(c, 413, u"payload-too-large"_s,
                        en("The body may have at most %1 bytes.").arg(m_options.maxBodyBytes));
                    return;
                }
            } else if (name == "expect" && value.toLower() == "100-continue") {
                expectContinue = true;
            }
        }
        if (expectContinue)
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    // A chunked body has no length up front: count it as it comes.
    if (c.received - c.headerBytes > m_options.maxBodyBytes)
        reject(c, 413, u"payload-too-large"_s,
            en("The body may have at most %1 bytes.").arg(m_options.maxBodyBytes));
}

void ApiServer::reject(Conn& c, int status, const QString& problem, const QString& detail)
{
    if (c.rejected || !c.socket)
        return;
    c.rejected = true;
    c.socket->readAll();
    // Answers in order: what is still running for earlier requests of this connection is dropped.
    const ApiProblem p(status, problem, detail);
    c.socket->write(httpBytes(problemResponse(p, {}), true));
    c.socket->disconnectFromHost();
    ++m_answered;
}

QByteArray ApiServer::httpBytes(const ApiResponse& r, bool close)
{
    QByteArray out;
    out.reserve(r.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    out += "Content-Type: " + r.contentType
        + (r.contentType.startsWith("application/") ? "; charset=utf-8" : "") + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto& [k, v] : r.headers)
        out += k + ": " + v + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += r.body;
    return out;
}

void ApiServer::deliver(quint64 connId, quint64 seq, const ApiResponse& response, bool close)
{
    Conn* c = m_conns.value(connId);
    if (!c || !c->socket || c->rejected)
        return;
    c->ready[seq] = { httpBytes(response, close), close };
    --c->pending;
    ++m_answered;
    while (!c->ready.empty() && c->ready.begin()->first == c->nextWrite) {
        auto node = c->ready.extract(c->ready.begin());
        c->socket->write(node.mapped().first);
        ++c->nextWrite;
        if (node.mapped().second) {
            c->rejected = true;
            c->socket->disconnectFromHost();
            return;
        }
    }
    if (c->pending == 0 && !c->started)
        c->timer.start(m_options.idleTimeoutMs);
}

void ApiServer::sweep()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<quint64> expired;
    for (auto it = m_inflight.begin(); it != m_inflight.end(); ++it) {
        if (it->deadline <= now)
            expired << it.key();
    }
    for (const quint64 id : std::as_const(expired)) {
        const InFlight f = m_inflight.take(id);
        const ApiProblem p(
            503, u"timeout"_s, en("The query took longer than %1 s.").arg(m_options.queryTimeoutMs / 1000.0));
        qCInfo(lcApiServer) << "query timeout on" << f.path;
        ApiResponse r = problemResponse(p, f.path);
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
        deliver(f.conn, f.seq, r, f.close);
    }
    // Nonces whose timestamp left the accepted window can never pass again: forget them.
    const qint64 oldest = nowSeconds() - m_options.clockSkewSeconds - 1;
    while (!m_nonces.empty() && m_nonces.begin()->first < oldest) {
        m_nonceCount -= qsizetype(m_nonces.begin()->second.size());
        m_nonces.erase(m_nonces.begin());
    }
}

ApiServer::KeyState& ApiServer::authenticate(
    const QHttpServerRequest& request, const QByteArray& method, const QString& endpoint)
{
    const QByteArray keyId = request.value("X-DJ-Key");
    const QByteArray ts = request.value("X-DJ-Timestamp");
    const QByteArray nonce = request.value("X-DJ-Nonce");
    const QByteArray signature = request.value("X-DJ-Signature").toLower();
    if (keyId.isEmpty() || ts.isEmpty() || nonce.isEmpty() || signature.isEmpty())
        throw ApiProblem(401, u"missing-signature"_s,
            en("Sign the request: headers X-DJ-Key, X-DJ-Timestamp, X-DJ-Nonce and X-DJ-Signature (see "
               "/v1/openapi.json)."));
    const QString id = QString::fromUtf8(keyId.left(64));
    auto it = m_keys.find(id);
    if (it == m_keys.end()) {
        // A revoked key is told as such; any other is unknown here (no secret on this server).
        if (m_revoked.contains(id))
            throw ApiProblem(401, u"revoked-key"_s, en("The key %1 was revoked.").arg(id));
        throw ApiProblem(
            401, u"unknown-key"_s, en("The key %1 is not known to this server.").arg(id.left(40)));
    }
    bool ok = false;
    const qint64 timestamp = ts.toLongLong(&ok);
    const qint64 now = nowSeconds();
    if (!ok || timestamp < now - m_options.clockSkewSeconds || timestamp > now + m_options.clockSkewSeconds)
        throw ApiProblem(401, u"expired"_s,
            en("X-DJ-Timestamp must be Unix seconds within %1 s of the server's clock (%2).")
                .arg(m_options.clockSkewSeconds)
                .arg(now));
    if (!ApiSigner::validNonce(nonce))
        throw ApiProblem(
            401, u"bad-signature"_s, en("X-DJ-Nonce must be 16 to 64 characters A-Z, a-z, 0-9, _ or -."));
    const QUrl url = request.url();
    const QByteArray canonical = ApiSigner::canonical(method, url.path(QUrl::FullyEncoded).toLatin1(),
        url.query(QUrl::FullyEncoded).toLatin1(), request.body(), timestamp, nonce);
    if (!ApiSigner::equalConstantTime(ApiSigner::sign(it->secret, canonical), signature))
        throw ApiProblem(401, u"bad-signature"_s, en("The signature does not match the request."));
    const quint64 nonceHash = quint64(qHashMulti(m_nonceSeed, keyId, nonce));
    auto& bucket = m_nonces[timestamp];
    if (bucket.contains(nonceHash))
        throw ApiProblem(
            401, u"replayed"_s, en("This nonce was used already: every request needs a new one."));
    if (m_nonceCount > 20'000'000)
        throw ApiProblem(503, u"busy"_s, en("Too many requests in the signature window."));
    bucket.insert(nonceHash);
    ++m_nonceCount;

    KeyState& k = *it;
    if (!k.key.allowsEndpoint(endpoint))
        throw ApiProblem(403, u"endpoint-forbidden"_s, en("The key %1 may not call %2.").arg(id, endpoint));
    const qint64 minute = now / 60;
    if (k.minute != minute) {
        k.minute = minute;
        k.inMinute = 0;
    }
    if (k.inMinute >= k.key.ratePerMinute) {
        ApiProblem p(429, u"rate-limited"_s,
            en("At most %1 requests per minute for this key.").arg(k.key.ratePerMinute));
        throw p;
    }
    if (k.today >= k.key.quotaPerDay)
        throw ApiProblem(429, u"quota-exceeded"_s,
            en("The key's daily quota of %1 requests is used up.").arg(k.key.quotaPerDay));
    ++k.inMinute;
    ++k.today;
    ++m_usageDelta[id];
    return k;
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const quint64 connId = m_connOfSocket.value(socket);
    Conn* c = m_conns.value(connId);
    if (!c || c->rejected)
        return true;
    // The request is complete: the next bytes start another one.
    c->inHeader = true;
    c->started = false;
    c->header.clear();
    c->received = 0;
    c->headerBytes = 0;
    c->timer.start(m_options.queryTimeoutMs + m_options.idleTimeoutMs);
    const quint64 seq = c->nextSeq++;
    ++c->pending;
    const bool close = request.value("Connection").toLower() == "close";

    const QByteArray method = methodName(request.method());
    const QUrl url = request.url();
    ApiRequest r;
    r.method = method;
    r.path = url.path();
    r.body = request.body();
    const QString path = r.path;
    try {
        const QString endpoint = ApiService::endpointOf(method, r.path);
        if (endpoint == u"openapi"_s) {
            ApiResponse doc;
            doc.body = ApiService::openApiDocument();
            deliver(connId, seq, doc, close);
            return true;
        }
        KeyState& key = authenticate(request, method, endpoint);
        r.key = key.key;
        r.query = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        if (m_inflight.size() >= m_pool.maxThreadCount() + m_options.maxQueued)
            throw ApiProblem(503, u"busy"_s, en("Too many requests waiting: try again shortly."));
    } catch (const ApiProblem& p) {
        ApiResponse resp = problemResponse(p, path);
        if (p.status() == 429 || p.status() == 503)
            resp.headers.append(qMakePair(
                QByteArray("Retry-After"), QByteArray(p.name() == u"quota-exceeded"_s ? "3600" : "1")));
        deliver(connId, seq, resp, close);
        return true;
    } catch (const dj::Error& e) {
        qCWarning(lcApiServer) << "refused" << path << e.message();
        deliver(connId, seq,
            problemResponse(ApiProblem(500, u"internal"_s, en("The request could not be answered.")), path),
            close);
        return true;
    }

    const quint64 requestId = m_nextRequest++;
    m_inflight.insert(requestId,
        { connId, seq, QDateTime::currentMSecsSinceEpoch() + m_options.queryTimeoutMs, path, close });
    const ApiService* service = m_service.get();
    m_pool.start([this, service, r = std::move(r), requestId, close] {
        ApiResponse resp = service->handle(r);
        QMetaObject::invokeMethod(
            this,
            [this, requestId, close, resp = std::move(resp)] {
                const auto it = m_inflight.find(requestId);
                if (it == m_inflight.end())
                    return; // answered "timeout" already
                const InFlight f = *it;
                m_inflight.erase(it);
                deliver(f.conn, f.seq, resp, close);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest&, QTcpSocket*) { }

} // namespace dj::api
