#include "core/common/money.h"

#include <QLocale>
#include <cmath>

namespace dj {

namespace {

/// Grouped digits with a '.' decimal point in every UI language ("12,345.67"), as tables and reports show.
const QLocale& numbers()
{
    static const QLocale c = [] {
        QLocale l(QLocale::C);
        l.setNumberOptions({});
        return l;
    }();
    return c;
}

} // namespace

QString Money::wan(double yuan, int decimals)
{
    if (!std::isfinite(yuan))
        return {};
    return numbers().toString(yuan / kWan, 'f', decimals);
}

QString Money::wan(const std::optional<double>& yuan, int decimals)
{
    return yuan ? wan(*yuan, decimals) : QString();
}

QString Money::wan(const QVariant& yuan, int decimals)
{
    if (yuan.isNull() || !yuan.isValid())
        return {};
    bool ok = false;
    const double v = yuan.toDouble(&ok);
    return ok ? wan(v, decimals) : yuan.toString();
}

QString Money::text(double yuan, int decimals)
{
    if (!std::isfinite(yuan))
        return {};
    const QLocale& locale = numbers();
    const double a = std::fabs(yuan);
    if (a >= kYi)
        return locale.toString(yuan / kYi, 'f', decimals) + QStringLiteral("亿元");
    if (a >= kWan)
        return locale.toString(yuan / kWan, 'f', decimals) + QStringLiteral("万元");
    return locale.toString(yuan, 'f', decimals) + QStringLiteral("元");
}

QString Money::text(const std::optional<double>& yuan, int decimals)
{
    return yuan ? text(*yuan, decimals) : QString();
}

} // namespace dj
