// The team server's store: schema steps, bulk load by COPY into province partitions, the change sequence.
// Expected values come from the demo cache itself (plain SQL on SQLite), never from the server code.
#include "core/store/database.h"
#include "core/store/statement.h"
#include "servertestutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj::test;
using dj::store::Database;

namespace {

qint64 cacheCount(const QString& sql)
{
    Database db = Database::openRaw(demoBundle().cache, Database::Mode::ReadOnly);
    return db.scalarInt(sql.toStdString());
}

qint64 pgCount(const QString& database, const QString& sql)
{
    return PgServer::shared().sql(database, sql).toLongLong();
}

QString replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray data = f.readAll();
    f.close();
    REQUIRE(data.contains(from));
    data.replace(data.indexOf(from), from.size(), to);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
    return path;
}

} // namespace

TEST_CASE("server init creates the schema once and partitions the registry by province", "[server]")
{
    const QString info = PgServer::shared().createDatabase(QStringLiteral("t_init"));
    const CliResult first = runCli({ "server", "init", "--server", info });
    REQUIRE(first.exitCode == 0);
    CHECK(first.json().value("previous_version").toInt() == 0);
    const int version = first.json().value("schema_version").toInt();
    CHECK(version >= 1);
    const CliResult again = runCli({ "server", "init", "--server", info });
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value("previous_version").toInt() == version);

    // 34 provinces plus a DEFAULT partition for every partitioned table.
    for (const char* table : { "enterprises", "financials", "roles", "shareholdings", "risks" })
        CHECK(pgCount("t_init",
                  QStringLiteral("SELECT count(*) FROM pg_inherits WHERE inhparent = '%1'::regclass")
                      .arg(QLatin1String(table)))
            == 35);
    CHECK(PgServer::shared().sql("t_init",
              "SELECT partstrat FROM pg_partitioned_table WHERE partrelid = "
              "'enterprises'::regclass")
        == "l");
}

TEST_CASE(
    "a bundle loads every table with the cache's rows, children in their enterprise's partition", "[server]")
{
    loadedServer(QStringLiteral("t_load"));
    for (const char* t : { "enterprises", "persons", "roles", "shareholdings", "financials", "financing",
             "licenses", "qualifications", "risks", "ip", "relations", "invoices", "parks", "buildings",
             "tenants", "members" }) {
        INFO(t);
        const QString table = QLatin1String(t);
        CHECK(pgCount("t_load", "SELECT count(*) FROM " + table)
            == cacheCount("SELECT count(*) FROM " + table));
    }
    CHECK(pgCount("t_load", "SELECT count(*) FROM fw_records WHERE kind = 'visit'")
        == cacheCount("SELECT count(*) FROM visits"));
    CHECK(pgCount("t_load", "SELECT count(*) FROM fw_records WHERE kind = 'task'")
        == cacheCount("SELECT count(*) FROM tasks"));

    // The partition holds exactly its province's enterprises and their child rows.
    const qint64 js = cacheCount("SELECT count(*) FROM enterprises WHERE region_code LIKE '32%'");
    REQUIRE(js > 50);
    CHECK(pgCount("t_load", "SELECT count(*) FROM enterprises_p32") == js);
    CHECK(pgCount("t_load", "SELECT count(*) FROM financials_p32")
        == cacheCount(
            "SELECT count(*) FROM financials f JOIN enterprises e USING (uscc) WHERE e.region_code LIKE "
            "'32%'"));
    CHECK(pgCount("t_load", "SELECT count(*) FROM shareholdings_p44")
        == cacheCount(
            "SELECT count(*) FROM shareholdings s JOIN enterprises e ON e.uscc = s.investee_uscc WHERE "
            "e.region_code LIKE '44%'"));

    // The values: a digest of the enterprises' key columns as stored on both sides.
    QByteArray cacheText;
    {
        Database db = Database::openRaw(demoBundle().cache, Database::Mode::ReadOnly);
        auto st
            = db.prepare("SELECT uscc, name, coalesce(industry_section, ''), coalesce(established, ''), "
                         "coalesce(printf('%.2f', registered_capital), '') FROM enterprises ORDER BY uscc");
        while (st.step()) {
            if (!cacheText.isEmpty())
                cacheText += ',';
            for (int c = 0; c < 5; ++c)
                cacheText += (c ? "|" : "") + st.columnText(c).toUtf8();
        }
    }
    const QString serverDigest = PgServer::shared().sql("t_load",
        "SELECT md5(string_agg(uscc || '|' || name || '|' || coalesce(industry_section, '') || '|' || "
        "coalesce(established, '') || '|' || coalesce(to_char(registered_capital, 'FM999999999999990.00'), "
        "''), ',' "
        "ORDER BY uscc COLLATE \"C\")) FROM enterprises");
    CHECK(serverDigest == QCryptographicHash::hash(cacheText, QCryptographicHash::Md5).toHex());
    // ID numbers stay masked.
    CHECK(pgCount("t_load",
              "SELECT count(*) FROM persons WHERE id_masked IS NOT NULL AND id_masked NOT LIKE '%*%'")
        == 0);
}

TEST_CASE("a reload moves the change sequence of changed rows only", "[server]")
{
    const QString info = loadedServer(QStringLiteral("t_reload"));
    const qint64 before = pgCount("t_reload", "SELECT max(seq) FROM enterprises");
    QTemporaryDir dir;
    const QString bundle = dir.filePath("b");
    copyFolder(demoBundle().bundle, bundle);
    // Rename one enterprise; every other row is unchanged.
    Database db = Database::openRaw(demoBundle().cache, Database::Mode::ReadOnly);
    const QString uscc
        = QString::fromUtf8(db.scalarText("SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1").toUtf8());
    const QString name = db.scalarText("SELECT name FROM enterprises ORDER BY uscc LIMIT 1");
    replaceInFile(QDir(bundle).filePath("enterprises.csv"), (uscc + u',' + name).toUtf8(),
        (uscc + u',' + name + QStringLiteral("（更名）")).toUtf8());
    const CliResult load = runCli({ "server", "load", "--server", info, bundle });
    REQUIRE(load.exitCode == 0);
    CHECK(load.json().value("loaded").toObject().value("enterprises").toInt() == 1);
    CHECK(load.json().value("loaded").toObject().value("financials").toInt() == 0);
    CHECK(pgCount("t_reload", QStringLiteral("SELECT count(*) FROM enterprises WHERE seq > %1").arg(before))
        == 1);
    CHECK(PgServer::shared().sql(
              "t_reload", QStringLiteral("SELECT name FROM enterprises WHERE seq > %1").arg(before))
        == name + QStringLiteral("（更名）"));
}

TEST_CASE("a first load into empty tables stores what the upsert stores", "[server]")
{
    // The first load of a table takes the fast path (the loader parses the CSV and COPYs into the table);
    // a second load of the same files takes the upsert, which counts every row whose stored values differ
    // from what its SQL computes. Expected values are written by hand.
    QTemporaryDir dir;
    const QString bundle = dir.filePath("b");
    QDir().mkpath(bundle);
    auto write = [&](const char* name, const QByteArray& text) {
        QFile f(QDir(bundle).filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    // BOM, CRLF, a quoted comma, an escaped quote and a line break inside a value, empty values.
    write("enterprises.csv",
        "\xEF\xBB\xBFuscc,name,status,region_code,industry_code,scope,insured_count\r\n"
        "911100000000000001,\"北京甲,有限公司\",存续,110101,5181,\"经营范围：\"\"软件\"\"\r\n开发\",12\r\n"
        "911100000000000002,乙公司,存续,320102,,,\r\n");
    write("persons.csv", "person_id,name,id_number\np1,张三,110101199001011234\np2,李四,\n");
    write("financing.csv", "uscc,date,round,amount\n911100000000000001,,,100\n");
    write("qualifications.csv", "uscc,kind,level,year\n911100000000000002,高新技术企业,,\n");
    write("financials.csv", "uscc,year,revenue\n911100000000000002,2023, 5000 \n919999999999999999,2023,1\n");

    const QString info = PgServer::shared().createDatabase("t_fresh");
    REQUIRE(runCli({ "server", "init", "--server", info }).exitCode == 0);
    const CliResult first = runCli({ "server", "load", "--server", info, bundle });
    REQUIRE(first.exitCode == 0);
    CHECK(first.json().value("loaded").toObject().value("enterprises").toInt() == 2);
    auto sql = [](const QString& q) { return PgServer::shared().sql("t_fresh", q); };
    CHECK(sql("SELECT name FROM enterprises_p11") == "北京甲,有限公司");
    CHECK(sql("SELECT scope FROM enterprises WHERE uscc = '911100000000000001'")
        == "经营范围：\"软件\"\r\n开发");
    CHECK(sql("SELECT industry_section || insured_count FROM enterprises_p11") == "F12");
    CHECK(sql("SELECT (industry_section IS NULL AND scope IS NULL AND insured_count IS NULL)::text FROM "
              "enterprises_p32")
        == "true");
    CHECK(sql("SELECT id_masked FROM persons WHERE person_id = 'p1'") == "110101********1234");
    CHECK(sql("SELECT (id_masked IS NULL)::text FROM persons WHERE person_id = 'p2'") == "true");
    CHECK(sql("SELECT '[' || date || '][' || round || ']' || amount FROM financing_p11") == "[][]100");
    CHECK(sql("SELECT '[' || level || ']' || year FROM qualifications_p32") == "[]0");
    CHECK(sql("SELECT revenue FROM financials_p32") == "5000");
    CHECK(sql("SELECT uscc FROM financials_other") == "919999999999999999"); // its enterprise is unknown
    // Every row has its own change number, and the sequence is past them all.
    CHECK(
        sql("SELECT count(DISTINCT seq) FROM (SELECT seq FROM enterprises UNION ALL SELECT seq FROM persons "
            "UNION ALL SELECT seq FROM financing UNION ALL SELECT seq FROM qualifications UNION ALL SELECT "
            "seq FROM financials) s")
        == "8");
    CHECK(sql("SELECT (last_value >= (SELECT max(seq) FROM financials))::text FROM registry_seq") == "true");
    // The keys are back (built after the COPY): a duplicate is refused.
    CHECK_THROWS(sql("INSERT INTO persons(person_id, name) VALUES ('p1', 'x')"));

    // The same files again go through the upsert: nothing differs, nothing changes.
    const CliResult again = runCli({ "server", "load", "--server", info, bundle });
    REQUIRE(again.exitCode == 0);
    const QJsonObject loaded = again.json().value("loaded").toObject();
    CHECK(loaded.size() == 5);
    for (auto it = loaded.begin(); it != loaded.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value().toInt() == 0);
    }

    // A bad value in a first load leaves the server empty.
    write("financials.csv", "uscc,year,revenue\n911100000000000002,2023,lots\n");
    const QString info2 = PgServer::shared().createDatabase("t_fresh_bad");
    REQUIRE(runCli({ "server", "init", "--server", info2 }).exitCode == 0);
    const CliResult bad = runCli({ "server", "load", "--server", info2, bundle });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("Nothing was loaded"));
    CHECK(PgServer::shared().sql("t_fresh_bad", "SELECT count(*) FROM enterprises") == "0");
    CHECK(PgServer::shared().sql("t_fresh_bad", "SELECT count(*) FROM pg_indexes WHERE tablename = 'persons'")
        == PgServer::shared().sql("t_fresh", "SELECT count(*) FROM pg_indexes WHERE tablename = 'persons'"));
}

TEST_CASE("a bad bundle is refused whole and changes nothing", "[server]")
{
    const QString info = loadedServer(QStringLiteral("t_bad"));
    const qint64 seq = pgCount("t_bad", "SELECT max(seq) FROM enterprises");
    const qint64 fin = pgCount("t_bad", "SELECT count(*) FROM financials");
    QTemporaryDir dir;

    SECTION("unknown column")
    {
        const QString bundle = dir.filePath("u");
        copyFolder(demoBundle().bundle, bundle);
        replaceInFile(QDir(bundle).filePath("financials.csv"), "rd_expense", "rd_spend");
        const CliResult r = runCli({ "server", "load", "--server", info, bundle });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("rd_spend"));
    }
    SECTION("a value the server cannot read, after a good table in the same bundle")
    {
        const QString bundle = dir.filePath("v");
        copyFolder(demoBundle().bundle, bundle);
        Database db = Database::openRaw(demoBundle().cache, Database::Mode::ReadOnly);
        const QString uscc = db.scalarText("SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1");
        const QString name = db.scalarText("SELECT name FROM enterprises ORDER BY uscc LIMIT 1");
        replaceInFile(QDir(bundle).filePath("enterprises.csv"), (uscc + u',' + name).toUtf8(),
            (uscc + u',' + name + QStringLiteral("X")).toUtf8());
        const QString year
            = db.scalarText("SELECT uscc || ',' || year || ',' FROM financials ORDER BY uscc, year LIMIT 1");
        replaceInFile(QDir(bundle).filePath("financials.csv"), year.toUtf8(), year.toUtf8() + "not-a-number");
        const CliResult r = runCli({ "server", "load", "--server", info, bundle });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("Nothing was loaded"));
    }
    SECTION("not a bundle")
    {
        const CliResult r = runCli({ "server", "load", "--server", info, dir.path() });
        CHECK(r.exitCode == 1);
    }
    CHECK(pgCount("t_bad", "SELECT max(seq) FROM enterprises") == seq);
    CHECK(pgCount("t_bad", "SELECT count(*) FROM financials") == fin);
}

TEST_CASE("a server that is not reachable or not initialised is refused with a message", "[server]")
{
    const CliResult down = runCli(
        { "server", "load", "--server", "host=127.0.0.1 port=1 connect_timeout=2", demoBundle().bundle });
    CHECK(down.exitCode == 1);
    CHECK(down.err.contains("Cannot connect"));
    const QString info = PgServer::shared().createDatabase(QStringLiteral("t_empty"));
    const CliResult bare = runCli({ "server", "load", "--server", info, demoBundle().bundle });
    CHECK(bare.exitCode == 1);
    CHECK(bare.err.contains("server init"));
}
