#include "ui/search/listimport.h"

#include "core/common/error.h"
#include "core/io/ioerror.h"
#include "core/io/rowsource.h"
#include "core/io/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <memory>
#include <stdexcept>

namespace dj::ui {

namespace {

Error userError(const QString& message)
{
    return Error(message);
}

QStringList readXlsxFirstColumn(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    {
        // Checked here so that a missing or locked file says so instead of "not a workbook".
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw userError(ListImport::tr("Cannot read %1: %2").arg(name, file.errorString()));
    }
    try {
        const io::XlsxReader workbook(path);
        const QStringList sheets = workbook.sheetNames();
        if (sheets.isEmpty())
            throw userError(ListImport::tr("%1 has no worksheet.").arg(name));
        const std::unique_ptr<io::RowSource> sheet = workbook.openSheet(sheets.front());
        QStringList out;
        QStringList fields;
        while (sheet->next(fields))
            out << fields.value(0);
        return out;
    } catch (const io::IoError& e) {
        throw userError(e.message()); // already names the file and what is wrong with it, translated
    }
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
    static const QStringList headers { QStringLiteral("名称"), QStringLiteral("企业名称"),
        QStringLiteral("公司名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("信用代码"),
        QStringLiteral("name"), QStringLiteral("uscc"), QStringLiteral("code") };
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
