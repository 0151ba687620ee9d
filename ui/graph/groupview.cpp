#include "ui/graph/groupview.h"

#include "core/graph/controlanalysis.h"
#include "core/store/cache.h"
#include "core/store/ownershipreads.h"
#include "ui/common/settings.h"
#include "ui/graph/graphtext.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace dj::ui {

using namespace graph;

namespace {

QString wan(double yuan)
{
    return QLocale::c().toString(yuan / 1e4, 'f', 2);
}

} // namespace

GroupView::GroupView(QWidget* parent)
    : ChartTab(QStringLiteral("group"), parent)
{
    m_target = new QLineEdit(this);
    m_target->setPlaceholderText(tr("Credit code or enterprise name"));
    m_go = new QPushButton(tr("Show group"), this);
    inputs()->addWidget(new QLabel(tr("Enterprise"), this));
    inputs()->addWidget(m_target, 1);
    inputs()->addWidget(m_go);
    connect(m_go, &QPushButton::clicked, this, [this] { open(m_target->text()); });
    connect(m_target, &QLineEdit::returnPressed, this, [this] { open(m_target->text()); });
}

void GroupView::open(const QString& target)
{
    if (!graph())
        return;
    const NodeId root = graph()->resolve(target);
    if (root == kNoNode || graph()->kind(root) != NodeKind::Enterprise) {
        showMessage(tr("No enterprise matches “%1”.").arg(target.toHtmlEscaped()));
        return;
    }
    m_target->setText(graph()->name(root));
    const QString path = cachePath();
    run([root, path](const OwnershipGraph& g, const Progress& progress) {
        Result r;
        progress.report(0, 3, tr("Finding the group"));
        ControlAnalysis control(g);
        auto grp = control.group(root);
        QHash<QString, store::OwnershipReads::Figures> figures;
        if (!path.isEmpty()) {
            const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
            control.addTotals(grp, db);
            QStringList usccs;
            for (const auto& m : grp.members)
                usccs << g.key(m.node);
            figures = store::OwnershipReads(db).latestFigures(usccs);
        }
        progress.report(1, 3, tr("Drawing the group"));
        ChartData& chart = r.chart;
        chart.style = ChartData::Style::Radial;
        QHash<NodeId, int> index;
        ChartData::Node head = GraphText::node(g, grp.head, 0);
        head.root = true;
        head.detail = GraphText::reason(grp.reason);
        chart.nodes << head;
        index.insert(grp.head, 0);
        const size_t shown = std::min<size_t>(grp.members.size(), size_t(kMaxMembersShown));
        for (size_t i = 0; i < shown; ++i) {
            const auto& m = grp.members[i];
            ChartData::Node c = GraphText::node(g, m.node, m.level);
            c.detail = tr("share %1").arg(GraphText::percent(grp.economicShare[i]));
            chart.nodes << c;
            index.insert(m.node, int(chart.nodes.size()) - 1);
        }
        for (qsizetype i = 1; i < chart.nodes.size(); ++i) {
            for (const auto& h : g.holders(chart.nodes[i].graphNode)) {
                const auto it = index.constFind(h.node);
                if (it == index.constEnd() || *it == i)
                    continue;
                ChartData::Edge e;
                e.from = *it;
                e.to = int(i);
                e.label = GraphText::percent(h.share);
                chart.edges << e;
            }
        }
        r.headers = QStringList { tr("Name"), tr("Credit code"), tr("Level"), tr("Economic share"),
            tr("Revenue (10k yuan)"), tr("Tax (10k yuan)") };
        for (size_t i = 0; i < grp.members.size(); ++i) {
            const auto& m = grp.members[i];
            const auto f = figures.value(g.key(m.node));
            r.rows << QStringList { g.name(m.node), g.key(m.node), QString::number(m.level),
                GraphText::percent(grp.economicShare[i]), f.revenue ? wan(*f.revenue) : QString(),
                f.tax ? wan(*f.tax) : QString() };
            r.values << QVariantList { {}, {}, double(m.level), grp.economicShare[i] * 100,
                f.revenue ? QVariant(*f.revenue / 1e4) : QVariant(),
                f.tax ? QVariant(*f.tax / 1e4) : QVariant() };
            r.rowNodes << (index.contains(m.node) ? QVector<int> { index.value(m.node) } : QVector<int> {});
        }
        QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Group of %1").arg(g.name(root).toHtmlEscaped()));
        html += u"<p><b>"_s + tr("Head") + u":</b> "_s + g.name(grp.head).toHtmlEscaped() + u" ("_s
            + GraphText::kind(g.kind(grp.head)) + u", "_s + GraphText::reason(grp.reason) + u")</p>"_s;
        html += u"<p>"_s + tr("%n enterprises controlled", nullptr, int(grp.members.size()));
        if (shown < grp.members.size())
            html += tr(" (chart shows the nearest %1)").arg(shown);
        html += u"</p><p><b>"_s + tr("Revenue") + u":</b> "_s + wan(grp.revenue) + tr(" 10k yuan")
            + u"<br/><b>"_s + tr("Tax") + u":</b> "_s + wan(grp.tax) + tr(" 10k yuan") + u"<br/>"_s
            + tr("latest year of each member; %n with figures", nullptr, grp.withFigures) + u"</p>"_s;
        r.summary = html;
        r.status = tr("%n members", nullptr, int(grp.members.size()));
        layOut(r, progress);
        return r;
    });
}

void GroupView::showExample()
{
    if (!graph())
        return;
    const OwnershipGraph& g = *graph();
    // The enterprise with the most majority holdings below it: a group several levels deep.
    NodeId best = kNoNode;
    size_t bestCount = 0;
    for (NodeId n = 0; n < g.nodeCount() && n < 400000; ++n) {
        if (g.kind(n) != NodeKind::Enterprise)
            continue;
        size_t majority = 0;
        for (const auto& l : g.holdings(n))
            majority += l.share > 0.5 ? 1 : 0;
        if (majority > bestCount && majority < 60) {
            bestCount = majority;
            best = n;
        }
    }
    if (best != kNoNode)
        open(g.key(best));
}

void GroupView::saveState(Settings& settings) const
{
    ChartTab::saveState(settings);
    settings.setPanelValue(QStringLiteral("risk"), QStringLiteral("group/target"), m_target->text());
}

void GroupView::restoreState(const Settings& settings)
{
    ChartTab::restoreState(settings);
    m_target->setText(settings.panelValue(QStringLiteral("risk"), QStringLiteral("group/target")).toString());
}

} // namespace dj::ui
