// Regional flows, indices, rankings and the formulas shown, against an independent computation from the
// exported bundle (bundlefixture.cpp), through the CLI.
#include "core/store/cache.h"
#include "core/store/regionalreads.h"
#include "tests/core/regional/bundlefixture.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace dj::test::regional;
using dj::test::runCli;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({ 1.0, std::abs(a), std::abs(b) });
}

QJsonObject cli(const QStringList& args)
{
    const auto r = runCli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.json();
}

Flows flowsOf(const QJsonObject& o)
{
    Flows f;
    for (const QString& kind : { u"enterprise"_s, u"person"_s, u"other"_s }) {
        for (const QJsonValue& v : o.value(kind).toArray()) {
            const QJsonObject c = v.toObject();
            Cell& cell = f[{ kind, c.value(u"from"_s).toString(), c.value(u"to"_s).toString() }];
            cell.count += c.value(u"count"_s).toInteger();
            cell.capital += c.value(u"capital"_s).toDouble();
        }
    }
    return f;
}

void requireSame(const Flows& got, const Flows& want)
{
    REQUIRE(got.size() == want.size());
    auto g = got.begin();
    for (auto w = want.begin(); w != want.end(); ++w, ++g) {
        INFO(std::get<0>(w->first) << " " << std::get<1>(w->first) << " → " << std::get<2>(w->first));
        REQUIRE(g->first == w->first);
        CHECK(g->second.count == w->second.count);
        CHECK(near(g->second.capital, w->second.capital));
    }
}

qint64 crossing(const Flows& f, const QString& kind)
{
    qint64 n = 0;
    for (const auto& [k, c] : f) {
        if (std::get<0>(k) == kind && std::get<1>(k) != std::get<2>(k))
            n += c.count;
    }
    return n;
}

// The province with the most enterprises, and its city with the most.
QPair<QString, QString> busiest(const Bundle& b)
{
    QHash<QString, int> prov, city;
    for (const Row& e : b.enterprises) {
        prov[e.value(u"region_code"_s).left(2)]++;
        city[e.value(u"region_code"_s).left(4)]++;
    }
    auto top = [](const QHash<QString, int>& m, const QString& prefix) {
        QString best;
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (it.key().startsWith(prefix) && (best.isEmpty() || it.value() > m[best]))
                best = it.key();
        }
        return best;
    };
    const QString p = top(prov, {});
    return { p, top(city, p) };
}

} // namespace

TEST_CASE("province flows equal the bundle's shareholdings summed by region", "[regional][cli]")
{
    const Bundle& b = bundle();
    const QJsonObject o = cli({ u"regional"_s, u"flows"_s, u"--db"_s, b.cache, u"--level"_s, u"province"_s });
    const Flows want = expectedFlows(b, 1, {});
    requireSame(flowsOf(o), want);
    // Non-trivial: enterprises invest across provinces, persons hold from their home provinces.
    CHECK(crossing(want, u"enterprise"_s) > 10);
    CHECK(crossing(want, u"person"_s) > 100);
    // Persons and other holders are rows of their own, never in the enterprise list.
    for (const QJsonValue& v : o.value(u"enterprise"_s).toArray())
        CHECK(v.toObject().value(u"from"_s).toString() != u"other"_s);
    for (const QJsonValue& v : o.value(u"other"_s).toArray())
        CHECK(v.toObject().value(u"from"_s).toString() == u"other"_s);
    CHECK(o.value(u"regions"_s).toArray().size() >= 25);
}

TEST_CASE("city flows within a province and county flows within a city", "[regional][cli]")
{
    const Bundle& b = bundle();
    const auto [prov, city] = busiest(b);
    const QJsonObject cities = cli(
        { u"regional"_s, u"flows"_s, u"--db"_s, b.cache, u"--level"_s, u"city"_s, u"--within"_s, prov });
    const Flows wantCities = expectedFlows(b, 2, prov);
    requireSame(flowsOf(cities), wantCities);
    for (const QJsonValue& r : cities.value(u"regions"_s).toArray())
        CHECK(r.toObject().value(u"code"_s).toString().startsWith(prov));

    const QJsonObject counties = cli(
        { u"regional"_s, u"flows"_s, u"--db"_s, b.cache, u"--level"_s, u"county"_s, u"--within"_s, city });
    requireSame(flowsOf(counties), expectedFlows(b, 3, city));
}

TEST_CASE("flows filtered by industry, holder kind and investee year", "[regional][cli]")
{
    const Bundle& b = bundle();
    const QJsonObject o
        = cli({ u"regional"_s, u"flows"_s, u"--db"_s, b.cache, u"--level"_s, u"province"_s, u"--industry"_s,
            u"c,F"_s, u"--holders"_s, u"enterprise,other"_s, u"--from"_s, u"2012"_s, u"--to"_s, u"2020"_s });
    Flows want = expectedFlows(b, 1, {}, { u"C"_s, u"F"_s }, 2012, 2020);
    for (auto it = want.begin(); it != want.end();) {
        if (std::get<0>(it->first) == u"person")
            it = want.erase(it);
        else
            ++it;
    }
    REQUIRE_FALSE(want.empty());
    requireSame(flowsOf(o), want);
    CHECK(o.value(u"person"_s).toArray().isEmpty());
}

TEST_CASE("indices and their raw terms equal an independent computation", "[regional][cli]")
{
    const Bundle& b = bundle();
    const int Y = latestYear(b);
    REQUIRE(Y > 2000);
    const auto [prov, city] = busiest(b);
    for (const auto& [level, within] : { std::pair { 1, QString() }, std::pair { 2, prov } }) {
        QStringList args { u"regional"_s, u"index"_s, u"--db"_s, b.cache, u"--level"_s,
            level == 1 ? u"province"_s : u"city"_s };
        if (!within.isEmpty())
            args << u"--within"_s << within;
        const QJsonObject o = cli(args);
        CHECK(o.value(u"year"_s).toInt() == Y);
        const auto want = expectedIndices(b, level, within, Y, 2);
        const QJsonArray regions = o.value(u"regions"_s).toArray();
        REQUIRE(qsizetype(regions.size()) == want.size());
        for (const QJsonValue& v : regions) {
            const QJsonObject r = v.toObject();
            const QString code = r.value(u"code"_s).toString();
            INFO(code.toStdString());
            REQUIRE(want.contains(code));
            const Expected& e = want[code];
            const QJsonObject terms = r.value(u"terms"_s).toObject();
            for (auto it = e.terms.begin(); it != e.terms.end(); ++it) {
                INFO(it.key().toStdString());
                CHECK(near(terms.value(it.key()).toDouble(), it.value()));
            }
            const QJsonObject idx = r.value(u"indices"_s).toObject();
            for (auto it = e.values.begin(); it != e.values.end(); ++it) {
                INFO(it.key().toStdString());
                CHECK(std::abs(idx.value(it.key()).toDouble() - it.value()) < 1e-6);
            }
        }
    }
}

TEST_CASE("rankings order the independent values and compare with the previous year", "[regional][cli]")
{
    const Bundle& b = bundle();
    const int Y = latestYear(b);
    const auto now = expectedIndices(b, 1, {}, Y, 2);
    const auto before = expectedIndices(b, 1, {}, Y - 1, 2);
    for (const QString& index : { u"outward"_s, u"potential"_s, u"revenue"_s }) {
        INFO(index.toStdString());
        const QJsonObject o = cli({ u"regional"_s, u"rank"_s, u"--db"_s, b.cache, u"--level"_s, u"province"_s,
            u"--index"_s, index });
        auto order = [&](const QMap<QString, Expected>& m) {
            QList<QPair<QString, double>> v;
            for (auto it = m.begin(); it != m.end(); ++it)
                v.append({ it.key(), it->values.value(index) });
            std::sort(v.begin(), v.end(), [](const auto& a, const auto& c) {
                return std::abs(a.second - c.second) > 1e-9 ? a.second > c.second : a.first < c.first;
            });
            QHash<QString, int> rank;
            for (qsizetype i = 0; i < v.size(); ++i)
                rank.insert(v[i].first, int(i) + 1);
            return std::pair { v, rank };
        };
        const auto [list, rank] = order(now);
        const auto [prevList, prevRank] = order(before);
        const QJsonArray rows = o.value(u"rows"_s).toArray();
        REQUIRE(qsizetype(rows.size()) == list.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject r = rows[i].toObject();
            CHECK(r.value(u"code"_s).toString() == list[i].first);
            CHECK(r.value(u"rank"_s).toInt() == int(i) + 1);
            CHECK(std::abs(r.value(u"value"_s).toDouble() - list[i].second) < 1e-6);
            const QString code = list[i].first;
            if (prevRank.contains(code)) {
                CHECK(r.value(u"previous_rank"_s).toInt() == prevRank.value(code));
                CHECK(std::abs(r.value(u"previous_value"_s).toDouble() - before[code].values.value(index))
                    < 1e-6);
            }
        }
    }
}

TEST_CASE("the formula text shown is the computation", "[regional][cli]")
{
    const Bundle& b = bundle();
    const QJsonObject o = cli({ u"regional"_s, u"index"_s, u"--db"_s, b.cache, u"--level"_s, u"province"_s });
    const QJsonObject formulas = o.value(u"formulas"_s).toObject();
    const QJsonArray regions = o.value(u"regions"_s).toArray();
    REQUIRE(formulas.keys() == QStringList({ u"inward"_s, u"outward"_s, u"potential"_s }));
    // "<title> = 100 × (0.6 × C_out/max(C_out) + 0.4 × N_out/max(N_out))" or, for growth rates,
    // "… × (g_N − min(g_N))/(max(g_N) − min(g_N)) …": read scale, weights, symbols and normalisation from
    // the first line of the text, then recompute every region's index from its reported raw terms.
    const QRegularExpression head(u"= ([0-9.]+) × \\("_s);
    const QRegularExpression term(
        u"([0-9.]+) × (?:([A-Za-z_]+)/max\\(\\2\\)|\\(([A-Za-z_]+) − min\\(\\3\\)\\)/\\(max\\(\\3\\) − min\\(\\3\\)\\))"_s);
    for (const QString& id : formulas.keys()) {
        INFO(id.toStdString());
        const QString equation
            = formulas.value(id).toObject().value(u"text"_s).toString().section(u'\n', 0, 0);
        const auto h = head.match(equation);
        REQUIRE(h.hasMatch());
        const double scale = h.captured(1).toDouble();
        struct T
        {
            double weight;
            QString symbol;
            bool minmax;
        };
        QList<T> terms;
        auto it = term.globalMatch(equation);
        while (it.hasNext()) {
            const auto m = it.next();
            const bool minmax = !m.captured(3).isEmpty();
            terms.append({ m.captured(1).toDouble(), minmax ? m.captured(3) : m.captured(2), minmax });
        }
        REQUIRE(terms.size() >= 2);
        double weights = 0;
        for (const T& t : terms)
            weights += t.weight;
        CHECK(std::abs(weights - 1.0) < 1e-9);
        for (const QJsonValue& v : regions) {
            const QJsonObject r = v.toObject();
            double value = 0;
            for (const T& t : terms) {
                double lo = 0, hi = 0;
                bool first = true;
                for (const QJsonValue& w : regions) {
                    const double x = w.toObject().value(u"terms"_s).toObject().value(t.symbol).toDouble();
                    lo = first ? x : std::min(lo, x);
                    hi = first ? x : std::max(hi, x);
                    first = false;
                }
                const double x = r.value(u"terms"_s).toObject().value(t.symbol).toDouble();
                value += t.weight * (t.minmax ? (hi > lo ? (x - lo) / (hi - lo) : 0) : (hi > 0 ? x / hi : 0));
            }
            CHECK(std::abs(scale * value - r.value(u"indices"_s).toObject().value(id).toDouble()) < 1e-9);
        }
    }
    CHECK(o.value(u"synergy_formula"_s).toString().contains(u"C(r→p) + C(p→r)"_s));
}

TEST_CASE("profile and comparison agree with the bundle", "[regional][cli]")
{
    const Bundle& b = bundle();
    const auto [prov, city] = busiest(b);
    const QJsonObject p = cli({ u"regional"_s, u"profile"_s, u"--db"_s, b.cache, prov });
    qint64 firms = 0;
    QHash<QString, qint64> bySection;
    for (const Row& e : b.enterprises) {
        if (e.value(u"region_code"_s).startsWith(prov)) {
            ++firms;
            bySection[sectionOf(e.value(u"industry_code"_s))]++;
        }
    }
    CHECK(p.value(u"firms"_s).toInteger() == firms);
    for (const QJsonValue& v : p.value(u"sections"_s).toArray()) {
        const QJsonObject s = v.toObject();
        CHECK(s.value(u"firms"_s).toInteger() == bySection.value(s.value(u"section"_s).toString()));
    }
    CHECK_FALSE(p.value(u"top"_s).toArray().isEmpty());

    // Two cities of the busiest province: the flows between them as in the bundle.
    const QJsonObject cities = cli(
        { u"regional"_s, u"flows"_s, u"--db"_s, b.cache, u"--level"_s, u"city"_s, u"--within"_s, prov });
    const QJsonArray list = cities.value(u"regions"_s).toArray();
    REQUIRE(list.size() >= 2);
    const QString a = list[0].toObject().value(u"code"_s).toString();
    const QString c = list[1].toObject().value(u"code"_s).toString();
    const QJsonObject cmp = cli({ u"regional"_s, u"compare"_s, u"--db"_s, b.cache, a, c });
    REQUIRE(cmp.value(u"regions"_s).toArray().size() == 2);
    // Holdings in investees established up to the reference year (or of unknown date).
    const Flows all = expectedFlows(b, 2, {});
    const Flows later = expectedFlows(b, 2, {}, {}, latestYear(b) + 1, 2100);
    Flows want;
    for (const auto& [k, cell] : all) {
        const auto& [kind, from, to] = k;
        if (kind == u"enterprise" && from != to && (from == a || from == c) && (to == a || to == c)) {
            Cell w = cell;
            if (later.count(k)) {
                w.count -= later.at(k).count;
                w.capital -= later.at(k).capital;
            }
            if (w.count > 0)
                want[k] = w;
        }
    }
    Flows got;
    for (const QJsonValue& v : cmp.value(u"between"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Cell& cell = got[{ u"enterprise"_s, o.value(u"from"_s).toString(), o.value(u"to"_s).toString() }];
        cell.count = o.value(u"count"_s).toInteger();
        cell.capital = o.value(u"capital"_s).toDouble();
    }
    requireSame(got, want);
}

TEST_CASE("bad input is refused with a message and leaves the cache as it was", "[regional][cli]")
{
    const Bundle& b = bundle();
    const QString copy = b.dir + u"/untouched.djcache"_s;
    QFile::remove(copy);
    REQUIRE(QFile::copy(b.cache, copy));
    const QByteArray before = readAll(copy);
    struct Case
    {
        QStringList args;
        int code;
    };
    const QList<Case> cases {
        { { u"regional"_s, u"flows"_s, u"--db"_s, copy }, 2 },
        { { u"regional"_s, u"flows"_s, u"--db"_s, copy, u"--level"_s, u"planet"_s }, 2 },
        { { u"regional"_s, u"flows"_s, u"--db"_s, copy, u"--level"_s, u"city"_s, u"--within"_s, u"99"_s },
            1 },
        { { u"regional"_s, u"flows"_s, u"--db"_s, copy, u"--level"_s, u"province"_s, u"--within"_s, u"32"_s },
            1 },
        { { u"regional"_s, u"flows"_s, u"--db"_s, copy, u"--level"_s, u"city"_s, u"--within"_s,
              u"江苏\x01"_s },
            1 },
        { { u"regional"_s, u"flows"_s, u"--db"_s, copy, u"--level"_s, u"province"_s, u"--industry"_s,
              u"Z9"_s },
            1 },
        { { u"regional"_s, u"flows"_s, u"--db"_s, copy, u"--level"_s, u"province"_s, u"--holders"_s,
              u"cats"_s },
            1 },
        { { u"regional"_s, u"rank"_s, u"--db"_s, copy, u"--level"_s, u"province"_s, u"--index"_s, u"luck"_s },
            1 },
        { { u"regional"_s, u"compare"_s, u"--db"_s, copy, u"32"_s }, 2 },
        { { u"regional"_s, u"compare"_s, u"--db"_s, copy, u"32"_s, u"3209"_s }, 1 },
        { { u"regional"_s, u"compare"_s, u"--db"_s, copy, u"32"_s, u"98"_s }, 1 },
        { { u"regional"_s, u"profile"_s, u"--db"_s, copy, u"320999"_s }, 1 },
        { { u"regional"_s, u"index"_s, u"--db"_s, b.dir + u"/absent.djcache"_s, u"--level"_s, u"province"_s },
            1 },
    };
    for (const Case& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const auto r = runCli(c.args);
        CHECK(r.exitCode == c.code);
        CHECK_FALSE(r.err.trimmed().isEmpty());
        CHECK(r.out.isEmpty());
    }
    CHECK(readAll(copy) == before);
    CHECK_FALSE(QFile::exists(b.dir + u"/absent.djcache"_s));
}

TEST_CASE(
    "a cache that cannot be written gets its aggregates as TEMP tables, with the same sums", "[regional]")
{
    const Bundle& b = bundle();
    const QString copy = b.dir + u"/readonly.djcache"_s;
    QFile::remove(copy);
    REQUIRE(QFile::copy(b.cache, copy));
    {
        // Stale aggregates, as after an import.
        dj::store::Database db = dj::store::Cache::open(copy, dj::store::Cache::Access::ReadWrite);
        db.exec("DELETE FROM meta WHERE key = 'regional_data_version'");
    }
    const QByteArray before = readAll(copy);
    dj::store::Database db = dj::store::Cache::open(copy, dj::store::Cache::Access::ReadOnly);
    dj::store::RegionalReads reads(db);
    CHECK_FALSE(reads.current());
    reads.prepare();
    CHECK(reads.current());
    CHECK(db.scalarInt("SELECT count(*) FROM temp.sqlite_schema WHERE name = 'regional_flows'") == 1);
    Flows got;
    for (const auto& f : reads.flows(1, 0, {}, {})) {
        const QString kind = f.kind == 0 ? u"enterprise"_s : f.kind == 1 ? u"person"_s : u"other"_s;
        auto key = [](int code) {
            return code > 0 ? QString::number(code).rightJustified(2, u'0') : u"unknown"_s;
        };
        Cell& c = got[{ kind, f.kind == 2 ? u"other"_s : key(f.src), key(f.dst) }];
        c.count += f.count;
        c.capital += f.capital;
    }
    requireSame(got, expectedFlows(b, 1, {}));
    CHECK(readAll(copy) == before);
}

TEST_CASE("a cancelled build of the aggregates leaves them as they were", "[regional]")
{
    const Bundle& b = bundle();
    const QString copy = b.dir + u"/cancel.djcache"_s;
    QFile::remove(copy);
    REQUIRE(QFile::copy(b.cache, copy));
    dj::store::Database db = dj::store::Cache::open(copy, dj::store::Cache::Access::ReadWrite);
    db.exec("DELETE FROM meta WHERE key = 'regional_data_version'");
    const qint64 rows = db.scalarInt("SELECT count(*) FROM regional_flows");
    dj::store::RegionalReads reads(db);
    REQUIRE_FALSE(reads.current());
    std::atomic_bool cancel { true };
    QStringList stages;
    const dj::Progress progress([&](qint64, qint64, const QString& stage) { stages << stage; }, &cancel);
    CHECK_THROWS_AS(reads.prepare(progress, u"汇总"_s), dj::Cancelled);
    CHECK(stages == QStringList { u"汇总"_s });
    CHECK_FALSE(reads.current());
    CHECK(db.scalarInt("SELECT count(*) FROM regional_flows") == rows);
    cancel = false;
    CHECK(reads.prepare(progress, u"汇总"_s) > 0);
    CHECK(reads.current());
    // Run alone (ctest runs each case in its own process) the copied cache had none built yet.
    const qint64 rebuilt = db.scalarInt("SELECT count(*) FROM regional_flows");
    CHECK(rebuilt > 0);
    if (rows > 0)
        CHECK(rebuilt == rows);
}
