#pragma once

namespace dj::ui {

class AppContext;
class RiskPanel;

/// Adds the supply-chain views (链企通 network, 企票通 invoices and score, monitoring) to the 链上风险 panel.
void installRiskViews(RiskPanel& panel, AppContext& context);

} // namespace dj::ui
