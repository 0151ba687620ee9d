#pragma once

#include <QByteArray>
#include <QString>

namespace dj::api {

/// The request signature of the API (documented in resources/api/openapi.json, "Signing"):
///
///     canonical = METHOD "\n" PATH "\n" QUERY "\n" hex(SHA-256(body)) "\n" TIMESTAMP "\n" NONCE
///     X-DJ-Signature = hex(HMAC-SHA256(secret, canonical))
///
/// PATH and QUERY are sent percent-encoded (RFC 3986) exactly as on the request line (QUERY without '?',
/// empty when there is none); TIMESTAMP is Unix seconds; NONCE is 16–64 characters [A-Za-z0-9_-].
class ApiSigner
{
public:
    static QByteArray canonical(const QByteArray& method, const QByteArray& path, const QByteArray& query,
        const QByteArray& body, qint64 timestamp, const QByteArray& nonce);
    /// Lower-case hex HMAC-SHA256.
    static QByteArray sign(const QByteArray& secret, const QByteArray& canonical);
    /// Compares in time independent of where the first difference is.
    static bool equalConstantTime(const QByteArray& a, const QByteArray& b);
    static bool validNonce(const QByteArray& nonce);
    static QByteArray sha256Hex(const QByteArray& data);
};

} // namespace dj::api
