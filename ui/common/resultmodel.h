#pragma once

#include "core/search/searchengine.h"

#include <QAbstractTableModel>
#include <QCache>
#include <memory>
#include <vector>

namespace dj::ui {

/// The search result as a table. Holds only the vector of index rows; a cell's data is read from the
/// engine when the view asks for it (a small cache keeps scrolling smooth), so a result of a million
/// enterprises costs 4 MB. Sorting is not done here: sort() asks the owner (sortRequested), which
/// sorts off the GUI thread and hands back the reordered rows with setRows().
class ResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { UsccRole = Qt::UserRole + 1, IndexRowRole };

    explicit ResultModel(QObject* parent = nullptr);

    /// Replaces the result. The engine must be the one the rows come from.
    void setResult(std::shared_ptr<const search::SearchEngine> engine, std::vector<qint32> rows);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const std::vector<qint32>& rows() const { return m_rows; }
    const std::shared_ptr<const search::SearchEngine>& engine() const { return m_engine; }
    /// The engine's row for a table row (cached).
    search::Row rowAt(int row) const;
    QString usccAt(int row) const;

    /// The sort the rows are in (shown as the header's indicator).
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSortState(int column, Qt::SortOrder order);

signals:
    /// The user clicked a sortable header: sort the rows by this engine field.
    void sortRequested(const search::Sort& sort, int column, Qt::SortOrder order);

private:
    std::shared_ptr<const search::SearchEngine> m_engine;
    std::vector<qint32> m_rows;
    mutable QCache<qint32, search::Row> m_cache;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace dj::ui
