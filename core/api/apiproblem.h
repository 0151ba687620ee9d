#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace dj::api {

/// Texts of the API's answers (problem details) are English, the language of the contract, whatever the
/// locale of the machine serving it; only what the CLI or the window shows a user goes through tr().
inline QString en(const char* text)
{
    return QString::fromUtf8(text);
}

/// An RFC 9457 problem: HTTP status, a stable `type` (a relative URI "/v1/problems/<name>", documented in
/// the OpenAPI document), a short title and a detail for the caller. Never carries SQL or a stack trace.
class ApiProblem : public dj::Error
{
public:
    ApiProblem(int status, const QString& name, const QString& detail);

    int status() const { return m_status; }
    /// The stable short name, e.g. "bad-signature".
    const QString& name() const { return m_name; }
    QString type() const;
    QString title() const;
    const QString& detail() const { return m_detail; }
    /// The problem+json body; instance = the request path.
    QByteArray toJson(const QString& instance) const;

private:
    int m_status;
    QString m_name;
    QString m_detail;
};

} // namespace dj::api
