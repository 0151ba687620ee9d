#pragma once

#include "core/risk/supplynetwork.h"

#include <QAbstractTableModel>

namespace dj::ui {

/// The tier table: suppliers and customers of a network (one row per member), rivals, partners, investees.
class MembersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Relation, Tier, Name, Uscc, Amount, Share, Year, Risks, Path, ColumnCount };
    static constexpr int UsccRole = Qt::UserRole + 1;

    explicit MembersModel(QObject* parent = nullptr);
    void setNetwork(const risk::SupplyNetwork::Result& network);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// All rows as text (exports, report).
    QList<QVariantList> rows() const;
    QStringList headers() const;

private:
    struct Row
    {
        QString relation;
        int tier = 0;
        risk::PartyInfo party;
        double amount = 0;
        double share = 0;
        int year = 0;
        QString path;
    };
    std::vector<Row> m_rows;
};

} // namespace dj::ui
