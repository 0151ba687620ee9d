#include "ui/common/resultcolumns.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "core/common/money.h"

#include <QDate>
#include <QLocale>
#include <algorithm>

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

QList<int> ResultColumns::defaultOrder()
{
    return { Name, Revenue, Tax, Status, Region, Industry, RegisteredCapital, Established, Uscc, LegalRep,
        InsuredCount, Scale, FormerNames };
}

int ResultColumns::defaultWidth(int column, const QFontMetrics& fm)
{
    // A typical value per column (Chinese text as 中 of the right count); the header needs room for its
    // title and the sort arrow.
    const auto han = [](int n) { return QString(n, QChar(0x4E2D)); };
    QString sample;
    switch (column) {
    case Name:
        sample = han(15);
        break;
    case Revenue:
    case Tax:
    case RegisteredCapital:
        sample = QStringLiteral("9,999,999.99");
        break;
    case Status:
        sample = han(2);
        break;
    case Region:
        sample = han(9);
        break;
    case Industry:
        sample = QStringLiteral("C3922 ") + han(7);
        break;
    case Uscc:
        sample = QStringLiteral("91320902MA1XXXXXXX");
        break;
    case Established:
        sample = QStringLiteral("2024-06-30");
        break;
    default:
        sample = han(6);
        break;
    }
    const int text = fm.horizontalAdvance(sample) + 16;
    const int header = fm.horizontalAdvance(title(column)) + 28;
    return column == Name || column == Region || column == Industry ? text : std::max(text, header);
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
        return Money::wan(row.registeredCapital);
    case Revenue:
        return Money::wan(row.revenue);
    case Tax:
        return Money::wan(row.tax);
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
    const auto money = [](const std::optional<double>& v) { return Money::toWan(v); };
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
