#include "ui/graph/relationview.h"

#include "core/graph/controlanalysis.h"
#include "core/graph/relationfinder.h"
#include "ui/common/settings.h"
#include "ui/graph/graphtext.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace dj::ui {

using namespace graph;

RelationView::RelationView(QWidget* parent)
    : ChartTab(QStringLiteral("relations"), parent)
{
    m_a = new QLineEdit(this);
    m_b = new QLineEdit(this);
    for (QLineEdit* e : { m_a, m_b }) {
        e->setPlaceholderText(tr("Credit code, name or person:ID"));
        e->setMinimumWidth(180);
    }
    m_maxLen = new QSpinBox(this);
    m_maxLen->setRange(1, 8);
    m_maxLen->setValue(4);
    m_maxLen->setPrefix(tr("Up to "));
    m_maxLen->setSuffix(tr(" links"));
    m_go = new QPushButton(tr("Find relations"), this);
    inputs()->addWidget(new QLabel(tr("From"), this));
    inputs()->addWidget(m_a, 1);
    inputs()->addWidget(new QLabel(tr("to"), this));
    inputs()->addWidget(m_b, 1);
    inputs()->addWidget(m_maxLen);
    inputs()->addWidget(m_go);
    connect(m_go, &QPushButton::clicked, this, [this] { find(m_a->text(), m_b->text()); });
    connect(m_b, &QLineEdit::returnPressed, this, [this] { find(m_a->text(), m_b->text()); });
}

void RelationView::find(const QString& a, const QString& b)
{
    if (!graph())
        return;
    const NodeId from = graph()->resolve(a), to = graph()->resolve(b);
    if (from == kNoNode || to == kNoNode) {
        showMessage(tr("Not found: %1").arg((from == kNoNode ? a : b).toHtmlEscaped()));
        return;
    }
    m_a->setText(graph()->name(from));
    m_b->setText(graph()->name(to));
    const int maxLen = m_maxLen->value();
    run([from, to, maxLen](const OwnershipGraph& g, const Progress& progress) {
        Result r;
        progress.report(0, 2, tr("Searching connections"));
        RelationFinder finder(g);
        const auto found = finder.find(from, to, maxLen, 200);
        ChartData& chart = r.chart;
        chart.style = ChartData::Style::LeftToRight;
        QHash<NodeId, int> index;
        QHash<QString, int> edgeIndex;
        auto node = [&](NodeId n, int layer) {
            auto it = index.constFind(n);
            if (it != index.constEnd())
                return *it;
            ChartData::Node c = GraphText::node(g, n, layer);
            c.root = n == from || n == to;
            chart.nodes << c;
            index.insert(n, int(chart.nodes.size()) - 1);
            return int(chart.nodes.size()) - 1;
        };
        r.headers = QStringList { tr("No."), tr("Links"), tr("Path") };
        int number = 0;
        for (const auto& path : found.paths) {
            QVector<int> nodes, edges;
            QString text = g.name(path.nodes[0]);
            for (size_t i = 0; i < path.nodes.size(); ++i)
                nodes << node(path.nodes[i], int(i));
            for (size_t i = 0; i < path.steps.size(); ++i) {
                const auto& s = path.steps[i];
                // shareholdings point from holder to investee, everything else along the path
                int a = nodes[qsizetype(i)], b = nodes[qsizetype(i + 1)];
                if (s.type == RelationFinder::Share && !s.forward)
                    std::swap(a, b);
                const QString label = RelationFinder::describe(g, s);
                const QString key = QStringLiteral("%1>%2>%3").arg(a).arg(b).arg(int(s.type));
                int e = edgeIndex.value(key, -1);
                if (e < 0) {
                    ChartData::Edge edge;
                    edge.from = a;
                    edge.to = b;
                    edge.label = s.type == RelationFinder::Share ? GraphText::percent(s.value) : label;
                    edge.dashed = s.type != RelationFinder::Share;
                    chart.edges << edge;
                    e = int(chart.edges.size()) - 1;
                    edgeIndex.insert(key, e);
                }
                edges << e;
                text += QStringLiteral(" —%1— %2").arg(label, g.name(path.nodes[i + 1]));
            }
            r.rows << QStringList { QString::number(++number), QString::number(path.steps.size()), text };
            r.values << QVariantList { double(number), double(path.steps.size()), {} };
            r.rowNodes << nodes;
            r.rowEdges << edges;
        }
        QString html = QStringLiteral("<h3>%1 ↔ %2</h3>")
                           .arg(g.name(from).toHtmlEscaped(), g.name(to).toHtmlEscaped());
        if (found.length < 0)
            html += u"<p>"_s + tr("No connection within %n links.", nullptr, maxLen) + u"</p>"_s;
        else
            html += u"<p>"_s + tr("Shortest connection: %n links", nullptr, found.length) + u"; "_s
                + tr("%n paths", nullptr, int(found.paths.size()))
                + (found.truncated ? tr(" (first 200 shown)") : QString()) + u"</p><p>"_s
                + tr("Links: shareholdings (arrows from holder), roles (same legal representative or "
                     "officer), business relations and invoices (dashed).")
                + u"</p>"_s;
        r.summary = html;
        r.status = found.length < 0 ? tr("No connection") : tr("%n paths", nullptr, int(found.paths.size()));
        if (!chart.nodes.isEmpty())
            layOut(r, progress);
        return r;
    });
}

void RelationView::showExample()
{
    if (!graph())
        return;
    const OwnershipGraph& g = *graph();
    // A person in two enterprises, one of which trades (invoices or relations) or holds: a connection
    // through a shared officer and a business link.
    for (NodeId p = 0; p < g.nodeCount(); ++p) {
        if (g.kind(p) != NodeKind::Person || g.roles(p).size() < 2)
            continue;
        const auto roles = g.roles(p);
        for (const auto& r : roles) {
            const NodeId e2 = r.node;
            NodeId e3 = kNoNode;
            if (!g.invoices(e2).empty())
                e3 = g.invoices(e2)[0].node;
            else if (!g.relations(e2).empty())
                e3 = g.relations(e2)[0].node;
            if (e3 == kNoNode)
                continue;
            for (const auto& other : roles) {
                if (other.node != e2 && other.node != e3) {
                    find(g.key(other.node), g.key(e3));
                    return;
                }
            }
        }
    }
    // Otherwise two enterprises of one group on different branches.
    ControlAnalysis control(g);
    NodeId best = kNoNode;
    size_t bestCount = 0;
    for (NodeId n = 0; n < g.nodeCount() && n < 400000; ++n) {
        if (g.kind(n) != NodeKind::Enterprise)
            continue;
        size_t majority = 0;
        for (const auto& l : g.holdings(n))
            majority += l.share > 0.5 ? 1 : 0;
        if (majority > bestCount && majority < 40) {
            bestCount = majority;
            best = n;
        }
    }
    if (best == kNoNode)
        return;
    const auto members = control.controlledBy(best);
    if (members.size() >= 2)
        find(g.key(members.back().node), g.key(members.front().node));
}

void RelationView::saveState(Settings& settings) const
{
    ChartTab::saveState(settings);
    settings.setPanelValue(QStringLiteral("risk"), QStringLiteral("relations/maxLen"), m_maxLen->value());
    settings.setPanelValue(QStringLiteral("risk"), QStringLiteral("relations/a"), m_a->text());
    settings.setPanelValue(QStringLiteral("risk"), QStringLiteral("relations/b"), m_b->text());
}

void RelationView::restoreState(const Settings& settings)
{
    ChartTab::restoreState(settings);
    m_maxLen->setValue(std::clamp(
        settings.panelValue(QStringLiteral("risk"), QStringLiteral("relations/maxLen"), 4).toInt(), 1, 8));
    m_a->setText(settings.panelValue(QStringLiteral("risk"), QStringLiteral("relations/a")).toString());
    m_b->setText(settings.panelValue(QStringLiteral("risk"), QStringLiteral("relations/b")).toString());
}

} // namespace dj::ui
