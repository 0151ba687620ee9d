#pragma once

// Shared by the risk tests: a plain CSV reader and writer (independent of core/io) and demo bundles.
#include "tests/support/testutil.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dj::test {

/// Writes header + rows as UTF-8 CSV (fields quoted when needed).
void writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows);
/// Creates a demo cache of n enterprises at db and exports it as CSV into bundleDir (through the CLI).
void demoBundle(const QString& db, const QString& bundleDir, int n);

} // namespace dj::test
