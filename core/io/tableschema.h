#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dj::io {

/// How a bundle column's text becomes a stored value.
enum class ValueKind {
    Text, ///< trimmed text
    Code, ///< trimmed, full-width folded (ids, codes, numbers kept as text)
    Uscc, ///< 统一社会信用代码 of the row's own enterprise (validated, flag on a bad check character)
    UsccRef, ///< a reference to an enterprise by USCC (normalised, not validated)
    Int, ///< integer
    Real, ///< number
    Money, ///< yuan, with 万/亿 and currencies
    Percent, ///< 0–100, "%" accepted
    Date, ///< YYYY-MM-DD
    Month, ///< YYYY-MM
    Year, ///< four-digit year
    Lon, ///< WGS-84 longitude
    Lat, ///< WGS-84 latitude
    RegionCode, ///< six-digit GB/T 2260 code
    PlaceCode, ///< 2/4/6-digit GB/T 2260 code
    IndustryCode, ///< GB/T 4754 code, 2–4 digits, optional leading section letter
    Status, ///< 登记状态, vendor spellings normalised
    Role, ///< 任职, vendor titles split
    HolderKind, ///< person / enterprise / other
    IdNumber, ///< 身份证号, stored masked only
    Gender, ///< 男 / 女
    Scale, ///< 大型 / 中型 / 小型 / 微型
    RelationKind, ///< 供应 / 竞争 / 合作
    RiskStatus, ///< 有效 / 已移出
    Currency, ///< ISO code of a non-CNY currency; CNY → empty
    List, ///< "|"-separated list (former names, investors)
};

/// One exchange-format column.
struct ColumnSpec
{
    QString name; ///< canonical name (also the database column, except id_number)
    ValueKind kind = ValueKind::Text;
    bool required = false; ///< a row without it is rejected
    bool key = false; ///< part of the natural key
    QString emptyValue; ///< stored instead of NULL when empty (NOT NULL DEFAULT columns); exported as empty
    bool numericEmpty = false; ///< emptyValue is a number (year 0)
};

/// The exchange-format description of one bundle table: canonical column order, key, required columns
/// and the aliases (mostly Chinese headers) that vendor files use.
struct TableSpec
{
    QString name;
    QList<ColumnSpec> columns;
    QStringList keyColumns; ///< natural key = conflict target = export order
    QStringList orderBy; ///< export order (defaults to the key)

    int indexOf(const QString& column) const;
    const ColumnSpec* column(const QString& name) const;
};

/// All bundle tables in dependency order (parents first).
class TableSchema
{
    Q_DECLARE_TR_FUNCTIONS(TableSchema)
public:
    static const QList<TableSpec>& tables();
    static const TableSpec* find(const QString& table);
    /// Bundle table names in import order.
    static QStringList tableNames();
    /// The canonical column a header stands for in a table ("统一社会信用代码" → "uscc"); empty if unknown.
    static QString canonicalColumn(const QString& table, const QString& header);
    /// The Chinese header users know a column by (e.g. uscc → 统一社会信用代码); empty when none is known.
    static QString columnLabel(const QString& table, const QString& column);
    /// Vendor files give some values in a form the bundle derives a column from (region names → region_code,
    /// industry names per level → industry_code, 税款所属期 → year, 楼栋 → building_id, 姓名 → person_id).
    /// These auxiliary columns are what canonicalColumn() returns for such headers; they are not stored.
    static bool isAuxiliary(const QString& table, const QString& column);
    /// The auxiliary columns a table accepts (for the mapping step's choices).
    static QStringList auxiliaryColumns(const QString& table);
    /// The bundle column an auxiliary column feeds; empty when column is not auxiliary in table.
    static QString auxiliaryTarget(const QString& table, const QString& column);
    /// A header folded for comparison: trimmed, lowercase, no spaces/BOM, full-width ASCII folded.
    static QString foldHeader(const QString& header);
};

} // namespace dj::io
