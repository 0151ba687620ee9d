// The shared pieces of issue #10 on the search test cache: the enterprise table, the profile header card,
// the report writer, the progress runner, opening a profile through the application context, and the
// one search index per cache that the map reads its points from.
#include "core/common/error.h"
#include "core/map/mapdata.h"
#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "core/store/cache.h"
#include "core/store/statement.h"
#include "searchfixture.h"
#include "tests/support/testutil.h"
#include "testwait.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/charts.h"
#include "ui/common/enterprisetable.h"
#include "ui/common/progressrunner.h"
#include "ui/common/reportwriter.h"
#include "ui/common/resultcolumns.h"
#include "ui/common/resultmodel.h"
#include "ui/common/settings.h"
#include "ui/search/enterpriseprofiledialog.h"
#include "ui/search/profileheadercard.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>

using namespace dj;
using dj::test::SearchFixture;
using dj::test::waitFor;

namespace {

struct CacheFixture
{
    QTemporaryDir dir;
    QString cache;
    ui::AppContext context;

    explicit CacheFixture(bool withPositions = false)
    {
        cache = dir.filePath(QStringLiteral("w.djcache"));
        SearchFixture::build(cache);
        if (withPositions) {
            // The fixture has no coordinates: registered places for two thirds, an operating place for some
            // of those, an operating place without a registered one for a few, a (0, 0) for one.
            store::Database db = store::Cache::open(cache, store::Cache::Access::ReadWrite);
            db.exec("UPDATE enterprises SET lon = 118.0 + (id % 50) * 0.01, lat = 32.0 + (id % 30) * 0.01 "
                    "WHERE id % 3 <> 0");
            db.exec(
                "UPDATE enterprises SET op_lon = 120.1 + (id % 11) * 0.01, op_lat = 33.3 WHERE id % 7 = 0");
            db.exec("UPDATE enterprises SET op_lon = 121.5 WHERE id % 13 = 0"); // op_lat missing: registered
                                                                                // place
            db.exec("UPDATE enterprises SET lon = 0, lat = 0, op_lon = NULL, op_lat = NULL WHERE id = 2");
            store::Cache::bumpDataVersion(db);
        }
        ui::Settings::setInstance(
            std::make_unique<ui::Settings>(dir.filePath(QStringLiteral("settings.ini"))));
        context.openCache(cache);
        REQUIRE(waitFor([this] { return context.searchEngine() != nullptr; }, 60000));
    }
};

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"), pdf,
            QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("AppContext: one index per open cache, shared, the map reads its points from it", "[workbench]")
{
    CacheFixture fx(true);
    const auto engine = fx.context.searchEngine();
    store::Database db = store::Cache::open(fx.cache, store::Cache::Access::ReadOnly);
    CHECK(engine->index()->size() == db.scalarInt("SELECT count(*) FROM enterprises"));
    // The map's points from the index equal those of a scan of the cache (plain SQL here).
    const map::MapData fromIndex = map::MapData::load(fx.cache, {}, engine->index().get());
    store::Statement st = db.prepare(
        "SELECT uscc, CASE WHEN op_lon IS NOT NULL AND op_lat IS NOT NULL THEN op_lon ELSE lon END, "
        "CASE WHEN op_lon IS NOT NULL AND op_lat IS NOT NULL THEN op_lat ELSE lat END FROM enterprises "
        "WHERE coalesce(op_lon, lon) IS NOT NULL ORDER BY id");
    QStringList usccs;
    std::vector<QPointF> points;
    qint64 without = 0;
    while (st.step()) {
        if (st.isNull(1) || st.isNull(2) || (st.columnDouble(1) == 0 && st.columnDouble(2) == 0)) {
            ++without;
            continue;
        }
        usccs << st.columnText(0);
        points.emplace_back(st.columnDouble(1), st.columnDouble(2));
    }
    REQUIRE(!usccs.isEmpty());
    CHECK(fromIndex.usccs == usccs);
    CHECK(fromIndex.lonLat == points);
    CHECK(fromIndex.withoutCoordinates
        == db.scalarInt("SELECT count(*) FROM enterprises") - qint64(usccs.size()));
    // Same attributes as the scanning path.
    const map::MapData scanned = map::MapData::load(fx.cache);
    CHECK(scanned.usccs == fromIndex.usccs);
    CHECK(scanned.section == fromIndex.section);
    CHECK(scanned.scale == fromIndex.scale);
    CHECK(scanned.risk == fromIndex.risk);
    CHECK(scanned.division == fromIndex.division);
    CHECK(scanned.divisionCodes == fromIndex.divisionCodes);

    // A new write reloads the index; a cache that is not there keeps the old one.
    QSignalSpy changed(&fx.context, &ui::AppContext::searchEngineChanged);
    fx.context.notifyCacheWritten();
    REQUIRE(waitFor([&] { return fx.context.searchEngine() != nullptr; }, 60000));
    CHECK(fx.context.searchEngine() != engine);
    CHECK(changed.count() >= 2); // null while loading, then the new engine
    CHECK_THROWS_AS(fx.context.openCache(fx.dir.filePath(QStringLiteral("none/x.djcache"))), Error);
    CHECK(fx.context.cachePath() == fx.cache);
}

TEST_CASE("EnterpriseTable: laptop columns, selection, profile, visit task, export", "[workbench][ui]")
{
    CacheFixture fx;
    const auto engine = fx.context.searchEngine();
    ui::EnterpriseTable table(fx.context, QStringLiteral("test"));
    table.resize(900, 500); // what is left of 1366 px next to the rail and the filter sidebar
    table.show();
    // Revenue and tax are on screen by default, right after the name.
    const QList<int> cols = table.visibleColumns();
    REQUIRE(cols.size() >= 3);
    CHECK(cols[0] == ui::ResultColumns::Name);
    CHECK(cols[1] == ui::ResultColumns::Revenue);
    CHECK(cols[2] == ui::ResultColumns::Tax);
    QHeaderView* h = table.view()->horizontalHeader();
    CHECK(h->sectionViewportPosition(ui::ResultColumns::Tax) + h->sectionSize(ui::ResultColumns::Tax)
        <= table.view()->viewport()->width());

    const QStringList wanted { SearchFixture::dingtaiUscc(), QStringLiteral("91000000MA00000000"),
        SearchFixture::hengdaUscc() };
    table.setUsccs(engine, wanted);
    REQUIRE(table.rowCount() == 2); // the unknown code is skipped, the order kept
    CHECK(table.model()->usccAt(0) == SearchFixture::dingtaiUscc());
    CHECK(table.model()->usccAt(1) == SearchFixture::hengdaUscc());

    QSignalSpy selection(&fx.context, &ui::AppContext::selectionChanged);
    table.useAsSelection();
    REQUIRE(selection.count() == 1);
    CHECK(fx.context.selection()
        == (QStringList { SearchFixture::dingtaiUscc(), SearchFixture::hengdaUscc() }));
    CHECK(fx.context.selectionOrigin() == QStringLiteral("test"));

    QSignalSpy visit(&table, &ui::EnterpriseTable::addToVisitTask);
    table.view()->selectRow(1);
    table.requestVisitTask();
    REQUIRE(visit.count() == 1);
    CHECK(visit.at(0).at(0).toStringList() == QStringList { SearchFixture::hengdaUscc() });

    QSignalSpy requested(&fx.context, &ui::AppContext::enterpriseRequested);
    table.view()->setCurrentIndex(table.model()->index(1, 0));
    table.openCurrentProfile();
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toString() == SearchFixture::hengdaUscc());

    // Export the whole list as CSV: header = visible titles, revenue in 万元 from plain SQL.
    const QString csv = fx.dir.filePath(QStringLiteral("list.csv"));
    QString error = QStringLiteral("(running)");
    QObject::connect(&table, &ui::EnterpriseTable::exportFinished,
        [&error](const QString&, const QString& e) { error = e; });
    table.view()->clearSelection();
    table.exportTo(csv, false);
    REQUIRE(waitFor([&] { return error != QStringLiteral("(running)"); }));
    CHECK(error.isEmpty());
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll())
                                  .remove(QChar(0xFEFF))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(ui::ResultColumns::title(ui::ResultColumns::Name) + QLatin1Char(',')
        + ui::ResultColumns::title(ui::ResultColumns::Revenue)));
    store::Database db = store::Cache::open(fx.cache, store::Cache::Access::ReadOnly);
    store::Statement rev
        = db.prepare("SELECT revenue FROM financials WHERE uscc = ?1 AND revenue IS NOT NULL "
                     "ORDER BY year DESC LIMIT 1");
    rev.bind(1, SearchFixture::hengdaUscc());
    REQUIRE(rev.step());
    const double wan = rev.columnDouble(0) / 10000.0;
    const QStringList cells = lines[2].split(QLatin1Char(','));
    REQUIRE(cells.size() >= 2);
    CHECK(cells[0] == SearchFixture::hengdaName());
    CHECK(cells[1].toDouble() == Approx(wan));

    // A column can be hidden but never the last one.
    for (int c = 0; c < ui::ResultColumns::Count; ++c)
        table.setColumnVisible(c, false);
    CHECK(table.visibleColumns().size() == 1);
}

TEST_CASE("Profile header card: status, latest figures, tags and score at a glance", "[workbench][ui]")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("h.djcache"));
    SearchFixture::build(cache);
    ui::EnterpriseProfileDialog dialog(cache, SearchFixture::hengdaUscc());
    REQUIRE(waitFor([&] { return dialog.isLoaded(); }));
    ui::ProfileHeaderCard* card = dialog.headerCard();
    REQUIRE(card);
    CHECK(card->isVisibleTo(&dialog));
    store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
    store::Statement e = db.prepare("SELECT status FROM enterprises WHERE uscc = ?1");
    e.bind(1, SearchFixture::hengdaUscc());
    REQUIRE(e.step());
    CHECK(card->statusText() == e.columnText(0));
    store::Statement fin
        = db.prepare("SELECT year, revenue FROM financials WHERE uscc = ?1 ORDER BY year DESC LIMIT 1");
    fin.bind(1, SearchFixture::hengdaUscc());
    REQUIRE(fin.step());
    CHECK(card->latestYear() == fin.columnInt(0));
    // Revenue of 3.2亿 (the fixture's latest year) reads "3.20亿元".
    CHECK(fin.columnDouble(1) == Approx(3.2e8));
    CHECK(card->figuresText().contains(QStringLiteral("3.20亿元")));
    store::Statement q = db.prepare("SELECT DISTINCT kind FROM qualifications WHERE uscc = ?1 ORDER BY kind");
    q.bind(1, SearchFixture::hengdaUscc());
    QStringList quals;
    while (q.step())
        quals << q.columnText(0);
    QStringList shown = card->qualificationTags();
    shown.sort();
    CHECK(shown == quals);
    store::Statement r
        = db.prepare("SELECT DISTINCT kind FROM risks WHERE uscc = ?1 AND status = '有效' ORDER BY kind");
    r.bind(1, SearchFixture::hengdaUscc());
    QStringList risks;
    while (r.step())
        risks << r.columnText(0);
    QStringList shownRisks = card->riskTags();
    shownRisks.sort();
    CHECK(shownRisks == risks);
    CHECK(risks.contains(QStringLiteral("行政处罚")));
    // The score of the evaluation test (80.5, grade A).
    CHECK(card->scoreText().contains(QStringLiteral("80.5")));
}

TEST_CASE("ReportWriter: A4 PDF with Chinese text, tables, a chart and page numbers, atomically",
    "[workbench][report]")
{
    QTemporaryDir dir;
    ui::ReportWriter report(QStringLiteral("测试报告"));
    report.addTitle(QStringLiteral("区域经济测试报告"), QStringLiteral("盐城市亭湖区"));
    report.addHeading(QStringLiteral("摘要"));
    report.addParagraph(QStringLiteral("这是一个段落。"));
    report.addKeyValues({ { QStringLiteral("统一社会信用代码"), QStringLiteral("91320902MA1XXXXX0X") } });
    QList<QStringList> rows;
    for (int i = 0; i < 150; ++i)
        rows << QStringList { QStringLiteral("企业%1").arg(i), QString::number(i * 10) };
    report.addTable({ QStringLiteral("名称"), QStringLiteral("营业收入(万元)") }, rows, 120);
    report.addChart(
        ui::Charts::bars(QStringLiteral("营收"), { QStringLiteral("2022"), QStringLiteral("2023") },
            { { QStringLiteral("营业收入"), { 1.0, 2.0 } } }),
        QSize(600, 300));
    CHECK(report.html().contains(QStringLiteral("30 more rows")));
    const QString pdf = dir.filePath(QStringLiteral("报告.pdf"));
    report.writePdf(pdf);
    if (qEnvironmentVariableIsSet("DJ_KEEP_REPORT"))
        QFile::copy(pdf, qEnvironmentVariable("DJ_KEEP_REPORT"));
    REQUIRE(QFileInfo(pdf).size() > 10000);
    CHECK(!ui::ReportWriter::chineseFontFamily().isEmpty());
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("区域经济测试报告")));
        CHECK(text.contains(QStringLiteral("企业119")));
        CHECK_FALSE(text.contains(QStringLiteral("企业120")));
        // 120 rows do not fit one A4 page: a page-number footer ("Page n of m") on every page. (pdftotext
        // does not extract the footer's digits from Qt's subset font, so the footers are counted.)
        const qsizetype pages = text.count(QChar(u'\f')) + (text.endsWith(QChar(u'\f')) ? 0 : 1);
        CHECK(pages >= 3);
        CHECK(text.count(QStringLiteral("Page")) == pages);
    } else {
        WARN("pdftotext missing: PDF text not checked");
    }
    // Writing into a missing folder fails with a message; an existing file is replaced only when complete.
    try {
        report.writePdf(dir.filePath(QStringLiteral("missing/x.pdf")));
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("missing")));
    }
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing/x.pdf"))));
}

TEST_CASE("ProgressRunner: result to a living receiver only, errors in UTF-8, cancel", "[workbench]")
{
    QWidget receiver;
    int result = 0;
    ui::ProgressRunner::run<int>(
        &receiver, QStringLiteral("…"),
        [](const Progress& p) {
            p.report(1, 2);
            return 42;
        },
        [&result](int v) { result = v; });
    REQUIRE(waitFor([&] { return result == 42; }));

    // UTF-8 Chinese in a plain std::runtime_error arrives intact (never decoded as local 8-bit).
    QString error;
    ui::ProgressRunner::run<int>(
        &receiver, QStringLiteral("…"),
        [](const Progress&) -> int {
            throw std::runtime_error(QStringLiteral("无法写入文件：磁盘已满").toStdString());
        },
        {}, [&error](const QString& e) { error = e; });
    REQUIRE(waitFor([&] { return !error.isEmpty(); }));
    CHECK(error == QStringLiteral("无法写入文件：磁盘已满"));
    CHECK(ui::BackgroundTask::describe(Error(QStringLiteral("企业不存在"))) == QStringLiteral("企业不存在"));

    // A receiver that dies before the work ends gets nothing (no crash).
    bool delivered = false;
    std::atomic_bool release { false };
    {
        auto* doomed = new QWidget;
        ui::ProgressRunner::run<int>(
            doomed, QStringLiteral("…"),
            [&release](const Progress&) {
                while (!release)
                    QThread::msleep(2);
                return 1;
            },
            [&delivered](int) { delivered = true; });
        delete doomed;
    }
    release = true;
    waitFor([] { return false; }, 300);
    CHECK_FALSE(delivered);

    // Cancel: the work stops at its next report; onCancelled runs, onDone does not.
    bool cancelled = false, done = false;
    ui::ProgressRunner::Options options;
    options.onCancelled = [&cancelled] { cancelled = true; };
    ui::BackgroundTask* task = ui::ProgressRunner::run<int>(
        &receiver, QStringLiteral("…"),
        [](const Progress& p) {
            for (int i = 0;; ++i) {
                p.report(i, 0);
                QThread::msleep(2);
            }
            return 0;
        },
        [&done](int) { done = true; }, {}, options);
    task->cancel();
    REQUIRE(waitFor([&] { return cancelled; }));
    CHECK_FALSE(done);
}
