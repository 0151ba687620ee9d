// Ultimate shares, penetration and beneficial owners against the independent solvers of graphspec.cpp.
#include "core/graph/beneficialowners.h"
#include "core/graph/penetration.h"
#include "core/graph/sharesolver.h"
#include "tests/core/graph/graphspec.h"
#include "tests/support/testutil.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace dj::graph;
using dj::test::GraphSpec;

namespace {

/// Checks every node's share of root (up) and root's share of every node (down) against the inverse.
void checkAgainstInverse(const GraphSpec& spec, int root)
{
    std::vector<NodeId> id;
    const auto g = spec.build(id);
    const auto inv = dj::test::integratedOwnership(spec);
    ShareSolver solver(*g);
    const auto up = solver.solve(id[size_t(root)], ShareSolver::Direction::Up);
    const auto down = solver.solve(id[size_t(root)], ShareSolver::Direction::Down);
    for (size_t i = 0; i < spec.nodes.size(); ++i) {
        INFO("node " << i << " root " << root);
        CHECK(up.shareOf(id[i]) == Approx(inv[i][size_t(root)]).margin(1e-12));
        CHECK(down.shareOf(id[i]) == Approx(inv[size_t(root)][i]).margin(1e-12));
    }
}

double ownerShare(const BeneficialOwners::Report& r, NodeId n, BeneficialOwners::Basis* basis = nullptr)
{
    for (const auto& o : r.owners) {
        if (o.node == n) {
            if (basis)
                *basis = o.basis;
            return o.share;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("Chain: products along the path", "[graph]")
{
    GraphSpec s;
    const int p = s.person(u"张三"_qs), a = s.enterprise(u"甲"_qs), b = s.enterprise(u"乙"_qs),
              c = s.enterprise(u"丙"_qs);
    s.hold(p, a, 60);
    s.hold(a, b, 50);
    s.hold(b, c, 80);
    checkAgainstInverse(s, c);
    std::vector<NodeId> id;
    const auto g = s.build(id);
    BeneficialOwners bo(*g);
    const auto r = bo.analyse(id[size_t(c)]);
    // 0.6 × 0.5 × 0.8 = 0.24 < 25 %. 乙 holds 80 % of 丙, but 甲's 50 % of 乙 is no majority: P's block
    // of 乙 (through 甲, which P controls) is the largest, 50 % ahead of nobody: relative control.
    REQUIRE(r.ultimateHolders.size() == 1);
    CHECK(r.ultimateHolders[0].share == Approx(0.24));
    CHECK(r.controller.node == id[size_t(p)]);
    CHECK(r.controller.reason == ControlAnalysis::Reason::Relative);
    CHECK(r.controller.votingShare == Approx(0.5));
    CHECK(r.controller.level == id[size_t(b)]);
    BeneficialOwners::Basis basis {};
    CHECK(ownerShare(r, id[size_t(p)], &basis) == Approx(0.24));
    CHECK(basis == BeneficialOwners::Basis::Control);
    REQUIRE_FALSE(r.controller.chains.empty());
    CHECK(r.controller.chains[0].nodes.front() == id[size_t(p)]);
    CHECK(r.controller.chains[0].nodes.back() == id[size_t(c)]);
    CHECK(r.cycles.empty());
}

TEST_CASE("Diamond: domain.md's 26 % example", "[graph]")
{
    GraphSpec s;
    const int a = s.person(u"甲"_qs), b = s.enterprise(u"B"_qs), c = s.enterprise(u"C"_qs),
              d = s.enterprise(u"D"_qs);
    s.hold(a, b, 40);
    s.hold(b, d, 50);
    s.hold(a, c, 30);
    s.hold(c, d, 20);
    checkAgainstInverse(s, d);
    std::vector<NodeId> id;
    const auto g = s.build(id);
    ShareSolver solver(*g);
    CHECK(solver.solve(id[size_t(d)], ShareSolver::Direction::Up).shareOf(id[size_t(a)]) == Approx(0.26));
    BeneficialOwners bo(*g);
    BeneficialOwners::Basis basis {};
    CHECK(ownerShare(bo.analyse(id[size_t(d)]), id[size_t(a)], &basis) == Approx(0.26));
    CHECK(basis == BeneficialOwners::Basis::Ownership);
}

TEST_CASE("Two-company cycle: solved exactly, reported, owners sum to one", "[graph]")
{
    GraphSpec s;
    const int p = s.person(u"P"_qs), q = s.person(u"Q"_qs), a = s.enterprise(u"A"_qs),
              b = s.enterprise(u"B"_qs);
    s.hold(a, b, 9);
    s.hold(b, a, 12);
    s.hold(p, a, 88);
    s.hold(q, b, 91);
    checkAgainstInverse(s, a);
    checkAgainstInverse(s, b);
    std::vector<NodeId> id;
    const auto g = s.build(id);
    BeneficialOwners bo(*g);
    const auto r = bo.analyse(id[size_t(a)]);
    REQUIRE(r.cycles.size() == 1);
    CHECK(r.cycles[0].size() == 2);
    // The series of the cycle, summed independently: 0.88 / (1 − 0.09 × 0.12).
    const auto col = dj::test::seriesColumn(s, a);
    CHECK(col[size_t(p)] == Approx(0.88 / (1 - 0.0108)).margin(1e-12));
    double sum = 0;
    for (const auto& h : r.ultimateHolders)
        sum += h.share;
    CHECK(sum == Approx(1.0).margin(1e-12));
    CHECK(ownerShare(r, id[size_t(p)]) == Approx(col[size_t(p)]).margin(1e-12));
}

TEST_CASE("Three-company cycle and cross-holdings", "[graph]")
{
    GraphSpec s;
    const int a = s.enterprise(u"A"_qs), b = s.enterprise(u"B"_qs), c = s.enterprise(u"C"_qs);
    const int x = s.person(u"X"_qs), y = s.person(u"Y"_qs), z = s.person(u"Z"_qs), st = s.other(u"国资委"_qs);
    s.hold(a, b, 20); // A → B → C → A
    s.hold(b, c, 15);
    s.hold(c, a, 10);
    s.hold(x, a, 90);
    s.hold(y, b, 80);
    s.hold(z, c, 45);
    s.hold(st, c, 40);
    // a cross-holding outside the ring, holding into it
    const int d = s.enterprise(u"D"_qs), e = s.enterprise(u"E"_qs);
    s.hold(d, e, 30);
    s.hold(e, d, 25);
    s.hold(d, a, 0.5);
    s.hold(x, d, 75);
    s.hold(y, e, 70);
    for (int t : { a, b, c, d, e })
        checkAgainstInverse(s, t);
    std::vector<NodeId> id;
    const auto g = s.build(id);
    ShareSolver solver(*g);
    const auto r = solver.solve(id[size_t(c)], ShareSolver::Direction::Up);
    CHECK(r.cycles.size() == 2);
    const auto col = dj::test::seriesColumn(s, c);
    for (int n : { x, y, z, st })
        CHECK(r.shareOf(id[size_t(n)]) == Approx(col[size_t(n)]).margin(1e-12));
}

TEST_CASE("The 25 % boundary", "[graph]")
{
    GraphSpec s;
    const int t = s.enterprise(u"T"_qs);
    const int p1 = s.person(u"一"_qs), p2 = s.person(u"二"_qs), p3 = s.person(u"三"_qs);
    const int h = s.enterprise(u"H"_qs);
    s.hold(p1, t, 25); // exactly 25 % directly
    s.hold(h, t, 50);
    s.hold(p2, h, 49.98); // 24.99 % through H
    s.hold(p3, h, 50.02); // 25.01 % through H, and controls H, which holds 50 % of T (not > 50 %)
    s.hold(p2, t, 25);
    std::vector<NodeId> id;
    const auto g = s.build(id);
    BeneficialOwners bo(*g);
    const auto r = bo.analyse(id[size_t(t)]);
    const auto inv = dj::test::integratedOwnership(s);
    BeneficialOwners::Basis basis {};
    CHECK(ownerShare(r, id[size_t(p1)], &basis) == Approx(0.25));
    CHECK(basis == BeneficialOwners::Basis::Ownership);
    CHECK(ownerShare(r, id[size_t(p3)], &basis) == Approx(inv[size_t(p3)][size_t(t)]));
    CHECK(basis == BeneficialOwners::Basis::Ownership);
    // p2: 25 % direct + 24.99 % through H = 49.99 %
    CHECK(ownerShare(r, id[size_t(p2)]) == Approx(inv[size_t(p2)][size_t(t)]));
    CHECK(inv[size_t(p2)][size_t(t)] == Approx(0.4999));

    GraphSpec below;
    const int t2 = below.enterprise(u"T2"_qs);
    const int q1 = below.person(u"甲"_qs), q2 = below.person(u"乙"_qs), q3 = below.person(u"丙"_qs),
              q4 = below.person(u"丁"_qs), q5 = below.person(u"戊"_qs);
    below.hold(q1, t2, 24.99);
    below.hold(q2, t2, 24.99);
    below.hold(q3, t2, 24.99);
    below.hold(q4, t2, 24.99);
    below.hold(q5, t2, 0.04);
    below.roles.push_back({ t2, q5, u"法定代表人"_qs });
    const auto g2 = below.build(id);
    BeneficialOwners bo2(*g2);
    const auto r2 = bo2.analyse(id[size_t(t2)]);
    REQUIRE(r2.owners.size() == 1);
    CHECK(r2.owners[0].node == id[size_t(q5)]);
    CHECK(r2.owners[0].basis == BeneficialOwners::Basis::SeniorManager);
}

TEST_CASE("A 20-level chain, and the depth limit of penetration", "[graph]")
{
    GraphSpec s;
    const int top = s.person(u"顶"_qs);
    int prev = top;
    std::vector<int> chain;
    for (int i = 0; i < 20; ++i) {
        const int e = s.enterprise(QStringLiteral("L%1").arg(i));
        s.hold(prev, e, 90);
        if (i > 0)
            s.hold(s.person(QStringLiteral("小股东%1").arg(i)), e, 10);
        chain.push_back(e);
        prev = e;
    }
    checkAgainstInverse(s, chain.back());
    std::vector<NodeId> id;
    const auto g = s.build(id);
    BeneficialOwners bo(*g);
    const auto r = bo.analyse(id[size_t(chain.back())]);
    BeneficialOwners::Basis basis {};
    // 0.9^20 = 12.16 % economically, below 25 %: a beneficial owner by control along the majority chain
    CHECK(ownerShare(r, id[size_t(top)], &basis) == Approx(std::pow(0.9, 20)));
    CHECK(basis == BeneficialOwners::Basis::Control);
    CHECK(r.controller.node == id[size_t(top)]);
    CHECK(r.controller.reason == ControlAnalysis::Reason::Absolute);
    REQUIRE(r.controller.chains.size() == 1);
    CHECK(r.controller.chains[0].nodes.size() == 21);

    Penetration pen(*g);
    const auto full = pen.run(id[size_t(chain.back())], ShareSolver::Direction::Up);
    const auto cut = pen.run(id[size_t(chain.back())], ShareSolver::Direction::Up, 5);
    int maxLevel = 0, more = 0;
    for (const auto& e : cut.entries) {
        maxLevel = std::max(maxLevel, e.level);
        more += e.more ? 1 : 0;
    }
    CHECK(maxLevel == 5);
    CHECK(more == 1);
    // Through-share of the top person in the full tree is the product of its path.
    bool found = false;
    for (const auto& e : full.entries) {
        if (e.node == id[size_t(top)]) {
            found = true;
            CHECK(e.level == 20);
            CHECK(e.through == Approx(std::pow(0.9, 20)));
            CHECK(e.total == Approx(std::pow(0.9, 20)));
        }
    }
    CHECK(found);
}

TEST_CASE("Penetration: through-shares multiply along each path, totals sum over paths", "[graph]")
{
    GraphSpec s;
    const int a = s.person(u"A"_qs), b = s.enterprise(u"B"_qs), c = s.enterprise(u"C"_qs),
              d = s.enterprise(u"D"_qs), e = s.enterprise(u"E"_qs);
    s.hold(a, b, 40);
    s.hold(b, d, 50);
    s.hold(a, c, 30);
    s.hold(c, d, 20);
    s.hold(d, e, 70);
    s.hold(e, b, 5); // a cycle B → D → E → B
    std::vector<NodeId> id;
    const auto g = s.build(id);
    const auto inv = dj::test::integratedOwnership(s);
    Penetration pen(*g);
    const auto down = pen.run(id[size_t(a)], ShareSolver::Direction::Down);
    CHECK_FALSE(down.cycles.empty());
    bool sawCycle = false;
    for (const auto& en : down.entries) {
        double product = 1;
        for (qint32 i = qint32(&en - down.entries.data()); down.entries[size_t(i)].parent >= 0;
             i = down.entries[size_t(i)].parent)
            product *= down.entries[size_t(i)].direct;
        CHECK(en.through == Approx(product));
        int spec = -1;
        for (size_t k = 0; k < id.size(); ++k)
            if (id[k] == en.node)
                spec = int(k);
        CHECK(en.total == Approx(inv[size_t(a)][size_t(spec)]).margin(1e-12));
        sawCycle = sawCycle || en.cycle;
    }
    CHECK(sawCycle);
}

TEST_CASE("Random graphs with cycles agree with the dense inverse", "[graph]")
{
    std::mt19937 rng(7);
    for (int round = 0; round < 40; ++round) {
        GraphSpec s;
        const int persons = 6, firms = 14;
        for (int i = 0; i < persons; ++i)
            s.person(QStringLiteral("p%1").arg(i));
        for (int i = 0; i < firms; ++i)
            s.enterprise(QStringLiteral("f%1").arg(i));
        for (int f = persons; f < persons + firms; ++f) {
            double left = 100;
            const int holders = 1 + int(rng() % 4);
            for (int h = 0; h < holders && left > 1; ++h) {
                // the last part always to a person: no ring closed at 100 % (a singular system)
                const int who = h + 1 == holders ? int(rng() % unsigned(persons))
                                                 : int(rng() % unsigned(persons + firms));
                if (who == f)
                    continue;
                const double pct
                    = h + 1 == holders ? left : std::round(left * (0.2 + 0.6 * (rng() % 100) / 100.0));
                bool dup = false;
                for (const auto& sh : s.shares)
                    dup = dup || (sh.holder == who && sh.investee == f);
                if (dup || pct <= 0)
                    continue;
                s.hold(who, f, pct);
                left -= pct;
            }
        }
        std::vector<NodeId> id;
        const auto g = s.build(id);
        const auto inv = dj::test::integratedOwnership(s);
        ShareSolver solver(*g);
        for (int t = persons; t < persons + firms; ++t) {
            const auto up = solver.solve(id[size_t(t)], ShareSolver::Direction::Up);
            for (int n = 0; n < persons + firms; ++n) {
                INFO("round " << round << " t " << t << " n " << n);
                CHECK(up.shareOf(id[size_t(n)]) == Approx(inv[size_t(n)][size_t(t)]).margin(1e-11));
            }
        }
    }
}

TEST_CASE("Senior-manager fallback takes 法定代表人, else 总经理, else 执行事务合伙人", "[graph]")
{
    GraphSpec s;
    const int t = s.enterprise(u"分散持股公司"_qs, 50000000);
    std::vector<int> ps;
    for (int i = 0; i < 5; ++i) {
        ps.push_back(s.person(QStringLiteral("股东%1").arg(i)));
        s.hold(ps.back(), t, 20);
    }
    const int rep = s.person(u"法代"_qs), gm = s.person(u"总经理甲"_qs);
    s.roles.push_back({ t, gm, u"总经理"_qs });
    s.roles.push_back({ t, rep, u"法定代表人"_qs });
    s.roles.push_back({ t, rep, u"董事长"_qs });
    std::vector<NodeId> id;
    auto g = s.build(id);
    auto r = BeneficialOwners(*g).analyse(id[size_t(t)]);
    REQUIRE(r.owners.size() == 1);
    CHECK(r.owners[0].node == id[size_t(rep)]);
    CHECK(r.owners[0].basis == BeneficialOwners::Basis::SeniorManager);
    CHECK(r.owners[0].role == u"法定代表人"_qs);
    CHECK(r.controller.node == kNoNode);
    CHECK(r.controller.reason == ControlAnalysis::Reason::None);
    CHECK_FALSE(r.exemptionPossible); // capital 5,000万 > 1,000万

    s.roles.erase(s.roles.begin() + 1, s.roles.end()); // no 法定代表人 left
    g = s.build(id);
    r = BeneficialOwners(*g).analyse(id[size_t(t)]);
    REQUIRE(r.owners.size() == 1);
    CHECK(r.owners[0].node == id[size_t(gm)]);
    CHECK(r.owners[0].role == u"总经理"_qs);

    s.roles = { { t, ps[2], u"执行事务合伙人"_qs } };
    s.nodes[size_t(t)].capital = 5000000;
    g = s.build(id);
    r = BeneficialOwners(*g).analyse(id[size_t(t)]);
    REQUIRE(r.owners.size() == 1);
    CHECK(r.owners[0].node == id[size_t(ps[2])]);
    CHECK(r.owners[0].share == Approx(0.2));
    CHECK(r.exemptionPossible); // 500万, natural persons only
}
