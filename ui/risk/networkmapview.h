#pragma once

#include "core/map/vectorlayer.h"
#include "core/risk/networkflows.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace dj::search {
class SearchEngine;
}

namespace dj::ui {

class MapWidget;

/// The supply network on the map: the chain master, its suppliers and customers at their positions in the
/// shared search index, and the flows towards the master (width by amount, colour by risk), with a tier
/// filter and the two sides switchable. A click on an enterprise opens its profile (enterpriseActivated).
class NetworkMapView : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkMapView(QWidget* parent = nullptr);
    ~NetworkMapView() override;

    /// Shows the network; positions come from engine (null: nothing can be placed, a note says so).
    void setNetwork(
        const risk::SupplyNetwork::Result& network, std::shared_ptr<const search::SearchEngine> engine);
    void clear();

    /// What the map was handed (tests): nodes, flows and the unplaced members after the filters.
    const risk::NetworkFlows::Result& flows() const { return m_flows; }
    const map::VectorLayer& flowLayer() const { return *m_flowLayer; }
    const map::VectorLayer& nodeLayer() const { return *m_nodeLayer; }
    int maxTier() const; ///< 0 = all
    void setMaxTier(int tier);
    MapWidget* map() const { return m_map; }

    static QColor riskColour(risk::NetworkFlows::Risk risk);

signals:
    void enterpriseActivated(const QString& uscc);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void fit();

    MapWidget* m_map = nullptr;
    QComboBox* m_tier = nullptr;
    QCheckBox* m_suppliers = nullptr;
    QCheckBox* m_customers = nullptr;
    QLabel* m_note = nullptr;
    std::unique_ptr<map::VectorLayer> m_flowLayer;
    std::unique_ptr<map::VectorLayer> m_nodeLayer;
    std::optional<risk::SupplyNetwork::Result> m_network;
    std::shared_ptr<const search::SearchEngine> m_engine;
    risk::NetworkFlows::Result m_flows;
    bool m_fitPending = false; ///< the network came while the map was hidden (no size to fit to)
};

} // namespace dj::ui
