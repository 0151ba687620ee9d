#include "core/io/valueparser.h"
#include "tests/support/testutil.h"

#include <catch2/catch.hpp>

using dj::io::ValueParser;
using namespace Qt::StringLiterals;

TEST_CASE("money strings with units and currencies", "[io][values]")
{
    auto money = [](const QString& s) { return ValueParser::parseMoney(s); };
    CHECK(money(u"1,234.5"_s)->amount == 1234.5);
    CHECK(money(u"1,234.5"_s)->currency.isEmpty());
    CHECK(money(u"500万"_s)->amount == 5000000);
    CHECK(money(u"500万元"_s)->amount == 5000000);
    CHECK(money(u"500万元人民币"_s)->amount == 5000000);
    CHECK(money(u"500万元人民币"_s)->currency.isEmpty());
    CHECK(money(u"1.2亿"_s)->amount == 120000000);
    CHECK(money(u"45.6万"_s)->amount == 456000);
    CHECK(money(u"100万美元"_s)->amount == 1000000);
    CHECK(money(u"100万美元"_s)->currency == u"USD"_s);
    CHECK(money(u"100(万美元)"_s)->currency == u"USD"_s);
    CHECK(money(u"USD 2,000"_s)->amount == 2000);
    CHECK(money(u"５００万"_s)->amount == 5000000);
    CHECK(money(u"-3.5"_s)->amount == -3.5);
    CHECK(money(u"300万港元"_s)->currency == u"HKD"_s);
    CHECK_FALSE(money(u"一百"_s));
    CHECK_FALSE(money(u"万"_s));
    CHECK_FALSE(money(u"12abc"_s));
    CHECK_FALSE(money(u""_s));
}

TEST_CASE("dates in the accepted spellings", "[io][values]")
{
    CHECK(ValueParser::parseDate(u"2015-03-08"_s) == u"2015-03-08"_s);
    CHECK(ValueParser::parseDate(u"2015/3/8"_s) == u"2015-03-08"_s);
    CHECK(ValueParser::parseDate(u"2015年3月8日"_s) == u"2015-03-08"_s);
    CHECK(ValueParser::parseDate(u"２０１５年３月８日"_s) == u"2015-03-08"_s);
    CHECK(ValueParser::parseDate(u"20150308"_s) == u"2015-03-08"_s);
    CHECK(ValueParser::parseDate(u"2015-03-08 00:00:00"_s) == u"2015-03-08"_s);
    CHECK(ValueParser::parseDate(u"2015-13-45"_s).isEmpty());
    CHECK(ValueParser::parseDate(u"2015-02-29"_s).isEmpty());
    CHECK(ValueParser::parseDate(u"昨天"_s).isEmpty());
    CHECK(ValueParser::parseDate(u"43831"_s).isEmpty());
    CHECK(ValueParser::parseDate(u"43831"_s, true) == u"2020-01-01"_s);
}

TEST_CASE("Excel serial dates with the 1900 leap-year bug", "[io][values]")
{
    CHECK(ValueParser::excelSerialToDate(1) == u"1900-01-01"_s);
    CHECK(ValueParser::excelSerialToDate(59) == u"1900-02-28"_s);
    CHECK(ValueParser::excelSerialToDate(60).isEmpty()); // 1900-02-29 never existed
    CHECK(ValueParser::excelSerialToDate(61) == u"1900-03-01"_s);
    CHECK(ValueParser::excelSerialToDate(43831) == u"2020-01-01"_s);
    CHECK(ValueParser::excelSerialToDate(43831.75) == u"2020-01-01"_s);
    CHECK(ValueParser::excelSerialToDate(0, true) == u"1904-01-01"_s);
    CHECK(ValueParser::excelSerialToDate(42369, true) == u"2020-01-01"_s);
}

TEST_CASE("months, years, numbers", "[io][values]")
{
    CHECK(ValueParser::parseMonth(u"2023-01"_s) == u"2023-01"_s);
    CHECK(ValueParser::parseMonth(u"2023/1"_s) == u"2023-01"_s);
    CHECK(ValueParser::parseMonth(u"2023年12月"_s) == u"2023-12"_s);
    CHECK(ValueParser::parseMonth(u"202312"_s) == u"2023-12"_s);
    CHECK(ValueParser::parseMonth(u"2023-13"_s).isEmpty());
    CHECK(ValueParser::parseYear(u"2023年"_s) == 2023);
    CHECK(ValueParser::parseYear(u"2023.0"_s) == 2023);
    CHECK_FALSE(ValueParser::parseYear(u"去年"_s));
    CHECK(ValueParser::parseInteger(u"１２"_s) == 12);
    CHECK(ValueParser::parseInteger(u"1,200"_s) == 1200);
    CHECK_FALSE(ValueParser::parseInteger(u"12.5"_s));
    CHECK(ValueParser::isBlankMarker(u"--"_s));
    CHECK(ValueParser::isBlankMarker(u"－"_s)); // full-width hyphen
    CHECK_FALSE(ValueParser::isBlankMarker(u"0"_s));
}

TEST_CASE("vendor status spellings normalise to the ten canonical ones", "[io][values]")
{
    CHECK(ValueParser::normalizeStatus(u"存续（在营、开业、在册）"_s) == u"存续"_s);
    CHECK(ValueParser::normalizeStatus(u"存续(在营、开业、在册)"_s) == u"存续"_s);
    CHECK(ValueParser::normalizeStatus(u"在营（开业）企业"_s) == u"存续"_s);
    CHECK(ValueParser::normalizeStatus(u"开业"_s) == u"存续"_s);
    CHECK(ValueParser::normalizeStatus(u"在业"_s) == u"在业"_s);
    CHECK(ValueParser::normalizeStatus(u"吊销，未注销"_s) == u"吊销"_s);
    CHECK(ValueParser::normalizeStatus(u"吊销，已注销"_s) == u"注销"_s);
    CHECK(ValueParser::normalizeStatus(u"已注销"_s) == u"注销"_s);
    CHECK(ValueParser::normalizeStatus(u"清算中"_s) == u"清算"_s);
    CHECK(ValueParser::normalizeStatus(u"迁出"_s) == u"迁出"_s);
    CHECK(ValueParser::normalizeStatus(u"倒闭了"_s).isEmpty());
}

TEST_CASE("vendor titles split into roles", "[io][values]")
{
    CHECK(ValueParser::splitRoles(u"执行董事兼总经理"_s) == QStringList { u"执行董事"_s, u"总经理"_s });
    CHECK(ValueParser::splitRoles(u"董事长、总经理"_s) == QStringList { u"董事长"_s, u"总经理"_s });
    CHECK(ValueParser::splitRoles(u"执行事务合伙人(委派代表)"_s) == QStringList { u"执行事务合伙人"_s });
    CHECK(ValueParser::splitRoles(u"职工代表监事"_s) == QStringList { u"监事"_s });
    CHECK(ValueParser::splitRoles(u"副总经理"_s) == QStringList { u"其他"_s });
    CHECK(ValueParser::splitRoles(u"法定代表人"_s) == QStringList { u"法定代表人"_s });
}

TEST_CASE("numbers are exported in one canonical text", "[io][values]")
{
    CHECK(ValueParser::formatNumber(5000000.0) == "5000000");
    CHECK(ValueParser::formatNumber(0.1) == "0.1");
    CHECK(ValueParser::formatNumber(-0.0) == "0");
    CHECK(ValueParser::formatNumber(12500000.5) == "12500000.5");
    CHECK(ValueParser::formatNumber(9e14) == "900000000000000");
    CHECK(ValueParser::formatNumber(1e-7) == "0.0000001");
    CHECK(ValueParser::formatNumber(1e20) == "100000000000000000000");
    const double third = 1.0 / 3.0;
    CHECK(ValueParser::parseNumber(QString::fromLatin1(ValueParser::formatNumber(third))) == third);
}
