#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace dj::store {
class Database;
}
namespace dj::search {
class SearchEngine;
}

namespace dj::ui {

class BackgroundTask;

/// What every panel shares: the open cache, its one search index, and the current enterprise selection.
///
/// Opening a cache starts loading its search index (persisted next to the cache, built when missing or
/// stale) once, in the background; every panel reads that one engine (searchEngine()) — the map its
/// points too — instead of opening or scanning the cache again. Panels open their own store connections
/// (one per thread) from cachePath() for anything else.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(QObject* parent = nullptr);

    QString cachePath() const { return m_cachePath; }
    /// The data-source label of the open cache ("演示数据" or an import's name).
    QString dataSource() const { return m_dataSource; }
    qint64 dataVersion() const { return m_dataVersion; }
    /// Sets the open cache; reads its data source. Throws store::StoreError for a bad file. A cache on
    /// read-only media or in a folder that cannot be written (a demo on a USB stick, a shared folder) — or
    /// any cache with `readOnly` — is opened read-only (SQLite immutable: nothing is written, no side files):
    /// isReadOnly() is true and panels offer reading only.
    void openCache(const QString& path, bool readOnly = false);
    /// The open cache was opened read-only: panels disable every action that writes to it.
    bool isReadOnly() const { return m_readOnly; }
    /// True when the file and its folder can be written (false on read-only media).
    static bool canWrite(const QString& path);
    /// Re-reads the data source and version after the cache was written (import, demo) and reloads the
    /// search index.
    void notifyCacheWritten();

    /// The open cache's search engine; null while it loads, after a failure or cancel, or with no cache.
    std::shared_ptr<const search::SearchEngine> searchEngine() const { return m_engine; }
    /// True while the index loads (indexProgress / indexLoadingChanged follow it; cancelIndex stops it).
    bool isIndexLoading() const;
    /// How long the last index load took (ms) and whether it came from the persisted file.
    double indexLoadMs() const { return m_indexMs; }
    /// Loads (or reloads) the index of the open cache in the background.
    void reloadIndex();
    /// Stops a running index load (searching stays unavailable until the cache is opened again).
    void cancelIndex();

    /// A list of enterprises chosen in one panel (map lasso, search result) for the others to use.
    QStringList selection() const { return m_selection; }
    QString selectionOrigin() const { return m_selectionOrigin; }
    void setSelection(const QStringList& usccs, const QString& origin);

    /// Shows the profile of an enterprise (统一社会信用代码) from any panel: emits enterpriseRequested, which
    /// the main window answers with the profile window. No effect for an empty code.
    void openEnterprise(const QString& uscc);
    /// Asks for visit tasks for these enterprises from any panel (a watch list, a potential-firm list, a
    /// forecast): emits visitTaskRequested, which the field-work panel answers (it asks for the reason when
    /// `reason` is empty). No effect for an empty list.
    void requestVisitTask(const QStringList& usccs, const QString& reason = {});
    /// Opens the field-work panel on an enterprise from any panel (a building page): an existing visit
    /// (visitId), a new visit for a task (taskId), or a new visit for the enterprise (both empty). Emits
    /// fieldWorkRequested, which the field-work panel answers (the main window shows it). No effect when
    /// all three are empty.
    void requestFieldWork(const QString& uscc, const QString& visitId = {}, const QString& taskId = {});

signals:
    void cacheChanged(const QString& path);
    /// The index of the open cache is ready (engine non-null) — or gone (null: loading again, failed or
    /// cancelled; see indexFailed / indexCancelled).
    void searchEngineChanged(std::shared_ptr<const search::SearchEngine> engine);
    void indexFailed(const QString& message);
    void indexCancelled();
    void indexProgress(qint64 done, qint64 total, const QString& stage);
    void indexLoadingChanged(bool loading);
    void selectionChanged(const QStringList& usccs, const QString& origin);
    /// A panel asked to show this enterprise's profile (see openEnterprise).
    void enterpriseRequested(const QString& uscc);
    /// A panel asked for visit tasks (see requestVisitTask).
    void visitTaskRequested(const QStringList& usccs, const QString& reason);
    /// A panel asked to open a visit, a task's new visit or a new visit (see requestFieldWork).
    void fieldWorkRequested(const QString& uscc, const QString& visitId, const QString& taskId);

private:
    void readMeta(const store::Database& db);
    void setEngine(std::shared_ptr<const search::SearchEngine> engine);
    QString m_cachePath;
    bool m_readOnly = false;
    std::shared_ptr<const search::SearchEngine> m_engine;
    BackgroundTask* m_indexTask = nullptr;
    quint64 m_indexGeneration = 0;
    double m_indexMs = 0;
    QString m_dataSource;
    qint64 m_dataVersion = 0;
    QStringList m_selection;
    QString m_selectionOrigin;
};

} // namespace dj::ui
