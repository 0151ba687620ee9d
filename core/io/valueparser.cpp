#include "core/io/valueparser.h"

#include <QDate>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dj::io {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// Reads digits at pos; returns the number of digits read (value in out).
int readDigits(QStringView s, qsizetype& pos, int& out, int maxDigits)
{
    int n = 0;
    out = 0;
    while (pos < s.size() && n < maxDigits && isDigit(s.at(pos))) {
        out = out * 10 + (s.at(pos).unicode() - '0');
        ++pos;
        ++n;
    }
    return n;
}

QString isoDate(int y, int m, int d)
{
    if (!QDate::isValid(y, m, d) || y < 1000 || y > 2999)
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(y, 4, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(d, 2, 10, QLatin1Char('0'));
}

// Moves the decimal point of a plain decimal text right by `shift` places, so that 1.2亿 is exactly
// 120000000 rather than 1.2 * 1e8 with its binary rounding.
QString shiftDecimal(const QString& number, int shift)
{
    QString sign;
    QString s = number;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        if (s.at(0) == QLatin1Char('-'))
            sign = QStringLiteral("-");
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString intPart = dot < 0 ? s : s.left(dot);
    QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    while (frac.size() < shift)
        frac.append(QLatin1Char('0'));
    intPart += frac.left(shift);
    frac = frac.mid(shift);
    return sign + intPart + (frac.isEmpty() ? QString() : QLatin1Char('.') + frac);
}

} // namespace

namespace {
bool needsFolding(QStringView text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000 || u == 0x00A0)
            return true;
    }
    return false;
}
} // namespace

QString ValueParser::foldWidth(const QString& text)
{
    // The common case, plain text, is shared rather than copied: this runs for millions of cells.
    return needsFolding(text) ? foldWidth(QStringView(text)) : text;
}

QString ValueParser::foldWidth(QStringView text)
{
    if (!needsFolding(text))
        return text.toString();

    QString out;
    out.reserve(text.size());
    bool changed = false;
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) {
            u = char16_t(u - 0xFEE0);
            changed = true;
        } else if (u == 0x3000 || u == 0x00A0) {
            u = ' ';
            changed = true;
        }
        out.append(QChar(u));
    }
    Q_UNUSED(changed);
    return out.trimmed();
}

bool ValueParser::isBlankMarker(QStringView text)
{
    const QString t = foldWidth(text);
    return t.isEmpty() || t == u"-" || t == u"--" || t == u"—" || t == u"——" || t == u"/" || t == u"无"
        || t.compare(u"null", Qt::CaseInsensitive) == 0 || t.compare(u"n/a", Qt::CaseInsensitive) == 0
        || t.compare(u"na", Qt::CaseInsensitive) == 0;
}

std::optional<double> ValueParser::parseNumber(QStringView text)
{
    QString t = foldWidth(text);
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    const QByteArray latin = t.toLatin1();
    double value = 0;
    const char* first = latin.constData();
    const char* last = first + latin.size();
    if (*first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || ptr != last || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> ValueParser::parseInteger(QStringView text)
{
    const auto v = parseNumber(text);
    if (!v || std::floor(*v) != *v || std::fabs(*v) > 9.0e15)
        return std::nullopt;
    return qint64(*v);
}

QString ValueParser::currencyCode(QStringView text)
{
    const QString t = foldWidth(text).toUpper();
    if (t.isEmpty())
        return {};
    static const struct
    {
        const char16_t* name;
        const char* code;
    } kCurrencies[] = {
        { u"CNY", "CNY" },
        { u"RMB", "CNY" },
        { u"人民币", "CNY" },
        { u"元", "CNY" },
        { u"元人民币", "CNY" },
        { u"人民币元", "CNY" },
        { u"¥", "CNY" },
        { u"USD", "USD" },
        { u"美元", "USD" },
        { u"$", "USD" },
        { u"US$", "USD" },
        { u"EUR", "EUR" },
        { u"欧元", "EUR" },
        { u"€", "EUR" },
        { u"HKD", "HKD" },
        { u"港元", "HKD" },
        { u"港币", "HKD" },
        { u"HK$", "HKD" },
        { u"JPY", "JPY" },
        { u"日元", "JPY" },
        { u"GBP", "GBP" },
        { u"英镑", "GBP" },
        { u"£", "GBP" },
        { u"TWD", "TWD" },
        { u"新台币", "TWD" },
        { u"SGD", "SGD" },
        { u"新加坡元", "SGD" },
        { u"AUD", "AUD" },
        { u"澳元", "AUD" },
        { u"CAD", "CAD" },
        { u"加元", "CAD" },
        { u"CHF", "CHF" },
        { u"瑞士法郎", "CHF" },
        { u"KRW", "KRW" },
        { u"韩元", "KRW" },
        { u"MOP", "MOP" },
        { u"澳门元", "MOP" },
    };
    for (const auto& c : kCurrencies)
        if (t == QStringView(c.name))
            return QString::fromLatin1(c.code);
    return {};
}

std::optional<Money> ValueParser::parseMoney(QStringView text)
{
    QString t = foldWidth(text);
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    t.remove(QLatin1Char('('));
    t.remove(QLatin1Char(')'));
    if (t.isEmpty())
        return std::nullopt;
    QString currency;
    // Currency words and symbols may stand before or after the number, units (万, 亿) after it.
    static const char16_t* const kCurrencyWords[] = { u"元人民币", u"人民币元", u"人民币", u"新加坡元",
        u"瑞士法郎", u"澳门元", u"新台币", u"美元", u"欧元", u"港元", u"港币", u"日元", u"英镑", u"澳元",
        u"加元", u"韩元", u"RMB", u"CNY", u"USD", u"EUR", u"HKD", u"JPY", u"GBP", u"TWD", u"SGD", u"AUD",
        u"CAD", u"CHF", u"KRW", u"MOP", u"US$", u"HK$", u"¥", u"$", u"€", u"£", u"元" };
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const char16_t* word : kCurrencyWords) {
            const QStringView w(word);
            if (t.endsWith(w, Qt::CaseInsensitive)) {
                const QString code = currencyCode(w);
                if (currency.isEmpty() || currency == u"CNY")
                    currency = code;
                t.chop(w.size());
                stripped = true;
                break;
            }
            if (t.startsWith(w, Qt::CaseInsensitive)) {
                const QString code = currencyCode(w);
                if (currency.isEmpty() || currency == u"CNY")
                    currency = code;
                t.remove(0, w.size());
                stripped = true;
                break;
            }
        }
    }
    int shift = 0;
    static const struct
    {
        const char16_t* unit;
        int shift;
    } kUnits[]
        = { { u"万亿", 12 }, { u"千万", 7 }, { u"百万", 6 }, { u"亿", 8 }, { u"万", 4 }, { u"千", 3 } };
    for (const auto& u : kUnits) {
        if (t.endsWith(QStringView(u.unit))) {
            t.chop(QStringView(u.unit).size());
            shift = u.shift;
            break;
        }
    }
    if (t.isEmpty())
        return std::nullopt;
    // Only plain decimals may be shifted; reject exponents together with a unit.
    for (QChar c : t)
        if (!(isDigit(c) || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('+')
                || (shift == 0 && (c == QLatin1Char('e') || c == QLatin1Char('E')))))
            return std::nullopt;
    const auto value = parseNumber(shift ? shiftDecimal(t, shift) : t);
    if (!value)
        return std::nullopt;
    Money m;
    m.amount = *value;
    m.currency = currency == u"CNY" ? QString() : currency;
    return m;
}

QString ValueParser::excelSerialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2958465)
        return {};
    const qint64 day = qint64(std::floor(serial));
    QDate d;
    if (date1904) {
        d = QDate(1904, 1, 1).addDays(day);
    } else {
        // Excel counts a 1900-02-29 that never was (serial 60); days after it are one too high.
        if (day == 60)
            return {};
        d = day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
    }
    return isoDate(d.year(), d.month(), d.day());
}

std::optional<qint64> ValueParser::dateToExcelSerial(const QDate& date)
{
    if (!date.isValid() || date < QDate(1900, 3, 1))
        return std::nullopt;
    return date.toJulianDay() - QDate(1899, 12, 30).toJulianDay();
}

QString ValueParser::parseDate(QStringView text, bool allowExcelSerial)
{
    const QString t = foldWidth(text);
    const QStringView s(t);
    qsizetype pos = 0;
    int y = 0, m = 0, d = 0;
    const int yd = readDigits(s, pos, y, 8);
    if (yd == 8 && pos == s.size())
        return isoDate(y / 10000, (y / 100) % 100, y % 100);
    if (yd != 4) {
        if (allowExcelSerial && yd >= 1 && yd <= 7) {
            if (const auto v = parseNumber(s))
                return excelSerialToDate(*v);
        }
        return {};
    }
    auto sep = [&](std::initializer_list<char16_t> allowed) {
        if (pos >= s.size())
            return false;
        for (char16_t a : allowed)
            if (s.at(pos).unicode() == a) {
                ++pos;
                return true;
            }
        return false;
    };
    if (!sep({ u'-', u'/', u'.', u'年' }))
        return {};
    if (readDigits(s, pos, m, 2) == 0)
        return {};
    if (!sep({ u'-', u'/', u'.', u'月' }))
        return {};
    if (readDigits(s, pos, d, 2) == 0)
        return {};
    sep({ u'日' });
    // A time part ("2020-01-02 00:00:00", "2020-01-02T08:00") is dropped; anything else is an error.
    if (pos < s.size() && s.at(pos) != QLatin1Char(' ') && s.at(pos) != QLatin1Char('T'))
        return {};
    return isoDate(y, m, d);
}

QString ValueParser::parseMonth(QStringView text)
{
    const QString t = foldWidth(text);
    const QStringView s(t);
    qsizetype pos = 0;
    int y = 0, m = 0;
    const int yd = readDigits(s, pos, y, 6);
    if (yd == 6 && pos == s.size()) {
        m = y % 100;
        y /= 100;
    } else if (yd == 4 && pos < s.size()
        && (s.at(pos) == QLatin1Char('-') || s.at(pos) == QLatin1Char('/') || s.at(pos) == QLatin1Char('.')
            || s.at(pos) == u'年')) {
        ++pos;
        if (readDigits(s, pos, m, 2) == 0)
            return {};
        if (pos < s.size() && s.at(pos) == u'月')
            ++pos;
        if (pos != s.size())
            return {};
    } else {
        return {};
    }
    if (m < 1 || m > 12 || y < 1000 || y > 2999)
        return {};
    return QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
}

std::optional<int> ValueParser::parseYear(QStringView text)
{
    QString t = foldWidth(text);
    if (t.endsWith(u'年'))
        t.chop(1);
    const auto v = parseInteger(t);
    if (!v || *v < 1000 || *v > 2999)
        return std::nullopt;
    return int(*v);
}

QString ValueParser::normalizeStatus(QStringView text)
{
    static const QStringList kCanonical = { u"存续"_s, u"在业"_s, u"吊销"_s, u"注销"_s, u"迁入"_s, u"迁出"_s,
        u"停业"_s, u"清算"_s, u"歇业"_s, u"撤销"_s };
    QString t = foldWidth(text);
    if (kCanonical.contains(t))
        return t;
    // "吊销，已注销" is gone for good: 注销.
    if (t.contains(u"已注销"))
        return QStringLiteral("注销");
    const qsizetype cut = [&]() {
        qsizetype best = t.size();
        for (QChar c : { QChar(u'('), QChar(u','), QChar(u'、'), QChar(u'，'), QChar(u'（'), QChar(u';') }) {
            const qsizetype i = t.indexOf(c);
            if (i >= 0 && i < best)
                best = i;
        }
        return best;
    }();
    t = t.left(cut).trimmed();
    if (t.startsWith(u'已'))
        t.remove(0, 1);
    if (t.endsWith(u"企业"))
        t.chop(2);
    if (t.endsWith(u"中"))
        t.chop(1);
    for (const QString& c : kCanonical)
        if (t.startsWith(c))
            return c;
    // Registry spellings of "operating": 存续（在营、开业、在册）.
    static const QStringList kOperating
        = { u"在营"_s, u"开业"_s, u"在册"_s, u"正常"_s, u"确立"_s, u"登记成立"_s, u"营业"_s };
    for (const QString& c : kOperating)
        if (t == c)
            return QStringLiteral("存续");
    return {};
}

QStringList ValueParser::splitRoles(QStringView text)
{
    static const QStringList kRoles = { u"法定代表人"_s, u"董事长"_s, u"副董事长"_s, u"执行董事"_s, u"董事"_s,
        u"监事会主席"_s, u"监事"_s, u"总经理"_s, u"经理"_s, u"财务负责人"_s, u"执行事务合伙人"_s, u"其他"_s };
    static const struct
    {
        const char16_t* from;
        const char16_t* to;
    } kSynonyms[]
        = { { u"法人", u"法定代表人" }, { u"法人代表", u"法定代表人" }, { u"财务总监", u"财务负责人" },
              { u"总裁", u"总经理" }, { u"独立董事", u"董事" }, { u"职工董事", u"董事" },
              { u"职工监事", u"监事" }, { u"职工代表监事", u"监事" }, { u"监事长", u"监事会主席" },
              { u"执行董事长", u"董事长" }, { u"首席执行官", u"总经理" }, { u"CEO", u"总经理" } };
    QString t = foldWidth(text);
    for (QChar sep :
        { QChar(u'、'), QChar(u'/'), QChar(u','), QChar(u'，'), QChar(u'|'), QChar(u';'), QChar(u'；') })
        t.replace(sep, u'兼');
    QStringList out;
    for (QString part : t.split(u'兼', Qt::SkipEmptyParts)) {
        const qsizetype bracket = part.indexOf(u'(');
        if (bracket > 0)
            part = part.left(bracket);
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        QString role;
        if (kRoles.contains(part)) {
            role = part;
        } else {
            for (const auto& s : kSynonyms)
                if (part.compare(QStringView(s.from), Qt::CaseInsensitive) == 0)
                    role = QString::fromUtf16(s.to);
        }
        if (role.isEmpty())
            role = QStringLiteral("其他");
        if (!out.contains(role))
            out << role;
    }
    return out;
}

QString ValueParser::normalizeHolderKind(QStringView text)
{
    const QString t = foldWidth(text).toLower();
    if (t == u"person" || t == u"自然人" || t == u"个人" || t == u"自然人股东")
        return QStringLiteral("person");
    if (t == u"enterprise" || t == u"企业" || t == u"企业法人" || t == u"法人" || t == u"法人股东"
        || t == u"企业股东" || t == u"合伙企业" || t == u"有限合伙企业" || t == u"非自然人股东")
        return QStringLiteral("enterprise");
    if (t == u"other" || t == u"其他" || t == u"其他股东" || t == u"机关" || t == u"政府机构"
        || t == u"外国投资者" || t == u"基金")
        return QStringLiteral("other");
    return {};
}

QString ValueParser::normalizeGender(QStringView text)
{
    const QString t = foldWidth(text).toLower();
    if (t == u"男" || t == u"男性" || t == u"m" || t == u"male")
        return QStringLiteral("男");
    if (t == u"女" || t == u"女性" || t == u"f" || t == u"female")
        return QStringLiteral("女");
    return {};
}

QString ValueParser::normalizeScale(QStringView text)
{
    QString t = foldWidth(text);
    if (t.endsWith(u"企业"))
        t.chop(2);
    if (t == u"大型" || t == u"中型" || t == u"小型" || t == u"微型")
        return t;
    if (t == u"大" || t == u"中" || t == u"小" || t == u"微")
        return t + u'型';
    return {};
}

QByteArray ValueParser::formatNumber(double value)
{
    if (value == 0)
        return QByteArrayLiteral("0"); // also folds -0
    char buf[400];
    std::to_chars_result r;
    if (std::floor(value) == value && std::fabs(value) < 1e17)
        r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 0);
    else
        r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    return QByteArray(buf, int(r.ptr - buf));
}

} // namespace dj::io
