// Control, groups and 查关系 against the literal definitions of graphspec.cpp.
#include "core/graph/beneficialowners.h"
#include "core/graph/controlanalysis.h"
#include "core/graph/relationfinder.h"
#include "core/store/cache.h"
#include "tests/core/graph/graphspec.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using namespace dj::graph;
using dj::test::GraphSpec;

namespace {

int specOf(const std::vector<NodeId>& id, NodeId n)
{
    return int(std::find(id.begin(), id.end(), n) - id.begin());
}

} // namespace

TEST_CASE("Majority-control chain with a minority economic share", "[graph]")
{
    GraphSpec s;
    const int p = s.person(u"实控人"_qs);
    const int a = s.enterprise(u"一级"_qs), b = s.enterprise(u"二级"_qs), c = s.enterprise(u"三级"_qs);
    s.hold(p, a, 51);
    s.hold(a, b, 51);
    s.hold(b, c, 51);
    for (int t : { a, b, c })
        for (int i = 0; i < 7; ++i)
            s.hold(s.person(QStringLiteral("散户%1-%2").arg(t).arg(i)), t, 7);
    std::vector<NodeId> id;
    const auto g = s.build(id);
    const auto r = BeneficialOwners(*g).analyse(id[size_t(c)]);
    const auto inv = dj::test::integratedOwnership(s);
    CHECK(inv[size_t(p)][size_t(c)] == Approx(0.51 * 0.51 * 0.51));
    CHECK(r.controller.node == id[size_t(p)]);
    CHECK(r.controller.reason == ControlAnalysis::Reason::Absolute);
    CHECK(r.controller.votingShare == Approx(0.51));
    CHECK(r.controller.gap == Approx(0.51 - 0.07));
    // the majority chain, nearest first, is the literal definition's set of controllers
    const auto expected = dj::test::controllersOf(s, c);
    std::set<int> got;
    for (const NodeId n : r.controller.majorityChain)
        got.insert(specOf(id, n));
    CHECK(got == expected);
    CHECK(specOf(id, r.controller.majorityChain.front()) == b);
    CHECK(specOf(id, r.controller.majorityChain.back()) == p);
    REQUIRE(r.controller.chains.size() == 1);
    std::vector<int> chain;
    for (const NodeId n : r.controller.chains[0].nodes)
        chain.push_back(specOf(id, n));
    CHECK(chain == std::vector<int> { p, a, b, c });
    // economic share 13.27 % stays apart: basis control
    bool listed = false;
    for (const auto& o : r.owners) {
        if (o.node == id[size_t(p)]) {
            listed = true;
            CHECK(o.basis == BeneficialOwners::Basis::Control);
            CHECK(o.share == Approx(inv[size_t(p)][size_t(c)]));
        }
    }
    CHECK(listed);
}

TEST_CASE("Control through what one controls together (30 % + a controlled firm's 25 %)", "[graph]")
{
    GraphSpec s;
    const int x = s.person(u"X"_qs), y = s.enterprise(u"Y"_qs), z = s.enterprise(u"Z"_qs);
    const int o1 = s.person(u"O1"_qs), o2 = s.person(u"O2"_qs);
    s.hold(x, y, 30);
    s.hold(z, y, 25);
    s.hold(o1, y, 45);
    s.hold(x, z, 60);
    s.hold(o2, z, 40);
    std::vector<NodeId> id;
    const auto g = s.build(id);
    ControlAnalysis control(*g);
    const auto c = control.actualController(id[size_t(y)]);
    CHECK(dj::test::controllersOf(s, y) == std::set<int> { x });
    CHECK(c.node == id[size_t(x)]);
    CHECK(c.reason == ControlAnalysis::Reason::Absolute);
    CHECK(c.votingShare == Approx(0.55));
    CHECK(c.chains.size() == 2); // X → Y and X → Z → Y

    SECTION("exactly 50 % is no majority")
    {
        GraphSpec h;
        const int a = h.person(u"A"_qs), b = h.person(u"B"_qs), t = h.enterprise(u"T"_qs);
        h.hold(a, t, 50);
        h.hold(b, t, 50);
        std::vector<NodeId> hid;
        const auto hg = h.build(hid);
        const auto hc = ControlAnalysis(*hg).actualController(hid[size_t(t)]);
        CHECK(dj::test::controllersOf(h, t).empty());
        CHECK(hc.majorityChain.empty());
        CHECK(hc.node == kNoNode);
        CHECK(hc.reason == ControlAnalysis::Reason::None);
        CHECK(hc.gap == Approx(0.0));
    }
}

TEST_CASE("Relative control: share and gap, none when blocks are close", "[graph]")
{
    GraphSpec s;
    const int t = s.enterprise(u"T"_qs);
    const int a = s.person(u"A"_qs), b = s.person(u"B"_qs), c = s.person(u"C"_qs), d = s.person(u"D"_qs);
    s.hold(a, t, 35);
    s.hold(b, t, 20);
    s.hold(c, t, 25);
    s.hold(d, t, 20);
    std::vector<NodeId> id;
    auto g = s.build(id);
    auto r = ControlAnalysis(*g).actualController(id[size_t(t)]);
    CHECK(r.node == id[size_t(a)]);
    CHECK(r.reason == ControlAnalysis::Reason::Relative);
    CHECK(r.votingShare == Approx(0.35));
    CHECK(r.nextShare == Approx(0.25));
    CHECK(r.gap == Approx(0.10));
    CHECK(ControlAnalysis::reasonText(r.reason) == u"相对控股"_qs);

    s.shares[2].pct = 26; // gap 9 points
    s.shares[3].pct = 19;
    g = s.build(id);
    r = ControlAnalysis(*g).actualController(id[size_t(t)]);
    CHECK(r.node == kNoNode);
    CHECK(r.reason == ControlAnalysis::Reason::None);
    CHECK(r.gap == Approx(0.09));
    CHECK(ControlAnalysis::reasonText(r.reason) == u"无实际控制人"_qs);
}

TEST_CASE("Random graphs: majority controllers and groups follow the definition", "[graph]")
{
    std::mt19937 rng(11);
    for (int round = 0; round < 30; ++round) {
        GraphSpec s;
        const int persons = 5, firms = 12;
        for (int i = 0; i < persons; ++i)
            s.person(QStringLiteral("p%1").arg(i));
        for (int i = 0; i < firms; ++i)
            s.enterprise(QStringLiteral("f%1").arg(i));
        for (int f = persons; f < persons + firms; ++f) {
            double left = 100;
            for (int h = 0; h < 3 && left > 0; ++h) {
                const int who = int(rng() % unsigned(persons + firms));
                bool dup = who == f;
                for (const auto& sh : s.shares)
                    dup = dup || (sh.holder == who && sh.investee == f);
                if (dup)
                    continue;
                const double pct = std::min(left, double(10 + rng() % 60));
                s.hold(who, f, pct);
                left -= pct;
            }
        }
        std::vector<NodeId> id;
        const auto g = s.build(id);
        ControlAnalysis control(*g);
        for (int t = persons; t < persons + firms; ++t) {
            INFO("round " << round << " t " << t);
            std::set<int> got;
            for (const NodeId n : control.majorityControllers(id[size_t(t)]))
                got.insert(specOf(id, n));
            CHECK(got == dj::test::controllersOf(s, t));
        }
        for (int x = 0; x < persons + firms; ++x) {
            std::set<int> got;
            for (const auto& m : control.controlledBy(id[size_t(x)]))
                got.insert(specOf(id, m.node));
            CHECK(got == dj::test::controlledBy(s, x));
        }
    }
}

TEST_CASE("Group: what the actual controller controls, with totals from the cache", "[graph]")
{
    GraphSpec s;
    const int boss = s.person(u"老板"_qs);
    const int hold = s.enterprise(u"控股集团"_qs);
    const int sub1 = s.enterprise(u"子公司一"_qs), sub2 = s.enterprise(u"子公司二"_qs),
              subsub = s.enterprise(u"孙公司"_qs);
    const int minority = s.enterprise(u"参股公司"_qs), own = s.enterprise(u"老板另一家"_qs);
    const int other = s.person(u"外人"_qs);
    s.hold(boss, hold, 80);
    s.hold(other, hold, 20);
    s.hold(hold, sub1, 100);
    s.hold(hold, sub2, 60);
    s.hold(other, sub2, 40);
    s.hold(sub1, subsub, 30);
    s.hold(sub2, subsub, 30); // together 60 %: controlled
    s.hold(other, subsub, 40);
    s.hold(hold, minority, 20);
    s.hold(other, minority, 80);
    s.hold(boss, own, 70);
    s.hold(other, own, 30);
    std::vector<NodeId> id;
    const auto g = s.build(id);
    ControlAnalysis control(*g);
    auto grp = control.group(id[size_t(subsub)]);
    CHECK(grp.head == id[size_t(boss)]);
    std::set<int> members;
    for (const auto& m : grp.members)
        members.insert(specOf(id, m.node));
    CHECK(members == dj::test::controlledBy(s, boss));
    CHECK(members == std::set<int> { hold, sub1, sub2, subsub, own });
    const auto inv = dj::test::integratedOwnership(s);
    for (size_t i = 0; i < grp.members.size(); ++i)
        CHECK(grp.economicShare[i] == Approx(inv[size_t(boss)][size_t(specOf(id, grp.members[i].node))]));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"group-test.djcache"_qs);
    s.writeCache(path);
    {
        const auto db = dj::store::Cache::open(path, dj::store::Cache::Access::ReadOnly);
        control.addTotals(grp, db);
    }
    // writeCache gives enterprise i revenue 1,000 × (i + 1) and tax 100 × (i + 1)
    double revenue = 0, tax = 0;
    for (const int m : members) {
        revenue += 1000.0 * (m + 1);
        tax += 100.0 * (m + 1);
    }
    CHECK(grp.revenue == Approx(revenue));
    CHECK(grp.tax == Approx(tax));
}

TEST_CASE("查关系: every shortest path through shares, roles, relations and invoices", "[graph]")
{
    GraphSpec s;
    const int a = s.enterprise(u"甲公司"_qs), b = s.enterprise(u"乙公司"_qs), c = s.enterprise(u"丙公司"_qs),
              d = s.enterprise(u"丁公司"_qs), e = s.enterprise(u"戊公司"_qs);
    const int p = s.person(u"共同法代"_qs), q = s.person(u"股东"_qs);
    s.roles.push_back({ a, p, u"法定代表人"_qs });
    s.roles.push_back({ a, p, u"董事长"_qs });
    s.roles.push_back({ c, p, u"法定代表人"_qs });
    s.hold(q, c, 60);
    s.hold(q, d, 40);
    s.hold(d, b, 30);
    s.trades.push_back({ a, e, u"供应"_qs, 1e6 });
    s.trades.push_back({ e, b, u"invoice"_qs, 5e5 });
    s.trades.push_back({ c, b, u"合作"_qs, 0 });
    std::vector<NodeId> id;
    const auto g = s.build(id);
    RelationFinder finder(*g);
    for (int from = 0; from < int(s.nodes.size()); ++from) {
        for (int to = 0; to < int(s.nodes.size()); ++to) {
            if (from == to)
                continue;
            for (int maxLen : { 1, 2, 3, 4, 6 }) {
                INFO("from " << from << " to " << to << " max " << maxLen);
                const auto all = dj::test::allPaths(s, from, to, maxLen);
                int shortest = -1;
                for (const QString& p : all) {
                    const int len = int(p.count(u'>') / 2);
                    if (shortest < 0 || len < shortest)
                        shortest = len;
                }
                QStringList expected;
                for (const QString& p : all)
                    if (p.count(u'>') / 2 == shortest)
                        expected << p;
                const auto r = finder.find(id[size_t(from)], id[size_t(to)], maxLen);
                CHECK(r.length == shortest);
                QStringList got;
                for (const auto& path : r.paths) {
                    QString text = QString::number(specOf(id, path.nodes[0]));
                    for (size_t i = 0; i < path.steps.size(); ++i)
                        text += u'>' + RelationFinder::typeName(path.steps[i].type) + u'>'
                            + QString::number(specOf(id, path.nodes[i + 1]));
                    got << text;
                }
                expected.sort();
                got.sort();
                CHECK(got == expected);
            }
        }
    }
    // Direction of steps read from the start: 甲 supplies 戊, 戊 invoices 乙.
    const auto r = finder.find(id[size_t(a)], id[size_t(b)], 2);
    REQUIRE(r.paths.size() == 1);
    CHECK(r.paths[0].steps[0].type == RelationFinder::Relation);
    CHECK(r.paths[0].steps[0].forward);
    CHECK(r.paths[0].steps[1].type == RelationFinder::Invoice);
    CHECK(r.paths[0].steps[1].forward);
    const auto viaRole = finder.find(id[size_t(a)], id[size_t(c)], 4);
    REQUIRE(viaRole.paths.size() == 1);
    CHECK(RelationFinder::describe(*g, viaRole.paths[0].steps[0]) == u"法定代表人、董事长"_qs);
}
