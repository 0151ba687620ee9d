#pragma once

#include "core/store/database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace dj::store {

/// How a tender's party (buyer or winner) was tied to an enterprise.
enum class PartyLink {
    None, ///< no USCC and no enterprise of that name: the party is known by its name only
    Uscc, ///< the notice gave the USCC
    Name, ///< no USCC on the notice; found by its exact name (enterprises, or another notice naming it with a
          ///< code)
    Matched, ///< no USCC and no exact name: the batch matcher (core/match) found one enterprise by a former
             ///< name or a clearly best similar name (see TenderRow::buyerMatch / winnerMatch for the
             ///< evidence)
};

/// The evidence of a PartyLink::Matched link.
struct PartyMatch
{
    QString how; ///< "former_name", "similar_name" or "name" (an exact name in another spelling)
    QString matchedName; ///< the enterprise's current name
    double score = 0; ///< 1 for a former name; the bigram Dice of the normalised names otherwise
};

/// One row of tenders.csv, with the parties resolved (the stored row is left as imported).
struct TenderRow
{
    QString tenderId;
    QString buyerUscc; ///< as resolved: the notice's, else the one found by name; empty when none
    QString buyerName;
    QString regionCode;
    QString project;
    QString phase;
    QString category;
    std::optional<double> budget; ///< yuan
    QDate announced;
    QDate awarded;
    QString winnerUscc; ///< as resolved, like buyerUscc
    QString winnerName;
    std::optional<double> amount; ///< yuan
    int contractMonths = 0; ///< 0 when not published
    QString source;
    PartyLink buyerLink = PartyLink::None;
    PartyLink winnerLink = PartyLink::None;
    bool buyerInCache = false; ///< the buyer's USCC is an enterprise of the cache
    bool winnerInCache = false;
    PartyMatch buyerMatch; ///< set for PartyLink::Matched
    PartyMatch winnerMatch;
};

/// Reads of tenders.csv for core/tenders. One connection, one thread (like Database).
class TenderReads
{
public:
    explicit TenderReads(const Database& db);

    /// Whether the cache has a tenders table (older caches opened read-only have none).
    bool available() const;
    /// Every tender in tender_id order, parties linked: a given USCC is kept; a missing one is taken from
    /// another notice that names the same party with a code, else from the enterprise of exactly that name
    /// (full-width and ASCII brackets treated alike).
    QList<TenderRow> all() const;

private:
    const Database& m_db;
};

} // namespace dj::store
