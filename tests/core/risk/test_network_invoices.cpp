// risk network and risk invoices (dianjing-cli) against an independent computation from the exported demo
// bundle's relations.csv and invoices.csv, and a hand-built bundle for trend breaks and related parties.
#include "tests/core/risk/riskfixture.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using dj::test::readCsv;
using dj::test::runCli;

namespace {

struct Link
{
    std::map<int, double> yearly, invoiced;
    double amount() const
    {
        if (!yearly.empty())
            return yearly.rbegin()->second;
        return invoiced.empty() ? 0 : invoiced.rbegin()->second;
    }
};

// from → to supply links from the two CSVs: supplies[to][from] and sells[from][to]
struct Trade
{
    std::map<QString, std::map<QString, Link>> suppliersOf, customersOf;

    explicit Trade(const QString& dir)
    {
        for (const auto& r : readCsv(dir + u"/relations.csv"_s)) {
            if (r[u"kind"_s] != u"供应")
                continue;
            const QString from = r[u"from_uscc"_s], to = r[u"to_uscc"_s];
            if (from == to)
                continue;
            Link& a = suppliersOf[to][from];
            Link& b = customersOf[from][to];
            if (!r[u"amount"_s].isEmpty()) {
                a.yearly[r[u"year"_s].toInt()] += r[u"amount"_s].toDouble();
                b.yearly[r[u"year"_s].toInt()] += r[u"amount"_s].toDouble();
            }
        }
        for (const auto& r : readCsv(dir + u"/invoices.csv"_s)) {
            const QString s = r[u"seller_uscc"_s], b = r[u"buyer_uscc"_s];
            if (s == b)
                continue;
            const int year = r[u"month"_s].left(4).toInt();
            suppliersOf[b][s].invoiced[year] += r[u"amount"_s].toDouble();
            customersOf[s][b].invoiced[year] += r[u"amount"_s].toDouble();
        }
    }
};

struct Expected
{
    int tier;
    QString parent;
    double amount;
    double share;
    QStringList path;
};

std::map<QString, Expected> bfs(
    const std::map<QString, std::map<QString, Link>>& adj, const QString& root, int tiers)
{
    std::map<QString, Expected> out;
    QSet<QString> seen { root };
    std::map<QString, QStringList> paths { { root, { root } } };
    QStringList frontier { root };
    for (int t = 1; t <= tiers; ++t) {
        std::map<QString, std::pair<QString, double>> best;
        for (const QString& f : frontier) {
            const auto it = adj.find(f);
            if (it == adj.end())
                continue;
            for (const auto& [n, l] : it->second) {
                if (seen.contains(n))
                    continue;
                const double a = l.amount();
                auto b = best.find(n);
                if (b == best.end() || a > b->second.second || (a == b->second.second && f < b->second.first))
                    best[n] = { f, a };
            }
        }
        std::map<QString, double> parentTotal;
        for (const auto& [n, pa] : best)
            parentTotal[pa.first] += pa.second;
        frontier.clear();
        for (const auto& [n, pa] : best) {
            seen.insert(n);
            paths[n] = paths[pa.first] + QStringList { n };
            const double total = parentTotal[pa.first];
            out[n] = Expected { t, pa.first, pa.second, total > 0 ? pa.second / total : 0, paths[n] };
            frontier << n;
        }
    }
    return out;
}

void checkMembers(const QJsonArray& got, const std::map<QString, Expected>& want)
{
    REQUIRE(size_t(got.size()) == want.size());
    for (const auto& v : got) {
        const QJsonObject m = v.toObject();
        const QString u = m[u"uscc"_s].toString();
        INFO(u.toStdString());
        const auto it = want.find(u);
        REQUIRE(it != want.end());
        CHECK(m[u"tier"_s].toInt() == it->second.tier);
        CHECK(m[u"parent"_s].toString() == it->second.parent);
        CHECK(m[u"amount"_s].toDouble() == Approx(it->second.amount).margin(0.01));
        CHECK(m[u"share"_s].toDouble() == Approx(it->second.share).margin(1e-6));
        QStringList path;
        for (const auto& p : m[u"path"_s].toArray())
            path << p.toString();
        CHECK(path == it->second.path);
    }
}

struct SideStats
{
    std::vector<double> monthly;
    std::vector<qint64> counts;
    double total = 0, cv = 0, top1 = 0, top5 = 0, hhi = 0, churn = 0;
    qint64 count = 0;
    int empty = 0, lost = 0, added = 0;
};

int monthNo(const QString& m)
{
    return m.left(4).toInt() * 12 + m.mid(5, 2).toInt() - 1;
}

/// The figures of one side from the CSV rows, over the months [first, last].
SideStats sideStats(const QList<std::tuple<QString, int, qint64, double>>& rows, int first, int last)
{
    SideStats s;
    const int n = last - first + 1;
    s.monthly.assign(size_t(n), 0);
    s.counts.assign(size_t(n), 0);
    std::map<QString, double> by;
    QSet<QString> inL, inP;
    const int lFrom = std::max(first, last - 11), pFrom = std::max(first, lFrom - 12);
    for (const auto& [other, month, count, amount] : rows) {
        s.monthly[size_t(month - first)] += amount;
        s.counts[size_t(month - first)] += count;
        s.total += amount;
        s.count += count;
        by[other] += amount;
        if (month >= lFrom)
            inL.insert(other);
        else if (month >= pFrom)
            inP.insert(other);
    }
    const double mean = s.total / n;
    double var = 0;
    for (int i = 0; i < n; ++i) {
        var += std::pow(s.monthly[size_t(i)] - mean, 2);
        if (s.counts[size_t(i)] == 0 && s.monthly[size_t(i)] == 0)
            ++s.empty;
    }
    s.cv = mean > 0 ? std::sqrt(var / n) / mean : 0;
    std::vector<double> shares;
    for (const auto& [k, a] : by)
        shares.push_back(a / s.total);
    std::sort(shares.rbegin(), shares.rend());
    for (size_t i = 0; i < shares.size(); ++i) {
        if (i == 0)
            s.top1 = shares[i];
        if (i < 5)
            s.top5 += shares[i];
        s.hhi += shares[i] * shares[i];
    }
    for (const auto& u : inP)
        if (!inL.contains(u))
            ++s.lost;
    for (const auto& u : inL)
        if (!inP.contains(u))
            ++s.added;
    s.churn = inP.isEmpty() ? 0 : double(s.lost) / inP.size();
    return s;
}

void checkSide(const QJsonObject& got, const SideStats& want)
{
    CHECK(got[u"total"_s].toDouble() == Approx(want.total).margin(0.02));
    CHECK(got[u"count"_s].toInteger() == want.count);
    CHECK(got[u"cv"_s].toDouble() == Approx(want.cv).margin(2e-6));
    CHECK(got[u"empty_months"_s].toInt() == want.empty);
    CHECK(got[u"top1"_s].toDouble() == Approx(want.top1).margin(2e-6));
    CHECK(got[u"top5"_s].toDouble() == Approx(want.top5).margin(2e-6));
    CHECK(got[u"hhi"_s].toDouble() == Approx(want.hhi).margin(2e-6));
    CHECK(got[u"churn"_s].toDouble() == Approx(want.churn).margin(2e-6));
    CHECK(got[u"counterparties_lost"_s].toInt() == want.lost);
    CHECK(got[u"counterparties_new"_s].toInt() == want.added);
    const QJsonArray monthly = got[u"monthly"_s].toArray();
    REQUIRE(size_t(monthly.size()) == want.monthly.size());
    for (qsizetype i = 0; i < monthly.size(); ++i) {
        CHECK(monthly[i].toObject()[u"amount"_s].toDouble() == Approx(want.monthly[size_t(i)]).margin(0.02));
        CHECK(monthly[i].toObject()[u"count"_s].toInteger() == want.counts[size_t(i)]);
    }
}

struct DemoFixture
{
    QTemporaryDir dir;
    QString db, bundle;
    DemoFixture()
    {
        db = dir.filePath(u"demo.djcache"_s);
        bundle = dir.filePath(u"bundle"_s);
        dj::test::demoBundle(db, bundle, 20000);
    }
};

} // namespace

TEST_CASE("risk network agrees with a breadth-first search over the bundle's relations and invoices")
{
    DemoFixture f;
    const Trade trade(f.bundle);
    // the chain master with the most direct suppliers, and one with customers too
    QString root;
    size_t most = 0;
    for (const auto& [to, from] : trade.suppliersOf)
        if (from.size() > most && trade.customersOf.count(to)) {
            most = from.size();
            root = to;
        }
    REQUIRE(most >= 5);
    for (const int tiers : { 1, 3 }) {
        INFO("tiers " << tiers);
        const auto r = runCli(
            { u"risk"_s, u"network"_s, u"--db"_s, f.db, root, u"--tiers"_s, QString::number(tiers) });
        REQUIRE(r.exitCode == 0);
        const QJsonObject j = r.json();
        CHECK(j[u"root"_s].toObject()[u"uscc"_s].toString() == root);
        checkMembers(j[u"suppliers"_s].toArray(), bfs(trade.suppliersOf, root, tiers));
        checkMembers(j[u"customers"_s].toArray(), bfs(trade.customersOf, root, tiers));
    }
    // rivals and partners: relations of kind 竞争 / 合作 either way
    QSet<QString> rivals, partners;
    for (const auto& r : readCsv(f.bundle + u"/relations.csv"_s)) {
        const QString a = r[u"from_uscc"_s], b = r[u"to_uscc"_s];
        if (a != root && b != root)
            continue;
        if (r[u"kind"_s] == u"竞争")
            rivals.insert(a == root ? b : a);
        if (r[u"kind"_s] == u"合作")
            partners.insert(a == root ? b : a);
    }
    const QJsonObject j = runCli({ u"risk"_s, u"network"_s, u"--db"_s, f.db, root }).json();
    QSet<QString> gotRivals, gotPartners;
    for (const auto& v : j[u"rivals"_s].toArray())
        gotRivals.insert(v.toObject()[u"uscc"_s].toString());
    for (const auto& v : j[u"partners"_s].toArray())
        gotPartners.insert(v.toObject()[u"uscc"_s].toString());
    CHECK(gotRivals == rivals);
    CHECK(gotPartners == partners);
    // a tier-3 member's path is made of real supply links
    for (const auto& v : j[u"suppliers"_s].toArray()) {
        const QJsonArray path = v.toObject()[u"path"_s].toArray();
        for (qsizetype i = 1; i < path.size(); ++i)
            CHECK(trade.suppliersOf.at(path[i - 1].toString()).count(path[i].toString()) == 1);
    }
}

TEST_CASE("risk invoices agrees with the monthly figures computed from invoices.csv")
{
    DemoFixture f;
    const auto rows = readCsv(f.bundle + u"/invoices.csv"_s);
    std::map<QString, QList<std::tuple<QString, int, qint64, double>>> sold, bought;
    for (const auto& r : rows) {
        const QString s = r[u"seller_uscc"_s], b = r[u"buyer_uscc"_s];
        const int m = monthNo(r[u"month"_s]);
        sold[s].append({ b, m, r[u"invoice_count"_s].toLongLong(), r[u"amount"_s].toDouble() });
        bought[b].append({ s, m, r[u"invoice_count"_s].toLongLong(), r[u"amount"_s].toDouble() });
    }
    // enterprises with both sides, and one with only purchases
    QStringList picks;
    for (const auto& [u, list] : sold)
        if (bought.count(u) && picks.size() < 3)
            picks << u;
    for (const auto& [u, list] : bought)
        if (!sold.count(u)) {
            picks << u;
            break;
        }
    REQUIRE(picks.size() == 4);
    for (const QString& u : picks) {
        INFO(u.toStdString());
        int first = INT_MAX, last = -1;
        for (const auto* side : { &sold, &bought })
            if (side->count(u))
                for (const auto& t : side->at(u)) {
                    first = std::min(first, std::get<1>(t));
                    last = std::max(last, std::get<1>(t));
                }
        const auto r = runCli({ u"risk"_s, u"invoices"_s, u"--db"_s, f.db, u });
        REQUIRE(r.exitCode == 0);
        const QJsonObject j = r.json();
        CHECK(j[u"months"_s].toArray().size() == last - first + 1);
        checkSide(j[u"sales"_s].toObject(),
            sideStats(sold.count(u) ? sold.at(u) : decltype(sold)::mapped_type {}, first, last));
        checkSide(j[u"purchases"_s].toObject(),
            sideStats(bought.count(u) ? bought.at(u) : decltype(bought)::mapped_type {}, first, last));
    }
}

TEST_CASE("risk invoices finds the collapsed month and the related parties of a hand-built bundle")
{
    QTemporaryDir dir;
    const QString bundle = dir.filePath(u"bundle"_s);
    REQUIRE(QDir().mkpath(bundle));
    // A sells to B (unrelated), C (same 法定代表人 as A) and D (60 % held by A) for 24 months with a seasonal
    // pattern; sales to B collapse in 2024-05.
    const QString A = u"91320900MA1AAAAA0A"_s, B = u"91320900MA1BBBBB0B"_s, C = u"91320900MA1CCCCC0C"_s,
                  D = u"91320900MA1DDDDD0D"_s;
    const QStringList ent { u"uscc"_s, u"name"_s, u"status"_s, u"region_code"_s };
    dj::test::writeCsv(bundle + u"/enterprises.csv"_s, ent,
        { { A, u"盐城甲制造有限公司"_s, u"存续"_s, u"320902"_s },
            { B, u"盐城乙商贸有限公司"_s, u"存续"_s, u"320902"_s },
            { C, u"盐城丙贸易有限公司"_s, u"存续"_s, u"320902"_s },
            { D, u"盐城丁科技有限公司"_s, u"存续"_s, u"320902"_s } });
    dj::test::writeCsv(bundle + u"/persons.csv"_s, { u"person_id"_s, u"name"_s }, { { u"P1"_s, u"张三"_s } });
    dj::test::writeCsv(bundle + u"/roles.csv"_s, { u"uscc"_s, u"person_id"_s, u"role"_s },
        { { A, u"P1"_s, u"法定代表人"_s }, { C, u"P1"_s, u"法定代表人"_s } });
    dj::test::writeCsv(bundle + u"/shareholdings.csv"_s,
        { u"investee_uscc"_s, u"holder_kind"_s, u"holder_id"_s, u"holder_name"_s, u"share_pct"_s },
        { { D, u"enterprise"_s, A, u"盐城甲制造有限公司"_s, u"60"_s } });
    const double season[] = { 0.7, 0.55, 1.0, 1.0, 1.0, 1.05, 0.95, 0.95, 1.05, 1.05, 1.15, 1.5 };
    QList<QStringList> inv;
    for (int y = 2023; y <= 2024; ++y)
        for (int m = 1; m <= 12; ++m) {
            const QString month = u"%1-%2"_s.arg(y).arg(m, 2, 10, QChar(u'0'));
            const double b = (y == 2024 && m == 5) ? 100000 * season[m - 1] * 0.1 : 100000 * season[m - 1];
            inv << QStringList { A, B, month, u"3"_s, QString::number(b, 'f', 2) };
            inv << QStringList { A, C, month, u"1"_s, QString::number(20000 * season[m - 1], 'f', 2) };
            inv << QStringList { A, D, month, u"1"_s, QString::number(10000 * season[m - 1], 'f', 2) };
        }
    dj::test::writeCsv(bundle + u"/invoices.csv"_s,
        { u"seller_uscc"_s, u"buyer_uscc"_s, u"month"_s, u"invoice_count"_s, u"amount"_s }, inv);
    const QString db = dir.filePath(u"hand.djcache"_s);
    REQUIRE(runCli({ u"import"_s, u"--db"_s, db, bundle }).exitCode == 0);

    const auto r = runCli({ u"risk"_s, u"invoices"_s, u"--db"_s, db, A });
    REQUIRE(r.exitCode == 0);
    const QJsonObject j = r.json();
    const QJsonArray breaks = j[u"sales"_s].toObject()[u"breaks"_s].toArray();
    REQUIRE(breaks.size() == 1);
    CHECK(breaks[0].toObject()[u"month"_s].toString() == u"2024-05");
    // the month's sales: B at 10 % plus C and D unchanged = 40,000·s of the usual 130,000·s
    CHECK(breaks[0].toObject()[u"ratio"_s].toDouble() == Approx(40.0 / 130.0).margin(1e-6));
    CHECK(j[u"purchases"_s].toObject()[u"breaks"_s].toArray().isEmpty());
    QMap<QString, QString> related;
    for (const auto& v : j[u"related"_s].toArray())
        related.insert(v.toObject()[u"uscc"_s].toString(), v.toObject()[u"connection"_s].toString());
    CHECK(related.keys() == QStringList { C, D });
    CHECK(related.value(C).contains(u"张三"_s));
    CHECK(related.value(D).contains(u"60.00%"_s));
    // related share: (C + D) ÷ all sales
    double all = 0, rel = 0;
    for (const auto& row : inv) {
        all += row[4].toDouble();
        if (row[1] != B)
            rel += row[4].toDouble();
    }
    CHECK(j[u"related_share"_s].toDouble() == Approx(rel / all).margin(1e-6));
    // B's side: A is its only supplier, so top1 = 1 and HHI = 1
    const QJsonObject jb = runCli({ u"risk"_s, u"invoices"_s, u"--db"_s, db, B }).json();
    CHECK(jb[u"purchases"_s].toObject()[u"top1"_s].toDouble() == Approx(1.0));
    CHECK(jb[u"purchases"_s].toObject()[u"hhi"_s].toDouble() == Approx(1.0));
    CHECK(jb[u"related"_s].toArray().isEmpty());
}

TEST_CASE("risk network and invoices refuse bad input clearly")
{
    DemoFixture f;
    const auto unknown = runCli({ u"risk"_s, u"network"_s, u"--db"_s, f.db, u"91999999MA00000000"_s });
    CHECK(unknown.exitCode == 1);
    CHECK(QString::fromUtf8(unknown.err).contains(u"91999999MA00000000"_s));
    CHECK(runCli({ u"risk"_s, u"invoices"_s, u"--db"_s, f.db, u"nonsense"_s }).exitCode == 1);
    CHECK(runCli({ u"risk"_s, u"network"_s, u"--db"_s, f.db, u"x"_s, u"--tiers"_s, u"9"_s }).exitCode == 2);
    CHECK(runCli({ u"risk"_s, u"network"_s, u"--db"_s, f.db }).exitCode == 2);
    CHECK(
        runCli({ u"risk"_s, u"invoices"_s, u"--db"_s, f.dir.filePath(u"missing.djcache"_s), u"x"_s }).exitCode
        == 1);
    CHECK_FALSE(QFile::exists(f.dir.filePath(u"missing.djcache"_s)));
}
