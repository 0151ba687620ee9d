#include "core/codes/industries.h"
#include "tests/support/testutil.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using dj::codes::Industries;
using dj::codes::Industry;

namespace {
const Industries& I()
{
    return Industries::instance();
}
} // namespace

TEST_CASE("Industries: counts of GB/T 4754-2017", "[codes][industries]")
{
    CHECK(I().sections().size() == 20);
    CHECK(I().divisions().size() == 97);
    CHECK(I().groups().size() == 473);
    // The transcribed source lists 1,381 classes: one more than the 1,380 of the 2017 text, one fewer than
    // the 1,382 after the 2019 amendment. Section C alone has 609.
    CHECK(I().classes().size() == 1381);
    int manufacturing = 0;
    for (const Industry* c : I().classes())
        manufacturing += I().sectionOf(c->code) == u"C" ? 1 : 0;
    CHECK(manufacturing == 609);
}

TEST_CASE("Industries: sections and their division ranges (domain.md)", "[codes][industries]")
{
    const QList<std::pair<QString, std::pair<int, int>>> ranges = { { u"A"_s, { 1, 5 } },
        { u"B"_s, { 6, 12 } }, { u"C"_s, { 13, 43 } }, { u"D"_s, { 44, 46 } }, { u"E"_s, { 47, 50 } },
        { u"F"_s, { 51, 52 } }, { u"G"_s, { 53, 60 } }, { u"H"_s, { 61, 62 } }, { u"I"_s, { 63, 65 } },
        { u"J"_s, { 66, 69 } }, { u"K"_s, { 70, 70 } }, { u"L"_s, { 71, 72 } }, { u"M"_s, { 73, 75 } },
        { u"N"_s, { 76, 79 } }, { u"O"_s, { 80, 82 } }, { u"P"_s, { 83, 83 } }, { u"Q"_s, { 84, 85 } },
        { u"R"_s, { 86, 90 } }, { u"S"_s, { 91, 96 } }, { u"T"_s, { 97, 97 } } };
    for (const auto& [section, range] : ranges) {
        const auto divisions = I().children(section);
        REQUIRE(divisions.size() == range.second - range.first + 1);
        CHECK(divisions.first()->code.toInt() == range.first);
        CHECK(divisions.last()->code.toInt() == range.second);
    }
    CHECK(I().find(u"C")->name == u"制造业");
    CHECK(I().find(u"D")->name == u"电力、热力、燃气及水生产和供应业");
    CHECK(I().find(u"I")->name == u"信息传输、软件和信息技术服务业");
    CHECK(I().find(u"S")->name == u"公共管理、社会保障和社会组织");
}

TEST_CASE("Industries: known names and lookups", "[codes][industries]")
{
    CHECK(I().find(u"39")->name == u"计算机、通信和其他电子设备制造业");
    CHECK(I().find(u"392")->name == u"通信设备制造");
    const Industry* c = I().find(u"3922");
    REQUIRE(c);
    CHECK(c->name == u"通信终端设备制造");
    CHECK(c->level == 3);
    CHECK(c->parent == u"392");
    CHECK(I().find(u"C3922") == c);
    CHECK(I().find(u"c3922") == c);
    CHECK(I().find(u" 3922 ") == c);
    CHECK(I().find(u"C39")->code == u"39");
    CHECK(I().find(u"A3922") == nullptr); // wrong section letter
    CHECK(I().sectionOf(u"3922") == u"C");
    CHECK(I().sectionOf(u"6513") == u"I");
    CHECK(I().find(u"6513")->name == u"应用软件开发");
    CHECK(I().find(u"7010")->name == u"房地产开发经营");
    CHECK(I().find(u"9700")->name == u"国际组织");
    // Single-class groups exist with the class's name, as the standard prints them.
    CHECK(I().find(u"061")->name == u"烟煤和无烟煤开采洗选");
    CHECK(I().children(u"061").size() == 1);

    for (const QString& bad :
        { u""_s, u"Z"_s, u"0"_s, u"98"_s, u"39221"_s, u"C39221"_s, u"3a22"_s, u"３９"_s, u"CC"_s, u"C3"_s }) {
        INFO(bad.toStdString());
        CHECK(I().find(bad) == nullptr);
        CHECK(I().sectionOf(bad).isEmpty());
    }
}

TEST_CASE("Industries: tree is consistent", "[codes][industries]")
{
    int visited = 0;
    for (const Industry* s : I().children(u"")) {
        CHECK(s->level == 0);
        for (const Industry* d : I().children(s->code)) {
            CHECK(d->parent == s->code);
            for (const Industry* g : I().children(d->code)) {
                CHECK(g->code.startsWith(d->code));
                const auto classes = I().children(g->code);
                CHECK_FALSE(classes.isEmpty());
                for (const Industry* c : classes) {
                    CHECK(c->code.startsWith(g->code));
                    CHECK_FALSE(c->name.isEmpty());
                    ++visited;
                }
            }
        }
    }
    CHECK(visited == I().classes().size());
}
