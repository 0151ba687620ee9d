#include "core/risk/supplynetwork.h"

#include "core/graph/ownershipgraph.h"
#include "core/graph/penetration.h"
#include "core/risk/riskerror.h"
#include "core/store/database.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace dj::risk {

using namespace Qt::StringLiterals;

double SupplyNetwork::Edge::amount() const
{
    if (!yearly.empty())
        return yearly.rbegin()->second;
    if (!invoiced.empty())
        return invoiced.rbegin()->second;
    return 0;
}

int SupplyNetwork::Edge::amountYear() const
{
    if (!yearly.empty())
        return yearly.rbegin()->first;
    if (!invoiced.empty())
        return invoiced.rbegin()->first;
    return 0;
}

double SupplyNetwork::Result::total(Side side, int tier) const
{
    double sum = 0;
    for (const Member& m : side == Side::Supplier ? suppliers : customers)
        if (m.tier == tier)
            sum += m.amount;
    return sum;
}

SupplyNetwork::SupplyNetwork(const store::Database& db)
    : m_db(db)
    , m_parties(db)
{
}

QString SupplyNetwork::sideName(Side side)
{
    return side == Side::Supplier ? u"supplier"_s : u"customer"_s;
}

std::vector<std::pair<PartyInfo, int>> SupplyNetwork::chainMasters(const store::Database& db, int limit)
{
    store::Statement st
        = db.prepare("SELECT to_uscc, count(DISTINCT from_uscc) AS n FROM relations WHERE kind = '供应' "
                     "GROUP BY to_uscc ORDER BY n DESC, to_uscc LIMIT ?");
    st.bind(1, qint64(limit));
    PartyReader parties(db);
    std::vector<std::pair<PartyInfo, int>> out;
    while (st.step()) {
        const PartyInfo& p = parties.get(st.columnText(0));
        if (p.inCache)
            out.emplace_back(p, int(st.columnInt(1)));
    }
    return out;
}

std::map<QString, SupplyNetwork::Edge> SupplyNetwork::neighbours(const QString& uscc, Side side)
{
    std::map<QString, Edge> out;
    // relation rows with a NULL amount still make the link; only years with an amount count
    store::Statement rel = m_db.prepare(side == Side::Supplier
            ? "SELECT from_uscc, year, amount FROM relations WHERE to_uscc = ? AND kind = '供应'"
            : "SELECT to_uscc, year, amount FROM relations WHERE from_uscc = ? AND kind = '供应'");
    rel.bind(1, uscc);
    while (rel.step()) {
        const QString other = rel.columnText(0);
        if (other == uscc)
            continue;
        Edge& e = out[other];
        if (!rel.isNull(2))
            e.yearly[int(rel.columnInt(1))] += rel.columnDouble(2);
    }
    store::Statement inv = m_db.prepare(side == Side::Supplier
            ? "SELECT seller_uscc, CAST(substr(month, 1, 4) AS INTEGER), sum(amount) FROM invoices "
              "WHERE buyer_uscc = ? GROUP BY 1, 2"
            : "SELECT buyer_uscc, CAST(substr(month, 1, 4) AS INTEGER), sum(amount) FROM invoices "
              "WHERE seller_uscc = ? GROUP BY 1, 2");
    inv.bind(1, uscc);
    while (inv.step()) {
        const QString other = inv.columnText(0);
        if (other == uscc)
            continue;
        out[other].invoiced[int(inv.columnInt(1))] += inv.columnDouble(2);
    }
    return out;
}

SupplyNetwork::Result SupplyNetwork::build(const QString& uscc, int tiers, int investeeDepth)
{
    if (tiers < 1 || tiers > 5)
        throw RiskError(tr("The number of tiers must be between 1 and 5, not %1.").arg(tiers));
    Result result;
    result.root = m_parties.get(uscc);
    if (!result.root.inCache)
        throw RiskError(tr("The enterprise %1 is not in the cache.").arg(uscc.left(80)));
    result.tiers = tiers;

    for (const Side side : { Side::Supplier, Side::Customer }) {
        std::vector<Member>& members = side == Side::Supplier ? result.suppliers : result.customers;
        QSet<QString> visited { uscc };
        QHash<QString, QStringList> paths { { uscc, { uscc } } };
        QStringList frontier { uscc };
        for (int tier = 1; tier <= tiers && !frontier.isEmpty(); ++tier) {
            struct Candidate
            {
                QString parent;
                Edge edge;
            };
            std::map<QString, Candidate> found;
            for (const QString& f : std::as_const(frontier)) {
                for (auto& [other, edge] : neighbours(f, side)) {
                    if (visited.contains(other))
                        continue;
                    auto it = found.find(other);
                    if (it == found.end())
                        found.emplace(other, Candidate { f, std::move(edge) });
                    else if (edge.amount() > it->second.edge.amount()
                        || (edge.amount() == it->second.edge.amount() && f < it->second.parent))
                        it->second = Candidate { f, std::move(edge) };
                }
            }
            const size_t first = members.size();
            QHash<QString, double> parentTotal;
            for (auto& [other, c] : found) {
                Member m;
                m.party = m_parties.get(other);
                m.side = side;
                m.tier = tier;
                m.parent = c.parent;
                m.path = paths.value(c.parent) << other;
                m.yearly = std::move(c.edge.yearly);
                m.invoiced = std::move(c.edge.invoiced);
                const Edge tmp { m.yearly, m.invoiced };
                m.amount = tmp.amount();
                m.amountYear = tmp.amountYear();
                parentTotal[c.parent] += m.amount;
                members.push_back(std::move(m));
            }
            frontier.clear();
            for (size_t i = first; i < members.size(); ++i) {
                Member& m = members[i];
                const double t = parentTotal.value(m.parent);
                m.share = t > 0 ? m.amount / t : 0;
                visited.insert(m.party.uscc);
                paths.insert(m.party.uscc, m.path);
            }
            std::sort(
                members.begin() + qsizetype(first), members.end(), [](const Member& a, const Member& b) {
                    return a.amount != b.amount ? a.amount > b.amount : a.party.uscc < b.party.uscc;
                });
            for (size_t i = first; i < members.size(); ++i)
                frontier << members[i].party.uscc;
        }
    }

    // rivals and partners: either direction, the latest year's amount
    store::Statement peers = m_db.prepare(
        "SELECT CASE WHEN from_uscc = ?1 THEN to_uscc ELSE from_uscc END, kind, year, amount FROM relations "
        "WHERE (from_uscc = ?1 OR to_uscc = ?1) AND kind IN ('竞争', '合作') ORDER BY year");
    peers.bind(1, uscc);
    std::map<std::pair<QString, QString>, double> peerAmount;
    while (peers.step()) {
        const QString other = peers.columnText(0);
        if (other == uscc)
            continue;
        double& a = peerAmount[{ peers.columnText(1), other }];
        if (!peers.isNull(3))
            a = peers.columnDouble(3); // ordered by year: the last one wins
    }
    for (const auto& [key, amount] : peerAmount) {
        Peer p { m_parties.get(key.second), key.first, amount };
        (key.first == u"竞争" ? result.rivals : result.partners).push_back(std::move(p));
    }
    for (auto* list : { &result.rivals, &result.partners })
        std::sort(list->begin(), list->end(), [](const Peer& a, const Peer& b) {
            return a.amount != b.amount ? a.amount > b.amount : a.party.uscc < b.party.uscc;
        });

    if (investeeDepth > 0) {
        const auto g = graph::OwnershipGraph::buildAround(m_db, { { uscc, false, true } });
        if (const auto root = g->enterprise(uscc)) {
            graph::Penetration pen(*g);
            const auto tree = pen.run(*root, graph::ShareSolver::Direction::Down, investeeDepth);
            QHash<QString, qsizetype> seen;
            for (const auto& e : tree.entries) {
                if (e.level == 0 || e.cycle || g->kind(e.node) != graph::NodeKind::Enterprise)
                    continue;
                const QString key = g->key(e.node);
                if (const auto it = seen.constFind(key); it != seen.cend()) {
                    Investee& known = result.investees[size_t(*it)];
                    known.level = std::min(known.level, e.level);
                    continue;
                }
                seen.insert(key, qsizetype(result.investees.size()));
                Investee inv;
                inv.party = m_parties.get(key);
                if (!inv.party.inCache)
                    inv.party.name = g->name(e.node);
                inv.level = e.level;
                inv.share = e.total;
                result.investees.push_back(std::move(inv));
            }
            std::sort(
                result.investees.begin(), result.investees.end(), [](const Investee& a, const Investee& b) {
                    return a.level != b.level ? a.level < b.level
                        : a.share != b.share  ? a.share > b.share
                                              : a.party.uscc < b.party.uscc;
                });
        }
    }
    return result;
}

} // namespace dj::risk
