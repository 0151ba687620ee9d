#pragma once

#include "core/regional/regionalengine.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace dj::ui {

/// The flow matrix: one row per investor (enterprise regions, then natural persons by origin, then other
/// holders), one column per investee region, plus the row total. Cells hold capital (yuan) or counts and
/// are heat-coloured on a log scale, each holder kind on its own scale. Sort role: the raw number.
class FlowMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Measure { Capital, Count };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int GroupRole
        = Qt::UserRole + 2; ///< 0 enterprise, 1 person, 2 other: keeps blocks apart
    static constexpr int KeyRole = Qt::UserRole + 3; ///< the row's region key

    explicit FlowMatrixModel(QObject* parent = nullptr);

    void setMatrix(const regional::FlowMatrix& matrix);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    const regional::FlowMatrix& matrix() const { return m_matrix; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Text of a cell value as shown (万元 with one decimal, or a count).
    static QString format(double value, Measure measure);

private:
    struct Row
    {
        int group = 0;
        QString key;
        QString title;
        QHash<QString, regional::FlowCell> cells;
        double total(Measure m) const;
    };
    double value(const Row& row, int column) const;
    regional::FlowMatrix m_matrix;
    Measure m_measure = Capital;
    QStringList m_columns; ///< investee keys
    QList<Row> m_rows;
    double m_max[3] = { 0, 0, 0 };
};

/// Sorts the matrix by a column but keeps enterprise, person and other rows in their own blocks.
class FlowMatrixSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace dj::ui
