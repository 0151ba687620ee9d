// The 链上风险 panel offscreen: penetration chart with a cycle, expand/collapse, group, relations, exports,
// state; and pan/zoom frame times of a 5,000-node chart.
#include "core/graph/ownershipgraph.h"
#include "tests/core/graph/graphspec.h"
#include "tests/support/testutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/graph/chartlayout.h"
#include "ui/graph/groupview.h"
#include "ui/graph/ownershipchartview.h"
#include "ui/graph/penetrationview.h"
#include "ui/graph/relationview.h"
#include "ui/graph/riskpanel.h"
#include "ui/graph/rowsmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>

using dj::test::GraphSpec;
using namespace dj::ui;

namespace {

bool waitFor(const std::function<bool()>& pred, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return pred();
}

/// A group with a cross-holding: 张伟 → 控股 (70 %) ⇄ 科技 (60 % / 10 %) → 贸易 (30 % + 25 %).
GraphSpec fixture(int& p, int& a, int& b, int& c, int& lone)
{
    GraphSpec s;
    p = s.person(u"张伟"_qs);
    const int q = s.person(u"李娜"_qs), st = s.other(u"某市国资委"_qs), gm = s.person(u"王经理"_qs);
    a = s.enterprise(u"盐城恒达控股集团有限公司"_qs, 1e8);
    b = s.enterprise(u"盐城恒达科技有限公司"_qs, 5e6);
    c = s.enterprise(u"盐城恒达贸易有限公司"_qs, 5e6);
    lone = s.enterprise(u"盐城无股东商贸有限公司"_qs, 1e6);
    s.hold(p, a, 70);
    s.hold(st, a, 20);
    s.hold(b, a, 10);
    s.hold(a, b, 60);
    s.hold(q, b, 40);
    s.hold(a, c, 30);
    s.hold(b, c, 25);
    s.hold(q, c, 45);
    // a wide holder: more holdings than a chart shows before clustering
    for (int i = 0; i < 30; ++i) {
        const int e = s.enterprise(QStringLiteral("盐城恒达%1号子公司").arg(i), 1e6);
        s.hold(a, e, 51);
        s.hold(s.person(QStringLiteral("小股东%1").arg(i)), e, 49);
    }
    s.roles.push_back({ lone, gm, u"总经理"_qs });
    s.roles.push_back({ c, gm, u"法定代表人"_qs });
    s.trades.push_back({ c, lone, u"invoice"_qs, 2e5 });
    return s;
}

int nodeNamed(const ChartData& d, const QString& name)
{
    for (qsizetype i = 0; i < d.nodes.size(); ++i)
        if (d.nodes[i].label == name)
            return int(i);
    return -1;
}

} // namespace

TEST_CASE("Risk panel: penetration with a cycle, expand, cluster, group, relations, export", "[ui][graph]")
{
    QTemporaryDir dir;
    int p = 0, a = 0, b = 0, c = 0, lone = 0;
    const GraphSpec s = fixture(p, a, b, c, lone);
    const QString cache = dir.filePath(u"graph.djcache"_qs);
    s.writeCache(cache);
    Settings::setInstance(std::make_unique<Settings>(dir.filePath(u"s.ini"_qs)));

    AppContext ctx;
    ctx.openCache(cache);
    RiskPanel panel(ctx);
    panel.resize(1366, 768);
    panel.show();
    REQUIRE(waitFor([&] { return panel.ownershipGraph() && !panel.isBusy(); }));
    CHECK(panel.tabs()->count() == 3);

    PenetrationView* pen = panel.penetration();
    pen->setSource(panel.ownershipGraph(), cache);
    pen->open(s.nodes[size_t(c)].key);
    REQUIRE(waitFor([&] { return !panel.isBusy() && pen->chartView()->nodeCount() > 0; }));
    REQUIRE(waitFor([&] { return nodeNamed(pen->chartView()->chart(), u"张伟"_qs) >= 0; }));
    const ChartData& chart = pen->chartView()->chart();
    // holders above (negative layers), the cycle 控股 ⇄ 科技 drawn in red
    CHECK(chart.nodes[nodeNamed(chart, u"张伟"_qs)].layer < 0);
    bool cycleEdge = false;
    for (const auto& e : chart.edges)
        cycleEdge = cycleEdge || e.cycle;
    CHECK(cycleEdge);
    CHECK(chart.nodes[nodeNamed(chart, u"盐城恒达控股集团有限公司"_qs)].inCycle);
    QAbstractItemModelTester tester(pen->tableModel());
    // owners and ultimate holders, the strongest path beside each
    const auto inv = dj::test::integratedOwnership(s);
    bool sawP = false;
    for (const auto& row : pen->tableModel()->rows()) {
        if (row.texts.value(1) == u"张伟"_qs) {
            sawP = true;
            CHECK(row.values.value(2).toDouble() == Approx(inv[size_t(p)][size_t(c)] * 100).margin(1e-6));
            CHECK(row.texts.value(4).contains(u"→"_qs));
        }
    }
    CHECK(sawP);
    CHECK(pen->summaryText().contains(u"张伟"_qs));

    SECTION("down from the holding: the wide holder is clustered, a click opens the cluster")
    {
        pen->open(s.nodes[size_t(a)].key);
        REQUIRE(waitFor([&] {
            return !panel.isBusy()
                && nodeNamed(pen->chartView()->chart(), u"盐城恒达控股集团有限公司"_qs) >= 0;
        }));
        const ChartData& d = pen->chartView()->chart();
        int cluster = -1;
        for (qsizetype i = 0; i < d.nodes.size(); ++i)
            if (d.nodes[i].kind == ChartData::Cluster)
                cluster = int(i);
        REQUIRE(cluster >= 0);
        const int before = int(d.nodes.size());
        emit pen->chartView()->nodeToggled(cluster);
        REQUIRE(waitFor([&] { return !panel.isBusy() && pen->chartView()->nodeCount() > before; }));
        int clusters = 0;
        for (const auto& n : pen->chartView()->chart().nodes)
            clusters += n.kind == ChartData::Cluster ? 1 : 0;
        CHECK(clusters == 0);

        // exports
        for (const QString& suffix : { u"png"_qs, u"svg"_qs, u"pdf"_qs }) {
            const QString file = dir.filePath(u"chart."_qs + suffix);
            REQUIRE(pen->exportChart(file));
            CHECK(QFile(file).size() > 1000);
        }
        const QString xlsx = dir.filePath(u"owners.xlsx"_qs);
        pen->exportTable(xlsx);
        QFile x(xlsx);
        REQUIRE(x.open(QIODevice::ReadOnly));
        CHECK(x.read(2) == "PK");
    }

    SECTION("depth 1 leaves + badges; expanding one adds its holders")
    {
        GraphSpec deep;
        const int top = deep.person(u"顶层"_qs);
        int prev = top;
        int last = 0;
        for (int i = 0; i < 5; ++i) {
            last = deep.enterprise(QStringLiteral("第%1层公司").arg(i));
            deep.hold(prev, last, 90);
            prev = last;
        }
        const QString deepCache = dir.filePath(u"deep.djcache"_qs);
        deep.writeCache(deepCache);
        const auto g = dj::graph::OwnershipGraph::forCache(deepCache);
        pen->setSource(g, deepCache);
        pen->open(deep.nodes[size_t(last)].key);
        REQUIRE(waitFor([&] { return !panel.isBusy() && pen->chartView()->nodeCount() > 1; }));
        // default depth 3: 3 holders above
        CHECK(pen->chartView()->nodeCount() == 4);
        int expandable = -1;
        for (qsizetype i = 0; i < pen->chartView()->chart().nodes.size(); ++i)
            if (pen->chartView()->chart().nodes[i].canExpand)
                expandable = int(i);
        REQUIRE(expandable >= 0);
        emit pen->chartView()->nodeToggled(expandable);
        REQUIRE(waitFor([&] { return !panel.isBusy() && pen->chartView()->nodeCount() == 5; }));
        // collapse it again
        int collapsible = -1;
        for (qsizetype i = 0; i < pen->chartView()->chart().nodes.size(); ++i)
            if (pen->chartView()->chart().nodes[i].canCollapse
                && pen->chartView()->chart().nodes[i].layer == -3)
                collapsible = int(i);
        REQUIRE(collapsible >= 0);
        emit pen->chartView()->nodeToggled(collapsible);
        REQUIRE(waitFor([&] { return !panel.isBusy() && pen->chartView()->nodeCount() == 4; }));
    }

    SECTION("group and relations")
    {
        GroupView* grp = panel.groups();
        grp->setSource(panel.ownershipGraph(), cache);
        grp->open(s.nodes[size_t(c)].key);
        REQUIRE(waitFor([&] { return !panel.isBusy() && grp->tableModel()->rowCount() > 0; }));
        QStringList members;
        for (const auto& row : grp->tableModel()->rows())
            members << row.texts.value(1);
        QStringList expected;
        for (const int m : dj::test::controlledBy(s, p))
            expected << s.nodes[size_t(m)].key;
        members.sort();
        expected.sort();
        CHECK(members == expected);

        RelationView* rel = panel.relations();
        rel->setSource(panel.ownershipGraph(), cache);
        rel->find(s.nodes[size_t(b)].key, s.nodes[size_t(lone)].key);
        REQUIRE(waitFor([&] { return !panel.isBusy() && rel->tableModel()->rowCount() > 0; }));
        const auto all = dj::test::allPaths(s, b, lone, 3);
        int shortest = 99;
        for (const QString& path : all)
            shortest = std::min(shortest, int(path.count(u'>') / 2));
        int expectedCount = 0;
        for (const QString& path : all)
            expectedCount += int(path.count(u'>') / 2) == shortest ? 1 : 0;
        CHECK(rel->tableModel()->rowCount() == expectedCount);
    }

    SECTION("state is remembered")
    {
        panel.saveState(Settings::instance());
        RiskPanel again(ctx);
        again.restoreState(Settings::instance());
        Settings::instance().sync();
        CHECK(Settings::instance().panelValue(u"risk"_qs, u"penetration/depth"_qs).toInt() == 3);
    }
}

TEST_CASE("A 5,000-node chart pans and zooms within a frame budget", "[ui][graph]")
{
    ChartData d;
    d.style = ChartData::Style::Layered;
    // a holding tree: 1 root, 70 subsidiaries, 70 × 70 below them (≈ 5,000 boxes)
    ChartData::Node root;
    root.label = u"根"_qs;
    root.root = true;
    d.nodes << root;
    for (int i = 0; i < 70 && d.nodes.size() < 5000; ++i) {
        ChartData::Node n;
        n.label = QStringLiteral("一级子公司%1").arg(i);
        n.detail = u"held 51.00%"_qs;
        n.layer = 1;
        d.nodes << n;
        const int parent = int(d.nodes.size()) - 1;
        d.edges << ChartData::Edge { 0, parent, u"51%"_qs, false, false };
        for (int j = 0; j < 72 && d.nodes.size() < 5000; ++j) {
            ChartData::Node m;
            m.label = QStringLiteral("二级子公司%1-%2").arg(i).arg(j);
            m.detail = u"held 30.00%"_qs;
            m.layer = 2;
            m.risk = (i + j) % 17 == 0 ? 2 : 0;
            d.nodes << m;
            d.edges << ChartData::Edge { parent, int(d.nodes.size()) - 1, u"60%"_qs, false, false };
        }
    }
    REQUIRE(d.nodes.size() == 5000);
    const auto layout = ChartLayout::run(d, OwnershipChartView::boxSizes(d));
    CHECK(layout.engine == u"igraph sugiyama"_qs);
    OwnershipChartView view;
    view.resize(1366, 768);
    view.show();
    view.setChart(d, layout);
    QCoreApplication::processEvents();
    auto median = [](QVector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    CHECK(view.overviewActive());
    QVector<double> cpu1, cpu2, cpu3;
    const double overview = median(view.measureFrames(40, &cpu1)); // the whole chart: one picture
    // just closer than the picture serves: the most boxes drawn one by one
    const double edge = view.transform().m11() * 3;
    view.setTransform(QTransform::fromScale(edge, edge));
    view.centerOnNode(2500);
    view.setTransform(QTransform::fromScale(edge, edge));
    view.zoomBy(1.0);
    CHECK_FALSE(view.overviewActive());
    const double middle = median(view.measureFrames(40, &cpu2));
    view.setTransform(QTransform::fromScale(0.8, 0.8));
    view.centerOnNode(2500);
    CHECK_FALSE(view.overviewActive());
    const double close = median(view.measureFrames(40, &cpu3)); // readable zoom: boxes, text and labels
    std::printf("{\"bench\":\"chart_frames\",\"nodes\":5000,\"layout_ms\":%.1f,\"layout\":\"%s\",\"overview_"
                "median_ms\":%.2f,"
                "\"middle_median_ms\":%.2f,\"close_median_ms\":%.2f,\"cpu_median_ms\":[%.2f,%.2f,%.2f]}\n",
        layout.ms, qPrintable(layout.engine), overview, middle, close, median(cpu1), median(cpu2),
        median(cpu3));
    // The budget is 16 ms a frame, checked in CPU time: on a shared machine under load (other builds)
    // the wall clock mostly measures the wait for a core, so it is printed, not checked.
    CHECK(median(cpu1) < 16);
    CHECK(median(cpu2) < 16);
    CHECK(median(cpu3) < 16);
}
