#pragma once

// Hand-built ownership graphs for the tests, and the INDEPENDENT reference computations they are checked
// against: a dense Gauss–Jordan inverse of (I − G) written here, the majority-control definition applied
// literally by repeated passes, and brute-force enumeration of simple paths. None of it calls core/graph.
#include "core/graph/ownershipgraph.h"

#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace dj::test {

struct GraphSpec
{
    struct Node
    {
        QString kind; // person, enterprise, other
        QString key;
        QString name;
        double capital = -1;
    };
    struct Share
    {
        int holder, investee;
        double pct;
    };
    struct Role
    {
        int enterprise, person;
        QString role;
    };
    struct Trade
    {
        int from, to;
        QString kind; // 供应, 竞争, 合作 — or "invoice"
        double amount;
    };
    std::vector<Node> nodes;
    std::vector<Share> shares;
    std::vector<Role> roles;
    std::vector<Trade> trades;

    int person(const QString& name);
    int enterprise(const QString& name, double capital = -1);
    int other(const QString& name);
    void hold(int holder, int investee, double pct) { shares.push_back({ holder, investee, pct }); }

    /// The engine's graph of this spec; nodeOf[i] is spec node i.
    std::shared_ptr<const graph::OwnershipGraph> build(std::vector<graph::NodeId>& nodeOf) const;
    /// A cache file holding this spec (enterprises, persons, shareholdings, roles, relations, invoices).
    void writeCache(const QString& path) const;
    /// An 18-character USCC-like key for enterprise names (the schema does not check it).
    static QString usccFor(int index);
};

/// (I − G)⁻¹ by Gauss–Jordan elimination on the whole matrix; G[h][i] = pct/100.
std::vector<std::vector<double>> integratedOwnership(const GraphSpec& spec);

/// Σ over paths of products, walks with cycles summed by iterating x ← e + G x until it settles
/// (a convergent series), for the one column t.
std::vector<double> seriesColumn(const GraphSpec& spec, int t, int rounds = 20000);

/// Nodes X that control t by the definition (X and what X controls together hold > 50 %), applied by
/// repeated passes over all nodes until nothing changes.
std::set<int> controllersOf(const GraphSpec& spec, int t);
std::set<int> controlledBy(const GraphSpec& spec, int x);

/// All simple undirected paths between a and b with at most maxLen links; each path as a string
/// "n0>type>n1>type>n2…" with types share, role, relation, invoice.
std::vector<QString> allPaths(const GraphSpec& spec, int a, int b, int maxLen);

} // namespace dj::test
