// dianjing-cli ubo and graph … on a hand-built cache, checked against the independent solver.
#include "tests/core/graph/graphspec.h"
#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using dj::test::GraphSpec;
using dj::test::runCli;

namespace {

struct CliFixture
{
    // Each test case runs as its own process under ctest -j: a folder of its own.
    QTemporaryDir dir;
    GraphSpec s;
    QString path;
    int p = 0, q = 0, a = 0, b = 0, c = 0, gm = 0, st = 0, lone = 0;

    CliFixture()
    {
        p = s.person(u"张伟"_qs);
        q = s.person(u"李娜"_qs);
        gm = s.person(u"王经理"_qs);
        st = s.other(u"某市国资委"_qs);
        a = s.enterprise(u"盐城恒达控股集团有限公司"_qs, 1e8);
        b = s.enterprise(u"盐城恒达科技有限公司"_qs, 5e6);
        c = s.enterprise(u"盐城恒达贸易有限公司"_qs, 5e6);
        lone = s.enterprise(u"无股东公司"_qs, 1e6);
        s.hold(p, a, 70);
        s.hold(st, a, 20);
        s.hold(b, a, 10); // cycle A ⇄ B
        s.hold(a, b, 60);
        s.hold(q, b, 40);
        s.hold(a, c, 30);
        s.hold(b, c, 25);
        s.hold(q, c, 45);
        s.roles.push_back({ lone, gm, u"总经理"_qs });
        s.roles.push_back({ c, gm, u"法定代表人"_qs });
        s.roles.push_back({ b, gm, u"监事"_qs });
        s.trades.push_back({ c, lone, u"invoice"_qs, 2e5 });
        path = dir.filePath(u"graph-cli-test.djcache"_qs);
        s.writeCache(path);
    }
    QString uscc(int i) const { return s.nodes[size_t(i)].key; }
};

QByteArray digest(const QString& file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("ubo: shares, bases, controller and cycles as cli.md says", "[graph][cli]")
{
    CliFixture f;
    const auto inv = dj::test::integratedOwnership(f.s);
    const auto r = runCli({ u"ubo"_qs, u"--db"_qs, f.path, f.uscc(f.c) });
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o.value(u"uscc"_qs).toString() == f.uscc(f.c));
    CHECK(o.value(u"cycles"_qs).toBool());
    const QJsonArray owners = o.value(u"owners"_qs).toArray();
    // Q: 45 % + 40 % of B's 25 % (and B's part of A's 30 % through the cycle) — from the inverse
    QHash<QString, QJsonObject> byId;
    for (const auto& v : owners)
        byId.insert(v.toObject().value(u"id"_qs).toString(), v.toObject());
    for (int who : { f.p, f.q }) {
        const QString id = f.s.nodes[size_t(who)].key;
        INFO(id.toStdString());
        const double expected = inv[size_t(who)][size_t(f.c)];
        if (expected >= 0.25) {
            REQUIRE(byId.contains(id));
            CHECK(byId[id].value(u"share"_qs).toDouble() == Approx(expected).margin(1e-9));
            CHECK(byId[id].value(u"basis"_qs).toString() == u"ownership"_qs);
            CHECK(byId[id].value(u"kind"_qs).toString() == u"person"_qs);
        }
    }
    // every ultimate holder's share from the inverse; they sum to one
    double sum = 0;
    for (const auto& v : o.value(u"holders"_qs).toArray()) {
        const QJsonObject h = v.toObject();
        int idx = -1;
        for (size_t i = 0; i < f.s.nodes.size(); ++i)
            if (f.s.nodes[i].key == h.value(u"id"_qs).toString())
                idx = int(i);
        REQUIRE(idx >= 0);
        CHECK(h.value(u"share"_qs).toDouble() == Approx(inv[size_t(idx)][size_t(f.c)]).margin(1e-9));
        sum += h.value(u"share"_qs).toDouble();
    }
    CHECK(sum == Approx(1.0).margin(1e-9));
    // control: A (via P's 70 %) holds 30 % and controls B (60 %) with 25 %: 55 % → P controls C
    const QJsonObject ctl = o.value(u"controller"_qs).toObject();
    CHECK(ctl.value(u"id"_qs).toString() == f.s.nodes[size_t(f.p)].key);
    CHECK(ctl.value(u"reason"_qs).toString() == u"绝对控股"_qs);
    CHECK(ctl.value(u"share"_qs).toDouble() == Approx(0.55));
    CHECK(ctl.value(u"economic_share"_qs).toDouble() == Approx(inv[size_t(f.p)][size_t(f.c)]).margin(1e-9));
    CHECK_FALSE(ctl.value(u"chains"_qs).toArray().isEmpty());

    SECTION("senior manager when nobody qualifies; the small-firm note")
    {
        const auto lone = runCli({ u"ubo"_qs, u"--db"_qs, f.path, f.uscc(f.lone) });
        REQUIRE(lone.exitCode == 0);
        const QJsonArray ow = lone.json().value(u"owners"_qs).toArray();
        REQUIRE(ow.size() == 1);
        CHECK(ow[0].toObject().value(u"basis"_qs).toString() == u"senior_manager"_qs);
        CHECK(ow[0].toObject().value(u"name"_qs).toString() == u"王经理"_qs);
        CHECK_FALSE(lone.json().value(u"cycles"_qs).toBool());
    }
}

TEST_CASE("graph up/down/controller/group/path", "[graph][cli]")
{
    CliFixture f;
    const auto inv = dj::test::integratedOwnership(f.s);
    const auto up
        = runCli({ u"graph"_qs, u"up"_qs, u"--db"_qs, f.path, f.uscc(f.c), u"--depth"_qs, u"2"_qs });
    REQUIRE(up.exitCode == 0);
    const QJsonArray nodes = up.json().value(u"nodes"_qs).toArray();
    REQUIRE(!nodes.isEmpty());
    for (const auto& v : nodes) {
        const QJsonObject n = v.toObject();
        CHECK(n.value(u"level"_qs).toInt() <= 2);
        const qint64 parent = n.value(u"parent"_qs).toInteger();
        if (parent >= 0) {
            const QJsonObject par = nodes[parent].toObject();
            CHECK(n.value(u"through"_qs).toDouble()
                == Approx(par.value(u"through"_qs).toDouble() * n.value(u"direct"_qs).toDouble()));
        }
    }
    const auto down = runCli({ u"graph"_qs, u"down"_qs, u"--db"_qs, f.path, f.uscc(f.a) });
    REQUIRE(down.exitCode == 0);
    bool sawCycle = false;
    for (const auto& v : down.json().value(u"nodes"_qs).toArray()) {
        const QJsonObject n = v.toObject();
        sawCycle = sawCycle || n.value(u"cycle"_qs).toBool();
        if (n.value(u"id"_qs).toString() == f.uscc(f.c))
            CHECK(n.value(u"total"_qs).toDouble() == Approx(inv[size_t(f.a)][size_t(f.c)]).margin(1e-9));
    }
    CHECK(sawCycle);
    CHECK(down.json().value(u"cycles"_qs).toArray().size() == 1);

    const auto ctl = runCli({ u"graph"_qs, u"controller"_qs, u"--db"_qs, f.path, f.uscc(f.b) });
    REQUIRE(ctl.exitCode == 0);
    CHECK(ctl.json().value(u"controller"_qs).toObject().value(u"id"_qs).toString()
        == f.s.nodes[size_t(f.p)].key);

    const auto grp = runCli({ u"graph"_qs, u"group"_qs, u"--db"_qs, f.path, f.uscc(f.c) });
    REQUIRE(grp.exitCode == 0);
    const QJsonObject g = grp.json();
    CHECK(g.value(u"head"_qs).toObject().value(u"id"_qs).toString() == f.s.nodes[size_t(f.p)].key);
    QStringList members;
    for (const auto& v : g.value(u"members"_qs).toArray())
        members << v.toObject().value(u"id"_qs).toString();
    members.sort();
    QStringList expected;
    for (const int m : dj::test::controlledBy(f.s, f.p))
        expected << f.uscc(m);
    expected.sort();
    CHECK(members == expected);
    // writeCache: revenue 1,000 × (index + 1) per enterprise
    double revenue = 0;
    for (const int m : dj::test::controlledBy(f.s, f.p))
        revenue += 1000.0 * (m + 1);
    CHECK(g.value(u"revenue"_qs).toDouble() == Approx(revenue));

    const auto path = runCli({ u"graph"_qs, u"path"_qs, u"--db"_qs, f.path, f.uscc(f.b), f.uscc(f.lone) });
    REQUIRE(path.exitCode == 0);
    const QJsonObject pj = path.json();
    // B – 王经理 (监事) – 无股东公司 (总经理) and B – C (25 %) – 无股东公司 (invoice): both length 2
    CHECK(pj.value(u"length"_qs).toInt() == 2);
    const auto all = dj::test::allPaths(f.s, f.b, f.lone, 2);
    CHECK(pj.value(u"paths"_qs).toArray().size() == qsizetype(all.size()));
}

TEST_CASE("graph CLI: not found, bad input and a non-cache are refused and change nothing", "[graph][cli]")
{
    CliFixture f;
    const QByteArray before = digest(f.path);
    const auto missing = runCli({ u"ubo"_qs, u"--db"_qs, f.path, u"91320000MA0000000X"_qs });
    CHECK(missing.exitCode == 1);
    CHECK(QString::fromUtf8(missing.err).contains(u"not found"_qs));
    CHECK(missing.out.isEmpty());
    for (const QString& sub : { u"up"_qs, u"down"_qs, u"controller"_qs, u"group"_qs }) {
        const auto r = runCli({ u"graph"_qs, sub, u"--db"_qs, f.path,
            QString(QChar(1)) + QChar(0xff) + u"乱码'; DROP TABLE x;--"_qs });
        CHECK(r.exitCode == 1);
    }
    CHECK(runCli({ u"graph"_qs, u"path"_qs, u"--db"_qs, f.path, f.uscc(f.a), u"nobody"_qs }).exitCode == 1);
    CHECK(runCli({ u"graph"_qs, u"up"_qs, u"--db"_qs, f.path, f.uscc(f.a), u"--depth"_qs, u"-3"_qs }).exitCode
        == 2);
    CHECK(runCli({ u"graph"_qs, u"path"_qs, u"--db"_qs, f.path, f.uscc(f.a) }).exitCode == 2);
    CHECK(runCli({ u"ubo"_qs, f.uscc(f.a) }).exitCode == 2);
    CHECK(digest(f.path) == before);

    const QString text = f.dir.filePath(u"not-a-cache.txt"_qs);
    {
        QFile t(text);
        REQUIRE(t.open(QIODevice::WriteOnly));
        t.write("not a cache\n");
    }
    const auto bad = runCli({ u"ubo"_qs, u"--db"_qs, text, f.uscc(f.a) });
    CHECK(bad.exitCode == 1);
    QFile t(text);
    REQUIRE(t.open(QIODevice::ReadOnly));
    CHECK(t.readAll() == "not a cache\n");
    t.close();
    const auto absent = runCli({ u"ubo"_qs, u"--db"_qs, f.dir.filePath(u"absent.djcache"_qs), f.uscc(f.a) });
    CHECK(absent.exitCode == 1);
    CHECK_FALSE(QFile::exists(f.dir.filePath(u"absent.djcache"_qs)));
}
