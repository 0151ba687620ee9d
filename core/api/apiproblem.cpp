#include "core/api/apiproblem.h"

#include <QHash>
#include <QJsonDocument>

namespace dj::api {

using namespace Qt::StringLiterals;

ApiProblem::ApiProblem(int status, const QString& name, const QString& detail)
    : dj::Error(detail)
    , m_status(status)
    , m_name(name)
    , m_detail(detail)
{
}

QString ApiProblem::type() const
{
    return u"/v1/problems/"_s + m_name;
}

QString ApiProblem::title() const
{
    // One fixed English title per type (the type is the contract; the detail explains the case).
    static const QHash<QString, QString> titles {
        { u"not-found"_s, u"Not found"_s },
        { u"method-not-allowed"_s, u"Method not allowed"_s },
        { u"invalid-json"_s, u"The body is not valid JSON"_s },
        { u"unknown-field"_s, u"Unknown field"_s },
        { u"invalid-parameter"_s, u"Invalid parameter"_s },
        { u"invalid-filter"_s, u"Invalid filter"_s },
        { u"invalid-cursor"_s, u"Invalid cursor"_s },
        { u"too-many-items"_s, u"Too many items"_s },
        { u"payload-too-large"_s, u"Request body too large"_s },
        { u"headers-too-large"_s, u"Request headers too large"_s },
        { u"request-timeout"_s, u"Request not received in time"_s },
        { u"unsupported-media-type"_s, u"Unsupported media type"_s },
        { u"missing-signature"_s, u"Request not signed"_s },
        { u"unknown-key"_s, u"Unknown API key"_s },
        { u"revoked-key"_s, u"API key revoked"_s },
        { u"expired"_s, u"Timestamp outside the allowed window"_s },
        { u"bad-signature"_s, u"Signature does not match"_s },
        { u"replayed"_s, u"Nonce already used"_s },
        { u"endpoint-forbidden"_s, u"Endpoint not allowed for this key"_s },
        { u"region-forbidden"_s, u"Region not allowed for this key"_s },
        { u"rate-limited"_s, u"Rate limit exceeded"_s },
        { u"quota-exceeded"_s, u"Daily quota exceeded"_s },
        { u"busy"_s, u"Server busy"_s },
        { u"timeout"_s, u"Query timed out"_s },
        { u"internal"_s, u"Internal error"_s },
    };
    return titles.value(m_name, u"Error"_s);
}

QByteArray ApiProblem::toJson(const QString& instance) const
{
    QJsonObject o { { u"type"_s, type() }, { u"title"_s, title() }, { u"status"_s, m_status },
        { u"detail"_s, m_detail } };
    if (!instance.isEmpty())
        o.insert(u"instance"_s, instance.left(512));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace dj::api
