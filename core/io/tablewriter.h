#pragma once

#include "core/common/progress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace dj::io {

/// The one table writer: a header row and rows of values to XLSX or CSV (any list of enterprises, a batch
/// lookup's matches, a panel's table).
///
/// The format follows the file suffix (.xlsx, otherwise CSV in UTF-8 with BOM so that Excel on Chinese
/// Windows reads it). Numbers stay numbers in XLSX, dates become dates. The file appears only when complete:
/// a cancel or an error leaves no partial file and never touches an existing one.
///
///     io::TableWriter::write(path, { tr("Name"), tr("Revenue (10k yuan)") }, rows.size(),
///         [&](qint64 r) { return QVariantList { rows[r].name, Money::toWan(rows[r].revenue) }; },
///         progress, tr("Enterprises"));
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
public:
    using RowFetcher = std::function<QVariantList(qint64 row)>;

    /// Throws io::IoError (a dj::Error, message for the user) or dj::Cancelled.
    static void write(const QString& path, const QStringList& headers, qint64 rowCount,
        const RowFetcher& fetch, const Progress& progress = {}, const QString& sheetName = {});

    /// Rows an XLSX export can hold (one sheet, one header row).
    static qint64 maxXlsxRows();
};

} // namespace dj::io
