#include "core/store/namegramindex.h"

#include "core/store/cache.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <sqlite3.h>
#include <string_view>
#include <unordered_map>

namespace dj::store {

namespace {

constexpr int kBucketBits = 12;
constexpr std::uint32_t kBuckets = 1u << kBucketBits;
constexpr qint64 kPartsPerBucket = 4096;
const QString kRowsKey = QStringLiteral("name_grams_rows");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NameGramIndex)
};

std::uint32_t bucketOf(NameGramIndex::Gram g)
{
    // splitmix64's finaliser: neighbouring characters spread over all buckets.
    g ^= g >> 30;
    g *= 0xbf58476d1ce4e5b9ULL;
    g ^= g >> 27;
    g *= 0x94d049bb133111ebULL;
    g ^= g >> 31;
    return std::uint32_t(g >> (64 - kBucketBits));
}

/// Collects the grams of one item (a name or one former name) from its characters.
template <typename Out> class GramWindow
{
public:
    explicit GramWindow(Out& out)
        : m_out(out)
    {
    }
    void push(char32_t c)
    {
        c = NameGramIndex::fold(c);
        if (m_n == 2)
            m_out.push_back((NameGramIndex::Gram(m_a) << 42) | (NameGramIndex::Gram(m_b) << 21) | c);
        else
            ++m_n;
        m_a = m_b;
        m_b = c;
    }
    void reset() { m_n = 0; }

private:
    Out& m_out;
    char32_t m_a = 0, m_b = 0;
    int m_n = 0;
};

/// Appends the grams of UTF-8 text (as SQLite returns it; a malformed byte reads as U+FFFD).
void appendUtf8Grams(std::string_view s, std::vector<NameGramIndex::Gram>& out, bool splitBars)
{
    GramWindow window(out);
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        char32_t c = *p;
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if ((c & 0xE0) == 0xC0)
            c &= 0x1F, extra = 1;
        else if ((c & 0xF0) == 0xE0)
            c &= 0x0F, extra = 2;
        else if ((c & 0xF8) == 0xF0)
            c &= 0x07, extra = 3;
        else
            c = 0xFFFD, extra = -1;
        ++p;
        if (extra > 0) {
            if (end - p < extra) {
                c = 0xFFFD;
                p = end;
            } else {
                for (int i = 0; i < extra; ++i) {
                    if ((p[i] & 0xC0) != 0x80) {
                        c = 0xFFFD;
                        extra = i;
                        break;
                    }
                    c = (c << 6) | (p[i] & 0x3F);
                }
                p += extra;
            }
        }
        if (splitBars && c == U'|')
            window.reset();
        else
            window.push(c);
    }
}

void putVarint(QByteArray& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

/// False at the end of the data or on a truncated number.
bool getVarint(const unsigned char*& p, const unsigned char* end, std::uint64_t& v)
{
    v = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        const unsigned char b = *p++;
        v |= std::uint64_t(b & 0x7F) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

struct Pair
{
    NameGramIndex::Gram gram;
    qint64 id;
};

/// The distinct grams of the enterprise on rows (columns id, name, former_names) into out.
void enterpriseGrams(const Statement& rows, std::vector<NameGramIndex::Gram>& out)
{
    out.clear();
    appendUtf8Grams(rows.columnUtf8(1), out, false);
    appendUtf8Grams(rows.columnUtf8(2), out, true);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

/// Calls fn(gram, count, ids: a view into the row) for each gram stored in a name_grams blob (column of st's
/// row); false when the blob is damaged (the entries before the damage were passed on).
template <typename Fn> bool forEachEntry(const Statement& st, int column, Fn&& fn)
{
    const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(st.handle(), column));
    const auto* end = p + sqlite3_column_bytes(st.handle(), column);
    std::uint64_t gram = 0, n = 0, bytes = 0;
    while (p < end) {
        if (!getVarint(p, end, gram) || !getVarint(p, end, n) || !getVarint(p, end, bytes)
            || bytes > std::uint64_t(end - p))
            return false;
        fn(NameGramIndex::Gram(gram), qint64(n),
            QByteArray(reinterpret_cast<const char*>(p), qsizetype(bytes)));
        p += bytes;
    }
    return true;
}

} // namespace

struct NameGramIndex::Entry
{
    Gram gram = 0;
    qint64 count = 0;
    std::vector<QByteArray> parts; ///< delta-varint id lists, one per build part, in id order

    std::vector<qint64> ids() const
    {
        std::vector<qint64> out;
        out.reserve(size_t(count));
        for (const QByteArray& part : parts) {
            const auto* p = reinterpret_cast<const unsigned char*>(part.constData());
            const auto* end = p + part.size();
            qint64 id = 0;
            std::uint64_t delta = 0;
            while (getVarint(p, end, delta)) {
                id += qint64(delta);
                out.push_back(id);
            }
        }
        return out;
    }
};

char32_t NameGramIndex::fold(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII forms
        c -= 0xFEE0;
    else if (c == 0x3000)
        c = U' ';
    if (c >= U'A' && c <= U'Z')
        c += 32;
    return c;
}

std::vector<NameGramIndex::Gram> NameGramIndex::grams(QStringView text, bool splitBars)
{
    std::vector<Gram> out;
    GramWindow window(out);
    for (char32_t c : text.toUcs4()) {
        if (splitBars && c == U'|')
            window.reset();
        else
            window.push(c);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

NameGramIndex::NameGramIndex(const Database& db)
    : m_db(db)
{
    m_available
        = db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'name_grams'")
        == 1;
    if (m_available)
        m_rows = Cache::meta(db, kRowsKey).toLongLong();
}

void NameGramIndex::rebuild(Database& db, const Progress& progress, qsizetype pairBudget)
{
    pairBudget = std::max<qsizetype>(pairBudget, 1);
    db.exec("DELETE FROM name_grams");
    const qint64 maxId = db.scalarInt("SELECT max(id) FROM enterprises");
    const QString stage = Tr::tr("Indexing enterprise names");
    Statement rows = db.prepare("SELECT id, name, former_names FROM enterprises ORDER BY id");
    Statement insert = db.prepare("INSERT INTO name_grams(id, data) VALUES (?1, ?2)");

    std::vector<Pair> pairs, sorted;
    pairs.reserve(size_t(std::min<qsizetype>(pairBudget, 1 << 16)));
    std::vector<size_t> start(kBuckets + 1);
    QByteArray blob, ids;
    qint64 part = 0;

    // Writes the pairs collected so far as one part: per bucket, its grams in order with their ids.
    const auto flush = [&] {
        if (pairs.empty())
            return;
        std::fill(start.begin(), start.end(), 0);
        for (const Pair& p : pairs)
            ++start[bucketOf(p.gram) + 1];
        for (std::uint32_t b = 0; b < kBuckets; ++b)
            start[b + 1] += start[b];
        sorted.resize(pairs.size());
        std::vector<size_t> next(start.begin(), start.end() - 1);
        for (const Pair& p : pairs)
            sorted[next[bucketOf(p.gram)]++] = p; // counting sort by bucket, then each bucket by gram and id
        for (std::uint32_t b = 0; b < kBuckets; ++b) {
            const auto first = sorted.begin() + start[b], last = sorted.begin() + start[b + 1];
            if (first == last)
                continue;
            std::sort(first, last, [](const Pair& x, const Pair& y) {
                return x.gram != y.gram ? x.gram < y.gram : x.id < y.id;
            });
            blob.clear();
            for (auto run = first; run != last;) {
                auto runEnd = run;
                ids.clear();
                qint64 previous = 0;
                for (; runEnd != last && runEnd->gram == run->gram; ++runEnd) {
                    putVarint(ids, std::uint64_t(runEnd->id - previous));
                    previous = runEnd->id;
                }
                putVarint(blob, run->gram);
                putVarint(blob, std::uint64_t(runEnd - run));
                putVarint(blob, std::uint64_t(ids.size()));
                blob.append(ids);
                run = runEnd;
            }
            insert.reset();
            insert.bind(1, qint64(b) * kPartsPerBucket + part);
            sqlite3_bind_blob(insert.handle(), 2, blob.constData(), int(blob.size()), SQLITE_STATIC);
            insert.run();
        }
        pairs.clear();
        ++part;
    };

    std::vector<Gram> rowGrams;
    qint64 count = 0;
    while (rows.step()) {
        const qint64 id = rows.columnInt(0);
        enterpriseGrams(rows, rowGrams);
        for (Gram g : rowGrams)
            pairs.push_back({ g, id });
        // The last part takes whatever is left, however much: rowids have room for 4096 parts.
        if (qsizetype(pairs.size()) >= pairBudget && part + 1 < kPartsPerBucket)
            flush();
        if ((++count & 0x3FFF) == 0)
            progress.report(id, maxId, stage);
    }
    flush();
    Cache::setMeta(db, kRowsKey, QString::number(count));
    progress.report(maxId, maxId, stage);
}

QString NameGramIndex::problem(const Database& db)
{
    std::vector<std::pair<Gram, qint64>> expected, actual;
    Statement rows = db.prepare("SELECT id, name, former_names FROM enterprises");
    std::vector<Gram> rowGrams;
    while (rows.step()) {
        enterpriseGrams(rows, rowGrams);
        for (Gram g : rowGrams)
            expected.emplace_back(g, rows.columnInt(0));
    }
    Statement data = db.prepare("SELECT id, data FROM name_grams");
    while (data.step()) {
        const auto bucket = std::uint32_t(data.columnInt(0) / kPartsPerBucket);
        QString wrong;
        const bool whole = forEachEntry(data, 1, [&](Gram gram, qint64 n, QByteArrayView ids) {
            Entry e;
            e.parts.push_back(ids.toByteArray());
            const std::vector<qint64> decoded = e.ids();
            if (bucketOf(gram) != bucket)
                wrong = QStringLiteral("gram %1 is stored in the wrong bucket").arg(gram);
            else if (qint64(decoded.size()) != n)
                wrong
                    = QStringLiteral("gram %1 says %2 ids and holds %3").arg(gram).arg(n).arg(decoded.size());
            for (qint64 id : decoded)
                actual.emplace_back(gram, id);
        });
        if (!whole)
            return QStringLiteral("name_grams row %1 is damaged").arg(data.columnInt(0));
        if (!wrong.isEmpty())
            return wrong;
    }
    std::sort(expected.begin(), expected.end());
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    std::sort(actual.begin(), actual.end());
    if (std::adjacent_find(actual.begin(), actual.end()) != actual.end())
        return QStringLiteral("an enterprise is listed twice under one gram");
    if (actual != expected)
        return QStringLiteral("%1 (gram, enterprise) pairs expected, %2 stored, not the same")
            .arg(expected.size())
            .arg(actual.size());
    return {};
}

std::vector<NameGramIndex::Entry> NameGramIndex::lookup(const std::vector<Gram>& grams) const
{
    std::vector<Entry> entries(grams.size());
    std::unordered_map<std::uint32_t, std::vector<size_t>> byBucket;
    for (size_t i = 0; i < grams.size(); ++i) {
        entries[i].gram = grams[i];
        byBucket[bucketOf(grams[i])].push_back(i);
    }
    Statement st = m_db.prepare("SELECT data FROM name_grams WHERE id BETWEEN ?1 AND ?2 ORDER BY id");
    for (const auto& byBucketEntry : byBucket) {
        // Not a structured binding: clang before 16 (the fuzz build) cannot capture one in a lambda.
        const auto bucket = byBucketEntry.first;
        const auto& wanted = byBucketEntry.second;
        st.reset();
        st.bind(1, qint64(bucket) * kPartsPerBucket).bind(2, qint64(bucket + 1) * kPartsPerBucket - 1);
        while (st.step()) {
            // A damaged row is read up to the damage, never past it.
            forEachEntry(st, 0, [&](Gram gram, qint64 n, QByteArrayView ids) {
                for (size_t i : wanted) {
                    if (entries[i].gram == gram) {
                        entries[i].count += n;
                        entries[i].parts.push_back(ids.toByteArray());
                    }
                }
            });
        }
    }
    return entries;
}

std::optional<std::vector<qint64>> NameGramIndex::containing(QStringView text) const
{
    if (!m_available)
        return std::nullopt;
    const std::vector<Gram> gs = grams(text);
    if (gs.empty())
        return std::nullopt;
    std::vector<Entry> entries = lookup(gs);
    std::sort(
        entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.count < b.count; });
    std::vector<qint64> result = entries.front().ids();
    // Intersect with the next rarest lists while that prunes a sizeable set more cheaply than the caller
    // comparing the text of every candidate would.
    for (size_t i = 1; i < entries.size() && result.size() > 8; ++i) {
        if (entries[i].count > 64 * qint64(result.size()))
            break;
        const std::vector<qint64> other = entries[i].ids();
        std::vector<qint64> both;
        std::set_intersection(
            result.begin(), result.end(), other.begin(), other.end(), std::back_inserter(both));
        result.swap(both);
    }
    return result;
}

std::vector<NameGramIndex::Scored> NameGramIndex::similar(QStringView text, int limit) const
{
    std::vector<Scored> out;
    if (!m_available || limit <= 0 || m_rows <= 0)
        return out;
    const std::vector<Gram> gs = grams(text);
    if (gs.empty())
        return out;
    std::unordered_map<qint64, double> scores;
    for (const Entry& e : lookup(gs)) {
        if (e.count == 0 || (e.count > m_rows / 4 && e.count > 10000))
            continue; // in most names: says nothing, and costs the most to read
        const double weight = std::log(1.0 + double(m_rows) / double(e.count));
        for (qint64 id : e.ids())
            scores[id] += weight;
    }
    out.reserve(scores.size());
    for (const auto& [id, score] : scores)
        out.push_back({ id, score });
    const auto better = [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    };
    if (qsizetype(out.size()) > limit) {
        std::partial_sort(out.begin(), out.begin() + limit, out.end(), better);
        out.resize(size_t(limit));
    } else {
        std::sort(out.begin(), out.end(), better);
    }
    return out;
}

} // namespace dj::store
