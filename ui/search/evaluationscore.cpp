#include "ui/search/evaluationscore.h"

#include "core/common/money.h"

#include <QLocale>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace dj::ui {

using R = store::EnterpriseStore::Related;

namespace {

QString pct(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + QStringLiteral("%");
}

/// year → value of one financial column, only where the value is present.
QMap<int, double> series(const store::TableRows& t, const QString& column)
{
    QMap<int, double> out;
    const int y = t.column(QStringLiteral("year"));
    const int c = t.column(column);
    if (y < 0 || c < 0)
        return out;
    for (const QVariantList& row : t.rows)
        if (!row.value(c).isNull())
            out.insert(row.value(y).toInt(), row.value(c).toDouble());
    return out;
}

} // namespace

QString EvaluationScore::gradeText(const QString& grade)
{
    if (grade == QLatin1String("A"))
        return tr("A (excellent)");
    if (grade == QLatin1String("B"))
        return tr("B (good)");
    if (grade == QLatin1String("C"))
        return tr("C (fair)");
    return tr("D (weak)");
}

EvaluationScore EvaluationScore::evaluate(const ProfileData& p, QDate today)
{
    EvaluationScore s;
    const auto& e = p.enterprise;

    // Age
    {
        Item it { tr("Years in business"), 0, 15, {} };
        const QDate est = QDate::fromString(e.established, Qt::ISODate);
        if (!est.isValid()) {
            it.reason = tr("No establishment date on record.");
        } else {
            const double years = est.daysTo(today) / 365.25;
            it.points = years >= 10 ? 15 : years >= 5 ? 10 : years >= 3 ? 6 : years >= 1 ? 3 : 0;
            it.reason = tr("Established %1, %2 years ago.").arg(e.established).arg(years, 0, 'f', 1);
        }
        s.items << it;
    }
    // Registered capital
    {
        Item it { tr("Registered capital"), 0, 10, {} };
        if (!e.registeredCapital) {
            it.reason = tr("No registered capital on record.");
        } else {
            const double c = *e.registeredCapital;
            it.points = c >= 5e7 ? 10 : c >= 1e7 ? 8 : c >= 5e6 ? 6 : c >= 1e6 ? 4 : c > 0 ? 2 : 0;
            it.reason = tr("Registered capital %1 (10k yuan).").arg(Money::wan(c, 0));
        }
        s.items << it;
    }
    const store::TableRows& fin = p.table(R::Financials);
    const QMap<int, double> revenue = series(fin, QStringLiteral("revenue"));
    const QMap<int, double> tax = series(fin, QStringLiteral("tax"));
    // Revenue scale
    {
        Item it { tr("Revenue scale"), 0, 20, {} };
        if (revenue.isEmpty()) {
            it.reason = tr("No revenue reported.");
        } else {
            const double r = revenue.last();
            it.points = r >= 5e8 ? 20 : r >= 1e8 ? 16 : r >= 5e7 ? 12 : r >= 1e7 ? 8 : r >= 1e6 ? 4 : 0;
            it.reason = tr("Revenue %1 (10k yuan) in %2.").arg(Money::wan(r, 0)).arg(revenue.lastKey());
        }
        s.items << it;
    }
    // Revenue growth (compound annual rate over up to three years)
    {
        Item it { tr("Revenue growth"), 0, 15, {} };
        const QList<int> years = revenue.keys();
        if (years.size() < 2) {
            it.reason = tr("Fewer than two years of revenue: growth cannot be judged.");
        } else {
            const int last = years.last();
            const int first = years[std::max<qsizetype>(0, years.size() - 4)];
            const double a = revenue.value(first), b = revenue.value(last);
            if (a <= 0) {
                it.reason = tr("Revenue in %1 was not positive: growth cannot be judged.").arg(first);
            } else {
                const double cagr = std::pow(std::max(b, 0.0) / a, 1.0 / double(last - first)) - 1.0;
                it.points = cagr >= 0.30 ? 15 : cagr >= 0.15 ? 11 : cagr >= 0.05 ? 7 : cagr >= 0 ? 4 : 0;
                it.reason = tr("Revenue grew %1 a year from %2 to %3.").arg(pct(cagr)).arg(first).arg(last);
            }
        }
        s.items << it;
    }
    // Tax growth
    {
        Item it { tr("Tax growth"), 0, 15, {} };
        if (tax.size() < 2) {
            it.reason = tr("Fewer than two years of tax: growth cannot be judged.");
        } else {
            int streak = 0;
            int year = tax.lastKey();
            while (tax.contains(year) && tax.contains(year - 1) && tax.value(year - 1) > 0
                && tax.value(year) >= 1.2 * tax.value(year - 1)) {
                ++streak;
                --year;
            }
            const int last = tax.lastKey();
            const bool grew = tax.contains(last - 1) && tax.value(last) > tax.value(last - 1);
            it.points = streak >= 2 ? 15 : streak == 1 ? 8 : grew ? 4 : 0;
            if (streak > 0)
                it.reason = tr("Tax grew by at least 20% in each of the last %n year(s).", nullptr, streak);
            else if (grew)
                it.reason = tr("Tax grew in %1, by less than 20%.").arg(last);
            else
                it.reason = tr("Tax did not grow in %1.").arg(last);
        }
        s.items << it;
    }
    // Qualifications
    {
        Item it { tr("Qualifications"), 0, 10, {} };
        const store::TableRows& q = p.table(R::Qualifications);
        const int k = q.column(QStringLiteral("kind"));
        QStringList kinds;
        for (const QVariantList& row : q.rows)
            if (!kinds.contains(row.value(k).toString()))
                kinds << row.value(k).toString();
        double pts = 3.0 * kinds.size();
        for (const QString& kind : kinds)
            if (kind.contains(QStringLiteral("高新")) || kind.contains(QStringLiteral("专精特新")))
                pts += 2;
        it.points = std::min(10.0, pts);
        it.reason = kinds.isEmpty() ? tr("No qualifications.")
                                    : tr("Holds: %1.").arg(kinds.join(QStringLiteral("、")));
        s.items << it;
    }
    // Intellectual property
    {
        Item it { tr("Intellectual property"), 0, 10, {} };
        const store::TableRows& ip = p.table(R::Ip);
        const int k = ip.column(QStringLiteral("kind"));
        int inventions = 0, others = 0;
        for (const QVariantList& row : ip.rows)
            (row.value(k).toString() == QStringLiteral("发明专利") ? inventions : others) += 1;
        it.points = std::min(10.0, 2.0 * inventions + 0.5 * others);
        it.reason
            = tr("%1 invention patents, %2 other items (utility models, designs, trademarks, copyrights).")
                  .arg(inventions)
                  .arg(others);
        s.items << it;
    }
    // Financing
    {
        Item it { tr("Financing"), 0, 5, {} };
        const int rounds = int(p.table(R::Financing).rows.size());
        it.points = rounds > 0 ? 5 : 0;
        it.reason
            = rounds > 0 ? tr("%1 financing round(s) on record.").arg(rounds) : tr("No financing on record.");
        s.items << it;
    }
    // Current risks (penalty)
    {
        Item it { tr("Current risks"), 0, 0, {} };
        static const QSet<QString> serious { QStringLiteral("严重违法失信"), QStringLiteral("失信被执行人"),
            QStringLiteral("限制高消费"), QStringLiteral("税收违法"), QStringLiteral("欠税公告") };
        const store::TableRows& risks = p.table(R::Risks);
        const int k = risks.column(QStringLiteral("kind"));
        const int st = risks.column(QStringLiteral("status"));
        QMap<QString, int> current;
        double penalty = 0;
        for (const QVariantList& row : risks.rows) {
            if (row.value(st).toString() != QStringLiteral("有效"))
                continue;
            const QString kind = row.value(k).toString();
            ++current[kind];
            penalty += serious.contains(kind) ? 10 : 3;
        }
        it.points = -std::min(40.0, penalty);
        if (current.isEmpty()) {
            it.reason = tr("No current risk records.");
        } else {
            QStringList parts;
            for (auto i = current.begin(); i != current.end(); ++i)
                parts << QStringLiteral("%1×%2").arg(i.key()).arg(i.value());
            it.reason = tr("Current: %1 (serious kinds −10 each, others −3 each, at most −40).")
                            .arg(parts.join(QStringLiteral("、")));
        }
        s.items << it;
    }
    // Status (penalty)
    {
        Item it { tr("Registration status"), 0, 0, {} };
        const bool active = e.status == QStringLiteral("存续") || e.status == QStringLiteral("在业");
        it.points = active ? 0 : -30;
        it.reason
            = active ? tr("%1: operating.").arg(e.status) : tr("%1: not operating (−30).").arg(e.status);
        s.items << it;
    }

    double total = 0;
    for (const Item& it : s.items)
        total += it.points;
    s.total = std::clamp(total, 0.0, 100.0);
    s.grade = s.total >= 80 ? QStringLiteral("A")
        : s.total >= 65     ? QStringLiteral("B")
        : s.total >= 50     ? QStringLiteral("C")
                            : QStringLiteral("D");
    return s;
}

} // namespace dj::ui
