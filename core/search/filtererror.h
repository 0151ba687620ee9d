#pragma once

#include "core/common/error.h"

#include <QCoreApplication>
#include <QString>

namespace dj::search {

/// A filter that cannot be applied: invalid JSON, an unknown key, a wrong type or range.
/// key() names the offending key ("revenue.min", "regions[2]"; empty for invalid JSON);
/// message() is a complete, translated sentence naming the key and what was expected.
class FilterError : public Error
{
    Q_DECLARE_TR_FUNCTIONS(FilterError)
public:
    FilterError(QString key, QString message);

    const QString& key() const { return m_key; }

private:
    QString m_key;
};

} // namespace dj::search
