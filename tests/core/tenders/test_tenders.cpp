// core/tenders and `dianjing-cli tenders …` against the demo generator's known projects, hand-built notices
// with hand-computed forecasts, and market figures recomputed from the exported tenders.csv (a plain CSV
// reader here, not core/io).
#include "core/demo/demogenerator.h"
#include "core/store/cache.h"
#include "core/store/tenderreads.h"
#include "core/tenders/forecaster.h"
#include "core/tenders/projectgrouper.h"
#include "core/tenders/tendermarket.h"
#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using dj::test::runCli;
namespace t = dj::tenders;

namespace {

using Row = QHash<QString, QString>;

// ---- a plain CSV reader (RFC 4180 quoting), independent of core/io
std::vector<t::Notice> loadNotices(const QString& cache)
{
    const dj::store::Database db = dj::store::Cache::open(cache, dj::store::Cache::Access::ReadOnly);
    const QList<dj::store::TenderRow> rows = dj::store::TenderReads(db).all();
    return { rows.begin(), rows.end() };
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// ---- the demo data set with its known projects, exported once
struct Demo
{
    QString cache;
    QString dir;
    QList<Row> tenders;
    QList<Row> enterprises;
    std::map<QString, std::set<QString>> known; // project key → tender ids
};

const Demo& demo()
{
    static QTemporaryDir tmp;
    static const Demo d = [] {
        Demo d;
        d.cache = tmp.filePath(u"demo.djcache"_s);
        dj::demo::DemoOptions options;
        options.enterprises = 20000;
        options.knownTenderProjectsPath = tmp.filePath(u"known.csv"_s);
        dj::demo::DemoGenerator::generate(d.cache, options);
        d.dir = tmp.filePath(u"bundle"_s);
        const auto r = runCli({ u"export"_s, u"--db"_s, d.cache, u"--out"_s, d.dir });
        REQUIRE(r.exitCode == 0);
        d.tenders = dj::test::readCsv(d.dir + u"/tenders.csv"_s);
        d.enterprises = dj::test::readCsv(d.dir + u"/enterprises.csv"_s);
        for (const Row& k : dj::test::readCsv(options.knownTenderProjectsPath))
            d.known[k[u"project_key"_s]].insert(k[u"tender_id"_s]);
        return d;
    }();
    return d;
}

// The resolved party key of the spec: USCC, else the USCC another row or an enterprise gives that name.
struct Resolver
{
    QHash<QString, QString> byName;
    explicit Resolver(const Demo& d)
    {
        for (const Row& e : d.enterprises)
            byName.insert(e[u"name"_s], e[u"uscc"_s]);
        for (const Row& r : d.tenders) {
            if (!r[u"buyer_uscc"_s].isEmpty())
                byName.insert(r[u"buyer_name"_s], r[u"buyer_uscc"_s]);
            if (!r[u"winner_uscc"_s].isEmpty())
                byName.insert(r[u"winner_name"_s], r[u"winner_uscc"_s]);
        }
    }
    QString key(const QString& uscc, const QString& name) const
    {
        if (!uscc.isEmpty())
            return uscc;
        const QString u = byName.value(name);
        return u.isEmpty() ? u"name:"_s + name : u;
    }
};

} // namespace

TEST_CASE("tenders.csv carries the exchange-format columns and fills the demo in phases", "[tenders]")
{
    const Demo& d = demo();
    const QList<QStringList> records = dj::test::readCsvRecords(d.dir + u"/tenders.csv"_s);
    REQUIRE(!records.isEmpty());
    CHECK(records.front().join(u',')
        == u"tender_id,buyer_uscc,buyer_name,region_code,project,phase,category,budget,announced,awarded,"
           "winner_uscc,winner_name,amount,contract_months,source"_s);
    CHECK(d.tenders.size() > 300);
    int multi = 0, service = 0, changed = 0;
    QHash<QString, QString> winnerOf;
    for (const auto& [key, ids] : d.known)
        if (ids.size() >= 2)
            ++multi;
    for (const Row& r : d.tenders) {
        if (!r[u"contract_months"_s].isEmpty())
            ++service;
        CHECK(QDate::fromString(r[u"announced"_s], Qt::ISODate).isValid());
        CHECK(r[u"announced"_s] <= u"2025-05-31"_s);
    }
    CHECK(multi > 50);
    CHECK(service > 20);
    // winners change within some projects
    QHash<QString, QString> projectOf;
    for (const auto& [key, ids] : d.known)
        for (const QString& id : ids)
            projectOf.insert(id, key);
    std::map<QString, std::set<QString>> winnersPerProject;
    for (const Row& r : d.tenders)
        if (!r[u"winner_name"_s].isEmpty())
            winnersPerProject[projectOf.value(r[u"tender_id"_s])].insert(r[u"winner_name"_s]);
    for (const auto& [key, w] : winnersPerProject)
        if (w.size() > 1)
            ++changed;
    CHECK(changed > 10);
    // same seed and size: the same tenders (the known-projects file too)
    QTemporaryDir again;
    dj::demo::DemoOptions options;
    options.enterprises = 20000;
    options.knownTenderProjectsPath = again.filePath(u"known.csv"_s);
    dj::demo::DemoGenerator::generate(again.filePath(u"c.djcache"_s), options);
    const auto r = runCli(
        { u"export"_s, u"--db"_s, again.filePath(u"c.djcache"_s), u"--out"_s, again.filePath(u"b"_s) });
    REQUIRE(r.exitCode == 0);
    CHECK(fileHash(again.filePath(u"b/tenders.csv"_s)) == fileHash(d.dir + u"/tenders.csv"_s));
}

TEST_CASE("grouping agrees with the demo generator's known projects", "[tenders]")
{
    const Demo& d = demo();
    const std::vector<t::Notice> notices = loadNotices(d.cache);
    REQUIRE(notices.size() == size_t(d.tenders.size()));
    const std::vector<t::Project> projects = t::ProjectGrouper::group(notices);
    std::set<std::set<QString>> found;
    for (const t::Project& p : projects) {
        std::set<QString> ids;
        for (const t::Phase& ph : p.phases)
            ids.insert(notices[size_t(ph.notice)].tenderId);
        found.insert(ids);
        CHECK_FALSE(p.evidence.isEmpty());
    }
    int exact = 0;
    QStringList misses;
    for (const auto& [key, ids] : d.known) {
        if (found.contains(ids))
            ++exact;
        else if (misses.size() < 5)
            misses << key;
    }
    INFO("missed: " << misses.join(u' '));
    // every known project found exactly (the same notices, no more, no fewer), and no extra projects
    CHECK(exact == int(d.known.size()));
    CHECK(projects.size() == d.known.size());
}

TEST_CASE("hand-built projects: renamed phases, two buyers with one name, a new winner", "[tenders]")
{
    const Demo& d = demo();
    const Row& firm = d.enterprises.front();
    QTemporaryDir tmp;
    QDir().mkpath(tmp.filePath(u"in"_s));
    {
        QFile e(tmp.filePath(u"in/enterprises.csv"_s));
        REQUIRE(e.open(QIODevice::WriteOnly));
        e.write((u"uscc,name,status,region_code\n"_s + firm[u"uscc"_s] + u","_s + firm[u"name"_s]
            + u",存续,"_s + firm[u"region_code"_s] + u"\n"_s)
                    .toUtf8());
    }
    const QString a = u"11320900MB1234567X"_s;
    const QString b = u"11320100MB7654321Y"_s;
    const QString w1 = firm[u"uscc"_s];
    const QString w1Name = firm[u"name"_s];
    {
        // vendor headers of a 中标 notice sheet (the synonyms), amounts in 万元
        QFile f(tmp.filePath(u"in/中标公告.csv"_s));
        REQUIRE(f.open(QIODevice::WriteOnly));
        QString s
            = u"项目编号,采购人统一社会信用代码,采购人,行政区划代码,项目名称,期次,品目,预算金额,公告日期,中标日期,中标供应商信用代码,中标供应商,中标金额,服务期限(月),来源\n"_s;
        s += u"T01,%1,盐城市大数据管理局,320900,盐城市政务云平台建设项目（一期）,一期,云计算,300万元,2019-03-01,2019-04-10,%2,%3,280万元,,中国政府采购网\n"_s
                 .arg(a, w1, w1Name);
        s += u"T02,,盐城市大数据管理局,320900,2021年盐城市政务云平台扩容项目（二期）,二期,云计算,400万元,2021-03-01,2021-04-05,,江苏云帆信息技术有限公司,390万元,,中国政府采购网\n"_s;
        s += u"T03,%1,盐城市大数据管理局,320900,盐城市政务云服务平台三期,,云计算,500万元,2023-03-01,2023-04-01,,江苏云帆信息技术有限公司,480万元,,中国政府采购网\n"_s
                 .arg(a);
        s += u"T04,%1,盐城市大数据管理局,320900,盐城市行业云平台采购项目,,云计算,80万元,2022-06-01,2022-07-01,,江苏云帆信息技术有限公司,78万元,,中国政府采购网\n"_s
                 .arg(a);
        s += u"T05,%1,盐城市大数据管理局,320900,智慧城管系统建设项目（一期）,一期,智慧城市,200万元,2020-05-01,,,,,,中国政府采购网\n"_s
                 .arg(a);
        s += u"T06,%1,南京市城市管理局,320100,智慧城管系统建设项目（一期）,一期,智慧城市,250万元,2020-06-01,,,,,,中国政府采购网\n"_s
                 .arg(b);
        s += u"T07,%1,盐城市大数据管理局,320900,2022年盐城市机房运维服务项目,,运维服务,60万元,2022-01-10,2022-02-15,,%2,58万元,12,中国政府采购网\n"_s
                 .arg(a, w1Name);
        s += u"T08,%1,盐城市大数据管理局,320900,2023年盐城市机房运维服务项目,续期,运维服务,62万元,2023-01-05,2023-02-10,%2,%3,60万元,12,中国政府采购网\n"_s
                 .arg(a, w1, w1Name);
        s += u"T09,%1,盐城市大数据管理局,320900,坏日期的项目,,云计算,10万元,2023-13-45,,,,,,中国政府采购网\n"_s
                 .arg(a);
        f.write(s.toUtf8());
    }
    const QString cache = tmp.filePath(u"hand.djcache"_s);
    const auto imp = runCli({ u"import"_s, u"--db"_s, cache, tmp.filePath(u"in"_s) });
    INFO(imp.out.toStdString() << imp.err.toStdString());
    REQUIRE(imp.exitCode == 0);
    CHECK(imp.json()[u"imported"_s].toObject()[u"tenders"_s].toInt() == 8);
    const QJsonArray rejected = imp.json()[u"rejected"_s].toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].toObject()[u"column"_s].toString().contains(u"公告日期"_s));

    const std::vector<t::Notice> notices = loadNotices(cache);
    REQUIRE(notices.size() == 8);
    auto notice = [&](const QString& id) -> const t::Notice& {
        for (const t::Notice& n : notices)
            if (n.tenderId == id)
                return n;
        FAIL("no notice " << id);
        return notices.front();
    };
    CHECK(notice(u"T01"_s).budget == 3000000.0);
    CHECK(notice(u"T02"_s).buyerUscc == a); // by name, from T01
    CHECK(notice(u"T02"_s).buyerLink == dj::store::PartyLink::Name);
    CHECK(notice(u"T07"_s).winnerUscc == w1); // by name, from the enterprises
    CHECK(notice(u"T07"_s).winnerLink == dj::store::PartyLink::Name);
    CHECK(notice(u"T07"_s).winnerInCache);
    CHECK(notice(u"T02"_s).winnerUscc.isEmpty());
    CHECK(notice(u"T02"_s).winnerLink == dj::store::PartyLink::None);

    const std::vector<t::Project> projects = t::ProjectGrouper::group(notices);
    std::map<std::set<QString>, const t::Project*> byIds;
    for (const t::Project& p : projects) {
        std::set<QString> ids;
        for (const t::Phase& ph : p.phases)
            ids.insert(notices[size_t(ph.notice)].tenderId);
        byIds[ids] = &p;
    }
    const std::set<std::set<QString>> expected = { { u"T01"_s, u"T02"_s, u"T03"_s }, { u"T04"_s },
        { u"T05"_s }, { u"T06"_s }, { u"T07"_s, u"T08"_s } };
    std::set<std::set<QString>> got;
    for (const auto& [ids, p] : byIds)
        got.insert(ids);
    CHECK(got == expected);
    const t::Project* cloud = byIds.at({ u"T01"_s, u"T02"_s, u"T03"_s });
    REQUIRE(cloud->phases.size() == 3);
    CHECK(cloud->phases[0].number == 1);
    CHECK(cloud->phases[1].number == 2);
    CHECK(cloud->phases[2].number == 3);
    CHECK(cloud->phases[0].incumbency == t::Incumbency::First);
    CHECK(cloud->phases[1].incumbency == t::Incumbency::Lost);
    CHECK(cloud->phases[1].previousWinner == w1Name);
    CHECK(cloud->phases[2].incumbency == t::Incumbency::Kept);
    CHECK(cloud->incumbent(notices) == u"江苏云帆信息技术有限公司"_s);
    const t::Project* ops = byIds.at({ u"T07"_s, u"T08"_s });
    CHECK(ops->service);
    CHECK(ops->phases[1].incumbency == t::Incumbency::Kept);
    CHECK(ops->phases[1].number == 2);

    // Forecasts as of 2023-06-01, 24 months, recomputed by hand from the rules of forecaster.h.
    t::ForecastOptions o;
    o.asOf = QDate(2023, 6, 1);
    o.horizonMonths = 24;
    const std::vector<t::Forecast> forecasts = t::Forecaster::forecast(notices, projects, o);
    struct Want
    {
        t::ForecastKind kind;
        QString category;
        QDate from, to;
        double low, high;
    };
    std::vector<Want> want;
    // cloud: gaps 2019-03-01 → 2021-03-01 → 2023-03-01
    const double gap
        = (QDate(2019, 3, 1).daysTo(QDate(2021, 3, 1)) + QDate(2021, 3, 1).daysTo(QDate(2023, 3, 1))) / 2.0;
    const qint64 half = std::max<qint64>(90, qRound64(0.35 * gap));
    const QDate next = QDate(2023, 3, 1).addDays(qRound64(gap));
    want.push_back({ t::ForecastKind::NextPhase, u"云计算"_s, next.addDays(-half), next.addDays(half),
        0.8 * 4e6, 1.3 * 5e6 });
    // 智慧城管 (one phase each buyer, no multi-phase project in the category): 540 days, one phase ahead —
    // overdue by asOf, so no forecast
    for (const auto& [day, budget] :
        { std::pair { QDate(2020, 5, 1), 2e6 }, std::pair { QDate(2020, 6, 1), 2.5e6 } })
        for (int k = 1; k <= 1; ++k) {
            const QDate e = day.addDays(540 * k);
            const QDate from = e.addDays(-189), to = e.addDays(189);
            if (to >= o.asOf && from <= o.asOf.addMonths(24))
                want.push_back(
                    { t::ForecastKind::NextPhase, u"智慧城市"_s, from, to, 0.8 * budget, 1.3 * budget });
        }
    // machine-room service: T08 awarded 2023-02-10 for 12 months
    for (int k = 0; k < 3; ++k) {
        const QDate end = QDate(2023, 2, 10).addMonths(12 * (k + 1));
        if (end.addMonths(1) >= o.asOf && end.addMonths(-4) <= o.asOf.addMonths(24))
            want.push_back({ t::ForecastKind::Renewal, u"运维服务"_s, end.addMonths(-4), end.addMonths(1),
                0.8 * 6e5, 1.3 * 6.2e5 });
    }
    // buyer rhythm of 盐城市大数据管理局: 7 notices up to asOf, months 3 (×3) and 1 (×2) pass ≥ 2 and ≥ 20 %
    std::vector<double> values = { 3e6, 4e6, 5e6, 8e5, 2e6, 6e5, 6.2e5 };
    std::sort(values.begin(), values.end());
    const double p25 = values[size_t(std::ceil(0.25 * 7)) - 1], p75 = values[size_t(std::ceil(0.75 * 7)) - 1];
    for (const QDate m : { QDate(2024, 1, 1), QDate(2024, 3, 1), QDate(2025, 1, 1), QDate(2025, 3, 1) })
        want.push_back({ t::ForecastKind::BuyerRhythm, QString(), m, m.addMonths(1).addDays(-1), p25, p75 });
    REQUIRE(forecasts.size() == want.size());
    for (const Want& w : want) {
        const auto it = std::find_if(forecasts.begin(), forecasts.end(), [&](const t::Forecast& f) {
            return f.kind == w.kind && f.category == w.category && f.from == w.from && f.to == w.to;
        });
        INFO(t::forecastKindName(w.kind) << " " << w.category << " " << w.from.toString(Qt::ISODate));
        REQUIRE(it != forecasts.end());
        CHECK(it->budgetLow.value_or(-1) == Approx(w.low));
        CHECK(it->budgetHigh.value_or(-1) == Approx(w.high));
        CHECK_FALSE(it->reason.isEmpty());
    }
    // the cloud forecast names the incumbent
    for (const t::Forecast& f : forecasts)
        if (f.kind == t::ForecastKind::NextPhase && f.category == u"云计算"_s)
            CHECK(f.incumbent == u"江苏云帆信息技术有限公司"_s);

    // CLI: two buyers with the same project name stay apart; the market's shares by hand
    const auto cli
        = runCli({ u"tenders"_s, u"projects"_s, u"--db"_s, cache, u"--category"_s, u"智慧城市"_s });
    REQUIRE(cli.exitCode == 0);
    CHECK(cli.json()[u"total"_s].toInt() == 2);
    const auto m = runCli(
        { u"tenders"_s, u"market"_s, u"--db"_s, cache, u"--region"_s, u"3209"_s, u"--operator"_s, w1 });
    REQUIRE(m.exitCode == 0);
    // 3209 awards: w1 2.8e6 + 0.58e6 + 0.6e6; 云帆 3.9e6 + 4.8e6 + 0.78e6
    const double w1Sum = 2.8e6 + 0.58e6 + 0.6e6, yfSum = 3.9e6 + 4.8e6 + 0.78e6, all = w1Sum + yfSum;
    CHECK(m.json()[u"tenders"_s].toInt() == 7);
    CHECK(m.json()[u"awards"_s].toInt() == 6);
    CHECK(m.json()[u"hhi"_s].toDouble()
        == Approx(std::pow(100 * w1Sum / all, 2) + std::pow(100 * yfSum / all, 2)));
    CHECK(m.json()[u"operator"_s].toObject()[u"count"_s].toInt() == 3);
    CHECK(m.json()[u"operator"_s].toObject()[u"share"_s].toDouble() == Approx(w1Sum / all));
}

TEST_CASE(
    "demo forecasts and market figures agree with an independent computation from tenders.csv", "[tenders]")
{
    const Demo& d = demo();
    const Resolver res(d);
    // renewals from the known projects: the last awarded notice with contract_months
    QHash<QString, Row> byId;
    for (const Row& r : d.tenders)
        byId.insert(r[u"tender_id"_s], r);
    QDate today;
    for (const Row& r : d.tenders)
        for (const char* c : { "announced", "awarded" }) {
            const QDate x = QDate::fromString(r[QString::fromLatin1(c)], Qt::ISODate);
            if (x.isValid() && (!today.isValid() || x > today))
                today = x;
        }
    std::multiset<std::tuple<QString, QString, QDate, QDate>> wantRenewals;
    for (const auto& [key, ids] : d.known) {
        std::vector<Row> rows;
        for (const QString& id : ids)
            rows.push_back(byId.value(id));
        std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
            return std::pair(x[u"announced"_s], x[u"tender_id"_s])
                < std::pair(y[u"announced"_s], y[u"tender_id"_s]);
        });
        if (rows.back()[u"awarded"_s].isEmpty())
            continue;
        const Row* contract = nullptr;
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            if (!(*it)[u"contract_months"_s].isEmpty() && !(*it)[u"awarded"_s].isEmpty()) {
                contract = &*it;
                break;
            }
        if (!contract)
            continue;
        const QDate awarded = QDate::fromString((*contract)[u"awarded"_s], Qt::ISODate);
        const int months = (*contract)[u"contract_months"_s].toInt();
        for (int k = 0; k < 3; ++k) {
            const QDate end = awarded.addMonths(months * (k + 1));
            if (end.addMonths(1) >= today && end.addMonths(-4) <= today.addMonths(12))
                wantRenewals.insert({ res.key(rows.front()[u"buyer_uscc"_s], rows.front()[u"buyer_name"_s]),
                    rows.front()[u"category"_s], end.addMonths(-4), end.addMonths(1) });
        }
    }
    const auto r = runCli({ u"tenders"_s, u"forecast"_s, u"--db"_s, d.cache, u"--months"_s, u"12"_s });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"as_of"_s].toString() == today.toString(Qt::ISODate));
    std::multiset<std::tuple<QString, QString, QDate, QDate>> gotRenewals;
    for (const QJsonValue v : r.json()[u"forecasts"_s].toArray()) {
        const QJsonObject f = v.toObject();
        CHECK_FALSE(f[u"reason"_s].toString().isEmpty());
        CHECK(f[u"from"_s].toString() <= f[u"to"_s].toString());
        if (f[u"kind"_s].toString() == u"renewal"_s)
            gotRenewals.insert({ res.key(f[u"buyer_uscc"_s].toString(), f[u"buyer_name"_s].toString()),
                f[u"category"_s].toString(), QDate::fromString(f[u"from"_s].toString(), Qt::ISODate),
                QDate::fromString(f[u"to"_s].toString(), Qt::ISODate) });
    }
    CHECK(wantRenewals.size() > 5);
    CHECK(gotRenewals == wantRenewals);

    // market of the province with most tenders, in its most frequent category
    QHash<QString, int> perProvince;
    for (const Row& x : d.tenders)
        ++perProvince[x[u"region_code"_s].left(2)];
    QString province;
    for (auto it = perProvince.begin(); it != perProvince.end(); ++it)
        if (province.isEmpty() || it.value() > perProvince.value(province))
            province = it.key();
    QHash<QString, int> perCategory;
    for (const Row& x : d.tenders)
        if (x[u"region_code"_s].startsWith(province))
            ++perCategory[x[u"category"_s]];
    QString category;
    for (auto it = perCategory.begin(); it != perCategory.end(); ++it)
        if (category.isEmpty() || it.value() > perCategory.value(category))
            category = it.key();
    int count = 0, awards = 0;
    double budget = 0, amount = 0;
    std::map<QString, double> winners;
    std::set<QString> buyers;
    for (const Row& x : d.tenders) {
        if (!x[u"region_code"_s].startsWith(province) || x[u"category"_s] != category)
            continue;
        ++count;
        budget += x[u"budget"_s].toDouble();
        buyers.insert(res.key(x[u"buyer_uscc"_s], x[u"buyer_name"_s]));
        if (x[u"winner_name"_s].isEmpty() && x[u"winner_uscc"_s].isEmpty())
            continue;
        ++awards;
        amount += x[u"amount"_s].toDouble();
        winners[res.key(x[u"winner_uscc"_s], x[u"winner_name"_s])] += x[u"amount"_s].toDouble();
    }
    double hhi = 0;
    for (const auto& [k, v] : winners)
        hhi += std::pow(100 * v / amount, 2);
    const QString op = winners.begin()->first;
    const auto m = runCli({ u"tenders"_s, u"market"_s, u"--db"_s, d.cache, u"--region"_s, province,
        u"--category"_s, category, u"--operator"_s, op });
    REQUIRE(m.exitCode == 0);
    const QJsonObject mj = m.json();
    CHECK(mj[u"tenders"_s].toInt() == count);
    CHECK(mj[u"awards"_s].toInt() == awards);
    CHECK(mj[u"budget"_s].toDouble() == Approx(budget));
    CHECK(mj[u"amount"_s].toDouble() == Approx(amount));
    CHECK(mj[u"buyer_count"_s].toInt() == int(buyers.size()));
    CHECK(mj[u"winner_count"_s].toInt() == int(winners.size()));
    CHECK(mj[u"hhi"_s].toDouble() == Approx(hhi));
    CHECK(mj[u"operator"_s].toObject()[u"amount"_s].toDouble() == Approx(winners.begin()->second));

    // back-test: hidden = notices of the last two years; the forecasts find a good part of them
    const QDate cutoff = today.addYears(-2);
    int hidden = 0;
    for (const Row& x : d.tenders)
        if (QDate::fromString(x[u"announced"_s], Qt::ISODate) > cutoff)
            ++hidden;
    const auto bt = runCli({ u"tenders"_s, u"backtest"_s, u"--db"_s, d.cache });
    REQUIRE(bt.exitCode == 0);
    const QJsonObject b = bt.json();
    CHECK(b[u"cutoff"_s].toString() == cutoff.toString(Qt::ISODate));
    CHECK(b[u"hidden"_s].toInt() == hidden);
    CHECK(b[u"visible"_s].toInt() == d.tenders.size() - hidden);
    CHECK(b[u"hits"_s].toInt() <= b[u"forecasts"_s].toInt());
    CHECK(b[u"precision"_s].toDouble() == Approx(double(b[u"hits"_s].toInt()) / b[u"forecasts"_s].toInt()));
    CHECK(b[u"recall"_s].toDouble() == Approx(double(b[u"covered"_s].toInt()) / hidden));
    CHECK(b[u"precision"_s].toDouble() > 0.3);
    CHECK(b[u"recall"_s].toDouble() > 0.3);
}

TEST_CASE("tenders commands refuse bad input clearly and leave the cache alone", "[tenders]")
{
    const Demo& d = demo();
    const QByteArray before = fileHash(d.cache);
    auto run = [&](const QStringList& args) { return runCli(QStringList { u"tenders"_s } + args); };
    CHECK(run({ u"projects"_s }).exitCode == 2); // no --db
    const auto missing = run({ u"forecast"_s, u"--db"_s, u"/nonexistent/x.djcache"_s });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("does not exist"));
    const auto region = run({ u"projects"_s, u"--db"_s, d.cache, u"--region"_s, u"99"_s });
    CHECK(region.exitCode == 1);
    CHECK(region.err.contains("--region"));
    CHECK(run({ u"projects"_s, u"--db"_s, d.cache, u"--region"_s, u"3%"_s }).exitCode == 1);
    const auto cat = run({ u"projects"_s, u"--db"_s, d.cache, u"--category"_s, u"\x01\xff胡说"_s });
    CHECK(cat.exitCode == 1);
    CHECK(cat.err.contains("not found"));
    CHECK(run({ u"forecast"_s, u"--db"_s, d.cache, u"--months"_s, u"0"_s }).exitCode == 2);
    CHECK(run({ u"forecast"_s, u"--db"_s, d.cache, u"--months"_s, u"abc"_s }).exitCode == 2);
    CHECK(run({ u"forecast"_s, u"--db"_s, d.cache, u"--as-of"_s, u"2024-02-30"_s }).exitCode == 1);
    CHECK(run({ u"backtest"_s, u"--db"_s, d.cache, u"--years"_s, u"-1"_s }).exitCode == 2);
    const auto buyer = run({ u"buyer"_s, u"--db"_s, d.cache, u"没有这个采购人"_s });
    CHECK(buyer.exitCode == 1);
    CHECK(buyer.err.contains("not found"));
    // a real buyer is found by name and by code
    const Row& first = d.tenders.front();
    const auto byName = run({ u"buyer"_s, u"--db"_s, d.cache, first[u"buyer_name"_s] });
    REQUIRE(byName.exitCode == 0);
    CHECK(byName.json()[u"tenders"_s].toInt() > 0);
    CHECK(run({ u"forecast"_s, u"--db"_s, d.cache, u"--bogus"_s }).exitCode == 2);
    CHECK(fileHash(d.cache) == before);

    // not a cache: refused, unchanged
    QTemporaryDir tmp;
    const QString junk = tmp.filePath(u"junk.djcache"_s);
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not sqlite at all");
    }
    CHECK(run({ u"forecast"_s, u"--db"_s, junk }).exitCode == 1);
    QFile f(junk);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "not sqlite at all");
}

TEST_CASE("name cores and phase numbers", "[tenders]")
{
    CHECK(t::ProjectGrouper::phaseNumber(u"二期"_s, QString()) == 2);
    CHECK(t::ProjectGrouper::phaseNumber(QString(), u"XX平台第三期工程"_s) == 3);
    CHECK(t::ProjectGrouper::phaseNumber(QString(), u"XX平台（1期）"_s) == 1);
    CHECK(t::ProjectGrouper::phaseNumber(u"续期"_s, u"XX运维"_s) == -1);
    CHECK(t::ProjectGrouper::phaseNumber(QString(), u"XX运维"_s) == 0);
    CHECK(t::ProjectGrouper::nameCore(u"2021年盐城市政务云平台扩容项目（二期）"_s, u"盐城市大数据管理局"_s)
        == u"政务云平台扩容"_s);
    CHECK(t::ProjectGrouper::nameCore(u"盐城市政务云平台建设项目（一期）"_s, u"盐城市大数据管理局"_s)
        == u"政务云平台"_s);
    CHECK(t::ProjectGrouper::similarity(u"政务云平台"_s, u"行业云平台"_s) < t::ProjectGrouper::kThreshold);
    CHECK(
        t::ProjectGrouper::similarity(u"政务云平台"_s, u"政务云平台扩容"_s) >= t::ProjectGrouper::kThreshold);
}

TEST_CASE("demand signals agree with a recomputation from the exported bundle", "[tenders]")
{
    const Demo& d = demo();
    const QString prefix = u"32"_s;
    int year = 0;
    const QList<Row> financials = dj::test::readCsv(d.dir + u"/financials.csv"_s);
    for (const Row& f : financials)
        year = std::max(year, f[u"year"_s].toInt());
    REQUIRE(year > 0);
    const QString since = QStringLiteral("%1-01-01").arg(year - 1);
    struct E
    {
        QString name, established;
        bool operating = false, inRegion = false;
        std::optional<double> rev, revBefore;
        std::optional<qint64> emp, empBefore;
        bool recognised = false;
        int financing = 0, ip = 0, branches = 0;
    };
    std::map<QString, E> ents;
    for (const Row& e : d.enterprises) {
        E& x = ents[e[u"uscc"_s]];
        x.name = e[u"name"_s];
        x.established = e[u"established"_s];
        x.operating = e[u"status"_s] == u"存续"_s || e[u"status"_s] == u"在业"_s;
        x.inRegion = e[u"region_code"_s].startsWith(prefix);
    }
    for (const Row& f : financials) {
        const auto it = ents.find(f[u"uscc"_s]);
        if (it == ents.end())
            continue;
        const int y = f[u"year"_s].toInt();
        const auto num = [&](const char* c) -> std::optional<double> {
            const QString v = f[QString::fromLatin1(c)];
            return v.isEmpty() ? std::nullopt : std::optional<double>(v.toDouble());
        };
        if (y == year) {
            it->second.rev = num("revenue");
            if (const auto e = num("employees"))
                it->second.emp = qint64(*e);
        } else if (y == year - 1) {
            it->second.revBefore = num("revenue");
            if (const auto e = num("employees"))
                it->second.empBefore = qint64(*e);
        }
    }
    for (const Row& q : dj::test::readCsv(d.dir + u"/qualifications.csv"_s))
        if (q[u"year"_s].toInt() >= year - 1
            && (q[u"kind"_s].contains(u"高新技术"_s) || q[u"kind"_s].contains(u"专精特新"_s))
            && ents.contains(q[u"uscc"_s]))
            ents[q[u"uscc"_s]].recognised = true;
    for (const Row& g : dj::test::readCsv(d.dir + u"/financing.csv"_s))
        if (g[u"date"_s] >= since && ents.contains(g[u"uscc"_s]))
            ++ents[g[u"uscc"_s]].financing;
    for (const Row& i : dj::test::readCsv(d.dir + u"/ip.csv"_s))
        if (i[u"date"_s] >= since && (i[u"kind"_s].contains(u"软件"_s) || i[u"kind"_s].contains(u"专利"_s))
            && ents.contains(i[u"uscc"_s]))
            ++ents[i[u"uscc"_s]].ip;
    // branches: names that extend an enterprise's name with 分公司, established since
    QHash<QString, QString> usccByName;
    for (const auto& [uscc, e] : ents)
        usccByName.insert(e.name, uscc);
    for (const auto& [uscc, e] : ents) {
        if (!e.name.contains(u"分公司"_s) || e.established < since)
            continue;
        // every registered name that is a proper prefix of this one
        for (qsizetype n = 1; n < e.name.size(); ++n) {
            const auto head = usccByName.constFind(e.name.left(n));
            if (head != usccByName.constEnd())
                ++ents[*head].branches;
        }
    }
    std::vector<std::tuple<int, double, QString>> want;
    for (const auto& [uscc, e] : ents) {
        if (!e.operating || !e.inRegion)
            continue;
        int score = 0;
        if (e.rev && e.revBefore && *e.revBefore > 0 && *e.rev >= 1.3 * *e.revBefore)
            score += 2;
        if (e.emp && e.empBefore && *e.empBefore > 0 && double(*e.emp) >= 1.2 * double(*e.empBefore))
            score += 1;
        if (e.recognised)
            score += 2;
        if (e.financing > 0)
            score += 2;
        if (e.ip >= 2)
            score += e.ip >= 5 ? 2 : 1;
        score += std::min(2, e.branches);
        if (score >= 3)
            want.emplace_back(score, e.rev.value_or(0), uscc);
    }
    std::sort(want.begin(), want.end(), [](const auto& a, const auto& b) {
        if (std::get<0>(a) != std::get<0>(b))
            return std::get<0>(a) > std::get<0>(b);
        if (std::get<1>(a) != std::get<1>(b))
            return std::get<1>(a) > std::get<1>(b);
        return std::get<2>(a) < std::get<2>(b);
    });
    REQUIRE(want.size() > 10);
    const auto r = runCli(
        { u"tenders"_s, u"signals"_s, u"--db"_s, d.cache, u"--region"_s, prefix, u"--limit"_s, u"100000"_s });
    REQUIRE(r.exitCode == 0);
    const QJsonArray got = r.json()[u"enterprises"_s].toArray();
    REQUIRE(got.size() == qsizetype(want.size()));
    for (qsizetype i = 0; i < got.size(); ++i) {
        INFO(i);
        CHECK(got[i].toObject()[u"uscc"_s].toString() == std::get<2>(want[size_t(i)]));
        CHECK(got[i].toObject()[u"score"_s].toInt() == std::get<0>(want[size_t(i)]));
        CHECK_FALSE(got[i].toObject()[u"signals"_s].toArray().isEmpty());
    }
}
