// The 区域经济 panel over a small demo cache: background refresh, matrix model, ranking with its formula,
// profile, comparison, exports, keyboard on the tile-grid, remembered state.
#include "core/regional/tilegridlayout.h"
#include "tests/support/testutil.h"
#include "tests/ui/search/testwait.h"
#include "translations/translations.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/regional/flowmatrixmodel.h"
#include "ui/regional/regionalpanel.h"
#include "ui/regional/tilegridwidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace dj;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString cache;
    Fixture()
    {
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("DJ_KEEP_TEST_FILES")); // keep to look at the PDF
        cache = dir.filePath(u"demo.djcache"_s);
        const auto r = test::runCli({ u"demo"_s, u"--db"_s, cache, u"--enterprises"_s, u"3000"_s });
        REQUIRE(r.exitCode == 0);
        ui::Settings::setInstance(std::make_unique<ui::Settings>(dir.filePath(u"settings.ini"_s)));
        // Chinese, as users see it: the brief's text is checked below.
        REQUIRE(dj::installTranslations(u"zh_CN"_s) > 0);
    }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

} // namespace

TEST_CASE("the tile-grid has one square per province and no two on one cell", "[regional][ui]")
{
    const auto& tiles = regional::TileGridLayout::tiles();
    CHECK(tiles.size() == 34);
    QSet<QString> codes;
    QSet<int> cells;
    for (const auto& t : tiles) {
        codes.insert(t.code);
        cells.insert(t.cell.y() * 100 + t.cell.x());
        CHECK(t.cell.x() >= 0);
        CHECK(t.cell.x() < regional::TileGridLayout::columns());
        CHECK(t.cell.y() < regional::TileGridLayout::rows());
    }
    CHECK(codes.size() == 34);
    CHECK(cells.size() == 34);
    CHECK(codes.contains(u"32"_s));
    CHECK(codes.contains(u"82"_s));
}

TEST_CASE(
    "the regional panel computes in the background and shows matrix, ranking and formula", "[regional][ui]")
{
    Fixture& f = fixture();
    ui::AppContext ctx;
    ctx.openCache(f.cache);
    ui::RegionalPanel panel(ctx);
    panel.resize(1366, 700);
    QSignalSpy updated(&panel, &ui::RegionalPanel::updated);
    panel.show(); // the first showing computes
    REQUIRE(test::waitFor([&] { return !panel.isBusy() && updated.count() > 0; }, 60000));

    QAbstractItemModelTester tester(
        panel.matrixModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ui::FlowMatrixModel* m = panel.matrixModel();
    REQUIRE(m->rowCount() > 20);
    REQUIRE(m->columnCount() > 20);
    // Enterprise rows first, then persons, then other holders: never mixed.
    int last = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        const int g = m->index(r, 0).data(ui::FlowMatrixModel::GroupRole).toInt();
        CHECK(g >= last);
        last = g;
    }
    CHECK(last == 2);
    // The row total equals the sum of the row's cells (sort role holds the raw number).
    for (int r = 0; r < m->rowCount(); ++r) {
        double sum = 0;
        for (int c = 2; c < m->columnCount(); ++c)
            sum += m->index(r, c).data(ui::FlowMatrixModel::SortRole).toDouble();
        CHECK(std::abs(sum - m->index(r, 1).data(ui::FlowMatrixModel::SortRole).toDouble())
            <= 1e-6 * std::max(1.0, sum));
    }

    // Ranking by inward attraction: as many rows as regions, ranks 1..n, and the formula shown.
    panel.indexBox()->setCurrentIndex(panel.indexBox()->findData(u"inward"_s));
    REQUIRE(test::waitFor([&] { return !panel.isBusy() && updated.count() > 1; }, 60000));
    QStandardItemModel* rank = panel.rankingModel();
    REQUIRE(rank->rowCount() > 20);
    for (int r = 0; r < rank->rowCount(); ++r)
        CHECK(rank->item(r, 0)->data(Qt::UserRole + 1).toInt() == r + 1);
    const QString formula = panel.formulaView()->toPlainText();
    CHECK(formula.contains(u"0.6 × C_in/max(C_in) + 0.4 × N_in/max(N_in)"_s));

    // Profile of the top region and a comparison of the first three.
    const QString top = rank->item(0, 1)->data(Qt::UserRole + 1).toString();
    panel.showProfile(top);
    REQUIRE(test::waitFor([&] { return !panel.isBusy() && updated.count() > 2; }, 60000));
    for (int i = 0; i < panel.compareList()->count(); ++i)
        panel.compareList()->item(i)->setCheckState(i < 3 ? Qt::Checked : Qt::Unchecked);
    panel.runComparison();
    REQUIRE(test::waitFor([&] { return !panel.isBusy() && updated.count() > 3; }, 60000));
    CHECK(panel.compareModel()->columnCount() == 4);
    CHECK(panel.compareModel()->rowCount() >= 9);

    // Exports: an XLSX workbook (a ZIP) and a PDF, written in the background.
    QSignalSpy exported(&panel, &ui::RegionalPanel::exported);
    const QString xlsx = f.dir.filePath(u"regional.xlsx"_s);
    panel.exportXlsx(xlsx);
    REQUIRE(test::waitFor([&] { return exported.count() == 1; }, 60000));
    CHECK(exported.at(0).at(0).toBool());
    QFile x(xlsx);
    REQUIRE(x.open(QIODevice::ReadOnly));
    CHECK(x.read(2) == "PK");
    const QString pdf = f.dir.filePath(u"brief.pdf"_s);
    panel.exportPdf(pdf);
    REQUIRE(test::waitFor([&] { return exported.count() == 2; }, 60000));
    CHECK(exported.at(1).at(0).toBool());
    QFile p(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    CHECK(p.read(4) == "%PDF");
    CHECK(p.size() > 20000);
    // The brief is in Chinese, with the formulas it computed (checked where poppler's pdftotext exists).
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        QProcess proc;
        proc.start(pdftotext, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
        REQUIRE(proc.waitForFinished(60000));
        const QString text = QString::fromUtf8(proc.readAllStandardOutput());
        CHECK(text.contains(u"区域经济简报"_s));
        CHECK(text.contains(u"吸引投资指数"_s));
        CHECK(text.contains(u"C_in/max(C_in)"_s));
    } else {
        WARN("pdftotext not found: the PDF's text is not checked");
    }
}

TEST_CASE("the tile-grid is usable by keyboard", "[regional][ui]")
{
    ui::TileGridWidget grid;
    grid.resize(720, 620);
    grid.show();
    grid.setCurrent(u"32"_s); // 江苏 (6, 4)
    QSignalSpy activated(&grid, &ui::TileGridWidget::provinceActivated);
    QTest::keyClick(&grid, Qt::Key_Right); // nothing at (7, 4): the next one right is none; stays
    QTest::keyClick(&grid, Qt::Key_Down); // 浙江 (6, 5)
    CHECK(grid.current() == u"33"_s);
    QTest::keyClick(&grid, Qt::Key_Right); // 上海 (7, 5)
    CHECK(grid.current() == u"31"_s);
    QTest::keyClick(&grid, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toString() == u"31"_s);
}

TEST_CASE("the regional panel remembers its choices", "[regional][ui]")
{
    Fixture& f = fixture();
    ui::AppContext ctx;
    ctx.openCache(f.cache);
    ui::Settings settings(f.dir.filePath(u"state.ini"_s));
    {
        ui::RegionalPanel panel(ctx);
        panel.levelBox()->setCurrentIndex(panel.levelBox()->findData(2));
        panel.withinBox()->setCurrentIndex(panel.withinBox()->findData(u"44"_s));
        panel.indexBox()->setCurrentIndex(panel.indexBox()->findData(u"potential"_s));
        panel.showPage(ui::RegionalPanel::RankingPage);
        panel.saveState(settings);
        test::waitFor([&] { return !panel.isBusy(); }, 60000);
    }
    ui::RegionalPanel again(ctx);
    again.restoreState(settings);
    CHECK_FALSE(again.isBusy()); // nothing computed for a hidden panel
    again.show();
    CHECK(again.levelBox()->currentData().toInt() == 2);
    CHECK(again.withinBox()->currentData().toString() == u"44"_s);
    CHECK(again.indexBox()->currentData().toString() == u"potential"_s);
    CHECK(again.tabs()->currentIndex() == int(ui::RegionalPanel::RankingPage));
    REQUIRE(test::waitFor([&] { return !again.isBusy(); }, 60000));
    // The restored scope is what was computed: the cities of Guangdong.
    REQUIRE(again.matrixModel()->rowCount() > 5);
    for (int r = 0; r < again.matrixModel()->rowCount(); ++r) {
        const QString key = again.matrixModel()->index(r, 0).data(ui::FlowMatrixModel::KeyRole).toString();
        if (again.matrixModel()->index(r, 0).data(ui::FlowMatrixModel::GroupRole).toInt() == 0)
            CHECK((key.startsWith(u"44"_s) || key == u"outside"_s || key == u"unknown"_s));
    }
}
