// Built-in rule names and alert titles follow the reader's language (stored as a key + untranslated
// arguments, older rows fall back to their text, and the dedupe of alerts is untouched); evidence values are
// formatted for people (万元, percentages, dates); the supply network as handed to the map (flows towards
// the chain master, width by amount, colour by risk, tier filter) — all against hand-built bundles.
#include "core/risk/alertinbox.h"
#include "core/risk/evidence.h"
#include "core/risk/monitor.h"
#include "core/risk/networkflows.h"
#include "core/risk/riskrules.h"
#include "core/risk/supplynetwork.h"
#include "core/risk/watchlist.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "tests/core/risk/riskfixture.h"
#include "tests/support/testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTranslator>
#include <catch2/catch.hpp>
#include <cmath>

using namespace Qt::StringLiterals;
using dj::test::runCli;

namespace {

const QString R = u"91320900MA1RRRRR0R"_s, A = u"91320900MA1AAAAA0A"_s, B = u"91320900MA1BBBBB0B"_s,
              C = u"91320900MA1CCCCC0C"_s, D = u"91320900MA1DDDDD0D"_s;

QString makeCache(const QTemporaryDir& dir)
{
    const QString bundle = dir.filePath(u"bundle"_s);
    REQUIRE(QDir().mkpath(bundle));
    dj::test::writeCsv(bundle + u"/enterprises.csv"_s,
        { u"uscc"_s, u"name"_s, u"status"_s, u"region_code"_s },
        { { R, u"盐城链主集团有限公司"_s, u"存续"_s, u"320902"_s },
            { A, u"甲供应有限公司"_s, u"存续"_s, u"320902"_s },
            { B, u"乙供应有限公司"_s, u"存续"_s, u"320903"_s },
            { C, u"丙配件有限公司"_s, u"存续"_s, u"320904"_s },
            { D, u"丁客户有限公司"_s, u"存续"_s, u"320902"_s } });
    // A → R 1,000,000 and B → R 4,000,000 (tier 1), C → A 250,000 (tier 2), R → D 2,000,000 (customer)
    dj::test::writeCsv(bundle + u"/relations.csv"_s,
        { u"from_uscc"_s, u"to_uscc"_s, u"kind"_s, u"year"_s, u"amount"_s },
        { { A, R, u"供应"_s, u"2024"_s, u"1000000"_s }, { B, R, u"供应"_s, u"2024"_s, u"4000000"_s },
            { C, A, u"供应"_s, u"2024"_s, u"250000"_s }, { R, D, u"供应"_s, u"2024"_s, u"2000000"_s } });
    dj::test::writeCsv(bundle + u"/risks.csv"_s,
        { u"uscc"_s, u"kind"_s, u"date"_s, u"amount"_s, u"authority"_s, u"detail"_s, u"status"_s },
        { { B, u"失信被执行人"_s, u"2024-03-01"_s, u"100000"_s, u"法院"_s, u"x"_s, u"有效"_s },
            { D, u"行政处罚"_s, u"2024-05-01"_s, u"5000"_s, u"市监局"_s, u"y"_s, u"有效"_s } });
    const QString db = dir.filePath(u"t.djcache"_s);
    REQUIRE(runCli({ u"import"_s, u"--db"_s, db, bundle }).exitCode == 0);
    return db;
}

// Loads the risk module's Chinese catalogue while alive.
struct Chinese
{
    QTranslator t;
    Chinese()
    {
        REQUIRE(t.load(u":/i18n/risk_zh_CN.qm"_s));
        REQUIRE(QCoreApplication::installTranslator(&t));
    }
    ~Chinese() { QCoreApplication::removeTranslator(&t); }
};

} // namespace

TEST_CASE("alert titles and built-in rule names follow the language, the dedupe holds")
{
    QTemporaryDir dir;
    const QString path = makeCache(dir);
    dj::store::Database db = dj::store::Cache::open(path, dj::store::Cache::Access::ReadWrite);
    dj::risk::WatchList(db).add(u"测试"_s, QStringList { A });
    qint64 statusRule = 0;
    {
        Chinese zh;
        dj::risk::Monitor(db).run(); // writes the built-in rules and records the first state
        for (const auto& r : dj::risk::RuleStore(db).list())
            if (r.nameKey == u"status_change") {
                statusRule = r.id;
                CHECK(r.displayName() == r.name); // written in the language of the first run
                CHECK(r.name != u"Registration status changed");
            }
        REQUIRE(statusRule > 0);
        db.exec("UPDATE enterprises SET status = '注销' WHERE uscc = '91320900MA1AAAAA0A'");
        const auto run = dj::risk::Monitor(db).run();
        REQUIRE(run.raised.size() == 1);
        CHECK(run.raised[0].title.contains(u"登记状态"_s));
    }
    // English now: the same alert reads in English, its stored text stays Chinese
    auto alerts = dj::risk::AlertInbox(db).list();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].title.contains(u"登记状态"_s));
    CHECK(alerts[0].displayTitle() == u"甲供应有限公司: registration status 存续 → 注销"_s);
    CHECK(alerts[0].displayRuleName() == u"Registration status changed");
    for (const auto& r : dj::risk::RuleStore(db).list())
        if (r.id == statusRule)
            CHECK(r.displayName() == u"Registration status changed");
    // the same change seen again in the other language (the recorded state put back to before the change)
    // raises nothing new: alerts are unique per rule, enterprise and change, whatever the title's language
    db.exec("UPDATE risk_snapshots SET state = replace(state, '\"status\":\"注销\"', '\"status\":\"存续\"')");
    CHECK(db.scalarInt("SELECT count(*) FROM risk_snapshots WHERE uscc = '91320900MA1AAAAA0A' AND state LIKE "
                       "'%\"status\":\"存续\"%'")
        == 1);
    CHECK(dj::risk::Monitor(db).run().raised.empty());
    {
        Chinese zh;
        CHECK(dj::risk::AlertInbox(db).list()[0].displayTitle() == u"甲供应有限公司：登记状态 存续 → 注销"_s);
        CHECK(dj::risk::Monitor(db).run().raised.empty());
    }
    CHECK(db.scalarInt("SELECT count(*) FROM risk_alerts") == 1);

    // a user's own rule keeps its text in every language; renaming a built-in rule drops its key
    dj::risk::RuleStore rules(db);
    auto list = rules.list();
    auto renamed = list.front();
    renamed.name = u"我的规则"_s;
    renamed.nameKey.clear();
    rules.save(renamed);
    {
        Chinese zh;
        CHECK(rules.list().front().displayName() == u"我的规则");
    }
    CHECK(rules.list().front().displayName() == u"我的规则");

    // an alert raised before titles had keys shows its stored text
    db.exec("UPDATE risk_alerts SET title_key = '', title_args = '', rule_key = ''");
    alerts = dj::risk::AlertInbox(db).list();
    CHECK(alerts[0].displayTitle() == alerts[0].title);
    CHECK(alerts[0].displayRuleName() == alerts[0].ruleName);
}

TEST_CASE("rules written before names had keys get the key of the built-in rule they still are")
{
    QTemporaryDir dir;
    const QString path = makeCache(dir);
    dj::store::Database db = dj::store::Cache::open(path, dj::store::Cache::Access::ReadWrite);
    dj::risk::RuleStore(db).ensureDefaults();
    // as an older version left them: no keys, one renamed, one with its condition changed
    db.exec("UPDATE risk_rules SET name_key = ''");
    db.exec("UPDATE risk_rules SET name = '我的税收规则' WHERE name = 'Tax falls 30 %'");
    db.exec(
        "UPDATE risk_rules SET condition = '{\"kind\":\"ownership_change\"}', name = 'Invoice trend break' "
        "WHERE name = 'Invoice trend break'");
    db.exec("DELETE FROM meta WHERE key = 'risk_rules_keyed'");
    const qint64 before = db.scalarInt("SELECT count(*) FROM risk_rules");
    dj::risk::RuleStore rules(db);
    rules.ensureDefaults();
    CHECK(db.scalarInt("SELECT count(*) FROM risk_rules") == before);
    int keyed = 0;
    for (const auto& r : rules.list()) {
        if (r.name == u"我的税收规则" || r.name == u"Invoice trend break")
            CHECK(r.nameKey.isEmpty());
        else {
            CHECK_FALSE(r.nameKey.isEmpty());
            ++keyed;
        }
    }
    CHECK(keyed == before - 2);
}

TEST_CASE("evidence values are shown in 万元, percentages and dates")
{
    using dj::risk::Evidence;
    const QJsonArray rows { QJsonObject { { u"revenue"_s, 12345600.0 }, { u"year"_s, 2024 } },
        QJsonObject {
            { u"share_pct"_s, 12.5 }, { u"date"_s, u"2024-03-05T00:00:00"_s }, { u"amount"_s, 500000 } } };
    const auto t = Evidence::table(rows);
    REQUIRE(t.keys == QStringList { u"revenue"_s, u"year"_s, u"amount"_s, u"date"_s, u"share_pct"_s });
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0][0] == u"1,234.56"); // 12,345,600 yuan = 1,234.56 万元
    CHECK(t.rows[0][1] == u"2024");
    CHECK(t.rows[0][2].isEmpty());
    CHECK(t.rows[1][2] == u"50.00");
    CHECK(t.rows[1][3] == u"2024-03-05");
    CHECK(t.rows[1][4] == u"12.50 %");
    CHECK(t.headers[0].contains(u"10k yuan"_s));
    CHECK(Evidence::text(rows).startsWith(u"Revenue (10k yuan): 1,234.56; Year: 2024"_s));
}

TEST_CASE("the supply network handed to the map: flows toward the master, width by amount, risk colour")
{
    QTemporaryDir dir;
    const QString path = makeCache(dir);
    const dj::store::Database db = dj::store::Cache::open(path, dj::store::Cache::Access::ReadOnly);
    const auto network = dj::risk::SupplyNetwork(db).build(R, 3, 0);
    // positions by hand; C has none
    const QHash<QString, QPointF> at { { R, { 120.1, 33.3 } }, { A, { 120.0, 33.5 } }, { B, { 120.4, 33.2 } },
        { D, { 119.8, 33.1 } } };
    auto position = [&](const QString& u) -> std::optional<QPointF> {
        return at.contains(u) ? std::optional<QPointF>(at[u]) : std::nullopt;
    };
    using F = dj::risk::NetworkFlows;
    const auto r = F::build(network, position);
    CHECK(r.unplaced == QStringList { C });
    REQUIRE(r.nodes.size() == 4);
    CHECK(r.nodes[0].uscc == R);
    CHECK(r.nodes[0].tier == 0);
    REQUIRE(r.flows.size() == 3); // C → A has no start
    QHash<QString, F::Flow> byPair;
    for (const auto& f : r.flows)
        byPair.insert(f.from + u'>' + f.to, f);
    REQUIRE(byPair.contains(A + u'>' + R));
    REQUIRE(byPair.contains(B + u'>' + R));
    REQUIRE(byPair.contains(R + u'>' + D)); // goods go from the master to its customer
    const double largest = 4000000;
    const std::vector<std::pair<QString, double>> expected { { A + u'>' + R, 1000000.0 },
        { B + u'>' + R, 4000000.0 }, { R + u'>' + D, 2000000.0 } };
    for (const auto& [key, amount] : expected) {
        const auto& f = byPair[key];
        CHECK(f.amount == Approx(amount));
        CHECK(f.width == Approx(F::kMinWidth + (F::kMaxWidth - F::kMinWidth) * std::sqrt(amount / largest)));
        CHECK(f.fromLonLat == at[f.from]);
        CHECK(f.toLonLat == at[f.to]);
    }
    CHECK(byPair[B + u'>' + R].risk == F::Risk::Serious); // 失信被执行人
    CHECK(byPair[R + u'>' + D].risk == F::Risk::Current); // 行政处罚 only
    CHECK(byPair[A + u'>' + R].risk == F::Risk::None);
    CHECK(r.bounds == QRectF(QPointF(119.8, 33.1), QPointF(120.4, 33.5)));

    // with C placed, tier 2 shows up, and the tier filter hides it again
    auto everywhere = [&](const QString& u) -> std::optional<QPointF> {
        return u == C ? std::optional<QPointF>(QPointF(119.9, 33.6)) : position(u);
    };
    const auto all = F::build(network, everywhere);
    CHECK(all.flows.size() == 4);
    CHECK(all.unplaced.isEmpty());
    const auto tier1 = F::build(network, everywhere, 1);
    CHECK(tier1.flows.size() == 3);
    CHECK(tier1.nodes.size() == 4);
    const auto suppliersOnly = F::build(network, everywhere, 0, true, false);
    CHECK(suppliersOnly.flows.size() == 3);
    for (const auto& f : suppliersOnly.flows)
        CHECK(f.side == dj::risk::SupplyNetwork::Side::Supplier);
}
