#include "ui/search/tableexport.h"

#include "core/io/ioerror.h"
#include "core/io/workbookwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cmath>
#include <stdexcept>

namespace dj::ui {

namespace {

std::runtime_error userError(const QString& message)
{
    return std::runtime_error(message.toStdString());
}

constexpr qint64 kProgressStep = 2000;

void writeCsv(const QString& path, const QStringList& headers, qint64 rowCount,
    const TableExport::RowFetcher& fetch, const Progress& progress)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw userError(
            TableExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
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
        throw userError(
            TableExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
}

constexpr qint64 kXlsxMaxRows = io::WorkbookWriter::kMaxRows - 1; // the header takes one row

QString sheetTitle(const QString& requested)
{
    QString sheet = requested;
    for (QChar bad : { u'[', u']', u':', u'*', u'?', u'/', u'\\' })
        sheet.remove(bad);
    sheet = sheet.left(31);
    return sheet.trimmed().isEmpty() ? QStringLiteral("Sheet1") : sheet;
}

void writeXlsx(const QString& path, const QStringList& headers, qint64 rowCount,
    const TableExport::RowFetcher& fetch, const Progress& progress, const QString& sheetName)
{
    if (rowCount > kXlsxMaxRows)
        throw userError(
            TableExport::tr("An XLSX sheet holds at most %L1 rows; export %L2 rows as CSV instead.")
                .arg(kXlsxMaxRows)
                .arg(rowCount));
    const QString native = QDir::toNativeSeparators(path);
    // WorkbookWriter writes to a path, so the workbook is built in a temporary file next to the target and
    // then copied through QSaveFile: the target appears only when complete, and a cancel or an error
    // leaves an existing file untouched (a remove-then-rename could lose it if the rename failed).
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!temp.open())
        throw userError(TableExport::tr("Cannot write %1: %2").arg(native, temp.errorString()));
    temp.close();
    try {
        io::WorkbookWriter workbook(temp.fileName());
        workbook.beginSheet(sheetTitle(sheetName));
        workbook.beginRow();
        for (const QString& h : headers)
            workbook.addText(h.toUtf8());
        workbook.endRow();
        for (qint64 r = 0; r < rowCount; ++r) {
            if (r % kProgressStep == 0)
                progress.report(r, rowCount, TableExport::tr("Exporting"));
            workbook.beginRow();
            for (const QVariant& v : fetch(r)) {
                const auto type = v.typeId();
                if (v.isNull() || !v.isValid()) {
                    workbook.addText({});
                } else if (type == QMetaType::Int || type == QMetaType::LongLong) {
                    workbook.addNumber(QByteArray::number(v.toLongLong()));
                } else if ((type == QMetaType::Double || type == QMetaType::Float)
                    && std::isfinite(v.toDouble())) {
                    workbook.addNumber(QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest));
                } else if (type == QMetaType::QDate) {
                    workbook.addDate(v.toDate().toString(Qt::ISODate).toLatin1());
                } else {
                    workbook.addText(v.toString().toUtf8());
                }
            }
            workbook.endRow();
        }
        workbook.endSheet();
        workbook.close();
    } catch (const io::IoError& e) {
        throw userError(TableExport::tr("Cannot write %1: %2").arg(native, e.message()));
    }

    QFile built(temp.fileName());
    QSaveFile out(path);
    if (!built.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        throw userError(TableExport::tr("Cannot write %1: %2").arg(native, out.errorString()));
    while (!built.atEnd()) {
        const QByteArray chunk = built.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            throw userError(TableExport::tr("Cannot write %1: %2").arg(native, out.errorString()));
    }
    progress.report(rowCount, rowCount, TableExport::tr("Exporting"));
    if (!out.commit())
        throw userError(TableExport::tr("Cannot write %1: %2").arg(native, out.errorString()));
}

} // namespace

QString TableExport::csvField(const QString& value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        QString q = value;
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return value;
}

void TableExport::write(const QString& path, const QStringList& headers, qint64 rowCount,
    const RowFetcher& fetch, const Progress& progress, const QString& sheetName)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        writeXlsx(path, headers, rowCount, fetch, progress, sheetName);
    else
        writeCsv(path, headers, rowCount, fetch, progress);
}

} // namespace dj::ui
