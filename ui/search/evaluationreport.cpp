#include "ui/search/evaluationreport.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "ui/search/relatedtablemodel.h"

#include <QDate>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <stdexcept>

namespace dj::ui {

using R = store::EnterpriseStore::Related;

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString row2(const QString& k, const QString& v)
{
    return QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>").arg(esc(k), esc(v));
}

QString table(const store::TableRows& t, const QStringList& columns, int maxRows)
{
    QString h = QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr>");
    QList<int> idx;
    for (const QString& c : columns) {
        const int i = t.column(c);
        if (i < 0)
            continue;
        idx << i;
        h += QStringLiteral("<th>%1</th>").arg(esc(RelatedTableModel::columnTitle(c)));
    }
    h += QStringLiteral("</tr>");
    int n = 0;
    for (const QVariantList& r : t.rows) {
        if (n++ >= maxRows)
            break;
        h += QStringLiteral("<tr>");
        for (int i : idx)
            h += QStringLiteral("<td>%1</td>").arg(esc(RelatedTableModel::format(t.columns[i], r.value(i))));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    if (t.rows.size() > maxRows)
        h += QStringLiteral("<p class='note'>%1</p>")
                 .arg(esc(EvaluationReport::tr("… and %1 more rows.").arg(t.rows.size() - maxRows)));
    return h;
}

} // namespace

QString EvaluationReport::html(const ProfileData& p, const EvaluationScore& score)
{
    const auto& e = p.enterprise;
    QString h;
    h += QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: 20pt; color: #1a3c6e; margin-bottom: 2px; }"
        "h2 { font-size: 13pt; color: #1a3c6e; border-bottom: 1px solid #1a3c6e; margin-top: 14px; }"
        "td.k { color: #555555; width: 28%; }"
        "table.grid th { background-color: #e8eef6; text-align: left; }"
        "table.grid td, table.grid th { border-bottom: 1px solid #dddddd; }"
        ".score { font-size: 28pt; color: #1a3c6e; font-weight: bold; }"
        ".note { color: #777777; font-size: 8pt; }"
        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Enterprise evaluation report")));
    h += QStringLiteral("<p><b>%1</b><br/>%2</p>")
             .arg(esc(e.name),
                 esc(tr("Generated %1 · data source: %2")
                         .arg(QDate::currentDate().toString(Qt::ISODate),
                             p.dataSource.isEmpty() ? tr("unknown") : p.dataSource)));

    // Summary
    h += QStringLiteral("<h2>%1</h2><table width='100%' cellpadding='2'>").arg(esc(tr("Summary")));
    h += row2(tr("Credit code"), e.uscc);
    h += row2(tr("Status"), e.status);
    h += row2(tr("Entity type"), e.entityType);
    h += row2(tr("Legal representative"), e.legalRep);
    h += row2(tr("Established"), e.established);
    h += row2(tr("Registered capital (10k yuan)"),
        RelatedTableModel::format(
            QStringLiteral("amount"), e.registeredCapital ? QVariant(*e.registeredCapital) : QVariant()));
    h += row2(tr("Region"), codes::Regions::instance().fullName(e.regionCode));
    const codes::Industry* ind = codes::Industries::instance().find(e.industryCode);
    h += row2(tr("Industry"), ind ? e.industryCode + QLatin1Char(' ') + ind->name : e.industryCode);
    h += row2(tr("Address"), e.address);
    if (!e.formerNames.isEmpty())
        h += row2(tr("Former names"), e.formerNames.join(QStringLiteral("；")));
    h += QStringLiteral("</table>");

    // Score
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Score")));
    h += QStringLiteral("<p><span class='score'>%1</span> / 100 &nbsp; %2</p>")
             .arg(QString::number(score.total, 'f', 1),
                 esc(tr("Grade %1").arg(EvaluationScore::gradeText(score.grade))));
    h += QStringLiteral("<table class='grid' width='100%' cellspacing='0' "
                        "cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
             .arg(esc(tr("Component")), esc(tr("Points")), esc(tr("Reason")));
    for (const auto& it : score.items) {
        const QString pts = it.max > 0
            ? QStringLiteral("%1 / %2").arg(it.points, 0, 'f', 1).arg(it.max, 0, 'f', 0)
            : QString::number(it.points, 'f', 1);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(it.component), pts, esc(it.reason));
    }
    h += QStringLiteral("</table><p class='note'>%1</p>")
             .arg(esc(tr(
                 "Scoring: years in business 15, registered capital 10, revenue scale 20, revenue growth 15, "
                 "tax growth 15, qualifications 10, intellectual property 10, financing 5; current risks and "
                 "an inactive status subtract points. Grades: A ≥ 80, B ≥ 65, C ≥ 50.")));

    // Financials
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Financials")));
    h += QStringLiteral("<p><img src='chart://financials' width='960'/></p>");
    h += table(p.table(R::Financials),
        { QStringLiteral("year"), QStringLiteral("revenue"), QStringLiteral("tax"), QStringLiteral("profit"),
            QStringLiteral("total_assets"), QStringLiteral("employees") },
        10);

    // Risks
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Risks")));
    if (p.table(R::Risks).rows.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No risk records.")));
    else
        h += table(p.table(R::Risks),
            { QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("status"),
                QStringLiteral("authority"), QStringLiteral("amount") },
            30);

    // Qualifications, licences, financing
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Qualifications and licences")));
    h += table(p.table(R::Qualifications),
        { QStringLiteral("kind"), QStringLiteral("level"), QStringLiteral("year") }, 20);
    h += QStringLiteral("<br/>");
    h += table(p.table(R::Licenses),
        { QStringLiteral("kind"), QStringLiteral("number"), QStringLiteral("valid_to") }, 20);
    if (!p.table(R::Financing).rows.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Financing")));
        h += table(p.table(R::Financing),
            { QStringLiteral("date"), QStringLiteral("round"), QStringLiteral("amount"),
                QStringLiteral("investors") },
            20);
    }
    h += QStringLiteral("<p class='note'>%1</p>")
             .arg(esc(
                 tr("This report is computed from the workstation's cache; it is an aid to judgement, not a "
                    "credit rating.")));
    h += QStringLiteral("</body></html>");
    return h;
}

void EvaluationReport::writePdf(
    const QString& path, const ProfileData& profile, const EvaluationScore& score, const QImage& chart)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()).toStdString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(150);
        writer.setTitle(tr("Enterprise evaluation report") + QStringLiteral(" — ") + profile.enterprise.name);
        writer.setCreator(QStringLiteral("Dianjing Workstation"));

        QTextDocument doc;
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(9.5);
        doc.setDefaultFont(font);
        if (!chart.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://financials")), chart);
        doc.setHtml(html(profile, score));
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.print(&writer);
    }
    if (!file.commit())
        throw std::runtime_error(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()).toStdString());
}

} // namespace dj::ui
