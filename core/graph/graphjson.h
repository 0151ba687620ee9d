#pragma once

#include "core/graph/controlanalysis.h"
#include "core/graph/ownershipgraph.h"

#include <QJsonArray>
#include <QJsonObject>
#include <vector>

/// The ownership answers' JSON pieces in the keys of cli.md (`ubo`, `graph up|down|controller`), shared by
/// `dianjing-cli` and the local data API so the two faces answer alike.
namespace dj::graph::json {

/// Shares and amounts rounded to 9 decimals (what both faces print).
double round9(double v);
/// {kind, id, name[, in_cache: false]}
QJsonObject node(const OwnershipGraph& g, NodeId n);
QJsonArray nodes(const OwnershipGraph& g, const std::vector<NodeId>& list);
/// {nodes, shares} of one control chain.
QJsonObject chain(const OwnershipGraph& g, const ControlAnalysis::Chain& c);
/// The controller with its reason, shares, level, majority chain and chains.
QJsonObject controller(const OwnershipGraph& g, const ControlAnalysis::Controller& c, double economic);

} // namespace dj::graph::json
