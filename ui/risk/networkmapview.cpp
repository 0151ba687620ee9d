#include "ui/risk/networkmapview.h"

#include "core/common/money.h"
#include "core/search/indexdata.h"
#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "ui/map/mapwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace dj::ui {

using namespace Qt::StringLiterals;

namespace {

// A flow as a gentle arc bending to the right of its direction (flow maps read clockwise), with an
// arrowhead at the receiving end; in lon/lat, so it scales with the map.
QList<QList<QPointF>> arc(QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1e-9)
        return {};
    const QPointF normal(d.y() / len, -d.x() / len);
    const QPointF control = (a + b) / 2 + normal * (len * 0.15);
    QList<QPointF> line;
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = double(i) / kSteps;
        line << a * (1 - t) * (1 - t) + control * 2 * t * (1 - t) + b * t * t;
    }
    // arrowhead: two strokes back from the end along the last segment's direction
    const QPointF tip = line[kSteps - 1] * 0.3 + b * 0.7;
    const QPointF back = line[kSteps - 2] - line[kSteps];
    const double bl = std::hypot(back.x(), back.y());
    QList<QList<QPointF>> out { line };
    if (bl > 0) {
        const QPointF u = back / bl * std::min(len * 0.06, 0.5);
        const QPointF n(-u.y(), u.x());
        out << QList<QPointF> { tip + u + n * 0.6, tip, tip + u - n * 0.6 };
    }
    return out;
}

} // namespace

QColor NetworkMapView::riskColour(risk::NetworkFlows::Risk risk)
{
    switch (risk) {
    case risk::NetworkFlows::Risk::Serious:
        return QColor(0xC6, 0x28, 0x28);
    case risk::NetworkFlows::Risk::Current:
        return QColor(0xEF, 0x8F, 0x00);
    case risk::NetworkFlows::Risk::None:
        break;
    }
    return QColor(0x15, 0x65, 0xC0);
}

NetworkMapView::NetworkMapView(QWidget* parent)
    : QWidget(parent)
    , m_flowLayer(std::make_unique<map::VectorLayer>(tr("Flows"), map::VectorStyle {}))
    , m_nodeLayer(std::make_unique<map::VectorLayer>(tr("Enterprises"), map::VectorStyle {}))
{
    setObjectName(u"networkmap"_s);
    m_flowLayer->setId(u"flows"_s);
    m_nodeLayer->setId(u"nodes"_s);
    map::VectorStyle nodes;
    nodes.labels = true;
    nodes.minLabelZoom = 0; // only the master and tier 1 carry labels
    m_nodeLayer->setStyle(nodes);
    map::VectorStyle flows;
    flows.labels = false;
    m_flowLayer->setStyle(flows);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* tierLabel = new QLabel(tr("Ti&ers shown:"), this);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(u"tierFilter"_s);
    m_tier->addItem(tr("All tiers"), 0);
    for (int t = 1; t <= 5; ++t)
        m_tier->addItem(tr("Up to tier %1").arg(t), t);
    tierLabel->setBuddy(m_tier);
    m_suppliers = new QCheckBox(tr("&Suppliers"), this);
    m_customers = new QCheckBox(tr("&Customers"), this);
    m_suppliers->setChecked(true);
    m_customers->setChecked(true);
    bar->addWidget(tierLabel);
    bar->addWidget(m_tier);
    bar->addWidget(m_suppliers);
    bar->addWidget(m_customers);
    auto* legend = new QLabel(this);
    legend->setText(u"<span style='color:%1'>━</span> %2 &nbsp; <span style='color:%3'>━</span> %4 &nbsp; "
                    "<span style='color:%5'>━</span> %6 &nbsp; %7"_s.arg(
                        riskColour(risk::NetworkFlows::Risk::None).name(),
                        risk::NetworkFlows::riskName(risk::NetworkFlows::Risk::None),
                        riskColour(risk::NetworkFlows::Risk::Current).name(),
                        risk::NetworkFlows::riskName(risk::NetworkFlows::Risk::Current),
                        riskColour(risk::NetworkFlows::Risk::Serious).name(),
                        risk::NetworkFlows::riskName(risk::NetworkFlows::Risk::Serious),
                        tr("width by amount; arrows point the way the goods go")));
    bar->addWidget(legend, 1);
    layout->addLayout(bar);
    m_map = new MapWidget(this);
    m_map->setVectorLayers({ m_flowLayer.get(), m_nodeLayer.get() });
    layout->addWidget(m_map, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    connect(m_tier, &QComboBox::currentIndexChanged, this, &NetworkMapView::rebuild);
    connect(m_suppliers, &QCheckBox::toggled, this, &NetworkMapView::rebuild);
    connect(m_customers, &QCheckBox::toggled, this, &NetworkMapView::rebuild);
    connect(m_map, &MapWidget::featureClicked, this, [this](const QString& layer, int feature) {
        if (layer == m_nodeLayer->id() && feature >= 0 && feature < m_nodeLayer->features().size())
            emit enterpriseActivated(m_nodeLayer->features()[feature].id);
    });
}

NetworkMapView::~NetworkMapView() = default;

int NetworkMapView::maxTier() const
{
    return m_tier->currentData().toInt();
}

void NetworkMapView::setMaxTier(int tier)
{
    const int i = m_tier->findData(tier);
    if (i >= 0)
        m_tier->setCurrentIndex(i);
}

void NetworkMapView::setNetwork(
    const risk::SupplyNetwork::Result& network, std::shared_ptr<const search::SearchEngine> engine)
{
    m_network = network;
    m_engine = std::move(engine);
    rebuild();
    if (m_map->isVisible())
        fit();
    else
        m_fitPending = true;
}

void NetworkMapView::fit()
{
    m_fitPending = false;
    if (m_flows.nodes.empty())
        return;
    // a little margin around the enterprises; a single one gets a city-sized box
    const QRectF b = m_flows.bounds;
    const double mx = std::max(b.width() * 0.08, 0.05), my = std::max(b.height() * 0.08, 0.05);
    m_map->fitLonLatBox(b.adjusted(-mx, -my, mx, my));
}

void NetworkMapView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_fitPending) // after the layout has given the map its size
        QTimer::singleShot(0, this, [this] {
            if (m_fitPending && m_map->width() > 0)
                fit();
        });
}

void NetworkMapView::clear()
{
    m_network.reset();
    m_engine.reset();
    rebuild();
}

void NetworkMapView::rebuild()
{
    m_flowLayer->clear();
    m_nodeLayer->clear();
    m_flows = {};
    if (!m_network) {
        m_note->clear();
        m_map->setVectorLayers({ m_flowLayer.get(), m_nodeLayer.get() });
        return;
    }
    const auto engine = m_engine;
    auto position = [engine](const QString& uscc) -> std::optional<QPointF> {
        if (!engine)
            return std::nullopt;
        const qint32 row = engine->rowOfUscc(uscc);
        if (row < 0)
            return std::nullopt;
        const auto& d = engine->index()->data();
        const double lon = d.lon[size_t(row)], lat = d.lat[size_t(row)];
        if (std::isnan(lon) || std::isnan(lat))
            return std::nullopt;
        return QPointF(lon, lat);
    };
    m_flows = risk::NetworkFlows::build(
        *m_network, position, maxTier(), m_suppliers->isChecked(), m_customers->isChecked());

    for (const auto& f : m_flows.flows) {
        map::Feature line;
        line.type = map::Feature::Type::Line;
        line.lines = arc(f.fromLonLat, f.toLonLat);
        line.id = f.side == risk::SupplyNetwork::Side::Supplier ? f.from : f.to;
        line.label = Money::text(f.amount);
        auto style = std::make_shared<map::VectorStyle>();
        QColor c = riskColour(f.risk);
        c.setAlpha(f.tier <= 1 ? 220 : 150);
        style->stroke = c;
        style->strokeWidth = f.width;
        style->labels = false;
        line.style = style;
        line.updateBounds();
        m_flowLayer->addFeature(std::move(line));
    }
    for (const auto& n : m_flows.nodes) {
        map::Feature point;
        point.type = map::Feature::Type::Point;
        point.points = { n.lonLat };
        point.id = n.uscc;
        point.label = n.tier <= 1 ? n.name : QString();
        auto style = std::make_shared<map::VectorStyle>();
        style->stroke = n.tier == 0 ? QColor(0x37, 0x47, 0x4F) : riskColour(n.risk);
        style->pointRadius = n.tier == 0 ? 9 : n.tier == 1 ? 6 : 4;
        point.style = style;
        point.updateBounds();
        m_nodeLayer->addFeature(std::move(point));
    }
    m_map->setVectorLayers({ m_flowLayer.get(), m_nodeLayer.get() });
    QString note = tr("%n enterprise(s) and %1 flow(s) on the map.", nullptr, int(m_flows.nodes.size()))
                       .arg(m_flows.flows.size());
    if (!m_engine)
        note += u" "_s + tr("The enterprise index is still loading: positions follow once it is ready.");
    else if (!m_flows.unplaced.isEmpty())
        note += u" "_s
            + tr("%n enterprise(s) without a known position are not drawn.", nullptr,
                int(m_flows.unplaced.size()));
    m_note->setText(note);
}

} // namespace dj::ui
