#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "searchfixture.h"
#include "tests/support/testutil.h"
#include "testwait.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/search/facetbar.h"
#include "ui/search/filtersidebar.h"
#include "ui/search/rangeedit.h"
#include "ui/search/relatedtablemodel.h"
#include "ui/search/resultcolumns.h"
#include "ui/search/resultmodel.h"
#include "ui/search/savedsearches.h"
#include "ui/search/searchpanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace dj;
using dj::test::SearchFixture;
using dj::test::waitFor;

namespace {

struct PanelFixture
{
    QTemporaryDir dir;
    QString cache;
    ui::AppContext context;
    std::unique_ptr<ui::SearchPanel> panel;

    PanelFixture()
    {
        cache = dir.filePath(QStringLiteral("test.djcache"));
        SearchFixture::build(cache);
        ui::Settings::setInstance(
            std::make_unique<ui::Settings>(dir.filePath(QStringLiteral("settings.ini"))));
        context.openCache(cache);
        panel = std::make_unique<ui::SearchPanel>(context);
        panel->resize(1400, 900);
        REQUIRE(waitFor([this] { return panel->engine() && !panel->isBusy() && panel->resultCount() >= 0; }));
    }

    /// Sets the filter through the sidebar and waits for the panel's count.
    qint64 search(const search::Filter& f)
    {
        bool done = false;
        auto c = QObject::connect(
            panel.get(), &ui::SearchPanel::searchFinished, [&done](qint64) { done = true; });
        panel->sidebar()->setFilter(f);
        REQUIRE(waitFor([&] { return done && !panel->isBusy(); }));
        QObject::disconnect(c);
        return panel->resultCount();
    }

    qint64 engineCount(const search::Filter& f) const { return qint64(panel->engine()->matchIds(f).size()); }
};

} // namespace

TEST_CASE("Result model is a lazy, valid table over the engine", "[search][ui]")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("m.djcache"));
    SearchFixture::build(cache);
    auto engine = std::make_shared<search::SearchEngine>(search::SearchIndex::build(cache));
    ui::ResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto rows = engine->matchIds({});
    REQUIRE(rows.size() == size_t(SearchFixture::kGenerated + 5));
    model.setResult(engine, rows);
    CHECK(model.rowCount() == SearchFixture::kGenerated + 5);
    CHECK(model.columnCount() == ui::ResultColumns::Count);
    const qint32 hengdaRow = engine->rowOfUscc(SearchFixture::hengdaUscc());
    REQUIRE(hengdaRow >= 0);
    model.setResult(engine, { hengdaRow });
    CHECK(model.data(model.index(0, ui::ResultColumns::Name)).toString() == SearchFixture::hengdaName());
    CHECK(model.data(model.index(0, ui::ResultColumns::Revenue)).toString() == QStringLiteral("32,000.00"));
    CHECK(model.data(model.index(0, ui::ResultColumns::Region)).toString().contains(QStringLiteral("盐城")));

    QSignalSpy spy(&model, &ui::ResultModel::sortRequested);
    model.sort(ui::ResultColumns::Revenue, Qt::AscendingOrder);
    REQUIRE(spy.count() == 1);
    model.sort(ui::ResultColumns::FormerNames, Qt::AscendingOrder); // not sortable by the engine
    CHECK(spy.count() == 1);
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Related table model is valid and formats money in 10k yuan", "[search][ui]")
{
    ui::RelatedTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    store::TableRows rows;
    rows.columns = { QStringLiteral("year"), QStringLiteral("revenue"), QStringLiteral("share_pct") };
    rows.rows << QVariantList { 2023, 123456789.0, 12.5 } << QVariantList { 2022, QVariant(), QVariant() };
    model.setRows(rows);
    CHECK(model.rowCount() == 2);
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("12,345.68"));
    CHECK(model.data(model.index(0, 2)).toString() == QStringLiteral("12.50 %"));
    CHECK(model.data(model.index(1, 1)).toString().isEmpty());
    model.setRows({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The panel's count follows the filter and equals the engine's", "[search][ui]")
{
    PanelFixture fx;
    CHECK(fx.panel->resultCount() == SearchFixture::kGenerated + 5);

    search::Filter f;
    f.regions = { QStringLiteral("32") };
    f.statuses = { QStringLiteral("在营") };
    f.revenue.min = 5e7;
    const qint64 n = fx.search(f);
    CHECK(n == fx.engineCount(f));
    CHECK(n > 0);
    CHECK(n < SearchFixture::kGenerated);
    // The sidebar shows exactly the filter it was given (the widgets round-trip every key).
    CHECK(fx.panel->sidebar()->filter() == f);
    CHECK(fx.panel->resultModel()->rowCount() == n);

    search::Filter g;
    g.industries = { QStringLiteral("C") };
    g.licensesAny = { QStringLiteral("酒类经营许可证") };
    g.taxGrowthYears = 2;
    g.taxGrowthMinRate = 0.2;
    g.risksNone = { QStringLiteral("经营异常") };
    g.establishedFrom = QDate(2005, 1, 1);
    g.text = QStringLiteral("酒业");
    const qint64 m = fx.search(g);
    CHECK(m == fx.engineCount(g));
    CHECK(fx.panel->sidebar()->filter() == g);

    // Excluding down to a class (4 digits) as well as a section.
    search::Filter x;
    x.excludeIndustries = { QStringLiteral("A"), QStringLiteral("1512") };
    const qint64 k = fx.search(x);
    CHECK(fx.panel->sidebar()->filter() == x);
    CHECK(k == fx.engineCount(x));
    CHECK(k < SearchFixture::kGenerated); // 1512 is one of the fixture's four industries

    // Sorting by a column is done by the engine and keeps the count.
    search::Filter all;
    fx.search(all);
    bool sorted = false;
    fx.panel->resultModel()->sort(ui::ResultColumns::Revenue, Qt::AscendingOrder);
    sorted = waitFor([&] { return !fx.panel->isBusy(); });
    REQUIRE(sorted);
    auto* model = fx.panel->resultModel();
    REQUIRE(model->rowCount() == SearchFixture::kGenerated + 5);
    CHECK(model->rowAt(0).revenue.value_or(0) <= model->rowAt(1).revenue.value_or(0));
    CHECK(model->rowAt(0).revenue.value_or(0) <= model->rowAt(model->rowCount() - 1).revenue.value_or(0));
}

TEST_CASE("Revenue and tax ranges can be read in a chosen year", "[search][ui]")
{
    PanelFixture fx;
    ui::RangeEdit* revenue = fx.panel->sidebar()->revenueEdit();
    const QList<int> years = revenue->years();
    REQUIRE(years == fx.panel->engine()->financialYears());
    REQUIRE(years.size() >= 2);
    CHECK(fx.panel->sidebar()->taxEdit()->years() == years);

    QComboBox* yearBox = nullptr;
    for (QComboBox* c : revenue->findChildren<QComboBox*>())
        if (c->count() == years.size() + 1)
            yearBox = c;
    REQUIRE(yearBox);
    // The user types a minimum and picks the oldest year: the filter reads revenue in that year.
    bool done = false;
    auto c = QObject::connect(
        fx.panel.get(), &ui::SearchPanel::searchFinished, [&done](qint64) { done = true; });
    auto* minEdit = revenue->findChildren<QLineEdit*>().front();
    minEdit->setText(QStringLiteral("3000"));
    yearBox->setCurrentIndex(yearBox->count() - 1);
    REQUIRE(waitFor([&] { return done && !fx.panel->isBusy(); }));
    QObject::disconnect(c);
    const search::Filter f = fx.panel->sidebar()->filter();
    REQUIRE(f.revenue.year == years.back());
    CHECK(f.revenue.min == 3000 * 1e4);
    CHECK(fx.panel->resultCount() == fx.engineCount(f));
    search::Filter latest = f;
    latest.revenue.year.reset();
    CHECK(fx.engineCount(latest) != fx.engineCount(f)); // the year matters on this data

    // A saved filter naming a year without figures keeps it; "latest" clears it.
    search::Filter old = f;
    old.revenue.year = 1999;
    fx.search(old);
    CHECK(fx.panel->sidebar()->filter().revenue.year == 1999);
    CHECK(yearBox->currentText() == QStringLiteral("1999 (no figures)"));
    CHECK(revenue->years() == years); // still only the years with figures
    yearBox->setCurrentIndex(0);
    CHECK_FALSE(fx.panel->sidebar()->filter().revenue.year.has_value());
    REQUIRE(waitFor([&] { return !fx.panel->isBusy(); }));
}

TEST_CASE("A facet chip refines the filter", "[search][ui]")
{
    PanelFixture fx;
    search::Filter f;
    f.statuses = { QStringLiteral("在营") };
    fx.search(f);
    REQUIRE(fx.panel->facets().has_value());
    CHECK(fx.panel->facets()->province.value(QStringLiteral("11")) > 0);
    const QStringList chips = fx.panel->facetBar()->chipTexts();
    REQUIRE_FALSE(chips.isEmpty());
    CHECK(std::any_of(
        chips.begin(), chips.end(), [](const QString& c) { return c.startsWith(QStringLiteral("江苏")); }));

    // Click the 北京 chip.
    ui::FacetChip* beijing = nullptr;
    for (ui::FacetChip* b : fx.panel->facetBar()->visibleChips())
        if (b->text().startsWith(QStringLiteral("北京")))
            beijing = b;
    REQUIRE(beijing);
    bool done = false;
    QObject::connect(fx.panel.get(), &ui::SearchPanel::searchFinished, [&done](qint64) { done = true; });
    beijing->click();
    REQUIRE(waitFor([&] { return done && !fx.panel->isBusy(); }));
    search::Filter expected = f;
    expected.regions = { QStringLiteral("11") };
    CHECK(fx.panel->sidebar()->filter() == expected);
    CHECK(fx.panel->resultCount() == fx.engineCount(expected));
    CHECK(fx.panel->facets()->province.size() == 1);
    // The chips are reused: the other provinces' chips are gone, and the keyboard reaches the chips.
    for (ui::FacetChip* b : fx.panel->facetBar()->visibleChips())
        CHECK_FALSE(b->text().startsWith(QStringLiteral("江苏")));
    CHECK(fx.panel->facetBar()->visibleChips().size() < chips.size());
    ui::FacetChip* first = fx.panel->facetBar()->visibleChips().front();
    CHECK(first->focusPolicy() == Qt::StrongFocus);
    QString refined;
    auto spy = QObject::connect(fx.panel->facetBar(), &ui::FacetBar::refine,
        [&refined](ui::FacetBar::Group, const QString& value) { refined = value; });
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Space);
    CHECK(refined == first->value());
    QObject::disconnect(spy);
    REQUIRE(waitFor([&] { return !fx.panel->isBusy(); }));

    // A narrower region already in the filter is kept when its province is clicked.
    search::Filter g;
    g.regions = { QStringLiteral("3209") };
    fx.search(g);
    fx.panel->refine(ui::FacetBar::Group::Province, QStringLiteral("32"));
    REQUIRE(waitFor([&] { return !fx.panel->isBusy(); }));
    CHECK(fx.panel->sidebar()->filter().regions == QStringList { QStringLiteral("3209") });

    // Section refinement.
    fx.panel->refine(ui::FacetBar::Group::Section, QStringLiteral("C"));
    REQUIRE(waitFor([&] { return !fx.panel->isBusy(); }));
    search::Filter h = g;
    h.industries = { QStringLiteral("C") };
    CHECK(fx.panel->sidebar()->filter() == h);
    CHECK(fx.panel->resultCount() == fx.engineCount(h));
}

TEST_CASE("Saved scenarios: built-ins, save, rename, delete", "[search][ui]")
{
    PanelFixture fx;
    const QStringList names = fx.panel->scenarioNames();
    CHECK(names.contains(QStringLiteral("信贷获客")));
    CHECK(names.contains(QStringLiteral("渠道拓展")));
    // Written into the cache, so the CLI and other machines see them.
    const auto stored = ui::SavedSearches::list(fx.cache);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].builtin);

    // 渠道拓展 splits the result by licence kind.
    bool done = false;
    QObject::connect(fx.panel.get(), &ui::SearchPanel::searchFinished, [&done](qint64) { done = true; });
    REQUIRE(fx.panel->applyScenario(QStringLiteral("渠道拓展")));
    REQUIRE(waitFor([&] { return done && !fx.panel->isBusy(); }));
    const search::Filter channel = search::Filter::fromJsonObject(ui::SavedSearches::builtins()[1].filter);
    CHECK(fx.panel->sidebar()->filter() == channel);
    CHECK(fx.panel->resultCount() == fx.engineCount(channel));
    CHECK(fx.panel->resultCount() > 0);
    QTabBar* split = fx.panel->splitBar();
    REQUIRE(split->count() == 3);
    CHECK(split->tabText(1).startsWith(QStringLiteral("酒类经营许可证")));
    split->setCurrentIndex(1);
    REQUIRE(waitFor([&] { return !fx.panel->isBusy(); }));
    search::Filter liquor = channel;
    liquor.licensesAny = { QStringLiteral("酒类经营许可证") };
    CHECK(fx.panel->resultCount() == fx.engineCount(liquor));
    CHECK(fx.panel->currentScenario() == QStringLiteral("渠道拓展"));

    // Save the current filter, rename it, delete it.
    search::Filter mine;
    mine.regions = { QStringLiteral("44") };
    mine.revenue.min = 1e7;
    fx.search(mine);
    fx.panel->saveScenario(QStringLiteral("深圳大户"));
    auto list = ui::SavedSearches::list(fx.cache);
    REQUIRE(list.size() == 3);
    CHECK(search::Filter::fromJsonObject(list[2].filter) == mine);
    CHECK(fx.panel->currentScenario() == QStringLiteral("深圳大户"));
    fx.panel->renameScenario(QStringLiteral("深圳大户"), QStringLiteral("南山大户"));
    CHECK(fx.panel->scenarioNames().contains(QStringLiteral("南山大户")));
    CHECK_FALSE(fx.panel->scenarioNames().contains(QStringLiteral("深圳大户")));
    // Built-ins are protected, empty names refused; nothing changes.
    CHECK_THROWS_AS(fx.panel->deleteScenario(QStringLiteral("信贷获客")), std::runtime_error);
    CHECK_THROWS_AS(fx.panel->saveScenario(QStringLiteral("信贷获客")), std::runtime_error);
    CHECK_THROWS_AS(fx.panel->saveScenario(QStringLiteral("  ")), std::runtime_error);
    CHECK_THROWS_AS(
        fx.panel->renameScenario(QStringLiteral("南山大户"), QStringLiteral("渠道拓展")), std::runtime_error);
    CHECK(ui::SavedSearches::list(fx.cache).size() == 3);
    fx.panel->deleteScenario(QStringLiteral("南山大户"));
    CHECK(ui::SavedSearches::list(fx.cache).size() == 2);
    // A removed built-in comes back on the next open.
    CHECK(ui::SavedSearches::ensureBuiltins(fx.cache) == 0);
}

TEST_CASE("The panel remembers filter, columns and scenario", "[search][ui]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("state.ini"));
    search::Filter f;
    f.regions = { QStringLiteral("3209") };
    f.revenue.min = 2e7;
    {
        PanelFixture fx;
        fx.search(f);
        fx.panel->setColumnVisible(ui::ResultColumns::Industry, false);
        fx.panel->setColumnVisible(ui::ResultColumns::LegalRep, true);
        ui::Settings s(ini);
        fx.panel->saveState(s);
        s.sync();
    }
    PanelFixture fx2;
    ui::Settings s(ini);
    fx2.panel->restoreState(s);
    REQUIRE(waitFor([&] { return !fx2.panel->isBusy(); }));
    CHECK(fx2.panel->sidebar()->filter() == f);
    const QList<int> cols = fx2.panel->visibleColumns();
    CHECK_FALSE(cols.contains(ui::ResultColumns::Industry));
    CHECK(cols.contains(ui::ResultColumns::LegalRep));
    CHECK(fx2.panel->resultCount() == fx2.engineCount(f));
}

TEST_CASE("Facet chips wrap: the panel fits a 1366-pixel laptop screen", "[search][ui]")
{
    PanelFixture fx;
    // Many long chips in every group: they used to sit in one row each and made the panel ~1,940 px wide.
    search::Facets facets;
    const QStringList sections
        = { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
              QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("I") };
    for (int i = 0; i < sections.size(); ++i) {
        facets.section[sections[i]] = 100000 + i;
        facets.licenses[QStringLiteral("很长的许可证名称第%1种经营许可证").arg(i)] = 90000 + i;
        facets.qualifications[QStringLiteral("专精特新\"小巨人\"企业%1").arg(i)] = 80000 + i;
        facets.status[QStringLiteral("状态%1").arg(i)] = 70000 + i;
    }
    for (const char* p : { "11", "12", "13", "14", "15", "21", "22", "23" })
        facets.province[QLatin1String(p)] = 123456;
    auto* bar = fx.panel->facetBar();
    bar->setFacets(facets, false);
    REQUIRE(bar->chipTexts().size() == 5 * ui::FacetBar::kMaxChips);

    // Width of a 1366 px screen minus the navigation rail and the window frame.
    CHECK(fx.panel->minimumSizeHint().width() <= 1200);
    CHECK(bar->minimumSizeHint().width() < 500);
    // Narrower means taller, never clipped: every chip lies inside the bar.
    fx.panel->resize(1100, 760);
    fx.panel->show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(bar->height() >= bar->heightForWidth(bar->width()));
    int chips = 0;
    for (ui::FacetChip* b : bar->visibleChips()) {
        ++chips;
        CHECK(bar->rect().contains(b->geometry()));
        CHECK(b->width() >= b->sizeHint().width());
    }
    CHECK(chips == 5 * ui::FacetBar::kMaxChips);
    CHECK(bar->heightForWidth(500) > bar->heightForWidth(1600));
}

TEST_CASE("Facet values past the first eight are behind a 'more' chip", "[search][ui]")
{
    PanelFixture fx;
    search::Facets facets;
    const QString sections = QStringLiteral("ABCDEFGHIJKL");
    for (int i = 0; i < sections.size(); ++i)
        facets.section[sections.mid(i, 1)] = 1000 - i; // A largest … L smallest
    auto* bar = fx.panel->facetBar();
    bar->setFacets(facets, false);
    CHECK(bar->visibleChips().size() == ui::FacetBar::kMaxChips);
    REQUIRE(bar->moreChip(0));
    CHECK_FALSE(bar->moreChip(0)->isHidden());
    CHECK(bar->moreChip(0)->text().contains(QStringLiteral("4")));
    const auto rest = bar->moreValues(0);
    REQUIRE(rest.size() == 4);
    CHECK(rest.front().first == QStringLiteral("I"));
    CHECK(rest.back().first == QStringLiteral("L"));
    CHECK(rest.back().second.endsWith(QStringLiteral("989")));
    CHECK(bar->moreChip(1)->isHidden()); // no provinces at all

    // The menu of the 'more' chip refines like a chip.
    QString refined;
    QObject::connect(bar, &ui::FacetBar::refine,
        [&refined](ui::FacetBar::Group, const QString& value) { refined = value; });
    bar->moreChip(0)->click();
    QMenu* menu = bar->findChild<QMenu*>();
    REQUIRE(menu);
    REQUIRE(menu->actions().size() == 4);
    menu->actions().at(1)->trigger();
    CHECK(refined == QStringLiteral("J"));
    menu->close();

    // Fewer values again: the 'more' chip goes away.
    facets.section.remove(QStringLiteral("L"));
    facets.section.remove(QStringLiteral("K"));
    facets.section.remove(QStringLiteral("J"));
    facets.section.remove(QStringLiteral("I"));
    bar->setFacets(facets, false);
    CHECK(bar->moreChip(0)->isHidden());
    CHECK(bar->visibleChips().size() == ui::FacetBar::kMaxChips);
}
