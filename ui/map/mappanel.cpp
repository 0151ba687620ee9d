#include "ui/map/mappanel.h"

#include "core/codes/industries.h"
#include "core/map/maperror.h"
#include "core/map/tilemath.h"
#include "core/store/storeerror.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/settings.h"
#include "ui/map/mapwidget.h"
#include "ui/map/selectionlistmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dj::ui {

namespace {
const QString kId = u"map"_s;

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
} // namespace

MapPanel::MapPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
    , m_map(new MapWidget(this))
    , m_selection(new SelectionListModel(this))
    , m_task(new BackgroundTask(this))
{
    map::VectorStyle importedStyle;
    importedStyle.stroke = QColor(0xd8, 0x1b, 0x60);
    importedStyle.fill = QColor(0xd8, 0x1b, 0x60, 30);
    importedStyle.strokeWidth = 2.5;
    importedStyle.minLabelZoom = 13;
    m_imported = std::make_unique<map::VectorLayer>(tr("Imported shapes"), importedStyle);
    m_imported->setId(u"imported"_s);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);

    m_base = new QComboBox(this);
    m_base->addItem(tr("No base map"), u"none"_s);
    m_base->addItem(tr("OpenStreetMap"), u"osm"_s);
    m_base->addItem(tr("Tianditu (needs your key)…"), u"tianditu"_s);
    m_base->addItem(tr("Custom tile address…"), u"custom"_s);
    m_base->addItem(tr("Open MBTiles file…"), u"file"_s);
    m_base->setToolTip(tr("Base map under the enterprises"));
    bar->addWidget(new QLabel(tr("Base map:"), this));
    bar->addWidget(m_base);

    m_colour = new QComboBox(this);
    m_colour->addItem(tr("Industry section"));
    m_colour->addItem(tr("Enterprise scale"));
    m_colour->addItem(tr("Current risks"));
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
    auto* importAction = new QAction(tr("Import GeoJSON…"), this);
    importAction->setToolTip(tr("Show roads, plans or other shapes from a GeoJSON file over the map"));
    auto* importButton = new QToolButton(this);
    importButton->setDefaultAction(importAction);
    bar->addWidget(importButton);
    connect(importAction, &QAction::triggered, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import GeoJSON"), {}, tr("GeoJSON (*.geojson *.json);;All files (*)"));
        if (!path.isEmpty())
            importGeoJson(path);
    });
    bar->addStretch(1);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 4, 4);
    sideLayout->addWidget(new QLabel(tr("Legend"), side));
    m_legend = new QListWidget(side);
    m_legend->setMaximumHeight(170);
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);
    sideLayout->addWidget(m_legend);
    m_status = new QLabel(tr("No enterprises selected. Use a selection tool or click a building."), side);
    m_status->setWordWrap(true);
    sideLayout->addWidget(m_status);
    m_list = new QListView(side);
    m_list->setModel(m_selection);
    m_list->setUniformItemSizes(true);
    sideLayout->addWidget(m_list, 1);

    auto* split = new QSplitter(this);
    split->addWidget(m_map);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setSizes({ 900, 280 });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_base, &QComboBox::activated, this, &MapPanel::baseLayerChosen);
    connect(m_colour, &QComboBox::activated, this, &MapPanel::colourChosen);
    connect(m_park, &QComboBox::activated, this, &MapPanel::parkChosen);
    connect(m_map, &MapWidget::selectionMade, this, &MapPanel::selectionMade);
    connect(&m_map->tiles(), &map::TileLayer::problem, this, &Panel::statusMessage);
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        const std::int32_t p = m_selection->points().at(std::size_t(index.row()));
        if (m_loaded.data && std::size_t(p) < m_loaded.data->lonLat.size()) {
            m_map->view().setCenter(m_loaded.data->lonLat[std::size_t(p)]);
            m_map->zoomTo(
                std::max(m_map->view().zoom(), 17.0), QPointF(m_map->width() / 2.0, m_map->height() / 2.0));
        }
    });
    connect(m_task, &BackgroundTask::runningChanged, this, &Panel::busyChanged);
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total, const QString& stage) {
        m_map->setBusyText(total > 0 ? tr("%1 … %2 %").arg(stage).arg(done * 100 / total) : stage);
    });
    connect(m_task, &BackgroundTask::failed, this, [this](const QString& message) {
        m_map->setBusyText({});
        emit statusMessage(tr("The map cannot read the cache: %1").arg(message));
    });
    connect(&context, &AppContext::cacheChanged, this, &MapPanel::reload);
    connect(&context, &AppContext::selectionChanged, this, &MapPanel::externalSelection);

    updateLegend();
    updateLayers();
    if (!context.cachePath().isEmpty())
        reload();
}

MapPanel::~MapPanel() = default;

QList<map::MapData::Park> MapPanel::parks() const
{
    return m_loaded.data ? m_loaded.data->parkList : QList<map::MapData::Park> {};
}

bool MapPanel::isBusy() const
{
    return m_task->isRunning() || m_map->tiles().isBusy();
}

void MapPanel::reload()
{
    const QString path = context().cachePath();
    if (path.isEmpty())
        return;
    const map::ColourBy by = m_colourBy;
    m_map->setBusyText(tr("Loading the map data …"));
    m_task->start<Loaded>(
        [path, by](const Progress& progress) {
            Loaded r;
            auto data = std::make_shared<map::MapData>(map::MapData::load(path, progress));
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
    m_map->setPoints(result.index, map::MapData::palette(result.colourBy), result.data->names);
    updateLayers();
    updateLegend();
    if (first) {
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
    layers << m_imported.get();
    m_map->setVectorLayers(layers);
}

bool MapPanel::importGeoJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Import GeoJSON"), tr("Cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    // Labels from the usual property names, whichever the file has.
    const QByteArray json = file.readAll();
    try {
        map::VectorLayer probe;
        probe.addGeoJson(json);
        QString labelKey;
        for (const QString& key : { u"name"_s, u"NAME"_s, u"名称"_s, u"label"_s, u"title"_s })
            if (!probe.features().isEmpty() && probe.features().first().properties.contains(key)) {
                labelKey = key;
                break;
            }
        m_imported->addGeoJson(json, labelKey);
    } catch (const map::MapError& e) {
        QMessageBox::warning(
            this, tr("Import GeoJSON"), tr("%1 was not imported: %2").arg(path, e.message()));
        return false;
    }
    updateLayers();
    emit statusMessage(
        tr("Imported shapes: %n feature(s) on the map", nullptr, int(m_imported->features().size())));
    return true;
}

void MapPanel::updateLegend()
{
    m_legend->clear();
    const QStringList names = map::MapData::categoryNames(m_colourBy);
    const QList<QColor> colours = map::MapData::palette(m_colourBy);
    const std::vector<std::uint8_t>* cats = m_loaded.data ? &m_loaded.data->categories(m_colourBy) : nullptr;
    std::vector<int> counts(std::size_t(names.size()), 0);
    if (cats)
        for (std::uint8_t c : *cats)
            if (c < counts.size())
                ++counts[c];
    for (int i = 0; i < names.size(); ++i) {
        if (cats && counts[std::size_t(i)] == 0)
            continue; // only what is on the map
        QString text = names[i];
        if (m_colourBy == map::ColourBy::IndustrySection && i < 20) {
            // GB/T 4754 section names come from the codes module (Chinese, as published).
            const QString letter(QChar(u'A' + i));
            const codes::Industry* section = codes::Industries::instance().find(letter);
            text = section ? tr("%1 — %2").arg(letter, section->name) : names[i];
        }
        if (cats)
            text += u"  (%1)"_s.arg(counts[std::size_t(i)]);
        new QListWidgetItem(swatch(colours.value(i)), text, m_legend);
    }
}

void MapPanel::baseLayerChosen(int row)
{
    const QString id = m_base->itemData(row).toString();
    map::TileSource src;
    if (id == u"none") {
        src = map::TileSource::none();
    } else if (id == u"osm") {
        src = map::TileSource::openStreetMap();
    } else if (id == u"tianditu") {
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
        src = map::TileSource::tianditu(key);
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
    const map::ColourBy by = row == 1 ? map::ColourBy::Scale
        : row == 2                    ? map::ColourBy::Risk
                                      : map::ColourBy::IndustrySection;
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
    settings.setPanelValue(kId, u"centerLon"_s, c.x());
    settings.setPanelValue(kId, u"centerLat"_s, c.y());
    settings.setPanelValue(kId, u"zoom"_s, m_map->view().zoom());
    settings.setPanelValue(kId, u"base"_s, m_source.id);
    settings.setPanelValue(
        kId, u"mbtiles"_s, m_source.kind == map::TileSource::Kind::File ? m_source.filePath : QString());
    settings.setPanelValue(kId, u"customUrl"_s, m_customUrl);
    settings.setPanelValue(
        kId, u"customCrs"_s, int(m_source.id == u"custom" ? m_source.crs : map::Crs::Wgs84));
    settings.setPanelValue(kId, u"tiandituKey"_s, m_tiandituKey);
    settings.setPanelValue(kId, u"colourBy"_s, int(m_colourBy));
}

void MapPanel::restoreState(const Settings& settings)
{
    bool okLon = false, okLat = false, okZoom = false;
    const double lon = settings.panelValue(kId, u"centerLon"_s).toDouble(&okLon);
    const double lat = settings.panelValue(kId, u"centerLat"_s).toDouble(&okLat);
    const double zoom = settings.panelValue(kId, u"zoom"_s).toDouble(&okZoom);
    m_tiandituKey = settings.panelValue(kId, u"tiandituKey"_s).toString();
    m_customUrl = settings.panelValue(kId, u"customUrl"_s).toString();
    const int colour = settings.panelValue(kId, u"colourBy"_s, 0).toInt();
    if (colour >= 0 && colour <= 2 && colour != int(m_colourBy)) {
        m_colour->setCurrentIndex(colour);
        colourChosen(colour);
    }
    // A saved base layer that no longer works (file moved, template broken) falls back to none, quietly.
    const QString base = settings.panelValue(kId, u"base"_s, u"none"_s).toString();
    map::TileSource src = map::TileSource::none();
    if (base == u"osm")
        src = map::TileSource::openStreetMap();
    else if (base == u"tianditu" && !m_tiandituKey.isEmpty())
        src = map::TileSource::tianditu(m_tiandituKey);
    else if (base == u"custom" && map::TileSource::validateTemplate(m_customUrl).isEmpty()) {
        const int crs = settings.panelValue(kId, u"customCrs"_s, 0).toInt();
        src = map::TileSource::custom(m_customUrl,
            crs == 1       ? map::Crs::Gcj02
                : crs == 2 ? map::Crs::Bd09
                           : map::Crs::Wgs84);
    } else if (base == u"file")
        src = map::TileSource::file(settings.panelValue(kId, u"mbtiles"_s).toString());
    try {
        m_map->tiles().setSource(src, tileCacheDir());
        m_source = src;
    } catch (const map::MapError&) {
        m_map->tiles().setSource(map::TileSource::none());
        m_source = map::TileSource::none();
    }
    m_map->view().setCrs(m_source.crs);
    setControlsFromSource();
    if (okLon && okLat && okZoom && std::abs(lon) <= 180 && std::abs(lat) <= 85 && zoom >= 0 && zoom <= 22) {
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
    if (m_loaded.data && !m_task->isRunning())
        showScreenshotView();
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
}

} // namespace dj::ui
