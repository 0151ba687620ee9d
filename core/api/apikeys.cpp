#include "core/api/apikeys.h"

#include "core/api/apisigner.h"
#include "core/common/error.h"
#include "core/store/cache.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace dj::api {

using namespace Qt::StringLiterals;

namespace {

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& s : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = s.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

/// Text for a NOT NULL column: an empty QString would bind NULL.
QByteArray notNull(const QString& s)
{
    const QByteArray b = s.toUtf8();
    return b.isNull() ? QByteArray("") : b;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(out.data()), n / 4);
    return out;
}

} // namespace

bool ApiKey::allowsEndpoint(const QString& endpoint) const
{
    return endpoints.isEmpty() || endpoints.contains(endpoint);
}

const QStringList& ApiKeys::endpointNames()
{
    static const QStringList names { u"status"_s, u"enterprises"_s, u"search"_s, u"batch"_s, u"ubo"_s,
        u"graph"_s, u"hometown"_s, u"parks"_s, u"risk"_s, u"alerts"_s };
    return names;
}

QString ApiKeys::defaultKeysFile(const QString& cachePath)
{
    return cachePath + u".keys"_s;
}

bool ApiKeys::hasTables(const store::Database& db)
{
    return db.scalarInt("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='api_keys'") > 0;
}

ApiKeys::Created ApiKeys::create(const QString& cachePath, const QString& keysFile, ApiKey spec)
{
    for (const QString& e : std::as_const(spec.endpoints)) {
        if (!endpointNames().contains(e))
            throw dj::Error(
                tr("Unknown endpoint \"%1\": use %2.").arg(e.left(40), endpointNames().join(u", "_s)));
    }
    static const QRegularExpression regionRe(u"^(\\d{2}|\\d{4}|\\d{6})$"_s);
    for (const QString& r : std::as_const(spec.regions)) {
        if (!regionRe.match(r).hasMatch())
            throw dj::Error(tr("Region \"%1\" is not a prefix of 2, 4 or 6 digits.").arg(r.left(40)));
    }
    if (spec.ratePerMinute < 1 || spec.quotaPerDay < 1)
        throw dj::Error(tr("The rate and the quota must be at least 1."));

    // Read the keys file first: a damaged one is refused before anything is written.
    QHash<QString, QByteArray> secrets = readKeysFile(keysFile);

    Created c;
    c.key = std::move(spec);
    c.key.id = u"dk_"_s + QString::fromLatin1(randomBytes(8).toHex());
    c.secret = QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    c.key.secretSha256 = QString::fromLatin1(ApiSigner::sha256Hex(c.secret.toLatin1()));
    c.key.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    store::Database db = store::Cache::open(cachePath, store::Cache::Access::ReadWrite);
    {
        store::Transaction tx(db);
        auto st = db.prepare("INSERT INTO api_keys(key_id, name, secret_sha256, created, endpoints, regions, "
                             "rate_per_minute, quota_per_day) VALUES (?,?,?,?,?,?,?,?)");
        st.bind(1, c.key.id)
            .bind(2, notNull(c.key.name))
            .bind(3, c.key.secretSha256)
            .bind(4, c.key.created)
            .bind(5, notNull(c.key.endpoints.join(u',')))
            .bind(6, notNull(c.key.regions.join(u',')))
            .bind(7, qint64(c.key.ratePerMinute))
            .bind(8, c.key.quotaPerDay);
        st.run();

        secrets.insert(c.key.id, c.secret.toLatin1());
        QJsonArray keys;
        QStringList ids = secrets.keys();
        ids.sort();
        for (const QString& id : std::as_const(ids))
            keys.append(
                QJsonObject { { u"key_id"_s, id }, { u"secret"_s, QString::fromLatin1(secrets[id]) } });
        QSaveFile f(keysFile);
        if (!f.open(QIODevice::WriteOnly))
            throw dj::Error(tr("Cannot write the keys file %1: %2").arg(keysFile, f.errorString()));
        f.write(QJsonDocument(QJsonObject { { u"keys"_s, keys } }).toJson());
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!f.commit())
            throw dj::Error(tr("Cannot write the keys file %1: %2").arg(keysFile, f.errorString()));
        tx.commit();
    }
    return c;
}

QList<ApiKey> ApiKeys::list(const store::Database& db)
{
    QList<ApiKey> out;
    if (!hasTables(db))
        return out;
    auto st = db.prepare("SELECT key_id, name, secret_sha256, created, revoked, endpoints, regions, "
                         "rate_per_minute, quota_per_day FROM api_keys ORDER BY created, key_id");
    while (st.step()) {
        ApiKey k;
        k.id = st.columnText(0);
        k.name = st.columnText(1);
        k.secretSha256 = st.columnText(2);
        k.created = st.columnText(3);
        k.revoked = st.columnText(4);
        k.endpoints = splitList(st.columnText(5));
        k.regions = splitList(st.columnText(6));
        k.ratePerMinute = int(st.columnInt(7));
        k.quotaPerDay = st.columnInt(8);
        out.append(k);
    }
    return out;
}

bool ApiKeys::revoke(store::Database& db, const QString& id)
{
    auto st = db.prepare("UPDATE api_keys SET revoked = ? WHERE key_id = ? AND revoked IS NULL");
    st.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(2, id);
    st.run();
    return db.changes() > 0;
}

QHash<QString, QByteArray> ApiKeys::readKeysFile(const QString& path)
{
    QHash<QString, QByteArray> out;
    QFile f(path);
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        throw dj::Error(tr("Cannot read the keys file %1: %2").arg(path, f.errorString()));
    const QByteArray data = f.read(4 << 20);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (!doc.isObject() || !doc.object().value(u"keys"_s).isArray())
        throw dj::Error(tr("The keys file %1 is damaged (expected {\"keys\":[…]}).").arg(path));
    for (const QJsonValue& v : doc.object().value(u"keys"_s).toArray()) {
        const QString id = v.toObject().value(u"key_id"_s).toString();
        const QString secret = v.toObject().value(u"secret"_s).toString();
        if (!id.isEmpty() && !secret.isEmpty())
            out.insert(id, secret.toUtf8());
    }
    return out;
}

QHash<QString, qint64> ApiKeys::usage(const store::Database& db, const QString& day)
{
    QHash<QString, qint64> out;
    if (!hasTables(db))
        return out;
    auto st = db.prepare("SELECT key_id, requests FROM api_usage WHERE day = ?");
    st.bind(1, day);
    while (st.step())
        out.insert(st.columnText(0), st.columnInt(1));
    return out;
}

void ApiKeys::addUsage(store::Database& db, const QString& day, const QHash<QString, qint64>& counts)
{
    if (counts.isEmpty())
        return;
    store::Transaction tx(db);
    auto st = db.prepare("INSERT INTO api_usage(key_id, day, requests) VALUES (?,?,?) "
                         "ON CONFLICT(key_id, day) DO UPDATE SET requests = requests + excluded.requests");
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        st.bind(1, it.key()).bind(2, day).bind(3, it.value());
        st.run();
        st.reset();
    }
    tx.commit();
}

} // namespace dj::api
