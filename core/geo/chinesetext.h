#pragma once

#include <QString>
#include <QStringView>

namespace dj::geo {

/// Character-level clean-up of Chinese text as registries write it, the first step of address
/// normalisation. Thread-safe; the traditional→simplified table is built once on first use.
class ChineseText
{
public:
    /// Full-width ASCII (！…～) → ASCII, ideographic space → space.
    static QString toHalfWidth(QStringView text);
    /// Traditional → simplified, one character at a time, from ICU's Traditional-Simplified
    /// transliterator (only its one-to-one character mappings are used: addresses need no phrase rules).
    static QString toSimplified(QStringView text);
    /// The simplified form of one BMP character (itself when it has none).
    static char16_t simplified(char16_t c);

    /// Value of a run of Chinese numerals: 十二 → 12, 二十三 → 23, 一百零五 → 105, 一〇五 / 一零五 → 105
    /// (digit by digit), 两 → 2, financial forms 壹贰叁…拾佰仟. −1 when the run is not a numeral.
    static qint64 numeralValue(QStringView run);
    static bool isNumeralChar(char16_t c);

    /// The full address clean-up: half-width, simplified, ASCII letters upper-case, whitespace and
    /// list punctuation removed, dash and number-sign variants unified, and Chinese numerals that
    /// count something (followed by 号 幢 栋 座 层 楼 室 单元 弄 巷 期 组 户 # F, or preceded by 第) turned
    /// into ASCII digits with the 第 dropped. Numerals inside names (五一路, 二七区, 十堰) stay.
    static QString normalizeAddress(QStringView text);
};

} // namespace dj::geo
