#pragma once

#include <QCoreApplication>
#include <QString>

namespace dj::ui {

/// Names users read for the bundle tables and their columns, with the file/column name beside them
/// (the bundle's files are named after the tables, so both are shown).
class TableTitles
{
    Q_DECLARE_TR_FUNCTIONS(TableTitles)
public:
    /// "企业 (enterprises)"; the bare name for an unknown table.
    static QString table(const QString& name);
    /// "统一社会信用代码 (uscc)"; the bare name when no header is known for it.
    static QString column(const QString& table, const QString& name);
};

} // namespace dj::ui
