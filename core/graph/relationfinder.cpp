#include "core/graph/relationfinder.h"

#include <QLocale>
#include <algorithm>
#include <functional>

namespace dj::graph {

RelationFinder::RelationFinder(const OwnershipGraph& graph)
    : m_graph(graph)
    , m_da(graph.nodeCount(), -1)
    , m_db(graph.nodeCount(), -1)
{
}

template <typename Fn> void RelationFinder::forEachLink(NodeId n, quint8 types, Fn fn) const
{
    if (types & Share) {
        for (const OwnershipGraph::Link& l : m_graph.holdings(n))
            fn(l.node, Step { Share, true, l.share, 0, 0 });
        for (const OwnershipGraph::Link& l : m_graph.holders(n))
            fn(l.node, Step { Share, false, l.share, 0, 0 });
    }
    if (types & Role) {
        const bool isPerson = m_graph.kind(n) == NodeKind::Person;
        for (const OwnershipGraph::RoleLink& l : m_graph.roles(n))
            fn(l.node, Step { Role, isPerson, 0, l.roles, 0 });
    }
    if (types & Relation) {
        for (const OwnershipGraph::TradeLink& l : m_graph.relations(n))
            fn(l.node, Step { Relation, l.outgoing, l.amount, l.kinds, 0 });
    }
    if (types & Invoice) {
        for (const OwnershipGraph::TradeLink& l : m_graph.invoices(n))
            fn(l.node, Step { Invoice, l.outgoing, l.amount, 0, l.months });
    }
}

RelationFinder::Result RelationFinder::find(NodeId a, NodeId b, int maxLength, size_t maxPaths, quint8 types)
{
    Result r;
    if (a == b) {
        r.length = 0;
        r.paths.push_back({ { a }, {} });
        return r;
    }
    std::vector<NodeId> seenA { a }, seenB { b };
    std::vector<NodeId> frontA { a }, frontB { b };
    m_da[a] = 0;
    m_db[b] = 0;
    int depthA = 0, depthB = 0;
    int best = -1;
    std::vector<NodeId> layer;
    bool lastA = true;
    while (best < 0 && depthA + depthB < maxLength && !frontA.empty() && !frontB.empty()) {
        // Expand the side whose frontier has fewer links to follow.
        auto cost = [&](const std::vector<NodeId>& f) {
            size_t c = 0;
            for (const NodeId n : f)
                c += m_graph.holders(n).size() + m_graph.holdings(n).size() + m_graph.roles(n).size();
            return c;
        };
        lastA = cost(frontA) <= cost(frontB);
        auto& front = lastA ? frontA : frontB;
        auto& seen = lastA ? seenA : seenB;
        auto& dist = lastA ? m_da : m_db;
        auto& other = lastA ? m_db : m_da;
        int& depth = lastA ? depthA : depthB;
        layer.clear();
        for (const NodeId n : front) {
            forEachLink(n, types, [&](NodeId m, const Step&) {
                if (dist[m] >= 0)
                    return;
                dist[m] = qint16(depth + 1);
                seen.push_back(m);
                layer.push_back(m);
                if (other[m] >= 0) {
                    const int d = depth + 1 + other[m];
                    if (best < 0 || d < best)
                        best = d;
                }
            });
        }
        ++depth;
        front.swap(layer);
    }
    r.visited = seenA.size() + seenB.size();
    if (best >= 0 && best <= maxLength) {
        r.length = best;
        // Meeting nodes: on the layer just expanded, with both distances adding up to the length.
        const auto& lastLayer = lastA ? frontA : frontB;
        std::vector<NodeId> meet;
        for (const NodeId m : lastLayer) {
            if (m_da[m] >= 0 && m_db[m] >= 0 && m_da[m] + m_db[m] == best)
                meet.push_back(m);
        }
        std::sort(meet.begin(), meet.end());
        // Half paths: from m back to a along falling da, and on to b along falling db.
        auto halves = [&](NodeId m, const std::vector<qint16>& dist, NodeId end, std::vector<Path>& out) {
            Path cur { { m }, {} };
            std::function<void(NodeId)> walk = [&](NodeId v) {
                if (out.size() >= maxPaths)
                    return;
                if (v == end) {
                    out.push_back(cur);
                    return;
                }
                std::vector<std::pair<NodeId, Step>> next;
                forEachLink(v, types, [&](NodeId w, const Step& s) {
                    if (dist[w] >= 0 && dist[w] == dist[v] - 1)
                        next.push_back({ w, s });
                });
                for (const auto& [w, s] : next) {
                    cur.nodes.push_back(w);
                    cur.steps.push_back(s);
                    walk(w);
                    cur.nodes.pop_back();
                    cur.steps.pop_back();
                }
            };
            walk(m);
        };
        for (const NodeId m : meet) {
            std::vector<Path> toA, toB;
            halves(m, m_da, a, toA);
            halves(m, m_db, b, toB);
            for (const Path& pa : toA) {
                for (const Path& pb : toB) {
                    if (r.paths.size() >= maxPaths) {
                        r.truncated = true;
                        break;
                    }
                    Path p;
                    // pa runs m → a: reverse it, turning each step round.
                    p.nodes.assign(pa.nodes.rbegin(), pa.nodes.rend());
                    for (auto it = pa.steps.rbegin(); it != pa.steps.rend(); ++it) {
                        Step s = *it;
                        s.forward = !s.forward;
                        p.steps.push_back(s);
                    }
                    p.nodes.insert(p.nodes.end(), pb.nodes.begin() + 1, pb.nodes.end());
                    p.steps.insert(p.steps.end(), pb.steps.begin(), pb.steps.end());
                    r.paths.push_back(std::move(p));
                }
            }
            if (toA.size() >= maxPaths || toB.size() >= maxPaths)
                r.truncated = true;
        }
    }
    for (const NodeId n : seenA)
        m_da[n] = -1;
    for (const NodeId n : seenB)
        m_db[n] = -1;
    return r;
}

QString RelationFinder::typeName(LinkType type)
{
    switch (type) {
    case Share:
        return QStringLiteral("share");
    case Role:
        return QStringLiteral("role");
    case Relation:
        return QStringLiteral("relation");
    case Invoice:
        return QStringLiteral("invoice");
    case AllTypes:
        break;
    }
    return QString();
}

QString RelationFinder::describe(const OwnershipGraph&, const Step& step)
{
    const QLocale c = QLocale::c();
    auto money = [&](double yuan) {
        if (yuan >= 1e8)
            return c.toString(yuan / 1e8, 'f', 2) + QStringLiteral("亿");
        return c.toString(yuan / 1e4, 'f', 1) + QStringLiteral("万");
    };
    switch (step.type) {
    case Share:
        return (step.forward ? QStringLiteral("持股 ") : QStringLiteral("被持股 "))
            + c.toString(step.value * 100, 'f', 2) + u'%';
    case Role:
        return OwnershipGraph::roleList(step.detail).join(u'、');
    case Relation: {
        QStringList kinds;
        if (step.detail & OwnershipGraph::Supply)
            kinds << (step.forward ? QStringLiteral("供应") : QStringLiteral("采购"));
        if (step.detail & OwnershipGraph::Competition)
            kinds << QStringLiteral("竞争");
        if (step.detail & OwnershipGraph::Cooperation)
            kinds << QStringLiteral("合作");
        return kinds.join(u'、') + (step.value > 0 ? u' ' + money(step.value) : QString());
    }
    case Invoice:
        return (step.forward ? QStringLiteral("开票 ") : QStringLiteral("受票 ")) + money(step.value)
            + QStringLiteral("（%1个月）").arg(step.months);
    case AllTypes:
        break;
    }
    return QString();
}

} // namespace dj::graph
