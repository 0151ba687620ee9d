#include "ui/search/evaluationreport.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "core/common/money.h"
#include "ui/search/relatedtablemodel.h"

#include <QDate>

namespace dj::ui {

using R = store::EnterpriseStore::Related;

namespace {

void addTable(ReportWriter& report, const store::TableRows& t, const QStringList& columns, int maxRows)
{
    QStringList headers;
    QList<int> idx;
    for (const QString& c : columns) {
        const int i = t.column(c);
        if (i < 0)
            continue;
        idx << i;
        headers << RelatedTableModel::columnTitle(c);
    }
    QList<QStringList> rows;
    for (const QVariantList& r : t.rows) {
        QStringList cells;
        for (int i : idx)
            cells << RelatedTableModel::format(t.columns[i], r.value(i));
        rows << cells;
    }
    report.addTable(headers, rows, maxRows);
}

} // namespace

ReportWriter EvaluationReport::build(const ProfileData& p, const EvaluationScore& score, const QImage& chart)
{
    const auto& e = p.enterprise;
    ReportWriter report(tr("Enterprise evaluation report") + QStringLiteral(" — ") + e.name);
    report.addTitle(tr("Enterprise evaluation report"),
        e.name + QLatin1Char('\n')
            + tr("Generated %1 · data source: %2")
                  .arg(QDate::currentDate().toString(Qt::ISODate),
                      p.dataSource.isEmpty() ? tr("unknown") : p.dataSource));

    // Summary
    report.addHeading(tr("Summary"));
    const codes::Industry* ind = codes::Industries::instance().find(e.industryCode);
    QList<QPair<QString, QString>> summary { { tr("Credit code"), e.uscc }, { tr("Status"), e.status },
        { tr("Entity type"), e.entityType }, { tr("Legal representative"), e.legalRep },
        { tr("Established"), e.established },
        { tr("Registered capital (10k yuan)"), Money::wan(e.registeredCapital) },
        { tr("Region"), codes::Regions::instance().fullName(e.regionCode) },
        { tr("Industry"), ind ? e.industryCode + QLatin1Char(' ') + ind->name : e.industryCode },
        { tr("Address"), e.address } };
    if (!e.formerNames.isEmpty())
        summary.append({ tr("Former names"), e.formerNames.join(QStringLiteral("；")) });
    report.addKeyValues(summary);

    // Score
    report.addHeading(tr("Score"));
    report.addHtml(QStringLiteral("<p><span class='score'>%1</span> / 100 &nbsp; %2</p>")
                       .arg(QString::number(score.total, 'f', 1),
                           tr("Grade %1").arg(EvaluationScore::gradeText(score.grade)).toHtmlEscaped()));
    QList<QStringList> items;
    for (const auto& it : score.items) {
        const QString pts = it.max > 0
            ? QStringLiteral("%1 / %2").arg(it.points, 0, 'f', 1).arg(it.max, 0, 'f', 0)
            : QString::number(it.points, 'f', 1);
        items << QStringList { it.component, pts, it.reason };
    }
    report.addTable({ tr("Component"), tr("Points"), tr("Reason") }, items);
    report.addNote(
        tr("Scoring: years in business 15, registered capital 10, revenue scale 20, revenue growth 15, "
           "tax growth 15, qualifications 10, intellectual property 10, financing 5; current risks and "
           "an inactive status subtract points. Grades: A ≥ 80, B ≥ 65, C ≥ 50."));

    // Financials
    report.addHeading(tr("Financials"));
    report.addImage(chart);
    addTable(report, p.table(R::Financials),
        { QStringLiteral("year"), QStringLiteral("revenue"), QStringLiteral("tax"), QStringLiteral("profit"),
            QStringLiteral("total_assets"), QStringLiteral("employees") },
        10);

    // Risks
    report.addHeading(tr("Risks"));
    if (p.table(R::Risks).rows.isEmpty())
        report.addParagraph(tr("No risk records."));
    else
        addTable(report, p.table(R::Risks),
            { QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("status"),
                QStringLiteral("authority"), QStringLiteral("amount") },
            30);

    // Qualifications, licences, financing
    report.addHeading(tr("Qualifications and licences"));
    addTable(report, p.table(R::Qualifications),
        { QStringLiteral("kind"), QStringLiteral("level"), QStringLiteral("year") }, 20);
    report.addHtml(QStringLiteral("<br/>"));
    addTable(report, p.table(R::Licenses),
        { QStringLiteral("kind"), QStringLiteral("number"), QStringLiteral("valid_to") }, 20);
    if (!p.table(R::Financing).rows.isEmpty()) {
        report.addHeading(tr("Financing"));
        addTable(report, p.table(R::Financing),
            { QStringLiteral("date"), QStringLiteral("round"), QStringLiteral("amount"),
                QStringLiteral("investors") },
            20);
    }
    report.addNote(
        tr("This report is computed from the workstation's cache; it is an aid to judgement, not a "
           "credit rating."));
    return report;
}

QString EvaluationReport::html(const ProfileData& profile, const EvaluationScore& score)
{
    return build(profile, score, {}).html();
}

void EvaluationReport::writePdf(
    const QString& path, const ProfileData& profile, const EvaluationScore& score, const QImage& chart)
{
    build(profile, score, chart).writePdf(path);
}

} // namespace dj::ui
