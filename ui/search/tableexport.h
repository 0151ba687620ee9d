#pragma once

#include "core/common/progress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace dj::ui {

/// Writes a table (the visible columns of a search result, a batch lookup's matches) to CSV or XLSX.
///
/// The format follows the file suffix (.xlsx, otherwise CSV in UTF-8 with BOM so that Excel on Chinese
/// Windows reads it). The file appears only when complete: a cancel or an error leaves no partial file
/// and never touches an existing one.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    using RowFetcher = std::function<QVariantList(qint64 row)>;

    /// Throws std::runtime_error (message for the user) or dj::Cancelled.
    static void write(const QString& path, const QStringList& headers, qint64 rowCount,
        const RowFetcher& fetch, const Progress& progress = {}, const QString& sheetName = {});

    static QString csvField(const QString& value);
};

} // namespace dj::ui
