#include "ui/common/resultmodel.h"

#include "ui/common/resultcolumns.h"

namespace dj::ui {

namespace {
constexpr int kCacheRows = 4000;
}

ResultModel::ResultModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_cache(kCacheRows)
{
}

void ResultModel::setResult(std::shared_ptr<const search::SearchEngine> engine, std::vector<qint32> rows)
{
    beginResetModel();
    m_engine = std::move(engine);
    m_rows = std::move(rows);
    m_cache.clear();
    endResetModel();
}

void ResultModel::clear()
{
    setResult(nullptr, {});
}

int ResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ResultColumns::Count);
}

search::Row ResultModel::rowAt(int row) const
{
    if (!m_engine || row < 0 || row >= int(m_rows.size()))
        return {};
    const qint32 indexRow = m_rows[size_t(row)];
    if (const search::Row* cached = m_cache.object(indexRow))
        return *cached;
    auto* fetched = new search::Row(m_engine->row(indexRow));
    search::Row copy = *fetched;
    m_cache.insert(indexRow, fetched);
    return copy;
}

QString ResultModel::usccAt(int row) const
{
    return rowAt(row).uscc;
}

QVariant ResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return ResultColumns::display(rowAt(index.row()), index.column());
    case Qt::ToolTipRole:
        if (index.column() == ResultColumns::Name) {
            const search::Row r = rowAt(index.row());
            return r.formerNames.isEmpty() ? r.name
                                           : r.name + QLatin1Char('\n')
                    + tr("Former names: %1")
                          .arg(QString(r.formerNames).replace(QLatin1Char('|'), QStringLiteral("；")));
        }
        return {};
    case Qt::TextAlignmentRole:
        return ResultColumns::isNumeric(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                        : QVariant();
    case UsccRole:
        return rowAt(index.row()).uscc;
    case IndexRowRole:
        return m_rows[size_t(index.row())];
    default:
        return {};
    }
}

QVariant ResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return ResultColumns::title(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ResultModel::sort(int column, Qt::SortOrder order)
{
    const QString field = ResultColumns::sortField(column);
    if (field.isEmpty())
        return;
    search::Sort s;
    s.field = field;
    s.descending = order == Qt::DescendingOrder;
    emit sortRequested(s, column, order);
}

void ResultModel::setSortState(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

} // namespace dj::ui
