#include "ui/hometown/hometownbrief.h"

#include "core/codes/regions.h"
#include "core/common/money.h"
#include "ui/common/charts.h"

#include <QChart>
#include <QDate>
#include <QLegend>

namespace dj::ui {

namespace {

QString wan(double yuan)
{
    return Money::wan(yuan, 1);
}

} // namespace

QChart* HometownBrief::summaryChart(const QString& title, const QList<hometown::SummaryRow>& rows)
{
    QStringList categories;
    QList<double> persons;
    for (int i = 0; i < rows.size() && i < 10; ++i) {
        const auto& r = rows[i];
        const QString name = r.name.isEmpty() ? (r.key.isEmpty() ? tr("unknown") : r.key) : r.name;
        // Axis labels: the region's own short name (合肥, 上海), or the section letter.
        const codes::Region* region = r.key.size() == 6 ? codes::Regions::instance().find(r.key) : nullptr;
        // Under a 直辖市 the prefecture is the 市辖区/县 placeholder: the municipality names it.
        const codes::Region* shown
            = region && region->level == 2 && (region->name == u"市辖区" || region->name == u"县")
            ? codes::Regions::instance().province(region->code)
            : region;
        categories << (shown ? shown->shortName : name);
        persons << r.persons;
    }
    QChart* chart = Charts::bars(title, categories, { { tr("Persons"), persons } });
    chart->legend()->hide();
    return chart;
}

ReportWriter HometownBrief::build(const QString& originName, const QString& targetName,
    const hometown::Result& result, const hometown::Summary& summary, const hometown::Weights& w, int top,
    bool withChart)
{
    ReportWriter report(tr("Hometown entrepreneurs' meeting brief"));
    report.addTitle(tr("Hometown entrepreneurs' meeting brief"),
        tr("Natives of %1 with enterprises in %2 · %3 person(s) · as of %4")
            .arg(originName, targetName)
            .arg(result.totalPersons)
            .arg(QDate::currentDate().toString(Qt::ISODate)));
    report.addHeading(tr("Where they are"));
    report.addParagraph(
        tr("%1 entrepreneur(s), %2 enterprise(s), revenue %3 万元, tax %4 万元 (latest years).")
            .arg(summary.persons)
            .arg(summary.enterprises)
            .arg(wan(summary.revenue), wan(summary.tax)));
    if (withChart && !summary.byCity.isEmpty())
        report.addChart(summaryChart(tr("Persons by city"), summary.byCity), QSize(800, 320));
    QList<QStringList> cities;
    for (const auto& r : summary.byCity)
        cities << QStringList { r.name.isEmpty() ? r.key : r.name, QString::number(r.persons),
            QString::number(r.enterprises), wan(r.revenue), wan(r.tax) };
    report.addTable(
        { tr("Region"), tr("Persons"), tr("Enterprises"), tr("Revenue (万元)"), tr("Tax (万元)") }, cities,
        12);

    report.addHeading(tr("Ranked entrepreneurs"));
    report.addNote(
        tr("Score = revenue %1 + tax %2 + capital %3 (log10 of 万元, weighted by role and share) + "
           "enterprises %4 + qualifications %5 + priority industries %6 − risks %7.")
            .arg(w.revenue)
            .arg(w.tax)
            .arg(w.capital)
            .arg(w.enterprises)
            .arg(w.qualifications)
            .arg(w.priorityFit)
            .arg(w.risk));
    QList<QStringList> persons;
    for (int i = 0; i < result.persons.size(); ++i) {
        const auto& p = result.persons[i];
        QStringList ents;
        for (int k = 0; k < p.enterprises.size() && k < 4; ++k) {
            const auto& e = p.enterprises[k];
            ents << e.name + QStringLiteral(" (") + e.roles.join(QStringLiteral("、"))
                    + (e.share ? QStringLiteral(" %1%").arg(*e.share, 0, 'f', 1) : QString())
                    + QLatin1Char(')');
        }
        if (p.enterprises.size() > 4)
            ents << tr("… %1 more").arg(p.enterprises.size() - 4);
        persons << QStringList { QString::number(i + 1), p.name, p.idMasked,
            p.originCode + QLatin1Char(' ') + p.originSource, ents.join(u'\n'),
            QString::number(p.score, 'f', 2), p.registers.join(QStringLiteral("、")) };
    }
    report.addTable({ QStringLiteral("#"), tr("Name"), tr("ID number (masked)"), tr("Origin"),
                        tr("Enterprises and roles"), tr("Score"), tr("Registers") },
        persons, top);
    report.addNote(tr("Computed from the workstation's cache. Origins come from the ID number's address code "
                      "(retired codes resolved to today's regions) and from 籍贯 where a source gives it."));
    return report;
}

} // namespace dj::ui
