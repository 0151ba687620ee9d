// The industry-chain engine and CLI against an independent computation: the exported bundle (CSV, read by a
// plain reader here) and the shipped template files (resources/chains/*.json, read here as JSON), never the
// engine's own matching or figures.
#include "core/chains/chainengine.h"
#include "core/chains/chaintemplate.h"
#include "core/demo/demogenerator.h"
#include "core/store/cache.h"
#include "core/store/chainreads.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using dj::test::runCli;

using dj::test::readCsv;

namespace {

struct Ent
{
    QString uscc, name, status, region, industry, scope;
    std::map<int, double> revenue; // year → revenue
    double tax = 0;
    int taxYear = 0;
    QSet<QString> quals;
    bool operating() const { return status == u"存续"_s || status == u"在业"_s; }
    std::optional<double> latestRevenue() const
    {
        if (revenue.empty())
            return std::nullopt;
        return revenue.rbegin()->second;
    }
};

struct Bundle
{
    QString cache;
    QString dir;
    QList<Ent> ents;
};

const Bundle& bundle()
{
    static QTemporaryDir tmp;
    static const Bundle b = [] {
        Bundle b;
        b.cache = tmp.filePath(u"demo.djcache"_s);
        dj::demo::DemoOptions options;
        options.enterprises = 100000; // the default first-run cache
        dj::demo::DemoGenerator::generate(b.cache, options);
        b.dir = tmp.filePath(u"bundle"_s);
        const auto r = runCli({ u"export"_s, u"--db"_s, b.cache, u"--out"_s, b.dir });
        REQUIRE(r.exitCode == 0);
        QHash<QString, qsizetype> at;
        for (const auto& e : readCsv(b.dir + u"/enterprises.csv"_s)) {
            Ent x;
            x.uscc = e[u"uscc"_s];
            x.name = e[u"name"_s];
            x.status = e[u"status"_s];
            x.region = e[u"region_code"_s];
            x.industry = e[u"industry_code"_s];
            x.scope = e[u"scope"_s];
            at.insert(x.uscc, b.ents.size());
            b.ents << x;
        }
        for (const auto& f : readCsv(b.dir + u"/financials.csv"_s)) {
            Ent& x = b.ents[at.value(f[u"uscc"_s])];
            const int year = f[u"year"_s].toInt();
            if (!f[u"revenue"_s].isEmpty())
                x.revenue[year] = f[u"revenue"_s].toDouble();
            if (!f[u"tax"_s].isEmpty() && year >= x.taxYear) {
                x.tax = f[u"tax"_s].toDouble();
                x.taxYear = year;
            }
        }
        for (const auto& q : readCsv(b.dir + u"/qualifications.csv"_s))
            b.ents[at.value(q[u"uscc"_s])].quals.insert(q[u"kind"_s]);
        return b;
    }();
    return b;
}

QJsonObject templateFile(const char* id)
{
    QFile f(QStringLiteral(DJ_SOURCE_DIR "/resources/chains/") + QLatin1String(id) + u".json"_s);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

// (segment, rule kind, rule value) of every enterprise, by the template file's rules read literally.
using Assigned = std::map<QString, std::set<std::tuple<QString, QString, QString>>>; // uscc → …
Assigned expectedAssignment(const QJsonObject& chain)
{
    Assigned out;
    for (const Ent& e : bundle().ents) {
        for (const QJsonValue& sv : chain[u"segments"_s].toArray()) {
            const QJsonObject s = sv.toObject();
            QString kind, value;
            for (const QString& c : strings(s[u"classes"_s]))
                if (kind.isEmpty() && e.industry.startsWith(c))
                    kind = u"class"_s, value = c;
            for (const QString& k : strings(s[u"name_keywords"_s]))
                if (kind.isEmpty() && e.name.contains(k))
                    kind = u"name"_s, value = k;
            for (const QString& k : strings(s[u"scope_keywords"_s]))
                if (kind.isEmpty() && e.scope.contains(k))
                    kind = u"scope"_s, value = k;
            if (kind.isEmpty())
                continue;
            bool excluded = false;
            for (const QString& c : strings(s[u"exclude_classes"_s]))
                excluded = excluded || e.industry.startsWith(c);
            for (const QString& k : strings(s[u"exclude_keywords"_s]))
                excluded = excluded || e.name.contains(k) || e.scope.contains(k);
            if (!excluded)
                out[e.uscc].insert({ s[u"id"_s].toString(), kind, value });
        }
    }
    return out;
}

struct Figures
{
    qint64 count = 0, national = 0, province = 0, qualified = 0;
    double revenue = 0, tax = 0, growNow = 0, growBefore = 0;
};

// The map of a region, computed here from the bundle and the expected assignment.
QHash<QString, Figures> expectedFigures(const Assigned& assigned, const QString& region, qint64& regionAll,
    qint64& nationAll, qint64& provinceAll)
{
    QHash<QString, Figures> out;
    regionAll = nationAll = provinceAll = 0;
    const QSet<QString> quals { u"高新技术企业"_s, u"专精特新中小企业"_s, u"专精特新\"小巨人\"企业"_s };
    for (const Ent& e : bundle().ents) {
        if (!e.operating())
            continue;
        const bool here = e.region.startsWith(region);
        const bool prov = e.region.startsWith(region.left(2));
        ++nationAll;
        regionAll += here;
        provinceAll += prov;
        const auto it = assigned.find(e.uscc);
        if (it == assigned.end())
            continue;
        QSet<QString> segs;
        for (const auto& [seg, kind, value] : it->second)
            segs.insert(seg);
        for (const QString& seg : segs) {
            Figures& f = out[seg];
            ++f.national;
            f.province += prov;
            if (!here)
                continue;
            ++f.count;
            const auto rev = e.latestRevenue();
            f.revenue += rev.value_or(0);
            f.tax += e.tax;
            f.qualified += !(e.quals & quals).isEmpty();
            if (rev) {
                const int latest = e.revenue.rbegin()->first;
                const auto before = e.revenue.find(latest - 1);
                if (before != e.revenue.end() && before->second > 0) {
                    f.growNow += *rev;
                    f.growBefore += before->second;
                }
            }
        }
    }
    return out;
}

QString expectedClass(const Figures& f, qint64 regionAll, qint64 nationAll)
{
    if (f.national == 0)
        return u"absent"_s;
    if (f.count == 0)
        return u"missing"_s;
    const double lq = (double(f.count) / double(regionAll)) / (double(f.national) / double(nationAll));
    return lq >= 1.25 ? u"strong"_s : lq < 0.8 ? u"weak"_s : u"average"_s;
}

QSet<QString> actualAssignment(const QString& cache, const QString& chain, Assigned* rules = nullptr)
{
    const auto r = runCli({ u"chains"_s, u"assign"_s, u"--db"_s, cache, u"--chain"_s, chain });
    REQUIRE(r.exitCode == 0);
    QSet<QString> out;
    for (const QJsonValue& v : r.json()[u"assignments"_s].toArray()) {
        const QJsonObject o = v.toObject();
        out.insert(o[u"uscc"_s].toString() + u'/' + o[u"segment"_s].toString());
        if (rules)
            (*rules)[o[u"uscc"_s].toString()].insert(
                { o[u"segment"_s].toString(), o[u"rule"_s].toString(), o[u"value"_s].toString() });
    }
    return out;
}

} // namespace

TEST_CASE("chains: every shipped template file parses and names its sources", "[chains]")
{
    const QStringList ids { u"ic"_s, u"biomed"_s, u"ai"_s, u"electronics"_s, u"auto"_s, u"petrochem"_s,
        u"steel"_s, u"equipment"_s, u"biomanufacturing"_s };
    const auto shipped = dj::chains::ChainTemplates::shipped();
    REQUIRE(shipped.size() == ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const QJsonObject file = templateFile(ids[i].toLatin1().constData());
        CHECK(shipped[i].id == file[u"id"_s].toString());
        CHECK(shipped[i].name == file[u"name"_s].toString());
        CHECK(shipped[i].segments.size() == file[u"segments"_s].toArray().size());
        CHECK(!strings(file[u"sources"_s]).isEmpty());
        QSet<QString> stages;
        for (const QJsonValue& s : file[u"segments"_s].toArray())
            stages.insert(s.toObject()[u"stage"_s].toString());
        CHECK(stages.contains(u"upstream"_s));
        CHECK(stages.contains(u"downstream"_s));
        // the editor's readable text parses back to the same template
        CHECK(dj::chains::ChainTemplate::fromJson(shipped[i].toText()).toJson() == shipped[i].toJson());
    }
    const auto r = runCli({ u"chains"_s, u"list"_s });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"chains"_s].toArray().size() == 9);
}

TEST_CASE("chains: assignment equals the template rules applied to the bundle", "[chains][slow]")
{
    for (const char* id : { "ic", "biomed", "auto" }) {
        const QJsonObject chain = templateFile(id);
        const Assigned expected = expectedAssignment(chain);
        Assigned actual;
        actualAssignment(bundle().cache, chain[u"name"_s].toString(), &actual);
        INFO(id);
        REQUIRE(actual.size() == expected.size());
        CHECK(actual == expected);
    }
}

TEST_CASE("chains: segment figures, location quotients and gap classes agree", "[chains][slow]")
{
    const QJsonObject chain = templateFile("ic");
    const Assigned assigned = expectedAssignment(chain);
    for (const QString& region : { u"31"_s, u"4403"_s, u"3205"_s }) {
        INFO(region);
        qint64 regionAll = 0, nationAll = 0, provinceAll = 0;
        const auto expected = expectedFigures(assigned, region, regionAll, nationAll, provinceAll);
        const auto r = runCli({ u"chains"_s, u"map"_s, u"--db"_s, bundle().cache, u"--region"_s, region,
            u"--chain"_s, u"集成电路"_s });
        REQUIRE(r.exitCode == 0);
        const QJsonObject m = r.json();
        CHECK(m[u"region_enterprises"_s].toInteger() == regionAll);
        CHECK(m[u"national_enterprises"_s].toInteger() == nationAll);
        const QJsonArray segs = m[u"segments"_s].toArray();
        REQUIRE(segs.size() == chain[u"segments"_s].toArray().size());
        for (const QJsonValue& v : segs) {
            const QJsonObject s = v.toObject();
            const QString id = s[u"id"_s].toString();
            INFO(id.toStdString());
            const Figures f = expected.value(id);
            CHECK(s[u"count"_s].toInteger() == f.count);
            CHECK(s[u"national_count"_s].toInteger() == f.national);
            CHECK(s[u"qualified"_s].toInteger() == f.qualified);
            CHECK(s[u"revenue"_s].toDouble() == Approx(f.revenue).epsilon(1e-9));
            CHECK(s[u"tax"_s].toDouble() == Approx(f.tax).epsilon(1e-9));
            if (f.growBefore > 0)
                CHECK(s[u"growth"_s].toDouble() == Approx(f.growNow / f.growBefore - 1).margin(1e-9));
            else
                CHECK(s[u"growth"_s].isNull());
            if (f.national > 0 && regionAll > 0)
                CHECK(s[u"lq"_s].toDouble()
                    == Approx((double(f.count) / regionAll) / (double(f.national) / nationAll))
                           .epsilon(1e-9));
            if (region.size() > 2 && f.province > 0)
                CHECK(s[u"lq_province"_s].toDouble()
                    == Approx((double(f.count) / regionAll) / (double(f.province) / provinceAll))
                           .epsilon(1e-9));
            CHECK(s[u"class"_s].toString() == expectedClass(f, regionAll, nationAll));
            // 链主: the largest by latest revenue among the region's operating firms of the segment
            const QJsonArray leaders = s[u"leaders"_s].toArray();
            CHECK(leaders.size() == std::min<qint64>(3, f.count));
            for (int i = 1; i < leaders.size(); ++i)
                CHECK(leaders[i - 1].toObject()[u"revenue"_s].toDouble()
                    >= leaders[i].toObject()[u"revenue"_s].toDouble());
            for (const QJsonValue& l : leaders)
                CHECK(l.toObject()[u"region_code"_s].toString().startsWith(region));
        }
    }
}

TEST_CASE("chains: the demo shows strong, weak and missing segments of Shanghai's IC chain", "[chains][slow]")
{
    const QJsonObject chain = templateFile("ic");
    qint64 regionAll = 0, nationAll = 0, provinceAll = 0;
    const auto expected
        = expectedFigures(expectedAssignment(chain), u"31"_s, regionAll, nationAll, provinceAll);
    QSet<QString> classes;
    for (const QJsonValue& s : chain[u"segments"_s].toArray())
        classes.insert(expectedClass(expected.value(s.toObject()[u"id"_s].toString()), regionAll, nationAll));
    INFO(QStringList(classes.values()).join(u","_s).toStdString());
    CHECK(classes.contains(u"strong"_s));
    CHECK(classes.contains(u"weak"_s));
    CHECK(classes.contains(u"missing"_s));
}

TEST_CASE("chains: supply links between segments agree with relations and invoices", "[chains][slow]")
{
    // pair → amount, relations of kind 供应 and invoices, summed
    std::map<std::pair<QString, QString>, double> pairs;
    for (const auto& r : readCsv(bundle().dir + u"/relations.csv"_s))
        if (r[u"kind"_s] == u"供应"_s)
            pairs[{ r[u"from_uscc"_s], r[u"to_uscc"_s] }] += r[u"amount"_s].toDouble();
    std::map<std::pair<QString, QString>, double> invoices;
    for (const auto& r : readCsv(bundle().dir + u"/invoices.csv"_s))
        invoices[{ r[u"seller_uscc"_s], r[u"buyer_uscc"_s] }] += r[u"amount"_s].toDouble();
    QHash<QString, QString> regionOf;
    for (const Ent& e : bundle().ents)
        regionOf.insert(e.uscc, e.region);
    qint64 seen = 0;
    for (const char* id : { "biomed", "steel", "auto" }) {
        const QJsonObject chain = templateFile(id);
        const Assigned assigned = expectedAssignment(chain);
        for (const QString& region : { u"32"_s, u"44"_s, u"37"_s }) {
            INFO(id << " " << region.toStdString());
            std::map<std::tuple<QString, QString, QString>, std::pair<qint64, double>> expected;
            for (const auto* table : { &pairs, &invoices }) {
                for (const auto& [pair, amount] : *table) {
                    const auto a = assigned.find(pair.first), b = assigned.find(pair.second);
                    if (a == assigned.end() || b == assigned.end())
                        continue;
                    const bool ia = regionOf.value(pair.first).startsWith(region);
                    const bool ib = regionOf.value(pair.second).startsWith(region);
                    if (!ia && !ib)
                        continue;
                    const QString scope = ia && ib ? u"inside"_s : ib ? u"inbound"_s : u"outbound"_s;
                    QSet<QString> sa, sb;
                    for (const auto& [seg, k, v] : a->second)
                        sa.insert(seg);
                    for (const auto& [seg, k, v] : b->second)
                        sb.insert(seg);
                    for (const QString& x : sa)
                        for (const QString& y : sb)
                            if (x != y) {
                                auto& e = expected[{ x, y, scope }];
                                ++e.first;
                                e.second += amount;
                            }
                }
            }
            const auto r = runCli({ u"chains"_s, u"map"_s, u"--db"_s, bundle().cache, u"--region"_s, region,
                u"--chain"_s, chain[u"name"_s].toString() });
            REQUIRE(r.exitCode == 0);
            const QJsonArray links = r.json()[u"links"_s].toArray();
            CHECK(size_t(links.size()) == expected.size());
            for (const QJsonValue& v : links) {
                const QJsonObject l = v.toObject();
                const auto it = expected.find(
                    { l[u"from"_s].toString(), l[u"to"_s].toString(), l[u"scope"_s].toString() });
                REQUIRE(it != expected.end());
                CHECK(l[u"pairs"_s].toInteger() == it->second.first);
                CHECK(l[u"amount"_s].toDouble() == Approx(it->second.second).epsilon(1e-9));
            }
            seen += qint64(links.size());
        }
    }
    CHECK(seen > 0); // the demo has supply links along these chains
}

TEST_CASE(
    "chains: targets lie outside the region, in the segment, ranked by their score's parts", "[chains][slow]")
{
    const Assigned assigned = expectedAssignment(templateFile("ic"));
    const auto r = runCli({ u"chains"_s, u"targets"_s, u"--db"_s, bundle().cache, u"--region"_s, u"31"_s,
        u"--chain"_s, u"ic"_s, u"--segment"_s, u"materials"_s, u"--limit"_s, u"20"_s });
    REQUIRE(r.exitCode == 0);
    const QJsonArray targets = r.json()[u"targets"_s].toArray();
    REQUIRE(!targets.isEmpty());
    QHash<QString, const Ent*> byUscc;
    for (const Ent& e : bundle().ents)
        byUscc.insert(e.uscc, &e);
    double previous = 1e300;
    for (const QJsonValue& v : targets) {
        const QJsonObject t = v.toObject();
        const Ent* e = byUscc.value(t[u"uscc"_s].toString());
        REQUIRE(e);
        CHECK(!e->region.startsWith(u"31"_s));
        CHECK(e->operating());
        bool inSegment = false;
        for (const auto& [seg, kind, value] : assigned.at(e->uscc))
            inSegment = inSegment || seg == u"materials"_s;
        CHECK(inSegment);
        const QJsonObject parts = t[u"parts"_s].toObject();
        double sum = 0;
        for (auto it = parts.begin(); it != parts.end(); ++it)
            sum += it.value().toDouble();
        CHECK(t[u"score"_s].toDouble() == Approx(sum));
        const auto rev = e->latestRevenue();
        CHECK(parts[u"size"_s].toDouble() == Approx(rev ? std::log10(1 + *rev / 1e4) : 0.0));
        double quals = 0;
        for (const QString& q : e->quals)
            quals += q == u"专精特新\"小巨人\"企业"_s                    ? 2
                : (q == u"高新技术企业"_s || q == u"专精特新中小企业"_s) ? 1
                                                                         : 0;
        CHECK(parts[u"qualifications"_s].toDouble() == Approx(quals));
        CHECK(t[u"score"_s].toDouble() <= previous);
        previous = t[u"score"_s].toDouble();
        CHECK(!t[u"reasons"_s].toArray().isEmpty());
    }
}

TEST_CASE(
    "chains: a correction wins over the rules, a user template overrides the shipped one", "[chains][slow]")
{
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(u"copy.djcache"_s);
    REQUIRE(QFile::copy(bundle().cache, copy));
    const Assigned assigned = expectedAssignment(templateFile("ic"));
    // an IC manufacturer taken out of its segment, an unrelated firm put into materials
    QString inFab, outside;
    for (const auto& [uscc, segs] : assigned) {
        for (const auto& [seg, kind, value] : segs)
            if (inFab.isEmpty() && seg == u"fab"_s)
                inFab = uscc;
    }
    for (const Ent& e : bundle().ents) {
        if (!assigned.count(e.uscc)) {
            outside = e.uscc;
            break;
        }
    }
    REQUIRE(!inFab.isEmpty());
    REQUIRE(!outside.isEmpty());
    auto correct = [&](const QString& seg, const QString& uscc, const QString& mode) {
        return runCli({ u"chains"_s, u"correct"_s, u"--db"_s, copy, u"--chain"_s, u"ic"_s, u"--segment"_s,
            seg, u"--uscc"_s, uscc, mode, u"--note"_s, u"核实"_s });
    };
    REQUIRE(correct(u"fab"_s, inFab, u"--exclude"_s).exitCode == 0);
    REQUIRE(correct(u"materials"_s, outside, u"--include"_s).exitCode == 0);
    Assigned rules;
    const QSet<QString> after = actualAssignment(copy, u"ic"_s, &rules);
    CHECK(!after.contains(inFab + u"/fab"_s));
    CHECK(after.contains(outside + u"/materials"_s));
    CHECK(rules[outside].count({ u"materials"_s, u"correction"_s, QString() }) == 1);
    // removing the correction restores the rule
    REQUIRE(correct(u"fab"_s, inFab, u"--remove"_s).exitCode == 0);
    CHECK(actualAssignment(copy, u"ic"_s).contains(inFab + u"/fab"_s));

    // a user copy of the IC template without the class 3972 overrides the shipped file
    {
        dj::store::Database db = dj::store::Cache::open(copy);
        auto chain = *dj::chains::ChainTemplates::find(dj::chains::ChainTemplates::load(db), u"ic"_s);
        const int fab = chain.segmentIndex(u"fab"_s);
        chain.segments[fab].classes.removeAll(u"3972"_s);
        dj::chains::ChainTemplates::save(db, chain);
    }
    const auto list = runCli({ u"chains"_s, u"list"_s, u"--db"_s, copy });
    REQUIRE(list.exitCode == 0);
    const QJsonObject ic = list.json()[u"chains"_s].toArray()[0].toObject();
    CHECK(ic[u"origin"_s].toString() == u"user"_s);
    CHECK(ic[u"version"_s].toInt() == 2);
    const QSet<QString> edited = actualAssignment(copy, u"ic"_s);
    for (const Ent& e : bundle().ents) {
        if (e.industry.startsWith(u"3972"_s) && !e.name.contains(u"晶圆"_s)
            && !e.scope.contains(u"晶圆制造"_s))
            CHECK(!edited.contains(e.uscc + u"/fab"_s));
    }
}

TEST_CASE("chains: bad input gets a clear message and changes nothing", "[chains]")
{
    using dj::chains::ChainError;
    using dj::chains::ChainTemplate;
    CHECK_THROWS_AS(ChainTemplate::fromJson(QByteArray("not json")), ChainError);
    CHECK_THROWS_WITH(
        ChainTemplate::fromJson(QByteArray(R"({"id":"x","name":"X","segments":[{"id":"a","name":"A",
        "stage":"upstream","classes":["39A"]}]})")),
        Catch::Contains("39A"));
    CHECK_THROWS_WITH(
        ChainTemplate::fromJson(QByteArray(R"({"id":"x","name":"X","colour":1,"segments":[]})")),
        Catch::Contains("colour"));
    CHECK_THROWS_WITH(
        ChainTemplate::fromJson(QByteArray(R"({"id":"x","name":"X","segments":[{"id":"a","name":"A",
        "stage":"sideways","classes":["39"]}]})")),
        Catch::Contains("stage"));
    CHECK_THROWS_WITH(
        ChainTemplate::fromJson(QByteArray(R"({"id":"x","name":"X","segments":[{"id":"a","name":"A",
        "stage":"upstream","classes":["39"]}],"links":[{"from":"a","to":"b"}]})")),
        Catch::Contains("link"));

    QTemporaryDir tmp;
    const QString cache = tmp.filePath(u"small.djcache"_s);
    dj::demo::DemoOptions options;
    options.enterprises = 2000;
    dj::demo::DemoGenerator::generate(cache, options);
    QFile f(cache);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    struct Case
    {
        QStringList args;
        int exit;
    };
    const QList<Case> cases {
        { { u"chains"_s, u"map"_s, u"--db"_s, cache, u"--region"_s, u"99"_s, u"--chain"_s, u"ic"_s }, 1 },
        { { u"chains"_s, u"map"_s, u"--db"_s, cache, u"--region"_s, u"31\u0001"_s, u"--chain"_s, u"ic"_s },
            1 },
        { { u"chains"_s, u"map"_s, u"--db"_s, cache, u"--region"_s, u"31"_s, u"--chain"_s, u"纺织"_s }, 1 },
        { { u"chains"_s, u"map"_s, u"--db"_s, cache, u"--chain"_s, u"ic"_s }, 2 },
        { { u"chains"_s, u"targets"_s, u"--db"_s, cache, u"--region"_s, u"31"_s, u"--chain"_s, u"ic"_s,
              u"--segment"_s, u"nope"_s },
            1 },
        { { u"chains"_s, u"map"_s, u"--db"_s, tmp.filePath(u"none.djcache"_s), u"--region"_s, u"31"_s,
              u"--chain"_s, u"ic"_s },
            1 },
    };
    for (const Case& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const auto r = runCli(c.args);
        CHECK(r.exitCode == c.exit);
        CHECK(!r.err.trimmed().isEmpty());
        CHECK(r.out.trimmed().isEmpty());
    }
    CHECK(!QFile::exists(tmp.filePath(u"none.djcache"_s)));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
    f.close();
    // an invalid template is refused before anything is written
    {
        dj::store::Database db = dj::store::Cache::open(cache);
        auto chain = dj::chains::ChainTemplates::shipped().first();
        chain.segments[0].stage = u"sideways"_s;
        CHECK_THROWS_AS(dj::chains::ChainTemplates::save(db, chain), ChainError);
        CHECK(dj::store::ChainReads(db).templates().isEmpty());
    }
}
