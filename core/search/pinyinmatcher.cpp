#include "core/search/pinyinmatcher.h"

namespace dj::search {

QByteArray PinyinMatcher::normalize(const QString& text)
{
    QByteArray out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\'' || u == u'\u3000')
            continue;
        if (u >= u'A' && u <= u'Z')
            out.append(char(u - u'A' + 'a'));
        else if (u >= u'a' && u <= u'z')
            out.append(char(u));
        else
            return {};
        if (out.size() > kMaxLetters)
            return {};
    }
    return out;
}

PinyinMatcher::PinyinMatcher(const QByteArray& q, const StringColumn& readingSets)
    : m_m(int(q.size()))
{
    if (m_m == 0 || m_m > kMaxLetters) {
        m_m = 0;
        return;
    }
    const qint64 sets = readingSets.size();
    m_masks.assign(size_t(sets), {});
    m_starts.assign(size_t(sets), 0);
    for (qint64 s = 1; s < sets; ++s) {
        auto& masks = m_masks[size_t(s)];
        const std::string_view all = readingSets.at(s);
        size_t start = 0;
        while (start < all.size()) {
            size_t end = all.find(' ', start);
            if (end == std::string_view::npos)
                end = all.size();
            const std::string_view reading = all.substr(start, end - start);
            start = end + 1;
            for (int p = 0; p < m_m; ++p) {
                int l = 0;
                while (
                    l < int(reading.size()) && l < kMaxLen && p + l < m_m && q[p + l] == reading[size_t(l)])
                    ++l;
                for (int k = 1; k <= l; ++k)
                    masks[size_t(k)] |= quint64(1) << p;
            }
        }
        m_starts[size_t(s)] = (masks[1] & 1) ? 1 : 0;
    }
}

bool PinyinMatcher::matches(const quint16* sets, size_t count) const
{
    const quint64 accept = quint64(1) << m_m;
    quint64 state = 0;
    for (size_t i = 0; i < count; ++i) {
        // Fast path: nothing in progress and no match can start here (most characters).
        if (state == 0 && !m_starts[sets[i]])
            continue;
        const auto& a = m_masks[sets[i]];
        state |= 1; // a match may start at any character
        quint64 next = 0;
        for (int l = 1; l <= kMaxLen; ++l)
            next |= (state & a[size_t(l)]) << l;
        if (next & accept)
            return true;
        state = next;
    }
    return false;
}

} // namespace dj::search
