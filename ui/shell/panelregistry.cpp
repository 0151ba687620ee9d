#include "ui/shell/panelregistry.h"

#include "ui/hometown/hometownpanel.h"
#include "ui/map/mappanel.h"
#include "ui/search/searchpanel.h"
#include "ui/shell/placeholderpanel.h"

namespace dj::ui {

QList<Panel*> PanelRegistry::createPanels(AppContext& ctx, QWidget* parent)
{
    QList<Panel*> panels;
    // 企业搜索 (企服通)
    panels << new SearchPanel(ctx, parent);
    // 园区地图 (楼宇/园区营商)
    panels << new MapPanel(ctx, parent);
    // 乡贤招商
    panels << new HometownPanel(ctx, parent);
    // 链企通 / 企票通
    panels << new PlaceholderPanel(ctx, QStringLiteral("risk"), tr("Chain risk"),
        tr("Equity penetration, beneficial owners, supply chains and risk alerts."), parent);
    // 数据资产评估与入表
    panels << new PlaceholderPanel(ctx, QStringLiteral("valuation"), tr("Data asset valuation"),
        tr("Cost, income and market approaches with data quality weighting."), parent);
    // 城市经济视界
    panels << new PlaceholderPanel(ctx, QStringLiteral("economy"), tr("Regional economy"),
        tr("Investment flows and indices between regions."), parent);
    return panels;
}

} // namespace dj::ui
