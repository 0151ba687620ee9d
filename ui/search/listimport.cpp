#include "ui/search/listimport.h"

#include "ui/search/zipfile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>


#include <optional>
#include <stdexcept>

namespace dj::ui {

namespace {

std::runtime_error userError(const QString& message) { return std::runtime_error(message.toStdString()); }

/// Column letters of a cell reference ("B12" → 1); -1 when malformed.
int columnOf(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i)
        col = col * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
    return i == 0 ? -1 : col - 1;
}

QStringList readXlsxFirstColumn(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw userError(ListImport::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    std::optional<ZipReader> zipReader;
    try {
        zipReader.emplace(file.readAll());
    } catch (const std::runtime_error&) {
        throw userError(ListImport::tr("%1 is not a readable XLSX workbook.").arg(QFileInfo(path).fileName()));
    }
    const ZipReader& zip = *zipReader;
    auto readZipEntry = [&path](const ZipReader& z, const QString& name) {
        try {
            return z.read(name);
        } catch (const std::runtime_error&) {
            throw userError(ListImport::tr("%1 is damaged.").arg(QFileInfo(path).fileName()));
        }
    };

    QStringList shared;
    {
        QXmlStreamReader xml(readZipEntry(zip, QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inSi) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                inSi = false;
                shared << current;
            }
        }
    }

    // The first sheet in workbook order: resolve its relationship id to the part name.
    QString sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
    {
        QString firstRid;
        QXmlStreamReader wb(readZipEntry(zip, QStringLiteral("xl/workbook.xml")));
        while (!wb.atEnd() && firstRid.isEmpty()) {
            wb.readNext();
            if (wb.isStartElement() && wb.name() == QLatin1String("sheet"))
                for (const auto& a : wb.attributes())
                    if (a.name() == QLatin1String("id"))
                        firstRid = a.value().toString();
        }
        QXmlStreamReader rels(readZipEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!rels.atEnd() && !firstRid.isEmpty()) {
            rels.readNext();
            if (rels.isStartElement() && rels.name() == QLatin1String("Relationship")
                && rels.attributes().value(QLatin1String("Id")) == firstRid) {
                QString target = rels.attributes().value(QLatin1String("Target")).toString();
                sheetPart = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                break;
            }
        }
    }
    const QByteArray sheet = readZipEntry(zip, sheetPart);
    if (sheet.isEmpty())
        throw userError(ListImport::tr("%1 has no worksheet.").arg(QFileInfo(path).fileName()));

    QStringList out;
    QXmlStreamReader xml(sheet);
    bool inFirstCell = false;
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            inFirstCell = columnOf(xml.attributes().value(QLatin1String("r"))) == 0;
            type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (inFirstCell && xml.isStartElement() && xml.name() == QLatin1String("v")) {
            const QString v = xml.readElementText();
            if (type == QLatin1String("s")) {
                const int idx = v.toInt();
                out << (idx >= 0 && idx < shared.size() ? shared[idx] : QString());
            } else {
                out << v;
            }
        } else if (inFirstCell && xml.isStartElement() && xml.name() == QLatin1String("t")) {
            out << xml.readElementText(); // inline strings
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            inFirstCell = false;
        }
    }
    if (xml.hasError())
        throw userError(ListImport::tr("%1: the worksheet is damaged (%2).").arg(QFileInfo(path).fileName(), xml.errorString()));
    return out;
}

} // namespace

QString ListImport::decodeText(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        QString t = gb.decode(bytes);
        if (!gb.hasError())
            return t;
    }
    return text; // best effort: replacement characters show the user what went wrong
}

QString ListImport::firstCsvField(const QString& line)
{
    QString out;
    if (line.startsWith(QLatin1Char('"'))) {
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (line[i] == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    out += QLatin1Char('"');
                    ++i;
                } else {
                    break;
                }
            } else {
                out += line[i];
            }
        }
        return out;
    }
    const qsizetype comma = line.indexOf(QLatin1Char(','));
    return comma < 0 ? line : line.left(comma);
}

bool ListImport::isHeader(const QString& cell)
{
    static const QStringList headers{QStringLiteral("名称"), QStringLiteral("企业名称"), QStringLiteral("公司名称"),
                                     QStringLiteral("统一社会信用代码"), QStringLiteral("信用代码"),
                                     QStringLiteral("name"), QStringLiteral("uscc"), QStringLiteral("code")};
    return headers.contains(cell.trimmed(), Qt::CaseInsensitive);
}

QStringList ListImport::readFirstColumn(const QString& path)
{
    const QFileInfo info(path);
    QStringList cells;
    if (info.suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        cells = readXlsxFirstColumn(path);
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw userError(tr("Cannot read %1: %2").arg(info.fileName(), f.errorString()));
        const QByteArray bytes = f.readAll();
        if (bytes.contains('\0'))
            throw userError(tr("%1 is not a text file.").arg(info.fileName()));
        const bool csv = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
        const QStringList lines = decodeText(bytes).split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
        for (const QString& line : lines)
            cells << (csv ? firstCsvField(line) : line);
    }
    QStringList out;
    for (const QString& c : cells) {
        const QString t = c.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    if (!out.isEmpty() && isHeader(out.front()))
        out.removeFirst();
    return out;
}

} // namespace dj::ui
