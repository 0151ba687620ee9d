// Issue #13: the window's import dialog merges a bundle's visits and tasks through field work, as
// `dianjing-cli import` does: a later local edit survives an older colleague file, a colleague's new visit
// is added, a field edited on both sides is listed as a conflict (the later edit kept, the other version in
// the history), importing the same file twice changes nothing, and a bad visits file imports nothing.
// The expectations are plain SQL on the cache and the values the test wrote itself.
#include "core/fieldwork/fieldworkexchange.h"
#include "core/fieldwork/fieldworkstore.h"
#include "core/store/cache.h"
#include "tests/core/fieldwork/fieldworktestutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/io/importdialog.h"
#include "ui/io/importresultdialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace dj;
using fieldwork::RecordKind;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

template <typename F> bool waitFor(F done, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    QCoreApplication::processEvents();
    return done();
}

struct Clock
{
    QDateTime t;
    void at(int hour) { t = QDateTime(QDate(2026, 12, 1), QTime(hour, 0), Qt::UTC); }
};

/// Imports `paths` through the window's dialog (mapping step, Import button path) and returns the
/// result dialog it opened (closed by the caller), or null when the import failed.
ui::ImportResultDialog* importInWindow(ui::AppContext& context, QWidget* window, const QStringList& paths,
    std::optional<fieldwork::MergeReport>* merged = nullptr, QString* warning = nullptr)
{
    // Parented to the window as from the File menu, so that the result dialog outlives the import dialog.
    ui::ImportDialog dialog(context, window);
    dialog.show();
    dialog.setPaths(paths);
    if (!waitFor([&]() { return dialog.mappingTabs()->count() > 0 && !dialog.isBusy(); }))
        return nullptr;
    bool done = false;
    QObject::connect(&dialog, &ui::ImportDialog::imported, [&]() { done = true; });
    // A failed import shows a warning box: read and close it instead of blocking.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&]() {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                if (warning)
                    *warning = box->text();
                box->accept();
            }
    });
    closer.start(20);
    dialog.startImport();
    waitFor([&]() { return done || (warning && !warning->isEmpty()); });
    if (merged)
        *merged = dialog.lastFieldWork();
    if (!done)
        return nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* r = qobject_cast<ui::ImportResultDialog*>(w); r && r->isVisible())
            return r;
    return nullptr;
}

} // namespace

TEST_CASE("window import: visits and tasks merge through field work, twice the same as once", "[io][ui]")
{
    QTemporaryDir dir;
    ui::Settings::setInstance(std::make_unique<ui::Settings>(dir.filePath(s("s.ini"))));
    ui::Settings::instance().setValue(ui::Settings::Key::UserName, s("甲"));
    const QString mine = dir.filePath(s("mine.djcache"));
    const QString colleague = dir.filePath(s("colleague.djcache"));
    Clock clock;
    QString v1, v2, t1;
    {
        store::Database a = test::makeFieldworkCache(mine);
        store::Database b = test::makeFieldworkCache(colleague);
        fieldwork::FieldWorkStore sa(a), sb(b);
        sa.setAuthor(s("甲"));
        sb.setAuthor(s("乙"));
        sa.setClock([&clock] { return clock.t; });
        sb.setClock([&clock] { return clock.t; });
        // 09:00 甲 records a visit and a task and hands them to 乙.
        clock.at(9);
        v1 = sa.createVisit({ { s("uscc"), test::kUsccA }, { s("date"), s("2026-12-01") },
            { s("summary"), s("甲的初稿") }, { s("needs"), s("用地") } });
        t1 = sa.createTask({ { s("uscc"), test::kUsccB }, { s("reason"), s("扩租需求跟进") } });
        fieldwork::FieldWorkExchange::exportTo(sa, dir.filePath(s("a0")));
        fieldwork::FieldWorkExchange::merge(sb, QStringList { dir.filePath(s("a0")) });
        // 10:00 乙 rewrites the summary and the needs and records a visit of their own, then exports.
        clock.at(10);
        sb.update(RecordKind::Visit, v1, { { s("summary"), s("乙的改稿") }, { s("needs"), s("融资") } });
        v2 = sb.createVisit(
            { { s("uscc"), test::kUsccC }, { s("date"), s("2026-12-01") }, { s("summary"), s("乙的座谈") } });
        fieldwork::FieldWorkExchange::exportTo(sb, dir.filePath(s("b1")));
        // 11:00 甲 rewrites the summary here: later than 乙's file.
        clock.at(11);
        sa.update(RecordKind::Visit, v1, { { s("summary"), s("甲的复访记录") } });
    }
    QFile::remove(QDir(dir.filePath(s("b1"))).filePath(s("fieldwork.xlsx"))); // the bundle's CSV files

    ui::AppContext context;
    context.openCache(mine);
    QWidget window;
    std::optional<fieldwork::MergeReport> merged;
    ui::ImportResultDialog* result = importInWindow(context, &window, { dir.filePath(s("b1")) }, &merged);
    REQUIRE(result);
    REQUIRE(merged);
    {
        store::Database db = store::Cache::open(mine, store::Cache::Access::ReadOnly);
        // The later local edit survives the older colleague file; 乙's needs (edited on one side) arrive.
        CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", v1) == s("甲的复访记录"));
        CHECK(test::sqlText(db, "SELECT needs FROM visits WHERE visit_id = ?1", v1) == s("融资"));
        // 乙's visit is added, nothing is duplicated.
        CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", v2) == s("乙的座谈"));
        CHECK(test::sqlInt(db, "SELECT count(*) FROM visits") == 2);
        CHECK(test::sqlInt(db, "SELECT count(*) FROM tasks") == 1);
        CHECK(test::sqlText(db, "SELECT reason FROM tasks WHERE task_id = ?1", t1) == s("扩租需求跟进"));
        // The losing summary stays in the history as a conflict.
        CHECK(test::sqlText(db,
                  "SELECT old_value FROM fieldwork_history WHERE record_id = ?1 AND action = 'conflict'", v1)
            == s("乙的改稿"));
    }
    // The user sees what the merge did: v2 added, v1 updated (the needs), the summary in conflict.
    CHECK(merged->added == QStringList { v2 });
    CHECK(merged->updated == QStringList { v1 });
    REQUIRE(merged->conflicts.size() == 1);
    CHECK(merged->conflicts[0].field == s("summary"));
    CHECK(result->fieldWorkSummary().contains(s("1 added")));
    CHECK(result->fieldWorkSummary().contains(s("1 updated")));
    CHECK(result->fieldWorkSummary().contains(s("1 conflicts")));
    REQUIRE(result->conflictTable());
    REQUIRE(result->conflictTable()->rowCount() == 1);
    CHECK(result->conflictTable()->item(0, 1)->text() == s("summary"));
    CHECK(result->conflictTable()->item(0, 2)->text().startsWith(s("甲的复访记录")));
    CHECK(result->conflictTable()->item(0, 3)->text().startsWith(s("乙的改稿")));
    CHECK(result->conflictTable()->item(0, 4)->text() == v1);
    result->close();
    delete result;

    // Importing the same file again changes nothing and reports nothing new.
    QString dumpOnce;
    {
        store::Database db = store::Cache::open(mine, store::Cache::Access::ReadOnly);
        dumpOnce = test::dumpFieldwork(db);
    }
    result = importInWindow(context, &window, { dir.filePath(s("b1")) }, &merged);
    REQUIRE(result);
    REQUIRE(merged);
    CHECK(merged->added.isEmpty());
    CHECK(merged->updated.isEmpty());
    CHECK(merged->conflicts.isEmpty());
    CHECK(result->conflictTable()->rowCount() == 0);
    result->close();
    delete result;
    {
        store::Database db = store::Cache::open(mine, store::Cache::Access::ReadOnly);
        CHECK(test::dumpFieldwork(db) == dumpOnce);
    }

    // A bad visits file next to a good enterprises file: nothing is imported, the user is told which file.
    const QString bad = dir.filePath(s("bad"));
    QDir().mkpath(bad);
    {
        QFile e(QDir(bad).filePath(s("enterprises.csv")));
        REQUIRE(e.open(QIODevice::WriteOnly));
        e.write("uscc,name,status\r\n91320500MA1XD0004D,新增企业有限公司,存续\r\n");
        QFile v(QDir(bad).filePath(s("visits.csv")));
        REQUIRE(v.open(QIODevice::WriteOnly));
        v.write("visit_id,uscc,date,visitor,kind,summary,needs,follow_up\r\n"
                "b9d1c0de-0000-4000-8000-000000000001,91320500MA1XA0001A,2026-13-45,甲,走访,日期错,,\r\n");
    }
    QString warning;
    CHECK(importInWindow(context, &window, { bad }, nullptr, &warning) == nullptr);
    CHECK(warning.contains(s("visits.csv")));
    {
        store::Database db = store::Cache::open(mine, store::Cache::Access::ReadOnly);
        CHECK(test::sqlInt(db, "SELECT count(*) FROM enterprises WHERE uscc = '91320500MA1XD0004D'") == 0);
        CHECK(test::dumpFieldwork(db) == dumpOnce);
    }
    ui::Settings::setInstance(nullptr);
}
