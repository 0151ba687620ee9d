// The supply-chain views in a real widget tree (offscreen): the network and its tier table off the GUI
// thread, watching it, a new risk record turning into an alert with its evidence, the score card, remembered
// state.
#include "core/demo/demogenerator.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "tests/support/testutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/risk/invoiceview.h"
#include "ui/risk/membersmodel.h"
#include "ui/risk/monitorview.h"
#include "ui/risk/networkmapview.h"
#include "ui/risk/supplychainview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>
#include <cmath>

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

} // namespace

TEST_CASE("supply network, monitoring and score card views", "[risk][panel]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.djcache"_s);
    demo::DemoOptions o;
    o.enterprises = 10000;
    demo::DemoGenerator::generate(path, o);
    // the chain master with the most suppliers, read straight from the cache
    QString root;
    int suppliers = 0, customers = 0;
    {
        const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
        auto st = db.prepare("SELECT to_uscc, count(DISTINCT from_uscc) n FROM relations WHERE kind = '供应' "
                             "GROUP BY to_uscc ORDER BY n DESC, to_uscc LIMIT 1");
        REQUIRE(st.step());
        root = st.columnText(0);
        suppliers = int(st.columnInt(1));
        auto c = db.prepare(
            "SELECT count(DISTINCT to_uscc) FROM relations WHERE kind = '供应' AND from_uscc = ?");
        c.bind(1, root);
        REQUIRE(c.step());
        customers = int(c.columnInt(0));
    }
    ui::AppContext ctx;
    ctx.openCache(path);

    ui::SupplyChainView network(ctx);
    network.resize(1366, 768);
    network.show();
    QElapsedTimer t;
    t.start();
    network.open(root);
    CHECK(t.elapsed() < 200);
    REQUIRE(waitFor([&] { return network.network().has_value(); }));
    const auto& n = *network.network();
    int tier1s = 0, tier1c = 0;
    for (const auto& m : n.suppliers)
        tier1s += m.tier == 1;
    for (const auto& m : n.customers)
        tier1c += m.tier == 1;
    CHECK(tier1s == suppliers);
    CHECK(tier1c == customers);
    auto* table = network.findChild<QTableView*>();
    REQUIRE(table);
    QAbstractItemModelTester tester(table->model());
    CHECK(table->model()->rowCount()
        == int(n.suppliers.size() + n.customers.size() + n.rivals.size() + n.partners.size()
            + n.investees.size()));

    // the map: every placed member at its position from the cache (operating place when both coordinates are
    // known, else the registered one), one flow per placed member and its parent, the tier filter
    REQUIRE(waitFor([&] { return ctx.searchEngine() != nullptr; }));
    auto* map = network.mapView();
    REQUIRE(map);
    map->setNetwork(n, ctx.searchEngine());
    QHash<QString, QPointF> where;
    {
        const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
        auto st = db.prepare(
            "SELECT uscc, CASE WHEN op_lon IS NOT NULL AND op_lat IS NOT NULL THEN op_lon ELSE lon END, "
            "CASE WHEN op_lon IS NOT NULL AND op_lat IS NOT NULL THEN op_lat ELSE lat END FROM enterprises "
            "WHERE lon IS NOT NULL OR op_lon IS NOT NULL");
        while (st.step())
            if (!st.columnText(1).isEmpty() && !st.columnText(2).isEmpty())
                where.insert(st.columnText(0), QPointF(st.columnDouble(1), st.columnDouble(2)));
    }
    int expectedFlows = 0, expectedTier1 = 0;
    QSet<QString> placed;
    for (const auto* list : { &n.suppliers, &n.customers })
        for (const auto& m : *list)
            if (where.contains(m.party.uscc))
                placed.insert(m.party.uscc);
    for (const auto* list : { &n.suppliers, &n.customers })
        for (const auto& m : *list)
            if (placed.contains(m.party.uscc)
                && (placed.contains(m.parent) || (m.parent == root && where.contains(root)))) {
                ++expectedFlows;
                expectedTier1 += m.tier == 1;
            }
    const auto& flows = map->flows();
    CHECK(int(flows.flows.size()) == expectedFlows);
    CHECK(int(flows.nodes.size()) == placed.size() + (where.contains(root) ? 1 : 0));
    for (const auto& node : flows.nodes) {
        REQUIRE(where.contains(node.uscc));
        CHECK(node.lonLat.x() == Approx(where[node.uscc].x()));
        CHECK(node.lonLat.y() == Approx(where[node.uscc].y()));
    }
    REQUIRE(map->flowLayer().features().size() == int(flows.flows.size()));
    double widest = 0;
    for (int i = 0; i < map->flowLayer().features().size(); ++i) {
        const auto& f = flows.flows[size_t(i)];
        const auto& style = map->flowLayer().styleOf(map->flowLayer().features()[i]);
        CHECK(style.strokeWidth == Approx(f.width));
        CHECK(style.stroke.rgb() == ui::NetworkMapView::riskColour(f.risk).rgb());
        widest = std::max(widest, f.width);
    }
    if (!flows.flows.empty())
        CHECK(widest == Approx(risk::NetworkFlows::kMaxWidth));
    map->setMaxTier(1);
    CHECK(int(map->flows().flows.size()) == expectedTier1);
    for (const auto& f : map->flows().flows)
        CHECK(f.tier == 1);
    map->setMaxTier(0);

    ui::MonitorView monitor(ctx);
    QObject::connect(&network, &ui::SupplyChainView::watchListsChanged, &monitor, &ui::MonitorView::reload);
    // the button that watches the network (its text is translated: found by its tool tip's object)
    for (auto* b : network.findChildren<QPushButton*>())
        if (b->objectName() == u"watch")
            b->click();
    auto* alerts = monitor.findChild<QTableWidget*>(u"alerts"_s);
    REQUIRE(alerts);
    CHECK(alerts->rowCount() == 0);

    // a new 失信被执行人 record at the largest tier-1 supplier, then the rules
    const QString supplier = n.suppliers.front().party.uscc;
    {
        store::Database db = store::Cache::open(path, store::Cache::Access::ReadWrite);
        auto st = db.prepare(
            "INSERT INTO risks (uscc, kind, date, amount, authority, detail, status) "
            "VALUES (?, '失信被执行人', '2025-02-01', 100000, '测试法院', '界面测试记录', '有效')");
        st.bind(1, supplier);
        st.run();
    }
    monitor.runRules();
    REQUIRE(waitFor([&] { return !monitor.isBusy(); }));
    REQUIRE(alerts->rowCount() == 1);
    alerts->selectRow(0);
    auto* evidence = monitor.findChild<QTextBrowser*>(u"evidence"_s);
    REQUIRE(evidence);
    CHECK(evidence->toPlainText().contains(u"界面测试记录"_s));
    // money in 万元 (100,000 yuan), not the raw number
    CHECK(evidence->toPlainText().contains(u"10.00"_s));
    CHECK_FALSE(evidence->toPlainText().contains(u"100000"_s));
    CHECK(evidence->toHtml().contains(u"10k yuan"_s));
    const auto rows = monitor.alertRows();
    REQUIRE(rows.size() == 1);
    const int after = int(ui::MonitorView::alertHeaders().indexOf(u"After"_s));
    REQUIRE(after >= 0);
    CHECK(rows[0][after].contains(u"Amount (10k yuan): 10.00"_s));
    CHECK(rows[0][after].contains(u"Date: 2025-02-01"_s));
    const QString csv = dir.filePath(u"alerts.csv"_s);
    monitor.exportAlerts(csv);
    REQUIRE(waitFor([&] { return QFile::exists(csv); }));
    QTest::qWait(100);
    QFile exported(csv);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    CHECK(text.contains(u"Amount (10k yuan): 10.00"_s));
    CHECK(text.contains(u"失信被执行人"_s));
    monitor.runRules();
    REQUIRE(waitFor([&] { return !monitor.isBusy(); }));
    CHECK(alerts->rowCount() == 1);

    ui::InvoiceView invoices(ctx);
    invoices.open(root);
    REQUIRE(waitFor([&] { return !invoices.isBusy(); }));
    auto* score = invoices.findChild<QLabel*>(u"score"_s);
    REQUIRE(score);
    CHECK(score->text().contains(u"/ 100"_s));

    ui::Settings settings(dir.filePath(u"s.ini"_s));
    network.saveState(settings);
    invoices.saveState(settings);
    ui::SupplyChainView again(ctx);
    again.restoreState(settings);
    CHECK(again.findChild<QComboBox*>()->currentText() == root);
}
