#include "ui/graph/rowsmodel.h"

namespace dj::ui {

void RowsModel::reset(const QStringList& headers, const QVector<Row>& rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    endResetModel();
}

int RowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    const int c = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return c < r.texts.size() ? r.texts[c] : QString();
    if (role == Qt::UserRole)
        return c < r.values.size() && r.values[c].isValid()
            ? r.values[c]
            : QVariant(c < r.texts.size() ? r.texts[c] : QString());
    if (role == Qt::TextAlignmentRole && c < r.values.size() && r.values[c].typeId() == QMetaType::Double)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace dj::ui
