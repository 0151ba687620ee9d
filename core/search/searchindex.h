#pragma once

#include "core/common/progress.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace dj::search {

struct IndexData;

/// The in-memory, read-only search index over one cache: columns as arrays, per-enterprise lists of
/// financial years, licences, qualifications and current risks, text buffers and pinyin keys of names.
///
/// Internally an enterprise is addressed by its *row*: 0..size()-1, in enterprises.id order.
/// Immutable once built, so any number of threads may search it concurrently.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    /// Opens the index for a cache: loads the persisted index next to the cache (cachePath +
    /// ".search") when it matches the cache's data version, otherwise builds it from the cache and
    /// persists it (best effort; a read-only folder only costs the next open a rebuild). Throws
    /// dj::store::StoreError for a path that is not a cache, dj::Cancelled when cancelled. With persist
    /// false a built index is not written (a cache opened read-only: nothing is written beside it either).
    static std::shared_ptr<const SearchIndex> open(
        const QString& cachePath, const dj::Progress& progress = {}, bool persist = true);
    /// Always builds from the cache (never reads or writes the persisted file).
    static std::shared_ptr<const SearchIndex> build(
        const QString& cachePath, const dj::Progress& progress = {});
    /// Path of the persisted index belonging to a cache.
    static QString persistedPath(const QString& cachePath);

    /// Cache::dataVersion of the cache when the index was built; compare to know whether it is current.
    qint64 dataVersion() const;
    /// Number of enterprises.
    qint64 size() const;
    QString cachePath() const;
    /// True when open() loaded a persisted index rather than building one.
    bool wasLoaded() const;

    const IndexData& data() const { return *m_data; }

    explicit SearchIndex(std::unique_ptr<IndexData> data);
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

private:
    std::unique_ptr<IndexData> m_data;
};

} // namespace dj::search
