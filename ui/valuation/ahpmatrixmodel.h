#pragma once

#include <QAbstractTableModel>

namespace dj::ui {

class ValuationCalculator;
class WorksheetDocument;

/// The 6×6 AHP judgement matrix of the quality dimensions. Editing a judgement also sets its reciprocal,
/// as one undo step; the lower triangle and the diagonal follow from the upper one.
class AhpMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    AhpMatrixModel(WorksheetDocument* doc, ValuationCalculator* calc, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    WorksheetDocument* m_doc;
    ValuationCalculator* m_calc;
};

} // namespace dj::ui
