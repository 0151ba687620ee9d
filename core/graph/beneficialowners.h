#pragma once

#include "core/graph/controlanalysis.h"
#include "core/graph/sharesolver.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace dj::graph {

/// 受益所有人 of one enterprise per 受益所有人信息管理办法 (PBoC/SAMR 2024, in force 2024-11-01):
/// natural persons owning ≥ 25 % ultimately (basis ownership), else those who control it (basis control);
/// if nobody qualifies, the person in charge of day-to-day management from the roles (basis
/// senior_manager: 法定代表人, else 总经理, else 执行事务合伙人). Other holders (state, foreign, enterprises
/// without known holders) reaching 25 % are listed with basis ownership as well, so that nothing is hidden.
class BeneficialOwners
{
public:
    explicit BeneficialOwners(const OwnershipGraph& graph);

    static constexpr double kOwnershipThreshold = 0.25;
    /// The small-firm exemption of the rules: capital ≤ 1,000万 and only natural persons as holders.
    static constexpr double kExemptCapital = 10000000.0;

    enum class Basis { Ownership, Control, SeniorManager };
    static QString basisName(Basis basis); ///< ownership, control, senior_manager

    struct Owner
    {
        NodeId node;
        double share; ///< ultimate economic share (0..1)
        Basis basis;
        QString role; ///< senior_manager: the role that made them
    };
    struct Holder
    {
        NodeId node;
        double share;
    };

    struct Report
    {
        NodeId root = kNoNode;
        std::vector<Owner> owners;
        /// Every ultimate holder (persons, other holders, enterprises with no known holders), largest first.
        std::vector<Holder> ultimateHolders;
        ControlAnalysis::Controller controller;
        std::vector<std::vector<NodeId>> cycles;
        bool singular = false;
        /// Capital ≤ 1,000万 and only natural persons hold it directly: the exemption may apply.
        bool exemptionPossible = false;
    };

    Report analyse(NodeId root);

    /// The answer of `dianjing-cli ubo` and the API's /v1/ubo/{uscc} (cli.md): uscc, name, owners (share,
    /// basis, role), controller (with economic share, voting share, gap, chains), cycles, cycle_members,
    /// holders, exemption_possible (+ singular). Shares rounded to 9 decimals.
    static QJsonObject toJson(const OwnershipGraph& graph, const Report& report);

private:
    const OwnershipGraph& m_graph;
    ShareSolver m_solver;
    ControlAnalysis m_control;
};

} // namespace dj::graph
