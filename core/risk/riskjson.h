#pragma once

#include "core/risk/creditscore.h"
#include "core/risk/invoiceanalytics.h"
#include "core/risk/supplynetwork.h"

#include <QJsonObject>

/// The supply-chain answers in the keys of `dianjing-cli risk network|invoices|score` (cli.md), shared by the
/// CLI and the local data API (/v1/risk/{uscc}/network|invoices|score) so the two faces answer alike.
/// Amounts are rounded to 2 decimals, shares and ratios to 6. The alerts' answer is risk::Alert::toJson.
namespace dj::risk::json {

QJsonObject networkJson(const SupplyNetwork::Result& r);
QJsonObject invoicesJson(const InvoiceAnalytics::Result& r);
QJsonObject scoreJson(const CreditScore::Result& r);

} // namespace dj::risk::json
