#include "core/io/workbookwriter.h"

#include "core/io/ioerror.h"
#include "core/io/valueparser.h"

#include <QDate>
#include <QFileInfo>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace dj::io {

namespace {

void appendEscaped(QByteArray& out, const QByteArray& text)
{
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\r':
            out += "&#13;";
            break; // a raw CR would read back as LF
        case '\t':
        case '\n':
            out += ch;
            break;
        default:
            if (c < 0x20)
                break; // not allowed in XML 1.0
            out += ch;
        }
    }
}

const char* const kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

} // namespace

WorkbookWriter::WorkbookWriter(const QString& path)
    : m_path(path)
    , m_zip(std::make_unique<QuaZip>(path))
{
    m_zip->setZip64Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate))
        throw IoError(tr("Cannot create %1.").arg(path));
    m_buf.reserve(1 << 20);
}

WorkbookWriter::~WorkbookWriter()
{
    if (m_file && m_file->isOpen())
        m_file->close();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

void WorkbookWriter::writeEntry(const QString& name, const QByteArray& bytes)
{
    QuaZipFile f(m_zip.get());
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || f.write(bytes) != bytes.size())
        throw IoError(tr("Cannot write %1.").arg(m_path));
    f.close();
    if (f.getZipError() != ZIP_OK)
        throw IoError(tr("Cannot write %1.").arg(m_path));
}

void WorkbookWriter::beginSheet(const QString& name)
{
    m_sheets << name;
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    const QString entry = QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size());
    if (!m_file->open(QIODevice::WriteOnly, QuaZipNewInfo(entry)))
        throw IoError(tr("Cannot write %1.").arg(m_path));
    m_buf = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
        + kMainNs + "\"><sheetData>";
    m_row = 0;
}

void WorkbookWriter::beginRow()
{
    ++m_row;
    if (m_row > kMaxRows)
        throw IoError(tr("More rows than an Excel sheet holds; export as CSV instead."));
    m_col = 0;
    m_buf += "<row r=\"" + QByteArray::number(m_row) + "\">";
}

QByteArray WorkbookWriter::cellRef() const
{
    QByteArray letters;
    int c = m_col + 1;
    while (c > 0) {
        const int rem = (c - 1) % 26;
        letters.prepend(char('A' + rem));
        c = (c - 1) / 26;
    }
    return letters + QByteArray::number(m_row);
}

void WorkbookWriter::addText(const QByteArray& utf8)
{
    if (!utf8.isEmpty()) {
        m_buf += "<c r=\"" + cellRef() + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">";
        appendEscaped(m_buf, utf8);
        m_buf += "</t></is></c>";
    }
    ++m_col;
}

void WorkbookWriter::addNumber(const QByteArray& canonical)
{
    m_buf += "<c r=\"" + cellRef() + "\"><v>" + canonical + "</v></c>";
    ++m_col;
}

void WorkbookWriter::addDate(const QByteArray& iso)
{
    // A real date cell (serial number, style 1 = yyyy-mm-dd) so Excel sorts, filters and computes with it;
    // anything that is not a whole YYYY-MM-DD date stays text.
    const QDate date = iso.size() == 10 ? QDate::fromString(QString::fromLatin1(iso), Qt::ISODate) : QDate();
    const std::optional<qint64> serial = ValueParser::dateToExcelSerial(date);
    if (!serial) {
        addText(iso);
        return;
    }
    m_buf += "<c r=\"" + cellRef() + "\" s=\"1\"><v>" + QByteArray::number(*serial) + "</v></c>";
    ++m_col;
}

void WorkbookWriter::endRow()
{
    m_buf += "</row>";
    flush(false);
}

void WorkbookWriter::flush(bool force)
{
    if (!force && m_buf.size() < (1 << 20) - 65536)
        return;
    if (m_file->write(m_buf) != m_buf.size())
        throw IoError(tr("Cannot write %1.").arg(m_path));
    m_buf.resize(0);
}

void WorkbookWriter::endSheet()
{
    m_buf += "</sheetData></worksheet>";
    flush(true);
    m_file->close();
    if (m_file->getZipError() != ZIP_OK)
        throw IoError(tr("Cannot write %1.").arg(m_path));
    m_file.reset();
}

void WorkbookWriter::close()
{
    QByteArray types
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/xl/workbook.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          "<Override PartName=\"/xl/styles.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray rels
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QByteArray sheets;
    for (int i = 1; i <= m_sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i);
        types += "<Override PartName=\"/xl/worksheets/sheet" + n
            + ".xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        sheets += "<sheet name=\"";
        appendEscaped(sheets, m_sheets.at(i - 1).toUtf8());
        sheets += "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    }
    types += "</Types>";
    rels += "<Relationship Id=\"rId" + QByteArray::number(m_sheets.size() + 1)
        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
          "Target=\"styles.xml\"/>"
          "</Relationships>";
    writeEntry(QStringLiteral("[Content_Types].xml"), types);
    writeEntry(QStringLiteral("_rels/.rels"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>");
    writeEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
    writeEntry(QStringLiteral("xl/workbook.xml"),
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"")
            + kMainNs
            + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + sheets + "</sheets></workbook>");
    writeEntry(QStringLiteral("xl/styles.xml"),
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"")
            + kMainNs
            + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
              "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
              "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill "
              "patternType=\"gray125\"/></fill></fills>"
              "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
              "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
              "borderId=\"0\"/></cellStyleXfs>"
              "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
              "xfId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
              "applyNumberFormat=\"1\"/></cellXfs>"
              "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" "
              "builtinId=\"0\"/></cellStyles></styleSheet>");
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK)
        throw IoError(tr("Cannot write %1.").arg(m_path));
}

} // namespace dj::io
