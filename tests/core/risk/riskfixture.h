#pragma once

// Shared by the risk tests: a plain CSV reader and writer (independent of core/io) and demo bundles.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dj::test {

using CsvRows = QList<QHash<QString, QString>>;

/// RFC 4180 CSV with a header row, UTF-8 (BOM skipped).
CsvRows readCsv(const QString& path);
/// Writes header + rows as UTF-8 CSV (fields quoted when needed).
void writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows);
/// Creates a demo cache of n enterprises at db and exports it as CSV into bundleDir (through the CLI).
void demoBundle(const QString& db, const QString& bundleDir, int n);

} // namespace dj::test
