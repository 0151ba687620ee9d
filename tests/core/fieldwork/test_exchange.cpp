// Merging colleagues' exports: by id, later edit wins per field, the other version in the history,
// twice = once.
#include "core/fieldwork/fieldworkexchange.h"
#include "core/fieldwork/fieldworkstore.h"
#include "core/store/cache.h"
#include "fieldworktestutil.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj;
using fieldwork::FieldWorkExchange;
using fieldwork::FieldWorkStore;
using fieldwork::RecordKind;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// A clock the test sets: edits happen "at" the given times.
struct TestClock
{
    QDateTime t = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    QDateTime operator()() const { return t; }
};

QByteArray firstLine(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray line = f.readLine();
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return line.trimmed();
}

} // namespace

TEST_CASE("two colleagues' overlapping exports merge field by field, twice the same as once", "[fieldwork]")
{
    QTemporaryDir dir;
    auto path = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    store::Database a = test::makeFieldworkCache(path("a.djcache"));
    store::Database b = test::makeFieldworkCache(path("b.djcache"));
    FieldWorkStore sa(a), sb(b);
    sa.setAuthor(s("甲"));
    sb.setAuthor(s("乙"));
    TestClock clock;
    sa.setClock([&clock] { return clock(); });
    sb.setClock([&clock] { return clock(); });
    auto at = [&clock](int hour) { clock.t = QDateTime(QDate(2026, 12, 1), QTime(hour, 0), Qt::UTC); };

    // 09:00 甲 records a visit and a task and hands them to 乙.
    at(9);
    const QString v1 = sa.createVisit({ { s("uscc"), test::kUsccA }, { s("date"), s("2026-12-01") },
        { s("kind"), s("走访") }, { s("summary"), s("甲的初稿") } });
    const QString k1 = sa.createTask(
        { { s("uscc"), test::kUsccA }, { s("assignee"), s("甲") }, { s("reason"), s("扩租需求跟进") } });
    FieldWorkExchange::exportTo(sa, path("a0"));
    const auto first = FieldWorkExchange::merge(sb, { path("a0") });
    CHECK(first.added.size() == 2);
    // 10:00 乙 adds needs; 11:00 甲 rewrites the summary; 12:00 乙 rewrites it too (a true conflict);
    // 13:00 甲 writes the follow-up. Each creates one visit of their own.
    at(10);
    sb.update(RecordKind::Visit, v1, { { s("needs"), s("希望协调用地") } });
    at(11);
    sa.update(RecordKind::Visit, v1, { { s("summary"), s("甲的改稿") } });
    at(12);
    sb.update(RecordKind::Visit, v1, { { s("summary"), s("乙的改稿") } });
    const QString v2 = sb.createVisit(
        { { s("uscc"), test::kUsccB }, { s("date"), s("2026-12-01") }, { s("summary"), s("乙的走访") } });
    at(13);
    sa.update(RecordKind::Visit, v1, { { s("follow_up"), s("两周内回访") } });
    const QString v3 = sa.createVisit(
        { { s("uscc"), test::kUsccC }, { s("date"), s("2026-12-01") }, { s("summary"), s("甲的电话") } });
    FieldWorkExchange::exportTo(sa, path("a1"));
    FieldWorkExchange::exportTo(sb, path("b1"));

    // The export keeps the exchange-format columns first (shared/spec/exchange-format.md).
    CHECK(firstLine(path("a1/visits.csv"))
              .startsWith("visit_id,uscc,date,visitor,kind,summary,needs,follow_up"));
    CHECK(firstLine(path("a1/tasks.csv")).startsWith("task_id,uscc,assignee,due,status,reason,created"));

    // The manager merges both.
    store::Database m = test::makeFieldworkCache(path("m.djcache"));
    FieldWorkStore sm(m);
    const auto once = FieldWorkExchange::merge(sm, { path("a1"), path("b1") });
    CHECK(test::sqlInt(m, "SELECT count(*) FROM visits") == 3);
    CHECK(test::sqlInt(m, "SELECT count(*) FROM tasks") == 1);
    CHECK(test::sqlText(m, "SELECT summary FROM visits WHERE visit_id = ?1", v1)
        == s("乙的改稿")); // 12:00 > 11:00
    CHECK(test::sqlText(m, "SELECT needs FROM visits WHERE visit_id = ?1", v1) == s("希望协调用地"));
    CHECK(test::sqlText(m, "SELECT follow_up FROM visits WHERE visit_id = ?1", v1) == s("两周内回访"));
    CHECK(test::sqlText(m, "SELECT summary FROM visits WHERE visit_id = ?1", v2) == s("乙的走访"));
    CHECK(test::sqlText(m, "SELECT summary FROM visits WHERE visit_id = ?1", v3) == s("甲的电话"));
    // One conflict: the summary. The needs and the follow-up were edited on one side only.
    REQUIRE(once.conflicts.size() == 1);
    CHECK(once.conflicts[0].id == v1);
    CHECK(once.conflicts[0].field == s("summary"));
    CHECK(once.conflicts[0].kept == s("乙的改稿"));
    CHECK(once.conflicts[0].other == s("甲的改稿"));
    // The losing version stays in the history.
    CHECK(test::sqlText(
              m, "SELECT old_value FROM fieldwork_history WHERE record_id = ?1 AND action = 'conflict'", v1)
        == s("甲的改稿"));

    // Twice = once: the same cache, nothing reported.
    const QString dumpOnce = test::dumpFieldwork(m);
    const auto twice = FieldWorkExchange::merge(sm, { path("a1"), path("b1") });
    CHECK(twice.added.isEmpty());
    CHECK(twice.updated.isEmpty());
    CHECK(twice.conflicts.isEmpty());
    CHECK(test::dumpFieldwork(m) == dumpOnce);
    // The other order gives the same records.
    store::Database m2 = test::makeFieldworkCache(path("m2.djcache"));
    FieldWorkStore sm2(m2);
    FieldWorkExchange::merge(sm2, { path("b1"), path("a1") });
    CHECK(test::sqlText(m2,
              "SELECT group_concat(visit_id || summary || coalesce(needs,'') || coalesce(follow_up,''), '|') "
              "FROM (SELECT * FROM visits ORDER BY visit_id)")
        == test::sqlText(m,
            "SELECT group_concat(visit_id || summary || coalesce(needs,'') || coalesce(follow_up,''), '|') "
            "FROM (SELECT * FROM visits ORDER BY visit_id)"));

    // 甲 merges 乙's export back: 乙's summary wins, 甲's own later follow-up stays, nothing duplicated.
    const auto back = FieldWorkExchange::merge(sa, { path("b1") });
    CHECK(back.added == QStringList { v2 });
    CHECK(test::sqlText(a, "SELECT summary FROM visits WHERE visit_id = ?1", v1) == s("乙的改稿"));
    CHECK(test::sqlText(a, "SELECT follow_up FROM visits WHERE visit_id = ?1", v1) == s("两周内回访"));
    CHECK(test::sqlInt(a, "SELECT count(*) FROM visits") == 3);
    CHECK(test::sqlInt(a, "SELECT count(*) FROM tasks WHERE task_id = ?1", k1) == 1);

    // The workbook carries the same records as the CSV files.
    store::Database x = test::makeFieldworkCache(path("x.djcache"));
    store::Database c = test::makeFieldworkCache(path("c.djcache"));
    FieldWorkStore sx(x), sc(c);
    FieldWorkExchange::merge(sx, { path("a1/fieldwork.xlsx") });
    FieldWorkExchange::merge(sc, { path("a1/visits.csv"), path("a1/tasks.csv") });
    CHECK(test::dumpFieldwork(x).section(QStringLiteral("----"), 0, 3)
        == test::dumpFieldwork(c).section(QStringLiteral("----"), 0, 3));
}

TEST_CASE("a deletion travels, and a later edit on the other side brings the record back", "[fieldwork]")
{
    QTemporaryDir dir;
    auto path = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    store::Database a = test::makeFieldworkCache(path("a.djcache"));
    store::Database b = test::makeFieldworkCache(path("b.djcache"));
    FieldWorkStore sa(a), sb(b);
    sa.setAuthor(s("甲"));
    sb.setAuthor(s("乙"));
    const QString v = sa.createVisit({ { s("uscc"), test::kUsccA }, { s("summary"), s("要删的") } });
    FieldWorkExchange::exportTo(sa, path("a0"));
    FieldWorkExchange::merge(sb, { path("a0") });
    sa.remove(RecordKind::Visit, v);
    FieldWorkExchange::exportTo(sa, path("a1"));
    FieldWorkExchange::merge(sb, { path("a1") });
    CHECK(test::sqlInt(b, "SELECT count(*) FROM visits WHERE visit_id = ?1", v) == 0);
    CHECK(test::sqlInt(b, "SELECT deleted FROM fieldwork_visits WHERE visit_id = ?1", v) == 1);
    sb.restore(RecordKind::Visit, v);
    FieldWorkExchange::exportTo(sb, path("b1"));
    FieldWorkExchange::merge(sa, { path("b1") });
    CHECK(test::sqlText(a, "SELECT summary FROM visits WHERE visit_id = ?1", v) == s("要删的"));
}

TEST_CASE("a plain bundle visits.csv without the optional columns merges", "[fieldwork]")
{
    QTemporaryDir dir;
    store::Database m = test::makeFieldworkCache(dir.filePath(QStringLiteral("m.djcache")));
    FieldWorkStore sm(m);
    QDir().mkpath(dir.filePath(QStringLiteral("plain")));
    QFile f(dir.filePath(QStringLiteral("plain/visits.csv")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("visit_id,uscc,date,visitor,kind,summary,needs,follow_up\r\n"
                           "V1,%1,2026-11-30,张三,电话,电话了解情况,融资,\r\n")
                .arg(test::kUsccA)
                .toUtf8());
    f.close();
    const auto r = FieldWorkExchange::merge(sm, { dir.filePath(QStringLiteral("plain")) });
    CHECK(r.added == QStringList { QStringLiteral("V1") });
    CHECK(test::sqlText(m, "SELECT kind || summary FROM visits WHERE visit_id = 'V1'")
        == s("电话电话了解情况"));
    // Local edits are later than an unstamped file: merging it again keeps them, without a conflict.
    sm.setAuthor(s("张三"));
    sm.update(RecordKind::Visit, QStringLiteral("V1"), { { s("summary"), s("补充了内容") } });
    const auto again = FieldWorkExchange::merge(sm, { dir.filePath(QStringLiteral("plain")) });
    CHECK(again.conflicts.isEmpty());
    CHECK(test::sqlText(m, "SELECT summary FROM visits WHERE visit_id = 'V1'") == s("补充了内容"));
}
