#pragma once

#include "core/common/progress.h"
#include "core/store/database.h"

#include <QStringView>
#include <cstdint>
#include <optional>
#include <vector>

namespace dj::store {

/// The trigram index over enterprise names and former names (table name_grams): candidates for exact
/// name and former-name lookups and for fuzzy (batch) matching.
///
/// Why not FTS5: an FTS5 trigram table costs about 5 µs per enterprise to build whatever is indexed
/// (6.4 s per million names, measured against 0.35 s to read them), and every import rebuilds it. This
/// index is built from one ordered scan with bounded memory in a fraction of that, and answers exactly
/// the two questions its readers ask (which enterprises contain all these trigrams; which share the
/// most).
///
/// A gram is three consecutive characters of one name or one former name (`|`-separated), folded:
/// ASCII letters to lower case, full-width ASCII forms (Ａ, １, （) to their ASCII form. Storage: grams
/// hash into 4,096 buckets; each row of name_grams holds one bucket's grams from one part of the build
/// (rowid = bucket × 4096 + part): per gram its code, the number of enterprises and their ids
/// (ascending, delta varints).
class NameGramIndex
{
public:
    using Gram = std::uint64_t;

    struct Scored
    {
        qint64 id = 0;
        double score = 0;
    };

    /// Reads from db, which must outlive this object.
    explicit NameGramIndex(const Database& db);

    /// False when the cache has no name_grams table (an older cache opened read-only): callers scan.
    bool available() const { return m_available; }

    /// Ids of enterprises whose name or one of whose former names may contain text: every gram of text
    /// occurs in them (a superset; the caller compares the text itself). nullopt when text is shorter than
    /// three characters or the index is unavailable.
    std::optional<std::vector<qint64>> containing(QStringView text) const;

    /// Up to limit enterprises sharing the most grams with text, each gram weighted by its rarity
    /// (log(N / n)), best first; grams in more than a quarter of all enterprises are ignored.
    std::vector<Scored> similar(QStringView text, int limit) const;

    /// Rebuilds the whole index from the enterprises table, inside the caller's transaction. Memory is
    /// bounded by pairBudget (gram, id) pairs; past it the pairs go to the table as a further part.
    static void rebuild(Database& db, const Progress& progress = {}, qsizetype pairBudget = kPairBudget);

    /// Empty when the index holds exactly what a rebuild would write now; otherwise what differs. Reads
    /// the whole index and every name into memory: for tests and diagnostics, not for large caches.
    static QString problem(const Database& db);

    /// The distinct folded grams of text (of each `|`-separated item when splitBars).
    static std::vector<Gram> grams(QStringView text, bool splitBars = false);
    static char32_t fold(char32_t c);

    static constexpr qsizetype kPairBudget = 2 * 1024 * 1024; // 32 MiB of pairs, as much again to sort

private:
    struct Entry;
    std::vector<Entry> lookup(const std::vector<Gram>& grams) const;

    const Database& m_db;
    bool m_available = false;
    qint64 m_rows = 0;
};

} // namespace dj::store
