#include "ui/search/tableexport.h"

#include "ui/search/zipfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>


#include <stdexcept>

namespace dj::ui {

namespace {

std::runtime_error userError(const QString& message) { return std::runtime_error(message.toStdString()); }

constexpr qint64 kProgressStep = 2000;
constexpr qint64 kXlsxMaxRows = 1048575; // one row less than Excel's limit: the header

void writeCsv(const QString& path, const QStringList& headers, qint64 rowCount, const TableExport::RowFetcher& fetch,
              const Progress& progress)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw userError(TableExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    auto line = [](const QStringList& cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString& c : cells)
            quoted << TableExport::csvField(c);
        return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    out.write("\xEF\xBB\xBF");
    out.write(line(headers));
    for (qint64 r = 0; r < rowCount; ++r) {
        if (r % kProgressStep == 0)
            progress.report(r, rowCount, TableExport::tr("Exporting"));
        QStringList cells;
        for (const QVariant& v : fetch(r))
            cells << (v.isNull() ? QString() : v.toString());
        out.write(line(cells));
    }
    progress.report(rowCount, rowCount, TableExport::tr("Exporting"));
    if (!out.commit())
        throw userError(TableExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
}

QString columnName(int c)
{
    QString out;
    for (++c; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

/// XML text without the control characters XML 1.0 forbids.
QByteArray xmlText(const QString& s)
{
    QString clean;
    clean.reserve(s.size());
    for (QChar ch : s)
        if (ch.unicode() >= 0x20 || ch == u'\t' || ch == u'\n' || ch == u'\r')
            clean += ch;
    return clean.toHtmlEscaped().toUtf8();
}

const char kMainNs[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

void writeXlsx(const QString& path, const QStringList& headers, qint64 rowCount, const TableExport::RowFetcher& fetch,
               const Progress& progress, const QString& sheetName)
{
    if (rowCount > kXlsxMaxRows)
        throw userError(TableExport::tr("An XLSX sheet holds at most %L1 rows; export %L2 rows as CSV instead.")
                            .arg(kXlsxMaxRows)
                            .arg(rowCount));
    // QSaveFile: the workbook appears only when complete; a cancel leaves an existing file alone.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw userError(TableExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    QString sheet = sheetName.isEmpty() ? QStringLiteral("Sheet1") : sheetName;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        sheet.remove(bad);
    sheet = sheet.left(31);

    ZipWriter zip(&out);
    zip.addFile(QStringLiteral("[Content_Types].xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                "</Types>");
    zip.addFile(QStringLiteral("_rels/.rels"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                "</Relationships>");
    zip.addFile(QStringLiteral("xl/workbook.xml"),
                QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"") + kMainNs
                    + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                      "<sheet name=\"" + xmlText(sheet) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    zip.addFile(QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                "</Relationships>");
    zip.addFile(QStringLiteral("xl/styles.xml"),
                QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"") + kMainNs
                    + "\"><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                      "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                      "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                      "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                      "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                      "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");

    zip.begin(QStringLiteral("xl/worksheets/sheet1.xml"));
    QByteArray buf = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"") + kMainNs
                   + "\"><sheetData>";
    QStringList letters;
    auto cellRef = [&letters](int c, qint64 r) {
        while (letters.size() <= c)
            letters << columnName(int(letters.size()));
        return letters[c].toLatin1() + QByteArray::number(r);
    };
    auto stringCell = [&](int c, qint64 r, const QString& text, bool header) {
        buf += "<c r=\"" + cellRef(c, r) + (header ? "\" s=\"1\"" : "\"") + " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
             + xmlText(text) + "</t></is></c>";
    };
    buf += "<row r=\"1\">";
    for (int c = 0; c < headers.size(); ++c)
        stringCell(c, 1, headers[c], true);
    buf += "</row>";
    for (qint64 r = 0; r < rowCount; ++r) {
        if (r % kProgressStep == 0)
            progress.report(r, rowCount, TableExport::tr("Exporting"));
        const QVariantList row = fetch(r);
        const qint64 excelRow = r + 2;
        buf += "<row r=\"" + QByteArray::number(excelRow) + "\">";
        for (int c = 0; c < row.size(); ++c) {
            const QVariant& v = row[c];
            if (v.isNull() || !v.isValid())
                continue;
            const auto type = v.typeId();
            if (type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int
                || type == QMetaType::Float)
                buf += "<c r=\"" + cellRef(c, excelRow) + "\"><v>" + QByteArray::number(v.toDouble(), 'g', 15) + "</v></c>";
            else
                stringCell(c, excelRow, v.toString(), false);
        }
        buf += "</row>";
        if (buf.size() > (1 << 16)) {
            zip.write(buf);
            buf.clear();
        }
    }
    buf += "</sheetData></worksheet>";
    zip.write(buf);
    zip.finish();
    progress.report(rowCount, rowCount, TableExport::tr("Exporting"));
    if (!out.commit())
        throw userError(TableExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
}

} // namespace

QString TableExport::csvField(const QString& value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        QString q = value;
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return value;
}

void TableExport::write(const QString& path, const QStringList& headers, qint64 rowCount, const RowFetcher& fetch,
                        const Progress& progress, const QString& sheetName)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        writeXlsx(path, headers, rowCount, fetch, progress, sheetName);
    else
        writeCsv(path, headers, rowCount, fetch, progress);
}

} // namespace dj::ui
