#include "core/common/csv.h"
#include "core/common/error.h"
#include "core/common/money.h"
#include "core/io/ioerror.h"
#include "core/map/maperror.h"
#include "core/search/filtererror.h"
#include "core/store/storeerror.h"

#include <catch2/catch.hpp>
#include <optional>

using namespace dj;

TEST_CASE("Money: yuan shown in 万元 and 亿元", "[common][money]")
{
    CHECK(Money::wan(12345600.0) == QStringLiteral("1,234.56"));
    CHECK(Money::wan(12345600.0, 0) == QStringLiteral("1,235"));
    CHECK(Money::wan(-50000.0) == QStringLiteral("-5.00"));
    CHECK(Money::wan(std::optional<double> {}).isEmpty());
    CHECK(Money::wan(QVariant()).isEmpty());
    CHECK(Money::wan(QVariant(2e8)) == QStringLiteral("20,000.00"));
    CHECK(Money::toWan(3.2e8) == Approx(32000.0));
    CHECK(Money::toWan(std::optional<double> {}).isNull());
    CHECK(Money::toWan(std::optional<double> { 1e4 }).toDouble() == Approx(1.0));
    CHECK(Money::text(3.2e8) == QStringLiteral("3.20亿元"));
    CHECK(Money::text(5e5) == QStringLiteral("50.00万元"));
    CHECK(Money::text(999.0) == QStringLiteral("999.00元"));
    CHECK(Money::text(1.5e12, 1) == QStringLiteral("15,000.0亿元"));
}

TEST_CASE("Csv: one quoter for fields and records", "[common][csv]")
{
    CHECK(Csv::field(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(Csv::field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(Csv::field(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(Csv::field(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(Csv::field(QStringLiteral("盐城,恒达")) == QStringLiteral("\"盐城,恒达\""));
    CHECK(
        Csv::line({ QStringLiteral("a"), QString(), QStringLiteral("c,d") }) == QByteArray("a,,\"c,d\"\r\n"));
    QByteArray buf;
    Csv::appendField(buf, QByteArrayView("x\"y"));
    CHECK(buf == QByteArray("\"x\"\"y\""));
    CHECK(Csv::utf8Bom() == QByteArray("\xEF\xBB\xBF"));
}

TEST_CASE("Error: one base for the workstation's exceptions, messages kept in UTF-8", "[common][error]")
{
    const QString zh = QStringLiteral("文件不是点兢缓存");
    try {
        throw store::StoreError(store::StoreError::Kind::NotACache, zh);
    } catch (const Error& e) {
        CHECK(e.message() == zh);
        CHECK(QString::fromUtf8(e.what()) == zh);
    }
    CHECK_THROWS_AS(throw io::IoError(zh), Error);
    CHECK_THROWS_AS(throw map::MapError(zh), Error);
    CHECK_THROWS_AS(throw search::FilterError(QStringLiteral("revenue.min"), zh), Error);
    CHECK_THROWS_AS(throw Error(zh), std::runtime_error);
    // describe(): message() of an Error, what() decoded as UTF-8 (never the local code page) otherwise.
    CHECK(Error::describe(search::FilterError(QStringLiteral("k"), zh)) == zh);
    CHECK(Error::describe(std::runtime_error(zh.toStdString())) == zh);
}
