#pragma once

#include "core/graph/beneficialowners.h"
#include "ui/graph/chartdata.h"

#include <QCoreApplication>

namespace dj::ui {

/// Words and numbers of the ownership views, in one place.
class GraphText
{
    Q_DECLARE_TR_FUNCTIONS(GraphText)
public:
    static QString percent(double share, int decimals = 2); ///< 0.2634 → "26.34%"
    static QString kind(graph::NodeKind kind); ///< 企业, 自然人, 其他
    static ChartData::Kind chartKind(graph::NodeKind kind);
    static QString basis(graph::BeneficialOwners::Basis basis);
    static QString reason(graph::ControlAnalysis::Reason reason);
    static bool closedStatus(const QString& status); ///< 吊销, 注销, 撤销, 清算, 歇业
    /// "A →(40.00%) B →(50.00%) C"
    static QString chain(const graph::OwnershipGraph& g, const std::vector<graph::NodeId>& nodes,
        const std::vector<double>& shares);
    /// The node of a chart (cluster boxes stand for their parent's rest).
    static ChartData::Node node(const graph::OwnershipGraph& g, graph::NodeId n, int layer);
};

} // namespace dj::ui
