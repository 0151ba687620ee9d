// Two laptops and the team server: offline edits of overlapping visits and tasks, syncs in both orders,
// conflicts listed, nothing lost; syncs killed midway (kill -9 of the client, the server connection dropped)
// leave both sides consistent and the retry completes; registry changes and deletions reach the extract.
// Expected values are written by hand from the edits made here; both sides are read with plain SQL.
#include "core/fieldwork/fieldworkstore.h"
#include "core/server/pgconnection.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "servertestutil.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace dj::test;
using dj::fieldwork::FieldWorkStore;
using dj::fieldwork::RecordKind;
using dj::store::Database;

namespace {

QString freshDatabase()
{
    static int n = 0;
    return QStringLiteral("t_sync_%1").arg(++n);
}

CliResult sync(const QString& cache, const QString& info, const QString& client)
{
    return runCli({ "sync", "--db", cache, "--server", info, "--region", "32", "--client", client, "--author",
        client });
}

// Edits a cache offline as `author` at the given UTC time.
struct Laptop
{
    Laptop(const QString& path, const QString& author)
        : db(dj::store::Cache::open(path))
        , store(db)
    {
        store.setAuthor(author);
    }
    void at(const char* time)
    {
        const QDateTime t = QDateTime::fromString(QString::fromLatin1(time), Qt::ISODate);
        store.setClock([t] { return t; });
    }
    Database db;
    FieldWorkStore store;
};

// Every field-work value of a cache as "kind/id/field=value" lines (visits and tasks joined with their side
// tables by plain SQL; deleted records are absent from visits/tasks).
QSet<QString> cacheState(const QString& path)
{
    Database db = Database::openRaw(path, Database::Mode::ReadOnly);
    QSet<QString> out;
    auto v = db.prepare(
        "SELECT v.visit_id, coalesce(uscc,''), coalesce(date,''), coalesce(visitor,''), "
        "coalesce(kind,''), coalesce(summary,''), coalesce(needs,''), coalesce(follow_up,'') FROM "
        "visits v");
    const QStringList vf { "uscc", "date", "visitor", "kind", "summary", "needs", "follow_up" };
    while (v.step())
        for (int i = 0; i < vf.size(); ++i)
            out.insert(QStringLiteral("visit/%1/%2=%3").arg(v.columnText(0), vf[i], v.columnText(i + 1)));
    auto t = db.prepare("SELECT task_id, coalesce(uscc,''), coalesce(assignee,''), coalesce(due,''), "
                        "coalesce(status,''), coalesce(reason,'') FROM tasks");
    const QStringList tf { "uscc", "assignee", "due", "status", "reason" };
    while (t.step())
        for (int i = 0; i < tf.size(); ++i)
            out.insert(QStringLiteral("task/%1/%2=%3").arg(t.columnText(0), tf[i], t.columnText(i + 1)));
    return out;
}

QSet<QString> serverState(const QString& database)
{
    const QString text = PgServer::shared().sql(database,
        "SELECT string_agg(kind || '/' || id || '/' || f || '=' || coalesce(vals->>f, ''), E'\\n') FROM "
        "fw_records, "
        "unnest(CASE kind WHEN 'visit' THEN "
        "ARRAY['uscc','date','visitor','kind','summary','needs','follow_up'] "
        "ELSE ARRAY['uscc','assignee','due','status','reason'] END) AS f WHERE NOT deleted");
    QSet<QString> out;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts))
        out.insert(line);
    return out;
}

QString value(const QString& cache, const QString& sql)
{
    Database db = Database::openRaw(cache, Database::Mode::ReadOnly);
    return db.scalarText(sql.toStdString());
}

QSet<QString> conflictsOf(const QList<CliResult>& runs)
{
    QSet<QString> out;
    for (const CliResult& r : runs)
        for (const QJsonValue& c : r.json().value("conflicts").toArray())
            out.insert(c.toObject().value("id").toString() + u'/' + c.toObject().value("field").toString());
    return out;
}

} // namespace

TEST_CASE(
    "two laptops edit the same visit and task offline and converge through the server", "[server][sync]")
{
    const QString database = freshDatabase();
    const QString info = loadedServer(database);
    QTemporaryDir dir;
    const QString a = dir.filePath("a.djcache"), b = dir.filePath("b.djcache");
    const CliResult firstA = sync(a, info, "alice");
    REQUIRE(firstA.exitCode == 0);
    CHECK(firstA.json().value("first_sync").toBool());
    REQUIRE(sync(b, info, "bob").exitCode == 0);

    // The regional extract: Jiangsu's enterprises and their financial rows, nothing else.
    Database demo = Database::openRaw(demoBundle().cache, Database::Mode::ReadOnly);
    CHECK(value(a, "SELECT count(*) FROM enterprises").toLongLong()
        == demo.scalarInt("SELECT count(*) FROM enterprises WHERE region_code LIKE '32%'"));
    CHECK(value(a, "SELECT count(*) FROM enterprises WHERE region_code NOT LIKE '32%'") == "0");
    CHECK(value(a, "SELECT count(*) FROM financials").toLongLong()
        == demo.scalarInt(
            "SELECT count(*) FROM financials f JOIN enterprises e USING (uscc) WHERE e.region_code "
            "LIKE '32%'"));
    CHECK(value(a, "SELECT count(*) FROM persons").toLongLong()
        == demo.scalarInt(
            "SELECT count(*) FROM persons WHERE person_id IN (SELECT person_id FROM roles r JOIN "
            "enterprises e USING (uscc) WHERE e.region_code LIKE '32%' UNION SELECT holder_id FROM "
            "shareholdings s JOIN enterprises e ON e.uscc = s.investee_uscc WHERE s.holder_kind = "
            "'person' AND e.region_code LIKE '32%')"));

    const QString visit = demo.scalarText("SELECT visit_id FROM visits ORDER BY visit_id LIMIT 1");
    const QString task
        = demo.scalarText("SELECT task_id FROM tasks WHERE status = '待办' ORDER BY task_id LIMIT 1");
    const QString uscc = value(a, "SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1");
    REQUIRE(!visit.isEmpty());
    REQUIRE(!task.isEmpty());
    QString newA, newB;
    {
        Laptop la(a, "alice");
        la.at("2030-01-01T10:00:00Z");
        la.store.update(RecordKind::Visit, visit, { { "summary", "A 的摘要" }, { "needs", "A 的诉求" } });
        la.at("2030-01-01T10:30:00Z"); // later than bob's 已完成, but a task does not move back on its own
        la.store.update(RecordKind::Task, task, { { "status", "进行中" } });
        newA = la.store.createVisit(
            { { "uscc", uscc }, { "date", "2030-01-01" }, { "kind", "走访" }, { "summary", "A 新走访" } });
    }
    {
        Laptop lb(b, "bob");
        lb.at("2030-01-01T10:05:00Z");
        lb.store.update(RecordKind::Visit, visit, { { "summary", "B 的摘要" }, { "follow_up", "B 跟进" } });
        lb.at("2030-01-01T10:10:00Z");
        lb.store.update(RecordKind::Task, task, { { "status", "已完成" } });
        newB = lb.store.createVisit(
            { { "uscc", uscc }, { "date", "2030-01-02" }, { "kind", "电话" }, { "summary", "B 新走访" } });
    }

    QList<CliResult> runs;
    SECTION("alice syncs first")
    {
        runs << sync(a, info, "alice") << sync(b, info, "bob") << sync(a, info, "alice");
    }
    SECTION("bob syncs first")
    {
        runs << sync(b, info, "bob") << sync(a, info, "alice") << sync(b, info, "bob");
    }
    for (const CliResult& r : runs)
        REQUIRE(r.exitCode == 0);
    // Both conflicts are listed, whoever synced first.
    CHECK(conflictsOf(runs).contains(visit + "/summary"));
    CHECK(conflictsOf(runs).contains(task + "/status"));

    // Sync again: nothing left to push, both sides and the server agree.
    const qint64 seq = PgServer::shared().sql(database, "SELECT max(seq) FROM fw_records").toLongLong();
    const CliResult againA = sync(a, info, "alice"), againB = sync(b, info, "bob");
    REQUIRE(againA.exitCode == 0);
    REQUIRE(againB.exitCode == 0);
    CHECK(againA.json().value("pushed").toInt() == 0);
    CHECK(againB.json().value("pushed").toInt() == 0);
    CHECK(PgServer::shared().sql(database, "SELECT max(seq) FROM fw_records").toLongLong() == seq);
    const QSet<QString> stateA = cacheState(a);
    CHECK(stateA == cacheState(b));
    CHECK(stateA == serverState(database));

    // Field by field: bob's later summary, alice's needs, bob's follow-up; the task moved forward.
    CHECK(stateA.contains("visit/" + visit + "/summary=B 的摘要"));
    CHECK(stateA.contains("visit/" + visit + "/needs=A 的诉求"));
    CHECK(stateA.contains("visit/" + visit + "/follow_up=B 跟进"));
    CHECK(stateA.contains("task/" + task + "/status=已完成"));
    CHECK(stateA.contains("visit/" + newA + "/summary=A 新走访"));
    CHECK(stateA.contains("visit/" + newB + "/summary=B 新走访"));

    // Nothing typed is lost: the losing versions stay in the history on both laptops and the server.
    for (const QString& cache : { a, b }) {
        INFO(cache.toStdString());
        CHECK(value(cache,
                  "SELECT count(*) FROM fieldwork_history WHERE action = 'conflict' AND record_id = '" + visit
                      + "' AND field = 'summary' AND old_value = 'A 的摘要'")
            == "1");
        CHECK(value(cache,
                  "SELECT count(*) FROM fieldwork_history WHERE action = 'conflict' AND record_id = '" + task
                      + "' AND field = 'status' AND old_value = '进行中'")
            == "1");
    }
    CHECK(PgServer::shared().sql(database,
              "SELECT count(*) FROM fw_history WHERE action = 'conflict' AND record_id = '" + visit
                  + "' AND field = 'summary' AND old_value = 'A 的摘要'")
        == "1");
}

TEST_CASE("a reopened task goes back to open on every laptop", "[server][sync]")
{
    const QString database = freshDatabase();
    const QString info = loadedServer(database);
    QTemporaryDir dir;
    const QString a = dir.filePath("a.djcache"), b = dir.filePath("b.djcache");
    REQUIRE(sync(a, info, "alice").exitCode == 0);
    REQUIRE(sync(b, info, "bob").exitCode == 0);
    const QString task = value(a, "SELECT task_id FROM tasks WHERE status = '待办' ORDER BY task_id LIMIT 1");
    {
        Laptop lb(b, "bob");
        lb.at("2030-02-01T09:00:00Z");
        lb.store.update(RecordKind::Task, task, { { "status", "已完成" } });
    }
    REQUIRE(sync(b, info, "bob").exitCode == 0);
    REQUIRE(sync(a, info, "alice").exitCode == 0);
    CHECK(value(a, "SELECT status FROM tasks WHERE task_id = '" + task + "'") == "已完成");
    {
        // Alice reopens what she now sees as done: her edit is made on top of bob's.
        Laptop la(a, "alice");
        la.at("2030-02-02T09:00:00Z");
        la.store.update(RecordKind::Task, task, { { "status", "待办" } });
    }
    REQUIRE(sync(a, info, "alice").exitCode == 0);
    REQUIRE(sync(b, info, "bob").exitCode == 0);
    CHECK(value(b, "SELECT status FROM tasks WHERE task_id = '" + task + "'") == "待办");
    CHECK(PgServer::shared().sql(database, "SELECT vals->>'status' FROM fw_records WHERE id = '" + task + "'")
        == "待办");
}

TEST_CASE("registry changes and deletions on the server reach the extract at the next sync", "[server][sync]")
{
    const QString database = freshDatabase();
    const QString info = loadedServer(database);
    QTemporaryDir dir;
    const QString a = dir.filePath("a.djcache");
    REQUIRE(sync(a, info, "alice").exitCode == 0);
    const QString renamed = value(a, "SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1");
    const QString gone = value(a, "SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1 OFFSET 1");
    const qint64 goneFinancials
        = value(a, "SELECT count(*) FROM financials WHERE uscc = '" + gone + "'").toLongLong();
    PgServer::shared().sql(database,
        "SELECT pg_advisory_lock(7202); UPDATE enterprises SET name = '新名称有限公司' WHERE uscc = '"
            + renamed + "'; SELECT pg_advisory_unlock(7202)");
    const CliResult del = runCli({ "server", "delete", "--server", info, gone });
    REQUIRE(del.exitCode == 0);
    CHECK(del.json().value("deleted").toInt() == 1);

    const CliResult next = sync(a, info, "alice");
    REQUIRE(next.exitCode == 0);
    CHECK_FALSE(next.json().value("first_sync").toBool());
    CHECK(next.json().value("registry").toObject().value("enterprises").toInt() == 1);
    CHECK(next.json().value("registry").toObject().value("financials").toInt() == 0);
    CHECK(next.json().value("registry_deleted").toInt()
        == 1 + goneFinancials
            + value(demoBundle().cache,
                "SELECT (SELECT count(*) FROM roles WHERE uscc = '" + gone
                    + "') + (SELECT count(*) FROM shareholdings WHERE investee_uscc = '" + gone
                    + "') + (SELECT count(*) FROM licenses WHERE uscc = '" + gone
                    + "') + (SELECT count(*) FROM qualifications WHERE uscc = '" + gone
                    + "') + (SELECT count(*) FROM risks WHERE uscc = '" + gone
                    + "') + (SELECT count(*) FROM ip WHERE uscc = '" + gone
                    + "') + (SELECT count(*) FROM financing WHERE uscc = '" + gone + "')")
                  .toLongLong());
    CHECK(value(a, "SELECT name FROM enterprises WHERE uscc = '" + renamed + "'") == "新名称有限公司");
    CHECK(value(a, "SELECT count(*) FROM enterprises WHERE uscc = '" + gone + "'") == "0");
    CHECK(value(a, "SELECT count(*) FROM financials WHERE uscc = '" + gone + "'") == "0");
}

namespace {

// Starts a sync that stops at `stage` (DJ_TEST_SYNC_STALL) and waits until it is there.
std::unique_ptr<QProcess> stalledSync(const QString& cache, const QString& info, const QString& stage, int ms)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("DJ_TEST_SYNC_STALL", stage + u':' + QString::number(ms));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(DJ_CLI_PATH),
        { "sync", "--db", cache, "--server", info, "--region", "32", "--client", "alice", "--author",
            "alice" });
    REQUIRE(p->waitForStarted());
    QByteArray err;
    for (int i = 0; i < 600 && !err.contains("stalled at"); ++i) {
        p->waitForReadyRead(100);
        err += p->readAllStandardError();
    }
    REQUIRE(err.contains("stalled at " + stage.toUtf8()));
    return p;
}

} // namespace

TEST_CASE(
    "a sync killed or cut off midway leaves both sides consistent and the retry completes", "[server][sync]")
{
    const QString database = freshDatabase();
    const QString info = loadedServer(database);
    QTemporaryDir dir;
    const QString a = dir.filePath("a.djcache");
    REQUIRE(sync(a, info, "alice").exitCode == 0);
    QString id;
    {
        Laptop la(a, "alice");
        la.at("2030-03-01T08:00:00Z");
        id = la.store.createVisit({ { "uscc", value(a, "SELECT uscc FROM enterprises LIMIT 1") },
            { "date", "2030-03-01" }, { "kind", "座谈" }, { "summary", "离线记录" } });
    }
    const QString batches = "SELECT count(*) FROM sync_batches";
    const QString onServer = "SELECT count(*) FROM fw_records WHERE id = '" + id + "'";

    SECTION("kill -9 while the server transaction is open")
    {
        auto p = stalledSync(a, info, "push-applying", 60000);
        p->kill();
        p->waitForFinished();
        CHECK(PgServer::shared().sql(database, onServer) == "0");
        CHECK(PgServer::shared().sql(database, batches) == "0");
        CHECK(value(a, "SELECT count(*) FROM sync_state WHERE key = 'pending_op'") == "1");
        const CliResult retry = sync(a, info, "alice");
        REQUIRE(retry.exitCode == 0);
        CHECK_FALSE(retry.json().value("duplicate_batch").toBool());
    }
    SECTION("kill -9 after the server committed, before the laptop heard of it")
    {
        auto p = stalledSync(a, info, "push-applied", 60000);
        p->kill();
        p->waitForFinished();
        CHECK(PgServer::shared().sql(database, onServer) == "1");
        const QString seq = PgServer::shared().sql(database, "SELECT max(seq) FROM fw_records");
        const CliResult retry = sync(a, info, "alice");
        REQUIRE(retry.exitCode == 0);
        // The same batch again: recognised by its operation id, nothing applied twice.
        CHECK(retry.json().value("duplicate_batch").toBool());
        CHECK(PgServer::shared().sql(database, "SELECT max(seq) FROM fw_records") == seq);
    }
    SECTION("the server drops the connection inside the push")
    {
        auto p = stalledSync(a, info, "push-applying", 3000);
        PgServer::shared().sql(database,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dianjing' AND "
            "pid <> "
            "pg_backend_pid()");
        REQUIRE(p->waitForFinished(30000));
        CHECK(p->exitCode() == 1);
        CHECK(PgServer::shared().sql(database, onServer) == "0");
        const CliResult retry = sync(a, info, "alice");
        REQUIRE(retry.exitCode == 0);
    }
    // Whatever happened, one more sync leaves nothing pending and the record on the server exactly once.
    CHECK(PgServer::shared().sql(database, onServer) == "1");
    CHECK(PgServer::shared().sql(database, batches) == "1");
    CHECK(PgServer::shared().sql(database, "SELECT vals->>'summary' FROM fw_records WHERE id = '" + id + "'")
        == "离线记录");
    CHECK(value(a, "SELECT count(*) FROM sync_changes") == "0");
    CHECK(value(a, "SELECT count(*) FROM sync_state WHERE key = 'pending_op'") == "0");
}

TEST_CASE("an officer's server role receives only its regions", "[server][sync][access]")
{
    const QString database = freshDatabase();
    const QString info = loadedServer(database);
    const CliResult grant = runCli({ "server", "grant", "--server", info, "--role", "officer32", "32" });
    INFO(grant.err.toStdString());
    REQUIRE(grant.exitCode == 0);
    const QString officer = PgServer::shared().conninfo(database) + " user=officer32";
    Database demo = Database::openRaw(demoBundle().cache, Database::Mode::ReadOnly);
    const qint64 js = demo.scalarInt("SELECT count(*) FROM enterprises WHERE region_code LIKE '32%'");

    QTemporaryDir dir;
    const QString a = dir.filePath("a.djcache");
    const CliResult ok
        = runCli({ "sync", "--db", a, "--server", officer, "--region", "3201", "--client", "o" });
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(value(a, "SELECT count(*) FROM enterprises").toLongLong()
        == demo.scalarInt("SELECT count(*) FROM enterprises WHERE region_code LIKE '3201%'"));
    const CliResult refused
        = runCli({ "sync", "--db", a, "--server", officer, "--region", "44", "--client", "o" });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("32"));

    // The server itself filters, whatever the client asks: plain SQL as the officer.
    dj::server::PgConnection direct(officer);
    CHECK(direct.scalar("SELECT count(*) FROM enterprises").toLongLong() == js);
    CHECK(direct.scalar("SELECT count(*) FROM financials").toLongLong()
        == demo.scalarInt("SELECT count(*) FROM financials f JOIN enterprises e USING (uscc) WHERE "
                          "e.region_code LIKE '32%'"));
    CHECK(direct.scalar("SELECT count(*) FROM persons WHERE id_masked NOT LIKE '%*%'") == "0");
    CHECK_THROWS_AS(direct.scalar("SELECT count(*) FROM enterprises_p44"), dj::server::ServerError);
}
