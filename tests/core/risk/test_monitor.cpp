// The issue's "Done when": a cache imported from a bundle watches a chain master's network; importing a
// modified bundle (a new 失信被执行人 record at a tier-1 supplier, a customer's revenue halved, everything
// else unchanged) raises exactly those two alerts with their evidence, and running again raises none.
#include "tests/core/risk/riskfixture.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <map>

using namespace Qt::StringLiterals;
using dj::test::readCsv;
using dj::test::runCli;

namespace {

bool copyDir(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& f : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(from + u'/' + f, to + u'/' + f))
            return false;
    return true;
}

QStringList header(const QString& csv)
{
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QString line = QString::fromUtf8(f.readLine()).trimmed();
    if (line.startsWith(QChar(0xFEFF)))
        line.remove(0, 1);
    return line.split(u',');
}

void rewrite(const QString& csv, const dj::test::CsvRows& rows)
{
    const QStringList h = header(csv);
    QList<QStringList> out;
    for (const auto& r : rows) {
        QStringList cells;
        for (const QString& c : h)
            cells << r.value(c);
        out << cells;
    }
    dj::test::writeCsv(csv, h, out);
}

} // namespace

TEST_CASE("importing a modified bundle raises exactly the alerts its changes call for, once", "[slow]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(u"demo.djcache"_s), bundle = dir.filePath(u"bundle"_s);
    dj::test::demoBundle(demo, bundle, 20000);
    const QString db = dir.filePath(u"watched.djcache"_s);
    REQUIRE(runCli({ u"import"_s, u"--db"_s, db, bundle }).exitCode == 0);

    // the chain master with the most direct suppliers that also has customers (relations.csv)
    std::map<QString, QSet<QString>> suppliersOf, customersOf;
    for (const auto& r : readCsv(bundle + u"/relations.csv"_s))
        if (r[u"kind"_s] == u"供应" && r[u"from_uscc"_s] != r[u"to_uscc"_s]) {
            suppliersOf[r[u"to_uscc"_s]].insert(r[u"from_uscc"_s]);
            customersOf[r[u"from_uscc"_s]].insert(r[u"to_uscc"_s]);
        }
    QString root;
    for (const auto& [u, s] : suppliersOf)
        if (customersOf.count(u) && (root.isEmpty() || s.size() > suppliersOf[root].size()))
            root = u;
    REQUIRE(suppliersOf[root].size() >= 3);
    // every enterprise within two supply steps either way is watched with one role; keep the picks
    // unambiguous
    QSet<QString> near;
    for (const auto* m : { &suppliersOf, &customersOf })
        if (m->count(root))
            for (const QString& a : m->at(root)) {
                near.insert(a);
                for (const auto* m2 : { &suppliersOf, &customersOf })
                    if (m2->count(a))
                        near.unite(m2->at(a));
            }
    auto only = [&](const QSet<QString>& mine, const QSet<QString>& other) {
        QStringList out;
        for (const QString& u : mine)
            if (!other.contains(u) && u != root)
                out << u;
        std::sort(out.begin(), out.end());
        return out;
    };
    const QStringList tier1 = only(suppliersOf[root], customersOf[root]);
    const QStringList customers = only(customersOf[root], suppliersOf[root]);
    REQUIRE(tier1.size() >= 2);
    REQUIRE_FALSE(customers.isEmpty());
    const QString S = tier1[0], U = tier1[1];

    // the customer with a revenue figure: its latest year's row is halved
    const auto fin = readCsv(bundle + u"/financials.csv"_s);
    QString K;
    int kYear = 0;
    double kRevenue = 0;
    for (const QString& c : customers) {
        for (const auto& r : fin)
            if (r[u"uscc"_s] == c && !r[u"revenue"_s].isEmpty() && r[u"year"_s].toInt() > kYear) {
                kYear = r[u"year"_s].toInt();
                kRevenue = r[u"revenue"_s].toDouble();
            }
        if (kYear > 0) {
            K = c;
            break;
        }
    }
    REQUIRE_FALSE(K.isEmpty());
    REQUIRE(kRevenue > 0);

    const auto watched = runCli({ u"risk"_s, u"watch"_s, u"--db"_s, db, u"--list"_s, u"链主测试"_s,
        u"--network"_s, root, u"--tiers"_s, u"2"_s });
    REQUIRE(watched.exitCode == 0);
    QHash<QString, QJsonObject> entry;
    for (const auto& v : watched.json()[u"entries"_s].toArray())
        entry.insert(v[u"uscc"_s].toString(), v.toObject());
    REQUIRE(entry.value(S)[u"role"_s].toString() == u"supplier");
    REQUIRE(entry.value(S)[u"tier"_s].toInt() == 1);
    REQUIRE(entry.value(K)[u"role"_s].toString() == u"customer");
    REQUIRE(entry.contains(U));

    // nothing changed since watching: no alert
    const auto first = runCli({ u"risk"_s, u"run"_s, u"--db"_s, db });
    REQUIRE(first.exitCode == 0);
    CHECK(first.json()[u"alerts"_s].toArray().isEmpty());
    CHECK(first.json()[u"watched"_s].toInt() == entry.size());

    // the modified bundle
    const QString modified = dir.filePath(u"modified"_s);
    REQUIRE(copyDir(bundle, modified));
    auto risks = readCsv(modified + u"/risks.csv"_s);
    const QString detail = u"测试：未履行生效法律文书确定的义务"_s;
    QHash<QString, QString> row { { u"uscc"_s, S }, { u"kind"_s, u"失信被执行人"_s },
        { u"date"_s, u"2025-01-15"_s }, { u"amount"_s, u"500000"_s },
        { u"authority"_s, u"盐城市中级人民法院"_s }, { u"detail"_s, detail }, { u"status"_s, u"有效"_s } };
    risks.append(row);
    rewrite(modified + u"/risks.csv"_s, risks);
    auto fin2 = fin;
    for (auto& r : fin2)
        if (r[u"uscc"_s] == K && r[u"year"_s].toInt() == kYear)
            r[u"revenue"_s] = QString::number(kRevenue * 0.5, 'f', 2);
    rewrite(modified + u"/financials.csv"_s, fin2);

    const auto imported = runCli({ u"import"_s, u"--db"_s, db, modified });
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json()[u"risk_alerts"_s].toInt() == 2);

    const auto inbox = runCli({ u"risk"_s, u"alerts"_s, u"--db"_s, db, u"--unread"_s });
    REQUIRE(inbox.exitCode == 0);
    const QJsonArray alerts = inbox.json()[u"alerts"_s].toArray();
    REQUIRE(alerts.size() == 2);
    QHash<QString, QJsonObject> byUscc;
    for (const auto& v : alerts)
        byUscc.insert(v[u"uscc"_s].toString(), v.toObject());
    REQUIRE(byUscc.contains(S));
    REQUIRE(byUscc.contains(K));
    CHECK_FALSE(byUscc.contains(U));
    const QJsonObject s = byUscc[S];
    CHECK(s[u"severity"_s].toString() == u"high");
    CHECK(s[u"title"_s].toString().contains(u"失信被执行人"_s));
    const QJsonArray after = s[u"evidence"_s].toObject()[u"after"_s].toArray();
    REQUIRE(after.size() == 1);
    CHECK(after[0][u"detail"_s].toString() == detail);
    CHECK(after[0][u"date"_s].toString() == u"2025-01-15");
    CHECK(s[u"evidence"_s].toObject()[u"before"_s].toArray().isEmpty());
    CHECK(s[u"evidence"_s].toObject()[u"watch"_s].toArray()[0][u"tier"_s].toInt() == 1);
    const QJsonObject k = byUscc[K];
    const QJsonObject before = k[u"evidence"_s].toObject()[u"before"_s].toArray()[0].toObject();
    const QJsonObject now = k[u"evidence"_s].toObject()[u"after"_s].toArray()[0].toObject();
    CHECK(before[u"revenue"_s].toDouble() == Approx(kRevenue));
    CHECK(now[u"revenue"_s].toDouble() == Approx(kRevenue * 0.5).margin(0.01));
    CHECK(now[u"year"_s].toInt() == kYear);

    // again: the same changes never alert twice, whether by running or by importing the same bundle again
    const auto again = runCli({ u"risk"_s, u"run"_s, u"--db"_s, db });
    REQUIRE(again.exitCode == 0);
    CHECK(again.json()[u"alerts"_s].toArray().isEmpty());
    const auto reimported = runCli({ u"import"_s, u"--db"_s, db, modified });
    REQUIRE(reimported.exitCode == 0);
    CHECK(reimported.json()[u"risk_alerts"_s].toInt() == 0);
    CHECK(runCli({ u"risk"_s, u"alerts"_s, u"--db"_s, db }).json()[u"alerts"_s].toArray().size() == 2);

    // the inbox: read, assigned, noted, resolved
    const qint64 id = s[u"id"_s].toInteger();
    const auto changed = runCli({ u"risk"_s, u"alert"_s, u"--db"_s, db, QString::number(id), u"--read"_s,
        u"--assign"_s, u"王经理"_s, u"--note"_s, u"已电话核实"_s, u"--resolve"_s });
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.json()[u"assigned"_s].toString() == u"王经理");
    CHECK(changed.json()[u"note"_s].toString() == u"已电话核实");
    CHECK(changed.json()[u"resolved"_s].toBool());
    const QJsonArray unread
        = runCli({ u"risk"_s, u"alerts"_s, u"--db"_s, db, u"--unread"_s }).json()[u"alerts"_s].toArray();
    REQUIRE(unread.size() == 1);
    CHECK(unread[0][u"uscc"_s].toString() == K);
    CHECK(runCli({ u"risk"_s, u"alert"_s, u"--db"_s, db, u"99999"_s, u"--read"_s }).exitCode == 1);
}

TEST_CASE("rules are validated, kept in the cache and a bad rule changes nothing")
{
    QTemporaryDir dir;
    const QString bundle = dir.filePath(u"bundle"_s);
    REQUIRE(QDir().mkpath(bundle));
    dj::test::writeCsv(bundle + u"/enterprises.csv"_s,
        { u"uscc"_s, u"name"_s, u"status"_s, u"region_code"_s },
        { { u"91320900MA1AAAAA0A"_s, u"盐城甲制造有限公司"_s, u"存续"_s, u"320902"_s } });
    const QString db = dir.filePath(u"r.djcache"_s);
    REQUIRE(runCli({ u"import"_s, u"--db"_s, db, bundle }).exitCode == 0);
    const auto listed = runCli({ u"risk"_s, u"rules"_s, u"--db"_s, db });
    REQUIRE(listed.exitCode == 0);
    const qsizetype builtin = listed.json()[u"rules"_s].toArray().size();
    CHECK(builtin >= 6);
    auto add = [&](const QByteArray& json) {
        const QString f = dir.filePath(u"rule.json"_s);
        QFile file(f);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        return runCli({ u"risk"_s, u"rules"_s, u"--db"_s, db, u"--add"_s, f });
    };
    const QList<std::pair<QByteArray, QString>> bad {
        { R"({"name":"x","condition":{"kind":"explode"},"severity":"high"})", u"explode"_s },
        { R"({"name":"x","condition":{"kind":"metric_fall","metric":"revenue","percent":130}})",
            u"percent"_s },
        { R"({"name":"x","condition":{"kind":"new_risk","kinds":["火灾"]}})", u"火灾"_s },
        { R"({"name":"x","condition":{"kind":"new_risk"},"scope":{"roles":["boss"]}})", u"boss"_s },
        { R"({"name":"x","condition":{"kind":"new_risk"},"severity":"urgent"})", u"urgent"_s },
        { R"({"name":"","condition":{"kind":"new_risk"}})", u"name"_s },
        { R"({"name":"x","condition":{"kind":"new_risk"},"colour":"red"})", u"colour"_s },
        { "[1,2", u"JSON"_s },
    };
    for (const auto& [json, word] : bad) {
        INFO(json.toStdString());
        const auto r = add(json);
        CHECK(r.exitCode == 1);
        CHECK(QString::fromUtf8(r.err).contains(word));
    }
    CHECK(runCli({ u"risk"_s, u"rules"_s, u"--db"_s, db }).json()[u"rules"_s].toArray().size() == builtin);
    const auto ok
        = add(R"({"name":"客户税收下降","condition":{"kind":"metric_fall","metric":"tax","percent":40},
                           "scope":{"roles":["customer"],"max_tier":2},"severity":"low"})");
    REQUIRE(ok.exitCode == 0);
    const QJsonArray rules = ok.json()[u"rules"_s].toArray();
    REQUIRE(rules.size() == builtin + 1);
    const qint64 id = rules.last()[u"id"_s].toInteger();
    CHECK(rules.last()[u"scope"_s].toObject()[u"max_tier"_s].toInt() == 2);
    CHECK(runCli({ u"risk"_s, u"rules"_s, u"--db"_s, db, u"--disable"_s, QString::number(id) })
              .json()[u"rules"_s]
              .toArray()
              .last()[u"enabled"_s]
              .toBool()
        == false);
    CHECK(runCli({ u"risk"_s, u"rules"_s, u"--db"_s, db, u"--remove"_s, QString::number(id) })
              .json()[u"rules"_s]
              .toArray()
              .size()
        == builtin);
    // a deleted built-in rule stays deleted
    REQUIRE(runCli({ u"risk"_s, u"rules"_s, u"--db"_s, db, u"--remove"_s, u"1"_s }).exitCode == 0);
    CHECK(
        runCli({ u"risk"_s, u"rules"_s, u"--db"_s, db }).json()[u"rules"_s].toArray().size() == builtin - 1);
    CHECK(runCli({ u"risk"_s, u"rules"_s, u"--db"_s, db, u"--remove"_s, u"1"_s }).exitCode == 1);
    // watching an unknown enterprise adds nothing
    const auto w = runCli({ u"risk"_s, u"watch"_s, u"--db"_s, db, u"--list"_s, u"L"_s,
        u"91320900MA1AAAAA0A"_s, u"91999999MA0000000X"_s });
    CHECK(w.exitCode == 1);
    CHECK(runCli({ u"risk"_s, u"watch"_s, u"--db"_s, db }).json()[u"watched"_s].toInt() == 0);
}
