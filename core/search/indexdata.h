#pragma once

// Internal to dj_search: the columns of a SearchIndex. Plain vectors so the index persists as raw blobs.

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace dj::search {

/// Strings of every row, UTF-8, concatenated; row i is bytes[offsets[i], offsets[i+1]).
struct StringColumn
{
    std::vector<char> bytes;
    std::vector<quint32> offsets { 0 };

    void append(std::string_view s)
    {
        bytes.insert(bytes.end(), s.begin(), s.end());
        offsets.push_back(quint32(bytes.size()));
    }
    std::string_view at(qint64 i) const
    {
        return { bytes.data() + offsets[size_t(i)], size_t(offsets[size_t(i) + 1] - offsets[size_t(i)]) };
    }
    QString text(qint64 i) const
    {
        const std::string_view s = at(i);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    qint64 size() const { return qint64(offsets.size()) - 1; }
};

/// A low-cardinality string column: one code per row into a dictionary (code 0 = empty/NULL).
struct DictColumn
{
    std::vector<quint32> codes;
    StringColumn dict; ///< entry 0 is ""
};

/// Per-row lists (compressed sparse rows): row i owns entries [offsets[i], offsets[i+1]).
struct ListOffsets
{
    std::vector<quint32> offsets { 0 };
    quint32 begin(qint64 row) const { return offsets[size_t(row)]; }
    quint32 end(qint64 row) const { return offsets[size_t(row) + 1]; }
};

constexpr qint32 kNoDate = std::numeric_limits<qint32>::min();
constexpr qint32 kOpenDate = std::numeric_limits<qint32>::max(); ///< licence without an expiry

struct IndexData
{
    // Not persisted as columns.
    QString cachePath;
    qint64 dataVersion = 0;
    bool loaded = false;

    qint32 n = 0;
    std::vector<qint64> ids; ///< enterprises.id, ascending
    StringColumn uscc;
    std::vector<qint32> usccOrder; ///< rows sorted by uscc bytes (lookup by uscc, sort by uscc)
    std::vector<quint32> usccRank; ///< position of each row in usccOrder
    StringColumn name;
    std::vector<quint32> nameRank; ///< position of each row when sorted by name bytes, then id
    StringColumn formerNames; ///< as stored, `|`-separated
    StringColumn legalRep;
    DictColumn status;
    DictColumn industryCode;
    DictColumn section;
    DictColumn scale;
    DictColumn scope; ///< deduplicated: many enterprises share a scope text
    std::vector<qint32> region; ///< six-digit region_code as a number, -1 when not six digits
    std::vector<double> capital; ///< NaN = NULL
    std::vector<qint32> established; ///< days since 1970-01-01, kNoDate = NULL
    std::vector<double> insured; ///< NaN = NULL
    /// Map position, WGS-84: the operating place when both its coordinates are known, else the registered
    /// one; NaN when neither. The map reads its points here instead of scanning the cache again.
    std::vector<double> lon;
    std::vector<double> lat;

    // financials, per row sorted by year
    ListOffsets fin;
    std::vector<qint16> finYear;
    std::vector<double> finRevenue; ///< NaN = NULL
    std::vector<double> finTax; ///< NaN = NULL
    std::vector<double> latestRevenue; ///< NaN when no year has revenue
    std::vector<qint16> latestRevenueYear;
    std::vector<double> latestTax;
    std::vector<qint16> latestTaxYear;

    std::vector<quint16> financingCount;

    ListOffsets lic;
    std::vector<quint32> licKind; ///< code into licKinds
    std::vector<qint32> licValidTo; ///< days; kOpenDate when empty or not a date
    StringColumn licKinds;
    ListOffsets qual;
    std::vector<quint32> qualKind;
    StringColumn qualKinds;
    ListOffsets risk; ///< only rows with status 有效
    std::vector<quint32> riskKind;
    StringColumn riskKinds;

    // Pinyin keys of names: one reading-set id per code point of the name (0 = no reading).
    ListOffsets nameChars;
    std::vector<quint16> nameCharSet;
    StringColumn readingSets; ///< set id → readings separated by spaces ("chong tong zhong")
};

} // namespace dj::search
