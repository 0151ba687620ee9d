#include "core/geo/chinesetext.h"

#include <algorithm>
#include <array>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <vector>

namespace dj::geo {

namespace {

// CJK blocks that hold traditional characters: Extension A, Unified Ideographs, Compatibility.
constexpr char16_t kCjkFirst = 0x3400;
constexpr char16_t kCjkLast = 0xFAFF;

struct SimplifiedTable
{
    std::vector<char16_t> map; // index c − kCjkFirst; 0 = unchanged

    SimplifiedTable()
        : map(size_t(kCjkLast - kCjkFirst + 1), 0)
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> tr(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !tr) {
            fallback();
            return;
        }
        // One call over all characters (separated so that no multi-character rule can fire) is far
        // cheaper than 28,000 single calls.
        icu::UnicodeString all;
        for (char32_t c = kCjkFirst; c <= kCjkLast; ++c) {
            if ((c >= 0x4DC0 && c < 0x4E00) || (c >= 0xA000 && c < 0xF900))
                continue;
            all.append(UChar(c));
            all.append(UChar(u'\n'));
        }
        const icu::UnicodeString original = all;
        tr->transliterate(all);
        // Walk both strings line by line; keep one-to-one mappings only.
        int32_t a = 0, b = 0;
        while (a < original.length() && b < all.length()) {
            const int32_t ae = original.indexOf(UChar(u'\n'), a);
            const int32_t be = all.indexOf(UChar(u'\n'), b);
            if (ae < 0 || be < 0)
                break;
            if (ae - a == 1 && be - b == 1 && original.charAt(a) != all.charAt(b))
                map[size_t(original.charAt(a) - kCjkFirst)] = char16_t(all.charAt(b));
            a = ae + 1;
            b = be + 1;
        }
        fallback();
    }

    // Characters that matter most in addresses, in case the ICU data lacks the transliterator (a
    // trimmed ICU build); also variants that ICU leaves alone but registries use (巿 for 市).
    void fallback()
    {
        static constexpr std::array<std::pair<char16_t, char16_t>, 58> kPairs { {
            { u'號', u'号' },
            { u'樓', u'楼' },
            { u'層', u'层' },
            { u'區', u'区' },
            { u'縣', u'县' },
            { u'鎮', u'镇' },
            { u'鄉', u'乡' },
            { u'門', u'门' },
            { u'園', u'园' },
            { u'開', u'开' },
            { u'發', u'发' },
            { u'業', u'业' },
            { u'產', u'产' },
            { u'廣', u'广' },
            { u'東', u'东' },
            { u'蘇', u'苏' },
            { u'鹽', u'盐' },
            { u'單', u'单' },
            { u'棟', u'栋' },
            { u'廈', u'厦' },
            { u'國', u'国' },
            { u'際', u'际' },
            { u'華', u'华' },
            { u'灣', u'湾' },
            { u'龍', u'龙' },
            { u'陽', u'阳' },
            { u'濱', u'滨' },
            { u'濟', u'济' },
            { u'寧', u'宁' },
            { u'興', u'兴' },
            { u'貿', u'贸' },
            { u'場', u'场' },
            { u'廠', u'厂' },
            { u'莊', u'庄' },
            { u'橋', u'桥' },
            { u'裡', u'里' },
            { u'裏', u'里' },
            { u'貳', u'贰' },
            { u'陸', u'陆' },
            { u'參', u'叁' },
            { u'萬', u'万' },
            { u'經', u'经' },
            { u'術', u'术' },
            { u'創', u'创' },
            { u'環', u'环' },
            { u'庫', u'库' },
            { u'倉', u'仓' },
            { u'館', u'馆' },
            { u'長', u'长' },
            { u'漢', u'汉' },
            { u'廳', u'厅' },
            { u'雲', u'云' },
            { u'連', u'连' },
            { u'島', u'岛' },
            { u'農', u'农' },
            { u'巿', u'市' },
            { u'衛', u'卫' },
            { u'鋪', u'铺' },
        } };
        for (const auto& [from, to] : kPairs) {
            if (from >= kCjkFirst && from <= kCjkLast && map[size_t(from - kCjkFirst)] == 0)
                map[size_t(from - kCjkFirst)] = to;
        }
    }
};

const SimplifiedTable& simplifiedTable()
{
    static const SimplifiedTable table;
    return table;
}

int digitValue(char16_t c)
{
    switch (c) {
    case u'〇':
    case u'零':
    case u'0':
        return 0;
    case u'一':
    case u'壹':
    case u'幺':
        return 1;
    case u'二':
    case u'两':
    case u'贰':
        return 2;
    case u'三':
    case u'叁':
        return 3;
    case u'四':
    case u'肆':
        return 4;
    case u'五':
    case u'伍':
        return 5;
    case u'六':
    case u'陆':
        return 6;
    case u'七':
    case u'柒':
        return 7;
    case u'八':
    case u'捌':
        return 8;
    case u'九':
    case u'玖':
        return 9;
    default:
        return -1;
    }
}

int unitValue(char16_t c)
{
    switch (c) {
    case u'十':
    case u'拾':
        return 10;
    case u'百':
    case u'佰':
        return 100;
    case u'千':
    case u'仟':
        return 1000;
    default:
        return 0;
    }
}

// Characters after which a numeral counts something (so it becomes digits).
bool isCounterAfter(QStringView rest)
{
    if (rest.isEmpty())
        return false;
    switch (rest.front().unicode()) {
    case u'号':
    case u'幢':
    case u'栋':
    case u'座':
    case u'层':
    case u'楼':
    case u'室':
    case u'弄':
    case u'巷':
    case u'期':
    case u'组':
    case u'户':
    case u'#':
    case u'F':
    case u'房':
        return true;
    case u'单':
        return rest.size() > 1 && rest.at(1) == u'元';
    default:
        return false;
    }
}

} // namespace

char16_t ChineseText::simplified(char16_t c)
{
    if (c < kCjkFirst || c > kCjkLast)
        return c;
    const char16_t m = simplifiedTable().map[size_t(c - kCjkFirst)];
    return m ? m : c;
}

QString ChineseText::toHalfWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0xFF01 && c <= 0xFF5E)
            out.append(QChar(char16_t(c - 0xFEE0)));
        else if (c == 0x3000)
            out.append(QLatin1Char(' '));
        else
            out.append(ch);
    }
    return out;
}

QString ChineseText::toSimplified(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text)
        out.append(QChar(simplified(ch.unicode())));
    return out;
}

bool ChineseText::isNumeralChar(char16_t c)
{
    if (c < 0x3007) // below 〇 only ASCII digits can be numerals
        return c >= u'0' && c <= u'9';
    if (c < 0x4E00 && c != 0x3007)
        return false;
    return digitValue(c) >= 0 || unitValue(c) > 0;
}

qint64 ChineseText::numeralValue(QStringView run)
{
    if (run.isEmpty() || run.size() > 18)
        return -1;
    bool hasUnit = false;
    for (const QChar ch : run) {
        if (!isNumeralChar(ch.unicode()))
            return -1;
        hasUnit = hasUnit || unitValue(ch.unicode()) > 0;
    }
    if (!hasUnit) {
        // 一〇五, 五零一: positional digits. 两 is never positional in an address number.
        qint64 v = 0;
        for (const QChar ch : run)
            v = v * 10 + digitValue(ch.unicode());
        return v;
    }
    // 二十三, 一百零五, 十二: digit × unit sums; a leading unit means one of it (十二 = 12).
    qint64 total = 0;
    qint64 digit = -1;
    for (const QChar ch : run) {
        const int d = digitValue(ch.unicode());
        if (d >= 0) {
            digit = d;
            continue;
        }
        const int u = unitValue(ch.unicode());
        total += (digit < 0 ? 1 : digit) * u;
        digit = -1;
    }
    if (digit > 0)
        total += digit;
    return total;
}

QString ChineseText::normalizeAddress(QStringView text)
{
    const SimplifiedTable& table = simplifiedTable();
    // Pass 1: width, script, case, punctuation.
    QString s;
    s.reserve(text.size());
    for (const QChar ch : text) {
        char16_t c = ch.unicode();
        if (c >= 0xFF01 && c <= 0xFF5E)
            c = char16_t(c - 0xFEE0);
        else if (c >= kCjkFirst && c <= kCjkLast && table.map[size_t(c - kCjkFirst)])
            c = table.map[size_t(c - kCjkFirst)];
        if (c >= u'a' && c <= u'z')
            c = char16_t(c - 32);
        switch (c) {
        case u' ':
        case u'\t':
        case u'\r':
        case u'\n':
        case 0x3000:
        case 0x00A0:
        case u',':
        case u'、':
        case u'，':
        case u'。':
        case u';':
        case u'"':
        case u'\'':
        case u'“':
        case u'”':
        case u'‘':
        case u'’':
        case 0xFEFF:
        case 0xFFFD:
            continue;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
        case u'~':
        case 0x301C:
            c = u'-';
            break;
        case u'【':
        case u'〔':
        case u'[':
        case u'{':
            c = u'(';
            break;
        case u'】':
        case u'〕':
        case u']':
        case u'}':
            c = u')';
            break;
        default:
            break;
        }
        if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF))
            continue; // control characters and lone surrogates carry no address information
        s.append(QChar(c));
    }

    // Pass 2: numerals that count something → digits. Most addresses have none: skip the copy then.
    if (std::none_of(s.cbegin(), s.cend(),
            [](QChar ch) { return ch.unicode() >= 0x3007 && ChineseText::isNumeralChar(ch.unicode()); }))
        return s;
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const char16_t c = s.at(i).unicode();
        if (!isNumeralChar(c) || (c >= u'0' && c <= u'9')) {
            out.append(s.at(i));
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isNumeralChar(s.at(j).unicode()) && !(s.at(j) >= u'0' && s.at(j) <= u'9'))
            ++j;
        const QStringView run = QStringView(s).mid(i, j - i);
        const bool afterDi = !out.isEmpty() && out.back() == u'第';
        if (afterDi || isCounterAfter(QStringView(s).mid(j))) {
            const qint64 v = numeralValue(run);
            if (v >= 0) {
                if (afterDi)
                    out.chop(1);
                // Keep leading zeros of positional forms (〇五室 → 05室): they are part of a room name.
                if (!run.isEmpty() && digitValue(run.front().unicode()) == 0
                    && unitValue(run.back().unicode()) == 0)
                    out.append(QString(run.size() - QString::number(v).size(), QLatin1Char('0')));
                out.append(QString::number(v));
                i = j;
                continue;
            }
        }
        out.append(run);
        i = j;
    }
    return out;
}

} // namespace dj::geo
