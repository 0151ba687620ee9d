// The 商机预测 panel on a demo cache: the list appears without blocking, filters narrow it (checked against
// the exported tenders.csv regions), the timeline shows the project's notices, "add to visit task" reaches
// the app context with buyers of the cache, the state is remembered, the model passes
// QAbstractItemModelTester.
#include "core/demo/demogenerator.h"
#include "core/store/cache.h"
#include "tests/support/testutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/enterprisetable.h"
#include "ui/common/settings.h"
#include "ui/tenders/demandview.h"
#include "ui/tenders/tenderspanel.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace dj;

namespace {

template <typename F> bool waitFor(F cond, int ms = 60000)
{
    QDeadlineTimer t(ms);
    while (!cond() && !t.hasExpired())
        QTest::qWait(20);
    return cond();
}

const QString& demoCache()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(u"demo.djcache"_s);
        demo::DemoOptions o;
        o.enterprises = 10000;
        demo::DemoGenerator::generate(p, o);
        return p;
    }();
    return path;
}

} // namespace

TEST_CASE("tenders panel: forecast list off the UI thread, filters, timeline, visit task, state",
    "[tenders][panel]")
{
    ui::AppContext ctx;
    ctx.openCache(demoCache());
    // the list is read, grouped and forecast in the background: constructing the panel does not wait for it
    QElapsedTimer t;
    t.start();
    ui::TendersPanel panel(ctx);
    CHECK(t.elapsed() < 500);
    CHECK(panel.isBusy());
    panel.resize(1366, 768);
    panel.show();
    REQUIRE(waitFor([&] { return !panel.isBusy() && panel.snapshot(); }));
    auto* list = panel.findChild<QTableView*>(u"forecasts"_s);
    REQUIRE(list);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const int all = panel.visibleForecasts();
    REQUIRE(all > 0);
    CHECK(list->model()->rowCount() == all);

    // region filter: every listed forecast's buyer region starts with the prefix (count from the snapshot's
    // forecasts, 12 months)
    const auto snap = panel.snapshot();
    QHash<QString, int> perProvince;
    for (const auto& f : snap->forecasts)
        if (f.from <= snap->asOf.addMonths(12))
            ++perProvince[f.regionCode.left(2)];
    QString province = perProvince.begin().key();
    for (auto it = perProvince.begin(); it != perProvince.end(); ++it)
        if (it.value() > perProvince.value(province))
            province = it.key();
    panel.setFilters(province, {}, 12);
    CHECK(panel.visibleForecasts() == perProvince.value(province));
    CHECK(panel.visibleForecasts() < all);

    // the timeline of a project forecast lists its notices
    int row = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        panel.selectForecast(r);
        if (panel.findChild<QTableWidget*>(u"phases"_s)->rowCount() > 0) {
            row = r;
            break;
        }
    }
    REQUIRE(row >= 0);
    CHECK(panel.findChild<QTableWidget*>(u"phases"_s)->rowCount() >= 1);

    // add to visit task: buyers that are enterprises of the cache
    panel.setFilters({}, {}, 36);
    list->selectAll();
    const QStringList usccs = panel.selectedUsccs();
    REQUIRE_FALSE(usccs.isEmpty());
    {
        const auto db = store::Cache::open(demoCache(), store::Cache::Access::ReadOnly);
        for (const QString& u : usccs) {
            auto st = db.prepare("SELECT count(*) FROM enterprises WHERE uscc = ?1");
            st.bind(1, u);
            REQUIRE(st.step());
            CHECK(st.columnInt(0) == 1);
        }
    }
    QSignalSpy spy(&ctx, &ui::AppContext::visitTaskRequested);
    auto* visit = panel.findChild<QPushButton*>(u"addToVisitTask"_s);
    REQUIRE(visit);
    visit->click();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toStringList() == usccs);

    // export (CSV by suffix) holds the listed rows; the PDF brief is a PDF
    QTemporaryDir out;
    panel.setFilters(province, {}, 12);
    const QString csv = out.filePath(u"forecasts.csv"_s);
    panel.exportForecasts(csv);
    REQUIRE(waitFor([&] { return QFileInfo(csv).size() > 0 && !panel.findChild<QProgressDialog*>(); }));
    QTest::qWait(200);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    CHECK(lines.size() == panel.visibleForecasts() + 1);
    const QString pdf = out.filePath(u"brief.pdf"_s);
    panel.writeBrief(pdf);
    REQUIRE(waitFor([&] { return QFileInfo(pdf).size() > 1000; }));
    QTest::qWait(200);
    QFile p(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    CHECK(p.read(4) == "%PDF");

    // state remembered
    panel.setFilters(u"32"_s, {}, 7);
    ui::Settings& s = ui::Settings::instance();
    panel.saveState(s);
    ui::TendersPanel again(ctx);
    again.restoreState(s);
    REQUIRE(waitFor([&] { return !again.isBusy() && again.snapshot(); }));
    int within = 0;
    for (const auto& f : again.snapshot()->forecasts)
        if (f.regionCode.startsWith(u"32"_s) && f.from <= again.snapshot()->asOf.addMonths(7))
            ++within;
    CHECK(again.visibleForecasts() == within);
}

TEST_CASE("tenders panel: demand signals beyond public tenders in the background, visit task, export",
    "[tenders][panel]")
{
    ui::AppContext ctx;
    ctx.openCache(demoCache());
    ui::TendersPanel panel(ctx);
    panel.resize(1366, 768);
    panel.show();
    REQUIRE(waitFor([&] { return !panel.isBusy() && ctx.searchEngine(); }));
    auto* demand = panel.demandView();
    REQUIRE(demand);
    // what the CLI ranks for the same options (the panel must show the same enterprises, in that order)
    // the province with the most enterprises (a whole-country scan is the slow case, not the panel's point)
    QString province;
    {
        const auto db = store::Cache::open(demoCache(), store::Cache::Access::ReadOnly);
        auto st = db.prepare("SELECT substr(region_code, 1, 2) p, count(*) n FROM enterprises GROUP BY p "
                             "ORDER BY n DESC LIMIT 1");
        REQUIRE(st.step());
        province = st.columnText(0);
    }
    const auto cli = dj::test::runCli({ u"tenders"_s, u"signals"_s, u"--db"_s, demoCache(), u"--region"_s,
        province, u"--limit"_s, u"200"_s, u"--min-score"_s, u"3"_s });
    REQUIRE(cli.exitCode == 0);
    QStringList expected;
    for (const auto& v : cli.json()[u"enterprises"_s].toArray())
        expected << v[u"uscc"_s].toString();
    REQUIRE_FALSE(expected.isEmpty());

    QElapsedTimer t;
    t.start();
    demand->find(province);
    CHECK(t.elapsed() < 200); // off the GUI thread
    REQUIRE(waitFor([&] { return !demand->isBusy() && !demand->results().empty(); }, 180000));
    QStringList shown;
    for (const auto& s : demand->results())
        shown << s.uscc;
    CHECK(shown == expected);
    CHECK(demand->table()->rowCount() == expected.size());
    auto* signalsView = demand->findChild<QTextBrowser*>(u"signals"_s);
    REQUIRE(signalsView);
    CHECK(signalsView->toPlainText().contains(demand->results().front().reasons.front()));

    // bad region: a message, the list unchanged
    demand->find(u"3x"_s);
    CHECK(demand->results().size() == size_t(expected.size()));

    // add to visit task from the shared table (all rows when none is selected)
    demand->table()->view()->clearSelection();
    QSignalSpy spy(&ctx, &ui::AppContext::visitTaskRequested);
    demand->table()->requestVisitTask();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toStringList() == expected);

    // the export holds every ranked enterprise with its signals
    QTemporaryDir out;
    const QString csv = out.filePath(u"signals.csv"_s);
    demand->exportTo(csv);
    REQUIRE(waitFor([&] { return QFileInfo(csv).size() > 0 && !panel.findChild<QProgressDialog*>(); }));
    QTest::qWait(200);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.trimmed().split(u'\n').size() == expected.size() + 1);
    CHECK(text.contains(demand->results().front().reasons.front()));
}
