// The demo cache's groups and cycles: the engine against the independent solvers, fed by plain SQL.
#include "core/demo/demogenerator.h"
#include "core/graph/beneficialowners.h"
#include "core/graph/controlanalysis.h"
#include "core/graph/ownershipgraph.h"
#include "core/store/cache.h"
#include "tests/core/graph/graphspec.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
#include <map>
#include <random>

using namespace dj::graph;
using dj::test::GraphSpec;

namespace {

struct Holding
{
    QString kind, id;
    double pct;
};

/// shareholdings read with plain SQL: investee → holders, holder key → investees.
struct SqlOwnership
{
    QHash<QString, QList<Holding>> holders;
    QHash<QString, QList<QPair<QString, double>>> holdings; // "kind:id" → (investee, pct)

    explicit SqlOwnership(const dj::store::Database& db)
    {
        auto st = db.prepare("SELECT investee_uscc, holder_kind, holder_id, share_pct FROM shareholdings");
        while (st.step()) {
            const QString investee = st.columnText(0);
            Holding h { st.columnText(1), st.columnText(2), st.columnDouble(3) };
            holdings[h.kind + u':' + h.id].append({ investee, h.pct });
            holders[investee].append(std::move(h));
        }
    }

    /// The part above an enterprise as a GraphSpec (node 0 is the enterprise).
    GraphSpec above(const QString& uscc, QStringList& keys) const
    {
        GraphSpec s;
        QHash<QString, int> index;
        keys.clear();
        auto add = [&](const QString& kind, const QString& id) {
            const QString key = kind + u':' + id;
            auto it = index.find(key);
            if (it != index.end())
                return *it;
            s.nodes.push_back({ kind, id, id, -1 });
            keys << key;
            index.insert(key, int(s.nodes.size()) - 1);
            return int(s.nodes.size()) - 1;
        };
        add(u"enterprise"_qs, uscc);
        for (int i = 0; i < int(s.nodes.size()); ++i) {
            if (s.nodes[size_t(i)].kind != u"enterprise"_qs)
                continue;
            const QString id = s.nodes[size_t(i)].key;
            for (const Holding& h : holders.value(id)) {
                const int j = add(h.kind, h.id);
                s.hold(j, i, h.pct);
            }
        }
        return s;
    }

    /// The part below a holder as a GraphSpec (node 0 is the holder).
    GraphSpec below(const QString& kindId, QStringList& keys) const
    {
        GraphSpec s;
        QHash<QString, int> index;
        keys.clear();
        const qsizetype colon = kindId.indexOf(u':');
        s.nodes.push_back({ kindId.left(colon), kindId.mid(colon + 1), QString(), -1 });
        keys << kindId;
        index.insert(kindId, 0);
        for (int i = 0; i < int(s.nodes.size()); ++i) {
            for (const auto& [investee, pct] : holdings.value(keys[i])) {
                const QString key = u"enterprise:"_qs + investee;
                int j = index.value(key, -1);
                if (j < 0) {
                    s.nodes.push_back({ u"enterprise"_qs, investee, investee, -1 });
                    keys << key;
                    j = int(s.nodes.size()) - 1;
                    index.insert(key, j);
                }
                s.hold(i, j, pct);
            }
        }
        return s;
    }
};

QString keyOf(const OwnershipGraph& g, NodeId n)
{
    return OwnershipGraph::kindName(g.kind(n)) + u':' + g.key(n);
}

} // namespace

TEST_CASE(
    "Demo cache: several-level groups and cycles, solved as the independent solver does", "[graph][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"graph-demo-test.djcache"_qs);
    dj::demo::DemoOptions options;
    options.enterprises = 30000;
    dj::demo::DemoGenerator::generate(path, options);
    const dj::store::Database db = dj::store::Cache::open(path, dj::store::Cache::Access::ReadOnly);
    const SqlOwnership sql(db);
    const auto g = OwnershipGraph::build(db);

    // The graph holds every shareholding row.
    CHECK(g->shareholdingCount() == qsizetype(db.scalarInt("SELECT count(*) FROM shareholdings")));
    CHECK(g->enterpriseCount() == NodeId(db.scalarInt("SELECT count(*) FROM enterprises")));

    // Cycles (two and three firms) exist, by plain SQL joins.
    const qint64 twoCycles = db.scalarInt(
        "SELECT count(*) FROM shareholdings a JOIN shareholdings b ON a.holder_kind = 'enterprise' "
        "AND b.holder_kind = 'enterprise' AND a.holder_id = b.investee_uscc AND b.holder_id = "
        "a.investee_uscc");
    const qint64 threeCycles = db.scalarInt(
        "SELECT count(*) FROM shareholdings a JOIN shareholdings b ON b.holder_kind = 'enterprise' "
        "AND b.investee_uscc = a.holder_id JOIN shareholdings c ON c.holder_kind = 'enterprise' "
        "AND c.investee_uscc = b.holder_id AND c.holder_id = a.investee_uscc WHERE a.holder_kind = "
        "'enterprise' "
        "AND a.investee_uscc <> b.investee_uscc");
    CHECK(twoCycles >= 2);
    CHECK(threeCycles >= 3);

    // Enterprises with enterprise holders several levels up (groups several levels deep).
    std::function<int(const QString&, int)> height = [&](const QString& uscc, int guard) -> int {
        if (guard > 30)
            return 0;
        int best = 0;
        for (const Holding& h : sql.holders.value(uscc)) {
            if (h.kind == u"enterprise"_qs && h.pct > 50)
                best = std::max(best, 1 + height(h.id, guard + 1));
        }
        return best;
    };
    QStringList deep, cyclic, sample;
    std::mt19937 rng(3);
    auto st = db.prepare("SELECT uscc FROM enterprises");
    QStringList all;
    while (st.step())
        all << st.columnText(0);
    for (const QString& u : all) {
        const int h = height(u, 0);
        if (h >= 3)
            deep << u;
    }
    auto cyc = db.prepare("SELECT DISTINCT a.investee_uscc FROM shareholdings a JOIN shareholdings b ON "
                          "a.holder_kind = 'enterprise' AND b.holder_kind = 'enterprise' AND "
                          "b.investee_uscc = a.holder_id");
    while (cyc.step())
        cyclic << cyc.columnText(0);
    INFO("groups at least three majority levels deep: " << deep.size());
    CHECK(deep.size() >= 5);
    for (int i = 0; i < 150; ++i)
        sample << all[int(rng() % unsigned(all.size()))];
    sample << deep.mid(0, 40) << cyclic.mid(0, 40);

    BeneficialOwners bo(*g);
    ControlAnalysis control(*g);
    int withCycles = 0;
    for (const QString& uscc : sample) {
        INFO(uscc.toStdString());
        const auto root = g->enterprise(uscc);
        REQUIRE(root);
        QStringList keys;
        const GraphSpec spec = sql.above(uscc, keys);
        const auto inv = dj::test::integratedOwnership(spec);
        const auto r = bo.analyse(*root);
        withCycles += r.cycles.empty() ? 0 : 1;
        // every ultimate holder: no holders of its own in the SQL data
        int terminal = 0;
        for (int i = 1; i < int(spec.nodes.size()); ++i) {
            const bool isTerminal = spec.nodes[size_t(i)].kind != u"enterprise"_qs
                || sql.holders.value(spec.nodes[size_t(i)].key).isEmpty();
            if (isTerminal)
                ++terminal;
        }
        CHECK(int(r.ultimateHolders.size()) == terminal);
        for (const auto& h : r.ultimateHolders) {
            const int i = int(keys.indexOf(keyOf(*g, h.node)));
            REQUIRE(i > 0);
            CHECK(h.share == Approx(inv[size_t(i)][0]).margin(1e-9));
        }
        // majority controllers: the definition on the part above
        std::set<int> expected = dj::test::controllersOf(spec, 0);
        std::set<int> got;
        for (const NodeId n : control.majorityControllers(*root))
            got.insert(int(keys.indexOf(keyOf(*g, n))));
        CHECK(got == expected);

        // the local reader gives the same answer as the whole graph
        const auto local = OwnershipGraph::buildAround(db, { { uscc, true, false } });
        BeneficialOwners lbo(*local);
        const auto lr = lbo.analyse(*local->enterprise(uscc));
        REQUIRE(lr.owners.size() == r.owners.size());
        for (size_t i = 0; i < r.owners.size(); ++i) {
            CHECK(keyOf(*local, lr.owners[i].node) == keyOf(*g, r.owners[i].node));
            CHECK(lr.owners[i].share == Approx(r.owners[i].share).margin(1e-12));
        }
    }
    CHECK(withCycles >= 1);

    // Groups of the deep chains: members = the definition applied below the head.
    int checked = 0;
    for (const QString& uscc : deep.mid(0, 40)) {
        const auto grp = control.group(*g->enterprise(uscc));
        if (grp.reason != ControlAnalysis::Reason::Absolute)
            continue; // relative control adds the relatively controlled firm as a seed: not the bare
                      // definition
        QStringList keys;
        const GraphSpec spec = sql.below(keyOf(*g, grp.head), keys);
        std::set<QString> expected, got;
        for (const int m : dj::test::controlledBy(spec, 0))
            expected.insert(keys[m]);
        for (const auto& m : grp.members)
            got.insert(keyOf(*g, m.node));
        CHECK(got == expected);
        CHECK(got.count(u"enterprise:"_qs + uscc) == 1);
        CHECK(grp.members.size() >= 3);
        ++checked;
    }
    CHECK(checked >= 5);
}
