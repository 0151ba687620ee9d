#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace dj::store {
class Database;
}

namespace dj::valuation {

/// Data-quality indicators measured on one table of an open cache, to show the quality method on real data.
struct ColumnMeasure
{
    QString column;
    qint64 missing = 0; ///< NULL or blank
    qint64 checked = 0; ///< non-blank values a format rule applies to (0: no rule)
    qint64 conforming = 0; ///< of those, how many follow the rule
    QString rule; ///< "uscc", "region_code", "date" or empty
};

struct TableMeasure
{
    QString table;
    qint64 rows = 0; ///< rows read (the first `limit` by rowid)
    QList<ColumnMeasure> columns;
    QString keyColumn; ///< duplicates are counted on this column
    qint64 duplicates = 0; ///< rows whose key repeats an earlier row's
    qint64 usccChecked = 0, usccValid = 0; ///< accuracy: check characters right
    QDate newest; ///< newest date found in the date columns
    int ageDays = -1; ///< reference date − newest (−1: no date)

    double missingRate() const; ///< mean over columns
    double conformanceRate() const; ///< over every checked value
    /// Suggested indicator scores (0..100) per dimension; -1 where the table says nothing (accessibility).
    QList<double> scores() const;
};

class QualityMeasure
{
    Q_DECLARE_TR_FUNCTIONS(QualityMeasure)
public:
    /// Tables of the cache that can be measured.
    static QStringList tables(const store::Database& db);
    /// Measures up to `limit` rows of a table (its name must be one of tables()). Throws ValidationError for
    /// an unknown table; store::StoreError for a database problem.
    static TableMeasure measure(
        const store::Database& db, const QString& table, const QDate& reference, qint64 limit = 200000);
};

} // namespace dj::valuation
