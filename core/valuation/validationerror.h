#pragma once

#include "core/common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <stdexcept>

namespace dj::valuation {

/// One refused value: the field's path in the worksheet ("income.periods[2].revenue") and why.
struct Issue
{
    QString path;
    QString reason;
};

/// A worksheet that cannot be evaluated: every refused value with its path and reason.
class ValidationError : public dj::Error
{
public:
    explicit ValidationError(QList<Issue> issues);
    const QList<Issue>& issues() const { return m_issues; }
    /// "path: reason" lines, one per issue.
    QString message() const;

private:
    QList<Issue> m_issues;
};

} // namespace dj::valuation
