#pragma once

#include "core/graph/ownershipgraph.h"

#include <vector>

namespace dj::graph {

/// Integrated (ultimate) ownership of one enterprise, exact through cycles.
///
/// With G the matrix of direct shares (G[h][i] = fraction of i held by h), the integrated ownership is
/// (I − G)⁻¹: the products along every path summed over all paths, cycles included (domain.md). For a root
/// r the solver takes the part of the graph that reaches r (up) or that r reaches (down), splits it into
/// strongly connected components, solves each cyclic component as a small dense system (Gaussian
/// elimination with partial pivoting) and the acyclic rest by one pass over the components in dependency
/// order. Each cyclic component is reported.
///
/// A solver keeps scratch space sized to the graph: use one per thread.
class ShareSolver
{
public:
    explicit ShareSolver(const OwnershipGraph& graph);

    enum class Direction { Up, Down };

    struct Result
    {
        NodeId root = kNoNode;
        /// The nodes reached (root first), and per node:
        ///  up:   the integrated share node holds in root (Σ over paths node → … → root);
        ///  down: the integrated share root holds in node.
        /// The root's own value is 1 plus what it holds of itself through cycles.
        std::vector<NodeId> nodes;
        std::vector<double> share;
        /// Strongly connected components with a cycle (two or more nodes, or one holding itself).
        std::vector<std::vector<NodeId>> cycles;
        /// A cyclic component whose system is singular (a closed ring held 100 % around): its shares are
        /// those of the series cut at 10,000 rounds.
        bool singular = false;

        double shareOf(NodeId n) const;
        bool hasCycle() const { return !cycles.empty(); }
    };

    /// Solves for root; maxNodes bounds the part of the graph taken (0 = no bound).
    Result solve(NodeId root, Direction direction, size_t maxNodes = 0);

private:
    const OwnershipGraph& m_graph;
    std::vector<qint32> m_local; ///< node → index in the current result, −1 when not reached
};

} // namespace dj::graph
