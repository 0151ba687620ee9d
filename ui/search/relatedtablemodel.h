#pragma once

#include "core/store/enterprisestore.h"

#include <QAbstractTableModel>

namespace dj::ui {

/// Rows of one related table (shareholders, licences, risks, …) for a profile tab. Column titles are
/// translated from the exchange-format names; money columns are shown in 万元.
class RelatedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RelatedTableModel(QObject* parent = nullptr);

    void setRows(const store::TableRows& rows);
    const store::TableRows& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Translated title of an exchange-format column name.
    static QString columnTitle(const QString& column);
    static bool isMoney(const QString& column);
    /// Display text of one value of a column.
    static QString format(const QString& column, const QVariant& value);

private:
    store::TableRows m_rows;
};

} // namespace dj::ui
