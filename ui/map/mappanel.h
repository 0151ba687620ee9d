#pragma once

#include "core/map/clusterindex.h"
#include "core/map/mapdata.h"
#include "core/map/overlay.h"
#include "core/map/tilesource.h"
#include "core/map/vectorlayer.h"
#include "ui/common/panel.h"

#include <QHash>
#include <QPointer>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;

namespace dj::map {
class OverlayDocument;
}

namespace dj::ui {

class ParksPanel;

class BackgroundTask;
class MapWidget;
class SelectionListModel;

/// 园区地图: enterprises clustered over parks and buildings on an offline-first map, with base-layer and
/// colour choosers, selection tools and the list of selected enterprises (published to the other panels).
/// The user draws markers, roads, parks and buildings over it (or imports GeoJSON); those shapes are an
/// undoable document saved in the cache (map_overlays) and can be exported as GeoJSON.
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
    /// Adds a GeoJSON file's shapes (roads, plans) to the drawings as one undo step. The file is read and
    /// parsed off the GUI thread (the panel is busy meanwhile); one that cannot be read or parsed is refused
    /// with a message and adds nothing. geoJsonImported() says when it is done. One import at a time.
    void importGeoJson(const QString& path);
    /// Writes a layer as a GeoJSON FeatureCollection (WGS-84): the drawings ("overlay", with kind and
    /// style), or the cache's parks ("park") or buildings ("building"); false with a message when it cannot.
    bool exportGeoJson(const QString& path, const QString& layerId = QStringLiteral("overlay"));
    map::OverlayDocument* overlays() const { return m_overlays; }
    /// The shape selected for editing (0: none).
    qint64 selectedShape() const { return m_selectedShape; }
    void selectShape(qint64 id);
    /// Starts drawing a shape of a kind (the tool buttons do this).
    void startDrawing(map::OverlayKind kind);
    /// The shape editor's widgets (exposed for tests).
    QLineEdit* shapeNameEdit() const { return m_shapeName; }
    QComboBox* shapeKindBox() const { return m_shapeKind; }
    QComboBox* shapeColourBox() const { return m_shapeColour; }
    QComboBox* colourByBox() const { return m_colour; }
    QListWidget* legend() const { return m_legend; }
    QAction* undoAction() const { return m_undoAction; }
    QUndoStack* undoStack() override;
    /// Opens (or raises) the 楼宇/园区营商 workspace of ui/parks in its own window.
    ParksPanel* openParkWorkspace();
    /// Opens the profile of the current row of the selection list (AppContext::openEnterprise).
    void openSelectedProfile();
    QListView* selectionList() const { return m_list; }
    void undoHandledByWindow() override;
    QAction* redoAction() const { return m_redoAction; }
    QAction* deleteShapeAction() const { return m_deleteShape; }

signals:
    /// An importGeoJson() finished: ok when its shapes were added.
    void geoJsonImported(bool ok);

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
    /// Draws (or clears) the park workspace's 域外投资 flows on the map, as its toggle says.
    void updateFlows();
    void selectionMade(const std::vector<std::int32_t>& points, const QString& how);
    void externalSelection(const QStringList& usccs, const QString& origin);
    void updateLegend();
    void showScreenshotView();
    void setControlsFromSource();
    void updateLayers();
    QWidget* buildDrawingBox();
    void shapeDrawn(const map::Feature& shape);
    void overlaysChanged();
    void updateShapeEditor();
    void shapeEdited();
    void featureClicked(const QString& layerId, int feature);
    void addScreenshotSample();

    MapWidget* m_map = nullptr;
    QComboBox* m_base = nullptr;
    QComboBox* m_colour = nullptr;
    QComboBox* m_park = nullptr;
    QActionGroup* m_tools = nullptr;
    QPointer<ParksPanel> m_parks; // the park workspace window, created on first use
    QListWidget* m_legend = nullptr;
    QListView* m_list = nullptr;
    QAction* m_openProfile = nullptr;
    QLabel* m_status = nullptr;
    SelectionListModel* m_selection = nullptr;
    BackgroundTask* m_task = nullptr;
    BackgroundTask* m_importTask = nullptr; ///< GeoJSON reading and parsing

    Loaded m_loaded;
    map::OverlayDocument* m_overlays = nullptr;
    map::OverlayKind m_drawKind = map::OverlayKind::Area;
    qint64 m_selectedShape = 0;
    QListWidget* m_shapeList = nullptr;
    QLineEdit* m_shapeName = nullptr;
    QComboBox* m_shapeKind = nullptr;
    QComboBox* m_shapeColour = nullptr;
    QLabel* m_shapeInfo = nullptr;
    QAction* m_deleteShape = nullptr;
    QAction* m_exportShapes = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    bool m_updatingEditor = false;
    bool m_sampleShapes = false; ///< screenshot only: shapes shown but never written
    map::ColourBy m_colourBy = map::ColourBy::IndustrySection;
    map::TileSource m_source = map::TileSource::none();
    QString m_tiandituKey;
    QString m_customUrl;
    bool m_screenshotPending = false;
    bool m_restoredView = false;
};

} // namespace dj::ui
