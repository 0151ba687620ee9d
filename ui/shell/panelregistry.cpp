#include "ui/shell/panelregistry.h"

#include "ui/chains/chainspanel.h"
#include "ui/fieldwork/fieldworkpanel.h"
#include "ui/graph/riskpanel.h"
#include "ui/hometown/hometownpanel.h"
#include "ui/map/mappanel.h"
#include "ui/regional/regionalpanel.h"
#include "ui/risk/riskviews.h"
#include "ui/search/searchpanel.h"
#include "ui/shell/placeholderpanel.h"
#include "ui/tenders/tenderspanel.h"
#include "ui/valuation/valuationpanel.h"

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
    auto* risk = new RiskPanel(ctx, parent);
    installRiskViews(*risk, ctx);
    panels << risk;
    // 数据资产评估与入表
    panels << new ValuationPanel(ctx, parent);
    // 城市经济视界
    panels << new RegionalPanel(ctx, parent);
    // 产业链图谱
    panels << new ChainsPanel(ctx, parent);
    // 走访任务
    panels << new FieldWorkPanel(ctx, parent);
    // 商机预测 (ICT业务商机预测)
    panels << new TendersPanel(ctx, parent);
    return panels;
}

} // namespace dj::ui
