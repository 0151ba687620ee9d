#include "core/store/enterprisestore.h"

#include "core/store/cache.h"
#include "core/store/sqliteenterprisestore.h"

namespace dj::store {

std::unique_ptr<EnterpriseStore> openEnterpriseStore(const QString& cachePath)
{
    return std::make_unique<SqliteEnterpriseStore>(Cache::open(cachePath, Cache::Access::ReadOnly));
}

} // namespace dj::store
