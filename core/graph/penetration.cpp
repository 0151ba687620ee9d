#include "core/graph/penetration.h"

#include <unordered_map>

namespace dj::graph {

Penetration::Penetration(const OwnershipGraph& graph)
    : m_graph(graph)
    , m_solver(graph)
{
}

Penetration::Tree Penetration::run(
    NodeId root, ShareSolver::Direction direction, int depth, size_t maxEntries)
{
    Tree t;
    t.root = root;
    t.direction = direction;
    const bool up = direction == ShareSolver::Direction::Up;
    const ShareSolver::Result solved = m_solver.solve(root, direction);
    t.cycles = solved.cycles;
    std::unordered_map<NodeId, double> total;
    total.reserve(solved.nodes.size() * 2);
    for (size_t i = 0; i < solved.nodes.size(); ++i)
        total[solved.nodes[i]] = solved.share[i];
    auto links = [&](NodeId n) { return up ? m_graph.holders(n) : m_graph.holdings(n); };

    // Depth-first, iteratively: a stack of (entry, next link).
    t.entries.push_back({ root, -1, 0, 1.0, 1.0, total[root], false, false });
    std::vector<std::pair<qint32, size_t>> stack { { 0, 0 } };
    std::vector<NodeId> path { root };
    while (!stack.empty()) {
        auto& [e, next] = stack.back();
        const Entry entry = t.entries[size_t(e)];
        const auto row = links(entry.node);
        const bool atLimit = depth > 0 && entry.level >= depth;
        if (atLimit || entry.cycle || next >= row.size()) {
            if (atLimit && !row.empty() && !entry.cycle)
                t.entries[size_t(e)].more = true;
            stack.pop_back();
            path.pop_back();
            continue;
        }
        if (t.entries.size() >= maxEntries) {
            t.truncated = true;
            break;
        }
        const OwnershipGraph::Link l = row[next++];
        bool again = false;
        for (const NodeId p : path)
            again = again || p == l.node;
        const qint32 index = qint32(t.entries.size());
        const auto it = total.find(l.node);
        t.entries.push_back({ l.node, e, entry.level + 1, l.share, entry.through * l.share,
            it == total.end() ? 0.0 : it->second, again, false });
        stack.push_back({ index, 0 });
        path.push_back(l.node);
    }
    return t;
}

} // namespace dj::graph
