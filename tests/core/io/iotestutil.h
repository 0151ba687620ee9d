#pragma once

#include "core/store/database.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace dj::test {

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
/// Rows per bundle table.
QMap<QString, qint64> tableCounts(const store::Database& db);
/// Fills every bundle table of an empty cache with awkward but valid values (quotes, commas, newlines,
/// fractions, non-CNY money, empty key parts, masked ID numbers), written with SQL, not by the importer.
void fillEveryTable(store::Database& db);
/// All files of a CSV bundle folder, name → bytes.
QMap<QString, QByteArray> bundleFiles(const QString& dir);

} // namespace dj::test
