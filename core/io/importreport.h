#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dj::io {

/// One problem with one cell or row of a bundle file.
struct Issue
{
    QString file; ///< file name, or "book.xlsx!sheet"
    qint64 line = 0; ///< 1-based line (CSV) or row (worksheet); 1 is the header
    QString column; ///< the column as headed in the file (empty for a whole-row problem)
    QString reason; ///< translated explanation
};

/// How one file or sheet was read (issue #21): the table and why, the rows skipped around the data, and
/// where the enterprises' regions came from.
struct SourceReport
{
    QString table; ///< empty when the source was not imported
    QString by; ///< TableDecision::byText(): headers, name, mapping, remembered, ambiguous, none, unsupported
    QString reason; ///< translated: why this table (or why none)
    QStringList evidence; ///< "header → column"
    QStringList candidates; ///< when ambiguous
    QMap<QString, double> scores;
    qint64 headerLine = 0;
    QList<qint64> titleRows; ///< lines above the header skipped as a title block
    QList<qint64> noteRows; ///< lines below the data skipped as notes (数据来源 …)
    QMap<QString, qint64> regionSources; ///< code / names / address / uscc → rows
    QMap<QString, qint64> industrySources; ///< code / name → rows
    QString headerEvidence; ///< translated: why that row is the header
    /// The workbook's one company the sheet's rows belong to (credit code, name, sheet it came from), when
    /// the sheet has no credit code column of its own; empty otherwise.
    QStringList linkCompany;
    QMap<QString, qint64> linkSources; ///< company / name → rows linked to their enterprise that way
    /// Enterprise holders: linked (credit code found by name), name_key (kept under their name as
    /// holder_kind other until the enterprise is imported), company (the workbook's company holds).
    QMap<QString, qint64> holderSources;
    qint64 rows = 0; ///< data rows read
    qint64 written = 0; ///< rows imported
    qint64 rejectedRows = 0;
    QJsonObject toJson() const;
};

/// What an import did.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    QMap<QString, qint64> imported; ///< rows written per bundle table
    QList<Issue> rejected; ///< rows skipped, each with its reason
    QList<Issue> warnings; ///< rows imported with a remark (first kMaxWarnings)
    qint64 warningCount = 0; ///< all warnings, also those not listed
    QMap<QString, QString> encodings; ///< file → "UTF-8" / "GB18030"
    QMap<QString, QStringList> ignoredColumns; ///< file → headers that map to no column
    QMap<QString, QString> tables; ///< file → table it was read as
    QMap<QString, SourceReport> sources; ///< file or "book.xlsx!sheet" → how it was read
    double seconds = 0;
    /// Holdings stored under an enterprise holder's name that this import's enterprises now key by code.
    qint64 relinkedHolders = 0;

    static constexpr int kMaxWarnings = 1000;

    qint64 totalImported() const;
    /// Sources with data rows of which not one was imported (every row rejected).
    QStringList fullyRejectedSources() const;
    /// The JSON of cli.md: imported, rejected, encoding, plus warnings, ignored_columns, tables, seconds.
    QJsonObject toJson() const;
    /// Writes issues as a CSV file (file,line,column,reason; UTF-8 with BOM so that Excel reads it).
    /// Returns an error message, empty on success.
    static QString writeIssuesCsv(const QList<Issue>& issues, const QString& path);
};

} // namespace dj::io
