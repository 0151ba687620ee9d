#include "core/graph/beneficialowners.h"

#include <algorithm>
#include <cmath>

namespace dj::graph {

namespace {
constexpr double kEps = 1e-9;
}

BeneficialOwners::BeneficialOwners(const OwnershipGraph& graph)
    : m_graph(graph)
    , m_solver(graph)
    , m_control(graph)
{
}

QString BeneficialOwners::basisName(Basis basis)
{
    switch (basis) {
    case Basis::Ownership:
        return QStringLiteral("ownership");
    case Basis::Control:
        return QStringLiteral("control");
    case Basis::SeniorManager:
        break;
    }
    return QStringLiteral("senior_manager");
}

BeneficialOwners::Report BeneficialOwners::analyse(NodeId root)
{
    Report r;
    r.root = root;
    const ShareSolver::Result shares = m_solver.solve(root, ShareSolver::Direction::Up);
    r.cycles = shares.cycles;
    r.singular = shares.singular;
    for (size_t i = 1; i < shares.nodes.size(); ++i) {
        const NodeId n = shares.nodes[i];
        if (m_graph.holders(n).empty())
            r.ultimateHolders.push_back({ n, shares.share[i] });
    }
    std::sort(r.ultimateHolders.begin(), r.ultimateHolders.end(), [](const Holder& a, const Holder& b) {
        return a.share != b.share ? a.share > b.share : a.node < b.node;
    });

    bool personFound = false;
    for (const Holder& h : r.ultimateHolders) {
        if (h.share >= kOwnershipThreshold - kEps) {
            r.owners.push_back({ h.node, h.share, Basis::Ownership, {} });
            personFound = personFound || m_graph.kind(h.node) == NodeKind::Person;
        }
    }
    r.controller = m_control.actualController(root);
    const NodeId c = r.controller.node;
    if (c != kNoNode && m_graph.kind(c) == NodeKind::Person) {
        const bool listed
            = std::any_of(r.owners.begin(), r.owners.end(), [c](const Owner& o) { return o.node == c; });
        if (!listed) {
            double share = 0;
            for (const Holder& h : r.ultimateHolders) {
                if (h.node == c)
                    share = h.share;
            }
            r.owners.push_back({ c, share, Basis::Control, {} });
        }
        personFound = true;
    }
    if (!personFound) {
        // Nobody qualifies: the person in charge of day-to-day management, by the first role present.
        static const int order[] = { OwnershipGraph::roleIndex("法定代表人"),
            OwnershipGraph::roleIndex("总经理"), OwnershipGraph::roleIndex("执行事务合伙人") };
        const auto roles = m_graph.roles(root);
        for (const int idx : order) {
            std::vector<NodeId> who;
            for (const OwnershipGraph::RoleLink& l : roles) {
                if (l.roles & (1u << idx))
                    who.push_back(l.node);
            }
            if (who.empty())
                continue;
            std::sort(who.begin(), who.end());
            for (const NodeId p : who) {
                double share = 0;
                for (const Holder& h : r.ultimateHolders) {
                    if (h.node == p)
                        share = h.share;
                }
                r.owners.push_back({ p, share, Basis::SeniorManager, OwnershipGraph::roleNames()[idx] });
            }
            break;
        }
    }

    const double capital = m_graph.registeredCapital(root);
    const auto direct = m_graph.holders(root);
    r.exemptionPossible = !std::isnan(capital) && capital <= kExemptCapital && !direct.empty()
        && std::all_of(direct.begin(), direct.end(),
            [this](const OwnershipGraph::Link& l) { return m_graph.kind(l.node) == NodeKind::Person; });
    return r;
}

} // namespace dj::graph
