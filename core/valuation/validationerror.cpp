#include "core/valuation/validationerror.h"

#include <QStringList>

namespace dj::valuation {

namespace {
std::string joined(const QList<Issue>& issues)
{
    QStringList lines;
    for (const Issue& i : issues)
        lines << (i.path.isEmpty() ? i.reason : i.path + QLatin1String(": ") + i.reason);
    return lines.join(QLatin1Char('\n')).toStdString();
}
} // namespace

ValidationError::ValidationError(QList<Issue> issues)
    : std::runtime_error(joined(issues))
    , m_issues(std::move(issues))
{
}

QString ValidationError::message() const
{
    return QString::fromStdString(what());
}

} // namespace dj::valuation
