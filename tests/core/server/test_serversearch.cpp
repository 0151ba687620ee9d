// The search filter contract on the server answers as the laptop's engine does, on the same data.
#include "servertestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj::test;

namespace {

QSet<QString> usccs(const QJsonObject& result)
{
    QSet<QString> out;
    for (const QJsonValue& row : result.value("rows").toArray())
        out.insert(row.toObject().value("uscc").toString());
    return out;
}

} // namespace

TEST_CASE("server answers equal the laptop engine's for the same filters on the same data", "[server]")
{
    const QString info = loadedServer(QStringLiteral("t_search"));
    QTemporaryDir dir;
    const QList<QByteArray> filters {
        R"({"regions":["32"]})",
        R"({"regions":["3201","44"],"statuses":["在营"]})",
        R"({"industries":["C"]})",
        R"({"industries":["39","I"],"exclude_industries":["3911"]})",
        R"({"exclude_industries":["C","F"]})",
        R"({"statuses":["注销","吊销"]})",
        R"({"established":{"from":"2015-01-01","to":"2020-12-31"}})",
        R"({"registered_capital":{"min":5000000}})",
        R"({"insured_count":{"min":20,"max":500}})",
        R"({"revenue":{"min":10000000}})",
        R"({"revenue":{"min":1000000,"year":2022}})",
        R"({"tax":{"max":100000}})",
        R"({"tax_growth":{"years":2,"min_rate":0.1}})",
        R"({"financing":true})",
        R"({"financing":false,"regions":["44"]})",
        R"({"licenses_any":["食品经营许可证","酒类经营许可证"]})",
        R"({"qualifications_any":["高新技术企业"]})",
        R"({"risks_none":["失信被执行人","经营异常"],"regions":["31"]})",
        R"({"text":"科技"})",
        R"({"regions":["32","33"],"industries":["C"],"revenue":{"min":1000000},"risks_none":["经营异常"]})",
    };
    int nonEmpty = 0;
    for (int i = 0; i < filters.size(); ++i) {
        INFO(filters[i].toStdString());
        const QString path = dir.filePath(QStringLiteral("f%1.json").arg(i));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(filters[i]);
        f.close();
        const CliResult laptop
            = runCli({ "search", "--db", demoBundle().cache, "--filter", path, "--limit", "100000" });
        const CliResult server
            = runCli({ "server", "search", "--server", info, "--filter", path, "--limit", "100000" });
        REQUIRE(laptop.exitCode == 0);
        REQUIRE(server.exitCode == 0);
        CHECK(server.json().value("total").toInt() == laptop.json().value("total").toInt());
        CHECK(usccs(server.json()) == usccs(laptop.json()));
        if (laptop.json().value("total").toInt() > 0)
            ++nonEmpty;
    }
    CHECK(nonEmpty >= filters.size() - 2);
}

TEST_CASE("the server refuses a pinyin text search and a bad filter with a message", "[server]")
{
    const QString info = loadedServer(QStringLiteral("t_search_bad"));
    QTemporaryDir dir;
    const QString path = dir.filePath("p.json");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"text":"hwjs"})");
    f.close();
    const CliResult pinyin = runCli({ "server", "search", "--server", info, "--filter", path });
    CHECK(pinyin.exitCode == 1);
    CHECK(pinyin.err.contains("pinyin"));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"regions":"32"})");
    f.close();
    const CliResult bad = runCli({ "server", "search", "--server", info, "--filter", path });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("regions"));
}

TEST_CASE("two shards joined by postgres_fdw answer the same searches as one server", "[server][shards]")
{
    const QString single = loadedServer(QStringLiteral("t_single"));
    // Shard A on this executable's server, shard B on a second PostgreSQL server; each holds only its
    // provinces (the others are emptied), so a wrong mapping would change the answers.
    const QString shardA = loadedServer(QStringLiteral("t_shard_a"));
    PgServer second;
    const QString shardB = second.createDatabase("t_shard_b");
    REQUIRE(runCli({ "server", "init", "--server", shardB }).exitCode == 0);
    REQUIRE(runCli({ "server", "load", "--server", shardB, demoBundle().bundle }).exitCode == 0);
    const QStringList provincesA { "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
        "35" };
    const QStringList provincesB { "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53",
        "54", "61", "62", "63", "64", "65", "71", "81", "82" };
    for (const char* t :
        { "enterprises", "financials", "financing", "licenses", "qualifications", "risks" }) {
        QStringList a, b;
        for (const QString& p : provincesB)
            a << QStringLiteral("%1_p%2").arg(QLatin1String(t), p);
        for (const QString& p : provincesA)
            b << QStringLiteral("%1_p%2").arg(QLatin1String(t), p);
        PgServer::shared().sql("t_shard_a", "TRUNCATE " + a.join(", "));
        second.sql("t_shard_b", "TRUNCATE " + b.join(", "));
    }
    const QString coordinator = PgServer::shared().createDatabase("t_coord");
    REQUIRE(runCli({ "server", "init", "--server", coordinator }).exitCode == 0);
    const CliResult setup = runCli({ "server", "shards", "--server", coordinator,
        provincesA.join(",") + "@" + shardA, provincesB.join(",") + "@" + shardB });
    INFO(setup.err.toStdString());
    REQUIRE(setup.exitCode == 0);
    CHECK(PgServer::shared().sql("t_coord", "SELECT count(*) FROM pg_foreign_table")
        == "238"); // 7 search tables (with enterprise_figures) x 34 provinces

    QTemporaryDir dir;
    const QList<QByteArray> filters {
        R"({})",
        R"({"regions":["32"]})",
        R"({"regions":["3201","44"],"statuses":["在营"]})",
        R"({"industries":["C"],"revenue":{"min":1000000}})",
        R"({"tax_growth":{"years":2,"min_rate":0.1}})",
        R"({"licenses_any":["食品经营许可证","酒类经营许可证"],"financing":false})",
        R"({"qualifications_any":["高新技术企业"],"risks_none":["经营异常"]})",
        R"({"text":"科技","established":{"from":"2010-01-01"}})",
    };
    for (int i = 0; i < filters.size(); ++i) {
        INFO(filters[i].toStdString());
        const QString path = dir.filePath(QStringLiteral("s%1.json").arg(i));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(filters[i]);
        f.close();
        const CliResult one
            = runCli({ "server", "search", "--server", single, "--filter", path, "--limit", "100000" });
        const CliResult two
            = runCli({ "server", "search", "--server", coordinator, "--filter", path, "--limit", "100000" });
        REQUIRE(one.exitCode == 0);
        REQUIRE(two.exitCode == 0);
        CHECK(one.json().value("total").toInt() > 0);
        CHECK(two.json().value("total").toInt() == one.json().value("total").toInt());
        CHECK(usccs(two.json()) == usccs(one.json()));
    }
    // A province given twice is refused and changes nothing.
    const CliResult twice
        = runCli({ "server", "shards", "--server", coordinator, "32@" + shardA, "32,44@" + shardB });
    CHECK(twice.exitCode == 1);
    CHECK(PgServer::shared().sql("t_coord", "SELECT count(*) FROM pg_foreign_table") == "238");
}
