#pragma once

#include "core/common/progress.h"
#include "core/io/importreport.h"
#include "core/io/tabledecision.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace dj::store {
class Database;
}

namespace dj::io {

/// How the columns of one source (file or sheet) map onto a bundle table, chosen by the user.
struct SourceMapping
{
    QString table; ///< bundle table the source holds
    QHash<QString, QString> columns; ///< source header → canonical column; "" or absent = ignore
};

struct ImportOptions
{
    /// User mappings keyed by Importer::fingerprint(headers). Sources without one use a remembered
    /// mapping (table import_mappings), else their file/sheet name and the known headers.
    QHash<QString, SourceMapping> mappings;
    /// Sources (by fingerprint) the user chose not to import.
    QSet<QString> skip;
    /// Store the given mappings in the cache so that the same source maps by itself next time.
    bool rememberMappings = true;
    /// A source whose headers fit two tables about equally throws IoError naming them (the CLI) instead
    /// of being reported as rejected (the window asks the user first).
    bool refuseAmbiguous = false;
    /// meta data_source after the import; empty = the bundle's name.
    QString dataSourceLabel;
    /// Runs inside the import's transaction after every row is written and before the commit (e.g. the
    /// field-work merge of visits and tasks): what it writes is committed with the import or not at all;
    /// an exception from it rolls the whole import back.
    std::function<void(store::Database&)> beforeCommit;
};

/// One source of a bundle as the mapping step shows it.
struct SourcePreview
{
    QString label; ///< "enterprises.csv" or "book.xlsx!Sheet1"
    QString path;
    QString sheet; ///< worksheet name; empty for CSV
    QString encoding;
    QString fingerprint; ///< Importer::fingerprint(headers)
    QString table; ///< table it would be read as; empty when unknown
    bool remembered = false; ///< the mapping comes from an earlier import
    QStringList headers;
    QStringList columns; ///< canonical column per header, "" when ignored
    QList<QStringList> rows; ///< the first data rows
    TableDecision decision; ///< which table and why (scores, evidence, candidates when ambiguous)
    bool unsupported = false; ///< a vendor sheet the bundle has no table for (变更记录)
    qint64 headerLine = 0;
    QList<qint64> titleRows; ///< skipped above the header
    QList<qint64> noteRows; ///< skipped among the preview rows (数据来源 …)
    QString headerEvidence; ///< why that row is the header
    /// The workbook's one company (its 基本信息 sheet), which rows without a credit code belong to.
    QString companyUscc, companyName;
    /// Enterprise names of the workbook's 基本信息 rows (as previewed) → credit code, for name links.
    QHash<QString, QString> names;
};

/// The first rows of a source as they would be stored (issue #21): region codes resolved from names,
/// amounts in yuan, statuses normalised. One row per preview row; problem is empty when it would import.
struct ConvertedPreview
{
    QStringList columns; ///< stored columns (canonical names)
    QList<QStringList> rows;
    QStringList problems; ///< per row: "" or "column: reason"
};

/// Imports bundles (exchange-format.md) into a cache: a folder of CSV files, CSV files named after their
/// table, XLSX workbooks (sheet = table, or any sheet whose headers say what it holds).
///
/// All sources of one run go in ONE transaction: a cancel, an I/O error or a crash leaves the cache as
/// it was. Bad rows are skipped and reported; importing the same bundle again updates rows in place.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    /// Reads the header and first rows of every source (for the mapping step). db (optional) supplies
    /// remembered mappings. Throws IoError for a path that is not a bundle.
    static QList<SourcePreview> inspect(
        const QStringList& paths, const store::Database* db = nullptr, int previewRows = 20);

    /// Imports; throws IoError (unreadable input), store::StoreError, dj::Cancelled — in every case the
    /// cache is left unchanged.
    static ImportReport run(store::Database& db, const QStringList& paths, const ImportOptions& options = {},
        const Progress& progress = {});

    /// Converts a preview's rows with the given table and per-header columns (as the mapping step shows
    /// them), without a cache: names of buildings and enterprise holders are not looked up.
    static ConvertedPreview convertPreview(
        const SourcePreview& preview, const QString& table, const QStringList& columns);

    /// Stable key of a header row (folded headers), used to remember mappings.
    static QString fingerprint(const QStringList& headers);
    /// Mapping remembered for a fingerprint (empty table when none).
    static SourceMapping rememberedMapping(const store::Database& db, const QString& fingerprint);
    static void rememberMapping(
        store::Database& db, const QString& fingerprint, const SourceMapping& mapping);
};

} // namespace dj::io
