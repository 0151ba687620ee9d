#include "core/io/xlsxreader.h"

#include "core/io/ioerror.h"
#include "core/io/valueparser.h"

#include <QFileInfo>
#include <QXmlStreamReader>
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
    QByteArray bytes = file.readAll();
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

// Text of an <si> or <is> element: all <t> runs, without phonetic guides (<rPh>).
QString richText(QXmlStreamReader& xml)
{
    QString out;
    int phonetic = 0;
    const QStringView outer = xml.name();
    const QString outerName = outer.toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && !phonetic)
                out += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == outerName)
                break;
        }
    }
    return out;
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
    }
    return col - 1;
}

class SheetSource : public RowSource
{
public:
    SheetSource(std::shared_ptr<const XlsxReader::Data> data, const QString& entry)
        : m_data(std::move(data))
        , m_zip(m_data->path)
        , m_file(&m_zip)
    {
        if (!m_zip.open(QuaZip::mdUnzip) || !m_zip.setCurrentFile(entry, QuaZip::csInsensitive)
            || !m_file.open(QIODevice::ReadOnly))
            throw IoError(entryError(*m_data, entry));
        m_size = m_file.usize();
        m_xml.setDevice(&m_file);
    }

    bool next(QStringList& fields) override
    {
        fields.clear();
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == u"row") {
                const QString r = attr(m_xml, u"r");
                m_line = r.isEmpty() ? m_line + 1 : r.toLongLong();
                readRow(fields);
                return true;
            }
        }
        if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            throw IoError(XlsxReader::tr("%1: the worksheet is damaged (%2).")
                              .arg(m_data->fileName, m_xml.errorString()));
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            throw IoError(XlsxReader::tr("%1: the worksheet ends too early; the file is truncated.")
                              .arg(m_data->fileName));
        return false;
    }
    qint64 line() const override { return m_line; }
    qint64 position() const override { return m_file.pos(); }
    qint64 size() const override { return m_size; }
    QString encoding() const override { return QStringLiteral("UTF-8"); }
    bool isWorksheet() const override { return true; }

private:
    void readRow(QStringList& fields)
    {
        int nextCol = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"row")
                return;
            if (!(m_xml.isStartElement() && m_xml.name() == u"c"))
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
            while (!m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isEndElement() && m_xml.name() == u"c")
                    break;
                if (!m_xml.isStartElement())
                    continue;
                if (m_xml.name() == u"v") {
                    raw = m_xml.readElementText();
                } else if (m_xml.name() == u"is") {
                    value = richText(m_xml);
                    haveInline = true;
                }
            }
            if (!haveInline)
                value = cellText(raw, type, style);
            if (col < 0 || col > 16383)
                continue;
            while (fields.size() <= col)
                fields.append(QString());
            fields[col] = value;
        }
    }

    QString cellText(const QString& raw, const QString& type, const QString& style) const
    {
        if (type == u"s") {
            const qsizetype i = raw.toLongLong();
            return i >= 0 && i < m_data->sharedStrings.size() ? m_data->sharedStrings.at(i) : QString();
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
    QuaZip m_zip;
    QuaZipFile m_file;
    QXmlStreamReader m_xml;
    qint64 m_line = 0;
    qint64 m_size = 0;
};

} // namespace

XlsxReader::XlsxReader(const QString& path)
{
    auto d = std::make_shared<Data>();
    d->path = path;
    d->fileName = QFileInfo(path).fileName();
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip))
            throw IoError(tr("%1 is not a readable Excel workbook.").arg(d->fileName));
    }

    // Relationship id → sheet part.
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(readEntry(*d, QStringLiteral("xl/_rels/workbook.xml.rels"), false));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
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
        QXmlStreamReader xml(readEntry(*d, QStringLiteral("xl/workbook.xml"), false));
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
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
        const QByteArray bytes = readEntry(*d, QStringLiteral("xl/sharedStrings.xml"), true);
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
                d->sharedStrings.append(richText(xml));
        }
        if (xml.hasError() && !bytes.isEmpty())
            throw IoError(entryError(*d, QStringLiteral("xl/sharedStrings.xml")));
    }
    {
        QXmlStreamReader xml(readEntry(*d, QStringLiteral("xl/styles.xml"), true));
        QHash<int, bool> customDate;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
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
