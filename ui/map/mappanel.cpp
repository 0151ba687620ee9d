#include "ui/map/mappanel.h"

#include "core/codes/industries.h"
#include "core/common/money.h"
#include "core/map/maperror.h"
#include "core/map/overlaydocument.h"
#include "core/map/tilemath.h"
#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "core/store/storeerror.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/secretstore.h"
#include "ui/common/settings.h"
#include "ui/map/mapwidget.h"
#include "ui/map/selectionlistmodel.h"
#include "ui/parks/parkspanel.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace dj::ui {

namespace {
const QString kId = u"map"_s;

// The panel's settings: typed keys with defaults and validation (a hand-edited bad value reads as the
// default). The 天地图 key is a secret: SecretStore (system keychain), never the settings file.
constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();
const Settings::PanelKey<double> kCenterLon { "map", "centerLon", kNoValue,
    [](const double& v) { return std::abs(v) <= 180; } };
const Settings::PanelKey<double> kCenterLat { "map", "centerLat", kNoValue,
    [](const double& v) { return std::abs(v) <= 85; } };
const Settings::PanelKey<double> kZoom { "map", "zoom", -1.0,
    [](const double& v) { return v >= 0 && v <= 22; } };
const Settings::PanelKey<QString> kBase { "map", "base", u"none"_s };
const Settings::PanelKey<QString> kMbtiles { "map", "mbtiles", {} };
const Settings::PanelKey<QString> kCustomUrl { "map", "customUrl", {} };
const Settings::PanelKey<int> kCustomCrs { "map", "customCrs", 0,
    [](const int& v) { return v >= 0 && v <= 2; } };
const Settings::PanelKey<int> kColourBy { "map", "colourBy", 0,
    [](const int& v) { return v >= 0 && v < 16; } };
const char* const kLegacyTiandituKey
    = "tiandituKey"; ///< plain-text key of older versions, moved to the keychain
const QString kTiandituSecret = u"tianditu/tk"_s;

QIcon swatch(const QColor& c)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(c);
    p.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pm);
}

QString tileCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/tiles"_s;
}

/// The colours a shape can take (each kind's default among them), with their names.
struct NamedColour
{
    QColor colour;
    const char* name;
};
const NamedColour kShapeColours[] = {
    { QColor(0xd8, 0x1b, 0x60), QT_TRANSLATE_NOOP("dj::ui::MapPanel", "Pink") },
    { QColor(0xe5, 0x39, 0x35), QT_TRANSLATE_NOOP("dj::ui::MapPanel", "Red") },
    { QColor(0xef, 0x6c, 0x00), QT_TRANSLATE_NOOP("dj::ui::MapPanel", "Orange") },
    { QColor(0xf9, 0xa8, 0x25), QT_TRANSLATE_NOOP("dj::ui::MapPanel", "Yellow") },
    { QColor(0x2e, 0x7d, 0x32), QT_TRANSLATE_NOOP("dj::ui::MapPanel", "Green") },
    { QColor(0x00, 0x89, 0x7b), QT_TRANSLATE_NOOP("dj::ui::MapPanel", "Teal") },
    { QColor(0x15, 0x65, 0xc0), QT_TRANSLATE_NOOP("dj::ui::MapPanel", "Blue") },
    { QColor(0x6a, 0x1b, 0x9a), QT_TRANSLATE_NOOP("dj::ui::MapPanel", "Purple") },
    { QColor(0x5d, 0x40, 0x37), QT_TRANSLATE_NOOP("dj::ui::MapPanel", "Brown") },
    { QColor(0x55, 0x55, 0x55), QT_TRANSLATE_NOOP("dj::ui::MapPanel", "Grey") },
};

QIcon kindIcon(const map::Overlay& o)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    switch (map::Overlay::geometryType(o.kind)) {
    case map::Feature::Type::Point:
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(o.stroke);
        p.drawEllipse(QRectF(3, 3, 10, 10));
        break;
    case map::Feature::Type::Line:
        p.setPen(QPen(o.stroke, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(2, 13), QPointF(14, 3));
        break;
    case map::Feature::Type::Polygon:
        p.setPen(QPen(o.stroke, 1.5));
        p.setBrush(o.fill);
        p.drawRect(QRectF(2.5, 2.5, 11, 11));
        break;
    }
    return QIcon(pm);
}
} // namespace

MapPanel::MapPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
    , m_map(new MapWidget(this))
    , m_selection(new SelectionListModel(this))
    , m_task(new BackgroundTask(this))
    , m_importTask(new BackgroundTask(this))
    , m_overlays(new map::OverlayDocument(this))
{
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);

    m_base = new QComboBox(this);
    m_base->addItem(tr("No base map"), u"none"_s);
    m_base->addItem(tr("OpenStreetMap"), u"osm"_s);
    m_base->addItem(tr("Tianditu (needs your key)…"), u"tianditu"_s);
    m_base->addItem(tr("Tianditu imagery (needs your key)…"), u"tianditu-img"_s);
    m_base->addItem(tr("Custom tile address…"), u"custom"_s);
    m_base->addItem(tr("Open MBTiles file…"), u"file"_s);
    m_base->setToolTip(tr("Base map under the enterprises"));
    bar->addWidget(new QLabel(tr("Base map:"), this));
    bar->addWidget(m_base);

    m_colour = new QComboBox(this);
    m_colour->addItem(tr("Industry section"), int(map::ColourBy::IndustrySection));
    m_colour->addItem(tr("Industry division (2-digit)"), int(map::ColourBy::IndustryDivision));
    m_colour->addItem(tr("Industry class (4-digit)"), int(map::ColourBy::IndustryClass));
    m_colour->addItem(tr("Current risks"), int(map::ColourBy::Risk));
    m_colour->addItem(tr("Enterprise scale"), int(map::ColourBy::Scale));
    m_colour->setToolTip(tr("Colour the enterprises by an attribute; GB/T 4754 divisions and classes show "
                            "the %n most frequent, the rest as \"other\"",
        nullptr, map::MapData::kTopCategories));
    bar->addWidget(new QLabel(tr("Colour by:"), this));
    bar->addWidget(m_colour);

    m_park = new QComboBox(this);
    m_park->setMinimumContentsLength(14);
    m_park->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_park->setToolTip(tr("Go to a park"));
    bar->addWidget(new QLabel(tr("Park:"), this));
    bar->addWidget(m_park);
    bar->addSpacing(12);

    m_tools = new QActionGroup(this);
    struct ToolDef
    {
        MapWidget::Tool tool;
        QString text;
        QString tip;
        QKeySequence key;
    };
    const ToolDef tools[] = {
        { MapWidget::Tool::Click, tr("Pan / click"),
            tr("Drag to move, click a point, cluster or building (V)"), QKeySequence(Qt::Key_V) },
        { MapWidget::Tool::Rectangle, tr("Rectangle"), tr("Select enterprises in a rectangle (R)"),
            QKeySequence(Qt::Key_R) },
        { MapWidget::Tool::Circle, tr("Nearby"),
            tr("Select enterprises within a radius: drag from the centre (C)"), QKeySequence(Qt::Key_C) },
        { MapWidget::Tool::Lasso, tr("Lasso"), tr("Select enterprises inside a freehand polygon (L)"),
            QKeySequence(Qt::Key_L) },
    };
    for (const ToolDef& t : tools) {
        auto* a = new QAction(t.text, this);
        a->setCheckable(true);
        a->setToolTip(t.tip);
        a->setShortcut(t.key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setData(int(t.tool));
        a->setChecked(t.tool == MapWidget::Tool::Click);
        m_tools->addAction(a);
        addAction(a);
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
        connect(a, &QAction::triggered, this, [this, t]() { m_map->setTool(t.tool); });
    }
    auto* fit = new QAction(tr("Show all"), this);
    fit->setToolTip(tr("Zoom to all enterprises and parks (A)"));
    fit->setShortcut(QKeySequence(Qt::Key_A));
    fit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(fit);
    auto* fitButton = new QToolButton(this);
    fitButton->setDefaultAction(fit);
    bar->addWidget(fitButton);
    connect(fit, &QAction::triggered, this, [this]() {
        if (m_loaded.data && !m_loaded.data->extent().isNull())
            m_map->fitLonLatBox(m_loaded.data->extent());
    });
    // 楼宇/园区营商: the park workspace opens beside the map (its own window; the rail stays as it is).
    auto* parksAction = new QAction(tr("Park analysis…"), this);
    parksAction->setToolTip(tr("Buildings of a park: who is really there, what they pay, who may leave (P)"));
    parksAction->setShortcut(QKeySequence(Qt::Key_P));
    parksAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(parksAction);
    auto* parksButton = new QToolButton(this);
    parksButton->setDefaultAction(parksAction);
    bar->addWidget(parksButton);
    connect(parksAction, &QAction::triggered, this, [this]() { openParkWorkspace(); });
    bar->addStretch(1);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 4, 4);
    sideLayout->addWidget(new QLabel(tr("Legend"), side));
    m_legend = new QListWidget(side);
    m_legend->setMaximumHeight(200);
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);
    sideLayout->addWidget(m_legend);
    sideLayout->addWidget(buildDrawingBox());
    m_status = new QLabel(tr("No enterprises selected. Use a selection tool or click a building."), side);
    m_status->setWordWrap(true);
    sideLayout->addWidget(m_status);
    m_list = new QListView(side);
    m_list->setModel(m_selection);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    sideLayout->addWidget(m_list, 1);
    // The profile of a picked enterprise, as from search (Enter, the button or the list's context menu);
    // a double-click zooms to it on the map.
    m_openProfile = new QAction(tr("Open profile"), m_list);
    m_openProfile->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_openProfile->setShortcutContext(Qt::WidgetShortcut);
    m_openProfile->setEnabled(false);
    m_list->addAction(m_openProfile);
    auto* profileButton = new QPushButton(tr("Open profile"), side);
    profileButton->setEnabled(false);
    sideLayout->addWidget(profileButton);
    connect(m_openProfile, &QAction::changed, profileButton,
        [this, profileButton]() { profileButton->setEnabled(m_openProfile->isEnabled()); });
    connect(profileButton, &QPushButton::clicked, m_openProfile, &QAction::trigger);
    connect(m_openProfile, &QAction::triggered, this, &MapPanel::openSelectedProfile);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { m_openProfile->setEnabled(current.isValid()); });
    connect(m_selection, &QAbstractItemModel::modelReset, this,
        [this]() { m_openProfile->setEnabled(m_list->currentIndex().isValid()); });

    // The side column scrolls vertically rather than making the window taller than a 768-px laptop screen
    // (legend, drawings box and selection list do not fit there all at once).
    auto* sideScroll = new QScrollArea(this);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(side->minimumSizeHint().width()
        + sideScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * sideScroll->frameWidth());

    auto* split = new QSplitter(this);
    split->addWidget(m_map);
    split->addWidget(sideScroll);
    split->setStretchFactor(0, 1);
    split->setSizes({ 900, 300 });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_base, &QComboBox::activated, this, &MapPanel::baseLayerChosen);
    connect(m_colour, &QComboBox::activated, this, &MapPanel::colourChosen);
    connect(m_park, &QComboBox::activated, this, &MapPanel::parkChosen);
    connect(m_map, &MapWidget::selectionMade, this, &MapPanel::selectionMade);
    connect(m_map, &MapWidget::shapeDrawn, this, &MapPanel::shapeDrawn);
    connect(m_map, &MapWidget::shapeReshaped, this,
        [this](const QString& layerId, int feature, const map::Feature& shape) {
            if (layerId == m_overlays->layer().id() && feature >= 0
                && feature < m_overlays->overlays().size())
                m_overlays->reshape(m_overlays->overlays()[feature].id, shape);
        });
    connect(m_map, &MapWidget::toolChanged, this, [this](MapWidget::Tool tool) {
        // Esc on the map leaves a drawing tool: the buttons follow.
        if (tool == MapWidget::Tool::Click)
            for (QAction* a : m_tools->actions())
                if (a->objectName().isEmpty() && a->data().toInt() == int(MapWidget::Tool::Click))
                    a->setChecked(true);
    });
    connect(m_map, &MapWidget::featureClicked, this, &MapPanel::featureClicked);
    connect(m_overlays, &map::OverlayDocument::changed, this, &MapPanel::overlaysChanged);
    connect(m_overlays, &map::OverlayDocument::problem, this, [this](const QString& message) {
        m_shapeInfo->setText(message);
        m_shapeInfo->setStyleSheet(u"color: #c62828"_s);
        emit statusMessage(message);
    });
    connect(&m_map->tiles(), &map::TileLayer::problem, this, &Panel::statusMessage);
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        const std::int32_t p = m_selection->points().at(std::size_t(index.row()));
        if (m_loaded.data && std::size_t(p) < m_loaded.data->lonLat.size()) {
            m_map->view().setCenter(m_loaded.data->lonLat[std::size_t(p)]);
            m_map->zoomTo(
                std::max(m_map->view().zoom(), 17.0), QPointF(m_map->width() / 2.0, m_map->height() / 2.0));
        }
    });
    for (BackgroundTask* task : { m_task, m_importTask })
        connect(task, &BackgroundTask::runningChanged, this, [this] { emit busyChanged(isBusy()); });
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total, const QString& stage) {
        m_map->setBusyText(total > 0 ? tr("%1 … %2 %").arg(stage).arg(done * 100 / total) : stage);
    });
    connect(m_task, &BackgroundTask::failed, this, [this](const QString& message) {
        m_map->setBusyText({});
        emit statusMessage(tr("The map cannot read the cache: %1").arg(message));
    });
    // Points come from the application's search index (one per cache): load when it is ready; scan the
    // cache only when there is none (failed, cancelled).
    connect(&context, &AppContext::cacheChanged, this, [this]() {
        if (!this->context().isIndexLoading())
            reload();
    });
    connect(&context, &AppContext::searchEngineChanged, this,
        [this](const std::shared_ptr<const search::SearchEngine>& engine) {
            if (engine)
                reload();
        });
    connect(&context, &AppContext::indexFailed, this, &MapPanel::reload);
    connect(&context, &AppContext::indexCancelled, this, &MapPanel::reload);
    connect(&context, &AppContext::selectionChanged, this, &MapPanel::externalSelection);

    updateLegend();
    updateLayers();
    connect(&context, &AppContext::indexLoadingChanged, this, [this] { emit busyChanged(isBusy()); });
    if (!context.cachePath().isEmpty() && !context.isIndexLoading())
        reload();
}

MapPanel::~MapPanel() = default;

QList<map::MapData::Park> MapPanel::parks() const
{
    return m_loaded.data ? m_loaded.data->parkList : QList<map::MapData::Park> {};
}

bool MapPanel::isBusy() const
{
    // Waiting for the shared index counts: the points are loaded from it once it is ready.
    return m_task->isRunning() || m_importTask->isRunning() || m_map->tiles().isBusy()
        || (!context().cachePath().isEmpty() && context().isIndexLoading());
}

void MapPanel::reload()
{
    const QString path = context().cachePath();
    if (path.isEmpty())
        return;
    const map::ColourBy by = m_colourBy;
    m_map->setBusyText(tr("Loading the map data …"));
    std::shared_ptr<const search::SearchIndex> index;
    if (const auto engine = context().searchEngine(); engine && engine->index()->cachePath() == path)
        index = engine->index();
    m_task->start<Loaded>(
        [path, by, index](const Progress& progress) {
            Loaded r;
            auto data = std::make_shared<map::MapData>(map::MapData::load(path, progress, index.get()));
            r.index = std::make_shared<map::ClusterIndex>(
                data->lonLat, data->categories(by), map::ClusterIndex::Options {}, progress);
            auto byUscc = std::make_shared<QHash<QString, int>>();
            byUscc->reserve(data->usccs.size());
            for (int i = 0; i < data->usccs.size(); ++i)
                byUscc->insert(data->usccs[i], i);
            r.byUscc = byUscc;
            r.data = data;
            r.colourBy = by;
            return r;
        },
        this, [this](Loaded r) { loaded(r); });
}

void MapPanel::recolour()
{
    if (!m_loaded.data) {
        updateLegend();
        return;
    }
    Loaded base = m_loaded;
    const map::ColourBy by = m_colourBy;
    m_map->setBusyText(tr("Colouring …"));
    m_task->start<Loaded>(
        [base, by](const Progress& progress) {
            Loaded r = base;
            r.index = std::make_shared<map::ClusterIndex>(
                base.data->lonLat, base.data->categories(by), map::ClusterIndex::Options {}, progress);
            r.colourBy = by;
            return r;
        },
        this, [this](Loaded r) { loaded(r); });
}

void MapPanel::loaded(const Loaded& result)
{
    const bool first = !m_loaded.data || m_loaded.data != result.data;
    m_loaded = result;
    m_map->setBusyText({});
    m_map->setPoints(result.index, result.data->palette(result.colourBy), result.data->names);
    updateLayers();
    updateLegend();
    if (first) {
        // Shapes drawn before any cache was open (or while the first one loaded) are not lost: they are
        // saved into this cache, as one undoable step.
        const QList<map::Overlay> unsaved = m_overlays->cachePath().isEmpty() && !m_sampleShapes
            ? m_overlays->overlays()
            : QList<map::Overlay> {};
        m_sampleShapes = false;
        // A cache opened read-only (read-only media) shows its drawings; new ones stay in memory, unsaved.
        m_overlays->reset(result.data->overlays, context().isReadOnly() ? QString() : context().cachePath());
        if (context().isReadOnly())
            emit statusMessage(tr("The cache is read-only: new drawings are kept until the window closes."));
        if (!unsaved.isEmpty())
            m_overlays->addAll(unsaved, tr("unsaved drawings"));
        selectShape(0);
        if (result.data->badOverlays > 0)
            emit statusMessage(tr("%n saved drawing(s) could not be read and are not shown.", nullptr,
                int(result.data->badOverlays)));
        m_selection->setSource(std::shared_ptr<const QStringList>(result.data, &result.data->names),
            std::shared_ptr<const QStringList>(result.data, &result.data->usccs));
        m_park->clear();
        for (const auto& p : result.data->parkList)
            m_park->addItem(tr("%1 (%n building(s))", nullptr, p.buildings).arg(p.name), p.id);
        if (!m_restoredView && !result.data->extent().isNull())
            m_map->fitLonLatBox(result.data->extent());
        emit statusMessage(tr("Map: %n enterprise(s) placed", nullptr, int(result.data->lonLat.size()))
            + (result.data->withoutCoordinates > 0
                    ? tr(", %n without coordinates", nullptr, int(result.data->withoutCoordinates))
                    : QString()));
    } else {
        // Same data, new colours: keep the highlighted selection.
        m_map->setSelectedPoints(m_selection->points());
    }
    if (m_screenshotPending)
        showScreenshotView();
}

void MapPanel::updateLayers()
{
    QList<const map::VectorLayer*> layers;
    if (m_loaded.data)
        layers << &m_loaded.data->parks << &m_loaded.data->buildings;
    layers << &m_overlays->layer();
    m_map->setVectorLayers(layers);
}

void MapPanel::importGeoJson(const QString& path)
{
    if (m_importTask->isRunning()) {
        emit statusMessage(tr("A GeoJSON file is still being imported."));
        emit geoJsonImported(false);
        return;
    }
    const auto refuse = [this, path](const QString& message) {
        QMessageBox::warning(this, tr("Import GeoJSON"), tr("%1 was not imported: %2").arg(path, message));
        emit geoJsonImported(false);
    };
    m_importTask->start<QList<map::Overlay>>(
        [path](const Progress&) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw map::MapError(tr("cannot open it: %1").arg(file.errorString()));
            return map::Overlay::importGeoJson(file.readAll());
        },
        this,
        [this, path](QList<map::Overlay> shapes) {
            const QList<qint64> ids = m_overlays->addAll(shapes, QFileInfo(path).fileName());
            if (!ids.isEmpty())
                selectShape(ids.first());
            emit statusMessage(tr("Imported %n shape(s) onto the map", nullptr, int(shapes.size())));
            emit geoJsonImported(true);
        },
        refuse);
}

bool MapPanel::exportGeoJson(const QString& path, const QString& layerId)
{
    QByteArray json;
    int count = 0;
    if (layerId == m_overlays->layer().id()) {
        json = map::Overlay::exportGeoJson(m_overlays->overlays());
        count = int(m_overlays->overlays().size());
    } else if (m_loaded.data
        && (layerId == m_loaded.data->parks.id() || layerId == m_loaded.data->buildings.id())) {
        const map::VectorLayer& layer
            = layerId == m_loaded.data->parks.id() ? m_loaded.data->parks : m_loaded.data->buildings;
        json = layer.toGeoJson();
        count = int(layer.features().size());
    } else {
        QMessageBox::warning(this, tr("Export GeoJSON"), tr("There is no such layer to export."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export GeoJSON"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    emit statusMessage(tr("Exported %n shape(s) to %1", nullptr, count).arg(QDir::toNativeSeparators(path)));
    return true;
}

QWidget* MapPanel::buildDrawingBox()
{
    auto* box = new QGroupBox(tr("Drawings"), this);
    box->setToolTip(tr("Markers, roads, parks and buildings you draw or import; saved in the cache"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    struct DrawDef
    {
        map::OverlayKind kind;
        QString text;
        QString tip;
        QKeySequence key;
    };
    const DrawDef draws[] = {
        { map::OverlayKind::Marker, tr("Marker"), tr("Place a marker: click on the map (M)"),
            QKeySequence(Qt::Key_M) },
        { map::OverlayKind::Road, tr("Road"),
            tr("Draw a road: click the points, double-click or Enter to finish (D)"),
            QKeySequence(Qt::Key_D) },
        { map::OverlayKind::Park, tr("Park"),
            tr("Draw a park outline: click the corners, double-click or Enter to finish (K)"),
            QKeySequence(Qt::Key_K) },
        { map::OverlayKind::Building, tr("Building"),
            tr("Draw a building footprint: click the corners, double-click or Enter to finish (B)"),
            QKeySequence(Qt::Key_B) },
    };
    auto* tools = new QHBoxLayout;
    tools->setSpacing(2);
    for (const DrawDef& d : draws) {
        auto* a = new QAction(d.text, this);
        a->setCheckable(true);
        a->setToolTip(d.tip);
        a->setShortcut(d.key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setObjectName(u"draw-"_s + map::Overlay::kindKey(d.kind));
        m_tools->addAction(a);
        addAction(a);
        auto* b = new QToolButton(box);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tools->addWidget(b);
        connect(a, &QAction::triggered, this, [this, kind = d.kind]() { startDrawing(kind); });
    }
    tools->addStretch(1);
    layout->addLayout(tools);

    m_shapeList = new QListWidget(box);
    m_shapeList->setMaximumHeight(96);
    m_shapeList->setUniformItemSizes(true);
    layout->addWidget(m_shapeList);
    connect(m_shapeList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updatingEditor)
            return;
        const auto& all = m_overlays->overlays();
        selectShape(row >= 0 && row < all.size() ? all[row].id : 0);
    });

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_shapeName = new QLineEdit(box);
    m_shapeName->setPlaceholderText(tr("Label shown on the map"));
    m_shapeKind = new QComboBox(box);
    m_shapeColour = new QComboBox(box);
    for (const NamedColour& c : kShapeColours)
        m_shapeColour->addItem(swatch(c.colour), tr(c.name), c.colour);
    form->addRow(tr("Name:"), m_shapeName);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_shapeKind, 1);
    kindRow->addWidget(m_shapeColour, 1);
    form->addRow(tr("Kind:"), kindRow);
    layout->addLayout(form);
    connect(m_shapeName, &QLineEdit::editingFinished, this, &MapPanel::shapeEdited);
    connect(m_shapeKind, &QComboBox::activated, this, &MapPanel::shapeEdited);
    connect(m_shapeColour, &QComboBox::activated, this, &MapPanel::shapeEdited);

    m_deleteShape = new QAction(tr("Delete"), this);
    m_deleteShape->setToolTip(tr("Delete the selected shape (Del)"));
    m_deleteShape->setShortcut(QKeySequence::Delete);
    m_deleteShape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_deleteShape);
    connect(m_deleteShape, &QAction::triggered, this, [this]() {
        if (m_selectedShape > 0)
            m_overlays->remove(m_selectedShape);
    });
    // Ctrl+Z / Ctrl+Y here only while the panel stands alone; in the main window Edit → Undo/Redo act on
    // the overlays' stack through the window's QUndoGroup (undoHandledByWindow drops these shortcuts).
    m_undoAction = m_overlays->undoStack()->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Z) });
    m_redoAction = m_overlays->undoStack()->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    for (QAction* a : { m_undoAction, m_redoAction }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    auto* importAction = new QAction(tr("Import…"), this);
    importAction->setToolTip(tr("Add roads, plans or other shapes from a GeoJSON file"));
    connect(importAction, &QAction::triggered, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import GeoJSON"), {}, tr("GeoJSON (*.geojson *.json);;All files (*)"));
        if (!path.isEmpty())
            importGeoJson(path);
    });
    m_exportShapes = new QAction(tr("Export…"), this);
    m_exportShapes->setToolTip(
        tr("Save the drawings as a GeoJSON file (WGS-84); the arrow also offers the parks and buildings"));
    auto exportLayer = [this](const QString& layerId, const QString& fileName) {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export GeoJSON"), fileName, tr("GeoJSON (*.geojson)"));
        if (!path.isEmpty())
            exportGeoJson(path, layerId);
    };
    connect(m_exportShapes, &QAction::triggered, this,
        [this, exportLayer]() { exportLayer(m_overlays->layer().id(), tr("drawings.geojson")); });
    auto* exportMenu = new QMenu(this);
    connect(exportMenu->addAction(tr("Drawings…")), &QAction::triggered, this,
        [this, exportLayer]() { exportLayer(m_overlays->layer().id(), tr("drawings.geojson")); });
    connect(exportMenu->addAction(tr("Parks from the cache…")), &QAction::triggered, this,
        [exportLayer]() { exportLayer(u"park"_s, tr("parks.geojson")); });
    connect(exportMenu->addAction(tr("Buildings from the cache…")), &QAction::triggered, this,
        [exportLayer]() { exportLayer(u"building"_s, tr("buildings.geojson")); });
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction* a : { m_deleteShape, m_undoAction, m_redoAction, importAction, m_exportShapes }) {
        auto* b = new QToolButton(box);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (a == m_exportShapes) {
            b->setMenu(exportMenu);
            b->setPopupMode(QToolButton::MenuButtonPopup);
        }
        buttons->addWidget(b);
    }
    // The stack's own actions say "Undo Draw road"; the buttons stay short.
    connect(m_undoAction, &QAction::changed, this, [this]() { m_undoAction->setIconText(tr("Undo")); });
    connect(m_redoAction, &QAction::changed, this, [this]() { m_redoAction->setIconText(tr("Redo")); });
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_shapeInfo = new QLabel(box);
    m_shapeInfo->setWordWrap(true);
    layout->addWidget(m_shapeInfo);
    updateShapeEditor();
    return box;
}

void MapPanel::startDrawing(map::OverlayKind kind)
{
    m_drawKind = kind;
    const map::Feature::Type type = map::Overlay::geometryType(kind);
    m_map->setTool(type == map::Feature::Type::Point ? MapWidget::Tool::DrawPoint
            : type == map::Feature::Type::Line       ? MapWidget::Tool::DrawLine
                                                     : MapWidget::Tool::DrawPolygon);
    for (QAction* a : m_tools->actions())
        if (a->objectName() == u"draw-"_s + map::Overlay::kindKey(kind))
            a->setChecked(true);
    m_map->setFocus();
}

void MapPanel::shapeDrawn(const map::Feature& shape)
{
    int same = 1;
    for (const map::Overlay& o : m_overlays->overlays())
        if (o.kind == m_drawKind)
            ++same;
    const QString name = tr("%1 %2").arg(map::Overlay::kindName(m_drawKind)).arg(same);
    const qint64 id = m_overlays->add(map::Overlay::make(m_drawKind, shape, name));
    selectShape(id);
    m_map->setFocus(); // keep drawing: the next click starts the next shape
}

void MapPanel::overlaysChanged()
{
    if (m_selectedShape > 0 && m_overlays->indexOf(m_selectedShape) < 0)
        m_selectedShape = 0;
    m_updatingEditor = true;
    m_shapeList->clear();
    for (const map::Overlay& o : m_overlays->overlays())
        new QListWidgetItem(kindIcon(o),
            o.name.isEmpty() ? map::Overlay::kindName(o.kind)
                             : tr("%1 (%2)").arg(o.name, map::Overlay::kindName(o.kind)),
            m_shapeList);
    m_shapeList->setCurrentRow(m_overlays->indexOf(m_selectedShape));
    m_updatingEditor = false;
    updateLayers();
    updateShapeEditor();
}

void MapPanel::selectShape(qint64 id)
{
    m_selectedShape = m_overlays->indexOf(id) >= 0 ? id : 0;
    m_updatingEditor = true;
    m_shapeList->setCurrentRow(m_overlays->indexOf(m_selectedShape));
    m_updatingEditor = false;
    updateShapeEditor();
}

void MapPanel::updateShapeEditor()
{
    const int index = m_overlays->indexOf(m_selectedShape);
    m_map->setHighlight(index >= 0 ? &m_overlays->layer() : nullptr, index);
    m_updatingEditor = true;
    const bool have = index >= 0;
    m_shapeName->setEnabled(have);
    m_shapeKind->setEnabled(have);
    m_shapeColour->setEnabled(have);
    m_deleteShape->setEnabled(have);
    m_shapeKind->clear();
    if (have) {
        const map::Overlay& o = m_overlays->overlays()[index];
        m_shapeName->setText(o.name);
        for (map::OverlayKind k : map::Overlay::kindsFor(o.geometry.type))
            m_shapeKind->addItem(map::Overlay::kindName(k), int(k));
        m_shapeKind->setCurrentIndex(m_shapeKind->findData(int(o.kind)));
        int c = m_shapeColour->findData(o.stroke);
        if (c < 0) { // an imported colour outside the presets
            m_shapeColour->addItem(swatch(o.stroke), o.stroke.name(), o.stroke);
            c = m_shapeColour->count() - 1;
        }
        m_shapeColour->setCurrentIndex(c);
        m_shapeInfo->setStyleSheet({});
        m_shapeInfo->setText(m_sampleShapes ? tr("Sample drawings for the screenshot, not saved.")
                : m_overlays->cachePath().isEmpty()
                ? tr("No cache is open: drawings are not saved.")
                : tr("Saved in the cache. Drag a corner to reshape it; Ctrl+Z undoes, Del deletes."));
    } else {
        m_shapeName->clear();
        if (m_shapeInfo->styleSheet().isEmpty())
            m_shapeInfo->setText(m_overlays->overlays().isEmpty()
                    ? tr("Pick a tool above and click on the map.")
                    : tr("%n shape(s). Click one to edit it.", nullptr, int(m_overlays->overlays().size())));
    }
    m_updatingEditor = false;
}

void MapPanel::shapeEdited()
{
    if (m_updatingEditor)
        return;
    const int index = m_overlays->indexOf(m_selectedShape);
    if (index < 0)
        return;
    const map::Overlay& before = m_overlays->overlays()[index];
    map::Overlay after = before;
    after.name = m_shapeName->text().trimmed();
    after.kind = map::OverlayKind(m_shapeKind->currentData().toInt());
    QColor colour = m_shapeColour->currentData().value<QColor>();
    // A new kind brings its own colour unless the user had chosen one.
    if (after.kind != before.kind && before.stroke == map::Overlay::defaultColour(before.kind))
        colour = map::Overlay::defaultColour(after.kind);
    after.setColour(colour.isValid() ? colour : before.stroke);
    if (after.stroke == before.stroke && after.kind == before.kind)
        after.fill = before.fill; // an imported fill survives a rename
    m_overlays->edit(after);
}

void MapPanel::featureClicked(const QString& layerId, int feature)
{
    if (layerId == m_overlays->layer().id() && feature >= 0 && feature < m_overlays->overlays().size())
        selectShape(m_overlays->overlays()[feature].id);
    else
        selectShape(0);
}

void MapPanel::updateLegend()
{
    m_legend->clear();
    static const map::MapData empty;
    const map::MapData& data = m_loaded.data ? *m_loaded.data : empty;
    const QStringList names = data.categoryNames(m_colourBy);
    const QList<QColor> colours = data.palette(m_colourBy);
    const std::vector<std::uint8_t>* cats = m_loaded.data ? &m_loaded.data->categories(m_colourBy) : nullptr;
    std::vector<int> counts(std::size_t(names.size()), 0);
    if (cats)
        for (std::uint8_t c : *cats)
            if (c < counts.size())
                ++counts[c];
    for (int i = 0; i < names.size(); ++i) {
        if (names[i].isEmpty() || (cats && counts[std::size_t(i)] == 0))
            continue; // only what is on the map
        QString text = names[i];
        if (cats)
            text += u"  (%1)"_s.arg(counts[std::size_t(i)]);
        new QListWidgetItem(swatch(colours.value(i)), text, m_legend);
    }
    // Tall enough for every entry (top divisions + other + unknown is 14), so 其他 is never scrolled away.
    const int rows = std::max(1, m_legend->count());
    const int rowHeight = std::max(16, m_legend->sizeHintForRow(0));
    m_legend->setFixedHeight(std::min(rows, 15) * rowHeight + 2 * m_legend->frameWidth() + 4);
}

void MapPanel::baseLayerChosen(int row)
{
    const QString id = m_base->itemData(row).toString();
    map::TileSource src;
    if (id == u"none") {
        src = map::TileSource::none();
    } else if (id == u"osm") {
        src = map::TileSource::openStreetMap();
    } else if (id == u"tianditu" || id == u"tianditu-img") {
        bool ok = false;
        const QString key = QInputDialog::getText(this, tr("Tianditu"),
            tr("Your Tianditu key (tk), from console.tianditu.gov.cn:"), QLineEdit::Normal, m_tiandituKey,
            &ok)
                                .trimmed();
        if (!ok || key.isEmpty()) {
            setControlsFromSource();
            return;
        }
        m_tiandituKey = key;
        if (!SecretStore::instance().write(kTiandituSecret, key))
            emit statusMessage(
                tr("No system keychain is available: the Tianditu key is kept for this session only."));
        src = id == u"tianditu" ? map::TileSource::tianditu(key) : map::TileSource::tiandituImagery(key);
    } else if (id == u"custom") {
        bool ok = false;
        const QString url = QInputDialog::getText(this, tr("Custom tiles"),
            tr("Tile address with {z}, {x}, {y} (and optionally {s}), e.g.\n"
               "https://tiles.example.com/{z}/{x}/{y}.png"),
            QLineEdit::Normal, m_customUrl, &ok)
                                .trimmed();
        if (!ok || url.isEmpty()) {
            setControlsFromSource();
            return;
        }
        if (const QString why = map::TileSource::validateTemplate(url); !why.isEmpty()) {
            QMessageBox::warning(this, tr("Custom tiles"), why);
            setControlsFromSource();
            return;
        }
        const QStringList frames { tr("WGS-84 (GPS, OpenStreetMap, Tianditu)"), tr("GCJ-02 (Gaode, Tencent)"),
            tr("BD-09 (Baidu)") };
        const QString frame = QInputDialog::getItem(
            this, tr("Custom tiles"), tr("Coordinate system of these tiles:"), frames, 0, false, &ok);
        if (!ok) {
            setControlsFromSource();
            return;
        }
        m_customUrl = url;
        const int fi = int(frames.indexOf(frame));
        src = map::TileSource::custom(url,
            fi == 1       ? map::Crs::Gcj02
                : fi == 2 ? map::Crs::Bd09
                          : map::Crs::Wgs84);
    } else if (id == u"file") {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open MBTiles file"), {}, tr("MBTiles tilesets (*.mbtiles);;All files (*)"));
        if (path.isEmpty()) {
            setControlsFromSource();
            return;
        }
        src = map::TileSource::file(path);
    }
    if (setBaseLayer(src) && src.kind == map::TileSource::Kind::File) {
        const auto md = m_map->tiles().fileMetadata();
        if (md.bounds)
            m_map->fitLonLatBox(*md.bounds);
    }
}

bool MapPanel::setBaseLayer(const map::TileSource& source)
{
    try {
        m_map->tiles().setSource(source, tileCacheDir());
    } catch (const map::MapError& e) {
        QMessageBox::warning(this, tr("Base map"), e.message());
        setControlsFromSource();
        return false;
    }
    m_source = source;
    m_map->view().setCrs(source.crs);
    // Past a tileset's deepest level its tiles are scaled up (site plans stay usable a few levels deeper).
    m_map->view().setZoomRange(
        1, source.isNone() ? 20 : std::max(source.maxZoom, m_map->tiles().maxZoom() + 3));
    setControlsFromSource();
    m_map->update();
    return true;
}

void MapPanel::setControlsFromSource()
{
    const int row = m_base->findData(m_source.id);
    m_base->setCurrentIndex(row >= 0 ? row : 0);
}

void MapPanel::colourChosen(int row)
{
    const map::ColourBy by = map::ColourBy(m_colour->itemData(row).toInt());
    if (by == m_colourBy && m_loaded.colourBy == by)
        return;
    m_colourBy = by;
    recolour();
}

void MapPanel::parkChosen(int row)
{
    if (!m_loaded.data || row < 0 || row >= m_loaded.data->parkList.size())
        return;
    const QRectF b = m_loaded.data->parkList[row].bounds;
    if (!b.isNull())
        m_map->fitLonLatBox(b);
}

void MapPanel::selectionMade(const std::vector<std::int32_t>& points, const QString& how)
{
    m_selection->setPoints(points);
    m_map->setSelectedPoints(m_selection->points());
    const int n = m_selection->rowCount();
    QString method;
    if (how == u"rectangle")
        method = tr("rectangle");
    else if (how == u"circle")
        method = tr("radius");
    else if (how == u"lasso")
        method = tr("lasso");
    else if (how == u"building")
        method = tr("building");
    else if (how == u"park")
        method = tr("park");
    else if (how == u"overlay")
        method = tr("drawn shape");
    else
        method = tr("click");
    m_status->setText(n == 0
            ? tr("No enterprises selected. Use a selection tool or click a building.")
            : tr("%n enterprise(s) selected (%1). The other panels can use this list.", nullptr, n)
                  .arg(method));
    context().setSelection(m_selection->usccs(), kId);
}

void MapPanel::externalSelection(const QStringList& usccs, const QString& origin)
{
    if (origin == kId || !m_loaded.byUscc)
        return;
    std::vector<std::int32_t> pts;
    for (const QString& u : usccs) {
        const auto it = m_loaded.byUscc->constFind(u);
        if (it != m_loaded.byUscc->cend())
            pts.push_back(*it);
    }
    m_selection->setPoints(pts);
    m_map->setSelectedPoints(m_selection->points());
    m_status->setText(tr("%n enterprise(s) from another panel shown on the map.", nullptr, int(pts.size())));
}

void MapPanel::saveState(Settings& settings) const
{
    const QPointF c = m_map->view().center();
    settings.set(kCenterLon, c.x());
    settings.set(kCenterLat, c.y());
    settings.set(kZoom, m_map->view().zoom());
    settings.set(kBase, m_source.id);
    settings.set(kMbtiles, m_source.kind == map::TileSource::Kind::File ? m_source.filePath : QString());
    settings.set(kCustomUrl, m_customUrl);
    settings.set(kCustomCrs, int(m_source.id == u"custom" ? m_source.crs : map::Crs::Wgs84));
    settings.set(kColourBy, int(m_colourBy));
    // The key lives in the keychain; a plain copy left by an older version is removed here.
    settings.removePanelValue(kId, QLatin1String(kLegacyTiandituKey));
}

void MapPanel::restoreState(const Settings& settings)
{
    SecretStore& secrets = SecretStore::instance();
    m_tiandituKey = secrets.read(kTiandituSecret);
    if (m_tiandituKey.isEmpty()) {
        // An older version kept the key in the settings file: move it to the keychain (saveState drops it).
        m_tiandituKey = settings.panelValue(kId, QLatin1String(kLegacyTiandituKey)).toString();
        if (!m_tiandituKey.isEmpty())
            secrets.write(kTiandituSecret, m_tiandituKey);
    }
    m_customUrl = settings.get(kCustomUrl);
    const int colour = settings.get(kColourBy);
    if (const int row = m_colour->findData(colour); row >= 0 && colour != int(m_colourBy)) {
        m_colour->setCurrentIndex(row);
        colourChosen(row);
    }
    // A saved base layer that no longer works (file moved, template broken) falls back to none, quietly.
    const QString base = settings.get(kBase);
    map::TileSource src = map::TileSource::none();
    if (base == u"osm")
        src = map::TileSource::openStreetMap();
    else if (base == u"tianditu" && !m_tiandituKey.isEmpty())
        src = map::TileSource::tianditu(m_tiandituKey);
    else if (base == u"tianditu-img" && !m_tiandituKey.isEmpty())
        src = map::TileSource::tiandituImagery(m_tiandituKey);
    else if (base == u"custom" && map::TileSource::validateTemplate(m_customUrl).isEmpty()) {
        const int crs = settings.get(kCustomCrs);
        src = map::TileSource::custom(m_customUrl,
            crs == 1       ? map::Crs::Gcj02
                : crs == 2 ? map::Crs::Bd09
                           : map::Crs::Wgs84);
    } else if (base == u"file")
        src = map::TileSource::file(settings.get(kMbtiles));
    try {
        m_map->tiles().setSource(src, tileCacheDir());
        m_source = src;
    } catch (const map::MapError&) {
        m_map->tiles().setSource(map::TileSource::none());
        m_source = map::TileSource::none();
    }
    m_map->view().setCrs(m_source.crs);
    setControlsFromSource();
    const double zoom = settings.get(kZoom), lon = settings.get(kCenterLon), lat = settings.get(kCenterLat);
    if (zoom >= 0 && std::isfinite(lon) && std::isfinite(lat)) {
        m_map->view().setCenter({ lon, lat });
        m_map->view().setZoom(zoom);
        m_restoredView = true;
    }
    m_map->update();
}

void MapPanel::prepareScreenshot()
{
    // Screenshots are offline by rule: no tiles from the network, whatever base layer was chosen.
    m_map->tiles().setOnline(false);
    if (m_source.kind == map::TileSource::Kind::Online)
        setBaseLayer(map::TileSource::none());
    m_screenshotPending = true;
    // The class colouring shows the legend at its busiest: the top divisions and "other".
    if (const int row = m_colour->findData(int(map::ColourBy::IndustryDivision)); row >= 0) {
        m_colour->setCurrentIndex(row);
        colourChosen(row);
    }
    if (m_loaded.data && !m_task->isRunning())
        showScreenshotView();
}

void MapPanel::addScreenshotSample()
{
    // Screenshots must not write into the cache they show, so a cache without drawings gets a sample set
    // that lives in memory only: a planned road along the park, a new building and a marker.
    if (!m_overlays->overlays().isEmpty() || !m_loaded.data)
        return;
    const QRectF b = m_map->view().size().isEmpty()
        ? QRectF()
        : QRectF(m_map->view().toLonLat({ 0, 0 }),
            m_map->view().toLonLat(QPointF(m_map->width(), m_map->height())))
              .normalized();
    if (b.isNull())
        return;
    auto at
        = [&](double fx, double fy) { return QPointF(b.left() + fx * b.width(), b.top() + fy * b.height()); };
    QList<map::Overlay> sample;
    map::Feature road;
    road.type = map::Feature::Type::Line;
    road.lines << QList<QPointF> { at(0.08, 0.80), at(0.35, 0.74), at(0.62, 0.78), at(0.92, 0.70) };
    sample << map::Overlay::make(map::OverlayKind::Road, road, tr("Planned road (sample)"));
    map::Feature building;
    building.type = map::Feature::Type::Polygon;
    building.polygons << map::Geometry::Polygon { { at(0.70, 0.22), at(0.84, 0.22), at(0.84, 0.38),
        at(0.70, 0.38), at(0.70, 0.22) } };
    sample << map::Overlay::make(map::OverlayKind::Building, building, tr("New building (sample)"));
    map::Feature marker;
    marker.type = map::Feature::Type::Point;
    marker.points << at(0.18, 0.30);
    sample << map::Overlay::make(map::OverlayKind::Marker, marker, tr("Service centre (sample)"));
    for (int i = 0; i < sample.size(); ++i)
        sample[i].id = i + 1;
    m_sampleShapes = true;
    m_overlays->reset(sample, QString());
    selectShape(2);
    // And a park outline being drawn: three corners placed, the pointer on the fourth.
    startDrawing(map::OverlayKind::Park);
    m_map->setDraft(
        { at(0.30, 0.12), at(0.55, 0.10), at(0.58, 0.40) }, m_map->view().toScreen(at(0.33, 0.42)));
}

void MapPanel::showScreenshotView()
{
    m_screenshotPending = false;
    if (!m_loaded.data)
        return;
    // The park with the most buildings, framed so its footprints and clustered enterprises both show.
    const map::MapData::Park* best = nullptr;
    for (const auto& p : m_loaded.data->parkList)
        if (!p.bounds.isNull() && (!best || p.buildings > best->buildings))
            best = &p;
    if (best) {
        m_park->setCurrentIndex(int(best - m_loaded.data->parkList.constData()));
        m_map->fitLonLatBox(best->bounds);
    } else if (!m_loaded.data->extent().isNull()) {
        m_map->fitLonLatBox(m_loaded.data->extent());
    }
    m_map->view().setSize(m_map->size());
    addScreenshotSample();
}

QUndoStack* MapPanel::undoStack()
{
    return m_overlays->undoStack();
}

void MapPanel::undoHandledByWindow()
{
    m_undoAction->setShortcuts({});
    m_redoAction->setShortcuts({});
}

void MapPanel::openSelectedProfile()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    context().openEnterprise(index.data(SelectionListModel::UsccRole).toString());
}

} // namespace dj::ui

namespace dj::ui {

ParksPanel* MapPanel::openParkWorkspace()
{
    if (!m_parks) {
        m_parks = new ParksPanel(context(), this);
        m_parks->setWindowFlag(Qt::Window);
        m_parks->setWindowTitle(m_parks->title());
        m_parks->resize(1280, 720);
        connect(m_parks, &ParksPanel::flowsChanged, this, &MapPanel::updateFlows);
    }
    m_parks->show();
    m_parks->raise();
    m_parks->activateWindow();
    return m_parks;
}

void MapPanel::updateFlows()
{
    const ParkView* view = m_parks ? m_parks->view() : nullptr;
    if (!view || !m_parks->flowsShown()) {
        m_map->clearFlows();
        return;
    }
    // One arc per target region with a known centre, as wide as the subscribed capital.
    const parks::OutwardInvestment& o = view->outward;
    QList<MapWidget::Flow> flows;
    for (const parks::OutwardGroup& g : o.byRegion) {
        if (g.lon == 0 && g.lat == 0)
            continue;
        flows.append({ QPointF(g.lon, g.lat),
            tr("%1 · %n holding(s) · %2", nullptr, g.count).arg(g.label, Money::text(g.capital)),
            g.capital });
    }
    m_map->setFlows(QPointF(o.originLon, o.originLat), view->report.park.name, flows,
        tr("域外投资 of %1 (subscribed capital)").arg(view->report.park.name),
        [](double capital) { return Money::text(capital); });
    if (!flows.isEmpty()) {
        const QRectF box = m_map->flowBox();
        m_map->fitLonLatBox(box.adjusted(-0.5, -0.5, 0.5, 0.5));
    }
    emit statusMessage(flows.isEmpty()
            ? tr("%1 holds no shares in enterprises outside the district.").arg(view->report.park.name)
            : tr("域外投资 of %1: %n target region(s) drawn on the map.", nullptr, int(flows.size()))
                  .arg(view->report.park.name));
}

} // namespace dj::ui
