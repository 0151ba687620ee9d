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
        "ELSE ARRAY['uscc','assignee','due','status','reason'] END) AS f WHERE NOT deleted AND "
        "(dj_region_of(coalesce(vals->>'uscc', '')) LIKE '32%' OR dj_region_of(coalesce(vals->>'uscc', '')) "
        "= '')");
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

// A 待办 task made on laptop a and synced to b through the server.
QString openTask(const QString& a, const QString& b, const QString& info, const QString& uscc)
{
    QString id;
    {
        Laptop la(a, "alice");
        la.at("2029-12-01T09:00:00Z");
        id = la.store.createTask(
            { { "uscc", uscc }, { "assignee", "alice" }, { "due", "2030-02-01" }, { "reason", "共同跟进" } });
    }
    REQUIRE(sync(a, info, "alice").exitCode == 0);
    REQUIRE(sync(b, info, "bob").exitCode == 0);
    REQUIRE(value(b, "SELECT status FROM tasks WHERE task_id = '" + id + "'") == "待办");
    return id;
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

    // A laptop receives the visits and tasks of its regions: pick Jiangsu's.
    const QString visit
        = demo.scalarText("SELECT visit_id FROM visits v JOIN enterprises e USING (uscc) WHERE "
                          "e.region_code LIKE '32%' ORDER BY visit_id LIMIT 1");
    CHECK(value(a, "SELECT count(*) FROM visits").toLongLong()
        == demo.scalarInt(
            "SELECT count(*) FROM visits v JOIN enterprises e USING (uscc) WHERE e.region_code LIKE "
            "'32%'"));
    const QString uscc = value(a, "SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1");
    // An open task both laptops have (the small demo may have no open task in Jiangsu): made on alice's.
    const QString task = openTask(a, b, info, uscc);
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
    const QString task = openTask(a, b, info, value(a, "SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1"));
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

// ------------------------------------------------------------------------------------------------------------
// Field data beside visits and tasks: registers, watch lists, policies, alert states (FieldDataSync).

namespace {

void exec(const QString& cache, const QString& sql)
{
    Database db = dj::store::Cache::open(cache);
    db.exec(sql.toStdString());
}

// The synced field-data rows of a cache as "table|key values|column=value" lines, by plain SQL.
QSet<QString> fieldData(const QString& path)
{
    Database db = Database::openRaw(path, Database::Mode::ReadOnly);
    QSet<QString> out;
    const QList<QPair<QString, QString>> selects {
        { "member_status", "SELECT register || '/' || person_id, 'status', status FROM member_status" },
        { "member_contacts",
            "SELECT uid, 'register/person/date/kind/note', register || '/' || person_id || '/' || date || "
            "'/' || "
            "coalesce(kind, '') || '/' || coalesce(note, '') FROM member_contacts" },
        { "park_watch", "SELECT uscc, 'note', note FROM park_watch" },
        { "park_policies", "SELECT name, 'rule', rule FROM park_policies WHERE builtin = 0" },
        { "risk_watch", "SELECT list || '/' || uscc, 'role', role FROM risk_watch" },
        { "risk_alerts",
            "SELECT rule_name || '/' || uscc || '/' || change_key, 'read/assigned/note/resolved', read || "
            "'/' || "
            "assigned || '/' || note || '/' || resolved FROM risk_alerts" },
    };
    for (const auto& [table, sql] : selects) {
        auto st = db.prepare(sql.toStdString());
        while (st.step())
            out.insert(table + u'|' + st.columnText(0) + u'|' + st.columnText(1) + u'=' + st.columnText(2));
    }
    return out;
}

QJsonObject fieldDataOf(const CliResult& r)
{
    return r.json().value("field_data").toObject();
}

} // namespace

TEST_CASE("a fresh demo cache has nothing to push and an edit after it is captured", "[server][sync]")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath("demo.djcache");
    REQUIRE(runCli({ "demo", "--db", cache, "--enterprises", "1000" }).exitCode == 0);
    CHECK(value(cache, "SELECT count(*) FROM visits").toLongLong() > 0);
    CHECK(value(cache, "SELECT count(*) FROM sync_changes") == "0");
    CHECK(value(cache, "SELECT count(*) FROM sync_row_changes") == "0");
    {
        Laptop l(cache, "alice");
        l.at("2030-05-01T09:00:00Z");
        const QString visit = l.db.scalarText("SELECT visit_id FROM visits ORDER BY visit_id LIMIT 1");
        l.store.update(RecordKind::Visit, visit, { { "summary", "生成之后的修改" } });
    }
    exec(cache,
        "INSERT INTO park_watch(uscc, note, added) SELECT uscc, '关注', '2030-05-01' FROM enterprises "
        "ORDER BY uscc LIMIT 1");
    CHECK(value(cache, "SELECT count(DISTINCT record_id) FROM sync_changes") == "1");
    CHECK(value(cache, "SELECT count(DISTINCT key) FROM sync_row_changes WHERE tbl = 'park_watch'") == "1");
}

TEST_CASE(
    "registers, watch lists, policies and alert states converge on two laptops", "[server][sync][fielddata]")
{
    const QString database = freshDatabase();
    const QString info = loadedServer(database);
    QTemporaryDir dir;
    const QString a = dir.filePath("a.djcache"), b = dir.filePath("b.djcache");
    REQUIRE(sync(a, info, "alice").exitCode == 0);
    REQUIRE(sync(b, info, "bob").exitCode == 0);
    const QString watched = value(a, "SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1");
    const QString supplier = value(a, "SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1 OFFSET 2");
    const QString reg
        = value(a, "SELECT register FROM members WHERE uscc <> '' ORDER BY register, person_id LIMIT 1");
    const QString person
        = value(a, "SELECT person_id FROM members WHERE uscc <> '' ORDER BY register, person_id LIMIT 1");
    REQUIRE(!watched.isEmpty());
    REQUIRE(!reg.isEmpty());

    // Offline: alice first, bob a moment later on the same watch entry and register status.
    exec(a,
        "INSERT INTO park_watch(uscc, note, added) VALUES ('" + watched + "', 'A 关注外迁', '2030-06-01')");
    exec(a,
        "INSERT INTO risk_watch(list, uscc, role, tier, root, added) VALUES ('主链', '" + supplier
            + "', 'supplier', 1, '" + watched + "', '2030-06-01')");
    exec(a,
        "INSERT INTO member_status(register, person_id, status, updated) VALUES ('" + reg + "', '" + person
            + "', '已联系', '2030-06-01')");
    exec(a,
        "INSERT INTO member_contacts(register, person_id, date, kind, note) VALUES ('" + reg + "', '" + person
            + "', '2030-06-01', '电话', 'A 通话记录')");
    exec(a,
        "INSERT INTO park_policies(name, rule, builtin, updated) VALUES ('测试政策', '{\"k\":1}', 0, "
        "'2030-06-01')");
    exec(a,
        "INSERT INTO risk_alerts(rule_id, rule_name, uscc, change_key, raised, severity, title, evidence, "
        "read, "
        "assigned, note, resolved) VALUES (1, '失信', '"
            + supplier + "', 'k1', '2030-06-01', 'high', '供应商失信', '{}', 1, 'alice', '', 0)");
    QThread::msleep(30);
    exec(b,
        "INSERT INTO park_watch(uscc, note, added) VALUES ('" + watched + "', 'B 关注扩产', '2030-06-01')");
    exec(b,
        "INSERT INTO member_status(register, person_id, status, updated) VALUES ('" + reg + "', '" + person
            + "', '拟发展', '2030-06-01')");

    QList<CliResult> runs;
    SECTION("alice syncs first")
    {
        runs << sync(a, info, "alice") << sync(b, info, "bob") << sync(a, info, "alice");
    }
    SECTION("bob syncs first")
    {
        runs << sync(b, info, "bob") << sync(a, info, "alice") << sync(b, info, "bob");
    }
    QSet<QString> conflicts;
    for (const CliResult& r : runs) {
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        for (const QJsonValue& c : fieldDataOf(r).value("conflicts").toArray())
            conflicts.insert(c.toObject().value("table").toString() + u'/'
                + c.toObject().value("field").toString() + u'/' + c.toObject().value("kept").toString() + u'/'
                + c.toObject().value("other").toString());
    }
    // Both concurrent edits are listed, the later (bob's) kept, whoever synced first.
    CHECK(conflicts.contains("park_watch/note/B 关注扩产/A 关注外迁"));
    CHECK(conflicts.contains("member_status/status/拟发展/已联系"));

    // Sync again: nothing to push, nothing new on the server, both laptops hold the same rows.
    const QString seq = PgServer::shared().sql(database, "SELECT max(seq) FROM fd_rows");
    const CliResult againA = sync(a, info, "alice"), againB = sync(b, info, "bob");
    REQUIRE(againA.exitCode == 0);
    REQUIRE(againB.exitCode == 0);
    CHECK(fieldDataOf(againA).value("pushed").toInt() == 0);
    CHECK(fieldDataOf(againB).value("pushed").toInt() == 0);
    CHECK(PgServer::shared().sql(database, "SELECT max(seq) FROM fd_rows") == seq);
    const QSet<QString> stateA = fieldData(a);
    CHECK(stateA == fieldData(b));
    CHECK(stateA.contains("park_watch|" + watched + "|note=B 关注扩产"));
    CHECK(stateA.contains("member_status|" + reg + "/" + person + "|status=拟发展"));
    CHECK(stateA.contains("risk_watch|主链/" + supplier + "|role=supplier"));
    CHECK(stateA.contains("park_policies|测试政策|rule={\"k\":1}"));
    CHECK(stateA.contains("risk_alerts|失信/" + supplier + "/k1|read/assigned/note/resolved=1/alice//0"));
    CHECK(value(b,
              "SELECT count(*) FROM member_contacts WHERE note = 'A 通话记录' AND uid = (SELECT uid FROM "
              "member_contacts WHERE note = 'A 通话记录')")
        == "1");
    CHECK(value(a, "SELECT uid FROM member_contacts WHERE note = 'A 通话记录'")
        == value(b, "SELECT uid FROM member_contacts WHERE note = 'A 通话记录'"));
    // The server holds the same values (plain SQL on fd_rows).
    CHECK(PgServer::shared().sql(database,
              "SELECT vals->>'note' FROM fd_rows WHERE tbl = 'park_watch' AND key = json_build_array('"
                  + watched + "')::text")
        == "B 关注扩产");
    // Nothing typed is lost: alice's value stays in the server's history and on both laptops.
    CHECK(PgServer::shared().sql(database,
              "SELECT count(*) FROM fd_history WHERE tbl = 'park_watch' AND field = 'note' AND other = 'A "
              "关注外迁'")
        == "1");
    for (const QString& cache : { a, b })
        CHECK(value(cache,
                  "SELECT count(*) FROM sync_row_conflicts WHERE tbl = 'park_watch' AND other = 'A 关注外迁' "
                  "AND kept = 'B 关注扩产' AND other_by = 'alice' AND kept_by = 'bob'")
            == "1");

    // Later edits: bob removes the supplier from the watch list and marks the alert resolved; alice notes it.
    exec(b, "DELETE FROM risk_watch WHERE list = '主链'");
    exec(b, "UPDATE risk_alerts SET resolved = 1 WHERE rule_name = '失信'");
    exec(a, "UPDATE risk_alerts SET note = '已电话核实' WHERE rule_name = '失信'");
    REQUIRE(sync(b, info, "bob").exitCode == 0);
    const CliResult noteA = sync(a, info, "alice");
    REQUIRE(noteA.exitCode == 0);
    CHECK(fieldDataOf(noteA).value("conflicts").toArray().isEmpty()); // different fields: no conflict
    REQUIRE(sync(b, info, "bob").exitCode == 0);
    for (const QString& cache : { a, b }) {
        INFO(cache.toStdString());
        CHECK(value(cache, "SELECT count(*) FROM risk_watch WHERE list = '主链'") == "0");
        CHECK(value(cache,
                  "SELECT note || '/' || resolved || '/' || read FROM risk_alerts WHERE rule_name = '失信'")
            == "已电话核实/1/1");
    }
}

TEST_CASE("a field-data batch killed midway or sent twice leaves both sides consistent",
    "[server][sync][fielddata]")
{
    const QString database = freshDatabase();
    const QString info = loadedServer(database);
    QTemporaryDir dir;
    const QString a = dir.filePath("a.djcache");
    REQUIRE(sync(a, info, "alice").exitCode == 0);
    const QString watched = value(a, "SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1");
    exec(a, "INSERT INTO park_watch(uscc, note, added) VALUES ('" + watched + "', '离线关注', '2030-07-01')");
    const QString onServer = "SELECT count(*) FROM fd_rows WHERE tbl = 'park_watch'";

    SECTION("kill -9 while the server transaction is open")
    {
        auto p = stalledSync(a, info, "fielddata-applying", 60000);
        p->kill();
        p->waitForFinished();
        CHECK(PgServer::shared().sql(database, onServer) == "0");
        CHECK(value(a, "SELECT count(*) FROM sync_state WHERE key = 'fd_pending_op'") == "1");
        const CliResult retry = sync(a, info, "alice");
        REQUIRE(retry.exitCode == 0);
        CHECK_FALSE(fieldDataOf(retry).value("duplicate_batch").toBool());
    }
    SECTION("kill -9 after the server committed, before the laptop heard of it")
    {
        auto p = stalledSync(a, info, "fielddata-applied", 60000);
        p->kill();
        p->waitForFinished();
        CHECK(PgServer::shared().sql(database, onServer) == "1");
        const QString seq = PgServer::shared().sql(database, "SELECT max(seq) FROM fd_rows");
        const CliResult retry = sync(a, info, "alice");
        REQUIRE(retry.exitCode == 0);
        CHECK(fieldDataOf(retry).value("duplicate_batch").toBool());
        CHECK(PgServer::shared().sql(database, "SELECT max(seq) FROM fd_rows") == seq);
    }
    SECTION("the server drops the connection inside the push")
    {
        auto p = stalledSync(a, info, "fielddata-applying", 3000);
        PgServer::shared().sql(database,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dianjing' AND "
            "pid <> "
            "pg_backend_pid()");
        REQUIRE(p->waitForFinished(30000));
        CHECK(p->exitCode() == 1);
        CHECK(PgServer::shared().sql(database, onServer) == "0");
        REQUIRE(sync(a, info, "alice").exitCode == 0);
    }
    CHECK(PgServer::shared().sql(database, onServer) == "1");
    CHECK(
        PgServer::shared().sql(database, "SELECT count(*) FROM sync_batches WHERE op_id LIKE 'fd:%'") == "1");
    CHECK(PgServer::shared().sql(database, "SELECT vals->>'note' FROM fd_rows WHERE tbl = 'park_watch'")
        == "离线关注");
    CHECK(value(a, "SELECT count(*) FROM sync_row_changes") == "0");
    CHECK(value(a, "SELECT count(*) FROM sync_state WHERE key = 'fd_pending_op'") == "0");
    CHECK(value(a, "SELECT note FROM park_watch WHERE uscc = '" + watched + "'") == "离线关注");
}

TEST_CASE("a restricted role pushes and receives field data of its regions only", "[server][sync][access]")
{
    const QString database = freshDatabase();
    const QString info = loadedServer(database);
    REQUIRE(runCli({ "server", "grant", "--server", info, "--role", "officer32", "32" }).exitCode == 0);
    const QString officer = PgServer::shared().conninfo(database) + " user=officer32";
    Database demo = Database::openRaw(demoBundle().cache, Database::Mode::ReadOnly);
    const QString inside
        = demo.scalarText("SELECT uscc FROM enterprises WHERE region_code LIKE '32%' ORDER BY uscc LIMIT 1");
    const QString outside
        = demo.scalarText("SELECT uscc FROM enterprises WHERE region_code LIKE '44%' ORDER BY uscc LIMIT 1");
    const QString outsideRegion = demo.scalarText(
        ("SELECT region_code FROM enterprises WHERE uscc = '" + outside + "'").toStdString());
    REQUIRE(!inside.isEmpty());
    REQUIRE(!outside.isEmpty());

    // The team lead (unrestricted) watches one enterprise in Jiangsu and one in Guangdong.
    QTemporaryDir dir;
    const QString lead = dir.filePath("lead.djcache"), o = dir.filePath("o.djcache");
    REQUIRE(runCli({ "sync", "--db", lead, "--server", info, "--region", "32", "--region", "44", "--client",
                       "lead" })
                .exitCode
        == 0);
    exec(lead,
        "INSERT INTO park_watch(uscc, note, added) VALUES ('" + inside + "', '江苏', '2030-08-01'), ('"
            + outside + "', '广东', '2030-08-01')");
    REQUIRE(runCli({ "sync", "--db", lead, "--server", info, "--client", "lead" }).exitCode == 0);

    // The officer receives the Jiangsu one only, through the client and through plain SQL as the officer.
    REQUIRE(
        runCli({ "sync", "--db", o, "--server", officer, "--region", "32", "--client", "o" }).exitCode == 0);
    CHECK(value(o, "SELECT group_concat(note) FROM park_watch") == "江苏");
    dj::server::PgConnection direct(officer);
    CHECK(direct.scalar("SELECT count(*) FROM fd_rows WHERE tbl = 'park_watch'") == "1");
    CHECK(
        direct.scalar("SELECT count(*) FROM fw_records WHERE dj_region_of(vals->>'uscc') NOT LIKE '32%' AND "
                      "dj_region_of(vals->>'uscc') <> ''")
        == "0");

    // Pushing a watch entry of Guangdong is refused with the row and region named; nothing reaches the server
    // and the change stays on the laptop.
    exec(o, "INSERT INTO park_watch(uscc, note, added) VALUES ('" + outside + "', '越权', '2030-08-02')");
    const CliResult refused = runCli({ "sync", "--db", o, "--server", officer, "--client", "o" });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("park_watch"));
    CHECK(refused.err.contains(outsideRegion.toUtf8()));
    CHECK(PgServer::shared().sql(database,
              "SELECT vals->>'note' FROM fd_rows WHERE key = json_build_array('" + outside + "')::text")
        == "广东");
    CHECK(value(o, "SELECT count(*) FROM sync_row_changes") != "0");

    // The same for a visit of a Guangdong enterprise.
    exec(o, "DELETE FROM park_watch WHERE uscc = '" + outside + "'");
    REQUIRE(runCli({ "sync", "--db", o, "--server", officer, "--client", "o" }).exitCode == 0);
    {
        Laptop lo(o, "o");
        lo.store.createVisit(
            { { "uscc", outside }, { "date", "2030-08-03" }, { "kind", "走访" }, { "summary", "越权" } });
    }
    const CliResult visit = runCli({ "sync", "--db", o, "--server", officer, "--client", "o" });
    CHECK(visit.exitCode == 1);
    CHECK(visit.err.contains(outsideRegion.toUtf8()));
    CHECK(PgServer::shared().sql(database, "SELECT count(*) FROM fw_records WHERE vals->>'summary' = '越权'")
        == "0");
}
