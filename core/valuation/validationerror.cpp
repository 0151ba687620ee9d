#include "core/valuation/validationerror.h"

#include <QStringList>

namespace dj::valuation {

namespace {
QString joined(const QList<Issue>& issues)
{
    QStringList lines;
    for (const Issue& i : issues)
        lines << (i.path.isEmpty() ? i.reason : i.path + QLatin1String(": ") + i.reason);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

ValidationError::ValidationError(QList<Issue> issues)
    : dj::Error(joined(issues))
    , m_issues(std::move(issues))
{
}

QString ValidationError::message() const
{
    return dj::Error::message();
}

} // namespace dj::valuation
