#include "core/codes/idnumber.h"
#include "tests/support/testutil.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

using dj::codes::IdInfo;
using dj::codes::IdNumber;

TEST_CASE("ID: published examples", "[codes][id]")
{
    const IdInfo a = IdNumber::parse(u"11010519491231002X");
    CHECK(a.valid);
    CHECK(a.birthDate == QDate(1949, 12, 31));
    CHECK(a.gender == u"female"); // sequence 002: even
    CHECK(a.regionCode == u"110105");
    CHECK(a.regionName == u"北京市朝阳区");
    CHECK(a.masked == u"110105********002X");
    CHECK(a.normalized18 == u"11010519491231002X");

    const IdInfo b = IdNumber::parse(u"34052419800101001X");
    CHECK(b.valid);
    CHECK(b.birthDate == QDate(1980, 1, 1));
    CHECK(b.gender == u"male"); // 001: odd
    CHECK(b.regionCode == u"340524");
    // 340524 no longer exists (the old 巢湖 prefecture): the code is kept, the name is empty.
    CHECK(b.regionName.isEmpty());

    CHECK(IdNumber::checkCharacter(u"11010519491231002") == QLatin1Char('X'));
    CHECK(IdNumber::checkCharacter(u"34052419800101001") == QLatin1Char('X'));
}

TEST_CASE("ID: lowercase x is accepted and normalised", "[codes][id]")
{
    const IdInfo info = IdNumber::parse(u"11010519491231002x");
    CHECK(info.valid);
    CHECK(info.normalized18 == u"11010519491231002X");
}

TEST_CASE("ID: 15-digit legacy numbers are upgraded", "[codes][id]")
{
    const IdInfo info = IdNumber::parse(u"110105491231002");
    CHECK(info.valid);
    CHECK(info.normalized18 == u"11010519491231002X");
    CHECK(info.birthDate == QDate(1949, 12, 31));
    CHECK(info.masked == u"110105********002X");
}

TEST_CASE("ID: wrong check, impossible dates and malformed input are invalid", "[codes][id]")
{
    const IdInfo wrongCheck = IdNumber::parse(u"110105194912310021");
    CHECK_FALSE(wrongCheck.valid);
    CHECK(wrongCheck.regionCode == u"110105"); // still well formed

    // Feb 30th, with the right check character for its first 17 digits.
    const QString first17 = u"11010519490230002"_s;
    CHECK_FALSE(IdNumber::parse(first17 + IdNumber::checkCharacter(first17)).valid);
    // Born in the future.
    const QString future = u"110105"_s + QDate::currentDate().addYears(1).toString(u"yyyyMMdd") + u"002"_s;
    CHECK_FALSE(IdNumber::parse(future + IdNumber::checkCharacter(future)).valid);
    CHECK_FALSE(IdNumber::parse(u"11010549123100"_s).valid); // 14 digits (15-digit date invalid too)

    for (const QString& bad : { QString(), u"abc"_s, u"11010519491231002Y"_s, u"1101051949123100２X"_s,
             u"110105194912310020X"_s, u"11010519491231002*"_s }) {
        INFO(bad.toStdString());
        const IdInfo info = IdNumber::parse(bad);
        CHECK_FALSE(info.valid);
        CHECK(info.normalized18.isEmpty());
        CHECK(info.gender.isEmpty());
    }
}

TEST_CASE("ID: masking keeps the first 6 and last 4 only", "[codes][id]")
{
    CHECK(IdNumber::mask(u"110105194912310123") == u"110105********0123");
    CHECK(IdNumber::mask(u"110105491231012") == u"110105*****1012");
    CHECK(IdNumber::mask(u"12345") == u"*****");
    CHECK(IdNumber::mask(u"1234567890") == u"**********");
    CHECK(IdNumber::mask(u"") == u"");
    // A malformed number is masked too: parse() must never echo it in the masked field.
    CHECK(IdNumber::parse(u"11010519491231002Y").masked == u"110105********002Y");
}

TEST_CASE("ID: random input never crashes", "[codes][id]")
{
    QRandomGenerator rng(11);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int n = int(rng.bounded(0, 20));
        for (int k = 0; k < n; ++k)
            s.append(rng.bounded(3) == 0 ? QChar(char16_t(rng.bounded(1, 0xD7FF)))
                                         : QChar(u'0' + rng.bounded(10)));
        const IdInfo info = IdNumber::parse(s);
        CHECK(info.masked.size()
            == s.trimmed().size() + (info.normalized18.size() == 18 && s.trimmed().size() == 15 ? 3 : 0));
    }
}
