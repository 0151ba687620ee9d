#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace dj::store {
class Database;
}

namespace dj::ui {

/// What every panel shares: the open cache and the current enterprise selection.
///
/// Panels open their own store connections (one per thread) from cachePath().
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(QObject* parent = nullptr);

    QString cachePath() const { return m_cachePath; }
    /// The data-source label of the open cache ("演示数据" or an import's name).
    QString dataSource() const { return m_dataSource; }
    qint64 dataVersion() const { return m_dataVersion; }
    /// Sets the open cache; reads its data source. Throws store::StoreError for a bad file.
    void openCache(const QString& path);
    /// Re-reads the data source and version after the cache was written (import, demo).
    void notifyCacheWritten();

    /// A list of enterprises chosen in one panel (map lasso, search result) for the others to use.
    QStringList selection() const { return m_selection; }
    QString selectionOrigin() const { return m_selectionOrigin; }
    void setSelection(const QStringList& usccs, const QString& origin);

signals:
    void cacheChanged(const QString& path);
    void selectionChanged(const QStringList& usccs, const QString& origin);

private:
    void readMeta(const store::Database& db);
    QString m_cachePath;
    QString m_dataSource;
    qint64 m_dataVersion = 0;
    QStringList m_selection;
    QString m_selectionOrigin;
};

} // namespace dj::ui
