#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dj::io {

/// Which bundle table a file or sheet holds, and why (issue #21): decided by the evidence of its headers,
/// helped by a sheet or file name that says it (基本信息, 股东信息, enterprises.csv …).
struct TableDecision
{
    enum class By {
        None, ///< no table fits (table empty)
        Ambiguous, ///< two or more tables fit about equally (candidates; table empty)
        Mapping, ///< the user's mapping
        Remembered, ///< a mapping remembered for this header row
        Name, ///< the file/sheet is named after its table (enterprises.csv)
        Headers, ///< the headers (plus a vendor sheet name as a hint)
    };
    QString table; ///< empty when None or Ambiguous
    By by = By::None;
    QStringList candidates; ///< the tables that fit about equally (Ambiguous), best first
    QMap<QString, double> scores; ///< table → score, for every table with a positive score
    QStringList evidence; ///< "header → column" pairs that made the decision
    QString hint; ///< the table a vendor sheet name suggests (基本信息 → enterprises), or empty
    QString reason; ///< translated sentence: why (or why not)

    /// "headers", "name", "mapping", "remembered", "ambiguous", "none".
    QString byText() const;
};

class TableDecider
{
    Q_DECLARE_TR_FUNCTIONS(TableDecider)
public:
    /// Scores every table by the headers that map to it: a distinctive column counts 1, a reference to an
    /// enterprise 0.25 (every table has one), a name column 0.5; a table missing a required column (one
    /// that cannot be derived) counts half; a vendor sheet name adds 1.5. The best table wins unless the
    /// next one is within 0.5 (ambiguous). sourceName: the sheet name (or file base name).
    /// companyWorkbook: the sheet is part of a workbook with a 基本信息 (enterprises) sheet, whose company
    /// its rows may belong to without a credit code column of their own.
    static TableDecision decide(
        const QStringList& headers, const QString& sourceName, bool companyWorkbook = false);
    /// The table a vendor sheet/file name suggests (基本信息 → enterprises); empty when none.
    static QString tableHint(const QString& sourceName);
    /// True for vendor sheets the bundle has no table for (变更记录): reported, not imported.
    static bool isUnsupportedSheet(const QString& sourceName);
    /// Required column that the importer derives from other columns when they are there (region_code
    /// from names/address/credit code, holder_id from the holder's name, …).
    static bool derivable(const QString& table, const QString& column, const QStringList& mappedColumns,
        bool companyWorkbook = false);
    /// Score of one table (see decide); evidence receives "header → column".
    static double score(const QString& table, const QStringList& headers, QStringList* evidence = nullptr,
        bool companyWorkbook = false);
};

} // namespace dj::io
