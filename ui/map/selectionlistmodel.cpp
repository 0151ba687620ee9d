#include "ui/map/selectionlistmodel.h"

namespace dj::ui {

SelectionListModel::SelectionListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void SelectionListModel::setSource(
    std::shared_ptr<const QStringList> names, std::shared_ptr<const QStringList> usccs)
{
    beginResetModel();
    m_names = std::move(names);
    m_usccs = std::move(usccs);
    m_points.clear();
    endResetModel();
}

void SelectionListModel::setPoints(std::vector<std::int32_t> points)
{
    beginResetModel();
    m_points = std::move(points);
    // Points whose index the current lists do not know (stale selection) are dropped.
    const qsizetype n = m_usccs ? m_usccs->size() : 0;
    std::erase_if(m_points, [n](std::int32_t p) { return p < 0 || p >= n; });
    endResetModel();
}

QStringList SelectionListModel::usccs() const
{
    QStringList out;
    out.reserve(qsizetype(m_points.size()));
    for (std::int32_t p : m_points)
        out << m_usccs->at(p);
    return out;
}

int SelectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

QVariant SelectionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || std::size_t(index.row()) >= m_points.size())
        return {};
    const std::int32_t p = m_points[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return m_names->at(p);
    case Qt::ToolTipRole:
    case UsccRole:
        return m_usccs->at(p);
    default:
        return {};
    }
}

} // namespace dj::ui
