#include "core/search/filtererror.h"

namespace dj::search {

FilterError::FilterError(QString key, QString message)
    : Error(message)
    , m_key(std::move(key))
{
}

} // namespace dj::search
