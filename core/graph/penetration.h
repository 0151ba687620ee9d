#pragma once

#include "core/graph/sharesolver.h"

#include <vector>

namespace dj::graph {

/// 股权穿透: the tree of holders above an enterprise (up) or of holdings below it (down), level by level,
/// each entry with its direct share, the through-share along its path (穿透比例: the product of the
/// direct shares from the root) and the node's total over all paths, cycles included (ShareSolver).
/// A node met again on its own path is listed once more, marked as the cycle, and not expanded.
class Penetration
{
public:
    explicit Penetration(const OwnershipGraph& graph);

    struct Entry
    {
        NodeId node;
        qint32 parent; ///< index of the parent entry, −1 for the root
        int level; ///< 0 for the root
        double direct; ///< share on the link to the parent (up: node in parent; down: parent in node)
        double through; ///< product of the direct shares along the path from the root
        double total; ///< up: node's integrated share in root; down: root's integrated share in node
        bool cycle; ///< the node is already on this path (not expanded again)
        bool more; ///< has further holders/holdings beyond the depth limit
    };

    struct Tree
    {
        NodeId root = kNoNode;
        ShareSolver::Direction direction = ShareSolver::Direction::Up;
        std::vector<Entry> entries; ///< depth-first, root first, larger shares first
        std::vector<std::vector<NodeId>> cycles;
        bool truncated = false; ///< stopped at maxEntries
    };

    /// depth 0 = unlimited.
    Tree run(NodeId root, ShareSolver::Direction direction, int depth = 0, size_t maxEntries = 20000);

private:
    const OwnershipGraph& m_graph;
    ShareSolver m_solver;
};

} // namespace dj::graph
