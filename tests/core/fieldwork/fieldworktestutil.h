#pragma once

#include "core/store/database.h"

#include <QByteArray>
#include <QString>

namespace dj::test {

/// A fresh cache at path with three enterprises (plain SQL), one park, one building with a tenant.
store::Database makeFieldworkCache(const QString& path);
/// Every row of visits, tasks and the field-work tables, in a canonical order, as text.
QString dumpFieldwork(const store::Database& db);
/// One text value from plain SQL with one bound parameter (null QString when no row).
QString sqlText(const store::Database& db, const char* sql, const QString& param = {});
qint64 sqlInt(const store::Database& db, const char* sql, const QString& param = {});
/// SHA-256 of a file's bytes (hex).
QByteArray sha256(const QString& path);

inline const QString kUsccA = QStringLiteral("91320500MA1XA0001A");
inline const QString kUsccB = QStringLiteral("91320500MA1XB0002B");
inline const QString kUsccC = QStringLiteral("91320500MA1XC0003C");

} // namespace dj::test
