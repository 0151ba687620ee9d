#pragma once

#include "ui/search/batchmatcher.h"

#include <QAbstractTableModel>

namespace dj::ui {

/// The outcome of a batch lookup, one row per input line; the user may choose another candidate.
class BatchMatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Input, Kind, Name, Uscc, Score, ColumnCount };

    explicit BatchMatchModel(QObject* parent = nullptr);

    void setMatches(QList<BatchMatch> matches);
    const QList<BatchMatch>& matches() const { return m_matches; }
    /// Chooses candidate (or -1 for none) for a row; marks an ambiguous row as resolved.
    void choose(int row, int candidate);

    int matchedCount() const;
    int countOf(BatchMatch::Kind kind) const;
    /// Rows still ambiguous and without a choice.
    int unresolvedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The values an export writes for a row (input, result, name, credit code, score).
    QVariantList exportRow(int row) const;
    QStringList exportHeaders() const;

private:
    QList<BatchMatch> m_matches;
};

} // namespace dj::ui
