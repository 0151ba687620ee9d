#pragma once

#include "core/map/clusterindex.h"
#include "core/map/mapdata.h"
#include "core/map/tilesource.h"
#include "core/map/vectorlayer.h"
#include "ui/common/panel.h"

#include <QHash>
#include <memory>

class QActionGroup;
class QComboBox;
class QLabel;
class QListView;
class QListWidget;

namespace dj::ui {

class BackgroundTask;
class MapWidget;
class SelectionListModel;

/// 园区地图: enterprises clustered over parks and buildings on an offline-first map, with base-layer and
/// colour choosers, selection tools and the list of selected enterprises (published to the other panels).
class MapPanel : public Panel
{
    Q_OBJECT
public:
    explicit MapPanel(AppContext& context, QWidget* parent = nullptr);
    ~MapPanel() override;

    QString panelId() const override { return QStringLiteral("map"); }
    QString title() const override { return tr("Park map"); }
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override;
    void prepareScreenshot() override;

    MapWidget* mapWidget() const { return m_map; }
    SelectionListModel* selectionModel() const { return m_selection; }
    /// Loaded parks (empty until the cache was read).
    QList<map::MapData::Park> parks() const;
    /// Switches the base layer; false (with a message to the user) when it cannot be used.
    bool setBaseLayer(const map::TileSource& source);
    /// Adds a GeoJSON file (roads, plans) as an overlay; false with a message to the user when unreadable.
    bool importGeoJson(const QString& path);
    const map::VectorLayer& importedLayer() const { return *m_imported; }

private:
    struct Loaded
    {
        std::shared_ptr<const map::MapData> data;
        std::shared_ptr<const map::ClusterIndex> index;
        std::shared_ptr<const QHash<QString, int>> byUscc;
        map::ColourBy colourBy = map::ColourBy::IndustrySection;
    };

    void reload();
    void recolour();
    void loaded(const Loaded& result);
    void baseLayerChosen(int row);
    void colourChosen(int row);
    void parkChosen(int row);
    void selectionMade(const std::vector<std::int32_t>& points, const QString& how);
    void externalSelection(const QStringList& usccs, const QString& origin);
    void updateLegend();
    void showScreenshotView();
    void setControlsFromSource();
    void updateLayers();

    MapWidget* m_map = nullptr;
    QComboBox* m_base = nullptr;
    QComboBox* m_colour = nullptr;
    QComboBox* m_park = nullptr;
    QActionGroup* m_tools = nullptr;
    QListWidget* m_legend = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    SelectionListModel* m_selection = nullptr;
    BackgroundTask* m_task = nullptr;

    Loaded m_loaded;
    std::unique_ptr<map::VectorLayer> m_imported;
    map::ColourBy m_colourBy = map::ColourBy::IndustrySection;
    map::TileSource m_source = map::TileSource::none();
    QString m_tiandituKey;
    QString m_customUrl;
    bool m_screenshotPending = false;
    bool m_restoredView = false;
};

} // namespace dj::ui
