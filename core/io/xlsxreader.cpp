#include "core/io/xlsxreader.h"

#include "core/io/ioerror.h"
#include "core/io/valueparser.h"

#include <QFileInfo>
#include <QXmlStreamReader>
#include <algorithm>
#include <quazip.h>
#include <quazipfile.h>

namespace dj::io {

struct XlsxReader::Data
{
    QString path;
    QString fileName;
    QList<QPair<QString, QString>> sheets; // name, zip entry
    QStringList sharedStrings;
    QList<bool> dateStyles; // per cellXfs index
    bool date1904 = false;
};

namespace {

QString entryError(const XlsxReader::Data& d, const QString& entry)
{
    return XlsxReader::tr("%1 is not a readable Excel workbook (missing or broken part %2).")
        .arg(d.fileName, entry);
}

// Bounds on what one zip entry may expand to: a workbook part is never bigger than this, and real XML
// compresses about 5–20 to 1, so an entry expanding far beyond that is a zip bomb (or a damaged file).
constexpr qint64 kMaxLoadedPart = qint64(1) << 30; // parts read into memory: shared strings, styles, …
constexpr qint64 kMaxSheet = qint64(8) << 30; // a worksheet, streamed
constexpr qint64 kMaxRatio = 200; // uncompressed : compressed
constexpr qint64 kRatioFloor = qint64(16) << 20; // below this size any ratio is fine

qint64 entryLimit(qint64 compressed, qint64 cap)
{
    return std::min(cap, std::max(kRatioFloor, std::max<qint64>(compressed, 1) * kMaxRatio));
}

QString bombError(const XlsxReader::Data& d, const QString& entry, qint64 limit)
{
    return XlsxReader::tr("%1 is refused: its part %2 expands to more than %3 MB (a damaged file or a zip "
                          "bomb).")
        .arg(d.fileName, entry)
        .arg(limit >> 20);
}

QByteArray readEntry(const XlsxReader::Data& d, const QString& entry, bool optional)
{
    QuaZip zip(d.path);
    if (!zip.open(QuaZip::mdUnzip))
        throw IoError(XlsxReader::tr("%1 is not a readable Excel workbook.").arg(d.fileName));
    if (!zip.setCurrentFile(entry, QuaZip::csInsensitive)) {
        if (optional)
            return {};
        throw IoError(entryError(d, entry));
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        throw IoError(entryError(d, entry));
    // Read in chunks and count: the sizes in the zip header may lie.
    const qint64 limit = entryLimit(file.csize(), kMaxLoadedPart);
    QByteArray bytes;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            throw IoError(entryError(d, entry));
        if (n == 0)
            break;
        if (bytes.size() + n > limit)
            throw IoError(bombError(d, entry, limit));
        bytes.append(chunk.constData(), n);
    }
    if (file.getZipError() != UNZ_OK)
        throw IoError(entryError(d, entry));
    return bytes;
}

QString attr(const QXmlStreamReader& xml, QStringView localName)
{
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == localName)
            return a.value().toString();
    return {};
}

// Text of an <si> or <is> element: all <t> runs, without phonetic guides (<rPh>). next() gives the next
// token and throws on a damaged document, so every turn of this loop consumes input.
template <typename Next> QString richText(QXmlStreamReader& xml, Next next)
{
    QString out;
    int phonetic = 0;
    int inT = 0;
    int depth = 0;
    for (;;) {
        const QXmlStreamReader::TokenType t = next();
        if (t == QXmlStreamReader::EndDocument)
            break;
        if (t == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && !phonetic)
                ++inT;
        } else if (t == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break; // the end of the outer element
            --depth;
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == u"t" && inT && !phonetic)
                --inT;
        } else if (t == QXmlStreamReader::Characters && inT && !phonetic) {
            out += xml.text();
        }
    }
    return out;
}

// The next token of a document held whole in memory; throws for a damaged or truncated one.
QXmlStreamReader::TokenType nextIn(QXmlStreamReader& xml, const XlsxReader::Data& d, const QString& entry)
{
    const QXmlStreamReader::TokenType t = xml.readNext();
    if (t == QXmlStreamReader::Invalid)
        throw IoError(entryError(d, entry));
    return t;
}

bool isDateFormatCode(const QString& code)
{
    QString plain;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'[') {
            ++bracket;
            continue;
        }
        if (c == u']') {
            --bracket;
            continue;
        }
        if (bracket == 0)
            plain.append(c.toLower());
    }
    if (plain.contains(u'y') || plain.contains(u'd') || plain.contains(u'e'))
        return !plain.contains(u"general");
    return plain.contains(u'm') && !plain.contains(u'h') && !plain.contains(u's');
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// Zero-based column of a cell reference ("C7" → 2); past the sheet's last column (XFD) it stays
// 16384, which the reader skips (a long run of letters never overflows).
int columnIndex(QStringView ref)
{
    int col = 0;
    for (QChar c : ref) {
        const char16_t u = c.unicode();
        if (u >= 'A' && u <= 'Z')
            col = col * 26 + (u - 'A' + 1);
        else if (u >= 'a' && u <= 'z')
            col = col * 26 + (u - 'a' + 1);
        else
            break;
        if (col > 16384)
            return 16384;
    }
    return col - 1;
}

class SheetSource : public RowSource
{
public:
    SheetSource(std::shared_ptr<const XlsxReader::Data> data, const QString& entry)
        : m_data(std::move(data))
        , m_entry(entry)
        , m_zip(m_data->path)
        , m_file(&m_zip)
    {
        if (!m_zip.open(QuaZip::mdUnzip) || !m_zip.setCurrentFile(entry, QuaZip::csInsensitive)
            || !m_file.open(QIODevice::ReadOnly))
            throw IoError(entryError(*m_data, entry));
        m_size = m_file.usize();
        m_limit = entryLimit(m_file.csize(), kMaxSheet);
        m_chunk.resize(1 << 16);
    }

    bool next(QStringList& fields) override
    {
        fields.clear();
        m_recordError.clear();
        if (m_finished)
            return false;
        for (;;) {
            const QXmlStreamReader::TokenType t = token();
            if (t == QXmlStreamReader::EndDocument) {
                m_finished = true;
                return false;
            }
            if (t == QXmlStreamReader::StartElement && m_xml.name() == u"row") {
                const QString r = attr(m_xml, u"r");
                bool ok = false;
                const qint64 number = r.toLongLong(&ok);
                m_line = ok && number > 0 ? number : m_line + 1;
                readRow(fields);
                return true;
            }
        }
    }
    qint64 line() const override { return m_line; }
    QString recordError() const override { return m_recordError; }
    qint64 position() const override { return std::min(m_read, m_size); }
    qint64 size() const override { return m_size; }
    QString encoding() const override { return QStringLiteral("UTF-8"); }
    bool isWorksheet() const override { return true; }

private:
    // The next token; the XML is fed from the zip entry in chunks as the parser asks for more. Every call
    // either returns a token or consumes input or throws: a file that lies about its sizes, a truncated
    // or damaged one cannot make a reader loop spin.
    QXmlStreamReader::TokenType token()
    {
        for (;;) {
            const QXmlStreamReader::TokenType t = m_xml.readNext();
            if (t != QXmlStreamReader::Invalid)
                return t;
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                throw IoError(XlsxReader::tr("%1: the worksheet is damaged (%2).")
                                  .arg(m_data->fileName, m_xml.errorString()));
            const qint64 n = m_eof ? 0 : m_file.read(m_chunk.data(), m_chunk.size());
            if (n < 0)
                throw IoError(entryError(*m_data, m_entry));
            if (n == 0) {
                m_eof = true;
                throw IoError(XlsxReader::tr("%1: the worksheet ends too early; the file is truncated.")
                                  .arg(m_data->fileName));
            }
            m_read += n;
            if (m_read > m_limit)
                throw IoError(bombError(*m_data, m_entry, m_limit));
            m_xml.addData(QByteArray(m_chunk.constData(), n));
        }
    }

    QString elementText()
    {
        QString text;
        int depth = 0;
        for (;;) {
            const QXmlStreamReader::TokenType t = token();
            if (t == QXmlStreamReader::Characters && depth == 0)
                text += m_xml.text();
            else if (t == QXmlStreamReader::StartElement)
                ++depth;
            else if (t == QXmlStreamReader::EndElement && depth-- == 0)
                return text;
            else if (t == QXmlStreamReader::EndDocument)
                return text;
        }
    }

    void readRow(QStringList& fields)
    {
        int nextCol = 0;
        for (;;) {
            const QXmlStreamReader::TokenType t = token();
            if (t == QXmlStreamReader::EndDocument)
                return;
            if (t == QXmlStreamReader::EndElement && m_xml.name() == u"row")
                return;
            if (!(t == QXmlStreamReader::StartElement && m_xml.name() == u"c"))
                continue;
            QString ref, type, style;
            for (const QXmlStreamAttribute& a : m_xml.attributes()) {
                if (a.name() == u"r")
                    ref = a.value().toString();
                else if (a.name() == u"t")
                    type = a.value().toString();
                else if (a.name() == u"s")
                    style = a.value().toString();
            }
            const int col = ref.isEmpty() ? nextCol : columnIndex(ref);
            nextCol = col + 1;
            QString value;
            QString raw;
            bool haveInline = false;
            for (;;) {
                const QXmlStreamReader::TokenType ct = token();
                if (ct == QXmlStreamReader::EndDocument
                    || (ct == QXmlStreamReader::EndElement && m_xml.name() == u"c"))
                    break;
                if (ct != QXmlStreamReader::StartElement)
                    continue;
                if (m_xml.name() == u"v") {
                    raw = elementText();
                } else if (m_xml.name() == u"is") {
                    value = richText(m_xml, [this] { return token(); });
                    haveInline = true;
                }
            }
            if (!haveInline)
                value = cellText(raw, type, style, ref.isEmpty() ? QString::number(col + 1) : ref);
            if (col < 0 || col > 16383)
                continue;
            while (fields.size() <= col)
                fields.append(QString());
            fields[col] = value;
        }
    }

    QString cellText(const QString& raw, const QString& type, const QString& style, const QString& ref)
    {
        if (type == u"s") {
            bool ok = false;
            const qsizetype i = raw.trimmed().toLongLong(&ok);
            if (ok && i >= 0 && i < m_data->sharedStrings.size())
                return m_data->sharedStrings.at(i);
            // Never read as empty: a missing header would silently drop its whole column.
            if (m_recordError.isEmpty())
                m_recordError = XlsxReader::tr("cell %1 refers to shared string %2, but the workbook has %3; "
                                               "the row was not imported")
                                    .arg(ref, raw.left(20))
                                    .arg(m_data->sharedStrings.size());
            return {};
        }
        if (type == u"str" || type == u"inlineStr")
            return raw;
        if (type == u"e")
            return {}; // #N/A and friends: no value
        if (type == u"b")
            return raw == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (type == u"d")
            return raw.left(10);
        if (raw.isEmpty())
            return {};
        bool ok = false;
        const double v = raw.toDouble(&ok);
        if (!ok)
            return raw;
        const int s = style.isEmpty() ? 0 : style.toInt();
        if (s >= 0 && s < m_data->dateStyles.size() && m_data->dateStyles.at(s)) {
            const QString date = ValueParser::excelSerialToDate(v, m_data->date1904);
            if (!date.isEmpty())
                return date;
        }
        return QString::fromLatin1(ValueParser::formatNumber(v));
    }

    std::shared_ptr<const XlsxReader::Data> m_data;
    QString m_entry;
    QuaZip m_zip;
    QuaZipFile m_file;
    QXmlStreamReader m_xml;
    QByteArray m_chunk;
    QString m_recordError;
    qint64 m_line = 0;
    qint64 m_size = 0;
    qint64 m_read = 0;
    qint64 m_limit = 0;
    bool m_eof = false;
    bool m_finished = false;
};

} // namespace

XlsxReader::XlsxReader(const QString& path)
{
    auto d = std::make_shared<Data>();
    d->path = path;
    d->fileName = QFileInfo(path).fileName();
    {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            throw IoError(tr("%1 is not a regular file (a folder, device or pipe); only files are imported.")
                              .arg(d->fileName));
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip))
            throw IoError(tr("%1 is not a readable Excel workbook.").arg(d->fileName));
    }

    // Relationship id → sheet part.
    QHash<QString, QString> targets;
    {
        const QString entry = QStringLiteral("xl/_rels/workbook.xml.rels");
        QXmlStreamReader xml(readEntry(*d, entry, false));
        while (!xml.atEnd()) {
            if (nextIn(xml, *d, entry) == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
                QString target = attr(xml, u"Target");
                if (target.startsWith(u'/'))
                    target = target.mid(1);
                else
                    target = QStringLiteral("xl/") + target;
                targets.insert(attr(xml, u"Id"), target);
            }
        }
    }
    {
        const QString entry = QStringLiteral("xl/workbook.xml");
        QXmlStreamReader xml(readEntry(*d, entry, false));
        while (!xml.atEnd()) {
            if (nextIn(xml, *d, entry) != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const QString v = attr(xml, u"date1904");
                d->date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet") {
                const QString target = targets.value(attr(xml, u"id"));
                if (!target.isEmpty())
                    d->sheets.append({ attr(xml, u"name"), target });
            }
        }
        if (xml.hasError())
            throw IoError(entryError(*d, QStringLiteral("xl/workbook.xml")));
    }
    {
        const QString entry = QStringLiteral("xl/sharedStrings.xml");
        const QByteArray bytes = readEntry(*d, entry, true);
        QXmlStreamReader xml(bytes);
        while (!bytes.isEmpty() && !xml.atEnd()) {
            if (nextIn(xml, *d, entry) == QXmlStreamReader::StartElement && xml.name() == u"si")
                d->sharedStrings.append(richText(xml, [&] { return nextIn(xml, *d, entry); }));
        }
    }
    {
        const QString entry = QStringLiteral("xl/styles.xml");
        const QByteArray bytes = readEntry(*d, entry, true);
        QXmlStreamReader xml(bytes);
        QHash<int, bool> customDate;
        bool inCellXfs = false;
        while (!bytes.isEmpty() && !xml.atEnd()) {
            nextIn(xml, *d, entry);
            if (xml.isStartElement()) {
                if (xml.name() == u"numFmt")
                    customDate.insert(
                        attr(xml, u"numFmtId").toInt(), isDateFormatCode(attr(xml, u"formatCode")));
                else if (xml.name() == u"cellXfs")
                    inCellXfs = true;
                else if (xml.name() == u"xf" && inCellXfs) {
                    const int id = attr(xml, u"numFmtId").toInt();
                    d->dateStyles.append(
                        customDate.contains(id) ? customDate.value(id) : isBuiltinDateFormat(id));
                }
            } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
                inCellXfs = false;
            }
        }
    }
    m_data = std::move(d);
}

XlsxReader::~XlsxReader() = default;

QStringList XlsxReader::sheetNames() const
{
    QStringList out;
    for (const auto& s : m_data->sheets)
        out << s.first;
    return out;
}

std::unique_ptr<RowSource> XlsxReader::openSheet(const QString& name) const
{
    for (const auto& s : m_data->sheets)
        if (s.first == name)
            return std::make_unique<SheetSource>(m_data, s.second);
    throw IoError(tr("%1 has no sheet named %2.").arg(m_data->fileName, name));
}

} // namespace dj::io
