#include "ui/search/relatedtablemodel.h"

#include "core/codes/regions.h"
#include "core/common/money.h"

#include <QLocale>

namespace dj::ui {

RelatedTableModel::RelatedTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RelatedTableModel::setRows(const store::TableRows& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RelatedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.rows.size());
}

int RelatedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.columns.size());
}

bool RelatedTableModel::isMoney(const QString& c)
{
    static const QStringList money { QStringLiteral("subscribed_capital"), QStringLiteral("revenue"),
        QStringLiteral("tax"), QStringLiteral("profit"), QStringLiteral("total_assets"),
        QStringLiteral("rd_expense"), QStringLiteral("amount") };
    return money.contains(c);
}

QString RelatedTableModel::format(const QString& column, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    QLocale locale(QLocale::C);
    locale.setNumberOptions({});
    if (isMoney(column))
        return Money::wan(value.toDouble());
    if (column == QLatin1String("share_pct"))
        return locale.toString(value.toDouble(), 'f', 2) + QStringLiteral(" %");
    if (column == QLatin1String("region_code")) {
        const QString full = codes::Regions::instance().fullName(value.toString());
        return full.isEmpty() ? value.toString() : full;
    }
    if (column == QLatin1String("holder_kind")) {
        const QString k = value.toString();
        if (k == QLatin1String("person"))
            return RelatedTableModel::tr("Person");
        if (k == QLatin1String("enterprise"))
            return RelatedTableModel::tr("Enterprise");
        return RelatedTableModel::tr("Other");
    }
    if (column == QLatin1String("year") && value.toInt() == 0)
        return {};
    if (column == QLatin1String("investors"))
        return value.toString().replace(QLatin1Char('|'), QStringLiteral("、"));
    return value.toString();
}

QVariant RelatedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString column = m_rows.columns[index.column()];
    const QVariant& v = m_rows.rows[index.row()].value(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return format(column, v);
    if (role == Qt::TextAlignmentRole && (isMoney(column) || column == QLatin1String("share_pct")))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RelatedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_rows.columns.size())
        return columnTitle(m_rows.columns[section]);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString RelatedTableModel::columnTitle(const QString& c)
{
    if (c == QLatin1String("holder_kind"))
        return tr("Holder type");
    if (c == QLatin1String("holder_id"))
        return tr("Holder id");
    if (c == QLatin1String("holder_name"))
        return tr("Holder");
    if (c == QLatin1String("share_pct"))
        return tr("Share");
    if (c == QLatin1String("subscribed_capital"))
        return tr("Subscribed capital (10k yuan)");
    if (c == QLatin1String("subscribed_capital_currency") || c == QLatin1String("amount_currency"))
        return tr("Currency");
    if (c == QLatin1String("investee_uscc") || c == QLatin1String("to_uscc")
        || c == QLatin1String("from_uscc") || c == QLatin1String("uscc"))
        return tr("Credit code");
    if (c == QLatin1String("name"))
        return tr("Name");
    if (c == QLatin1String("status"))
        return tr("Status");
    if (c == QLatin1String("region_code"))
        return tr("Region");
    if (c == QLatin1String("person_id"))
        return tr("Person id");
    if (c == QLatin1String("role"))
        return tr("Role");
    if (c == QLatin1String("id_masked"))
        return tr("ID number (masked)");
    if (c == QLatin1String("gender"))
        return tr("Gender");
    if (c == QLatin1String("birth_year"))
        return tr("Year of birth");
    if (c == QLatin1String("year"))
        return tr("Year");
    if (c == QLatin1String("revenue"))
        return tr("Revenue (10k yuan)");
    if (c == QLatin1String("tax"))
        return tr("Tax (10k yuan)");
    if (c == QLatin1String("profit"))
        return tr("Profit (10k yuan)");
    if (c == QLatin1String("total_assets"))
        return tr("Total assets (10k yuan)");
    if (c == QLatin1String("employees"))
        return tr("Employees");
    if (c == QLatin1String("rd_expense"))
        return tr("R&D expense (10k yuan)");
    if (c == QLatin1String("date"))
        return tr("Date");
    if (c == QLatin1String("round"))
        return tr("Round");
    if (c == QLatin1String("amount"))
        return tr("Amount (10k yuan)");
    if (c == QLatin1String("investors"))
        return tr("Investors");
    if (c == QLatin1String("kind"))
        return tr("Kind");
    if (c == QLatin1String("number"))
        return tr("Number");
    if (c == QLatin1String("valid_from"))
        return tr("Valid from");
    if (c == QLatin1String("valid_to"))
        return tr("Valid to");
    if (c == QLatin1String("level"))
        return tr("Level");
    if (c == QLatin1String("authority"))
        return tr("Authority");
    if (c == QLatin1String("detail"))
        return tr("Detail");
    if (c == QLatin1String("title"))
        return tr("Title");
    if (c == QLatin1String("established"))
        return tr("Established");
    if (c == QLatin1String("direction"))
        return tr("Direction");
    return c;
}

} // namespace dj::ui
