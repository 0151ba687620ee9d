#include "ui/common/reportwriter.h"

#include "core/common/error.h"
#include "ui/common/charts.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace dj::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString imageUrl(qsizetype i)
{
    return QStringLiteral("report://image/%1").arg(i);
}

constexpr int kResolution = 150; // dots per inch of the PDF's layout

} // namespace

ReportWriter::ReportWriter(const QString& documentTitle)
    : m_title(documentTitle)
{
}

void ReportWriter::addTitle(const QString& title, const QString& subtitle)
{
    m_body += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    if (!subtitle.isEmpty())
        m_body += QStringLiteral("<p class='subtitle'>%1</p>")
                      .arg(esc(subtitle).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    if (m_title.isEmpty())
        m_title = title;
}

void ReportWriter::addHeading(const QString& text)
{
    m_body += QStringLiteral("<h2>%1</h2>").arg(esc(text));
}

void ReportWriter::addParagraph(const QString& text)
{
    m_body += QStringLiteral("<p>%1</p>").arg(esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
}

void ReportWriter::addNote(const QString& text)
{
    m_body += QStringLiteral("<p class='note'>%1</p>").arg(esc(text));
}

void ReportWriter::addKeyValues(const QList<QPair<QString, QString>>& rows)
{
    m_body += QStringLiteral("<table width='100%' cellpadding='2'>");
    for (const auto& [k, v] : rows)
        m_body += QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>").arg(esc(k), esc(v));
    m_body += QStringLiteral("</table>");
}

void ReportWriter::addTable(const QStringList& headers, const QList<QStringList>& rows, int maxRows)
{
    QString h = QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr>");
    for (const QString& c : headers)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr>");
    const qsizetype shown = maxRows < 0 ? rows.size() : std::min<qsizetype>(rows.size(), maxRows);
    for (qsizetype r = 0; r < shown; ++r) {
        h += QStringLiteral("<tr>");
        for (const QString& cell : rows[r])
            h += QStringLiteral("<td>%1</td>")
                     .arg(esc(cell).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    m_body += h;
    if (shown < rows.size())
        addNote(tr("… and %1 more rows.").arg(rows.size() - shown));
}

void ReportWriter::addImage(const QImage& image)
{
    if (image.isNull())
        return;
    m_body += QStringLiteral("<p><img src='%1' width='960'/></p>").arg(imageUrl(m_images.size()));
    m_images << image;
}

void ReportWriter::addChart(QChart* chart, const QSize& size)
{
    addImage(Charts::render(chart, size));
}

void ReportWriter::addHtml(const QString& fragment)
{
    m_body += fragment;
}

QString ReportWriter::html() const
{
    return QStringLiteral(
               "<html><head><style>"
               "h1 { font-size: 20pt; color: #1a3c6e; margin-bottom: 2px; }"
               "h2 { font-size: 13pt; color: #1a3c6e; border-bottom: 1px solid #1a3c6e; margin-top: 14px; }"
               "p.subtitle { font-size: 11pt; }"
               "td.k { color: #555555; width: 28%; }"
               "table.grid th { background-color: #e8eef6; text-align: left; }"
               "table.grid td, table.grid th { border-bottom: 1px solid #dddddd; }"
               ".score { font-size: 28pt; color: #1a3c6e; font-weight: bold; }"
               ".note { color: #777777; font-size: 8pt; }"
               "</style></head><body>")
        + m_body + QStringLiteral("</body></html>");
}

QString ReportWriter::chineseFontFamily()
{
    static const QStringList preferred { QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Source Han Sans SC"), QStringLiteral("Source Han Sans CN"),
        QStringLiteral("Microsoft YaHei"), QStringLiteral("微软雅黑"), QStringLiteral("PingFang SC"),
        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
        QStringLiteral("Noto Serif CJK SC"), QStringLiteral("SimHei"), QStringLiteral("SimSun"),
        QStringLiteral("宋体"), QStringLiteral("AR PL UMing CN") };
    const QStringList installed = QFontDatabase::families();
    for (const QString& f : preferred)
        if (installed.contains(f, Qt::CaseInsensitive))
            return f;
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString& f : chinese)
        if (!QFontDatabase::isPrivateFamily(f))
            return f;
    return QFont().family();
}

void ReportWriter::writePdf(const QString& path) const
{
    const auto fail = [&path](const QString& why) {
        return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
        writer.setResolution(kResolution);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Dianjing Workstation"));

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(
            &writer); // lay out in the PDF's units (150 dpi), not the screen's
        QFont font(chineseFontFamily());
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(9.5);
        doc.setDefaultFont(font);
        for (qsizetype i = 0; i < m_images.size(); ++i)
            doc.addResource(QTextDocument::ImageResource, QUrl(imageUrl(i)), m_images[i]);
        doc.setHtml(html());

        // The text area of a page, less a footer line for the page number.
        const QRectF area = writer.pageLayout().paintRectPixels(kResolution);
        QFont footerFont = font;
        footerFont.setPointSizeF(8);
        const qreal footer = QFontMetricsF(footerFont, &writer).height() * 2.2;
        const QSizeF body(area.width(), area.height() - footer);
        doc.setPageSize(body);
        const int pages = doc.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            throw fail(tr("the PDF could not be started"));
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            const QRectF clip(0, page * body.height(), body.width(), body.height());
            painter.translate(0, -clip.top());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = clip;
            doc.documentLayout()->draw(&painter, ctx);
            painter.restore();
            // The footer goes through a text document too: the same font handling (and text a PDF reader
            // can extract) as the body.
            QTextDocument foot;
            foot.documentLayout()->setPaintDevice(&writer);
            foot.setDefaultFont(footerFont);
            foot.setDefaultStyleSheet(QStringLiteral("p { color: #777777; }"));
            foot.setHtml(QStringLiteral("<p align='center'>%1</p>")
                             .arg(tr("Page %1 of %2").arg(page + 1).arg(pages).toHtmlEscaped()));
            foot.setTextWidth(body.width());
            painter.save();
            painter.translate(0, area.height() - foot.size().height());
            foot.drawContents(&painter);
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        throw fail(file.errorString());
}

} // namespace dj::ui
