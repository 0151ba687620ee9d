#include "core/codes/uscc.h"
#include "tests/support/testutil.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

using dj::codes::Uscc;
using dj::codes::UsccInfo;

TEST_CASE("USCC: published valid examples pass both checks", "[codes][uscc]")
{
    for (const char* code : { "91110000600037341L", "91310115MA1K3BTP2B", "9115220107837757XE" }) {
        const UsccInfo info = Uscc::parse(QString::fromLatin1(code));
        INFO(code);
        CHECK(info.valid);
        CHECK(info.warning.isEmpty());
        CHECK(Uscc::isWellFormed(QString::fromLatin1(code)));
        CHECK(Uscc::problem(QString::fromLatin1(code)).isEmpty());
    }
    const UsccInfo bj = Uscc::parse(u"91110000600037341L");
    CHECK(bj.regionCode == u"110000");
    CHECK(bj.department == u"市场监管");
    CHECK(bj.category == u"企业");
    CHECK(bj.departmentCode == QLatin1Char('9'));
    CHECK(Uscc::parse(u"91310115MA1K3BTP2B").regionCode == u"310115");
    CHECK(Uscc::parse(u"9115220107837757XE").regionCode == u"152201");
}

TEST_CASE("USCC: check characters computed per GB 32100 and GB 11714", "[codes][uscc]")
{
    CHECK(Uscc::checkCharacter(u"91110000600037341") == QLatin1Char('L'));
    CHECK(Uscc::checkCharacter(u"91310115MA1K3BTP2") == QLatin1Char('B'));
    CHECK(Uscc::checkCharacter(u"9115220107837757X") == QLatin1Char('E'));
    CHECK(Uscc::organizationCheck(u"60003734") == QLatin1Char('1'));
    CHECK(Uscc::organizationCheck(u"MA1K3BTP") == QLatin1Char('2'));
    CHECK(Uscc::organizationCheck(u"07837757") == QLatin1Char('X')); // 10 → X
    // Malformed input gives a null character, never a guess.
    CHECK(Uscc::checkCharacter(u"9111000060003734").isNull());
    CHECK(Uscc::checkCharacter(u"9111000060003734I").isNull());
    CHECK(Uscc::organizationCheck(u"6000373").isNull());
    CHECK(Uscc::organizationCheck(u"6000373*").isNull());
}

TEST_CASE("USCC: the early Fujian code that fails the check is flagged, not rejected", "[codes][uscc]")
{
    const UsccInfo info = Uscc::parse(u"91350211M0000XUF46");
    CHECK_FALSE(info.valid);
    CHECK(info.warning == u"check character");
    CHECK(info.regionCode == u"350211"); // still parsed: import keeps it with a warning
    CHECK(info.department == u"市场监管");
    CHECK(Uscc::isWellFormed(u"91350211M0000XUF46"));
}

TEST_CASE("USCC: a single changed character fails a check", "[codes][uscc]")
{
    CHECK(Uscc::parse(u"91110000600037341M").warning == u"check character"); // position 18
    CHECK(Uscc::parse(u"91110000600037342L").warning == u"check character"); // position 17
    CHECK_FALSE(Uscc::parse(u"91110000600037342L").valid);
}

TEST_CASE("USCC: malformed input is invalid without a check warning", "[codes][uscc]")
{
    const QStringList bad = {
        QString(),
        u"9111000060003734"_s, // 16
        u"91110000600037341LL"_s, // 19
        u"91110000600037341l"_s, // lowercase
        u"9111000060003734IL"_s, // I
        u"9111000060003734OL"_s, // O
        u"9111000060003734ZL"_s, // Z
        u"9111000060003734SL"_s, // S
        u"9111000060003734VL"_s, // V
        u"91110000６00037341L"_s, // full-width digit
        u"９１１１００００６０００３７３４１Ｌ"_s,
        u"911100006000 37341L"_s,
    };
    for (const QString& code : bad) {
        INFO(code.toStdString());
        const UsccInfo info = Uscc::parse(code);
        CHECK_FALSE(info.valid);
        CHECK(info.warning.isEmpty());
        CHECK(info.regionCode.isEmpty());
        CHECK_FALSE(Uscc::problem(code).isEmpty());
    }
    // Surrounding whitespace is not an error (pasted codes), but the input is kept as given.
    const UsccInfo spaced = Uscc::parse(u"  91110000600037341L\n");
    CHECK(spaced.valid);
    CHECK(spaced.input == u"  91110000600037341L\n");
}

TEST_CASE("USCC: random bytes never crash and are never valid by accident of length", "[codes][uscc]")
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int n = int(rng.bounded(0, 24));
        for (int k = 0; k < n; ++k)
            s.append(QChar(char16_t(rng.bounded(1, 0xD7FF))));
        const UsccInfo info = Uscc::parse(s);
        if (info.valid)
            CHECK(Uscc::isWellFormed(s.trimmed()));
    }
}

TEST_CASE("USCC: department and category names", "[codes][uscc]")
{
    CHECK(Uscc::departmentName(QLatin1Char('5')) == u"民政");
    CHECK(Uscc::categoryName(QLatin1Char('5'), QLatin1Char('3')) == u"基金会");
    CHECK(Uscc::categoryName(QLatin1Char('9'), QLatin1Char('2')) == u"个体工商户");
    CHECK(Uscc::categoryName(QLatin1Char('9'), QLatin1Char('3')) == u"农民专业合作社");
    CHECK(Uscc::departmentName(QLatin1Char('N')) == u"农业");
    CHECK(Uscc::departmentName(QLatin1Char('B')).isEmpty());
    CHECK(Uscc::categoryName(QLatin1Char('9'), QLatin1Char('7')).isEmpty());
}
