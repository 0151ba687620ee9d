#pragma once

#include "core/risk/supplynetwork.h"
#include "ui/graph/riskpanel.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace dj::ui {

class AppContext;
class MembersModel;
class NetworkMapView;
class NetworkView;

/// 链企通: a chain master's supply network (drawing and tier table), watched with one click, exported to
/// XLSX and a supplier risk report (PDF).
class SupplyChainView : public QWidget, public RiskPanel::View
{
    Q_OBJECT
public:
    explicit SupplyChainView(AppContext& context, QWidget* parent = nullptr);
    /// Shows the network of uscc (or of the first enterprise whose name contains the text).
    void open(const QString& ref);
    const std::optional<risk::SupplyNetwork::Result>& network() const { return m_network; }
    NetworkMapView* mapView() const { return m_mapView; }

    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override { return m_busy; }
    void prepareScreenshot() override;

signals:
    /// A new watch list was made from the network (the monitoring view refreshes).
    void watchListsChanged();

private:
    void loadMasters(bool openFirst);
    void display(risk::SupplyNetwork::Result result);
    void watch();
    void exportTable();
    void exportReport();

    AppContext& m_context;
    QComboBox* m_input = nullptr;
    QSpinBox* m_tiers = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    NetworkView* m_view = nullptr;
    NetworkMapView* m_mapView = nullptr;
    QTableView* m_table = nullptr;
    MembersModel* m_model = nullptr;
    std::optional<risk::SupplyNetwork::Result> m_network;
    bool m_busy = false;
};

} // namespace dj::ui
