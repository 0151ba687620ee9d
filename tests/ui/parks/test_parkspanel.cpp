// The parks workspace on a demo cache: loads a park off the UI thread, its building list agrees with
// `dianjing-cli park report`, a building's page fills within 200 ms, comparison, XLSX and PDF, state
// remembered.
#include "core/demo/demogenerator.h"
#include "tests/support/testutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/parks/parkspanel.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace dj;

namespace {

template <typename F> bool waitFor(F cond, int ms = 120000)
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
        o.enterprises = 20000;
        demo::DemoGenerator::generate(p, o);
        return p;
    }();
    return path;
}

} // namespace

TEST_CASE("parks workspace: park loaded in the background, figures as the CLI reports them", "[parks][panel]")
{
    ui::AppContext ctx;
    ctx.openCache(demoCache());
    ui::ParksPanel panel(ctx);
    panel.resize(1366, 768);
    panel.show();
    REQUIRE(panel.parkBox()->count() > 5);
    REQUIRE(waitFor([&] { return panel.view() != nullptr && !panel.isBusy(); }));
    const QString parkId = panel.view()->report.park.id;

    const auto cli = test::runCli({ u"park"_s, u"report"_s, u"--db"_s, demoCache(), u"--park"_s, parkId });
    REQUIRE(cli.exitCode == 0);
    const QJsonArray buildings = cli.json()[u"buildings"_s].toArray();
    QStandardItemModel* model = panel.buildingModel();
    REQUIRE(model->rowCount() == buildings.size());
    for (int r = 0; r < model->rowCount(); ++r) {
        CHECK(model->item(r, 2)->text().toInt() == buildings[r][u"actual"_s].toInt());
        CHECK(model->item(r, 3)->text().toInt() == buildings[r][u"virtual"_s].toInt());
        CHECK(model->item(r, 4)->text().toInt() == buildings[r][u"office_only"_s].toInt());
    }

    // A building's page fills at once from the loaded park (issue: ≤ 200 ms).
    const QString second
        = buildings.at(std::min<qsizetype>(1, buildings.size() - 1))[u"building_id"_s].toString();
    QElapsedTimer t;
    t.start();
    panel.showBuilding(second);
    CHECK(t.elapsed() <= 200);
    CHECK(panel.selectedBuilding() == second);
    int expected = 0;
    for (const auto& b : panel.view()->report.buildings) {
        if (b.building.id == second) {
            expected = int(b.members.size());
            for (const auto& tenant : b.tenants)
                expected += tenant.matchedUscc.isEmpty();
        }
    }
    CHECK(panel.memberModel()->rowCount() == expected);

    // Compare two or more buildings side by side.
    QStringList ids;
    for (const QJsonValue& b : buildings)
        ids << b[u"building_id"_s].toString();
    if (ids.size() >= 2) {
        panel.compare(ids.mid(0, 3));
        CHECK(panel.compareModel()->columnCount() == 1 + std::min<qsizetype>(3, ids.size()));
        CHECK(panel.compareModel()->rowCount() > 5);
    }

    // Exports: XLSX of the current list, PDF report.
    QTemporaryDir out;
    panel.setCurrentTab(0);
    REQUIRE(panel.exportCurrentList(out.filePath(u"members.xlsx"_s)));
    QFile xlsx(out.filePath(u"members.xlsx"_s));
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == "PK");
    REQUIRE(panel.writePdf(out.filePath(u"park.pdf"_s)));
    QFile pdf(out.filePath(u"park.pdf"_s));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == "%PDF");

    // Policy calculator: a shipped rule applied to the park lists every firm with a reason per condition.
    REQUIRE(panel.policyBox()->count() >= 4);
    panel.policyBox()->setCurrentIndex(2);
    bool applied = false;
    QObject::connect(&panel, &ui::ParksPanel::policyApplied, &panel, [&](int, double) { applied = true; });
    REQUIRE(panel.applyPolicy(false));
    REQUIRE(waitFor([&] { return applied; }));
    CHECK(panel.policyModel()->rowCount() > 0);
    CHECK(panel.policyModel()->columnCount() == 5);
    // A broken rule is refused with a message, nothing applied.
    panel.policyEditor()->setPlainText(u"{\"name\":\"x\",\"conditions\":[{\"field\":\"colour\"}]}"_s);
    CHECK_FALSE(panel.applyPolicy(false));

    // State remembered: the park and the colour figure.
    ui::Settings settings(out.filePath(u"s.ini"_s));
    panel.figureBox()->setCurrentIndex(3);
    const QString other = panel.parkBox()->itemData(panel.parkBox()->count() - 1).toString();
    panel.showPark(other);
    REQUIRE(
        waitFor([&] { return panel.view() && panel.view()->report.park.id == other && !panel.isBusy(); }));
    panel.saveState(settings);
    ui::ParksPanel again(ctx);
    again.restoreState(settings);
    CHECK(again.figureBox()->currentIndex() == 3);
    REQUIRE(
        waitFor([&] { return again.view() && again.view()->report.park.id == other && !again.isBusy(); }));
}
