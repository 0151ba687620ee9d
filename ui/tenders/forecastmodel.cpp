#include "ui/tenders/forecastmodel.h"

#include "core/common/money.h"

namespace dj::ui {

void ForecastModel::setForecasts(std::shared_ptr<const TenderSnapshot> snapshot, std::vector<int> rows)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows = std::move(rows);
    endResetModel();
}

const tenders::Forecast* ForecastModel::forecastAt(int row) const
{
    if (!m_snapshot || row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_snapshot->forecasts[size_t(m_rows[size_t(row)])];
}

int ForecastModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ForecastModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ForecastModel::kindLabel(tenders::ForecastKind kind)
{
    switch (kind) {
    case tenders::ForecastKind::NextPhase:
        return tr("Next phase");
    case tenders::ForecastKind::Renewal:
        return tr("Service renewal");
    case tenders::ForecastKind::BuyerRhythm:
        return tr("Buyer rhythm");
    }
    return {};
}

QVariant ForecastModel::data(const QModelIndex& index, int role) const
{
    const tenders::Forecast* f = forecastAt(index.row());
    if (!f)
        return {};
    if (role == IndexRole)
        return m_rows[size_t(index.row())];
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Buyer:
        return f->buyerName;
    case Project:
        return f->projectTitle.isEmpty() ? tr("(any project)") : f->projectTitle;
    case Category:
        return f->category.isEmpty() ? tr("(any)") : f->category;
    case Kind:
        return kindLabel(f->kind);
    case Expected:
        return sort ? QVariant(f->expected) : QVariant(f->expected.toString(Qt::ISODate));
    case Window:
        return f->from.toString(Qt::ISODate) + QStringLiteral(" ~ ") + f->to.toString(Qt::ISODate);
    case Budget:
        if (sort)
            return f->budgetHigh.value_or(0);
        if (!f->budgetLow)
            return {};
        return Money::wan(*f->budgetLow, 0) + QStringLiteral(" – ")
            + Money::wan(f->budgetHigh.value_or(0), 0);
    case Incumbent:
        return f->incumbent;
    case Reason:
        return f->reason;
    default:
        return {};
    }
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Buyer:
        return tr("Buyer");
    case Project:
        return tr("Project");
    case Category:
        return tr("Category");
    case Kind:
        return tr("Forecast");
    case Expected:
        return tr("Expected");
    case Window:
        return tr("Window");
    case Budget:
        return tr("Budget (10k yuan)");
    case Incumbent:
        return tr("Incumbent");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace dj::ui
