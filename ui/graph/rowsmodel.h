#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace dj::ui {

/// A small read-only table of texts (owners, paths, group members); numbers sort as numbers through
/// Qt::UserRole, which holds the raw value where there is one.
class RowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    struct Row
    {
        QStringList texts;
        QVariantList values; ///< optional raw values per column (sorting, export)
    };

    void reset(const QStringList& headers, const QVector<Row>& rows);
    const QVector<Row>& rows() const { return m_rows; }
    const QStringList& headers() const { return m_headers; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QVector<Row> m_rows;
};

} // namespace dj::ui
