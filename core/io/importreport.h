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
    double seconds = 0;

    static constexpr int kMaxWarnings = 1000;

    qint64 totalImported() const;
    /// The JSON of cli.md: imported, rejected, encoding, plus warnings, ignored_columns, tables, seconds.
    QJsonObject toJson() const;
    /// Writes issues as a CSV file (file,line,column,reason; UTF-8 with BOM so that Excel reads it).
    /// Returns an error message, empty on success.
    static QString writeIssuesCsv(const QList<Issue>& issues, const QString& path);
};

} // namespace dj::io
