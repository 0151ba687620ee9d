#include "ui/search/tableexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

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

void writeXlsx(const QString& path, const QStringList& headers, qint64 rowCount, const TableExport::RowFetcher& fetch,
               const Progress& progress, const QString& sheetName)
{
    if (rowCount > kXlsxMaxRows)
        throw userError(TableExport::tr("An XLSX sheet holds at most %L1 rows; export %L2 rows as CSV instead.")
                            .arg(kXlsxMaxRows)
                            .arg(rowCount));
    // Written beside the target and renamed at the end, so that a cancel leaves the old file alone.
    const QFileInfo info(path);
    QTemporaryFile tmp(info.absoluteDir().filePath(QStringLiteral(".export-XXXXXX.xlsx")));
    if (!tmp.open())
        throw userError(TableExport::tr("Cannot write in %1: %2")
                            .arg(QDir::toNativeSeparators(info.absolutePath()), tmp.errorString()));
    const QString tmpPath = tmp.fileName();
    tmp.close();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows streamed to disk: flat memory for big results
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(tmpPath).constData(), &options);
    if (!wb)
        throw userError(TableExport::tr("Cannot create %1.").arg(QDir::toNativeSeparators(path)));
    const QByteArray sheet = (sheetName.isEmpty() ? QStringLiteral("Sheet1") : sheetName.left(31)).toUtf8();
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.constData());
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    try {
        for (int c = 0; c < headers.size(); ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c].toUtf8().constData(), bold);
        for (qint64 r = 0; r < rowCount; ++r) {
            if (r % kProgressStep == 0)
                progress.report(r, rowCount, TableExport::tr("Exporting"));
            const QVariantList row = fetch(r);
            for (int c = 0; c < row.size(); ++c) {
                const QVariant& v = row[c];
                if (v.isNull())
                    continue;
                const auto type = v.typeId();
                if (type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int
                    || type == QMetaType::Float)
                    worksheet_write_number(ws, lxw_row_t(r + 1), lxw_col_t(c), v.toDouble(), nullptr);
                else
                    worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), v.toString().toUtf8().constData(),
                                           nullptr);
            }
        }
        progress.report(rowCount, rowCount, TableExport::tr("Exporting"));
    } catch (...) {
        workbook_close(wb);
        QFile::remove(tmpPath);
        throw;
    }
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        QFile::remove(tmpPath);
        throw userError(TableExport::tr("Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(err))));
    }
    tmp.setAutoRemove(false);
    QFile::remove(path);
    if (!QFile::rename(tmpPath, path)) {
        QFile::remove(tmpPath);
        throw userError(TableExport::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
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
