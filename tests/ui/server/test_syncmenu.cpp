// 团队服务器 menu in the main window, against a real PostgreSQL started by the test: the settings dialog
// (a bad region is refused, the values are kept), Sync now with its progress dialog and Cancel (a cancelled
// sync leaves the change waiting and the server unchanged; the next one completes it), the status label
// (changes waiting, counted here by plain SQL) and the conflicts window (both sides of a field edited on two
// laptops). With DJ_SCREENSHOT_DIR set, the window (1366x768) and the dialogs are saved as PNG files.
#include "../../core/server/servertestutil.h"
#include "core/server/pgconnection.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "translations/translations.h"
#include "ui/common/appcontext.h"
#include "ui/common/secretstore.h"
#include "ui/common/settings.h"
#include "ui/server/syncmenu.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace dj::test;
using dj::store::Database;

namespace {

QString value(const QString& cache, const QString& sql)
{
    Database db = Database::openRaw(cache, Database::Mode::ReadOnly);
    return db.scalarText(sql.toStdString());
}

void exec(const QString& cache, const QString& sql)
{
    Database db = dj::store::Cache::open(cache);
    db.exec(sql.toStdString());
}

void shot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("DJ_SCREENSHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name + ".png"));
}

// Fills the settings dialog once it is open: first a bad region (refused with a message, closed here), then
// the good values, and OK.
void answerSettings(const QString& server, bool* refusedSeen, bool* answered)
{
    QTimer::singleShot(100, [server, refusedSeen, answered]() {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        const QList<QLineEdit*> edits = dialog ? dialog->findChildren<QLineEdit*>() : QList<QLineEdit*>();
        if (edits.size() != 3) {
            if (dialog)
                dialog->reject();
            return;
        }
        edits[0]->setText(server);
        edits[1]->setText("32x");
        edits[2]->setText("alice-laptop");
        shot(dialog, "sync-settings");
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTimer::singleShot(200, [refusedSeen]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box) {
                *refusedSeen = box->text().contains("32x");
                box->accept();
            }
        });
        ok->click(); // refused: the message box above
        if (!dialog->isVisible())
            return;
        edits[1]->setText("32");
        *answered = true;
        ok->click();
    });
}

} // namespace

TEST_CASE("the team server menu syncs with progress, cancel, status and conflicts", "[ui][server]")
{
    // In Chinese, as the workstation starts (the screenshots show what users see).
    dj::installTranslations("zh_CN");
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QTemporaryDir dir;
    dj::ui::Settings::setInstance(std::make_unique<dj::ui::Settings>(dir.filePath("s.ini")));
    dj::ui::SecretStore::instance().useMemoryOnly();
    const QString info = loadedServer("t_ui_sync");
    const QString a = dir.filePath("alice.djcache"), b = dir.filePath("bob.djcache");
    REQUIRE(runCli({ "sync", "--db", a, "--server", info, "--region", "32", "--client", "alice", "--author",
                       "alice" })
                .exitCode
        == 0);
    REQUIRE(runCli({ "sync", "--db", b, "--server", info, "--region", "32", "--client", "bob", "--author",
                       "bob" })
                .exitCode
        == 0);
    const QString watched = value(a, "SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1");
    const QString other = value(a, "SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1 OFFSET 1");
    // Alice watches an enterprise offline; Bob, a moment later, the same one with another note, and syncs.
    exec(a,
        "INSERT INTO park_watch(uscc, note, added) VALUES ('" + watched
            + "', '张三：关注外迁', '2030-09-01')");
    QThread::msleep(30);
    exec(b,
        "INSERT INTO park_watch(uscc, note, added) VALUES ('" + watched
            + "', '李四：扩产在谈', '2030-09-01')");
    REQUIRE(
        runCli({ "sync", "--db", b, "--server", info, "--client", "bob", "--author", "bob" }).exitCode == 0);

    dj::ui::AppContext context;
    dj::ui::MainWindow window(context);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openCache(a));
    auto* menu = window.findChild<dj::ui::SyncMenu*>();
    REQUIRE(menu);
    REQUIRE(window.findChild<QAction*>("actionSyncNow"));
    QLabel* status = menu->statusLabel();
    // Waiting: one row, counted by plain SQL.
    const QString waiting = value(a, "SELECT count(*) FROM (SELECT DISTINCT tbl, key FROM sync_row_changes)");
    CHECK(waiting == "1");
    menu->updateStatus();
    CHECK(status->property("pending").toLongLong() == 1);
    CHECK(status->text().contains("1"));

    // Sync now asks for the server first (no server set yet).
    bool refused = false, answered = false;
    answerSettings(info, &refused, &answered);
    REQUIRE(menu->syncNow());
    CHECK(refused);
    CHECK(answered);
    CHECK(dj::ui::Settings::instance().panelValue("teamserver", "regions").toString() == "32");
    QTest::qWait(400);
    shot(&window, "sync-progress");
    QTRY_VERIFY_WITH_TIMEOUT(!menu->isRunning(), 120000);

    // Bob's note was the later edit: kept here; Alice's stays listed in the conflicts window.
    CHECK(value(a, "SELECT note FROM park_watch WHERE uscc = '" + watched + "'") == "李四：扩产在谈");
    auto* conflicts = window.findChild<QDialog*>("syncConflicts");
    REQUIRE(conflicts);
    CHECK(conflicts->isVisible());
    CHECK_FALSE(conflicts->isModal());
    auto* table = conflicts->findChild<QTableWidget*>("syncConflictTable");
    REQUIRE(table);
    REQUIRE(table->rowCount() == value(a, "SELECT count(*) FROM sync_row_conflicts").toInt());
    bool listed = false;
    for (int r = 0; r < table->rowCount(); ++r)
        listed = listed
            || (table->item(r, 3)->text() == "李四：扩产在谈" && table->item(r, 4)->text() == "张三：关注外迁"
                && table->item(r, 5)->text() == "alice-laptop");
    CHECK(listed);
    shot(&window, "sync-done");
    shot(conflicts, "sync-conflicts");
    CHECK(status->property("pending").toLongLong() == 0);
    CHECK(status->property("conflicts").toLongLong() == table->rowCount());
    conflicts->close();

    // Cancel: the server is kept busy (the field-work lock held here), the user cancels, then it is freed.
    exec(a,
        "INSERT INTO park_watch(uscc, note, added) VALUES ('" + other + "', '取消前的记录', '2030-09-02')");
    menu->updateStatus();
    CHECK(status->property("pending").toLongLong() == 1);
    const qint64 rowsBefore
        = PgServer::shared().sql("t_ui_sync", "SELECT count(*) FROM fd_rows").toLongLong();
    {
        dj::server::PgConnection holder(info);
        holder.query("SELECT pg_advisory_lock(7203)");
        REQUIRE(menu->syncNow());
        CHECK_FALSE(menu->syncNow()); // one sync at a time
        QProgressDialog* progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress = window.findChild<QProgressDialog*>()) && progress->isVisible(), 10000);
        shot(progress, "sync-progress-dialog");
        QPushButton* cancel = progress->findChild<QPushButton*>();
        REQUIRE(cancel);
        cancel->click(); // as the user does
        holder.query("SELECT pg_advisory_unlock(7203)");
    }
    QTRY_VERIFY_WITH_TIMEOUT(!menu->isRunning(), 60000);
    CHECK(PgServer::shared().sql("t_ui_sync", "SELECT count(*) FROM fd_rows").toLongLong() == rowsBefore);
    CHECK(status->property("pending").toLongLong() == 1);

    // The next sync completes it.
    REQUIRE(menu->syncNow());
    QTRY_VERIFY_WITH_TIMEOUT(!menu->isRunning(), 120000);
    CHECK(PgServer::shared().sql("t_ui_sync", "SELECT count(*) FROM fd_rows").toLongLong() == rowsBefore + 1);
    CHECK(status->property("pending").toLongLong() == 0);
    CHECK(value(a, "SELECT count(*) FROM sync_row_changes") == "0");
}
