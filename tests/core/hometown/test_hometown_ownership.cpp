// 受益所有人/实际控制人 as a hometown role, on a hand-built ownership fixture whose expected owners and
// controllers are worked out by hand below (products along paths, summed over paths; the 25 % rule, the
// majority-control rule and the senior-manager fallback of domain.md), never by calling core/graph.
#include "core/hometown/hometowndata.h"
#include "core/hometown/hometownengine.h"
#include "core/store/cache.h"
#include "core/store/transaction.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using dj::test::runCli;
namespace h = dj::hometown;

namespace {

struct OwnershipFixture
{
    QTemporaryDir dir;
    QString path;

    // Enterprises, all registered in 上海市浦东新区 (310115).
    static QString uscc(char c) { return u"91310115TSTOWN000"_s + QLatin1Char(c); }

    OwnershipFixture()
    {
        path = dir.filePath(u"ownership.djcache"_s);
        dj::store::Database db = dj::store::Cache::createFresh(path);
        dj::store::Transaction tx(db);
        auto ent = db.prepare("INSERT INTO enterprises(uscc, name, status, region_code, registered_capital) "
                              "VALUES (?1, ?2, '存续', '310115', 5e7)");
        const std::map<char, QString> names { { 'H', u"恒安控股有限公司"_s }, { '1', u"恒安科技有限公司"_s },
            { 'G', u"望江投资有限公司"_s }, { '2', u"望江材料有限公司"_s }, { '3', u"众合服务有限公司"_s },
            { '4', u"京北贸易有限公司"_s } };
        for (const auto& [c, name] : names) {
            ent.bind(1, uscc(c)).bind(2, name);
            ent.run();
            ent.reset();
        }
        // Persons: P1–P5 born in 合肥市瑶海区 (340102), P6 in 北京市东城区 (110101).
        auto per = db.prepare("INSERT INTO persons(person_id, name, id_masked, birthplace_code, birth_year) "
                              "VALUES (?1, ?2, ?3, ?4, 1970)");
        const QList<QStringList> persons { { u"P1"_s, u"张一"_s, u"340102"_s },
            { u"P2"_s, u"李二"_s, u"340102"_s }, { u"P3"_s, u"王三"_s, u"340102"_s },
            { u"P4"_s, u"赵四"_s, u"340102"_s }, { u"P5"_s, u"钱五"_s, u"340102"_s },
            { u"P6"_s, u"孙六"_s, u"110101"_s } };
        for (const QStringList& p : persons) {
            per.bind(1, p[0]).bind(2, p[1]).bind(3, p[2] + u"********001X"_s).bind(4, p[2]);
            per.run();
            per.reset();
        }
        auto sh = db.prepare("INSERT INTO shareholdings(investee_uscc, holder_kind, holder_id, holder_name, "
                             "share_pct) VALUES (?1, ?2, ?3, ?4, ?5)");
        const auto hold = [&sh](const QString& kind, const QString& id, const QString& investee, double pct) {
            sh.bind(1, investee).bind(2, kind).bind(3, id).bind(4, id).bind(5, pct);
            sh.run();
            sh.reset();
        };
        // H: P1 60 %, P2 30 %, a state body 10 %.   T1: H 90 %, P5 10 %.
        hold(u"person"_s, u"P1"_s, uscc('H'), 60);
        hold(u"person"_s, u"P2"_s, uscc('H'), 30);
        hold(u"other"_s, u"某区国资委"_s, uscc('H'), 10);
        hold(u"enterprise"_s, uscc('H'), uscc('1'), 90);
        hold(u"person"_s, u"P5"_s, uscc('1'), 10);
        // G: P3 40 %, a fund 60 %.   T2: P3 20 %, G 20 %, another fund 60 %.
        hold(u"person"_s, u"P3"_s, uscc('G'), 40);
        hold(u"other"_s, u"某基金甲"_s, uscc('G'), 60);
        hold(u"person"_s, u"P3"_s, uscc('2'), 20);
        hold(u"enterprise"_s, uscc('G'), uscc('2'), 20);
        hold(u"other"_s, u"某基金乙"_s, uscc('2'), 60);
        // T3: five bodies of 20 % each (nobody reaches 25 %, no block reaches 30 %); P4 is its 法定代表人.
        for (int i = 0; i < 5; ++i)
            hold(u"other"_s, u"合伙人%1"_s.arg(i), uscc('3'), 20);
        // T4: P6 (not from the origin) 100 %.
        hold(u"person"_s, u"P6"_s, uscc('4'), 100);
        auto role = db.prepare("INSERT INTO roles(uscc, person_id, role) VALUES (?1, 'P4', '法定代表人')");
        role.bind(1, uscc('3'));
        role.run();
        tx.commit();
    }
};

// What the rules give, worked out by hand:
//   P1: H 60 % (owner, controls H by majority), T1 0.6 × 0.9 = 54 % (owner; controls T1 through H)
//   P2: H 30 % (owner), T1 0.3 × 0.9 = 27 % (owner)
//   P3: G 40 % (owner), T2 20 % + 0.4 × 20 % = 28 % (owner, though the direct share is only 20 %)
//   P4: T3 (nobody qualifies by ownership or control: the 法定代表人 is the 受益所有人)
//   P5: T1 10 % only — not an owner.  P6: not from the origin.
struct Expected
{
    QString uscc;
    bool owner, controller;
    double ultimate; // percent; < 0 when not checked
};
const std::map<QString, std::vector<Expected>>& expected()
{
    static const std::map<QString, std::vector<Expected>> e {
        { u"P1"_s,
            { { OwnershipFixture::uscc('H'), true, true, 60 },
                { OwnershipFixture::uscc('1'), true, true, 54 } } },
        { u"P2"_s,
            { { OwnershipFixture::uscc('H'), true, false, 30 },
                { OwnershipFixture::uscc('1'), true, false, 27 } } },
        { u"P3"_s,
            { { OwnershipFixture::uscc('G'), true, false, 40 },
                { OwnershipFixture::uscc('2'), true, false, 28 } } },
        { u"P4"_s, { { OwnershipFixture::uscc('3'), true, false, -1 } } },
    };
    return e;
}

} // namespace

TEST_CASE("hometown 受益所有人/实际控制人: the CLI finds owners through intermediate companies",
    "[hometown][graph]")
{
    OwnershipFixture f;
    const auto r = runCli({ u"hometown"_s, u"--db"_s, f.path, u"--origin"_s, u"3401"_s, u"--target"_s,
        u"31"_s, u"--roles"_s, u"ubo"_s });
    REQUIRE(r.exitCode == 0);
    std::map<QString, std::map<QString, QJsonObject>> got;
    for (const QJsonValue& p : r.json().value(u"persons"_s).toArray())
        for (const QJsonValue& e : p[u"enterprises"_s].toArray())
            got[p[u"person_id"_s].toString()][e[u"uscc"_s].toString()] = e.toObject();
    std::set<QString> gotPersons, wantPersons;
    for (const auto& [p, _] : got)
        gotPersons.insert(p);
    for (const auto& [p, _] : expected())
        wantPersons.insert(p);
    CHECK(gotPersons == wantPersons); // P5 (10 %) and P6 (another origin) are not there
    for (const auto& [person, list] : expected()) {
        CAPTURE(person);
        REQUIRE(got[person].size() == list.size());
        for (const Expected& x : list) {
            CAPTURE(x.uscc);
            REQUIRE(got[person].count(x.uscc) == 1);
            const QJsonObject e = got[person][x.uscc];
            const QStringList roles = e[u"roles"_s].toVariant().toStringList();
            CHECK(roles.contains(u"受益所有人"_s) == x.owner);
            CHECK(roles.contains(u"实际控制人"_s) == x.controller);
            if (x.ultimate >= 0)
                CHECK(e[u"ultimate_share"_s].toDouble() == Approx(x.ultimate).margin(1e-9));
        }
    }
    // Only 实际控制人: P1 with H and T1.
    const auto ctl = runCli({ u"hometown"_s, u"--db"_s, f.path, u"--origin"_s, u"3401"_s, u"--target"_s,
        u"all"_s, u"--roles"_s, u"实际控制人"_s });
    REQUIRE(ctl.exitCode == 0);
    const QJsonArray persons = ctl.json().value(u"persons"_s).toArray();
    REQUIRE(persons.size() == 1);
    CHECK(persons[0][u"person_id"_s].toString() == u"P1"_s);
    CHECK(persons[0][u"enterprises"_s].toArray().size() == 2);
    // Registered roles alone (股东) do not reach T1 for P1, who holds it only through H.
    const auto share = runCli({ u"hometown"_s, u"--db"_s, f.path, u"--origin"_s, u"3401"_s, u"--target"_s,
        u"31"_s, u"--roles"_s, u"股东"_s });
    REQUIRE(share.exitCode == 0);
    for (const QJsonValue& p : share.json().value(u"persons"_s).toArray())
        if (p[u"person_id"_s].toString() == u"P1"_s)
            for (const QJsonValue& e : p[u"enterprises"_s].toArray())
                CHECK(e[u"uscc"_s].toString() != OwnershipFixture::uscc('1'));
    // An unknown role is refused by name.
    const auto bad = runCli({ u"hometown"_s, u"--db"_s, f.path, u"--origin"_s, u"3401"_s, u"--target"_s,
        u"31"_s, u"--roles"_s, u"大股东"_s });
    CHECK(bad.exitCode == 1);
    CHECK(QString::fromUtf8(bad.err).contains(u"大股东"_s));
}

TEST_CASE("hometown 受益所有人/实际控制人: the panel's whole-cache copy agrees", "[hometown][graph]")
{
    OwnershipFixture f;
    const dj::store::Database db = dj::store::Cache::open(f.path, dj::store::Cache::Access::ReadOnly);
    const auto all = h::HometownData::loadAll(db);
    h::Query q;
    q.origins = { u"3401"_s };
    q.targets = { u"31"_s };
    q.roles = h::kOwnershipRoles;
    const h::Result result = h::HometownEngine::run(*all, q);
    std::map<QString, std::map<QString, h::EnterpriseHit>> got;
    for (const h::PersonHit& p : result.persons)
        for (const h::EnterpriseHit& e : p.enterprises)
            got[p.personId][e.uscc] = e;
    REQUIRE(got.size() == expected().size());
    for (const auto& [person, list] : expected()) {
        CAPTURE(person);
        REQUIRE(got[person].size() == list.size());
        for (const Expected& x : list) {
            CAPTURE(x.uscc);
            REQUIRE(got[person].count(x.uscc) == 1);
            const h::EnterpriseHit& e = got[person][x.uscc];
            CHECK(e.roles.contains(u"受益所有人"_s) == x.owner);
            CHECK(e.roles.contains(u"实际控制人"_s) == x.controller);
            if (x.ultimate >= 0) {
                REQUIRE(e.ultimateShare.has_value());
                CHECK(*e.ultimateShare == Approx(x.ultimate).margin(1e-9));
                // The ultimate share weighs the enterprise's money like a direct share would.
                CHECK(e.factor >= x.ultimate / 100.0 - 1e-12);
            }
        }
    }
}
