#include "core/fieldwork/fieldworkstore.h"
#include "core/io/xlsxreader.h"
#include "core/store/cache.h"
#include "tests/core/fieldwork/fieldworktestutil.h"
#include "tests/support/testutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/fieldwork/boardcolumn.h"
#include "ui/fieldwork/fieldworkpanel.h"
#include "ui/fieldwork/visiteditor.h"
#include "ui/search/enterpriseprofiledialog.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace dj;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

struct Fixture
{
    QTemporaryDir dir;
    QString cache = dir.filePath(QStringLiteral("f.djcache"));
    QString taskTodo, taskDoing, visit;
    Fixture()
    {
        ui::Settings::setInstance(std::make_unique<ui::Settings>(dir.filePath(QStringLiteral("s.ini"))));
        ui::Settings::instance().setValue(ui::Settings::Key::UserName, s("张敏"));
        store::Database db = test::makeFieldworkCache(cache);
        fieldwork::FieldWorkStore store(db);
        store.setAuthor(s("张敏"));
        taskTodo = store.createTask({ { s("uscc"), test::kUsccA }, { s("assignee"), s("张敏") },
            { s("reason"), s("扩租需求跟进") }, { s("due"), s("2030-01-10") } });
        taskDoing = store.createTask(
            { { s("uscc"), test::kUsccB }, { s("assignee"), s("李强") }, { s("reason"), s("融资需求对接") },
                { s("due"), s("2030-02-10") }, { s("status"), s("进行中") } });
        visit = store.createVisit(
            { { s("uscc"), test::kUsccA }, { s("date"), QDate::currentDate().toString(Qt::ISODate) },
                { s("kind"), s("座谈") }, { s("summary"), s("企业计划扩产") } });
    }
    ~Fixture() { ui::Settings::setInstance(nullptr); }
};

QString statusOf(const QString& cache, const QString& task)
{
    store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
    return test::sqlText(db, "SELECT status FROM tasks WHERE task_id = ?1", task);
}

} // namespace

TEST_CASE("the board shows tasks by status and moves them with the keyboard", "[fieldwork][ui]")
{
    Fixture f;
    ui::AppContext ctx;
    ctx.openCache(f.cache);
    ui::FieldWorkPanel panel(ctx);
    panel.resize(1300, 700);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    ui::BoardColumn* todo = panel.column(s("待办"));
    ui::BoardColumn* doing = panel.column(s("进行中"));
    REQUIRE(todo);
    REQUIRE(doing);
    CHECK(todo->count() == 1);
    CHECK(doing->count() == 1);
    CHECK(panel.column(s("已完成"))->count() == 0);

    // My tasks: only the one assigned to 张敏.
    auto* assignee = panel.findChildren<QComboBox*>().value(0);
    REQUIRE(assignee);
    const int mine = assignee->findData(s("张敏"));
    REQUIRE(mine > 0);
    assignee->setCurrentIndex(mine);
    emit assignee->activated(mine);
    CHECK(todo->count() == 1);
    CHECK(doing->count() == 0);
    assignee->setCurrentIndex(0);
    emit assignee->activated(0);

    // Ctrl+Right on a card moves it one column: 待办 → 进行中, in the cache.
    todo->setFocus();
    todo->setCurrentRow(0);
    QTest::keyClick(todo, Qt::Key_Right, Qt::ControlModifier);
    CHECK(statusOf(f.cache, f.taskTodo) == s("进行中"));
    CHECK(panel.column(s("进行中"))->count() == 2);
    // The history pane shows the focused enterprise's visits.
    panel.showEnterprise(test::kUsccA);
    REQUIRE(panel.historyList()->count() == 1);
    CHECK(panel.historyList()->item(0)->text().contains(s("企业计划扩产")));
}

TEST_CASE("the visit editor saves as it is typed and shows when", "[fieldwork][ui]")
{
    Fixture f;
    ui::AppContext ctx;
    ctx.openCache(f.cache);
    ui::FieldWorkPanel panel(ctx);
    panel.show();
    ui::VisitEditor* editor = panel.openEditor({}, f.taskTodo, {});
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    editor->summaryEdit()->setFocus();
    QTest::keyClicks(editor->summaryEdit(), QStringLiteral("Order book full"));
    // The first key creates the record; the rest follow within the autosave delay.
    QTest::qWait(900);
    CHECK(editor->savedText().startsWith(QStringLiteral("Saved ")));
    const QString id = editor->visitId();
    REQUIRE_FALSE(id.isEmpty());
    {
        store::Database db = store::Cache::open(f.cache, store::Cache::Access::ReadOnly);
        CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", id)
            == QStringLiteral("Order book full"));
        CHECK(
            test::sqlText(db, "SELECT task_id FROM fieldwork_visits WHERE visit_id = ?1", id) == f.taskTodo);
        CHECK(test::sqlText(db, "SELECT visitor FROM visits WHERE visit_id = ?1", id) == s("张敏"));
    }
    // A visit made for a task puts the task under way.
    CHECK(statusOf(f.cache, f.taskTodo) == s("进行中"));
    // Esc closes and saves what is pending.
    QTest::keyClicks(editor->summaryEdit(), QStringLiteral("!"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QApplication::processEvents();
    store::Database db = store::Cache::open(f.cache, store::Cache::Access::ReadOnly);
    CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", id)
        == QStringLiteral("Order book full!"));
}

TEST_CASE("the visit log is written as XLSX and as a PDF report", "[fieldwork][ui]")
{
    Fixture f;
    ui::AppContext ctx;
    ctx.openCache(f.cache);
    ui::FieldWorkPanel panel(ctx);
    fieldwork::VisitQuery q;
    q.uscc = test::kUsccA;
    const QList<fieldwork::Record> visits = panel.store()->visits(q);
    REQUIRE(visits.size() == 1);
    const QString xlsx = f.dir.filePath(QStringLiteral("log.xlsx"));
    const QString pdf = f.dir.filePath(QStringLiteral("log.pdf"));
    panel.writeVisitLog(visits, s("苏州甲科技有限公司"), xlsx);
    panel.writeVisitLog(visits, s("苏州甲科技有限公司"), pdf);
    io::XlsxReader book(xlsx);
    auto rows = book.openSheet(book.sheetNames().value(0));
    QStringList header, row;
    REQUIRE(rows->next(header));
    REQUIRE(rows->next(row));
    CHECK(row.contains(s("企业计划扩产")));
    CHECK(row.contains(s("苏州甲科技有限公司")));
    QStringList none;
    CHECK_FALSE(rows->next(none));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(file.size() > 2000);
    // The report is laid out by the shared ReportWriter (a CJK font found at run time): the visit's text.
    const QString text = test::pdfText(pdf);
    if (text.isNull()) {
        WARN("pdftotext not found: the PDF's text is not checked");
    } else {
        CHECK(text.contains(s("苏州甲科技有限公司")));
        CHECK(text.contains(s("企业计划扩产")));
    }
}

TEST_CASE("any panel can ask for visit tasks through the application context", "[fieldwork][ui]")
{
    Fixture f;
    ui::AppContext ctx;
    ctx.openCache(f.cache);
    ui::FieldWorkPanel panel(ctx);
    // The panel confirms with a message box: close it as soon as it shows.
    int closed = 0;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&closed]() {
        if (QWidget* box = QApplication::activeModalWidget()) {
            box->close();
            ++closed;
        }
    });
    closer.start(20);
    const auto openWithReason = [&f]() {
        store::Database db = store::Cache::open(f.cache, store::Cache::Access::ReadOnly);
        return test::sqlInt(
            db, "SELECT count(*) FROM tasks WHERE reason = ?1 AND status = '待办'", s("外迁风险核查"));
    };
    REQUIRE(openWithReason() == 0);
    ctx.requestVisitTask(
        { test::kUsccA, QStringLiteral(" ") + test::kUsccB, test::kUsccA }, s("外迁风险核查"));
    CHECK(closed == 1);
    CHECK(openWithReason() == 2);
    // Asked again: both already have an open task with this reason, nothing is added.
    ctx.requestVisitTask({ test::kUsccA, test::kUsccB }, s("外迁风险核查"));
    CHECK(closed == 2);
    CHECK(openWithReason() == 2);
    // Nothing to add: no dialog, no task.
    ctx.requestVisitTask({ QStringLiteral("  ") }, s("外迁风险核查"));
    CHECK(closed == 2);
}

// Issue #13: a long import holds the cache's write lock; typing in the visit editor must never wait for it.
// Another connection holds a write transaction while the editor autosaves: the UI thread keeps ticking,
// the indicator says the text waits (and when it was last saved), the text stays on screen, and it is in
// the cache soon after the lock is released. The same for a new visit created while the cache is busy.
TEST_CASE("the visit editor never blocks while another connection writes", "[fieldwork][ui]")
{
    Fixture f;
    ui::AppContext ctx;
    ctx.openCache(f.cache);
    ui::FieldWorkPanel panel(ctx);
    panel.show();
    ui::VisitEditor* editor = panel.openEditor(f.visit, {}, {});
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));

    store::Database importer = store::Cache::open(f.cache);
    importer.exec("BEGIN IMMEDIATE");
    importer.exec("UPDATE meta SET value = value WHERE 0"); // holds the write lock like an import

    // A UI-thread heartbeat: the longest gap between ticks while typing against the locked cache.
    QElapsedTimer beat;
    beat.start();
    qint64 last = 0, worst = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        worst = std::max(worst, beat.elapsed() - last);
        last = beat.elapsed();
    });
    heartbeat.start(10);
    editor->summaryEdit()->moveCursor(QTextCursor::End);
    QElapsedTimer typing;
    typing.start();
    QTest::keyClicks(editor->summaryEdit(), QStringLiteral(", needs land"));
    QTest::qWait(1500); // three autosave tries or more against the lock
    heartbeat.stop();
    INFO("longest UI-thread gap " << worst << " ms");
    CHECK(worst < 400); // a blocked save would stall 5000 ms (the busy timeout)
    CHECK(editor->isWaitingToSave());
    CHECK(editor->savedText().startsWith(QStringLiteral("Waiting to save")));
    CHECK(editor->summaryEdit()->toPlainText() == s("企业计划扩产, needs land"));

    // Esc while busy: the editor stays open with the text and closes by itself once saved.
    QPointer<ui::VisitEditor> closing(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK(editor->isVisible());
    CHECK(editor->savedText().startsWith(QStringLiteral("Waiting to save")));
    // Another visit cannot replace it while it waits (that would have to wait too).
    CHECK(panel.openEditor({}, {}, test::kUsccB) == nullptr);

    // A new visit typed while the cache is busy (an editor on its own connection): kept, not created yet.
    store::Database own = store::Cache::open(f.cache);
    fieldwork::FieldWorkStore ownStore(own);
    ui::VisitEditor fresh(ownStore, f.cache, {}, {}, test::kUsccB);
    fresh.show();
    QTest::keyClicks(fresh.summaryEdit(), QStringLiteral("New"));
    QTest::qWait(700);
    CHECK(fresh.visitId().isEmpty());
    CHECK(fresh.isWaitingToSave());

    importer.exec("COMMIT"); // the import ends
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 3000
        && ((closing && closing->isVisible()) || fresh.isWaitingToSave() || fresh.visitId().isEmpty()))
        QTest::qWait(20);
    INFO("saved " << after.elapsed() << " ms after the lock was released");
    CHECK(after.elapsed() < 1000);
    CHECK((!closing || !closing->isVisible())); // saved, then closed
    CHECK(fresh.savedText().startsWith(QStringLiteral("Saved ")));
    store::Database db = store::Cache::open(f.cache, store::Cache::Access::ReadOnly);
    CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", f.visit)
        == s("企业计划扩产, needs land"));
    REQUIRE_FALSE(fresh.visitId().isEmpty());
    CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", fresh.visitId())
        == QStringLiteral("New"));
    CHECK(test::sqlText(db, "SELECT uscc FROM visits WHERE visit_id = ?1", fresh.visitId()) == test::kUsccB);
}

// Issue #13: every enterprise's visits and open tasks appear in its profile (opened from any panel through
// the application context). Expected counts from plain SQL; a finished task is not "open".
TEST_CASE("the enterprise profile lists the enterprise's visits and open tasks", "[fieldwork][ui]")
{
    Fixture f;
    {
        store::Database db = store::Cache::open(f.cache);
        fieldwork::FieldWorkStore store(db);
        store.createTask({ { s("uscc"), test::kUsccA }, { s("reason"), s("已办结的走访") },
            { s("status"), s("已完成") } });
        store.createVisit({ { s("uscc"), test::kUsccA }, { s("date"), s("2026-11-20") },
            { s("kind"), s("电话") }, { s("summary"), s("电话回访") } });
    }
    qint64 visits = 0, open = 0;
    {
        store::Database db = store::Cache::open(f.cache, store::Cache::Access::ReadOnly);
        visits = test::sqlInt(db, "SELECT count(*) FROM visits WHERE uscc = ?1", test::kUsccA);
        open = test::sqlInt(
            db, "SELECT count(*) FROM tasks WHERE uscc = ?1 AND status IN ('待办', '进行中')", test::kUsccA);
    }
    REQUIRE(visits == 2);
    REQUIRE(open == 1);
    ui::EnterpriseProfileDialog profile(f.cache, test::kUsccA);
    QElapsedTimer t;
    t.start();
    while (!profile.isLoaded() && t.elapsed() < 20000)
        QTest::qWait(20);
    REQUIRE(profile.isLoaded());
    QStringList tabs;
    for (int i = 0; i < profile.tabs()->count(); ++i)
        tabs << profile.tabs()->tabText(i);
    INFO(tabs.join(QStringLiteral(" | ")).toStdString());
    CHECK(tabs.contains(QStringLiteral("Visits (%1)").arg(visits)));
    CHECK(tabs.contains(QStringLiteral("Open visit tasks (%1)").arg(open)));
}

TEST_CASE("the history pane follows the open editor's saves", "[fieldwork][ui]")
{
    Fixture f;
    ui::AppContext ctx;
    ctx.openCache(f.cache);
    ui::FieldWorkPanel panel(ctx);
    panel.show();
    panel.showEnterprise(test::kUsccA);
    auto* history = panel.findChild<QListWidget*>(QStringLiteral("visitHistory"));
    REQUIRE(history);
    REQUIRE(history->count() == 1); // the fixture's visit
    ui::VisitEditor* editor = panel.openEditor({}, {}, test::kUsccA);
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    editor->summaryEdit()->setFocus();
    QTest::keyClicks(editor->summaryEdit(), QStringLiteral("New order"));
    QTest::qWait(900);
    // The new visit is listed while the editor is still open, with what was typed so far.
    REQUIRE(history->count() == 2);
    CHECK(history->item(0)->text().contains(QStringLiteral("New order")));
    QTest::keyClicks(editor->summaryEdit(), QStringLiteral(" signed"));
    QTest::qWait(900);
    CHECK(history->count() == 2);
    CHECK(history->item(0)->text().contains(QStringLiteral("New order signed")));
    // The pane says what the cache holds.
    store::Database db = store::Cache::open(f.cache, store::Cache::Access::ReadOnly);
    CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", editor->visitId())
        == QStringLiteral("New order signed"));
    editor->close();
}
