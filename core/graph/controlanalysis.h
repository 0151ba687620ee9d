#pragma once

#include "core/graph/ownershipgraph.h"

#include <QCoreApplication>
#include <vector>

namespace dj::store {
class Database;
}

namespace dj::graph {

/// Control, kept apart from economic share (公司法 2023 Art. 265; domain.md).
///
/// Majority control: X controls Y when X and the companies X controls together hold more than 50 % of Y.
/// The actual controller (实际控制人) is the top of the majority chain when that is a person, another
/// holder or an enterprise nobody holds; otherwise the largest voting block is tested for relative control
/// (相对控股: at least kRelativeMin of the votes and kRelativeGap ahead of the next block). Every verdict
/// carries its evidence chains.
class ControlAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ControlAnalysis)
public:
    explicit ControlAnalysis(const OwnershipGraph& graph);

    static constexpr double kMajority = 0.5; ///< control needs strictly more
    static constexpr double kRelativeMin = 0.30;
    static constexpr double kRelativeGap = 0.10;

    enum class Reason { Absolute, Relative, None };
    static QString reasonText(Reason reason); ///< 绝对控股, 相对控股, 无实际控制人

    /// A chain of holdings from a controller down to the enterprise; shares[i] is the direct share of
    /// nodes[i] in nodes[i + 1].
    struct Chain
    {
        std::vector<NodeId> nodes;
        std::vector<double> shares;
    };

    struct Controller
    {
        NodeId node = kNoNode; ///< the actual controller, kNoNode when there is none
        Reason reason = Reason::None;
        /// The enterprise at which the verdict was reached: the root, or the top majority holder whose own
        /// holders decide.
        NodeId level = kNoNode;
        double votingShare
            = 0; ///< votes of level the controller commands (directly and through controlled firms)
        double nextShare = 0; ///< the next largest voting block at level
        double gap = 0; ///< votingShare − nextShare
        /// Majority controllers of the root (控股股东 first, then who controls it, …, topmost last).
        std::vector<NodeId> majorityChain;
        std::vector<Chain> chains; ///< evidence: controller → … → root
    };

    /// The actual controller of root with its reason and chains.
    Controller actualController(NodeId root);

    /// Nodes controlled by majority by x, nearest first, each with its number of control steps.
    struct Member
    {
        NodeId node;
        int level;
    };
    std::vector<Member> controlledBy(NodeId x, const std::vector<NodeId>& alsoSeeds = {});

    /// The group (集团/族谱) an enterprise belongs to: its actual controller (or, without one, its topmost
    /// majority holder, or itself) and every enterprise that head controls.
    struct Group
    {
        NodeId head = kNoNode;
        Reason reason = Reason::None;
        std::vector<Member> members; ///< enterprises, the head excluded
        std::vector<double> economicShare; ///< the head's integrated share in each member
        double revenue = 0; ///< sums over members with figures (latest year each)
        double tax = 0;
        int withFigures = 0;
    };
    Group group(NodeId root);
    /// Adds the revenue and tax totals of a group's members from the cache.
    void addTotals(Group& group, const store::Database& db) const;

    /// The majority controllers of root, nearest first (empty when nobody holds a majority).
    std::vector<NodeId> majorityControllers(NodeId root);

private:
    /// Majority closure of seeds inside the node set marked in m_allowed (all when allowedAll).
    void closure(const std::vector<NodeId>& seeds, bool allowedAll, std::vector<NodeId>& out,
        std::vector<int>* levels = nullptr);
    std::vector<Chain> chainsWithin(NodeId from, NodeId to, const std::vector<NodeId>& members, size_t limit);
    Controller relativeAt(NodeId level);

    const OwnershipGraph& m_graph;
    std::vector<double> m_acc;
    std::vector<char> m_in;
    std::vector<char> m_allowed;
    std::vector<qint32> m_mark;
};

} // namespace dj::graph
