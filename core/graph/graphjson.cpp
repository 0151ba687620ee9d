#include "core/graph/graphjson.h"

#include <cmath>

namespace dj::graph::json {

using namespace Qt::StringLiterals;

double round9(double v)
{
    return std::round(v * 1e9) / 1e9;
}

QJsonObject node(const OwnershipGraph& g, NodeId n)
{
    QJsonObject o { { u"kind"_s, OwnershipGraph::kindName(g.kind(n)) }, { u"id"_s, g.key(n) },
        { u"name"_s, g.name(n) } };
    if (!g.inCache(n))
        o.insert(u"in_cache"_s, false);
    return o;
}

QJsonArray nodes(const OwnershipGraph& g, const std::vector<NodeId>& list)
{
    QJsonArray out;
    for (const NodeId n : list)
        out.append(node(g, n));
    return out;
}

QJsonObject chain(const OwnershipGraph& g, const ControlAnalysis::Chain& c)
{
    QJsonArray shares;
    for (const double s : c.shares)
        shares.append(round9(s));
    return QJsonObject { { u"nodes"_s, nodes(g, c.nodes) }, { u"shares"_s, shares } };
}

QJsonObject controller(const OwnershipGraph& g, const ControlAnalysis::Controller& c, double economic)
{
    QJsonObject o = c.node != kNoNode ? node(g, c.node) : QJsonObject {};
    o.insert(u"reason"_s, ControlAnalysis::reasonText(c.reason));
    if (c.node != kNoNode)
        o.insert(u"economic_share"_s, round9(economic));
    o.insert(u"share"_s, round9(c.votingShare));
    o.insert(u"next_share"_s, round9(c.nextShare));
    o.insert(u"gap"_s, round9(c.gap));
    if (c.level != kNoNode)
        o.insert(u"level"_s, node(g, c.level));
    o.insert(u"majority_chain"_s, nodes(g, c.majorityChain));
    QJsonArray chains;
    for (const auto& ch : c.chains)
        chains.append(chain(g, ch));
    o.insert(u"chains"_s, chains);
    return o;
}

} // namespace dj::graph::json
