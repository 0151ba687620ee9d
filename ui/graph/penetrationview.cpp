#include "ui/graph/penetrationview.h"

#include "core/graph/beneficialowners.h"
#include "core/graph/penetration.h"
#include "core/store/cache.h"
#include "core/store/ownershipreads.h"
#include "ui/common/settings.h"
#include "ui/graph/graphtext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <deque>
#include <map>

using namespace Qt::StringLiterals;

namespace dj::ui {

using namespace graph;

namespace {

struct Params
{
    NodeId root;
    int direction; // 0 both, 1 up, 2 down
    int depth; // 0 = unlimited
    QSet<quint32> open, closed, unclustered;
    QString cachePath;
};

} // namespace

PenetrationView::PenetrationView(QWidget* parent)
    : ChartTab(QStringLiteral("penetration"), parent)
{
    m_target = new QLineEdit(this);
    m_target->setPlaceholderText(tr("Credit code or enterprise name"));
    m_target->setMinimumWidth(220);
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("Holders and holdings"), 0);
    m_direction->addItem(tr("Holders (up)"), 1);
    m_direction->addItem(tr("Holdings (down)"), 2);
    m_depth = new QSpinBox(this);
    m_depth->setRange(0, 50);
    m_depth->setValue(3);
    m_depth->setSpecialValueText(tr("Unlimited"));
    m_depth->setPrefix(tr("Depth "));
    m_go = new QPushButton(tr("Penetrate"), this);
    m_go->setDefault(true);
    inputs()->addWidget(new QLabel(tr("Enterprise"), this));
    inputs()->addWidget(m_target, 1);
    inputs()->addWidget(m_direction);
    inputs()->addWidget(m_depth);
    inputs()->addWidget(m_go);
    connect(m_go, &QPushButton::clicked, this, [this] { open(m_target->text()); });
    connect(m_target, &QLineEdit::returnPressed, this, [this] { open(m_target->text()); });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] { runCurrent(); });
    connect(m_depth, &QSpinBox::valueChanged, this, [this] { runCurrent(); });
}

void PenetrationView::open(const QString& target)
{
    if (!graph())
        return;
    const NodeId n = graph()->resolve(target);
    if (n == kNoNode || graph()->kind(n) != NodeKind::Enterprise) {
        showMessage(tr("No enterprise matches “%1”.").arg(target.toHtmlEscaped()));
        return;
    }
    m_root = n;
    m_target->setText(graph()->name(n));
    m_open.clear();
    m_closed.clear();
    m_unclustered.clear();
    runCurrent();
}

void PenetrationView::showExample()
{
    if (!graph())
        return;
    const OwnershipGraph& g = *graph();
    // An enterprise in a cross-holding whose holders reach furthest up: a chart with a cycle.
    NodeId best = kNoNode;
    size_t bestSize = 0;
    for (NodeId n = 0; n < g.nodeCount(); ++n) {
        if (g.kind(n) != NodeKind::Enterprise || !g.inCache(n))
            continue;
        for (const auto& h : g.holders(n)) {
            if (g.kind(h.node) != NodeKind::Enterprise || g.directShare(n, h.node) <= 0)
                continue;
            const size_t size = g.holders(n).size() + g.holdings(n).size() + g.holders(h.node).size();
            if (size > bestSize) {
                bestSize = size;
                best = n;
            }
        }
    }
    if (best != kNoNode)
        open(g.key(best));
}

void PenetrationView::nodeToggled(int index)
{
    if (index < 0 || index >= m_shown.nodes.size())
        return;
    const auto& n = m_shown.nodes[index];
    if (n.kind == ChartData::Cluster)
        m_unclustered.insert(n.graphNode);
    else if (n.canExpand) {
        m_open.insert(n.graphNode);
        m_closed.remove(n.graphNode);
    } else if (n.canCollapse) {
        m_closed.insert(n.graphNode);
        m_open.remove(n.graphNode);
    } else {
        return;
    }
    runCurrent();
}

void PenetrationView::shown(const Result& r)
{
    m_shown = r.chart;
}

void PenetrationView::saveState(Settings& settings) const
{
    ChartTab::saveState(settings);
    settings.setPanelValue(QStringLiteral("risk"), QStringLiteral("penetration/depth"), m_depth->value());
    settings.setPanelValue(
        QStringLiteral("risk"), QStringLiteral("penetration/direction"), m_direction->currentIndex());
    if (graph() && m_root != kNoNode && m_root < graph()->nodeCount())
        settings.setPanelValue(
            QStringLiteral("risk"), QStringLiteral("penetration/target"), graph()->key(m_root));
}

void PenetrationView::restoreState(const Settings& settings)
{
    ChartTab::restoreState(settings);
    const QSignalBlocker a(m_depth), b(m_direction);
    m_depth->setValue(std::clamp(
        settings.panelValue(QStringLiteral("risk"), QStringLiteral("penetration/depth"), 3).toInt(), 0, 50));
    m_direction->setCurrentIndex(std::clamp(
        settings.panelValue(QStringLiteral("risk"), QStringLiteral("penetration/direction"), 0).toInt(), 0,
        2));
    m_target->setText(
        settings.panelValue(QStringLiteral("risk"), QStringLiteral("penetration/target")).toString());
}

void PenetrationView::runCurrent()
{
    if (!graph() || m_root == kNoNode)
        return;
    Params p { m_root, m_direction->currentData().toInt(), m_depth->value(), m_open, m_closed, m_unclustered,
        cachePath() };
    run([p](const OwnershipGraph& g, const Progress& progress) {
        Result r;
        progress.report(0, 4, tr("Solving ownership"));
        ShareSolver solver(g);
        const auto up = solver.solve(p.root, ShareSolver::Direction::Up);
        const auto down = solver.solve(p.root, ShareSolver::Direction::Down);
        std::map<NodeId, double> upShare, downShare;
        for (size_t i = 0; i < up.nodes.size(); ++i)
            upShare[up.nodes[i]] = up.share[i];
        for (size_t i = 0; i < down.nodes.size(); ++i)
            downShare[down.nodes[i]] = down.share[i];
        std::map<NodeId, int> component; // node → its cycle
        int ci = 0;
        for (const auto* cycles : { &up.cycles, &down.cycles }) {
            for (const auto& c : *cycles) {
                ++ci;
                for (const NodeId n : c)
                    component.emplace(n, ci);
            }
        }

        // ---- the chart: breadth-first from the root in each direction
        ChartData& chart = r.chart;
        chart.style = ChartData::Style::Layered;
        QHash<NodeId, int> index;
        QSet<quint64> edgeKeys;
        QSet<NodeId> traversed;
        auto addNode = [&](NodeId n, int layer, bool& added) {
            added = false;
            auto it = index.constFind(n);
            if (it != index.constEnd())
                return *it;
            ChartData::Node c = GraphText::node(g, n, layer);
            if (n == p.root) {
                c.root = true;
            } else if (layer < 0) {
                c.detail = tr("through %1").arg(GraphText::percent(upShare.count(n) ? upShare[n] : 0));
            } else {
                c.detail = tr("held %1").arg(GraphText::percent(downShare.count(n) ? downShare[n] : 0));
            }
            c.inCycle = component.count(n) > 0;
            chart.nodes << c;
            added = true;
            index.insert(n, int(chart.nodes.size()) - 1);
            return int(chart.nodes.size()) - 1;
        };
        auto addEdge = [&](int from, int to, double share) {
            const quint64 key = (quint64(quint32(from)) << 32) | quint32(to);
            if (edgeKeys.contains(key))
                return;
            edgeKeys.insert(key);
            ChartData::Edge e;
            e.from = from;
            e.to = to;
            e.label = GraphText::percent(share);
            const NodeId a = chart.nodes[from].graphNode, b = chart.nodes[to].graphNode;
            e.cycle = component.count(a) && component.count(b) && component[a] == component[b];
            chart.edges << e;
        };
        bool added = false;
        addNode(p.root, 0, added);
        for (const bool upwards : { true, false }) {
            if ((upwards && p.direction == 2) || (!upwards && p.direction == 1))
                continue;
            std::deque<std::pair<NodeId, int>> queue { { p.root, 0 } };
            while (!queue.empty()) {
                const auto [v, level] = queue.front();
                queue.pop_front();
                const auto links = upwards ? g.holders(v) : g.holdings(v);
                if (links.empty())
                    continue;
                const bool withinDepth = p.depth == 0 || level < p.depth;
                const bool allowed
                    = v == p.root || (withinDepth ? !p.closed.contains(v) : p.open.contains(v));
                if (!allowed || chart.nodes.size() >= kMaxNodes)
                    continue;
                traversed.insert(v);
                const int vi = index.value(v);
                const bool cluster = int(links.size()) > kClusterAbove && !p.unclustered.contains(v);
                const size_t keep = cluster ? size_t(kClusterKeep) : links.size();
                const int layer = upwards ? -(level + 1) : level + 1;
                for (size_t i = 0; i < keep; ++i) {
                    const NodeId w = links[i].node;
                    const int wi = addNode(w, layer, added);
                    if (added)
                        queue.push_back({ w, level + 1 });
                    if (upwards)
                        addEdge(wi, vi, links[i].share);
                    else
                        addEdge(vi, wi, links[i].share);
                }
                if (cluster) {
                    double rest = 0;
                    for (size_t i = keep; i < links.size(); ++i)
                        rest += links[i].share;
                    ChartData::Node c;
                    c.kind = ChartData::Cluster;
                    c.graphNode = v;
                    c.layer = layer;
                    c.clusterSize = int(links.size() - keep);
                    c.label = tr("%n more", nullptr, c.clusterSize);
                    c.detail
                        = upwards ? tr("together %1").arg(GraphText::percent(rest)) : tr("click to show");
                    c.canExpand = true;
                    chart.nodes << c;
                    const int ci2 = int(chart.nodes.size()) - 1;
                    ChartData::Edge e;
                    e.from = upwards ? ci2 : vi;
                    e.to = upwards ? vi : ci2;
                    e.dashed = true;
                    chart.edges << e;
                }
            }
        }
        // Links between shown boxes that the walk did not take (diamonds, cycles closing).
        for (qsizetype i = 0; i < chart.nodes.size(); ++i) {
            if (chart.nodes[i].kind == ChartData::Cluster)
                continue;
            for (const auto& l : g.holdings(chart.nodes[i].graphNode)) {
                const auto it = index.constFind(l.node);
                if (it != index.constEnd())
                    addEdge(int(i), *it, l.share);
            }
        }
        for (auto& n : chart.nodes) {
            if (n.kind == ChartData::Cluster || n.root)
                continue;
            const bool upSide = n.layer < 0;
            const auto links = upSide ? g.holders(n.graphNode) : g.holdings(n.graphNode);
            n.canCollapse = traversed.contains(n.graphNode) && !links.empty();
            n.canExpand = !traversed.contains(n.graphNode) && !links.empty();
        }

        // ---- 受益所有人, holders and their best paths
        progress.report(1, 4, tr("Beneficial owners and control"));
        BeneficialOwners bo(g);
        const auto report = bo.analyse(p.root);
        Penetration pen(g);
        const auto tree = pen.run(p.root, ShareSolver::Direction::Up, 0, 20000);
        std::map<NodeId, size_t> bestEntry;
        for (size_t i = 1; i < tree.entries.size(); ++i) {
            const auto& e = tree.entries[i];
            auto it = bestEntry.find(e.node);
            if (it == bestEntry.end() || tree.entries[it->second].through < e.through)
                bestEntry[e.node] = i;
        }
        auto pathOf = [&](NodeId n) {
            const auto it = bestEntry.find(n);
            if (it == bestEntry.end())
                return QString();
            QStringList parts;
            for (qint32 i = qint32(it->second); i >= 0; i = tree.entries[size_t(i)].parent) {
                const auto& e = tree.entries[size_t(i)];
                parts << (e.parent >= 0
                        ? QStringLiteral("%1 →(%2)").arg(g.name(e.node), GraphText::percent(e.direct))
                        : g.name(e.node));
            }
            return parts.join(u' ');
        };
        r.headers
            = QStringList { tr("Kind"), tr("Name"), tr("Ultimate share"), tr("Basis"), tr("Strongest path") };
        QSet<NodeId> listed;
        auto addRow = [&](NodeId n, double share, const QString& basis) {
            r.rows << QStringList { GraphText::kind(g.kind(n)), g.name(n), GraphText::percent(share), basis,
                pathOf(n) };
            r.values << QVariantList { {}, {}, share * 100, {}, {} };
            r.rowNodes << (index.contains(n) ? QVector<int> { index.value(n) } : QVector<int> {});
            listed.insert(n);
        };
        for (const auto& o : report.owners)
            addRow(o.node, o.share,
                tr("Beneficial owner: %1").arg(GraphText::basis(o.basis))
                    + (o.role.isEmpty() ? QString() : u" ("_s + o.role + u')'));
        for (const auto& h : report.ultimateHolders)
            if (!listed.contains(h.node))
                addRow(h.node, h.share, tr("Ultimate holder"));

        // ---- the verdict
        QString html = QStringLiteral("<h3>%1</h3>").arg(g.name(p.root).toHtmlEscaped());
        const auto& c = report.controller;
        html += u"<p><b>"_s + tr("Actual controller") + u":</b> "_s;
        if (c.node != kNoNode) {
            double economic = 0;
            for (const auto& h : report.ultimateHolders)
                if (h.node == c.node)
                    economic = h.share;
            html += tr("%1 — %2, votes %3, %4 points ahead of the next block; economic share %5")
                        .arg(g.name(c.node).toHtmlEscaped(), GraphText::reason(c.reason),
                            GraphText::percent(c.votingShare), QLocale::c().toString(c.gap * 100, 'f', 2),
                            GraphText::percent(economic));
        } else {
            html += GraphText::reason(c.reason) + u" — "_s
                + tr("largest voting block %1, next %2")
                      .arg(GraphText::percent(c.votingShare), GraphText::percent(c.nextShare));
        }
        html += u"</p>"_s;
        if (!c.majorityChain.empty()) {
            QStringList names;
            for (const NodeId n : c.majorityChain)
                names << g.name(n).toHtmlEscaped();
            html += u"<p><b>"_s + tr("Majority holders (nearest first)") + u":</b> "_s
                + names.join(QStringLiteral(" ← ")) + u"</p>"_s;
        }
        if (!c.chains.empty()) {
            html += u"<p><b>"_s + tr("Control chains (evidence)") + u":</b><br/>"_s;
            for (const auto& ch : c.chains)
                html += GraphText::chain(g, ch.nodes, ch.shares).toHtmlEscaped() + u"<br/>"_s;
            html += u"</p>"_s;
        }
        if (!report.cycles.empty()) {
            html += u"<p style='color:#c62d20'><b>"_s
                + tr("Cross-holdings (cycles): %n", nullptr, int(report.cycles.size())) + u"</b><br/>"_s;
            for (const auto& cyc : report.cycles) {
                QStringList names;
                for (const NodeId n : cyc)
                    names << g.name(n).toHtmlEscaped();
                html += names.join(QStringLiteral(" ⇄ ")) + u"<br/>"_s;
            }
            html += tr("Shares solved exactly as (I − G)⁻¹, not cut at a depth.") + u"</p>"_s;
        }
        if (report.exemptionPossible)
            html += u"<p><i>"_s
                + tr("Registered capital ≤ 10 million yuan and only natural persons as holders: the "
                     "small-firm exemption of the 2024 rules may apply (by commitment).")
                + u"</i></p>"_s;
        r.summary = html;
        r.status = tr("%n beneficial owners", nullptr, int(report.owners.size()));

        // ---- risk marks from the cache
        progress.report(2, 4, tr("Reading risks"));
        QStringList usccs;
        for (const auto& n : chart.nodes)
            if (n.kind == ChartData::Enterprise && g.inCache(n.graphNode))
                usccs << g.key(n.graphNode);
        if (!p.cachePath.isEmpty()) {
            const store::Database db = store::Cache::open(p.cachePath, store::Cache::Access::ReadOnly);
            const auto risks = store::OwnershipReads(db).currentRiskCounts(usccs);
            for (auto& n : chart.nodes)
                if (n.kind == ChartData::Enterprise)
                    n.risk = risks.value(g.key(n.graphNode));
        }
        progress.report(3, 4, tr("Laying out"));
        layOut(r, progress);
        return r;
    });
}

} // namespace dj::ui
