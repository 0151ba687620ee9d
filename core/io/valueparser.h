#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace dj::io {

/// An amount of money in yuan (or in `currency` when that is not empty, an ISO code such as "USD").
struct Money
{
    double amount = 0;
    QString currency; ///< empty for CNY
};

/// The value rules of exchange-format.md: numbers, money, dates, vendor spellings. Pure functions; a
/// std::nullopt / empty result means the text cannot be understood.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(ValueParser)
public:
    /// Full-width ASCII folded to ASCII, ideographic space to space, then trimmed.
    static QString foldWidth(QStringView text);
    /// Same; shares the string (no copy) when there is nothing to fold.
    static QString foldWidth(const QString& text);
    /// "-", "--", "—", "/", "null", "N/A", "无": what vendors write for "unknown".
    static bool isBlankMarker(QStringView text);

    /// "1,234.5", "１２３", "-5", "1.5e3" → number (after foldWidth).
    static std::optional<double> parseNumber(QStringView text);
    /// Integers; "12.0" accepted, "12.5" not.
    static std::optional<qint64> parseInteger(QStringView text);
    /// "1,234.5", "500万", "500万元人民币", "1.2亿", "100万美元", "USD 100" → amount + currency.
    static std::optional<Money> parseMoney(QStringView text);
    /// Currency name or code → ISO code; "CNY" for yuan; empty when unknown.
    static QString currencyCode(QStringView text);

    /// YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD (time part ignored) → "YYYY-MM-DD".
    /// With allowExcelSerial, a plain day number (XLSX cell without date style) is read as an Excel date.
    static QString parseDate(QStringView text, bool allowExcelSerial = false);
    /// Excel serial day (1900 system with its 1900-02-29 bug, or 1904 system) → "YYYY-MM-DD"; empty if
    /// invalid.
    static QString excelSerialToDate(double serial, bool date1904 = false);
    /// The inverse in the 1900 system: the serial day of date; nullopt before 1900-03-01, where Excel's
    /// phantom 1900-02-29 makes serials ambiguous, or for an invalid date.
    static std::optional<qint64> dateToExcelSerial(const QDate& date);
    /// YYYY-MM, YYYY/M, YYYY年M月, YYYYMM → "YYYY-MM".
    static QString parseMonth(QStringView text);
    /// "2023", "2023年", "2023.0" → 2023 (1000–2999).
    static std::optional<int> parseYear(QStringView text);

    /// 登记状态 spelled by a vendor → one of the ten canonical values; empty when unknown.
    static QString normalizeStatus(QStringView text);
    /// "执行董事兼总经理" → {"执行董事","总经理"}; unknown titles → "其他".
    static QStringList splitRoles(QStringView text);
    /// person / enterprise / other (also 自然人, 企业法人 …); empty when unknown.
    static QString normalizeHolderKind(QStringView text);
    /// 男 / 女 (also M, F, male, female); empty when unknown.
    static QString normalizeGender(QStringView text);
    /// 大型 / 中型 / 小型 / 微型 (also 大型企业 …); empty when unknown.
    static QString normalizeScale(QStringView text);

    /// The canonical text of a number in an exported bundle: integers without ".0", no exponent,
    /// otherwise the shortest text that reads back as the same double.
    static QByteArray formatNumber(double value);
};

} // namespace dj::io
