#include "ui/hometown/hometownbrief.h"

#include "core/common/error.h"

#include <QDate>
#include <QDir>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <stdexcept>

namespace dj::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString wan(double yuan)
{
    return QString::number(yuan / 10000.0, 'f', yuan >= 1e8 ? 0 : 1);
}

} // namespace

QString HometownBrief::html(const QString& originName, const QString& targetName,
    const hometown::Result& result, const hometown::Summary& summary, const hometown::Weights& w, int top)
{
    QString h = QStringLiteral(
        "<html><head><style>"
        "h1{font-size:17pt;} h2{font-size:12pt;margin-top:14px;} table{border-collapse:collapse;}"
        "td,th{border:1px solid #b8c4d0;padding:2px 5px;font-size:8.5pt;} th{background:#e8eef4;}"
        ".note{color:#5b6b7b;font-size:8pt;}</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Hometown entrepreneurs' meeting brief")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Natives of %1 with enterprises in %2 · %3 person(s) · as of %4")
                          .arg(originName, targetName)
                          .arg(result.totalPersons)
                          .arg(QDate::currentDate().toString(Qt::ISODate))));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Where they are")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("%1 entrepreneur(s), %2 enterprise(s), revenue %3 万元, tax %4 万元 (latest years).")
                          .arg(summary.persons)
                          .arg(summary.enterprises)
                          .arg(wan(summary.revenue), wan(summary.tax))));
    h += QStringLiteral("<img src='chart://summary' width='620'/>");
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(tr("Region")), esc(tr("Persons")), esc(tr("Enterprises")), esc(tr("Revenue (万元)")),
                 esc(tr("Tax (万元)")));
    for (int i = 0; i < summary.byCity.size() && i < 12; ++i) {
        const auto& r = summary.byCity[i];
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(r.name.isEmpty() ? r.key : r.name))
                 .arg(r.persons)
                 .arg(r.enterprises)
                 .arg(wan(r.revenue), wan(r.tax));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Ranked entrepreneurs")));
    h += QStringLiteral("<p class='note'>%1</p>")
             .arg(esc(
                 tr("Score = revenue %1 + tax %2 + capital %3 (log10 of 万元, weighted by role and share) + "
                    "enterprises %4 + qualifications %5 + priority industries %6 − risks %7.")
                     .arg(w.revenue)
                     .arg(w.tax)
                     .arg(w.capital)
                     .arg(w.enterprises)
                     .arg(w.qualifications)
                     .arg(w.priorityFit)
                     .arg(w.risk)));
    h += QStringLiteral(
        "<table><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(esc(tr("Name")), esc(tr("ID number (masked)")), esc(tr("Origin")),
                 esc(tr("Enterprises and roles")), esc(tr("Score")), esc(tr("Registers")));
    for (int i = 0; i < result.persons.size() && i < top; ++i) {
        const auto& p = result.persons[i];
        QStringList ents;
        for (int k = 0; k < p.enterprises.size() && k < 4; ++k) {
            const auto& e = p.enterprises[k];
            ents << esc(e.name) + QStringLiteral(" (") + esc(e.roles.join(QStringLiteral("、")))
                    + (e.share ? QStringLiteral(" %1%").arg(*e.share, 0, 'f', 1) : QString())
                    + QLatin1Char(')');
        }
        if (p.enterprises.size() > 4)
            ents << tr("… %1 more").arg(p.enterprises.size() - 4);
        h += QStringLiteral(
            "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                 .arg(i + 1)
                 .arg(esc(p.name), esc(p.idMasked), esc(p.originCode + QLatin1Char(' ') + p.originSource),
                     ents.join(QStringLiteral("<br/>")), QString::number(p.score, 'f', 2),
                     esc(p.registers.join(QStringLiteral("、"))));
    }
    h += QStringLiteral("</table><p class='note'>%1</p></body></html>")
             .arg(esc(
                 tr("Computed from the workstation's cache. Origins come from the ID number's address code "
                    "(retired codes resolved to today's regions) and from 籍贯 where a source gives it.")));
    return h;
}

void HometownBrief::writePdf(const QString& path, const QString& html, const QImage& chart)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw dj::Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
        writer.setResolution(150);
        writer.setTitle(tr("Hometown entrepreneurs' meeting brief"));
        writer.setCreator(QStringLiteral("Dianjing Workstation"));
        QTextDocument doc;
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(9);
        doc.setDefaultFont(font);
        if (!chart.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://summary")), chart);
        doc.setHtml(html);
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.print(&writer);
    }
    if (!file.commit())
        throw dj::Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace dj::ui
