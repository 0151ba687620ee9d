#pragma once

#include "core/search/indexdata.h"

#include <QString>
#include <array>
#include <vector>

namespace dj::search {

/// Matches a Latin query against the pinyin keys of names (IndexData::nameCharSet).
///
/// A name matches when some run of consecutive characters spells the query, each character contributing a
/// non-empty prefix of one of its readings: the initial (`hwjs`), the full syllable (`huaweijishu`), an
/// initial cluster (`zhq`) or any mix. Implemented as a bit-parallel NFA (state bit p = p query letters
/// consumed), so a name costs a few instructions per character.
class PinyinMatcher
{
public:
    static constexpr int kMaxLetters = 63;
    /// The normalised query (lowercase letters, spaces and apostrophes removed), or empty when the text is
    /// not a pinyin query (other characters, or more than kMaxLetters letters).
    static QByteArray normalize(const QString& text);

    PinyinMatcher(const QByteArray& normalizedQuery, const StringColumn& readingSets);
    bool isValid() const { return m_m > 0; }
    bool matches(const quint16* sets, size_t count) const;

private:
    static constexpr int kMaxLen = 6; ///< longest syllable ("zhuang", "shuang", "chuang")
    int m_m = 0;
    std::vector<std::array<quint64, kMaxLen + 1>>
        m_masks; ///< per set: [L] = positions a length-L prefix fits
    std::vector<quint8> m_starts; ///< per set: can a match start at a character of this set
};

} // namespace dj::search
