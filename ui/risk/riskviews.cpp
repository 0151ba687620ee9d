#include "ui/risk/riskviews.h"

#include "ui/graph/riskpanel.h"
#include "ui/risk/invoiceview.h"
#include "ui/risk/monitorview.h"
#include "ui/risk/supplychainview.h"

namespace dj::ui {

void installRiskViews(RiskPanel& panel, AppContext& context)
{
    auto* network = new SupplyChainView(context, &panel);
    auto* invoices = new InvoiceView(context, &panel);
    auto* monitor = new MonitorView(context, &panel);
    panel.addView(network, SupplyChainView::tr("Supply network"));
    panel.addView(invoices, InvoiceView::tr("Invoices and score"));
    panel.addView(monitor, MonitorView::tr("Monitoring"));
    QObject::connect(network, &SupplyChainView::watchListsChanged, monitor, &MonitorView::reload);
}

} // namespace dj::ui
