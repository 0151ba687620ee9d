#include "ui/common/appcontext.h"

#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "core/store/cache.h"
#include "ui/common/backgroundtask.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace dj::ui {

AppContext::AppContext(QObject* parent)
    : QObject(parent)
{
}

bool AppContext::isIndexLoading() const
{
    return m_indexTask && m_indexTask->isRunning();
}

void AppContext::cancelIndex()
{
    if (m_indexTask)
        m_indexTask->cancel();
}

void AppContext::setEngine(std::shared_ptr<const search::SearchEngine> engine)
{
    if (engine == m_engine)
        return;
    m_engine = std::move(engine);
    emit searchEngineChanged(m_engine);
}

void AppContext::reloadIndex()
{
    const quint64 generation = ++m_indexGeneration;
    if (m_indexTask) {
        // A task per load: the previous one stops at its next progress report and is dropped silently.
        m_indexTask->disconnect(this);
        m_indexTask->cancel();
        m_indexTask->deleteLater();
        m_indexTask = nullptr;
    }
    setEngine(nullptr);
    const QString path = m_cachePath;
    if (path.isEmpty()) {
        emit indexLoadingChanged(false);
        return;
    }
    m_indexTask = new BackgroundTask(this);
    connect(m_indexTask, &BackgroundTask::cancelled, this, &AppContext::indexCancelled);
    connect(m_indexTask, &BackgroundTask::progress, this, &AppContext::indexProgress);
    connect(m_indexTask, &BackgroundTask::runningChanged, this, &AppContext::indexLoadingChanged);
    struct Loaded
    {
        std::shared_ptr<const search::SearchEngine> engine;
        double ms = 0;
    };
    const bool persist = !m_readOnly;
    m_indexTask->start<Loaded>(
        [path, persist](const Progress& progress) {
            QElapsedTimer timer;
            timer.start();
            Loaded out;
            out.engine
                = std::make_shared<search::SearchEngine>(search::SearchIndex::open(path, progress, persist));
            out.ms = double(timer.nsecsElapsed()) / 1e6;
            return out;
        },
        this,
        [this, generation](Loaded out) {
            if (generation != m_indexGeneration)
                return; // another cache (or a newer write) meanwhile
            m_indexMs = out.ms;
            setEngine(out.engine);
        },
        [this, generation](const QString& error) {
            if (generation == m_indexGeneration)
                emit indexFailed(error);
        });
}

void AppContext::readMeta(const store::Database& db)
{
    m_dataSource = store::Cache::dataSource(db);
    m_dataVersion = store::Cache::dataVersion(db);
}

bool AppContext::canWrite(const QString& path)
{
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

void AppContext::openCache(const QString& path, bool readOnly)
{
    // Validate (and migrate) before switching, so a bad file leaves the current cache open. On read-only
    // media the cache is read as it is (an older schema that still reads is not upgraded).
    const bool openReadOnly = readOnly || (QFileInfo(path).isFile() && !canWrite(path));
    const store::Database db = store::Cache::open(
        path, openReadOnly ? store::Cache::Access::ReadOnly : store::Cache::Access::ReadWrite);
    m_cachePath = path;
    m_readOnly = openReadOnly;
    readMeta(db);
    reloadIndex(); // before cacheChanged: listeners find the new load running
    emit cacheChanged(m_cachePath);
}

void AppContext::notifyCacheWritten()
{
    if (m_cachePath.isEmpty())
        return;
    readMeta(store::Cache::open(m_cachePath, store::Cache::Access::ReadOnly));
    reloadIndex();
    emit cacheChanged(m_cachePath);
}

void AppContext::setSelection(const QStringList& usccs, const QString& origin)
{
    m_selection = usccs;
    m_selectionOrigin = origin;
    emit selectionChanged(m_selection, m_selectionOrigin);
}

void AppContext::openEnterprise(const QString& uscc)
{
    const QString code = uscc.trimmed();
    if (!code.isEmpty())
        emit enterpriseRequested(code);
}

void AppContext::requestVisitTask(const QStringList& usccs, const QString& reason)
{
    QStringList codes;
    for (const QString& u : usccs) {
        const QString code = u.trimmed();
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    if (!codes.isEmpty())
        emit visitTaskRequested(codes, reason.trimmed());
}

void AppContext::requestFieldWork(const QString& uscc, const QString& visitId, const QString& taskId)
{
    if (!uscc.trimmed().isEmpty() || !visitId.trimmed().isEmpty() || !taskId.trimmed().isEmpty())
        emit fieldWorkRequested(uscc.trimmed(), visitId.trimmed(), taskId.trimmed());
}

} // namespace dj::ui
