#include "ui/graph/riskpanel.h"

#include "core/graph/ownershipgraph.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/progressrunner.h"
#include "ui/graph/groupview.h"
#include "ui/graph/penetrationview.h"
#include "ui/graph/relationview.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dj::ui {

RiskPanel::RiskPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_loading = new QLabel(this);
    m_loadingBar = new QProgressBar(this);
    m_loadingBar->setMaximumWidth(240);
    top->addWidget(m_loading, 1);
    top->addWidget(m_loadingBar);
    top->setContentsMargins(8, 4, 8, 0);
    layout->addLayout(top);
    m_tabs = new QTabWidget(this);
    m_penetration = new PenetrationView(m_tabs);
    m_penetration->setObjectName(QStringLiteral("penetration"));
    m_relations = new RelationView(m_tabs);
    m_relations->setObjectName(QStringLiteral("relations"));
    m_groups = new GroupView(m_tabs);
    m_groups->setObjectName(QStringLiteral("group"));
    m_tabs->addTab(m_penetration, tr("Ownership penetration"));
    m_tabs->addTab(m_relations, tr("Relations"));
    m_tabs->addTab(m_groups, tr("Group"));
    layout->addWidget(m_tabs, 1);
    for (ChartTab* t : chartTabs()) {
        connect(t, &ChartTab::busyChanged, this, [this] { emit busyChanged(isBusy()); });
        connect(t, &ChartTab::statusMessage, this, &Panel::statusMessage);
    }
    m_loadingBar->hide();
    m_load = new BackgroundTask(this);
    // Bar (shown while it runs) and stage line through the shared runner.
    ProgressRunner::bind(m_load, m_loadingBar, nullptr, m_loading, tr("Reading the ownership graph: %1"));
    connect(m_load, &BackgroundTask::runningChanged, this, [this] { emit busyChanged(isBusy()); });
    connect(m_load, &BackgroundTask::failed, this,
        [this](const QString& message) { m_loading->setText(message); });
    connect(&context, &AppContext::cacheChanged, this, [this] {
        if (isVisible())
            loadGraph();
    });
    connect(&context, &AppContext::selectionChanged, this,
        [this](const QStringList& usccs, const QString& origin) {
            if (origin != panelId() && !usccs.isEmpty() && m_graph)
                m_penetration->open(usccs.first());
        });
}

RiskPanel::~RiskPanel() = default;

QString RiskPanel::title() const
{
    return tr("Chain risk");
}

void RiskPanel::addView(QWidget* view, const QString& title)
{
    m_tabs->addTab(view, title);
    m_views << view;
}

QList<ChartTab*> RiskPanel::chartTabs() const
{
    return { m_penetration, m_relations, m_groups };
}

void RiskPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    loadGraph();
}

void RiskPanel::loadGraph()
{
    const QString path = context().cachePath();
    if (path.isEmpty() || m_load->isRunning())
        return;
    if (m_graph && path == m_loadedPath && context().dataVersion() == m_loadedVersion)
        return;
    m_loading->setText(tr("Reading the ownership graph…"));
    m_load->start<std::shared_ptr<const graph::OwnershipGraph>>(
        [path](const Progress& p) { return graph::OwnershipGraph::forCache(path, p); }, this,
        [this, path](std::shared_ptr<const graph::OwnershipGraph> g) {
            m_graph = std::move(g);
            m_loadedPath = path;
            m_loadedVersion = m_graph->dataVersion();
            graphReady();
        },
        [this](const QString& error) { m_loading->setText(error); });
}

void RiskPanel::graphReady()
{
    m_loading->setText(tr("%1 enterprises, %2 shareholdings")
                           .arg(m_graph->enterpriseCount())
                           .arg(m_graph->shareholdingCount()));
    for (ChartTab* t : chartTabs())
        t->setSource(m_graph, m_loadedPath);
    if (m_examples) {
        for (ChartTab* t : chartTabs())
            t->showExample();
        return;
    }
    const QStringList selection = context().selection();
    if (!selection.isEmpty())
        m_penetration->open(selection.first());
    else
        m_penetration->showExample();
}

void RiskPanel::saveState(Settings& settings) const
{
    for (ChartTab* t : chartTabs())
        t->saveState(settings);
    for (QWidget* w : m_views)
        if (const auto* v = dynamic_cast<const View*>(w))
            v->saveState(settings);
}

void RiskPanel::restoreState(const Settings& settings)
{
    for (ChartTab* t : chartTabs())
        t->restoreState(settings);
    for (QWidget* w : m_views)
        if (auto* v = dynamic_cast<View*>(w))
            v->restoreState(settings);
}

bool RiskPanel::isBusy() const
{
    if (m_load->isRunning())
        return true;
    for (ChartTab* t : chartTabs())
        if (t->isBusy())
            return true;
    for (QWidget* w : m_views)
        if (const auto* v = dynamic_cast<const View*>(w); v && v->isBusy())
            return true;
    return false;
}

void RiskPanel::prepareScreenshot()
{
    m_examples = true;
    for (QWidget* w : m_views)
        if (auto* v = dynamic_cast<View*>(w))
            v->prepareScreenshot();
    if (m_graph)
        graphReady();
    else
        loadGraph();
}

QList<QWidget*> RiskPanel::screenshotExtras()
{
    // The other tabs as pictures of the whole window with that tab shown, then back to the first; only
    // when there is something to show (a cache is open and its graph read).
    QList<QWidget*> out;
    if (!m_graph)
        return out;
    for (QWidget* tab : QList<QWidget*> { m_relations, m_groups } + m_views) {
        m_tabs->setCurrentWidget(tab);
        QDeadlineTimer settle(m_views.contains(tab) ? 1500 : 400);
        while (!settle.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        auto* shot = new QLabel;
        shot->setAttribute(Qt::WA_DeleteOnClose);
        shot->setObjectName(tab->objectName());
        shot->setPixmap(window()->grab());
        shot->resize(shot->pixmap().size());
        out << shot;
    }
    m_tabs->setCurrentWidget(m_penetration);
    return out;
}

} // namespace dj::ui
