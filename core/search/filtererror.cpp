#include "core/search/filtererror.h"

namespace dj::search {

FilterError::FilterError(QString key, QString message)
    : std::runtime_error(message.toStdString())
    , m_key(std::move(key))
    , m_message(std::move(message))
{
}

} // namespace dj::search
