#include "core/api/apisigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace dj::api {

QByteArray ApiSigner::sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray ApiSigner::canonical(const QByteArray& method, const QByteArray& path, const QByteArray& query,
    const QByteArray& body, qint64 timestamp, const QByteArray& nonce)
{
    QByteArray out;
    out.reserve(method.size() + path.size() + query.size() + nonce.size() + 100);
    out += method;
    out += '\n';
    out += path;
    out += '\n';
    out += query;
    out += '\n';
    out += sha256Hex(body);
    out += '\n';
    out += QByteArray::number(timestamp);
    out += '\n';
    out += nonce;
    return out;
}

QByteArray ApiSigner::sign(const QByteArray& secret, const QByteArray& canonical)
{
    return QMessageAuthenticationCode::hash(canonical, secret, QCryptographicHash::Sha256).toHex();
}

bool ApiSigner::equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool ApiSigner::validNonce(const QByteArray& nonce)
{
    if (nonce.size() < 16 || nonce.size() > 64)
        return false;
    for (const char c : nonce) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace dj::api
