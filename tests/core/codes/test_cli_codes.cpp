// dianjing-cli check uscc / check id / region, per shared/spec/cli.md.
#include "tests/support/testutil.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using dj::test::runCli;

TEST_CASE("cli check uscc: valid, failing check and malformed", "[cli][codes]")
{
    const auto r = runCli({ u"check"_s, u"uscc"_s, u"91110000600037341L"_s, u"91350211M0000XUF46"_s,
        u"91110000600037341l"_s, u"123"_s });
    REQUIRE(r.exitCode == 0);
    const auto lines = r.lines();
    REQUIRE(lines.size() == 4);
    for (const QJsonObject& o : lines) {
        for (const char* key : { "input", "valid", "warning", "region_code", "department", "category" })
            CHECK(o.contains(QLatin1String(key)));
    }
    CHECK(lines[0][u"valid"_s].toBool());
    CHECK(lines[0][u"region_code"_s].toString() == u"110000");
    CHECK(lines[0][u"department"_s].toString() == u"市场监管");
    CHECK(lines[0][u"category"_s].toString() == u"企业");
    CHECK_FALSE(lines[1][u"valid"_s].toBool());
    CHECK(lines[1][u"warning"_s].toString() == u"check character");
    CHECK(lines[1][u"region_code"_s].toString() == u"350211");
    CHECK_FALSE(lines[2][u"valid"_s].toBool());
    CHECK(lines[2][u"warning"_s].toString().isEmpty());
    CHECK(lines[3][u"input"_s].toString() == u"123");
    CHECK_FALSE(lines[3][u"valid"_s].toBool());
}

TEST_CASE("cli check id: examples, legacy upgrade and masking", "[cli][codes]")
{
    const auto r = runCli({ u"check"_s, u"id"_s, u"11010519491231002X"_s, u"110105491231002"_s, u"abc"_s });
    REQUIRE(r.exitCode == 0);
    const auto lines = r.lines();
    REQUIRE(lines.size() == 3);
    for (const QJsonObject& o : lines) {
        for (const char* key :
            { "input", "valid", "masked", "region_code", "region_name", "birth_date", "gender" })
            CHECK(o.contains(QLatin1String(key)));
    }
    CHECK(lines[0][u"valid"_s].toBool());
    CHECK(lines[0][u"masked"_s].toString() == u"110105********002X");
    CHECK(lines[0][u"birth_date"_s].toString() == u"1949-12-31");
    CHECK(lines[0][u"gender"_s].toString() == u"female");
    CHECK(lines[0][u"region_name"_s].toString() == u"北京市朝阳区");
    CHECK(lines[1][u"valid"_s].toBool());
    CHECK(lines[1][u"masked"_s].toString() == u"110105********002X");
    CHECK(lines[1][u"birth_date"_s].toString() == u"1949-12-31");
    CHECK_FALSE(lines[2][u"valid"_s].toBool());
    CHECK(lines[2][u"masked"_s].toString() == u"***");
    // The full number only ever appears as the input the user gave, never in another field.
    for (const QJsonObject& o : lines) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != u"input")
                CHECK_FALSE(it.value().toString().contains(u"491231"));
        }
    }
}

TEST_CASE("cli check id: a retired address code is named, with today's successor", "[cli][codes]")
{
    // 110103 崇文区 (merged into 东城区 110101 in 2010); 110105 朝阳区 exists today. Check characters by
    // hand.
    const auto r = runCli({ u"check"_s, u"id"_s, u"110103197001010035"_s, u"11010519491231002X"_s });
    REQUIRE(r.exitCode == 0);
    const auto lines = r.lines();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0][u"valid"_s].toBool());
    CHECK(lines[0][u"region_code"_s].toString() == u"110103");
    CHECK(lines[0][u"region_name"_s].toString() == u"北京市崇文区");
    CHECK(lines[0][u"retired"_s].toBool());
    CHECK(lines[0][u"successor_code"_s].toString() == u"110101");
    CHECK(lines[0][u"successor_name"_s].toString() == u"北京市东城区");
    CHECK(lines[0][u"successor_level"_s].toString() == u"county");
    CHECK_FALSE(lines[1][u"retired"_s].toBool());
    CHECK(lines[1][u"successor_code"_s].toString() == u"110105");
    CHECK(lines[1][u"successor_level"_s].toString() == u"exact");
}

TEST_CASE("cli region: codes, prefixes, names, levels", "[cli][codes]")
{
    const auto r = runCli({ u"region"_s, u"320902"_s, u"3209"_s, u"110105"_s, u"419001"_s, u"盐城"_s });
    REQUIRE(r.exitCode == 0);
    const auto lines = r.lines();
    REQUIRE(lines.size() == 5);
    for (const QJsonObject& o : lines) {
        for (const char* key : { "code", "name", "level", "province", "city", "county" })
            CHECK(o.contains(QLatin1String(key)));
    }
    CHECK(lines[0][u"code"_s].toString() == u"320902");
    CHECK(lines[0][u"name"_s].toString() == u"亭湖区");
    CHECK(lines[0][u"level"_s].toString() == u"county");
    CHECK(lines[0][u"province"_s].toString() == u"江苏省");
    CHECK(lines[0][u"city"_s].toString() == u"盐城市");
    CHECK(lines[0][u"county"_s].toString() == u"亭湖区");
    CHECK(lines[1][u"level"_s].toString() == u"prefecture");
    CHECK(lines[1][u"county"_s].toString().isEmpty());
    CHECK(lines[2][u"city"_s].toString() == u"北京市"); // 直辖市: the municipality is the city
    CHECK(lines[3][u"city"_s].toString().isEmpty()); // 省直辖县: no city
    CHECK(lines[3][u"county"_s].toString() == u"济源市");
    CHECK(lines[4][u"code"_s].toString() == u"320900");
}

TEST_CASE("cli region: unknown codes are a clear not-found error", "[cli][codes]")
{
    const auto missing = runCli({ u"region"_s, u"999999"_s });
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains("999999"));
    // English by default; the message follows DIANJING_LANG / the system language.
    CHECK((missing.err.contains("not found") || missing.err.contains("未找到")));

    // Found codes are still printed; the unknown one is named on stderr and the exit code is 1.
    const auto mixed = runCli({ u"region"_s, u"320902"_s, u"999999"_s });
    CHECK(mixed.exitCode == 1);
    CHECK(mixed.lines().size() == 1);
    CHECK(mixed.err.contains("999999"));
    CHECK_FALSE(mixed.err.contains("320902"));
}

TEST_CASE("cli codes: usage errors", "[cli][codes]")
{
    for (const QStringList& args :
        { QStringList { u"check"_s, u"uscc"_s }, QStringList { u"check"_s, u"id"_s },
            QStringList { u"region"_s }, QStringList { u"region"_s, u"--bogus"_s } }) {
        const auto r = runCli(args);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK_FALSE(r.err.isEmpty());
    }
    // "--" lets a value that starts with dashes through as data.
    const auto dashed = runCli({ u"check"_s, u"uscc"_s, u"--"_s, u"--weird"_s });
    CHECK(dashed.exitCode == 0);
    CHECK(dashed.lines().size() == 1);
}

TEST_CASE("cli codes: arbitrary bytes do not crash or hang", "[cli][codes]")
{
    QRandomGenerator rng(99);
    QStringList words;
    for (int i = 0; i < 40; ++i) {
        QByteArray bytes(int(rng.bounded(1, 40)), Qt::Uninitialized);
        for (char& c : bytes)
            c = char(rng.bounded(1, 256));
        if (bytes.startsWith("--"))
            bytes[0] = 'x';
        words << QString::fromLocal8Bit(bytes);
    }
    for (const QString& cmd : { u"check uscc"_s, u"check id"_s }) {
        const auto r = runCli(cmd.split(u' ') + words, {}, 30000);
        CHECK(r.exitCode == 0);
        CHECK(r.lines().size() == words.size());
    }
    const auto region = runCli(QStringList { u"region"_s } + words, {}, 30000);
    CHECK((region.exitCode == 0 || region.exitCode == 1));
}
