#pragma once

#include "core/store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dj::api {

/// One API key as the cache keeps it (table api_keys, schema step 10). The secret is not here: the cache
/// holds only its SHA-256; the secret itself is in the keys file the administrator keeps (like an SSH key),
/// which `serve --keys FILE` reads.
struct ApiKey
{
    QString id; ///< "dk_" + 16 hex digits
    QString name;
    QString secretSha256; ///< hex
    QString created; ///< ISO UTC
    QString revoked; ///< ISO UTC, empty while valid
    QStringList endpoints; ///< endpoint names (ApiKeys::endpointNames()); empty = all
    QStringList regions; ///< GB/T 2260 prefixes; empty = all
    int ratePerMinute = 600;
    qint64 quotaPerDay = 100000;

    bool isRevoked() const { return !revoked.isEmpty(); }
    bool allowsEndpoint(const QString& endpoint) const;
};

/// Creating, listing and revoking keys; the keys file; the daily usage counters.
class ApiKeys
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeys)
public:
    /// status, enterprises, search, batch, ubo, graph, hometown, parks, risk, alerts.
    static const QStringList& endpointNames();
    /// `<cache>.keys`: the keys file used when none is named.
    static QString defaultKeysFile(const QString& cachePath);

    struct Created
    {
        ApiKey key;
        QString secret; ///< shown once; also appended to the keys file
    };
    /// Adds a key to the cache (upgrading its schema when needed) and its secret to keysFile (created
    /// owner-readable only). Throws dj::Error for bad limits (unknown endpoint, bad region prefix).
    static Created create(const QString& cachePath, const QString& keysFile, ApiKey spec);
    static QList<ApiKey> list(const store::Database& db);
    /// Marks the key revoked; false when there is no such (unrevoked) key.
    static bool revoke(store::Database& db, const QString& id);

    /// key id → secret from a keys file; an absent file gives none. Throws dj::Error for a damaged file.
    static QHash<QString, QByteArray> readKeysFile(const QString& path);

    /// Requests counted today (UTC day "YYYY-MM-DD") per key.
    static QHash<QString, qint64> usage(const store::Database& db, const QString& day);
    /// Adds the counts in one transaction.
    static void addUsage(store::Database& db, const QString& day, const QHash<QString, qint64>& counts);

    /// True when the cache has the api tables (schema step of the API applied).
    static bool hasTables(const store::Database& db);
};

} // namespace dj::api
