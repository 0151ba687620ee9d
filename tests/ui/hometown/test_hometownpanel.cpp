#include "core/demo/demogenerator.h"
#include "core/store/cache.h"
#include "core/store/personreads.h"
#include "tests/support/testutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/hometown/hometownbrief.h"
#include "ui/hometown/hometownpanel.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
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

// Person IDs in the order of the list's top-level rows.
QStringList listedOrder(const ui::HometownPanel& panel)
{
    QStringList ids;
    for (const auto& p : panel.result().persons)
        ids << p.personId;
    return ids;
}

} // namespace

TEST_CASE("hometown panel: ranked list off the UI thread, weights move the ranking, state remembered",
    "[hometown][panel]")
{
    ui::AppContext ctx;
    ctx.openCache(demoCache());
    ui::HometownPanel panel(ctx);
    panel.resize(1366, 768);
    panel.show();
    panel.setOrigins({ u"34"_s });
    panel.setTargets({ u"31"_s });

    // The UI thread stays responsive while the snapshot loads and the query runs.
    QElapsedTimer t;
    t.start();
    panel.runQuery();
    CHECK(t.elapsed() < 200);
    CHECK(panel.isBusy());
    REQUIRE(waitFor([&] { return !panel.isBusy(); }));
    const auto list = panel.findChild<QTreeWidget*>();
    REQUIRE(list);
    REQUIRE(panel.result().persons.size() > 5);
    CHECK(list->topLevelItemCount() == panel.result().persons.size());
    // Each person's enterprises are expandable children.
    CHECK(list->topLevelItem(0)->childCount() == panel.result().persons[0].enterprises.size());
    for (int i = 1; i < panel.result().persons.size(); ++i)
        CHECK(panel.result().persons[i - 1].score >= panel.result().persons[i].score);
    const QStringList before = listedOrder(panel);

    // Only the number of enterprises counts now: the order follows it.
    for (const char* k : { "revenue", "tax", "capital", "qualifications", "priority_fit", "risk" })
        panel.setWeight(QString::fromLatin1(k), 0);
    panel.setWeight(u"enterprises"_s, 1);
    REQUIRE(waitFor([&] { return !panel.isBusy(); }));
    const QStringList after = listedOrder(panel);
    CHECK(after != before);
    for (const auto& p : panel.result().persons)
        CHECK(p.score == Approx(double(p.enterprises.size())));
    CHECK(panel.currentQuery().weights.revenue == 0);

    // Remembered.
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(u"s.ini"_s));
    panel.saveState(settings);
    ui::HometownPanel again(ctx);
    again.restoreState(settings);
    const auto q = again.currentQuery();
    CHECK(q.origins == QStringList { u"34"_s });
    CHECK(q.targets == QStringList { u"31"_s });
    CHECK(q.weights.revenue == 0);
    CHECK(q.weights.enterprises == 1);
}

TEST_CASE("hometown brief: a PDF with the ranked persons, ID numbers masked only", "[hometown][panel]")
{
    const store::Database db = store::Cache::open(demoCache(), store::Cache::Access::ReadOnly);
    const auto data = hometown::HometownData::loadForOrigins(db, { u"34"_s });
    hometown::Query q;
    q.origins = { u"34"_s };
    const auto result = hometown::HometownEngine::run(*data, q);
    REQUIRE(result.persons.size() > 3);
    const auto summary = hometown::HometownEngine::summarizeOrigin(*data, u"34"_s);
    const QString html = ui::HometownBrief::html(u"安徽省"_s, u"全国"_s, result, summary, q.weights, 10);
    CHECK(html.contains(result.persons[0].name.toHtmlEscaped()));
    CHECK(html.contains(result.persons[0].idMasked));
    // Masked IDs have 8 stars: no 18-character run of digits anywhere.
    CHECK_FALSE(QRegularExpression(u"\\d{15}"_s).match(html).hasMatch());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"brief.pdf"_s);
    ui::HometownBrief::writePdf(pdf, html, QImage());
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    CHECK(f.size() > 5000);
    // An unwritable path is refused with a message and leaves nothing behind.
    CHECK_THROWS(ui::HometownBrief::writePdf(dir.filePath(u"no/such/dir/brief.pdf"_s), html, QImage()));
}
