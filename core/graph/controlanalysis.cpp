#include "core/graph/controlanalysis.h"

#include "core/graph/sharesolver.h"
#include "core/store/ownershipreads.h"

#include <algorithm>
#include <map>

namespace dj::graph {

namespace {
constexpr double kEps = 1e-9;
constexpr size_t kMaxAncestors = 4000;
constexpr size_t kMaxChains = 24;
} // namespace

ControlAnalysis::ControlAnalysis(const OwnershipGraph& graph)
    : m_graph(graph)
    , m_acc(graph.nodeCount(), 0.0)
    , m_in(graph.nodeCount(), 0)
    , m_allowed(graph.nodeCount(), 0)
    , m_mark(graph.nodeCount(), 0)
{
}

QString ControlAnalysis::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Absolute:
        return QStringLiteral("绝对控股");
    case Reason::Relative:
        return QStringLiteral("相对控股");
    case Reason::None:
        break;
    }
    return QStringLiteral("无实际控制人");
}

void ControlAnalysis::closure(
    const std::vector<NodeId>& seeds, bool allowedAll, std::vector<NodeId>& out, std::vector<int>* levels)
{
    out.clear();
    if (levels)
        levels->clear();
    std::vector<NodeId> touched;
    for (const NodeId s : seeds) {
        if (s == kNoNode || m_in[s])
            continue;
        m_in[s] = 1;
        out.push_back(s);
        if (levels)
            levels->push_back(0);
    }
    for (size_t i = 0; i < out.size(); ++i) {
        const NodeId h = out[i];
        for (const OwnershipGraph::Link& l : m_graph.holdings(h)) {
            const NodeId y = l.node;
            if (m_in[y] || (!allowedAll && !m_allowed[y]))
                continue;
            if (m_acc[y] == 0)
                touched.push_back(y);
            m_acc[y] += l.share;
            if (m_acc[y] > kMajority + kEps) {
                m_in[y] = 1;
                out.push_back(y);
                if (levels)
                    levels->push_back((*levels)[i] + 1);
            }
        }
    }
    for (const NodeId y : touched)
        m_acc[y] = 0;
    for (const NodeId y : out)
        m_in[y] = 0;
}

std::vector<NodeId> ControlAnalysis::majorityControllers(NodeId root)
{
    // Only holders of root (at any depth) can control it, and only through nodes that also reach root.
    std::vector<NodeId> anc { root };
    m_allowed[root] = 1;
    for (size_t i = 0; i < anc.size() && anc.size() < kMaxAncestors; ++i) {
        for (const OwnershipGraph::Link& l : m_graph.holders(anc[i])) {
            if (!m_allowed[l.node]) {
                m_allowed[l.node] = 1;
                anc.push_back(l.node);
            }
        }
    }
    std::vector<std::pair<size_t, NodeId>> found;
    std::vector<NodeId> out;
    for (size_t i = 1; i < anc.size(); ++i) {
        closure({ anc[i] }, false, out);
        if (std::find(out.begin(), out.end(), root) != out.end())
            found.push_back({ out.size(), anc[i] });
    }
    for (const NodeId n : anc)
        m_allowed[n] = 0;
    std::sort(found.begin(), found.end());
    std::vector<NodeId> result;
    for (const auto& f : found)
        result.push_back(f.second);
    return result;
}

std::vector<ControlAnalysis::Chain> ControlAnalysis::chainsWithin(
    NodeId from, NodeId to, const std::vector<NodeId>& members, size_t limit)
{
    std::vector<Chain> chains;
    for (const NodeId m : members)
        m_mark[m] = 1;
    m_mark[to] = 1;
    // Depth-first over simple paths through members only.
    std::vector<NodeId> path { from };
    std::vector<double> shares;
    std::vector<size_t> next { 0 };
    std::vector<char> onPath;
    m_in[from] = 1;
    while (!path.empty() && chains.size() < limit) {
        const NodeId v = path.back();
        const auto links = m_graph.holdings(v);
        size_t& i = next.back();
        if (v == to) {
            chains.push_back({ path, shares });
            i = links.size();
        }
        if (i < links.size()) {
            const OwnershipGraph::Link l = links[i++];
            if (!m_mark[l.node] || m_in[l.node])
                continue;
            m_in[l.node] = 1;
            path.push_back(l.node);
            shares.push_back(l.share);
            next.push_back(0);
            continue;
        }
        m_in[v] = 0;
        path.pop_back();
        next.pop_back();
        if (!shares.empty())
            shares.pop_back();
    }
    for (const NodeId n : path)
        m_in[n] = 0;
    for (const NodeId m : members)
        m_mark[m] = 0;
    m_mark[to] = 0;
    return chains;
}

ControlAnalysis::Controller ControlAnalysis::relativeAt(NodeId level)
{
    Controller c;
    c.level = level;
    // Voting blocks: each holder of level counts for its own topmost majority controller.
    std::map<NodeId, std::pair<double, std::vector<NodeId>>> blocks;
    for (const OwnershipGraph::Link& l : m_graph.holders(level)) {
        NodeId head = l.node;
        if (m_graph.kind(l.node) == NodeKind::Enterprise && !m_graph.holders(l.node).empty()) {
            const std::vector<NodeId> mc = majorityControllers(l.node);
            if (!mc.empty())
                head = mc.back();
        }
        auto& b = blocks[head];
        b.first += l.share;
        b.second.push_back(l.node);
    }
    std::vector<std::pair<double, NodeId>> order;
    for (const auto& [head, b] : blocks)
        order.push_back({ b.first, head });
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (order.empty())
        return c;
    c.votingShare = order[0].first;
    c.nextShare = order.size() > 1 ? order[1].first : 0.0;
    c.gap = c.votingShare - c.nextShare;
    const NodeId head = order[0].second;
    if (c.votingShare > kMajority + kEps) {
        // A block above half without a single majority holder: its head controls (e.g. two firms of one
        // group holding 30 % and 25 %); majorityControllers() found it already for the root itself.
        c.reason = Reason::Absolute;
    } else if (c.votingShare >= kRelativeMin - kEps && c.gap >= kRelativeGap - kEps) {
        c.reason = Reason::Relative;
    } else {
        return c;
    }
    c.node = head;
    std::vector<NodeId> members;
    closure({ head }, true, members);
    for (const NodeId h : blocks[head].second) {
        if (h == head) {
            c.chains.push_back({ { head, level }, { m_graph.directShare(head, level) } });
            continue;
        }
        for (Chain ch : chainsWithin(head, h, members, kMaxChains)) {
            ch.nodes.push_back(level);
            ch.shares.push_back(m_graph.directShare(h, level));
            c.chains.push_back(std::move(ch));
        }
    }
    return c;
}

ControlAnalysis::Controller ControlAnalysis::actualController(NodeId root)
{
    Controller c;
    const std::vector<NodeId> chain = majorityControllers(root);
    if (chain.empty()) {
        c = relativeAt(root);
        return c;
    }
    const NodeId top = chain.back();
    std::vector<NodeId> members;
    closure({ top }, true, members);
    std::vector<Chain> toRoot = chainsWithin(top, root, members, kMaxChains);
    if (m_graph.kind(top) != NodeKind::Enterprise || m_graph.holders(top).empty()) {
        c.node = top;
        c.reason = Reason::Absolute;
        c.level = root;
        double outside = 0;
        for (const OwnershipGraph::Link& l : m_graph.holders(root)) {
            if (std::find(members.begin(), members.end(), l.node) != members.end())
                c.votingShare += l.share;
            else
                outside = std::max(outside, l.share);
        }
        c.nextShare = outside;
        c.gap = c.votingShare - outside;
        c.chains = std::move(toRoot);
    } else {
        // The top majority holder is an enterprise with holders of its own, none of them a majority:
        // its largest voting block decides.
        c = relativeAt(top);
        std::vector<Chain> joined;
        for (const Chain& a : c.chains) {
            for (const Chain& b : toRoot) {
                if (joined.size() >= kMaxChains)
                    break;
                Chain j = a;
                j.nodes.insert(j.nodes.end(), b.nodes.begin() + 1, b.nodes.end());
                j.shares.insert(j.shares.end(), b.shares.begin(), b.shares.end());
                joined.push_back(std::move(j));
            }
        }
        c.chains = c.node == kNoNode ? std::move(toRoot) : std::move(joined);
    }
    c.majorityChain = chain;
    return c;
}

std::vector<ControlAnalysis::Member> ControlAnalysis::controlledBy(
    NodeId x, const std::vector<NodeId>& alsoSeeds)
{
    std::vector<NodeId> seeds { x };
    seeds.insert(seeds.end(), alsoSeeds.begin(), alsoSeeds.end());
    std::vector<NodeId> out;
    std::vector<int> levels;
    closure(seeds, true, out, &levels);
    std::vector<Member> members;
    for (size_t i = 0; i < out.size(); ++i) {
        if (out[i] != x)
            members.push_back({ out[i], std::max(1, levels[i]) });
    }
    return members;
}

ControlAnalysis::Group ControlAnalysis::group(NodeId root)
{
    Group g;
    const Controller c = actualController(root);
    std::vector<NodeId> extra;
    if (c.node != kNoNode) {
        g.head = c.node;
        g.reason = c.reason;
        if (c.reason == Reason::Relative && c.level != kNoNode)
            extra.push_back(c.level);
    } else {
        g.head = c.majorityChain.empty() ? root : c.majorityChain.back();
    }
    for (const Member& m : controlledBy(g.head, extra)) {
        if (m_graph.kind(m.node) == NodeKind::Enterprise)
            g.members.push_back(m);
    }
    ShareSolver solver(m_graph);
    const ShareSolver::Result down = solver.solve(g.head, ShareSolver::Direction::Down);
    std::map<NodeId, double> share;
    for (size_t i = 0; i < down.nodes.size(); ++i)
        share[down.nodes[i]] = down.share[i];
    for (const Member& m : g.members) {
        const auto it = share.find(m.node);
        g.economicShare.push_back(it == share.end() ? 0.0 : it->second);
    }
    return g;
}

void ControlAnalysis::addTotals(Group& group, const store::Database& db) const
{
    QStringList usccs;
    for (const Member& m : group.members) {
        if (m_graph.inCache(m.node))
            usccs << m_graph.key(m.node);
    }
    if (group.head != kNoNode && m_graph.kind(group.head) == NodeKind::Enterprise
        && m_graph.inCache(group.head))
        usccs << m_graph.key(group.head);
    const auto figures = store::OwnershipReads(db).latestFigures(usccs);
    group.revenue = group.tax = 0;
    group.withFigures = 0;
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        if (it->revenue || it->tax)
            ++group.withFigures;
        group.revenue += it->revenue.value_or(0);
        group.tax += it->tax.value_or(0);
    }
}

} // namespace dj::graph
