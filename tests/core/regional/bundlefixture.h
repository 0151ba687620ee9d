#pragma once

// A small demo cache made with the CLI and its exported bundle, read back as plain rows, plus an
// independent computation of regional flows and indices from those rows (plain C++, no engine code).

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <map>
#include <tuple>

namespace dj::test::regional {

using Row = QHash<QString, QString>;

struct Bundle
{
    QString dir; ///< temporary folder holding the cache and the export
    QString cache; ///< the demo cache
    QList<Row> enterprises, persons, shareholdings, financials, qualifications;
};

/// The shared fixture: created once per test run (demo of n enterprises, exported as CSV).
const Bundle& bundle();

/// Reads an RFC 4180 CSV file (UTF-8, optional BOM) into rows keyed by header.
QList<Row> readCsv(const QString& path);

/// Section letter of an industry code by its division (domain.md's table of GB/T 4754 sections).
QString sectionOf(const QString& industryCode);

struct Cell
{
    qint64 count = 0;
    double capital = 0;
};
/// (kind, from, to) → cell, with kind "enterprise", "person", "other" and region keys as in the CLI.
using Flows = std::map<std::tuple<QString, QString, QString>, Cell>;

/// Flows at level (1..3) within a region code ("" for all), filtered by sections and investee year range.
Flows expectedFlows(const Bundle& b, int level, const QString& within, const QSet<QString>& sections = {},
    int yearFrom = 0, int yearTo = 0);

struct Expected
{
    QHash<QString, double> terms;
    QHash<QString, double> values;
};
/// Raw terms and index values per region at level within, for reference year Y and growth span K.
QMap<QString, Expected> expectedIndices(const Bundle& b, int level, const QString& within, int Y, int K);

/// Greatest year of financials.csv having a revenue.
int latestYear(const Bundle& b);

} // namespace dj::test::regional
