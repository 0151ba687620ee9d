#include "core/fieldwork/fieldworkstore.h"
#include "core/fieldwork/noteautosaver.h"
#include "core/store/cache.h"
#include "fieldworktestutil.h"
#include "tests/support/testutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace dj;
using fieldwork::FieldWorkError;
using fieldwork::FieldWorkStore;
using fieldwork::RecordKind;

namespace {
QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}
fieldwork::VisitQuery visitsOf(const QString& uscc)
{
    fieldwork::VisitQuery q;
    q.uscc = uscc;
    return q;
}
fieldwork::TaskQuery overdueTasks()
{
    fieldwork::TaskQuery q;
    q.overdueOnly = true;
    return q;
}
fieldwork::TaskQuery tasksOf(const QString& assignee)
{
    fieldwork::TaskQuery q;
    q.assignee = assignee;
    return q;
}
} // namespace

TEST_CASE("visits: create with a UUID, edit with history, delete and restore", "[fieldwork]")
{
    QTemporaryDir dir;
    store::Database db = test::makeFieldworkCache(dir.filePath(QStringLiteral("a.djcache")));
    FieldWorkStore store(db);
    store.setAuthor(s("张三"));
    CHECK(test::sqlText(db, "PRAGMA synchronous") == QStringLiteral("2")); // FULL
    CHECK(test::sqlText(db, "PRAGMA journal_mode") == QStringLiteral("wal"));

    const QString id = store.createVisit({ { s("uscc"), test::kUsccA }, { s("date"), s("2026-12-01") },
        { s("kind"), s("座谈") }, { s("people"), s("李总（总经理）、王工（技术总监）") },
        { s("summary"), s("初稿") }, { s("need_categories"), s("融资|用地") } });
    CHECK(QUuid::fromString(id).version() == QUuid::Random);
    CHECK(test::sqlText(db, "SELECT kind FROM visits WHERE visit_id = ?1", id) == s("座谈"));
    CHECK(test::sqlText(db, "SELECT people FROM fieldwork_visits WHERE visit_id = ?1", id)
        == s("李总（总经理）、王工（技术总监）"));
    // Categories are stored in the fixed order of the list.
    CHECK(test::sqlText(db, "SELECT need_categories FROM fieldwork_visits WHERE visit_id = ?1", id)
        == s("用地|融资"));

    // Typing: many saves of one field by one author make one history line from the first to the last text.
    for (const char* t : { "初稿，企", "初稿，企业", "初稿，企业扩产" })
        store.update(RecordKind::Visit, id, { { s("summary"), s(t) } });
    CHECK(test::sqlInt(
              db, "SELECT count(*) FROM fieldwork_history WHERE record_id = ?1 AND action = 'edit'", id)
        == 1);
    CHECK(test::sqlText(db,
              "SELECT old_value || '→' || new_value FROM fieldwork_history WHERE record_id = ?1 AND "
              "action = 'edit'",
              id)
        == s("初稿→初稿，企业扩产"));
    const QString zhangsLast = store.record(RecordKind::Visit, id)->stamps.value(s("summary")).at;
    store.setAuthor(s("李四"));
    store.update(RecordKind::Visit, id, { { s("summary"), s("李四改过") } });
    CHECK(test::sqlText(db,
              "SELECT author FROM fieldwork_history WHERE record_id = ?1 AND action = 'edit' "
              "ORDER BY id DESC LIMIT 1",
              id)
        == s("李四"));
    // Stamps: who set the field last, on top of whose value.
    const auto rec = store.record(RecordKind::Visit, id);
    REQUIRE(rec);
    CHECK(rec->stamps.value(s("summary")).by == s("李四"));
    CHECK(rec->stamps.value(s("summary")).base == zhangsLast); // made on 张三's last text

    // Bad values are refused and change nothing.
    const QString before = test::dumpFieldwork(db);
    CHECK_THROWS_AS(store.update(RecordKind::Visit, id, { { s("kind"), s("拜访") } }), FieldWorkError);
    CHECK_THROWS_AS(store.update(RecordKind::Visit, id, { { s("date"), s("2026-13-01") } }), FieldWorkError);
    CHECK_THROWS_AS(
        store.update(RecordKind::Visit, id, { { s("need_categories"), s("融资|吃饭") } }), FieldWorkError);
    CHECK_THROWS_AS(
        store.update(RecordKind::Visit, s("no-such-id"), { { s("summary"), s("x") } }), FieldWorkError);
    CHECK(test::dumpFieldwork(db) == before);

    // Soft delete: the visit leaves the visits table (every reader stops seeing it) and can come back.
    store.remove(RecordKind::Visit, id);
    CHECK(test::sqlInt(db, "SELECT count(*) FROM visits WHERE visit_id = ?1", id) == 0);
    CHECK(test::sqlInt(db, "SELECT deleted FROM fieldwork_visits WHERE visit_id = ?1", id) == 1);
    CHECK(store.visits(visitsOf(test::kUsccA)).isEmpty());
    CHECK_THROWS_AS(store.update(RecordKind::Visit, id, { { s("summary"), s("x") } }), FieldWorkError);
    store.restore(RecordKind::Visit, id);
    CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", id) == s("李四改过"));
    CHECK(test::sqlText(db, "SELECT people FROM fieldwork_visits WHERE visit_id = ?1", id)
        == s("李总（总经理）、王工（技术总监）"));
    CHECK(test::sqlText(db,
              "SELECT group_concat(action, ',') FROM (SELECT action FROM fieldwork_history WHERE "
              "record_id = ?1 AND field = '' ORDER BY id)",
              id)
        == s("create,delete,restore"));
    // The list read gives the enterprise's name and the park of its building.
    const auto listed = store.visits(visitsOf(test::kUsccA));
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].enterpriseName == s("苏州甲科技有限公司"));
    CHECK(listed[0].parkName == s("科技城产业园"));
}

TEST_CASE("tasks: a visit moves its task along and can close it", "[fieldwork]")
{
    QTemporaryDir dir;
    store::Database db = test::makeFieldworkCache(dir.filePath(QStringLiteral("a.djcache")));
    FieldWorkStore store(db);
    store.setAuthor(s("王五"));
    const QString task = store.createTask({ { s("uscc"), test::kUsccB }, { s("assignee"), s("王五") },
        { s("due"), s("2020-01-31") }, { s("reason"), s("融资需求对接") } });
    CHECK(test::sqlText(db, "SELECT status FROM tasks WHERE task_id = ?1", task) == s("待办"));
    CHECK(store.tasks(overdueTasks()).size() == 1);
    CHECK(store.tasks(tasksOf(s("王五"))).size() == 1);
    CHECK(store.tasks(tasksOf(s("别人"))).isEmpty());

    const QString visit = store.createVisit(
        { { s("uscc"), test::kUsccB }, { s("task_id"), task }, { s("date"), s("2026-12-02") } });
    CHECK(test::sqlText(db, "SELECT status FROM tasks WHERE task_id = ?1", task) == s("进行中"));
    store.update(RecordKind::Visit, visit, { { s("closes_task"), s("1") } });
    CHECK(test::sqlText(db, "SELECT status FROM tasks WHERE task_id = ?1", task) == s("已完成"));
    CHECK(store.tasks(overdueTasks()).isEmpty());
    CHECK_THROWS_AS(store.update(RecordKind::Task, task, { { s("status"), s("完成了") } }), FieldWorkError);
}

TEST_CASE("tasks generated from a watch list land with their reason, once", "[fieldwork]")
{
    QTemporaryDir dir;
    store::Database db = test::makeFieldworkCache(dir.filePath(QStringLiteral("a.djcache")));
    FieldWorkStore store(db);
    store.setAuthor(s("主任"));
    // The relocation watch list: enterprises showing the 迁出 signal (domain.md), by plain SQL.
    QStringList watch;
    {
        auto st = db.prepare("SELECT uscc FROM enterprises WHERE status = '迁出'");
        while (st.step())
            watch << st.columnText(0);
    }
    REQUIRE(watch == QStringList { test::kUsccC });
    const auto g = store.generateTasks(watch + QStringList { s("91110000000000000X") }, s("外迁风险核实"),
        { { s("assignee"), s("赵六") }, { s("due"), s("2027-01-15") } });
    CHECK(g.created.size() == 1);
    CHECK(g.unknown == QStringList { s("91110000000000000X") });
    CHECK(test::sqlText(db,
              "SELECT reason || '/' || status || '/' || assignee || '/' || due FROM tasks WHERE uscc = ?1",
              test::kUsccC)
        == s("外迁风险核实/待办/赵六/2027-01-15"));
    // Generating again does not duplicate an open task with the same reason.
    const auto again = store.generateTasks(watch, s("外迁风险核实"));
    CHECK(again.created.isEmpty());
    CHECK(again.alreadyOpen == watch);
    CHECK(test::sqlInt(db, "SELECT count(*) FROM tasks") == 1);
    CHECK_THROWS_AS(store.generateTasks(watch, s("  ")), FieldWorkError);
}

TEST_CASE("the autosaver writes within its delay, even while typing goes on", "[fieldwork]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.djcache"));
    store::Database db = test::makeFieldworkCache(path);
    FieldWorkStore store(db);
    const QString id = store.createVisit({ { s("uscc"), test::kUsccA } });
    fieldwork::NoteAutosaver saver(store, RecordKind::Visit, id);
    int saves = 0;
    QObject::connect(&saver, &fieldwork::NoteAutosaver::saved, [&saves] { ++saves; });
    // Typing every 50 ms for 1.6 s: a plain debounce would never save; this saves every ≤ 0.5 s.
    QElapsedTimer t;
    t.start();
    QString text;
    while (t.elapsed() < 1600) {
        text += QChar(u'字');
        saver.setValue(s("summary"), text);
        QElapsedTimer step;
        step.start();
        while (step.elapsed() < 50)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    CHECK(saves >= 2);
    // Another connection (as after a crash) sees what was saved: a prefix of the text, at most 0.5 s behind.
    store::Database other = store::Cache::open(path);
    const QString saved = test::sqlText(other, "SELECT summary FROM visits WHERE visit_id = ?1", id);
    CHECK(text.startsWith(saved));
    CHECK(saved.size() >= text.size() - 12);
}
