#pragma once

#include "core/common/progress.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace dj::store {
class Database;
}

namespace dj::io {

struct ExportOptions
{
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    /// A result list: only these enterprises and what belongs to them (their people, parks of their
    /// buildings …). std::nullopt = the whole cache.
    std::optional<QStringList> usccs;
};

struct ExportSummary
{
    QMap<QString, qint64> rows; ///< rows written per table
    QStringList files; ///< files written
    double seconds = 0;
};

/// Writes a cache (or a result list) as a bundle: a folder of CSV files or one XLSX workbook.
///
/// CSV is byte-stable: canonical column order of exchange-format.md, rows ordered by key, numbers in
/// one canonical text, UTF-8 with BOM, CRLF. ID numbers only ever leave masked (the cache holds no other).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    /// CSV: `out` is a folder (created when absent), one <table>.csv per bundle table.
    /// XLSX: `out` is the workbook path when it ends in .xlsx, otherwise a folder receiving bundle.xlsx.
    /// Files appear only complete (written aside, then renamed). A CSV folder holds incompleteMarker()
    /// until all its files are in place; Importer refuses a folder holding it (an interrupted export).
    /// Throws IoError, StoreError, Cancelled.
    static ExportSummary run(store::Database& db, const QString& out, const ExportOptions& options = {},
        const Progress& progress = {});

    /// Name of the file that marks a CSV export folder as unfinished.
    static QString incompleteMarker() { return QStringLiteral(".dianjing-export-incomplete"); }

    /// The column headers of a table's file, in canonical order.
    static QStringList columns(const QString& table);
};

} // namespace dj::io
