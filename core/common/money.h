#pragma once

#include <QString>
#include <QVariant>
#include <optional>

namespace dj {

/// The one money formatter: amounts are stored in yuan (元) and shown in 万元 (or 亿元 for large sums).
/// All functions are pure and thread-safe; digits are grouped by thousands with a '.' decimal point.
///
///     Money::wan(12'345'600)            // "1,234.56"       (万元, two decimals)
///     Money::wan(12'345'600, 0)         // "1,235"
///     Money::toWan(12'345'600)          // 1234.56          (a number, for exports and charts)
///     Money::text(3.2e8)                // "3.20亿元"  /  Money::text(5e5) → "50.00万元"
class Money
{
public:
    static constexpr double kWan = 1e4;
    static constexpr double kYi = 1e8;

    /// yuan → 万元 as a number.
    static double toWan(double yuan) { return yuan / kWan; }
    static QVariant toWan(const std::optional<double>& yuan)
    {
        return yuan ? QVariant(*yuan / kWan) : QVariant();
    }
    /// yuan → 万元 as text without unit ("1,234.56"); empty for no value.
    static QString wan(double yuan, int decimals = 2);
    static QString wan(const std::optional<double>& yuan, int decimals = 2);
    static QString wan(const QVariant& yuan, int decimals = 2);
    /// yuan → text with its unit: "x亿元" from 1亿 on, "x万元" from 1万 on, "x元" below; empty for no value.
    static QString text(double yuan, int decimals = 2);
    static QString text(const std::optional<double>& yuan, int decimals = 2);
};

} // namespace dj
