#pragma once

#include "core/risk/partyinfo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace dj::store {
class Database;
}

namespace dj::risk {

/// 链企通: the supply network of an enterprise (the 链主) from relations.csv (kind 供应, yearly amounts) and
/// invoices.csv (monthly pairs, summed per year): suppliers and customers by tier, rivals (竞争), partners
/// (合作) and the investees the ownership engine finds below it.
///
/// Tiers are shortest distances: a tier-1 supplier supplies the root, a tier-2 supplier supplies a tier-1
/// supplier and is not itself tier 1, and so on. Each member is reached through one parent (the member one
/// tier closer with the largest amount towards it, ties by USCC); path is root … member.
/// A link's amount is its relation amount of the latest year with one, else the invoiced amount of the latest
/// invoiced year. share = amount ÷ the sum of the amounts of all members with the same parent and side.
class SupplyNetwork
{
    Q_DECLARE_TR_FUNCTIONS(SupplyNetwork)
public:
    enum class Side { Supplier, Customer };

    struct Member
    {
        PartyInfo party;
        Side side = Side::Supplier;
        int tier = 0;
        QString parent; ///< the member one tier closer (the root for tier 1)
        QStringList path; ///< USCCs root … member
        std::map<int, double> yearly; ///< relation amounts per year (yuan)
        std::map<int, double> invoiced; ///< invoice amounts per year (yuan, incl. tax)
        double amount = 0; ///< see the class comment
        int amountYear = 0;
        double share = 0;
    };

    struct Peer
    {
        PartyInfo party;
        QString kind; ///< 竞争 or 合作
        double amount = 0; ///< latest year's amount, 0 when none
    };

    struct Investee
    {
        PartyInfo party;
        int level = 0; ///< 1 = held directly
        double share = 0; ///< the root's integrated share (0..1)
    };

    struct Result
    {
        PartyInfo root;
        int tiers = 0;
        std::vector<Member> suppliers; ///< by tier, then amount descending
        std::vector<Member> customers;
        std::vector<Peer> rivals;
        std::vector<Peer> partners;
        std::vector<Investee> investees;
        /// Total of the amounts per side and tier: totals[side][tier - 1].
        double total(Side side, int tier) const;
    };

    explicit SupplyNetwork(const store::Database& db);

    /// The network of uscc up to tiers (1..5). Throws RiskError when uscc is not in the cache or tiers is out
    /// of range, store::StoreError on a read error. investeeDepth 0 skips the ownership part.
    Result build(const QString& uscc, int tiers = 3, int investeeDepth = 3);

    static QString sideName(Side side); ///< supplier, customer (JSON words)

    /// The enterprises with the most direct suppliers (供应 relations), most first: the chain masters a
    /// user picks from. Each with its name and number of suppliers.
    static std::vector<std::pair<PartyInfo, int>> chainMasters(const store::Database& db, int limit = 50);

private:
    struct Edge
    {
        std::map<int, double> yearly;
        std::map<int, double> invoiced;
        double amount() const;
        int amountYear() const;
    };
    std::map<QString, Edge> neighbours(const QString& uscc, Side side);

    const store::Database& m_db;
    PartyReader m_parties;
};

} // namespace dj::risk
