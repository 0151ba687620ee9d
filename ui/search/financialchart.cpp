#include "ui/search/financialchart.h"

#include "core/common/money.h"
#include "ui/common/charts.h"

namespace dj::ui {

QChart* FinancialChart::create(const store::TableRows& fin)
{
    const int y = fin.column(QStringLiteral("year"));
    if (y < 0 || fin.rows.isEmpty())
        return Charts::empty(tr("No financial data"));
    QStringList years;
    Charts::Series revenue { tr("Revenue"), {} }, tax { tr("Tax"), {} }, profit { tr("Profit"), {} };
    const int cr = fin.column(QStringLiteral("revenue")), ct = fin.column(QStringLiteral("tax")),
              cp = fin.column(QStringLiteral("profit"));
    for (const QVariantList& row : fin.rows) {
        years << row.value(y).toString();
        revenue.values << Money::toWan(row.value(cr).toDouble());
        tax.values << Money::toWan(row.value(ct).toDouble());
        profit.values << Money::toWan(row.value(cp).toDouble());
    }
    return Charts::bars(tr("Revenue, tax and profit (10k yuan)"), years, { revenue, tax, profit });
}

QImage FinancialChart::render(const store::TableRows& financials, const QSize& size)
{
    return Charts::render(create(financials), size);
}

} // namespace dj::ui
