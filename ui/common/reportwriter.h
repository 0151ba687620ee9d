#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QChart;

namespace dj::ui {

/// A printed report (A4 PDF) built from blocks: title, headings, paragraphs, key–value lists, tables,
/// charts and notes, with page numbers in the footer. Chinese text uses a CJK font found on the machine at
/// run time (Noto Sans CJK, Source Han, Microsoft YaHei, SimSun, … whichever is installed).
///
///     ReportWriter report(tr("Valuation report"));
///     report.addTitle(tr("Valuation report"), enterpriseName);
///     report.addHeading(tr("Summary"));
///     report.addKeyValues({ { tr("Credit code"), uscc }, { tr("Value"), Money::text(value) } });
///     report.addTable({ tr("Year"), tr("Revenue (10k yuan)") }, rows);
///     report.addChart(chart, QSize(800, 360));   // GUI thread; or addImage(image) from anywhere
///     report.writePdf(path);                     // throws dj::Error; the file appears only when complete
///
/// Building and writing (everything but addChart) is safe off the GUI thread.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    explicit ReportWriter(const QString& documentTitle = {});

    /// The big title on the first page, with an optional second line (e.g. the enterprise's name).
    void addTitle(const QString& title, const QString& subtitle = {});
    void addHeading(const QString& text);
    void addParagraph(const QString& text);
    /// Small grey text (sources, disclaimers, "… and 12 more rows").
    void addNote(const QString& text);
    /// A two-column list: label, value.
    void addKeyValues(const QList<QPair<QString, QString>>& rows);
    /// A grid with a header row; at most maxRows rows (a note says how many were left out); -1 = all.
    void addTable(const QStringList& headers, const QList<QStringList>& rows, int maxRows = -1);
    /// An image (a rendered chart, a map) across the text width.
    void addImage(const QImage& image);
    /// Renders a QtCharts chart (takes ownership) and adds it as an image. GUI thread only.
    void addChart(QChart* chart, const QSize& size);
    /// Trusted HTML for what the blocks above do not cover (a large score figure, …).
    void addHtml(const QString& fragment);

    /// The report as HTML (images referenced as "report://image/<n>").
    QString html() const;
    /// Writes the A4 PDF with page numbers ("Page 2 of 5"). Written completely or not at all (QSaveFile):
    /// an existing file is replaced only by a complete report. Throws dj::Error with a message for the user.
    void writePdf(const QString& path) const;

    /// The font family used for reports: the first installed CJK family of a preference list, else the
    /// first family the font database lists for Simplified Chinese, else the application's font.
    static QString chineseFontFamily();

private:
    QString m_title;
    QString m_body;
    QList<QImage> m_images;
};

} // namespace dj::ui
