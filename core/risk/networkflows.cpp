#include "core/risk/networkflows.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace dj::risk {

NetworkFlows::Risk NetworkFlows::riskOf(const PartyInfo& party)
{
    if (party.serious)
        return Risk::Serious;
    return party.currentRisks > 0 ? Risk::Current : Risk::None;
}

QString NetworkFlows::riskName(Risk risk)
{
    switch (risk) {
    case Risk::Serious:
        return tr("Serious risk records");
    case Risk::Current:
        return tr("Other current risk records");
    case Risk::None:
        break;
    }
    return tr("No current risk record");
}

NetworkFlows::Result NetworkFlows::build(const SupplyNetwork::Result& network, const Position& position,
    int maxTier, bool suppliers, bool customers)
{
    Result out;
    QHash<QString, QPointF> placed;
    auto place = [&](const QString& uscc) -> std::optional<QPointF> {
        const auto it = placed.constFind(uscc);
        if (it != placed.cend())
            return *it;
        return std::nullopt;
    };

    if (const auto p = position(network.root.uscc)) {
        placed.insert(network.root.uscc, *p);
        out.nodes.push_back(Node { network.root.uscc, network.root.name, *p, 0, SupplyNetwork::Side::Supplier,
            riskOf(network.root) });
    } else {
        out.unplaced << network.root.uscc;
    }

    std::vector<const SupplyNetwork::Member*> members;
    if (suppliers)
        for (const auto& m : network.suppliers)
            members.push_back(&m);
    if (customers)
        for (const auto& m : network.customers)
            members.push_back(&m);
    // members come by tier within each side: place every node first, then draw the links
    for (const auto* m : members) {
        if (maxTier > 0 && m->tier > maxTier)
            continue;
        const auto p = position(m->party.uscc);
        if (!p) {
            out.unplaced << m->party.uscc;
            continue;
        }
        if (!placed.contains(m->party.uscc)) {
            placed.insert(m->party.uscc, *p);
            out.nodes.push_back(
                Node { m->party.uscc, m->party.name, *p, m->tier, m->side, riskOf(m->party) });
        }
    }
    // (QRectF::united drops zero-size boxes, so the box is taken by hand)
    if (!out.nodes.empty()) {
        double x0 = out.nodes.front().lonLat.x(), x1 = x0, y0 = out.nodes.front().lonLat.y(), y1 = y0;
        for (const Node& n : out.nodes) {
            x0 = std::min(x0, n.lonLat.x());
            x1 = std::max(x1, n.lonLat.x());
            y0 = std::min(y0, n.lonLat.y());
            y1 = std::max(y1, n.lonLat.y());
        }
        out.bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    }
    double largest = 0;
    for (const auto* m : members) {
        if (maxTier > 0 && m->tier > maxTier)
            continue;
        const auto a = place(m->party.uscc);
        const auto b = place(m->parent);
        if (!a || !b)
            continue;
        Flow f;
        const bool supplier = m->side == SupplyNetwork::Side::Supplier;
        f.from = supplier ? m->party.uscc : m->parent;
        f.to = supplier ? m->parent : m->party.uscc;
        f.fromLonLat = supplier ? *a : *b;
        f.toLonLat = supplier ? *b : *a;
        f.amount = m->amount;
        f.tier = m->tier;
        f.side = m->side;
        f.risk = riskOf(m->party);
        largest = std::max(largest, f.amount);
        out.flows.push_back(std::move(f));
    }
    for (Flow& f : out.flows)
        f.width = largest > 0
            ? kMinWidth + (kMaxWidth - kMinWidth) * std::sqrt(std::max(0.0, f.amount) / largest)
            : kMinWidth;
    return out;
}

} // namespace dj::risk
