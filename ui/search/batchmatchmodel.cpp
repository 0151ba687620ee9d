#include "ui/search/batchmatchmodel.h"

#include <QBrush>
#include <QColor>

namespace dj::ui {

BatchMatchModel::BatchMatchModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BatchMatchModel::setMatches(QList<BatchMatch> matches)
{
    beginResetModel();
    m_matches = std::move(matches);
    endResetModel();
}

void BatchMatchModel::choose(int row, int candidate)
{
    if (row < 0 || row >= m_matches.size())
        return;
    BatchMatch& m = m_matches[row];
    m.chosen = candidate >= 0 && candidate < m.candidates.size() ? candidate : -1;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int BatchMatchModel::matchedCount() const
{
    return int(
        std::count_if(m_matches.begin(), m_matches.end(), [](const BatchMatch& m) { return m.isMatched(); }));
}

int BatchMatchModel::countOf(BatchMatch::Kind kind) const
{
    return int(std::count_if(
        m_matches.begin(), m_matches.end(), [kind](const BatchMatch& m) { return m.kind == kind; }));
}

int BatchMatchModel::unresolvedCount() const
{
    return int(std::count_if(m_matches.begin(), m_matches.end(),
        [](const BatchMatch& m) { return m.kind == BatchMatch::Kind::Ambiguous && !m.isMatched(); }));
}

int BatchMatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int BatchMatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchMatchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchMatch& m = m_matches[index.row()];
    const MatchCandidate* c = m.match();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Input:
            return m.input;
        case Kind:
            if (m.kind == BatchMatch::Kind::Ambiguous)
                return m.isMatched() ? tr("Chosen")
                                     : tr("Ambiguous (%n candidates)", nullptr, int(m.candidates.size()));
            return BatchMatcher::kindText(m.kind);
        case Name:
            return c ? c->name : QString();
        case Uscc:
            return c ? c->uscc : QString();
        case Score:
            return c ? QString::number(c->score, 'f', 2) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Kind) {
        if (m.kind == BatchMatch::Kind::NotFound)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (m.kind == BatchMatch::Kind::Ambiguous && !m.isMatched())
            return QBrush(QColor(0xd3, 0x54, 0x00));
        if (m.kind == BatchMatch::Kind::Fuzzy)
            return QBrush(QColor(0x9a, 0x7d, 0x0a));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BatchMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Input:
        return tr("Input");
    case Kind:
        return tr("Result");
    case Name:
        return tr("Matched enterprise");
    case Uscc:
        return tr("Credit code");
    case Score:
        return tr("Score");
    default:
        return {};
    }
}

QStringList BatchMatchModel::exportHeaders() const
{
    QStringList h;
    for (int c = 0; c < ColumnCount; ++c)
        h << headerData(c, Qt::Horizontal).toString();
    return h;
}

QVariantList BatchMatchModel::exportRow(int row) const
{
    QVariantList out;
    for (int c = 0; c < ColumnCount; ++c)
        out << (c == Score && m_matches[row].isMatched() ? QVariant(m_matches[row].match()->score)
                                                         : data(index(row, c)));
    return out;
}

} // namespace dj::ui
