#pragma once

#include "core/api/apikeys.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <memory>
#include <optional>
#include <unordered_map>

class QThread;

namespace dj::search {
class SearchEngine;
}
namespace dj::risk {
class ScoreWeights;
}

namespace dj::api {

/// One request as the handlers see it (already authenticated by the server).
struct ApiRequest
{
    QByteArray method;
    QString path; ///< decoded
    QList<QPair<QString, QString>> query; ///< decoded items, in order
    QByteArray body;
    std::optional<ApiKey> key; ///< the caller's key (limits); none for open endpoints
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// The endpoints of /v1 over one cache: thread-safe. Each worker thread gets its own read-only connections
/// on first use (kept until the service is destroyed); the search index is loaded once and shared.
class ApiService
{
public:
    /// Opens the cache read-only and loads its search index (blocking). Throws dj::Error.
    explicit ApiService(const QString& cachePath);
    ~ApiService();

    /// Batch lookups and search pages are bounded by these.
    static constexpr int kMaxBatchItems = 1000;
    static constexpr int kMaxPageSize = 1000;

    /// The endpoint name of a path (for a key's limits and routing): status, enterprises, search, batch,
    /// ubo, graph, hometown, parks, risk, alerts, openapi; throws ApiProblem not-found / method-not-allowed.
    static QString endpointOf(const QByteArray& method, const QString& path);

    /// Answers a request (any thread). Problems become problem+json responses; never throws.
    ApiResponse handle(const ApiRequest& request) const;

    const QString& dataSource() const { return m_dataSource; }
    const QString& asOf() const { return m_asOf; }
    const QString& cachePath() const { return m_path; }
    /// The embedded OpenAPI document.
    static QByteArray openApiDocument();

private:
    struct Context;
    Context& context() const;
    QByteArray dispatch(const ApiRequest& request) const;

    QByteArray status(const ApiRequest& r) const;
    QByteArray enterprise(const ApiRequest& r, const QString& uscc) const;
    QByteArray search(const ApiRequest& r) const;
    QByteArray batch(const ApiRequest& r) const;
    QByteArray ubo(const ApiRequest& r, const QString& uscc) const;
    QByteArray graph(const ApiRequest& r, const QString& uscc, const QString& what) const;
    QByteArray hometown(const ApiRequest& r, bool summary) const;
    QByteArray parks(const ApiRequest& r) const;
    QByteArray park(const ApiRequest& r, const QString& parkId) const;
    QByteArray risk(const ApiRequest& r, const QString& uscc, const QString& what) const;
    QByteArray alerts(const ApiRequest& r) const;

    QString m_path;
    QString m_dataSource;
    QString m_asOf;
    qint64 m_dataVersion = 0;
    std::unique_ptr<search::SearchEngine> m_engine;
    std::unique_ptr<risk::ScoreWeights> m_weights; ///< as `dianjing-cli risk score` reads them, at start
    mutable QMutex m_contextsMutex;
    mutable std::unordered_map<const QThread*, std::unique_ptr<Context>> m_contexts;
};

} // namespace dj::api
