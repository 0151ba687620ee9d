#pragma once

#include "core/search/filter.h"
#include "core/search/searchindex.h"
#include "core/search/searchresult.h"

#include <QDate>
#include <QStringList>
#include <memory>
#include <vector>

namespace dj::search {

/// Runs filters over a SearchIndex. All methods are const and thread-safe; an engine is cheap to make
/// and may be shared. Rows are index rows (0..index->size()-1, in enterprises.id order).
class SearchEngine
{
public:
    /// today decides which licences are current (valid_to empty or ≥ today).
    explicit SearchEngine(std::shared_ptr<const SearchIndex> index, QDate today = QDate::currentDate());

    /// count + the page [offset, offset+limit) in sort order + (optionally) facets over the whole result.
    Result run(const Filter& filter, const Sort& sort, int offset, int limit, bool facets) const;
    /// The whole result, rows in ascending order (for lazy models and export).
    std::vector<qint32> matchIds(const Filter& filter) const;
    /// The given rows in sort order (stable: ties by id).
    std::vector<qint32> sorted(std::vector<qint32> rows, const Sort& sort) const;
    /// Facet counts over the given rows.
    Facets facets(const std::vector<qint32>& rows) const;
    /// One row's columns.
    Row row(qint32 row) const;
    /// Index row of an enterprises.id, -1 when absent.
    qint32 rowOfId(qint64 id) const;
    /// Index row of a USCC, -1 when absent.
    qint32 rowOfUscc(const QString& uscc) const;
    /// The financial years that have a revenue or tax value in the index, newest first.
    QList<int> financialYears() const;
    /// Up to limit enterprise names matching text (substring or pinyin, names only), largest revenue first.
    QStringList suggest(const QString& text, int limit) const;

    const std::shared_ptr<const SearchIndex>& index() const { return m_index; }
    QDate today() const { return m_today; }

private:
    std::shared_ptr<const SearchIndex> m_index;
    QDate m_today;
    int m_todayDays; ///< days since 1970-01-01
};

} // namespace dj::search
