// Buyers and winners without a code and without an exact name are linked through the batch matcher
// (core/match) with the match's evidence; ambiguous and unknown names stay unlinked and are reported.
// Hand-built cases: 有限公司 vs 有限责任公司, brackets and a dropped province, a former name, two enterprises
// with the same core name, an unknown name, and exact names / codes that the first pass already links.
#include "core/store/cache.h"
#include "core/store/tenderreads.h"
#include "core/tenders/partylinker.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using dj::test::runCli;

namespace {

void write(const QString& path, const QString& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

const QString kInvest = u"91320900MA1AAAAA1A"_s; // 盐城市智慧城市投资有限责任公司
const QString kShulian = u"91320100MA1BBBBB1B"_s; // 江苏数联科技（南京）有限公司
const QString kXinyuan
    = u"91320900MA1CCCCC1C"_s; // 盐城新元信息技术有限公司, formerly 盐城旧元网络科技有限公司
const QString kHuaxinNj = u"91320100MA1DDDDD1D"_s; // 南京华信通信工程有限公司
const QString kHuaxinSz = u"91320500MA1EEEEE1E"_s; // 苏州华信通信工程有限公司
const QString kExact = u"91320900MA1FFFFF1F"_s; // 盐城恒通数据服务有限公司

QString makeCache(const QTemporaryDir& dir)
{
    const QString in = dir.filePath(u"in"_s);
    REQUIRE(QDir().mkpath(in));
    write(in + u"/enterprises.csv"_s,
        u"uscc,name,former_names,status,region_code\n"
        "%1,盐城市智慧城市投资有限责任公司,,存续,320902\n"
        "%2,江苏数联科技（南京）有限公司,,存续,320102\n"
        "%3,盐城新元信息技术有限公司,盐城旧元网络科技有限公司,存续,320902\n"
        "%4,南京华信通信工程有限公司,,存续,320102\n"
        "%5,苏州华信通信工程有限公司,,存续,320505\n"
        "%6,盐城恒通数据服务有限公司,,存续,320902\n"_s.arg(
            kInvest, kShulian, kXinyuan, kHuaxinNj, kHuaxinSz, kExact));
    write(in + u"/tenders.csv"_s,
        u"tender_id,buyer_uscc,buyer_name,region_code,project,phase,category,budget,announced,awarded,"
        "winner_uscc,winner_name,amount,contract_months,source\n"
        // 有限公司 written for 有限责任公司
        "P1,,盐城市智慧城市投资有限公司,320900,智慧园区平台（一期）,一期,智慧城市,3000000,2021-03-01,2021-04-"
        "01,,"
        "数联科技(南京)有限公司,2900000,,测试\n"
        // the winner by its former name; the buyer by its exact name (first pass)
        "P2,,盐城恒通数据服务有限公司,320900,数据中心机房改造,,数据中心,800000,2022-05-01,2022-06-01,,"
        "盐城旧元网络科技有限公司,780000,,测试\n"
        // two enterprises share the core 华信通信工程: ambiguous, left unlinked
        "P3,,盐城市智慧城市投资有限公司,320900,智慧园区平台（二期）,二期,智慧城市,3500000,2023-03-01,2023-04-"
        "01,,"
        "华信通信工程有限公司,3400000,,测试\n"
        // nobody of that name
        "P4,,盐城市某某不存在的单位,320900,安防监控系统,,安防监控,500000,2023-06-01,2023-07-01,,,,,测试\n"
        // a code given: kept as it is
        "P5,%1,盐城市智慧城市投资有限公司,320900,智慧园区运维,,运维服务,200000,2023-08-01,2023-09-01,%2,"
        "盐城恒通数据服务有限公司,190000,12,测试\n"_s.arg(kInvest, kExact));
    const QString cache = dir.filePath(u"m.djcache"_s);
    const auto imp = runCli({ u"import"_s, u"--db"_s, cache, in });
    INFO(imp.out.toStdString() << imp.err.toStdString());
    REQUIRE(imp.exitCode == 0);
    return cache;
}

} // namespace

TEST_CASE("parties without a code or exact name are linked through the batch matcher with evidence")
{
    QTemporaryDir dir;
    const QString cache = makeCache(dir);
    std::vector<dj::tenders::Notice> notices;
    {
        const dj::store::Database db = dj::store::Cache::open(cache, dj::store::Cache::Access::ReadOnly);
        const auto rows = dj::store::TenderReads(db).all();
        notices.assign(rows.begin(), rows.end());
    }
    REQUIRE(notices.size() == 5);
    QHash<QString, dj::tenders::Notice*> byId;
    for (auto& n : notices)
        byId.insert(n.tenderId, &n);
    using L = dj::store::PartyLink;
    // the first pass (codes, exact names, codes other notices give for a name)
    CHECK(byId[u"P2"_s]->buyerLink == L::Name);
    CHECK(byId[u"P2"_s]->buyerUscc == kExact);
    CHECK(byId[u"P2"_s]->winnerLink == L::None);
    CHECK(byId[u"P3"_s]->winnerLink == L::None);

    const auto report = dj::tenders::PartyLinker(cache).link(notices);

    const auto& p1 = *byId[u"P1"_s];
    CHECK(p1.winnerLink == L::Matched); // 数联科技(南京)有限公司 → 江苏数联科技（南京）有限公司
    CHECK(p1.winnerUscc == kShulian);
    CHECK(p1.winnerMatch.how == u"similar_name");
    CHECK(p1.winnerMatch.matchedName == u"江苏数联科技（南京）有限公司");
    CHECK(p1.winnerMatch.score >= 0.8);
    CHECK(p1.winnerInCache);
    const auto& p2 = *byId[u"P2"_s];
    CHECK(p2.winnerLink == L::Matched);
    CHECK(p2.winnerUscc == kXinyuan);
    CHECK(p2.winnerMatch.how == u"former_name");
    CHECK(p2.winnerMatch.matchedName == u"盐城新元信息技术有限公司");
    const auto& p3 = *byId[u"P3"_s];
    CHECK(p3.winnerLink == L::None);
    CHECK(p3.winnerUscc.isEmpty());
    const auto& p4 = *byId[u"P4"_s];
    CHECK(p4.buyerLink == L::None);
    const auto& p5 = *byId[u"P5"_s];
    CHECK(p5.buyerLink == L::Uscc);
    CHECK(p5.winnerLink == L::Uscc);

    // P5 names the 有限公司 spelling with its code, so the first pass already linked P1's and P3's buyer
    CHECK(p1.buyerUscc == kInvest);
    CHECK(p3.buyerUscc == kInvest);

    REQUIRE(report.ambiguous.size() == 1);
    CHECK(report.ambiguous[0].name == u"华信通信工程有限公司");
    CHECK(report.ambiguous[0].role == u"winner");
    REQUIRE(report.ambiguous[0].candidates.size() >= 2);
    CHECK(report.ambiguous[0].candidates.join(u' ').contains(kHuaxinNj));
    CHECK(report.ambiguous[0].candidates.join(u' ').contains(kHuaxinSz));
    REQUIRE(report.notFound.size() == 1);
    CHECK(report.notFound[0].name == u"盐城市某某不存在的单位");
    CHECK(report.matched == 2);
    CHECK(report.names == 4);
    CHECK(report.noticesLinked == 2);
}

TEST_CASE("a buyer written with 有限公司 for 有限责任公司 links by the matcher when no notice gives its code")
{
    QTemporaryDir dir;
    const QString cache = makeCache(dir);
    std::vector<dj::tenders::Notice> notices;
    {
        const dj::store::Database db = dj::store::Cache::open(cache, dj::store::Cache::Access::ReadOnly);
        const auto rows = dj::store::TenderReads(db).all();
        for (const auto& r : rows)
            if (r.tenderId != u"P5") // without the notice that names it with a code
                notices.push_back(r);
    }
    for (auto& n : notices)
        if (n.buyerName == u"盐城市智慧城市投资有限公司" && n.buyerLink != dj::store::PartyLink::Uscc) {
            // the first pass learnt the code from P5: forget it, as if P5 never existed
            n.buyerUscc.clear();
            n.buyerLink = dj::store::PartyLink::None;
            n.buyerInCache = false;
        }
    dj::tenders::PartyLinker(cache).link(notices);
    int linked = 0;
    for (const auto& n : notices)
        if (n.buyerName == u"盐城市智慧城市投资有限公司") {
            CHECK(n.buyerLink == dj::store::PartyLink::Matched);
            CHECK(n.buyerUscc == kInvest);
            CHECK(n.buyerMatch.how == u"similar_name");
            CHECK(n.buyerMatch.matchedName == u"盐城市智慧城市投资有限责任公司");
            ++linked;
        }
    CHECK(linked == 2);
}

TEST_CASE("tenders projects reports the matcher's links and the names it left unlinked")
{
    QTemporaryDir dir;
    const QString cache = makeCache(dir);
    const auto r = runCli({ u"tenders"_s, u"projects"_s, u"--db"_s, cache });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject links = r.json()[u"links"_s].toObject();
    CHECK(links[u"matched"_s].toInt() == 2);
    CHECK(links[u"ambiguous_count"_s].toInt() == 1);
    CHECK(links[u"not_found_count"_s].toInt() == 1);
    CHECK(links[u"ambiguous"_s].toArray()[0][u"name"_s].toString() == u"华信通信工程有限公司");
    bool seen = false;
    for (const auto& p : r.json()[u"projects"_s].toArray())
        for (const auto& ph : p[u"phases"_s].toArray())
            if (ph[u"tender_id"_s].toString() == u"P2") {
                seen = true;
                CHECK(ph[u"winner_uscc"_s].toString() == kXinyuan);
                CHECK(ph[u"winner_link"_s].toString() == u"matched");
                CHECK(ph[u"winner_match"_s].toObject()[u"how"_s].toString() == u"former_name");
            }
    CHECK(seen);
}
