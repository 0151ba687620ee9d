#pragma once

#include "core/graph/ownershipgraph.h"

#include <QString>
#include <vector>

namespace dj::graph {

/// 查关系: the shortest connections between two enterprises or persons through shareholdings, roles
/// (同一法定代表人/高管 appear as enterprise – person – enterprise), business relations and invoices, up to
/// a length; every shortest path is listed (up to a limit). Bidirectional breadth-first search, expanding
/// the smaller frontier, then the layered paths enumerated through the meeting layer.
///
/// A finder keeps scratch space sized to the graph: use one per thread.
class RelationFinder
{
public:
    explicit RelationFinder(const OwnershipGraph& graph);

    enum LinkType : quint8 { Share = 1, Role = 2, Relation = 4, Invoice = 8, AllTypes = 15 };

    /// One step of a path, read from nodes[i] to nodes[i + 1].
    struct Step
    {
        LinkType type;
        bool forward; ///< share: nodes[i] holds nodes[i+1]; role: nodes[i] is the person; trade: nodes[i]
                      ///< sells/supplies
        double value; ///< share (0..1) or amount (yuan)
        quint16 detail; ///< role mask or relation kinds
        qint32 months; ///< invoices
    };
    struct Path
    {
        std::vector<NodeId> nodes;
        std::vector<Step> steps;
    };
    struct Result
    {
        int length = -1; ///< −1 when no connection within maxLength
        std::vector<Path> paths;
        bool truncated = false; ///< more paths than maxPaths
        size_t visited = 0;
    };

    Result find(NodeId a, NodeId b, int maxLength = 6, size_t maxPaths = 200, quint8 types = AllTypes);

    /// A step in words for tables and the CLI: "持股 40.00%", "法定代表人", "供应 1.2亿", "开票 12个月".
    static QString describe(const OwnershipGraph& graph, const Step& step);
    static QString typeName(LinkType type); ///< share, role, relation, invoice

private:
    template <typename Fn> void forEachLink(NodeId n, quint8 types, Fn fn) const;

    const OwnershipGraph& m_graph;
    std::vector<qint16> m_da, m_db;
};

} // namespace dj::graph
