#include "ui/valuation/ahpmatrixmodel.h"

#include "core/valuation/jsonreader.h"
#include "core/valuation/worksheet.h"
#include "ui/valuation/valuationcalculator.h"
#include "ui/valuation/worksheetdocument.h"

#include <QBrush>
#include <QColor>
#include <cmath>

namespace dj::ui {

namespace {
QString cellPath(int r, int c)
{
    return QStringLiteral("quality.ahp[%1][%2]").arg(r).arg(c);
}

/// "3", "1/3" or a decimal, the way a person writes a judgement.
QString judgementText(double v)
{
    if (v >= 1 - 1e-9) {
        const double r = std::round(v);
        return std::abs(v - r) < 1e-6 ? QString::number(r) : QString::number(v, 'g', 4);
    }
    const double inv = 1 / v;
    const double r = std::round(inv);
    return std::abs(inv - r) < 1e-6 ? QStringLiteral("1/%1").arg(r) : QString::number(v, 'g', 4);
}
} // namespace

AhpMatrixModel::AhpMatrixModel(WorksheetDocument* doc, ValuationCalculator* calc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_calc(calc)
{
    connect(m_calc, &ValuationCalculator::recalculated, this, [this] {
        emit dataChanged(index(0, 0), index(valuation::kDimensions - 1, valuation::kDimensions - 1));
    });
}

int AhpMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : valuation::kDimensions;
}

int AhpMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : valuation::kDimensions;
}

QVariant AhpMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QString path = cellPath(index.row(), index.column());
    const QJsonValue v = m_doc->value(path);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const std::optional<double> d = valuation::JsonReader::ratio(v);
        return d ? judgementText(*d) : v.toVariant().toString();
    }
    case Qt::BackgroundRole: {
        if (!m_calc->issueAt(path).isEmpty())
            return QBrush(QColor(255, 215, 215));
        if (index.row() == index.column())
            return QBrush(QColor(235, 235, 235));
        if (m_calc->valuationOk() && m_calc->result().quality.present) {
            const auto& a = m_calc->result().quality.ahp;
            if (!a.consistent
                && ((index.row() == a.worstI && index.column() == a.worstJ)
                    || (index.row() == a.worstJ && index.column() == a.worstI)))
                return QBrush(QColor(255, 236, 179));
        }
        return {};
    }
    case Qt::ToolTipRole:
        return m_calc->issueAt(path).isEmpty()
            ? tr("How much more important is %1 than %2 (1–9, or 1/3 …)?")
                  .arg(valuation::dimensionName(index.row()), valuation::dimensionName(index.column()))
            : m_calc->issueAt(path);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant AhpMatrixModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    QString name = valuation::dimensionName(section);
    if (const qsizetype open = name.indexOf(QLatin1Char('(')); open > 0)
        name = name.left(open).trimmed();
    return name;
}

bool AhpMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() == index.column())
        return false;
    const QString text = value.toString().trimmed();
    const std::optional<double> d = valuation::JsonReader::ratio(QJsonValue(text));
    const int r = index.row(), c = index.column();
    const QString what
        = tr("Judge %1 against %2").arg(valuation::dimensionName(r), valuation::dimensionName(c));
    if (!d || *d <= 0) {
        // Kept as typed, so validation names the cell and says what a judgement looks like.
        m_doc->setValue(cellPath(r, c), text, what);
        return true;
    }
    auto store = [](double x) -> QJsonValue {
        const QString t = judgementText(x);
        return t.contains(QLatin1Char('/')) ? QJsonValue(t)
                                            : QJsonValue(x >= 1 ? std::round(x * 1e6) / 1e6 : x);
    };
    m_doc->setValues({ { cellPath(r, c), store(*d) }, { cellPath(c, r), store(1 / *d) } }, what);
    return true;
}

Qt::ItemFlags AhpMatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.row() != index.column())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace dj::ui
