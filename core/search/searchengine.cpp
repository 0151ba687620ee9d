#include "core/search/searchengine.h"

#include "core/search/indexdata.h"
#include "core/search/pinyinmatcher.h"

#include <QElapsedTimer>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <thread>

namespace dj::search {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const qint64 kEpochJd = QDate(1970, 1, 1).toJulianDay();
/// Below this many rows a second thread costs more than it saves.
constexpr qint64 kParallelMin = 100000;

int workerCount(qint64 items)
{
    if (items < kParallelMin)
        return 1;
    return int(std::clamp<unsigned>(std::thread::hardware_concurrency(), 1u, 4u));
}

/// Runs fn(part, begin, end) over [0, total) split into parts, the last on the calling thread.
void parallelParts(qint64 total, int parts, const std::function<void(int, qint64, qint64)>& fn)
{
    std::vector<std::thread> threads;
    for (int p = 0; p < parts - 1; ++p)
        threads.emplace_back(fn, p, total * p / parts, total * (p + 1) / parts);
    fn(parts - 1, total * (parts - 1) / parts, total);
    for (auto& t : threads)
        t.join();
}

std::vector<quint8> dictMatch(const StringColumn& dict, const std::function<bool(std::string_view)>& pred)
{
    std::vector<quint8> out(size_t(dict.size()), 0);
    for (qint64 i = 0; i < dict.size(); ++i)
        out[size_t(i)] = pred(dict.at(i)) ? 1 : 0;
    return out;
}

std::vector<quint8> kindMatch(const StringColumn& dict, const QStringList& kinds)
{
    QList<QByteArray> wanted;
    for (const QString& k : kinds)
        wanted.append(k.toUtf8());
    return dictMatch(dict, [&](std::string_view s) {
        return std::any_of(wanted.begin(), wanted.end(),
            [&](const QByteArray& w) { return std::string_view(w.constData(), size_t(w.size())) == s; });
    });
}

/// Finds a byte pattern: memchr (vectorised in every C library) for the pattern's rarest byte, then a
/// compare. Rarity is sampled from the text being searched, since in UTF-8 Chinese the lead bytes and some
/// continuation bytes are very common while others are rare; on short patterns this beats skip tables.
class SubstringFinder
{
public:
    SubstringFinder(QByteArray pattern, const std::vector<char>& sample)
        : m_p(std::move(pattern))
    {
        if (m_p.isEmpty())
            return;
        std::array<quint32, 256> counts {};
        const size_t n = std::min<size_t>(sample.size(), 1 << 16);
        for (size_t i = 0; i < n; ++i)
            ++counts[static_cast<unsigned char>(sample[i])];
        m_key = m_p.size() - 1;
        for (qsizetype i = m_p.size() - 1; i >= 0; --i) {
            if (counts[static_cast<unsigned char>(m_p[i])] < counts[static_cast<unsigned char>(m_p[m_key])])
                m_key = i;
        }
    }
    qsizetype size() const { return m_p.size(); }
    /// Position of the first occurrence in [data, data+len), or -1.
    qsizetype find(const char* data, qsizetype len) const
    {
        const qsizetype m = m_p.size();
        if (m == 0 || len < m)
            return m == 0 ? 0 : -1;
        const char key = m_p[m_key];
        const char* p = data + m_key; // first place the key byte can be
        const char* end = data + len - (m - 1 - m_key); // one past the last
        while (p < end) {
            const void* hit = std::memchr(p, static_cast<unsigned char>(key), size_t(end - p));
            if (!hit)
                return -1;
            const char* start = static_cast<const char*>(hit) - m_key;
            if (std::memcmp(start, m_p.constData(), size_t(m)) == 0)
                return qsizetype(start - data);
            p = static_cast<const char*>(hit) + 1;
        }
        return -1;
    }

private:
    QByteArray m_p;
    qsizetype m_key = 0; ///< index of the byte searched with memchr
};

/// Marks rows in [begin, end) whose string in column contains the pattern.
void markSubstring(const StringColumn& column, const SubstringFinder& finder, qint64 begin, qint64 end,
    std::vector<quint8>& marks)
{
    const char* base = column.bytes.data();
    const qsizetype from = column.offsets[size_t(begin)];
    const qsizetype to = column.offsets[size_t(end)];
    const qsizetype patternSize = finder.size();
    qsizetype pos = from;
    while (pos < to) {
        const qsizetype hit = finder.find(base + pos, to - pos);
        if (hit < 0)
            break;
        const qsizetype at = pos + hit;
        // The row containing the start of the hit; a hit running into the next row is no match.
        const auto it
            = std::upper_bound(column.offsets.begin() + begin, column.offsets.begin() + end + 1, quint32(at));
        const qint64 row = qint64(it - column.offsets.begin()) - 1;
        if (at + patternSize <= qsizetype(column.offsets[size_t(row) + 1])) {
            marks[size_t(row)] = 1;
            pos = column.offsets[size_t(row) + 1]; // one hit per row is enough
        } else {
            pos = at + 1;
        }
    }
}

/// A filter turned into lookup tables over the index's dictionaries.
struct Plan
{
    const IndexData& d;
    qint32 today = 0;

    std::vector<std::pair<qint32, qint32>> regionRanges;
    bool hasIndustry = false, hasExclude = false, hasStatus = false;
    std::vector<quint8> industryOk, sectionOk, industryOut, sectionOut, statusOk;
    bool hasEstablished = false;
    qint32 estFrom = std::numeric_limits<qint32>::min() + 1, estTo = std::numeric_limits<qint32>::max();
    bool hasCapital = false, hasInsured = false, hasRevenue = false, hasTax = false;
    double capMin = -kInf, capMax = kInf, insMin = -kInf, insMax = kInf;
    double revMin = -kInf, revMax = kInf, taxMin = -kInf, taxMax = kInf;
    int revYear = 0, taxYear = 0; ///< 0 = latest
    int growthYears = 0;
    double growthFactor = 1;
    int financing = -1; ///< -1 any, 0 none, 1 some
    bool hasLicenses = false, hasQualifications = false, hasRisks = false;
    std::vector<quint8> licOk, qualOk, riskBad;
    bool hasText = false;
    QByteArray textUtf8;
    std::unique_ptr<SubstringFinder> textMatcher;
    std::vector<quint8> scopeHit;
    bool scopeAny = false; ///< some scope text contains the text
    std::unique_ptr<PinyinMatcher> pinyin;
    bool nothing = false; ///< a condition that no enterprise can meet

    Plan(const IndexData& data, const Filter& f, qint32 todayDays, bool namesOnly = false);

    static double yearValue(const IndexData& d, const std::vector<double>& values, qint32 row, int year)
    {
        for (quint32 i = d.fin.begin(row); i < d.fin.end(row); ++i) {
            if (d.finYear[i] == year)
                return values[i];
        }
        return std::nan("");
    }

    bool taxGrowthOk(qint32 r) const
    {
        const quint32 b = d.fin.begin(r);
        quint32 i = d.fin.end(r);
        // L = latest year having tax
        while (i > b && std::isnan(d.finTax[i - 1]))
            --i;
        if (i == b)
            return false;
        quint32 cur = i - 1;
        for (int k = 0; k < growthYears; ++k) {
            // the previous calendar year must be present, with a positive tax
            if (cur == b || d.finYear[cur - 1] != d.finYear[cur] - 1)
                return false;
            const double now = d.finTax[cur], before = d.finTax[cur - 1];
            if (std::isnan(now) || std::isnan(before) || !(before > 0) || !(now >= growthFactor * before))
                return false;
            --cur;
        }
        return true;
    }

    template <typename Pred> static bool anyIn(const ListOffsets& list, qint32 r, Pred pred)
    {
        for (quint32 i = list.begin(r); i < list.end(r); ++i) {
            if (pred(i))
                return true;
        }
        return false;
    }

    bool textOk(qint32 r, const std::vector<quint8>& substringMarks) const
    {
        if (substringMarks[size_t(r)])
            return true;
        if (pinyin) {
            const quint32 b = d.nameChars.begin(r);
            return pinyin->matches(d.nameCharSet.data() + b, d.nameChars.end(r) - b);
        }
        return false;
    }

    bool pass(qint32 r, const std::vector<quint8>& substringMarks) const
    {
        const size_t i = size_t(r);
        if (!regionRanges.empty()) {
            // Sorted, disjoint ranges: the last one starting at or below the code decides (log n for
            // the long region lists of a whole province, not n per row).
            const qint32 code = d.region[i];
            auto it = std::upper_bound(regionRanges.begin(), regionRanges.end(), code,
                [](qint32 c, const std::pair<qint32, qint32>& range) { return c < range.first; });
            if (it == regionRanges.begin() || code > std::prev(it)->second)
                return false;
        }
        // Numeric ranges first: usually the most selective, so the later checks see few rows and
        // their branches stay predictable.
        // NaN fails both comparisons, so an enterprise without a value fails a range.
        if (hasCapital && !(d.capital[i] >= capMin && d.capital[i] <= capMax))
            return false;
        if (hasInsured && !(d.insured[i] >= insMin && d.insured[i] <= insMax))
            return false;
        if (hasRevenue) {
            const double v = revYear ? yearValue(d, d.finRevenue, r, revYear) : d.latestRevenue[i];
            if (!(v >= revMin && v <= revMax))
                return false;
        }
        if (hasTax) {
            const double v = taxYear ? yearValue(d, d.finTax, r, taxYear) : d.latestTax[i];
            if (!(v >= taxMin && v <= taxMax))
                return false;
        }
        if (hasStatus && !statusOk[d.status.codes[i]])
            return false;
        if (hasIndustry && !industryOk[d.industryCode.codes[i]] && !sectionOk[d.section.codes[i]])
            return false;
        if (hasExclude && (industryOut[d.industryCode.codes[i]] || sectionOut[d.section.codes[i]]))
            return false;
        if (hasEstablished) {
            const qint32 e = d.established[i];
            if (e == kNoDate || e < estFrom || e > estTo)
                return false;
        }
        if (financing >= 0 && (d.financingCount[i] > 0) != (financing == 1))
            return false;
        if (hasLicenses
            && !anyIn(d.lic, r, [&](quint32 k) { return licOk[d.licKind[k]] && d.licValidTo[k] >= today; }))
            return false;
        if (hasQualifications && !anyIn(d.qual, r, [&](quint32 k) { return qualOk[d.qualKind[k]] != 0; }))
            return false;
        if (hasRisks && anyIn(d.risk, r, [&](quint32 k) { return riskBad[d.riskKind[k]] != 0; }))
            return false;
        if (growthYears > 0 && !taxGrowthOk(r))
            return false;
        if (hasText && !textOk(r, substringMarks))
            return false;
        return true;
    }

    /// Substring marks of names and former names for rows [begin, end) (scope goes through scopeHit).
    void markText(qint64 begin, qint64 end, std::vector<quint8>& marks, bool formerNames) const
    {
        if (!hasText || !textMatcher)
            return;
        markSubstring(d.name, *textMatcher, begin, end, marks);
        if (formerNames) {
            markSubstring(d.formerNames, *textMatcher, begin, end, marks);
            if (scopeAny) {
                for (qint64 r = begin; r < end; ++r)
                    marks[size_t(r)] |= scopeHit[d.scope.codes[size_t(r)]];
            }
        }
    }
};

Plan::Plan(const IndexData& data, const Filter& f, qint32 todayDays, bool namesOnly)
    : d(data)
    , today(todayDays)
{
    for (const QString& p : f.regions) {
        const int digits = int(p.size());
        const qint32 v = p.toInt();
        const qint32 scale = digits == 2 ? 10000 : digits == 4 ? 100 : 1;
        regionRanges.emplace_back(v * scale, v * scale + scale - 1);
    }
    // Sorted and merged (a province covers its cities' ranges) for the binary search in pass().
    std::sort(regionRanges.begin(), regionRanges.end());
    std::vector<std::pair<qint32, qint32>> merged;
    for (const auto& r : regionRanges) {
        if (!merged.empty() && r.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, r.second);
        else
            merged.push_back(r);
    }
    regionRanges = std::move(merged);
    auto industryTables = [&](const QStringList& list, std::vector<quint8>& codes,
                              std::vector<quint8>& sections) {
        QList<QByteArray> prefixes, letters;
        for (const QString& s : list)
            (s.front().isLetter() ? letters : prefixes).append(s.toUtf8());
        codes = dictMatch(d.industryCode.dict, [&](std::string_view code) {
            return std::any_of(prefixes.begin(), prefixes.end(), [&](const QByteArray& p) {
                return code.size() >= size_t(p.size()) && code.substr(0, size_t(p.size())) == p.constData();
            });
        });
        sections = dictMatch(d.section.dict, [&](std::string_view sec) {
            return std::any_of(letters.begin(), letters.end(),
                [&](const QByteArray& l) { return sec == std::string_view(l.constData()); });
        });
        codes[0] = 0; // NULL/empty industry never matches
        sections[0] = 0;
    };
    if (!f.industries.isEmpty()) {
        hasIndustry = true;
        industryTables(f.industries, industryOk, sectionOk);
    }
    if (!f.excludeIndustries.isEmpty()) {
        hasExclude = true;
        industryTables(f.excludeIndustries, industryOut, sectionOut);
    }
    if (!f.statuses.isEmpty()) {
        hasStatus = true;
        QStringList wanted = f.statuses;
        if (wanted.contains(QStringLiteral("在营")))
            wanted << QStringLiteral("存续") << QStringLiteral("在业");
        statusOk = kindMatch(d.status.dict, wanted);
    }
    if (f.establishedFrom || f.establishedTo) {
        hasEstablished = true;
        if (f.establishedFrom)
            estFrom = qint32(f.establishedFrom->toJulianDay() - kEpochJd);
        if (f.establishedTo)
            estTo = qint32(f.establishedTo->toJulianDay() - kEpochJd);
    }
    auto range = [](const Range& r, bool& has, double& lo, double& hi, int* year) {
        has = r.isActive();
        lo = r.min.value_or(-kInf);
        hi = r.max.value_or(kInf);
        if (year)
            *year = r.year.value_or(0);
    };
    range(f.registeredCapital, hasCapital, capMin, capMax, nullptr);
    range(f.insuredCount, hasInsured, insMin, insMax, nullptr);
    range(f.revenue, hasRevenue, revMin, revMax, &revYear);
    range(f.tax, hasTax, taxMin, taxMax, &taxYear);
    if (f.taxGrowthYears) {
        growthYears = *f.taxGrowthYears;
        growthFactor = 1 + f.taxGrowthMinRate;
    }
    if (f.financing)
        financing = *f.financing ? 1 : 0;
    if (!f.licensesAny.isEmpty()) {
        hasLicenses = true;
        licOk = kindMatch(d.licKinds, f.licensesAny);
    }
    if (!f.qualificationsAny.isEmpty()) {
        hasQualifications = true;
        qualOk = kindMatch(d.qualKinds, f.qualificationsAny);
    }
    if (!f.risksNone.isEmpty()) {
        hasRisks = true;
        riskBad = kindMatch(d.riskKinds, f.risksNone);
    }
    if (!f.text.isEmpty()) {
        hasText = true;
        textUtf8 = f.text.toUtf8();
        textMatcher = std::make_unique<SubstringFinder>(textUtf8, d.name.bytes);
        if (!namesOnly) {
            scopeHit = dictMatch(d.scope.dict,
                [&](std::string_view s) { return textMatcher->find(s.data(), qsizetype(s.size())) >= 0; });
            scopeHit[0] = 0;
            scopeAny = std::find(scopeHit.begin(), scopeHit.end(), 1) != scopeHit.end();
        }
        const QByteArray q = PinyinMatcher::normalize(f.text);
        if (!q.isEmpty())
            pinyin = std::make_unique<PinyinMatcher>(q, d.readingSets);
    }
}

std::vector<qint32> evaluate(const Plan& plan, qint64 n, bool formerNamesAndScope)
{
    const int parts = workerCount(n);
    std::vector<std::vector<qint32>> out(static_cast<size_t>(parts));
    std::vector<quint8> marks;
    if (plan.hasText)
        marks.assign(size_t(n), 0);
    parallelParts(n, parts, [&](int part, qint64 begin, qint64 end) {
        plan.markText(begin, end, marks, formerNamesAndScope);
        auto& rows = out[size_t(part)];
        if (plan.hasText && !plan.pinyin) {
            // Only rows the text scan marked can pass: skip the others with one byte test.
            for (qint64 r = begin; r < end; ++r) {
                if (marks[size_t(r)] && plan.pass(qint32(r), marks))
                    rows.push_back(qint32(r));
            }
        } else {
            for (qint64 r = begin; r < end; ++r) {
                if (plan.pass(qint32(r), marks))
                    rows.push_back(qint32(r));
            }
        }
    });
    if (parts == 1)
        return std::move(out[0]);
    size_t total = 0;
    for (const auto& v : out)
        total += v.size();
    std::vector<qint32> all;
    all.reserve(total);
    for (const auto& v : out)
        all.insert(all.end(), v.begin(), v.end());
    return all;
}

/// Sort keys: a double per row (NaN = no value, sorted last).
struct SortKey
{
    const IndexData& d;
    int kind = 0;
    std::vector<double> dictRank; ///< for status / industry_code: rank of each dictionary entry

    SortKey(const IndexData& data, const QString& field)
        : d(data)
    {
        static const QStringList fields = Sort::fields();
        kind = int(fields.indexOf(field));
        if (field == u"status" || field == u"industry_code") {
            const StringColumn& dict = field == u"status" ? d.status.dict : d.industryCode.dict;
            std::vector<qint64> order(size_t(dict.size()));
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = qint64(i);
            std::sort(
                order.begin(), order.end(), [&](qint64 a, qint64 b) { return dict.at(a) < dict.at(b); });
            dictRank.assign(order.size(), 0);
            for (size_t i = 0; i < order.size(); ++i)
                dictRank[size_t(order[i])] = double(i);
            dictRank[0] = std::nan(""); // NULL
        }
    }

    double operator()(qint32 r) const
    {
        const size_t i = size_t(r);
        switch (kind) {
        case 0:
            return d.latestRevenue[i];
        case 1:
            return d.latestTax[i];
        case 2:
            return d.capital[i];
        case 3:
            return d.established[i] == kNoDate ? std::nan("") : double(d.established[i]);
        case 4:
            return d.insured[i];
        case 5:
            return double(d.nameRank[i]);
        case 6:
            return double(d.usccRank[i]);
        case 7:
            return dictRank[d.status.codes[i]];
        case 8:
            return double(d.region[i]);
        case 9:
            return dictRank[d.industryCode.codes[i]];
        default:
            return double(r);
        }
    }
};

struct Keyed
{
    double key;
    qint32 row;
};

/// Orders rows by key (NaN last in both directions), ties by row (= id) ascending. A plain function
/// object rather than a std::function, so that std::sort can inline it.
struct KeyedLess
{
    bool descending;
    bool operator()(const Keyed& a, const Keyed& b) const
    {
        const bool an = std::isnan(a.key), bn = std::isnan(b.key);
        if (an != bn)
            return bn;
        if (!an && a.key != b.key)
            return descending ? a.key > b.key : a.key < b.key;
        return a.row < b.row;
    }
};

KeyedLess comparator(bool descending)
{
    return KeyedLess { descending };
}

std::vector<Keyed> keyed(const IndexData& d, const std::vector<qint32>& rows, const QString& field)
{
    const SortKey key(d, field);
    std::vector<Keyed> out(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        out[i] = Keyed { key(rows[i]), rows[i] };
    return out;
}

QString optText(const DictColumn& c, qint32 r)
{
    return c.dict.text(c.codes[size_t(r)]);
}

} // namespace

// ---- Sort ----

QStringList Sort::fields()
{
    return { QStringLiteral("revenue"), QStringLiteral("tax"), QStringLiteral("registered_capital"),
        QStringLiteral("established"), QStringLiteral("insured_count"), QStringLiteral("name"),
        QStringLiteral("uscc"), QStringLiteral("status"), QStringLiteral("region_code"),
        QStringLiteral("industry_code"), QStringLiteral("id") };
}

std::optional<Sort> Sort::parse(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 2 || !fields().contains(parts[0]))
        return std::nullopt;
    Sort s;
    s.field = parts[0];
    s.descending = false;
    if (parts.size() == 2) {
        if (parts[1] == u"desc")
            s.descending = true;
        else if (parts[1] != u"asc")
            return std::nullopt;
    }
    return s;
}

// ---- SearchEngine ----

SearchEngine::SearchEngine(std::shared_ptr<const SearchIndex> index, QDate today)
    : m_index(std::move(index))
    , m_today(today)
    , m_todayDays(qint32(today.toJulianDay() - kEpochJd))
{
}

std::vector<qint32> SearchEngine::matchIds(const Filter& filter) const
{
    const IndexData& d = m_index->data();
    const Plan plan(d, filter, m_todayDays);
    return evaluate(plan, d.n, true);
}

std::vector<qint32> SearchEngine::sorted(std::vector<qint32> rows, const Sort& sort) const
{
    std::vector<Keyed> k = keyed(m_index->data(), rows, sort.field);
    std::sort(k.begin(), k.end(), comparator(sort.descending));
    for (size_t i = 0; i < k.size(); ++i)
        rows[i] = k[i].row;
    return rows;
}

Facets SearchEngine::facets(const std::vector<qint32>& rows) const
{
    const IndexData& d = m_index->data();
    struct Counts
    {
        std::vector<qint64> section, status, province, city, lic, qual;
    };
    const int parts = workerCount(qint64(rows.size()));
    std::vector<Counts> counts(static_cast<size_t>(parts));
    parallelParts(qint64(rows.size()), parts, [&](int part, qint64 begin, qint64 end) {
        Counts& c = counts[size_t(part)];
        c.section.assign(size_t(d.section.dict.size()), 0);
        c.status.assign(size_t(d.status.dict.size()), 0);
        c.province.assign(100, 0);
        c.city.assign(10000, 0);
        c.lic.assign(size_t(d.licKinds.size()), 0);
        c.qual.assign(size_t(d.qualKinds.size()), 0);
        // Per-kind "last row counted" so an enterprise with several rows of a kind counts once.
        std::vector<qint32> licSeen(c.lic.size(), -1), qualSeen(c.qual.size(), -1);
        for (qint64 i = begin; i < end; ++i) {
            const qint32 r = rows[size_t(i)];
            ++c.section[d.section.codes[size_t(r)]];
            ++c.status[d.status.codes[size_t(r)]];
            const qint32 region = d.region[size_t(r)];
            if (region >= 0) {
                ++c.province[size_t(region / 10000)];
                ++c.city[size_t(region / 100)];
            }
            for (quint32 k = d.lic.begin(r); k < d.lic.end(r); ++k) {
                const quint32 kind = d.licKind[k];
                if (d.licValidTo[k] >= m_todayDays && licSeen[kind] != r) {
                    licSeen[kind] = r;
                    ++c.lic[kind];
                }
            }
            for (quint32 k = d.qual.begin(r); k < d.qual.end(r); ++k) {
                const quint32 kind = d.qualKind[k];
                if (qualSeen[kind] != r) {
                    qualSeen[kind] = r;
                    ++c.qual[kind];
                }
            }
        }
    });
    for (int p = 1; p < parts; ++p) {
        auto add = [](std::vector<qint64>& to, const std::vector<qint64>& from) {
            for (size_t i = 0; i < to.size(); ++i)
                to[i] += from[i];
        };
        add(counts[0].section, counts[size_t(p)].section);
        add(counts[0].status, counts[size_t(p)].status);
        add(counts[0].province, counts[size_t(p)].province);
        add(counts[0].city, counts[size_t(p)].city);
        add(counts[0].lic, counts[size_t(p)].lic);
        add(counts[0].qual, counts[size_t(p)].qual);
    }
    const Counts& c = counts[0];
    Facets f;
    auto fromDict = [](const std::vector<qint64>& n, const StringColumn& dict, QMap<QString, qint64>& out) {
        for (size_t i = 1; i < n.size(); ++i) {
            if (n[i])
                out.insert(dict.text(qint64(i)), n[i]);
        }
    };
    fromDict(c.section, d.section.dict, f.section);
    fromDict(c.status, d.status.dict, f.status);
    fromDict(c.lic, d.licKinds, f.licenses);
    fromDict(c.qual, d.qualKinds, f.qualifications);
    for (int i = 0; i < 100; ++i) {
        if (c.province[size_t(i)])
            f.province.insert(QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')), c.province[size_t(i)]);
    }
    for (int i = 0; i < 10000; ++i) {
        if (c.city[size_t(i)])
            f.city.insert(QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')), c.city[size_t(i)]);
    }
    return f;
}

Result SearchEngine::run(const Filter& filter, const Sort& sort, int offset, int limit, bool withFacets) const
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<qint32> rows = matchIds(filter);
    Result result;
    result.total = qint64(rows.size());
    const size_t from = size_t(std::clamp<qint64>(offset, 0, result.total));
    const size_t to = size_t(std::clamp<qint64>(qint64(from) + std::max(limit, 0), 0, result.total));
    if (to > from) {
        std::vector<Keyed> k = keyed(m_index->data(), rows, sort.field);
        const auto cmp = comparator(sort.descending);
        if (to < k.size() / 2) {
            std::partial_sort(k.begin(), k.begin() + qsizetype(to), k.end(), cmp);
        } else {
            std::sort(k.begin(), k.end(), cmp);
        }
        for (size_t i = from; i < to; ++i)
            result.rows.append(row(k[i].row));
    }
    if (withFacets)
        result.facets = facets(rows);
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

Row SearchEngine::row(qint32 r) const
{
    const IndexData& d = m_index->data();
    const size_t i = size_t(r);
    Row row;
    row.id = d.ids[i];
    row.uscc = d.uscc.text(r);
    row.name = d.name.text(r);
    row.formerNames = d.formerNames.text(r);
    row.status = optText(d.status, r);
    row.regionCode
        = d.region[i] >= 0 ? QStringLiteral("%1").arg(d.region[i], 6, 10, QLatin1Char('0')) : QString();
    row.industryCode = optText(d.industryCode, r);
    row.industrySection = optText(d.section, r);
    row.legalRep = d.legalRep.text(r);
    row.scale = optText(d.scale, r);
    if (d.established[i] != kNoDate)
        row.established = QDate::fromJulianDay(d.established[i] + kEpochJd).toString(Qt::ISODate);
    if (!std::isnan(d.capital[i]))
        row.registeredCapital = d.capital[i];
    if (!std::isnan(d.insured[i]))
        row.insuredCount = qint64(d.insured[i]);
    if (!std::isnan(d.latestRevenue[i])) {
        row.revenue = d.latestRevenue[i];
        row.revenueYear = d.latestRevenueYear[i];
    }
    if (!std::isnan(d.latestTax[i])) {
        row.tax = d.latestTax[i];
        row.taxYear = d.latestTaxYear[i];
    }
    return row;
}

qint32 SearchEngine::rowOfId(qint64 id) const
{
    const auto& ids = m_index->data().ids;
    const auto it = std::lower_bound(ids.begin(), ids.end(), id);
    return it != ids.end() && *it == id ? qint32(it - ids.begin()) : -1;
}

qint32 SearchEngine::rowOfUscc(const QString& uscc) const
{
    const IndexData& d = m_index->data();
    const QByteArray u = uscc.toUtf8();
    const std::string_view key(u.constData(), size_t(u.size()));
    const auto it = std::lower_bound(d.usccOrder.begin(), d.usccOrder.end(), key,
        [&](qint32 row, std::string_view v) { return d.uscc.at(row) < v; });
    return it != d.usccOrder.end() && d.uscc.at(*it) == key ? *it : -1;
}

QStringList SearchEngine::suggest(const QString& text, int limit) const
{
    const IndexData& d = m_index->data();
    Filter f;
    f.text = text.trimmed();
    if (f.text.isEmpty() || limit <= 0)
        return {};
    const Plan plan(d, f, m_todayDays, true);
    const std::vector<qint32> rows = evaluate(plan, d.n, false);
    std::vector<Keyed> k = keyed(d, rows, QStringLiteral("revenue"));
    const size_t top = std::min(k.size(), size_t(limit));
    std::partial_sort(k.begin(), k.begin() + qsizetype(top), k.end(), comparator(true));
    QStringList out;
    for (size_t i = 0; i < top; ++i)
        out.append(d.name.text(k[i].row));
    return out;
}

QList<int> SearchEngine::financialYears() const
{
    const IndexData& d = m_index->data();
    // Years are small integers: one flag per possible year instead of sorting millions of entries.
    std::vector<bool> seen(size_t(std::numeric_limits<quint16>::max()) + 1, false);
    for (size_t i = 0; i < d.finYear.size(); ++i)
        if (d.finYear[i] > 0 && (!std::isnan(d.finRevenue[i]) || !std::isnan(d.finTax[i])))
            seen[size_t(d.finYear[i])] = true;
    QList<int> years;
    for (size_t y = seen.size(); y-- > 0;)
        if (seen[y])
            years << int(y);
    return years;
}

} // namespace dj::search
