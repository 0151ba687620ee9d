#pragma once

#include "core/risk/supplynetwork.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace dj::risk {

/// The supply network as a map: every supplier and customer at its map position (the shared search index's
/// lon/lat), and one flow per link towards the chain master — a supplier's goods flow to the member one tier
/// closer (its parent), the parent's goods flow to a customer. Width grows with the link's amount, the risk
/// level (from the members' current risk records) colours it. Members without a position are listed, not
/// drawn. QtCore only: the panel turns this into map features.
class NetworkFlows
{
    Q_DECLARE_TR_FUNCTIONS(NetworkFlows)
public:
    enum class Risk { None, Current, Serious };

    struct Node
    {
        QString uscc;
        QString name;
        QPointF lonLat;
        int tier = 0; ///< 0 = the chain master
        SupplyNetwork::Side side = SupplyNetwork::Side::Supplier;
        Risk risk = Risk::None;
    };

    struct Flow
    {
        QString from, to; ///< USCCs in the direction the goods go
        QPointF fromLonLat, toLonLat;
        double amount = 0; ///< yuan (SupplyNetwork::Member::amount)
        double width = 1; ///< px, kMinWidth..kMaxWidth, by √(amount ÷ the largest amount drawn)
        int tier = 0; ///< the member's tier
        SupplyNetwork::Side side = SupplyNetwork::Side::Supplier;
        Risk risk = Risk::None; ///< the member's
    };

    struct Result
    {
        std::vector<Node> nodes; ///< the master first
        std::vector<Flow> flows;
        QStringList unplaced; ///< USCCs of members (and the master) without a position
        QRectF bounds; ///< lon/lat box of the nodes (x = lon, y = lat)
    };

    static constexpr double kMinWidth = 1.0;
    static constexpr double kMaxWidth = 9.0;

    using Position = std::function<std::optional<QPointF>(const QString& uscc)>;

    /// The members up to maxTier (0 = all tiers of the network) of the sides asked for. A flow whose either
    /// end has no position is left out (its member listed in unplaced).
    static Result build(const SupplyNetwork::Result& network, const Position& position, int maxTier = 0,
        bool suppliers = true, bool customers = true);

    static Risk riskOf(const PartyInfo& party);
    static QString riskName(Risk risk); ///< translated: none, current records, serious records
};

} // namespace dj::risk
