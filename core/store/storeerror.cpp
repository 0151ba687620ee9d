#include "core/store/storeerror.h"

namespace dj::store {

StoreError::StoreError(Kind kind, const QString& message)
    : Error(message)
    , m_kind(kind)
{
}

} // namespace dj::store
