#pragma once

#include "core/common/progress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace dj::match {

/// One candidate enterprise for a line of a batch list.
struct MatchCandidate
{
    QString uscc;
    QString name;
    double score = 0; ///< 1 for exact matches; bigram Dice of the normalised names for fuzzy ones
};

/// The outcome for one input line of 批量查询.
struct BatchMatch
{
    enum class Kind {
        Uscc, ///< the line is a USCC present in the cache
        Name, ///< exact current name
        FormerName, ///< exact former name
        Fuzzy, ///< one clearly best similar name
        Ambiguous, ///< several plausible enterprises: the user chooses
        NotFound,
    };
    QString input;
    Kind kind = Kind::NotFound;
    QList<MatchCandidate> candidates; ///< best first
    int chosen = -1; ///< index into candidates, -1 = none

    bool isMatched() const { return chosen >= 0 && chosen < candidates.size(); }
    const MatchCandidate* match() const { return isMatched() ? &candidates[chosen] : nullptr; }
};

/// Matches a list of names or codes to enterprises of a cache: exact USCC, exact name, former name,
/// then fuzzy by bigram Dice over normalised names (legal-form suffixes and leading province/city names
/// removed, full-width folded). Opens its own read connection: use it on one thread.
class BatchMatcher
{
    Q_DECLARE_TR_FUNCTIONS(BatchMatcher)
public:
    /// A fuzzy match is accepted on its own from this score up, when it leads the runner-up clearly.
    static constexpr double kAcceptScore = 0.8;
    static constexpr double kClearLead = 0.1;
    /// Candidates below this score are not shown at all.
    static constexpr double kMinScore = 0.45;

    explicit BatchMatcher(const QString& cachePath);
    ~BatchMatcher();
    BatchMatcher(const BatchMatcher&) = delete;
    BatchMatcher& operator=(const BatchMatcher&) = delete;

    BatchMatch match(const QString& input) const;
    /// Matches every non-empty line; throws dj::Cancelled when the progress is cancelled.
    QList<BatchMatch> matchAll(const QStringList& inputs, const Progress& progress = {}) const;

    /// The comparable core of a name: NFKC-folded, without spaces and brackets' content kept, the
    /// legal-form suffix (有限公司, 股份有限公司, …) and leading province/city names removed.
    static QString normalizeName(const QString& name);
    /// Sørensen–Dice coefficient over character bigrams (a single character counts as one gram).
    static double dice(const QString& a, const QString& b);
    static QString kindText(BatchMatch::Kind kind);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace dj::match
