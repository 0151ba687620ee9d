// The hometown engine and CLI against an independent computation from the exported bundle (CSV), with the
// historical codes read straight from the committed resource file (data, not the engine's lookup code).
#include "core/demo/demogenerator.h"
#include "core/hometown/hometowndata.h"
#include "core/hometown/hometownengine.h"
#include "core/store/cache.h"
#include "core/store/personreads.h"
#include "core/store/storeerror.h"
#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using dj::test::runCli;

using dj::test::readCsv;

namespace {

// ---- a plain CSV reader (RFC 4180 quoting), independent of core/io
QStringList resourceLines(const char* file)
{
    QFile f(QString::fromUtf8(DJ_SOURCE_DIR) + u"/core/codes/data/"_s + QString::fromLatin1(file));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(qUncompress(f.readAll())).split(u'\n', Qt::SkipEmptyParts);
}

// ---- the bundle, read once
struct Bundle
{
    QString dir;
    QString cache;
    struct Person
    {
        QString id, name, birth, native;
    };
    struct Ent
    {
        QString region, industry, section;
        double capital = 0, revenue = 0, tax = 0;
        int revenueYear = 0, taxYear = 0;
        QSet<QString> quals, risks;
    };
    QHash<QString, Person> persons;
    QHash<QString, Ent> ents;
    std::map<std::pair<QString, QString>, QSet<QString>> roles; // (person, uscc) → titles
    std::map<std::pair<QString, QString>, double> shares; // (person, uscc) → share_pct (-1 unknown)
    QHash<QString, std::pair<QString, int>> current; // code → (name, level)
    QHash<QString, std::pair<QString, QString>> retired; // code → (successor, level name)
};

const Bundle& bundle()
{
    static QTemporaryDir tmp;
    static const Bundle b = [] {
        Bundle b;
        const QString cache = tmp.filePath(u"demo.djcache"_s);
        b.cache = cache;
        dj::demo::DemoOptions options;
        options.enterprises = 20000;
        dj::demo::DemoGenerator::generate(cache, options);
        b.dir = tmp.filePath(u"bundle"_s);
        const auto r = runCli({ u"export"_s, u"--db"_s, cache, u"--out"_s, b.dir });
        REQUIRE(r.exitCode == 0);
        for (const auto& p : readCsv(b.dir + u"/persons.csv"_s))
            b.persons.insert(p[u"person_id"_s],
                { p[u"person_id"_s], p[u"name"_s], p[u"birthplace_code"_s], p[u"native_place_code"_s] });
        for (const auto& e : readCsv(b.dir + u"/enterprises.csv"_s)) {
            Bundle::Ent x;
            x.region = e[u"region_code"_s];
            x.industry = e[u"industry_code"_s];
            if (e[u"registered_capital_currency"_s].isEmpty())
                x.capital = e[u"registered_capital"_s].toDouble();
            b.ents.insert(e[u"uscc"_s], x);
        }
        for (const auto& f : readCsv(b.dir + u"/financials.csv"_s)) {
            auto& x = b.ents[f[u"uscc"_s]];
            const int year = f[u"year"_s].toInt();
            if (!f[u"revenue"_s].isEmpty() && year >= x.revenueYear) {
                x.revenue = f[u"revenue"_s].toDouble();
                x.revenueYear = year;
            }
            if (!f[u"tax"_s].isEmpty() && year >= x.taxYear) {
                x.tax = f[u"tax"_s].toDouble();
                x.taxYear = year;
            }
        }
        for (const auto& q : readCsv(b.dir + u"/qualifications.csv"_s))
            b.ents[q[u"uscc"_s]].quals.insert(q[u"kind"_s]);
        for (const auto& r : readCsv(b.dir + u"/risks.csv"_s)) {
            if (r[u"status"_s] == u"有效"_s)
                b.ents[r[u"uscc"_s]].risks.insert(r[u"kind"_s]);
        }
        for (const auto& r : readCsv(b.dir + u"/roles.csv"_s))
            b.roles[{ r[u"person_id"_s], r[u"uscc"_s] }].insert(r[u"role"_s]);
        for (const auto& s : readCsv(b.dir + u"/shareholdings.csv"_s)) {
            if (s[u"holder_kind"_s] == u"person"_s)
                b.shares[{ s[u"holder_id"_s], s[u"investee_uscc"_s] }]
                    = s[u"share_pct"_s].isEmpty() ? -1.0 : s[u"share_pct"_s].toDouble();
        }
        for (const QString& line : resourceLines("regions.tsv.qz")) {
            if (line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(u'\t');
            b.current.insert(f[0], { f[3], f[1].toInt() });
        }
        for (const QString& line : resourceLines("historical-regions.tsv.qz")) {
            if (line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(u'\t');
            b.retired.insert(f[0], { f[2], f[3] });
        }
        return b;
    }();
    return b;
}

// ---- the independent computation
struct Expected
{
    QString personId;
    QHash<QString, std::pair<QSet<QString>, double>> enterprises; // uscc → (titles incl. 股东, share or -1)
    double score = 0;
    bool retiredBirth = false, nativeDiffers = false, onlyNative = false, shareOnly = false,
         severalRoles = false;
};

// (today's code, digits it is precise to) of a birthplace code.
std::pair<QString, int> resolveBirth(const Bundle& b, const QString& code)
{
    if (code.size() != 6)
        return { {}, 0 };
    if (b.current.contains(code)) {
        const int level = b.current[code].second;
        return { code, level == 1 ? 2 : level == 2 ? 4 : 6 };
    }
    if (b.retired.contains(code)) {
        const auto& [succ, level] = b.retired[code];
        return { succ, level == u"county"_s ? 6 : level == u"prefecture"_s ? 4 : 2 };
    }
    if (b.current.contains(code.left(4) + u"00"_s) && b.current[code.left(4) + u"00"_s].second == 2)
        return { code.left(4) + u"00"_s, 4 };
    if (b.current.contains(code.left(2) + u"0000"_s))
        return { code.left(2) + u"0000"_s, 2 };
    return { {}, 0 };
}

bool under(const QString& code, int digits, const QString& prefix)
{
    return digits >= prefix.size() && code.startsWith(prefix);
}

const QSet<QString> kOfficerTitles { u"董事长"_s, u"副董事长"_s, u"执行董事"_s, u"董事"_s, u"监事会主席"_s,
    u"监事"_s, u"总经理"_s, u"经理"_s, u"财务负责人"_s, u"执行事务合伙人"_s };

QList<Expected> expected(const QString& origin, const QString& target, const QSet<QString>& roleGroups)
{
    const Bundle& b = bundle();
    auto selected = [&](const QString& title) {
        if (roleGroups.isEmpty())
            return true;
        if (title == u"法定代表人"_s)
            return roleGroups.contains(u"法定代表人"_s);
        if (title == u"股东"_s)
            return roleGroups.contains(u"股东"_s);
        return kOfficerTitles.contains(title) && roleGroups.contains(u"董监高"_s);
    };
    QHash<QString, Expected> byPerson;
    auto touch = [&](const QString& person, const QString& uscc, const QString& title, double share) {
        if (!b.persons.contains(person) || !b.ents.contains(uscc))
            return;
        const auto& p = b.persons[person];
        const auto [birth, digits] = resolveBirth(b, p.birth);
        const bool byBirth = !birth.isEmpty() && under(birth, digits, origin);
        const bool byNative = !p.native.isEmpty() && under(p.native, int(p.native.size()), origin);
        if (!byBirth && !byNative)
            return;
        if (!b.ents[uscc].region.startsWith(target))
            return;
        Expected& e = byPerson[person];
        e.personId = person;
        e.retiredBirth = b.retired.contains(p.birth);
        e.nativeDiffers = !p.native.isEmpty() && !p.birth.startsWith(p.native);
        e.onlyNative = byNative && !byBirth;
        auto& slot = e.enterprises[uscc];
        slot.first.insert(title);
        if (title == u"股东"_s)
            slot.second = share;
        else if (!slot.first.contains(u"股东"_s))
            slot.second = -1;
    };
    for (const auto& [key, titles] : b.roles) {
        for (const QString& t : titles)
            touch(key.first, key.second, t, -1);
    }
    for (const auto& [key, share] : b.shares)
        touch(key.first, key.second, u"股东"_s, share);

    QList<Expected> out;
    for (Expected e : std::as_const(byPerson)) {
        // keep the enterprises with a selected role (a person's other offices there still show)
        QHash<QString, std::pair<QSet<QString>, double>> kept;
        for (auto it = e.enterprises.begin(); it != e.enterprises.end(); ++it) {
            bool any = false;
            for (const QString& t : it->first)
                any = any || selected(t);
            if (any)
                kept.insert(it.key(), it.value());
        }
        if (kept.isEmpty())
            continue;
        e.enterprises = kept;
        double rev = 0, tax = 0, cap = 0;
        int qual = 0, risk = 0;
        for (auto it = kept.begin(); it != kept.end(); ++it) {
            const auto& x = b.ents[it.key()];
            double f = it->first.contains(u"股东"_s) && it->second > 0 ? it->second / 100.0 : 0.0;
            if (it->first.contains(u"法定代表人"_s))
                f = std::max(f, 0.5);
            for (const QString& t : it->first) {
                if (kOfficerTitles.contains(t))
                    f = std::max(f, 0.2);
            }
            rev += f * x.revenue;
            tax += f * x.tax;
            cap += f * x.capital;
            qual += (x.quals.contains(u"高新技术企业"_s) ? 1 : 0)
                + (x.quals.contains(u"专精特新中小企业"_s) ? 1 : 0)
                + (x.quals.contains(u"专精特新\"小巨人\"企业"_s) ? 2 : 0);
            risk += (x.risks.contains(u"失信被执行人"_s) ? 1 : 0) + (x.risks.contains(u"被执行人"_s) ? 1 : 0)
                + (x.risks.contains(u"限制高消费"_s) ? 1 : 0);
            if (it->first == QSet<QString> { u"股东"_s })
                e.shareOnly = true;
            if (it->first.size() >= 2)
                e.severalRoles = true;
        }
        // default weights: revenue 1, tax 1.5, capital 0.5, enterprises 1, qualifications 2, fit 2, risk 3
        e.score = std::log10(1 + rev / 1e4) + 1.5 * std::log10(1 + tax / 1e4)
            + 0.5 * std::log10(1 + cap / 1e4) + double(kept.size()) + 2.0 * qual - 3.0 * risk;
        out << e;
    }
    return out;
}

void compare(const QList<Expected>& want, const QJsonObject& got)
{
    const QJsonArray persons = got[u"persons"_s].toArray();
    CHECK(persons.size() == want.size());
    CHECK(got[u"total"_s].toInt() == want.size());
    QHash<QString, Expected> byId;
    for (const Expected& e : want)
        byId.insert(e.personId, e);
    QSet<QString> seen;
    double last = 1e300;
    for (const QJsonValue& v : persons) {
        const QJsonObject p = v.toObject();
        const QString id = p[u"person_id"_s].toString();
        INFO(id.toStdString());
        CHECK_FALSE(seen.contains(id)); // a person once, however many roles
        seen.insert(id);
        REQUIRE(byId.contains(id));
        const Expected& e = byId[id];
        CHECK(std::abs(p[u"score"_s].toDouble() - e.score) < 1e-6);
        CHECK(p[u"score"_s].toDouble() <= last + 1e-12); // ranked
        last = p[u"score"_s].toDouble();
        const QJsonArray ents = p[u"enterprises"_s].toArray();
        CHECK(ents.size() == e.enterprises.size());
        for (const QJsonValue& ev : ents) {
            const QJsonObject o = ev.toObject();
            const QString uscc = o[u"uscc"_s].toString();
            REQUIRE(e.enterprises.contains(uscc));
            const auto& [titles, share] = e.enterprises[uscc];
            const QStringList gotRoles = o[u"role"_s].toString().split(u'|');
            CHECK(QSet<QString>(gotRoles.begin(), gotRoles.end()) == titles);
            if (share >= 0)
                CHECK(std::abs(o[u"share"_s].toDouble() - share) < 1e-4);
            else
                CHECK(o[u"share"_s].isNull());
        }
        CHECK_FALSE(p[u"origin_code"_s].toString().isEmpty());
    }
}

} // namespace

TEST_CASE("hometown: Anhui natives in Shanghai agree with the bundle, and cover the hard cases", "[hometown]")
{
    // Nationwide first: the demo data must hold each case the engine has to get right.
    const QList<Expected> nation = expected(u"34"_s, QString(), {});
    int retired = 0, nativeDiffers = 0, onlyNative = 0, shareOnly = 0, several = 0;
    for (const Expected& e : nation) {
        retired += e.retiredBirth;
        nativeDiffers += e.nativeDiffers;
        onlyNative += e.onlyNative;
        shareOnly += e.shareOnly;
        several += e.severalRoles;
    }
    CHECK(retired > 0);
    CHECK(nativeDiffers > 0);
    CHECK(onlyNative > 0);
    CHECK(shareOnly > 0);
    CHECK(several > 0);
    const auto n = runCli(
        { u"hometown"_s, u"--db"_s, bundle().cache, u"--origin"_s, u"34"_s, u"--target"_s, u"all"_s });
    REQUIRE(n.exitCode == 0);
    compare(nation, n.json());

    const QList<Expected> want = expected(u"34"_s, u"31"_s, {});
    REQUIRE(want.size() > 30);
    const auto r = runCli(
        { u"hometown"_s, u"--db"_s, bundle().cache, u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s });
    REQUIRE(r.exitCode == 0);
    compare(want, r.json());
    // The attributions say where a match comes from.
    bool sawRetired = false, sawNativeOnly = false;
    for (const QJsonValue& v : r.json()[u"persons"_s].toArray()) {
        for (const QJsonValue& a : v.toObject()[u"attributions"_s].toArray()) {
            const QJsonObject o = a.toObject();
            if (o[u"retired"_s].toBool()) {
                sawRetired = true;
                CHECK_FALSE(o[u"historical_name"_s].toString().isEmpty());
                CHECK(o[u"resolved_code"_s].toString() == bundle().retired[o[u"code"_s].toString()].first);
            }
        }
        if (v.toObject()[u"origin_source"_s].toString() == u"native_place"_s)
            sawNativeOnly = true;
    }
    CHECK(sawRetired);
    CHECK(sawNativeOnly);
}

TEST_CASE("hometown: a county's entrepreneurs in a city, roles filtered", "[hometown]")
{
    // The Anhui county with the most natives in Shanghai, and one with a retired predecessor code.
    const QList<Expected> all = expected(u"34"_s, u"3101"_s, {});
    QHash<QString, int> perCounty;
    for (const Expected& e : all) {
        const auto& p = bundle().persons[e.personId];
        const QString county = resolveBirth(bundle(), p.birth).first;
        if (county.startsWith(u"34"_s) && resolveBirth(bundle(), p.birth).second == 6)
            ++perCounty[county];
    }
    REQUIRE_FALSE(perCounty.isEmpty());
    QString county;
    for (auto it = perCounty.begin(); it != perCounty.end(); ++it) {
        if (county.isEmpty() || it.value() > perCounty[county]
            || (it.value() == perCounty[county] && it.key() < county))
            county = it.key();
    }
    const auto r = runCli(
        { u"hometown"_s, u"--db"_s, bundle().cache, u"--origin"_s, county, u"--target"_s, u"3101"_s });
    REQUIRE(r.exitCode == 0);
    compare(expected(county, u"3101"_s, {}), r.json());

    for (const QSet<QString>& roles :
        { QSet<QString> { u"股东"_s }, QSet<QString> { u"法定代表人"_s, u"董监高"_s } }) {
        const QStringList list(roles.begin(), roles.end());
        const auto rr = runCli({ u"hometown"_s, u"--db"_s, bundle().cache, u"--origin"_s, u"34"_s,
            u"--target"_s, u"31"_s, u"--roles"_s, list.join(u',') });
        REQUIRE(rr.exitCode == 0);
        compare(expected(u"34"_s, u"31"_s, roles), rr.json());
    }
}

TEST_CASE("hometown: the whole-cache snapshot and the origin's part rank alike, weights move the ranking",
    "[hometown]")
{
    namespace h = dj::hometown;
    const dj::store::Database db = dj::store::Cache::open(bundle().cache, dj::store::Cache::Access::ReadOnly);
    const auto all = h::HometownData::loadAll(db);
    const auto part = h::HometownData::loadForOrigins(db, { u"34"_s });
    h::Query q;
    q.origins = { u"34"_s };
    q.targets = { u"31"_s };
    const h::Result a = h::HometownEngine::run(*all, q);
    const h::Result b = h::HometownEngine::run(*part, q);
    REQUIRE(a.persons.size() == b.persons.size());
    for (int i = 0; i < a.persons.size(); ++i)
        CHECK(h::toJson(a.persons[i]) == h::toJson(b.persons[i]));

    // Nationwide: every person of the origin with any enterprise.
    q.targets.clear();
    const h::Result nation = h::HometownEngine::run(*all, q);
    CHECK(nation.totalPersons > a.totalPersons);

    // Only the number of enterprises counts: the order follows it, and differs from the default order.
    q.targets = { u"31"_s };
    q.weights = h::Weights::fromJson(QJsonObject { { u"revenue"_s, 0 }, { u"tax"_s, 0 }, { u"capital"_s, 0 },
        { u"qualifications"_s, 0 }, { u"priority_fit"_s, 0 }, { u"risk"_s, 0 }, { u"enterprises"_s, 1 } });
    const h::Result counted = h::HometownEngine::run(*all, q);
    REQUIRE(counted.persons.size() == a.persons.size());
    bool moved = false;
    for (int i = 0; i < counted.persons.size(); ++i) {
        CHECK(counted.persons[i].score == double(counted.persons[i].enterprises.size()));
        if (i > 0)
            CHECK(counted.persons[i - 1].enterprises.size() >= counted.persons[i].enterprises.size());
        moved = moved || counted.persons[i].personId != a.persons[i].personId;
    }
    CHECK(moved);

    // Priority industries: the fit part counts the person's enterprises in them.
    q.weights = {};
    q.priorityIndustries = { u"C"_s, u"65"_s };
    const h::Result fit = h::HometownEngine::run(*all, q);
    for (const h::PersonHit& p : fit.persons) {
        int n = 0;
        for (const h::EnterpriseHit& e : p.enterprises) {
            const auto& x = bundle().ents[e.uscc];
            const bool inList = x.industry.startsWith(u"65"_s)
                || (x.industry.size() >= 2 && x.industry.left(2).toInt() >= 13
                    && x.industry.left(2).toInt() <= 43);
            CHECK(e.priority == inList);
            n += inList;
        }
        CHECK(p.parts.priorityFit == 2.0 * n);
    }
}

TEST_CASE("hometown summary: both directions agree with the bundle", "[hometown]")
{
    const Bundle& b = bundle();
    // --origin 34: distinct enterprises of Anhui natives (any role or share) by target province.
    QHash<QString, QSet<QString>> entsByProvince, personsByProvince;
    QSet<QString> allEnts;
    double revenue = 0;
    auto add = [&](const QString& person, const QString& uscc) {
        const auto& p = b.persons[person];
        const auto [birth, digits] = resolveBirth(b, p.birth);
        if (!(under(birth, digits, u"34"_s) || (!p.native.isEmpty() && p.native.startsWith(u"34"_s))))
            return;
        const QString prov = b.ents[uscc].region.left(2) + u"0000"_s;
        entsByProvince[prov].insert(uscc);
        personsByProvince[prov].insert(person);
        if (!allEnts.contains(uscc))
            revenue += b.ents[uscc].revenue;
        allEnts.insert(uscc);
    };
    for (const auto& [key, titles] : b.roles)
        add(key.first, key.second);
    for (const auto& [key, share] : b.shares)
        add(key.first, key.second);
    const auto r = runCli({ u"hometown"_s, u"summary"_s, u"--db"_s, b.cache, u"--origin"_s, u"34"_s });
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o[u"enterprises"_s].toInt() == allEnts.size());
    CHECK(std::abs(o[u"revenue"_s].toDouble() - revenue) < 1e-3 * std::max(1.0, revenue));
    const QJsonArray rows = o[u"by_target_province"_s].toArray();
    CHECK(rows.size() == entsByProvince.size());
    for (const QJsonValue& v : rows) {
        const QString code = v[u"code"_s].toString();
        CHECK(v[u"enterprises"_s].toInt() == entsByProvince[code].size());
        CHECK(v[u"persons"_s].toInt() == personsByProvince[code].size());
    }

    // --target 3101: Shanghai's entrepreneurs by origin province (birthplace first, else 籍贯).
    QHash<QString, QSet<QString>> byOrigin;
    auto addT = [&](const QString& person, const QString& uscc) {
        if (!b.ents[uscc].region.startsWith(u"3101"_s) || !b.persons.contains(person))
            return;
        const auto& p = b.persons[person];
        const auto [birth, digits] = resolveBirth(b, p.birth);
        const QString origin = digits ? birth.left(2) + u"0000"_s
            : !p.native.isEmpty()     ? p.native.left(2) + u"0000"_s
                                      : QString();
        byOrigin[origin].insert(person);
    };
    for (const auto& [key, titles] : b.roles)
        addT(key.first, key.second);
    for (const auto& [key, share] : b.shares)
        addT(key.first, key.second);
    const auto t = runCli({ u"hometown"_s, u"summary"_s, u"--db"_s, b.cache, u"--target"_s, u"3101"_s });
    REQUIRE(t.exitCode == 0);
    const QJsonArray trows = t.json()[u"by_origin_province"_s].toArray();
    CHECK(trows.size() == byOrigin.size());
    for (const QJsonValue& v : trows)
        CHECK(v[u"persons"_s].toInt() == byOrigin[v[u"code"_s].toString()].size());
    CHECK(byOrigin.value(u"340000"_s).size() > 0);
}

TEST_CASE("hometown CLI: bad input is refused with a message and changes nothing", "[hometown][cli]")
{
    const QString cache = bundle().cache;
    auto hash = [&] {
        QFile f(cache);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = hash();
    struct Bad
    {
        QStringList args;
        int code;
        const char* says;
    };
    const Bad cases[] = {
        { { u"--origin"_s, u"99"_s, u"--target"_s, u"31"_s }, 1, "99" },
        { { u"--origin"_s, u"34"_s, u"--target"_s, u"3x"_s }, 1, "3x" },
        { { u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s, u"--roles"_s, u"会长"_s }, 1, "会长" },
        { { u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s, u"--min-share"_s, u"120"_s }, 1, "--min-share" },
        { { u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s, u"--weights"_s, u"{\"revnue\":1}"_s }, 1,
            "revnue" },
        { { u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s, u"--industries"_s, u"XYZ"_s }, 1, "XYZ" },
        { { u"--origin"_s, u"34"_s }, 2, "--target" },
        { { u"--origin"_s, u"\x01\xff"_s, u"--target"_s, u"31"_s }, 1, "" },
    };
    for (const Bad& c : cases) {
        const auto r = runCli(QStringList { u"hometown"_s, u"--db"_s, cache } + c.args);
        INFO(c.args.join(u' ').toStdString() << " → " << r.err.toStdString());
        CHECK(r.exitCode == c.code);
        CHECK(r.out.isEmpty());
        CHECK(QString::fromUtf8(r.err).contains(QString::fromUtf8(c.says)));
    }
    CHECK(runCli({ u"hometown"_s, u"summary"_s, u"--db"_s, cache }).exitCode == 2);
    CHECK(
        runCli({ u"hometown"_s, u"register"_s, u"--db"_s, cache, u"--register"_s, u"不存在商会"_s }).exitCode
        == 1);
    // Not a cache; a missing cache is not created.
    QTemporaryDir tmp;
    const QString text = tmp.filePath(u"x.djcache"_s);
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a cache");
    f.close();
    CHECK(runCli({ u"hometown"_s, u"--db"_s, text, u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s }).exitCode
        == 1);
    const QString missing = tmp.filePath(u"none.djcache"_s);
    CHECK(
        runCli({ u"hometown"_s, u"--db"_s, missing, u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s }).exitCode
        == 1);
    CHECK_FALSE(QFile::exists(missing));
    CHECK(hash() == before);
}

TEST_CASE(
    "registers: members with status, contact log, notes, masked export, priorities per origin", "[hometown]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"r.djcache"_s);
    QFile::copy(bundle().cache, path);
    // With the persisted snapshot too: memberships are read from the cache at query time, so a member added
    // after the snapshot was written shows in the next result.
    REQUIRE(QFile::copy(bundle().cache + u".hometown"_s, path + u".hometown"_s));
    dj::store::Database db = dj::store::Cache::open(path);
    dj::store::MemberRegisters regs(db);
    const QStringList registers = regs.registers();
    REQUIRE(registers.contains(u"上海安徽商会"_s));
    const auto members = regs.members(u"上海安徽商会"_s);
    REQUIRE_FALSE(members.isEmpty());
    // Independent: the members.csv rows of that register with a person.
    int csvRows = 0;
    for (const auto& m : readCsv(bundle().dir + u"/members.csv"_s))
        csvRows += m[u"register"_s] == u"上海安徽商会"_s && !m[u"person_id"_s].isEmpty();
    CHECK(members.size() == csvRows);
    for (const auto& m : members) {
        CHECK(m.idMasked.contains(u"********"_s));
        CHECK(m.idMasked.size() == 18);
    }
    // A person from a result who is not a member yet: add, set status, log a contact.
    const QList<Expected> want = expected(u"34"_s, u"31"_s, {});
    QString outsider;
    QSet<QString> memberIds;
    for (const auto& m : members)
        memberIds.insert(m.personId);
    for (const Expected& e : want) {
        if (!memberIds.contains(e.personId) && (outsider.isEmpty() || e.personId < outsider))
            outsider = e.personId;
    }
    REQUIRE_FALSE(outsider.isEmpty());
    dj::store::MemberRow row;
    row.registerName = u"上海安徽商会"_s;
    row.personId = outsider;
    row.role = u"会员"_s;
    row.joined = u"2025-01-02"_s;
    row.note = u"恳谈会上认识"_s;
    row.status = u"拟发展"_s;
    regs.upsertMember(row);
    regs.addContact({ 0, row.registerName, outsider, u"2025-01-05"_s, u"电话"_s, u"约走访"_s });
    const auto after = regs.members(u"上海安徽商会"_s);
    CHECK(after.size() == members.size() + 1);
    bool found = false;
    for (const auto& m : after) {
        if (m.personId == outsider) {
            found = true;
            CHECK(m.status == u"拟发展"_s);
            CHECK(m.note == u"恳谈会上认识"_s);
        }
    }
    CHECK(found);
    CHECK(regs.contacts(row.registerName, outsider).size() == 1);
    CHECK(regs.membershipsOf({ outsider }).value(outsider).contains(u"上海安徽商会"_s));
    // The engine marks membership in a result.
    const auto r = runCli({ u"hometown"_s, u"--db"_s, path, u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s });
    REQUIRE(r.exitCode == 0);
    for (const QJsonValue& v : r.json()[u"persons"_s].toArray()) {
        if (v[u"person_id"_s].toString() == outsider)
            CHECK(v[u"registers"_s].toArray().contains(QJsonValue(u"上海安徽商会"_s)));
    }
    // Priority industries per origin, read by the CLI.
    regs.setPriorityIndustries(u"34"_s, { u"C"_s });
    CHECK(regs.priorityIndustries(u"34"_s) == QStringList { u"C"_s });
    const auto p = runCli({ u"hometown"_s, u"--db"_s, path, u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s });
    CHECK(p.json()[u"priority_industries"_s].toArray() == QJsonArray { u"C"_s });
    regs.removeMember(row.registerName, outsider);
    CHECK(regs.members(u"上海安徽商会"_s).size() == members.size());
}

TEST_CASE(
    "hometown persisted snapshot: written by the demo, used when current, ignored when stale or damaged",
    "[hometown][persisted]")
{
    namespace h = dj::hometown;
    const Bundle& b = bundle();
    // The demo generator wrote it beside the cache, and it maps.
    REQUIRE(QFile::exists(h::HometownData::persistedPath(b.cache)));
    const auto mapped = h::HometownData::openPersisted(b.cache);
    REQUIRE(mapped);
    CHECK(mapped->isPersisted());
    // Its persons are those of persons.csv, and its registered links those of roles.csv + shareholdings.csv.
    CHECK(mapped->persons().size() == size_t(b.persons.size()));
    QSet<std::pair<QString, QString>> csvLinks;
    for (const auto& [key, titles] : b.roles)
        csvLinks.insert(key);
    for (const auto& [key, share] : b.shares)
        csvLinks.insert(key);
    size_t registered = 0;
    for (const auto& l : mapped->links())
        registered += (l.roles & h::kRegisteredRoles) ? 1 : 0;
    CHECK(registered == size_t(csvLinks.size()));

    // A copy without the file (read from the cache) and a copy with it answer the same JSON, for a
    // province nationwide, a county into a city, with the owner roles, and the summaries.
    QTemporaryDir tmp;
    const QString bare = tmp.filePath(u"bare.djcache"_s);
    const QString with = tmp.filePath(u"with.djcache"_s);
    REQUIRE(QFile::copy(b.cache, bare));
    REQUIRE(QFile::copy(b.cache, with));
    REQUIRE(QFile::copy(h::HometownData::persistedPath(b.cache), h::HometownData::persistedPath(with)));
    const QList<QStringList> queries {
        { u"hometown"_s, u"--origin"_s, u"34"_s, u"--target"_s, u"all"_s },
        { u"hometown"_s, u"--origin"_s, u"3415"_s, u"--target"_s, u"3101"_s },
        { u"hometown"_s, u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s, u"--roles"_s, u"ubo,股东"_s },
        { u"hometown"_s, u"summary"_s, u"--origin"_s, u"34"_s },
        { u"hometown"_s, u"summary"_s, u"--target"_s, u"3101"_s },
    };
    for (const QStringList& q : queries) {
        INFO(q.join(u' ').toStdString());
        QStringList withArgs = q, bareArgs = q;
        withArgs.insert(q[1] == u"summary"_s ? 2 : 1, u"--db"_s);
        withArgs.insert(q[1] == u"summary"_s ? 3 : 2, with);
        bareArgs.insert(q[1] == u"summary"_s ? 2 : 1, u"--db"_s);
        bareArgs.insert(q[1] == u"summary"_s ? 3 : 2, bare);
        const auto x = runCli(withArgs);
        const auto y = runCli(bareArgs);
        REQUIRE(x.exitCode == 0);
        REQUIRE(y.exitCode == 0);
        CHECK(x.json() == y.json());
    }
    CHECK_FALSE(QFile::exists(h::HometownData::persistedPath(bare))); // queries never write it

    // `hometown index` builds it when missing, and then finds it current.
    const auto built = runCli({ u"hometown"_s, u"index"_s, u"--db"_s, bare });
    REQUIRE(built.exitCode == 0);
    CHECK(built.json()[u"built"_s].toBool());
    CHECK(built.json()[u"persons"_s].toInt() == b.persons.size());
    const auto again = runCli({ u"hometown"_s, u"index"_s, u"--db"_s, bare });
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.json()[u"built"_s].toBool());
    CHECK(h::HometownData::openPersisted(bare));

    // A new data version (an import, a sync) makes it stale: not used, and the query still right.
    {
        dj::store::Database db = dj::store::Cache::open(with);
        dj::store::Cache::bumpDataVersion(db);
    }
    CHECK_FALSE(h::HometownData::openPersisted(with));
    const auto stale
        = runCli({ u"hometown"_s, u"--db"_s, with, u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s });
    REQUIRE(stale.exitCode == 0);
    compare(expected(u"34"_s, u"31"_s, {}), stale.json());

    // A damaged file (truncated, or garbage) is ignored, never read past its end.
    const QString snap = h::HometownData::persistedPath(bare);
    QFile f(snap);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.resize(f.size() / 2));
    f.close();
    CHECK_FALSE(h::HometownData::openPersisted(bare));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray(4096, 'x'));
    f.close();
    CHECK_FALSE(h::HometownData::openPersisted(bare));
    const auto damaged
        = runCli({ u"hometown"_s, u"--db"_s, bare, u"--origin"_s, u"34"_s, u"--target"_s, u"31"_s });
    REQUIRE(damaged.exitCode == 0);
    compare(expected(u"34"_s, u"31"_s, {}), damaged.json());
    // index on something that is not a cache: refused, nothing written beside it.
    const QString text = tmp.filePath(u"x.djcache"_s);
    QFile t(text);
    REQUIRE(t.open(QIODevice::WriteOnly));
    t.write("not a cache");
    t.close();
    CHECK(runCli({ u"hometown"_s, u"index"_s, u"--db"_s, text }).exitCode == 1);
    CHECK_FALSE(QFile::exists(h::HometownData::persistedPath(text)));
}
