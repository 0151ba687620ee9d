#include "core/graph/sharesolver.h"

#include <algorithm>
#include <cmath>

namespace dj::graph {

double ShareSolver::Result::shareOf(NodeId n) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i] == n)
            return share[i];
    }
    return 0;
}

ShareSolver::ShareSolver(const OwnershipGraph& graph)
    : m_graph(graph)
    , m_local(graph.nodeCount(), -1)
{
}

namespace {

/// Solves A x = b in place (A row-major n×n) by Gaussian elimination with partial pivoting.
/// False when a pivot vanishes (singular system).
bool gaussSolve(std::vector<double>& a, std::vector<double>& b, size_t n)
{
    for (size_t c = 0; c < n; ++c) {
        size_t p = c;
        for (size_t r = c + 1; r < n; ++r) {
            if (std::abs(a[r * n + c]) > std::abs(a[p * n + c]))
                p = r;
        }
        if (std::abs(a[p * n + c]) < 1e-12)
            return false;
        if (p != c) {
            for (size_t k = 0; k < n; ++k)
                std::swap(a[p * n + k], a[c * n + k]);
            std::swap(b[p], b[c]);
        }
        const double pivot = a[c * n + c];
        for (size_t r = c + 1; r < n; ++r) {
            const double f = a[r * n + c] / pivot;
            if (f == 0)
                continue;
            for (size_t k = c; k < n; ++k)
                a[r * n + k] -= f * a[c * n + k];
            b[r] -= f * b[c];
        }
    }
    for (size_t i = n; i-- > 0;) {
        double s = b[i];
        for (size_t k = i + 1; k < n; ++k)
            s -= a[i * n + k] * b[k];
        b[i] = s / a[i * n + i];
    }
    return true;
}

} // namespace

ShareSolver::Result ShareSolver::solve(NodeId root, Direction direction, size_t maxNodes)
{
    Result r;
    r.root = root;
    const bool up = direction == Direction::Up;
    auto reach = [&](NodeId n) { return up ? m_graph.holders(n) : m_graph.holdings(n); };
    auto dep = [&](NodeId n) { return up ? m_graph.holdings(n) : m_graph.holders(n); };

    // The part of the graph that reaches root (up) or that root reaches (down).
    r.nodes.push_back(root);
    m_local[root] = 0;
    for (size_t i = 0; i < r.nodes.size(); ++i) {
        for (const OwnershipGraph::Link& l : reach(r.nodes[i])) {
            if (m_local[l.node] >= 0)
                continue;
            if (maxNodes && r.nodes.size() >= maxNodes)
                continue;
            m_local[l.node] = qint32(r.nodes.size());
            r.nodes.push_back(l.node);
        }
    }
    const size_t n = r.nodes.size();
    r.share.assign(n, 0.0);

    // Tarjan's strongly connected components over the dependency edges, iteratively: a component is
    // complete once everything it depends on is, so each is solved as soon as it is emitted.
    std::vector<qint32> index(n, -1), low(n, 0);
    std::vector<char> onStack(n, 0);
    std::vector<qint32> stack;
    std::vector<std::pair<qint32, size_t>> call;
    std::vector<qint32> members;
    std::vector<qint32> position(0);
    std::vector<double> a, b;
    qint32 counter = 0;

    auto solveComponent = [&](const std::vector<qint32>& comp) {
        if (comp.size() == 1) {
            const qint32 v = comp[0];
            double s = v == 0 ? 1.0 : 0.0;
            double self = 0;
            for (const OwnershipGraph::Link& l : dep(r.nodes[size_t(v)])) {
                const qint32 w = m_local[l.node];
                if (w < 0)
                    continue;
                if (w == v)
                    self += l.share;
                else
                    s += l.share * r.share[size_t(w)];
            }
            if (self > 0) {
                r.cycles.push_back({ r.nodes[size_t(v)] });
                if (self >= 1.0 - 1e-12) {
                    r.singular = true;
                    self = 1.0 - 1e-4;
                }
                s /= 1.0 - self;
            }
            r.share[size_t(v)] = s;
            return;
        }
        const size_t m = comp.size();
        position.assign(m, 0);
        std::vector<qint32> sorted(comp);
        std::sort(sorted.begin(), sorted.end());
        auto pos = [&](qint32 w) -> qint64 {
            const auto it = std::lower_bound(sorted.begin(), sorted.end(), w);
            return it != sorted.end() && *it == w ? qint64(it - sorted.begin()) : -1;
        };
        a.assign(m * m, 0.0);
        b.assign(m, 0.0);
        std::vector<std::vector<std::pair<size_t, double>>> inner(m);
        for (size_t i = 0; i < m; ++i) {
            const qint32 v = sorted[i];
            a[i * m + i] = 1.0;
            b[i] = v == 0 ? 1.0 : 0.0;
            for (const OwnershipGraph::Link& l : dep(r.nodes[size_t(v)])) {
                const qint32 w = m_local[l.node];
                if (w < 0)
                    continue;
                const qint64 p = pos(w);
                if (p >= 0) {
                    a[i * m + size_t(p)] -= l.share;
                    inner[i].push_back({ size_t(p), l.share });
                } else {
                    b[i] += l.share * r.share[size_t(w)];
                }
            }
        }
        std::vector<double> rhs = b;
        if (!gaussSolve(a, b, m)) {
            // A closed ring held 100 % around has no finite solution: the series, cut.
            r.singular = true;
            std::vector<double> x(rhs), next(m);
            for (int round = 0; round < 10000; ++round) {
                for (size_t i = 0; i < m; ++i) {
                    double s = rhs[i];
                    for (const auto& [p, share] : inner[i])
                        s += share * x[p];
                    next[i] = s;
                }
                x.swap(next);
            }
            b = x;
        }
        std::vector<NodeId> cycle;
        for (size_t i = 0; i < m; ++i) {
            r.share[size_t(sorted[i])] = b[i];
            cycle.push_back(r.nodes[size_t(sorted[i])]);
        }
        r.cycles.push_back(std::move(cycle));
    };

    for (size_t s = 0; s < n; ++s) {
        if (index[s] >= 0)
            continue;
        index[s] = low[s] = counter++;
        stack.push_back(qint32(s));
        onStack[s] = 1;
        call.push_back({ qint32(s), 0 });
        while (!call.empty()) {
            const qint32 v = call.back().first;
            const auto edges = dep(r.nodes[size_t(v)]);
            size_t& ei = call.back().second;
            if (ei < edges.size()) {
                const qint32 w = m_local[edges[ei].node];
                ++ei;
                if (w < 0)
                    continue;
                if (index[size_t(w)] < 0) {
                    index[size_t(w)] = low[size_t(w)] = counter++;
                    stack.push_back(w);
                    onStack[size_t(w)] = 1;
                    call.push_back({ w, 0 });
                } else if (onStack[size_t(w)]) {
                    low[size_t(v)] = std::min(low[size_t(v)], index[size_t(w)]);
                }
                continue;
            }
            if (low[size_t(v)] == index[size_t(v)]) {
                members.clear();
                qint32 w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = 0;
                    members.push_back(w);
                } while (w != v);
                solveComponent(members);
            }
            call.pop_back();
            if (!call.empty()) {
                const qint32 parent = call.back().first;
                low[size_t(parent)] = std::min(low[size_t(parent)], low[size_t(v)]);
            }
        }
    }
    for (const NodeId node : r.nodes)
        m_local[node] = -1;
    return r;
}

} // namespace dj::graph
