// The team server's store: schema steps, bulk load by COPY into province partitions, the change sequence.
// Expected values come from the demo cache itself (plain SQL on SQLite), never from the server code.
#include "core/server/pgconnection.h"
#include "core/server/serverschema.h"
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
    "schema step 7 moves prov to the end of the partitioned tables' keys and keeps their rows", "[server]")
{
    // A server at step 6 with rows, as an earlier version left it.
    const QString info = PgServer::shared().createDatabase(QStringLiteral("t_step7"));
    {
        dj::server::PgConnection db(info);
        dj::server::ServerSchema::migrate(db, 6);
        db.exec(QStringLiteral(
            "INSERT INTO enterprises (prov, uscc, name, status, region_code) VALUES ('32', '91320100A', 'A', "
            "'存续', '320100'), ('44', '91440100B', 'B', '存续', '440100');"
            "INSERT INTO financials (prov, uscc, year, revenue) VALUES ('32', '91320100A', 2023, 1.5), "
            "('32', '91320100A', 2024, 2.5)"));
    }
    auto key = [](const QString& constraint) {
        return PgServer::shared().sql("t_step7",
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = '" + constraint + "'");
    };
    CHECK(key("enterprises_pkey") == "PRIMARY KEY (prov, uscc)");
    CHECK(pgCount("t_step7", "SELECT count(*) FROM pg_class WHERE relname LIKE 'enterprises%region%'") == 36);

    const CliResult init = runCli({ "server", "init", "--server", info });
    REQUIRE(init.exitCode == 0);
    CHECK(init.json().value("previous_version").toInt() == 6);
    CHECK(key("enterprises_pkey") == "PRIMARY KEY (uscc, prov)");
    CHECK(key("enterprises_p32_pkey") == "PRIMARY KEY (uscc, prov)");
    CHECK(key("financials_pkey") == "PRIMARY KEY (uscc, year, prov)");
    CHECK(key("roles_pkey") == "PRIMARY KEY (uscc, person_id, role, prov)");
    CHECK(key("shareholdings_pkey") == "PRIMARY KEY (investee_uscc, holder_kind, holder_id, prov)");
    CHECK(key("enterprise_figures_pkey") == "PRIMARY KEY (uscc, prov)");
    CHECK(pgCount("t_step7", "SELECT count(*) FROM pg_class WHERE relname LIKE 'enterprises%region%'") == 0);
    CHECK(pgCount("t_step7", "SELECT count(*) FROM enterprises") == 2);
    CHECK(pgCount("t_step7", "SELECT count(*) FROM financials_p32") == 2);
    // Still a key: the same row again is refused, the upsert's ON CONFLICT finds it.
    CHECK_THROWS(PgServer::shared().sql(
        "t_step7", "INSERT INTO financials (prov, uscc, year) VALUES ('32', '91320100A', 2023)"));
    CHECK(PgServer::shared()
              .sql("t_step7",
                  "INSERT INTO financials (prov, uscc, year, revenue) VALUES ('32', '91320100A', 2024, 9) ON "
                  "CONFLICT (prov, uscc, year) DO UPDATE SET revenue = excluded.revenue RETURNING revenue")
              .startsWith("9"));
    CHECK(pgCount("t_step7", "SELECT count(*) FROM financials") == 2);
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
    // The per-enterprise figures the loader computed while streaming financials.csv equal their definition
    // computed by the server (the view enterprise_figures_source), row for row.
    CHECK(pgCount("t_load", "SELECT count(*) FROM enterprise_figures")
        == pgCount("t_load", "SELECT count(DISTINCT uscc) FROM financials"));
    CHECK(pgCount("t_load",
              "SELECT count(*) FROM ((SELECT * FROM enterprise_figures EXCEPT ALL SELECT * FROM "
              "enterprise_figures_source) UNION ALL (SELECT * FROM enterprise_figures_source EXCEPT ALL "
              "SELECT * FROM enterprise_figures)) d")
        == 0);
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
    write("financials.csv",
        "uscc,year,revenue,tax\n911100000000000002,2021,1e3,+100\n911100000000000002,2022,4000,130\n"
        "911100000000000002,2023, 5000 ,\n919999999999999999,2023,1,\n");

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
    CHECK(sql("SELECT revenue FROM financials_p32 WHERE year = 2023") == "5000");
    CHECK(
        sql("SELECT revenue || '/' || tax FROM financials_p32 WHERE year = 2021") == "1000/100"); // 1e3, +100
    // The latest figures per enterprise: revenue of 2023, tax of 2022 (2023 has none), the years with tax.
    CHECK(sql("SELECT revenue || '/' || tax || '/' || tax_years::text || '/' || taxes::text FROM "
              "enterprise_figures_p32")
        == "5000/130/{2022,2021}/{130,100}");
    CHECK(sql("SELECT uscc FROM financials_other") == "919999999999999999"); // its enterprise is unknown
    // Every row has its own change number, and the sequence is past them all.
    CHECK(
        sql("SELECT count(DISTINCT seq) FROM (SELECT seq FROM enterprises UNION ALL SELECT seq FROM persons "
            "UNION ALL SELECT seq FROM financing UNION ALL SELECT seq FROM qualifications UNION ALL SELECT "
            "seq FROM financials) s")
        == "10");
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

    // A changed figure goes through the upsert and the enterprise's latest figures follow it.
    write("financials.csv",
        "uscc,year,revenue,tax\n911100000000000002,2021,1e3,+100\n911100000000000002,2022,4000,130\n"
        "911100000000000002,2023,7000,150\n919999999999999999,2023,1,\n");
    const CliResult changed = runCli({ "server", "load", "--server", info, bundle });
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.json().value("loaded").toObject().value("financials").toInt() == 1);
    CHECK(sql("SELECT revenue || '/' || tax || '/' || tax_years::text FROM enterprise_figures_p32")
        == "7000/150/{2023,2022,2021}");

    // A bad value in a first load leaves the server empty.
    write("financials.csv", "uscc,year,revenue\n911100000000000002,2023,lots\n");
    const QString info2 = PgServer::shared().createDatabase("t_fresh_bad");
    REQUIRE(runCli({ "server", "init", "--server", info2 }).exitCode == 0);
    const CliResult bad = runCli({ "server", "load", "--server", info2, bundle });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("Nothing was loaded"));
    CHECK(bad.err.contains("financials.csv")); // the file, record and value are named
    CHECK(bad.err.contains("\"lots\""));
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

namespace {

/// A table's rows as one digest, without seq (which numbers rows differently from load to load).
QString contentDigest(PgServer& server, const QString& database, const QString& table)
{
    return server.sql(database,
        QStringLiteral(
            "SELECT count(*) || ':' || coalesce(md5(string_agg(r, '|' ORDER BY r)), '') FROM (SELECT "
            "(to_jsonb(x) - 'seq')::text r FROM %1 x) s")
            .arg(table));
}

qint64 leftInStaging(PgServer& server, const QString& database)
{
    return server
        .sql(database,
            QStringLiteral(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                "n.nspname IN ('dj_stage', 'dj_old')"))
        .toLongLong();
}

QStringList storedTables()
{
    return dj::server::ServerSchema::registryTables()
        + QStringList { QStringLiteral("enterprise_figures"), QStringLiteral("fw_records") };
}

} // namespace

TEST_CASE("a first load staged on two connections stores what one connection stores", "[server]")
{
    // Partitioned tables empty on the server are staged in schema dj_stage on connections of their own and
    // swapped in by the load's transaction; --jobs 1 loads everything in that transaction (TRUNCATE, COPY,
    // keys). Both must leave the same rows, the same indexes under the same names, and nothing staged.
    PgServer& server = PgServer::shared();
    const QString parallel = server.createDatabase(QStringLiteral("t_par"));
    const QString serial = server.createDatabase(QStringLiteral("t_ser"));
    for (const QString& info : { parallel, serial })
        REQUIRE(runCli({ "server", "init", "--server", info }).exitCode == 0);
    const CliResult two = runCli({ "server", "load", "--server", parallel, demoBundle().bundle });
    REQUIRE(two.exitCode == 0);
    CHECK(two.json().value("connections").toInt() == 2);
    CHECK_FALSE(two.json().contains("note"));
    const CliResult one
        = runCli({ "server", "load", "--server", serial, "--jobs", "1", demoBundle().bundle });
    REQUIRE(one.exitCode == 0);
    CHECK(one.json().value("connections").toInt() == 1);
    CHECK(two.json().value("loaded").toObject() == one.json().value("loaded").toObject());

    CHECK(pgCount("t_par", "SELECT count(*) FROM enterprises")
        == cacheCount("SELECT count(*) FROM enterprises"));
    CHECK(pgCount("t_par", "SELECT count(*) FROM roles") == cacheCount("SELECT count(*) FROM roles"));
    for (const QString& table : storedTables()) {
        INFO(table.toStdString());
        CHECK(contentDigest(server, "t_par", table) == contentDigest(server, "t_ser", table));
    }
    // Every row has its own change number above what the server had before.
    CHECK(
        pgCount("t_par",
            "SELECT (count(DISTINCT seq) = count(*))::int FROM (SELECT seq FROM enterprises UNION ALL "
            "SELECT seq FROM roles UNION ALL SELECT seq FROM financials UNION ALL SELECT seq FROM persons) s")
        == 1);
    CHECK(pgCount(
              "t_par", "SELECT ((SELECT last_value FROM registry_seq) >= (SELECT max(seq) FROM roles))::int")
        == 1);

    // The catalogue: the same indexes under the same names, each partition's attached to its table's, the
    // triggers cloned, no staging CHECK or autovacuum switch left, nothing left in dj_stage or dj_old.
    const QString indexes = QStringLiteral("SELECT string_agg(indexname || ' ' || indexdef, E'\\n' ORDER BY "
                                           "indexname) FROM pg_indexes WHERE schemaname = 'public'");
    CHECK(server.sql("t_par", indexes) == server.sql("t_ser", indexes));
    CHECK(pgCount("t_par",
              "SELECT count(*) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid WHERE t.relispartition "
              "AND "
              "NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)")
        == 0);
    const QString triggers = QStringLiteral(
        "SELECT count(*) FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE c.relispartition");
    CHECK(server.sql("t_par", triggers) == server.sql("t_ser", triggers));
    CHECK(pgCount("t_par", "SELECT count(*) FROM pg_constraint WHERE conname = 'dj_stage_bound'") == 0);
    CHECK(pgCount("t_par", "SELECT count(*) FROM pg_class WHERE reloptions::text LIKE '%autovacuum%'") == 0);
    CHECK(leftInStaging(server, "t_par") == 0);
    CHECK(pgCount("t_par", "SELECT count(*) FROM enterprises_p32") > 0);
    // Both loads leave the planner's statistics, committed with the rows: the tables' as a whole (inherited),
    // their partitions' and the plain tables', with the estimates of the sampled columns.
    for (const char* db : { "t_par", "t_ser" }) {
        INFO(db);
        const QList<QPair<const char*, int>> stats {
            { "tablename = 'enterprises' AND inherited AND attname IN ('status', 'region_code', 'uscc')", 3 },
            { "tablename = 'enterprises_p32' AND NOT inherited AND attname IN ('status', 'region_code', "
              "'uscc')",
                3 },
            { "tablename = 'enterprise_figures' AND inherited AND attname IN ('revenue', 'tax', 'uscc')", 3 },
            { "tablename IN ('roles', 'financials') AND inherited AND attname = 'uscc'", 2 },
            { "tablename = 'persons' AND attname = 'person_id'", 1 },
            { "tablename = 'enterprises' AND attname = 'name'", 0 }, // a long text no search filters on
        };
        for (const auto& [where, expected] : stats) {
            INFO(where);
            CHECK(pgCount(db, QStringLiteral("SELECT count(*) FROM pg_stats WHERE ") + QLatin1String(where))
                == expected);
        }
        CHECK(pgCount(db, "SELECT reltuples::bigint FROM pg_class WHERE relname = 'enterprises_p32'")
            == pgCount(db, "SELECT count(*) FROM enterprises_p32"));
    }
    // The keys hold: a second row with an enterprise's key is refused.
    CHECK_THROWS(server.sql("t_par",
        "INSERT INTO enterprises (prov, uscc, name, status, region_code) SELECT prov, "
        "uscc, name, status, region_code FROM enterprises LIMIT 1"));

    SECTION("--jobs out of range is a usage error")
    {
        const CliResult r
            = runCli({ "server", "load", "--server", serial, "--jobs", "0", demoBundle().bundle });
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("--jobs"));
    }
}

TEST_CASE("a parallel first load that fails leaves nothing, and what a killed one left goes with the next",
    "[server]")
{
    PgServer& server = PgServer::shared();
    const QString info = server.createDatabase(QStringLiteral("t_stage_bad"));
    REQUIRE(runCli({ "server", "init", "--server", info }).exitCode == 0);
    QTemporaryDir dir;
    const QString bundle = dir.filePath("b");
    copyFolder(demoBundle().bundle, bundle);
    // risks.csv is staged on a worker connection while this connection loads persons: its bad amount stops
    // the whole load.
    Database db = Database::openRaw(demoBundle().cache, Database::Mode::ReadOnly);
    const QString row = db.scalarText("SELECT uscc || ',' || kind || ',' || date || ',' FROM risks WHERE "
                                      "amount IS NOT NULL ORDER BY uscc LIMIT 1");
    replaceInFile(QDir(bundle).filePath("risks.csv"), row.toUtf8(), row.toUtf8() + "many");
    const CliResult bad = runCli({ "server", "load", "--server", info, bundle });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("Nothing was loaded"));
    CHECK(pgCount("t_stage_bad", "SELECT count(*) FROM enterprises") == 0);
    CHECK(pgCount("t_stage_bad", "SELECT count(*) FROM persons") == 0);
    CHECK(pgCount("t_stage_bad", "SELECT count(*) FROM risks") == 0);
    CHECK(leftInStaging(server, "t_stage_bad") == 0);
    CHECK(pgCount("t_stage_bad", "SELECT count(*) FROM pg_inherits WHERE inhparent = 'enterprises'::regclass")
        == pgCount("t_stage_bad", "SELECT count(*) FROM pg_inherits WHERE inhparent = 'roles'::regclass"));

    // A load killed after its workers committed leaves their staging tables (and a killed tidy, replaced
    // partitions): the next load drops them and loads.
    server.sql("t_stage_bad",
        "CREATE TABLE dj_stage.enterprises (LIKE public.enterprises) PARTITION BY LIST (prov)");
    server.sql("t_stage_bad",
        "CREATE TABLE dj_stage.enterprises_p11 PARTITION OF dj_stage.enterprises FOR VALUES "
        "IN ('11')");
    server.sql("t_stage_bad", "CREATE TABLE dj_old.roles_p11 (LIKE public.roles)");
    REQUIRE(leftInStaging(server, "t_stage_bad") == 3);
    const CliResult good = runCli({ "server", "load", "--server", info, demoBundle().bundle });
    REQUIRE(good.exitCode == 0);
    CHECK(leftInStaging(server, "t_stage_bad") == 0);
    CHECK(pgCount("t_stage_bad", "SELECT count(*) FROM enterprises")
        == cacheCount("SELECT count(*) FROM enterprises"));
}

TEST_CASE("a server whose lock table is too small for a parallel first load gets one connection and a note",
    "[server]")
{
    // 64 locks per transaction × 40 connections: less than staging the demo bundle's partitions holds.
    PgServer small(QString(), QStringLiteral("-c max_locks_per_transaction=64"));
    const QString info = small.createDatabase(QStringLiteral("t_small"));
    REQUIRE(runCli({ "server", "init", "--server", info }).exitCode == 0);
    const CliResult r = runCli({ "server", "load", "--server", info, demoBundle().bundle });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value("connections").toInt() == 1);
    CHECK(r.json().value("note").toString().contains("max_locks_per_transaction"));
    CHECK(small.sql("t_small", "SELECT count(*) FROM enterprises").toLongLong()
        == cacheCount("SELECT count(*) FROM enterprises"));
    CHECK(small.sql("t_small", "SELECT count(*) FROM enterprise_figures").toLongLong() > 0);
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
