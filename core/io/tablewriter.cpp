#include "core/io/tablewriter.h"

#include "core/common/csv.h"
#include "core/io/ioerror.h"
#include "core/io/workbookwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cmath>

namespace dj::io {

namespace {

IoError userError(const QString& message)
{
    return IoError(message);
}

constexpr qint64 kProgressStep = 2000;

void writeCsv(const QString& path, const QStringList& headers, qint64 rowCount,
    const TableWriter::RowFetcher& fetch, const Progress& progress)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw userError(
            TableWriter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    out.write(Csv::utf8Bom());
    out.write(Csv::line(headers));
    for (qint64 r = 0; r < rowCount; ++r) {
        if (r % kProgressStep == 0)
            progress.report(r, rowCount, TableWriter::tr("Exporting"));
        QStringList cells;
        for (const QVariant& v : fetch(r))
            cells << (v.isNull() ? QString() : v.toString());
        out.write(Csv::line(cells));
    }
    progress.report(rowCount, rowCount, TableWriter::tr("Exporting"));
    if (!out.commit())
        throw userError(
            TableWriter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
}

constexpr qint64 kXlsxMaxRows = WorkbookWriter::kMaxRows - 1; // the header takes one row

QString sheetTitle(const QString& requested)
{
    QString sheet = requested;
    for (QChar bad : { u'[', u']', u':', u'*', u'?', u'/', u'\\' })
        sheet.remove(bad);
    sheet = sheet.left(31);
    return sheet.trimmed().isEmpty() ? QStringLiteral("Sheet1") : sheet;
}

void writeXlsx(const QString& path, const QStringList& headers, qint64 rowCount,
    const TableWriter::RowFetcher& fetch, const Progress& progress, const QString& sheetName)
{
    if (rowCount > kXlsxMaxRows)
        throw userError(
            TableWriter::tr("An XLSX sheet holds at most %L1 rows; export %L2 rows as CSV instead.")
                .arg(kXlsxMaxRows)
                .arg(rowCount));
    const QString native = QDir::toNativeSeparators(path);
    // WorkbookWriter writes to a path, so the workbook is built in a temporary file next to the target and
    // then copied through QSaveFile: the target appears only when complete, and a cancel or an error
    // leaves an existing file untouched (a remove-then-rename could lose it if the rename failed).
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!temp.open())
        throw userError(TableWriter::tr("Cannot write %1: %2").arg(native, temp.errorString()));
    temp.close();
    try {
        WorkbookWriter workbook(temp.fileName());
        workbook.beginSheet(sheetTitle(sheetName));
        workbook.beginRow();
        for (const QString& h : headers)
            workbook.addText(h.toUtf8());
        workbook.endRow();
        for (qint64 r = 0; r < rowCount; ++r) {
            if (r % kProgressStep == 0)
                progress.report(r, rowCount, TableWriter::tr("Exporting"));
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
    } catch (const IoError& e) {
        throw userError(TableWriter::tr("Cannot write %1: %2").arg(native, e.message()));
    }

    QFile built(temp.fileName());
    QSaveFile out(path);
    if (!built.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        throw userError(TableWriter::tr("Cannot write %1: %2").arg(native, out.errorString()));
    while (!built.atEnd()) {
        const QByteArray chunk = built.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            throw userError(TableWriter::tr("Cannot write %1: %2").arg(native, out.errorString()));
    }
    progress.report(rowCount, rowCount, TableWriter::tr("Exporting"));
    if (!out.commit())
        throw userError(TableWriter::tr("Cannot write %1: %2").arg(native, out.errorString()));
}

} // namespace

qint64 TableWriter::maxXlsxRows()
{
    return kXlsxMaxRows;
}

void TableWriter::write(const QString& path, const QStringList& headers, qint64 rowCount,
    const RowFetcher& fetch, const Progress& progress, const QString& sheetName)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        writeXlsx(path, headers, rowCount, fetch, progress, sheetName);
    else
        writeCsv(path, headers, rowCount, fetch, progress);
}

} // namespace dj::io
