#include "core/risk/riskjson.h"

#include <QJsonArray>
#include <cmath>

namespace dj::risk::json {

using namespace Qt::StringLiterals;

namespace {

double r2(double v)
{
    return std::round(v * 100) / 100;
}
double r6(double v)
{
    return std::round(v * 1e6) / 1e6;
}

QJsonObject party(const PartyInfo& p)
{
    QJsonObject o { { u"uscc"_s, p.uscc }, { u"name"_s, p.name } };
    if (!p.inCache) {
        o.insert(u"in_cache"_s, false);
        return o;
    }
    o.insert(u"status"_s, p.status);
    o.insert(u"region_code"_s, p.regionCode);
    o.insert(u"current_risks"_s, p.currentRisks);
    o.insert(u"risk_kinds"_s, QJsonArray::fromStringList(p.riskKinds));
    o.insert(u"serious"_s, p.serious);
    return o;
}

QJsonObject years(const std::map<int, double>& m)
{
    QJsonObject o;
    for (const auto& [y, a] : m)
        o.insert(QString::number(y), r2(a));
    return o;
}

} // namespace

QJsonObject networkJson(const SupplyNetwork::Result& r)
{
    auto members = [&](const std::vector<SupplyNetwork::Member>& list) {
        QJsonArray out;
        for (const auto& m : list) {
            QJsonObject o = party(m.party);
            o.insert(u"tier"_s, m.tier);
            o.insert(u"parent"_s, m.parent);
            o.insert(u"path"_s, QJsonArray::fromStringList(m.path));
            o.insert(u"amount"_s, r2(m.amount));
            o.insert(u"amount_year"_s, m.amountYear);
            o.insert(u"share"_s, r6(m.share));
            o.insert(u"yearly"_s, years(m.yearly));
            o.insert(u"invoiced"_s, years(m.invoiced));
            out.append(o);
        }
        return out;
    };
    auto peers = [&](const std::vector<SupplyNetwork::Peer>& list) {
        QJsonArray out;
        for (const auto& p : list) {
            QJsonObject o = party(p.party);
            o.insert(u"amount"_s, r2(p.amount));
            out.append(o);
        }
        return out;
    };
    QJsonArray investees;
    for (const auto& i : r.investees) {
        QJsonObject o = party(i.party);
        o.insert(u"level"_s, i.level);
        o.insert(u"share"_s, r6(i.share));
        investees.append(o);
    }
    return QJsonObject { { u"root"_s, party(r.root) }, { u"tiers"_s, r.tiers },
        { u"suppliers"_s, members(r.suppliers) }, { u"customers"_s, members(r.customers) },
        { u"rivals"_s, peers(r.rivals) }, { u"partners"_s, peers(r.partners) },
        { u"investees"_s, investees } };
}

static QJsonObject sideJson(const InvoiceAnalytics::Side& s)
{
    QJsonArray monthly;
    for (const auto& m : s.monthly)
        monthly.append(
            QJsonObject { { u"month"_s, m.month }, { u"amount"_s, r2(m.amount) }, { u"count"_s, m.count } });
    QJsonArray cps;
    for (const auto& c : s.counterparties)
        cps.append(QJsonObject { { u"uscc"_s, c.uscc }, { u"name"_s, c.name }, { u"amount"_s, r2(c.amount) },
            { u"count"_s, c.count }, { u"months"_s, c.months }, { u"share"_s, r6(c.share) },
            { u"related"_s, c.related } });
    QJsonArray breaks;
    for (const auto& b : s.breaks)
        breaks.append(QJsonObject { { u"month"_s, b.month }, { u"amount"_s, r2(b.amount) },
            { u"expected"_s, r2(b.expected) }, { u"ratio"_s, r6(b.ratio) } });
    return QJsonObject { { u"total"_s, r2(s.total) }, { u"count"_s, s.count }, { u"mean"_s, r2(s.mean) },
        { u"cv"_s, r6(s.cv) }, { u"empty_months"_s, s.emptyMonths }, { u"top1"_s, r6(s.top1) },
        { u"top5"_s, r6(s.top5) }, { u"hhi"_s, r6(s.hhi) },
        { u"counterparties_current"_s, s.currentCounterparties },
        { u"counterparties_previous"_s, s.previousCounterparties },
        { u"counterparties_new"_s, s.newCounterparties }, { u"counterparties_lost"_s, s.lostCounterparties },
        { u"churn"_s, r6(s.churn) }, { u"growth"_s, r6(s.growth()) }, { u"monthly"_s, monthly },
        { u"counterparties"_s, cps }, { u"breaks"_s, breaks } };
}

QJsonObject invoicesJson(const InvoiceAnalytics::Result& r)
{
    QJsonArray related;
    for (const auto& p : r.related)
        related.append(QJsonObject { { u"uscc"_s, p.uscc }, { u"name"_s, p.name },
            { u"sales"_s, r2(p.sales) }, { u"purchases"_s, r2(p.purchases) },
            { u"connection"_s, p.connection }, { u"path"_s, QJsonArray::fromStringList(p.pathNames) } });
    return QJsonObject { { u"enterprise"_s, party(r.party) },
        { u"months"_s, QJsonArray::fromStringList(r.months) }, { u"sales"_s, sideJson(r.sales) },
        { u"purchases"_s, sideJson(r.purchases) }, { u"related"_s, related },
        { u"related_share"_s, r6(r.relatedShare) } };
}

QJsonObject scoreJson(const CreditScore::Result& r)
{
    QJsonArray parts;
    for (const auto& p : r.parts)
        parts.append(QJsonObject { { u"key"_s, p.key }, { u"label"_s, p.label }, { u"value"_s, r2(p.value) },
            { u"weight"_s, p.weight }, { u"available"_s, p.available },
            { u"explanation"_s, p.explanation } });
    return QJsonObject { { u"uscc"_s, r.uscc }, { u"name"_s, r.name }, { u"score"_s, r2(r.score) },
        { u"grade"_s, r.grade }, { u"parts"_s, parts }, { u"weights"_s, r.weightsSource } };
}

} // namespace dj::risk::json
