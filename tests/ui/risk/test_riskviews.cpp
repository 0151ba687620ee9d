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
#include "ui/risk/supplychainview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
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
