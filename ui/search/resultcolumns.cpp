#include "ui/search/resultcolumns.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"

#include <QDate>
#include <QLocale>

namespace dj::ui {

QString ResultColumns::title(int column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Uscc:
        return tr("Credit code");
    case Status:
        return tr("Status");
    case Region:
        return tr("Region");
    case Industry:
        return tr("Industry");
    case LegalRep:
        return tr("Legal representative");
    case Established:
        return tr("Established");
    case RegisteredCapital:
        return tr("Registered capital (10k yuan)");
    case Revenue:
        return tr("Revenue (10k yuan)");
    case Tax:
        return tr("Tax (10k yuan)");
    case InsuredCount:
        return tr("Insured staff");
    case Scale:
        return tr("Scale");
    case FormerNames:
        return tr("Former names");
    }
    return {};
}

QString ResultColumns::key(int column)
{
    static const char* const keys[] = { "name", "uscc", "status", "region_code", "industry_code", "legal_rep",
        "established", "registered_capital", "revenue", "tax", "insured_count", "scale", "former_names" };
    return column >= 0 && column < Count ? QString::fromLatin1(keys[column]) : QString();
}

int ResultColumns::fromKey(const QString& k)
{
    for (int c = 0; c < Count; ++c)
        if (key(c) == k)
            return c;
    return -1;
}

QString ResultColumns::sortField(int column)
{
    switch (column) {
    case Name:
    case Uscc:
    case Status:
    case Region:
    case Industry:
    case Established:
    case RegisteredCapital:
    case Revenue:
    case Tax:
    case InsuredCount:
        return key(column);
    default:
        return {};
    }
}

bool ResultColumns::isNumeric(int column)
{
    return column == RegisteredCapital || column == Revenue || column == Tax || column == InsuredCount;
}

bool ResultColumns::hiddenByDefault(int column)
{
    return column == LegalRep || column == Scale || column == FormerNames || column == InsuredCount;
}

QString ResultColumns::wan(const std::optional<double>& yuan)
{
    if (!yuan)
        return {};
    QLocale c(QLocale::C);
    c.setNumberOptions({}); // with group separators: 12,345.67
    return c.toString(*yuan / 10000.0, 'f', 2);
}

QString ResultColumns::display(const search::Row& row, int column)
{
    switch (column) {
    case Name:
        return row.name;
    case Uscc:
        return row.uscc;
    case Status:
        return row.status;
    case Region: {
        const QString full = codes::Regions::instance().fullName(row.regionCode);
        return full.isEmpty() ? row.regionCode : full;
    }
    case Industry: {
        const codes::Industry* ind = codes::Industries::instance().find(row.industryCode);
        return ind ? row.industrySection + row.industryCode + QLatin1Char(' ') + ind->name : row.industryCode;
    }
    case LegalRep:
        return row.legalRep;
    case Established:
        return row.established;
    case RegisteredCapital:
        return wan(row.registeredCapital);
    case Revenue:
        return wan(row.revenue);
    case Tax:
        return wan(row.tax);
    case InsuredCount:
        return row.insuredCount ? QString::number(*row.insuredCount) : QString();
    case Scale:
        return row.scale;
    case FormerNames:
        return QString(row.formerNames).replace(QLatin1Char('|'), QStringLiteral("；"));
    }
    return {};
}

QVariant ResultColumns::exportValue(const search::Row& row, int column)
{
    auto money = [](const std::optional<double>& v) { return v ? QVariant(*v / 10000.0) : QVariant(); };
    switch (column) {
    case RegisteredCapital:
        return money(row.registeredCapital);
    case Revenue:
        return money(row.revenue);
    case Tax:
        return money(row.tax);
    case InsuredCount:
        return row.insuredCount ? QVariant(*row.insuredCount) : QVariant();
    case Established: {
        // A QDate becomes a date cell in XLSX and ISO text in CSV; a partial date stays text.
        const QDate date = QDate::fromString(row.established, Qt::ISODate);
        return date.isValid() ? QVariant(date) : display(row, column);
    }
    default:
        return display(row, column);
    }
}

} // namespace dj::ui
