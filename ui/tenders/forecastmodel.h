#pragma once

#include "core/tenders/forecaster.h"
#include "core/tenders/partylinker.h"

#include <QAbstractTableModel>
#include <QSet>
#include <memory>

namespace dj::ui {

/// The data the tenders panel shows: the notices, their projects and the forecasts (read and computed once
/// off the GUI thread, then shared read-only).
struct TenderSnapshot
{
    std::vector<tenders::Notice> notices;
    std::vector<tenders::Project> projects;
    std::vector<tenders::Forecast> forecasts; ///< horizon TendersPanel::kMaxMonths, all regions
    QDate asOf;
    QStringList categories;
    QSet<QString> buyersInCache; ///< buyer USCCs that are enterprises of the cache (SOE buyers)
    tenders::PartyLinker::Report links; ///< buyers and winners linked by the batch matcher, and the rest
};

/// The forecast list: buyer, project, kind, window, budget range (万元), incumbent, reason.
class ForecastModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Buyer, Project, Category, Kind, Expected, Window, Budget, Incumbent, Reason, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IndexRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setForecasts(std::shared_ptr<const TenderSnapshot> snapshot, std::vector<int> rows);
    const tenders::Forecast* forecastAt(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString kindLabel(tenders::ForecastKind kind);

private:
    std::shared_ptr<const TenderSnapshot> m_snapshot;
    std::vector<int> m_rows; ///< indices into m_snapshot->forecasts
};

} // namespace dj::ui
