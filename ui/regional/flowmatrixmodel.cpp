#include "ui/regional/flowmatrixmodel.h"

#include <QColor>
#include <QLocale>
#include <cmath>

namespace dj::ui {

using regional::FlowCell;
using regional::RegionLevel;

FlowMatrixModel::FlowMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

double FlowMatrixModel::Row::total(Measure m) const
{
    double t = 0;
    for (const FlowCell& c : cells)
        t += m == Capital ? c.capital : double(c.count);
    return t;
}

void FlowMatrixModel::setMatrix(const regional::FlowMatrix& matrix)
{
    beginResetModel();
    m_matrix = matrix;
    m_columns = matrix.regions;
    auto addColumn = [this](const QString& key) {
        if (!m_columns.contains(key))
            m_columns << key;
    };
    QHash<QString, int> rowOf[3];
    m_rows.clear();
    auto rowFor = [&](int group, const QString& key) -> Row& {
        auto it = rowOf[group].find(key);
        if (it != rowOf[group].end())
            return m_rows[*it];
        Row r;
        r.group = group;
        r.key = key;
        const QString name = RegionLevel::name(key);
        r.title = group == 0 ? name : group == 1 ? tr("Persons from %1").arg(name) : name;
        rowOf[group].insert(key, int(m_rows.size()));
        m_rows << r;
        return m_rows.last();
    };
    // Enterprise rows in the order of the scope's regions, then elsewhere and unknown.
    for (const QString& key : matrix.regions)
        rowFor(0, key);
    const QList<FlowCell>* lists[3] = { &matrix.enterprise, &matrix.person, &matrix.other };
    for (int g = 0; g < 3; ++g) {
        for (const FlowCell& c : *lists[g]) {
            addColumn(c.to);
            rowFor(g, c.from).cells.insert(c.to, c);
        }
    }
    // Rows without any flow (a region with enterprises but no holdings) stay: a row of zeros says so.
    endResetModel();
    setMeasure(m_measure);
}

void FlowMatrixModel::setMeasure(Measure measure)
{
    m_measure = measure;
    for (double& m : m_max)
        m = 0;
    for (const Row& r : m_rows) {
        for (const FlowCell& c : r.cells) {
            if (r.group == 0 && c.from == c.to)
                continue; // within a region: not a flow between regions, not in the colour scale
            m_max[r.group] = std::max(m_max[r.group], measure == Capital ? c.capital : double(c.count));
        }
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int FlowMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlowMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 2;
}

double FlowMatrixModel::value(const Row& row, int column) const
{
    if (column == 1)
        return row.total(m_measure);
    const QString key = m_columns.value(column - 2);
    const auto it = row.cells.find(key);
    if (it == row.cells.end())
        return 0;
    return m_measure == Capital ? it->capital : double(it->count);
}

QString FlowMatrixModel::format(double value, Measure measure)
{
    if (value == 0)
        return QString();
    if (measure == Count)
        return QLocale().toString(qint64(value));
    return QLocale().toString(value / 1e4, 'f', 1);
}

QVariant FlowMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (col == 0)
            return row.title;
        return format(value(row, col), m_measure);
    case SortRole:
        return col == 0 ? QVariant(row.key) : QVariant(value(row, col));
    case GroupRole:
        return row.group;
    case KeyRole:
        return row.key;
    case Qt::TextAlignmentRole:
        return col == 0 ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                        : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole: {
        if (col < 2)
            return row.title;
        const auto it = row.cells.find(m_columns.value(col - 2));
        if (it == row.cells.end())
            return {};
        return tr("%1 → %2: %3 holdings, subscribed capital %4 万元")
            .arg(row.title, RegionLevel::name(it->to))
            .arg(it->count)
            .arg(QLocale().toString(it->capital / 1e4, 'f', 1));
    }
    case Qt::BackgroundRole: {
        if (col < 2)
            return row.group == 0 ? QVariant() : QVariant(QColor(0xf4, 0xf4, 0xf0));
        const QString key = m_columns.value(col - 2);
        if (row.group == 0 && key == row.key)
            return QColor(0xe8, 0xe8, 0xe8); // within one region
        const double v = value(row, col);
        const double max = m_max[row.group];
        if (v <= 0 || max <= 0)
            return {};
        const double t = std::log1p(v) / std::log1p(max); // 0..1
        // Heat: pale yellow → orange → deep red (enterprise); pale → blue for persons and others.
        if (row.group == 0)
            return QColor::fromHsvF(0.11 * (1 - t), 0.15 + 0.75 * t, 1.0 - 0.25 * t);
        return QColor::fromHsvF(0.58, 0.1 + 0.6 * t, 1.0 - 0.2 * t);
    }
    case Qt::ForegroundRole: {
        if (col < 2 || row.group != 0 || m_columns.value(col - 2) == row.key)
            return {};
        const double max = m_max[0];
        const double v = value(row, col);
        if (max > 0 && v > 0 && std::log1p(v) / std::log1p(max) > 0.7)
            return QColor(Qt::white);
        return {};
    }
    default:
        return {};
    }
}

QVariant FlowMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Investor \\ investee");
        if (section == 1)
            return m_measure == Capital ? tr("Total (万元)") : tr("Total (holdings)");
        return RegionLevel::shortName(m_columns.value(section - 2));
    }
    if (role == Qt::ToolTipRole && section >= 2)
        return RegionLevel::name(m_columns.value(section - 2));
    return {};
}

bool FlowMatrixSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int gl = left.data(FlowMatrixModel::GroupRole).toInt();
    const int gr = right.data(FlowMatrixModel::GroupRole).toInt();
    if (gl != gr) // blocks stay in order whichever way the column sorts
        return sortOrder() == Qt::AscendingOrder ? gl < gr : gl > gr;
    const QVariant a = left.data(FlowMatrixModel::SortRole);
    const QVariant b = right.data(FlowMatrixModel::SortRole);
    if (a.typeId() == QMetaType::Double)
        return a.toDouble() < b.toDouble();
    return a.toString() < b.toString();
}

} // namespace dj::ui
