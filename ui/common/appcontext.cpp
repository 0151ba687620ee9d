#include "ui/common/appcontext.h"

#include "core/store/cache.h"

namespace dj::ui {

AppContext::AppContext(QObject* parent)
    : QObject(parent)
{
}

void AppContext::readMeta(const store::Database& db)
{
    m_dataSource = store::Cache::dataSource(db);
    m_dataVersion = store::Cache::dataVersion(db);
}

void AppContext::openCache(const QString& path)
{
    // Validate (and migrate) before switching, so a bad file leaves the current cache open.
    const store::Database db = store::Cache::open(path, store::Cache::Access::ReadWrite);
    m_cachePath = path;
    readMeta(db);
    emit cacheChanged(m_cachePath);
}

void AppContext::notifyCacheWritten()
{
    if (m_cachePath.isEmpty())
        return;
    readMeta(store::Cache::open(m_cachePath, store::Cache::Access::ReadOnly));
    emit cacheChanged(m_cachePath);
}

void AppContext::setSelection(const QStringList& usccs, const QString& origin)
{
    m_selection = usccs;
    m_selectionOrigin = origin;
    emit selectionChanged(m_selection, m_selectionOrigin);
}

} // namespace dj::ui
