#include "core/demo/demogenerator.h"
#include "core/store/cache.h"
#include "core/store/namegramindex.h"
#include "core/store/schema.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"
#include "tests/support/testutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/panel.h"
#include "ui/common/settings.h"
#include "ui/fieldwork/fieldworkpanel.h"
#include "ui/hometown/registerview.h"
#include "ui/search/searchpanel.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/navigationrail.h"
#include "ui/shell/screenshotrunner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace dj::ui;

namespace {
struct TempSettings
{
    QTemporaryDir dir;
    TempSettings()
    {
        Settings::setInstance(std::make_unique<Settings>(dir.filePath(QStringLiteral("s.ini"))));
    }
    ~TempSettings() { Settings::setInstance(nullptr); }
};
} // namespace

TEST_CASE("the main window has a rail with the nine panels and switches by keyboard", "[shell]")
{
    TempSettings settings;
    AppContext ctx;
    MainWindow w(ctx);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QStringList ids;
    for (Panel* p : w.panels())
        ids << p->panelId();
    CHECK(ids
        == QStringList { QStringLiteral("search"), QStringLiteral("map"), QStringLiteral("hometown"),
            QStringLiteral("risk"), QStringLiteral("valuation"), QStringLiteral("economy"),
            QStringLiteral("chains"), QStringLiteral("fieldwork"), QStringLiteral("tenders") });
    auto* rail = w.findChild<NavigationRail*>();
    REQUIRE(rail);
    CHECK(rail->count() == 9);
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    CHECK(rail->currentId() == QStringLiteral("hometown"));
    w.close(); // saves state
    CHECK(Settings::instance().string(Settings::Key::CurrentPanel) == QStringLiteral("hometown"));

    MainWindow again(ctx);
    CHECK(again.findChild<NavigationRail*>()->currentId() == QStringLiteral("hometown"));
}

TEST_CASE("the app context refuses a bad cache and keeps the open one", "[shell]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.djcache"));
    {
        auto db = dj::store::Cache::openOrCreate(good);
        dj::store::Cache::setMeta(db, QStringLiteral("data_source"), QStringLiteral("演示数据"));
    }
    const QString bad = dir.filePath(QStringLiteral("bad.djcache"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all, just some text that is long enough");
    }
    AppContext ctx;
    ctx.openCache(good);
    CHECK(ctx.dataSource() == QStringLiteral("演示数据"));
    CHECK_THROWS_AS(ctx.openCache(bad), dj::store::StoreError);
    CHECK(ctx.cachePath() == good);
}

TEST_CASE("an older cache is upgraded off the GUI thread when the window opens it", "[shell]")
{
    using namespace dj::store;
    TempSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.djcache"));
    {
        // A cache of the first schema with enough rows that its later steps take a while.
        Database db = Database::openRaw(path, Database::Mode::Create);
        Transaction tx(db);
        db.exec(Schema::migrations()[0].sql);
        db.setUserVersion(1);
        Cache::setMeta(db, QStringLiteral("app"), QStringLiteral("dianjing"));
        Statement st = db.prepare(
            "INSERT INTO enterprises(uscc, name, status, region_code) VALUES (?1, ?2, '存续', '110101')");
        for (int i = 0; i < 30000; ++i) {
            st.reset();
            st.bind(1, QStringLiteral("U%1").arg(i))
                .bind(2, QStringLiteral("北京第%1号升级测试有限公司").arg(i));
            st.run();
        }
        tx.commit();
    }
    REQUIRE(Cache::needsUpgrade(path));
    AppContext ctx;
    MainWindow w(ctx);
    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
    heartbeat.start(5);
    CHECK(w.openCache(path));
    heartbeat.stop();
    CHECK(ticks >= 2); // the GUI thread went on handling events while the schema steps ran
    CHECK(ctx.cachePath() == path);
    CHECK_FALSE(Cache::needsUpgrade(path));
    Database db = Cache::open(path, Cache::Access::ReadOnly);
    CHECK(db.userVersion() == Schema::currentVersion());
    const auto found = NameGramIndex(db).containing(QStringLiteral("第29999号升级"));
    REQUIRE(found);
    CHECK(std::binary_search(found->begin(), found->end(), qint64(30000)));
    // Not a cache: nothing to upgrade, and open() says what is wrong.
    CHECK_FALSE(Cache::needsUpgrade(dir.filePath(QStringLiteral("missing.djcache"))));
}

TEST_CASE("screenshots write one PNG per panel", "[shell][screenshot]")
{
    TempSettings settings;
    QTemporaryDir out;
    AppContext ctx;
    MainWindow w(ctx);
    const QStringList files = ScreenshotRunner::run(w, out.path(), 20000);
    // One PNG per panel, plus the extras a panel asks for (<panelId>-<name>.png).
    for (const Panel* p : w.panels())
        CHECK(files.contains(QDir(out.path()).filePath(p->panelId() + QStringLiteral(".png"))));
    CHECK(files.size() >= w.panels().size());
    for (const QString& f : files) {
        QImage img(f);
        CHECK_FALSE(img.isNull());
        CHECK(img.width() >= 800);
    }
}

TEST_CASE("the main window fits a 1366x768 laptop screen with every panel showing data", "[shell]")
{
    TempSettings settings;
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("demo.djcache"));
    dj::demo::DemoOptions options;
    options.enterprises = 2000;
    dj::demo::DemoGenerator::generate(cache, options);
    AppContext ctx;
    ctx.openCache(cache);
    MainWindow w(ctx);
    w.resize(1200, 700);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    for (Panel* p : w.panels()) {
        w.showPanel(p->panelId());
        p->prepareScreenshot(); // the panel's richest state: results, facets, layers
        QTest::qWait(50);
        REQUIRE(QTest::qWaitFor([p] { return !p->isBusy(); }, 60000));
        QTest::qWait(50);
        INFO("panel " << p->panelId().toStdString());
        // 768 px minus a taskbar; the window frame is not part of the hint.
        CHECK(w.minimumSizeHint().width() <= 1366);
        CHECK(w.minimumSizeHint().height() <= 728);
        CHECK(w.minimumSize().width() <= 1366);
    }
}

TEST_CASE("Edit menu: undo/redo act on the shown panel's stack through the window's undo group", "[shell]")
{
    TempSettings settings;
    AppContext ctx;
    MainWindow w(ctx);
    REQUIRE(w.editMenu());
    REQUIRE(w.undoGroup());
    QAction* undo = w.findChild<QAction*>(QStringLiteral("actionUndo"));
    QAction* redo = w.findChild<QAction*>(QStringLiteral("actionRedo"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(w.editMenu()->actions().contains(undo));
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    Panel* map = w.panel(QStringLiteral("map"));
    REQUIRE(map);
    REQUIRE(map->undoStack());
    CHECK(w.undoGroup()->stacks().contains(map->undoStack()));
    w.showPanel(QStringLiteral("map"));
    CHECK(w.undoGroup()->activeStack() == map->undoStack());
    // A command on the map's stack is undone and redone from the Edit menu.
    int value = 0;
    struct Set : QUndoCommand
    {
        int& v;
        explicit Set(int& target)
            : v(target)
        {
        }
        void redo() override { v = 1; }
        void undo() override { v = 0; }
    };
    map->undoStack()->push(new Set(value));
    CHECK(value == 1);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(value == 0);
    redo->trigger();
    CHECK(value == 1);
    // A panel without a stack: Undo and Redo are disabled there.
    w.showPanel(QStringLiteral("hometown"));
    CHECK(w.undoGroup()->activeStack() == nullptr);
    CHECK_FALSE(undo->isEnabled());
    // Ctrl+Z is bound once (the Edit menu), not also by the map panel.
    for (QAction* a : map->findChildren<QAction*>())
        if (a != undo)
            CHECK_FALSE(a->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
}

TEST_CASE("AppContext::openEnterprise shows the profile from any panel, one window per enterprise", "[shell]")
{
    TempSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.djcache"));
    dj::demo::DemoOptions options;
    options.enterprises = 1000;
    dj::demo::DemoGenerator::generate(path, options);
    AppContext ctx;
    ctx.openCache(path);
    MainWindow w(ctx);
    QString uscc;
    {
        auto db = dj::store::Cache::open(path, dj::store::Cache::Access::ReadOnly);
        uscc = db.scalarText("SELECT uscc FROM enterprises ORDER BY id LIMIT 1");
    }
    REQUIRE(!uscc.isEmpty());
    ctx.openEnterprise(uscc);
    REQUIRE(w.profileWindows().size() == 1);
    ctx.openEnterprise(uscc); // again: the same window is raised
    CHECK(w.profileWindows().size() == 1);
    ctx.openEnterprise(QStringLiteral("  ")); // nothing for an empty code
    CHECK(w.profileWindows().size() == 1);
    CHECK(w.profileWindows().front()->property("djUscc").toString() == uscc);
}

TEST_CASE("the navigation rail holds English and Chinese labels of eight panels without eliding", "[shell]")
{
    NavigationRail rail;
    const QStringList titles { QStringLiteral("Enterprise search"), QStringLiteral("Park map"),
        QStringLiteral("Hometown"), QStringLiteral("Chain risk"), QStringLiteral("Data asset valuation"),
        QStringLiteral("Regional economy"), QStringLiteral("Field work"), QStringLiteral("Ownership graph"),
        QStringLiteral("企业搜索"), QStringLiteral("数据资产评估") };
    for (const QString& t : titles)
        rail.addPanel(t, t, {});
    rail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&rail));
    CHECK(rail.width() == NavigationRail::kWidth);
    CHECK(rail.wordWrap());
    CHECK(rail.textElideMode() == Qt::ElideNone);
    // Every word fits the rail's text width (item padding 8 px on each side), so wrapping never cuts one.
    QFont f = rail.font();
    f.setPixelSize(15);
    const QFontMetrics fm(f);
    for (const QString& t : titles)
        for (const QString& word : t.split(QLatin1Char(' ')))
            CHECK(fm.horizontalAdvance(word) <= NavigationRail::kWidth - 2 * 8 - 4);
    // Long labels are broken into lines, never elided: the words are all there, and each line fits.
    for (int i = 0; i < rail.count(); ++i) {
        const QString shown = rail.item(i)->text();
        const bool sameWords = QString(shown).replace(QLatin1Char('\n'), QLatin1Char(' ')) == titles[i]
            || QString(shown).remove(QLatin1Char('\n')) == titles[i];
        CHECK(sameWords);
        for (const QString& line : shown.split(QLatin1Char('\n')))
            CHECK(fm.horizontalAdvance(line) <= NavigationRail::kWidth - 2 * NavigationRail::kPaddingPx);
        CHECK(rail.item(i)->toolTip() == titles[i]);
    }
    CHECK(rail.item(4)->text().contains(QLatin1Char('\n'))); // "Data asset valuation": two lines
    CHECK(rail.visualItemRect(rail.item(4)).height() > rail.visualItemRect(rail.item(2)).height());
}

TEST_CASE("a cache opened read-only: a banner says so, the writing actions are off, nothing is written",
    "[shell][readonly]")
{
    TempSettings settings;
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("ro.djcache"));
    dj::demo::DemoOptions options;
    options.enterprises = 2000;
    dj::demo::DemoGenerator::generate(cache, options);
    QFile::remove(cache + QStringLiteral(".search")); // the read-only open must not write one either
    const QByteArray before = dj::test::sha256Hex(cache);
    {
        AppContext ctx;
        MainWindow w(ctx);
        w.setUnattended(true);
        w.resize(1366, 768);
        w.show();
        REQUIRE(w.openCache(cache, true));
        CHECK(ctx.isReadOnly());
        auto* banner = w.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
        REQUIRE(banner);
        CHECK(banner->isVisible());
        CHECK_FALSE(w.readOnlyNotice().isEmpty());
        auto* import = w.findChild<QAction*>(QStringLiteral("actionImport"));
        REQUIRE(import);
        CHECK_FALSE(import->isEnabled());
        auto* exportAction = w.findChild<QAction*>(QStringLiteral("actionExport"));
        REQUIRE(exportAction);
        CHECK(exportAction->isEnabled()); // reading out stays possible
        // Every panel shows its data (the index loads in memory) and asks nothing of the cache.
        REQUIRE(QTest::qWaitFor([&ctx] { return ctx.searchEngine() != nullptr; }, 60000));
        for (Panel* p : w.panels()) {
            INFO("panel " << p->panelId().toStdString());
            w.showPanel(p->panelId());
            p->prepareScreenshot();
            CHECK(QTest::qWaitFor([p] { return !p->isBusy(); }, 20000));
        }
        // The field-work panel refuses writes; its writing buttons are off.
        auto* fieldwork = qobject_cast<dj::ui::FieldWorkPanel*>(w.panel(QStringLiteral("fieldwork")));
        REQUIRE(fieldwork);
        CHECK(fieldwork->isReadOnly());
        fieldwork->addToVisitTasks({ QStringLiteral("91320500MA1XA0001A") }, QStringLiteral("只读测试"));
        CHECK(fieldwork->openEditor({}, {}, {}) == nullptr);
        // Saved searches cannot be written.
        auto* search = qobject_cast<dj::ui::SearchPanel*>(w.panel(QStringLiteral("search")));
        REQUIRE(search);
        CHECK_THROWS(search->saveScenario(QStringLiteral("只读")));
        // The register's writing buttons are off.
        for (QWidget* page : w.panels()) {
            if (auto* view = page->findChild<dj::ui::RegisterView*>()) {
                for (auto* b : view->findChildren<QPushButton*>()) {
                    if (!b->text().contains(QStringLiteral("Export"))
                        && !b->text().contains(QStringLiteral("导出")))
                        CHECK_FALSE(b->isEnabled());
                }
            }
        }
        w.close();
    }
    // Not a byte of the cache changed (SQLite may leave empty -wal/-shm beside a file in a writable folder;
    // on read-only media there are none: test_cli_hardening), and no search index was written beside it.
    CHECK(dj::test::sha256Hex(cache) == before);
    CHECK_FALSE(QFile::exists(cache + QStringLiteral(".search")));

    // The same file opened normally is writable again: no banner.
    AppContext ctx;
    MainWindow w(ctx);
    REQUIRE(w.openCache(cache));
    CHECK_FALSE(ctx.isReadOnly());
    CHECK(w.readOnlyNotice().isEmpty());
}
