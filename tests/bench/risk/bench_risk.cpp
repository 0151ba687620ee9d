// bench_risk [--db CACHE] [--enterprises N] [--repeat R]
//
// One JSON line per scenario, with the limit and a baseline measured in the same run:
// - network_tier3: SupplyNetwork::build(root, 3) for the 10 chain masters with most suppliers (median);
//   baseline: one recursive CTE over relations listing the suppliers to depth 3 (no customers, amounts,
//   paths).
// - invoice_analytics: InvoiceAnalytics::analyse of those chain masters (related parties included);
//   baseline: the monthly GROUP BY of both sides in plain SQL.
// - rules_after_reimport: 10,000 watched enterprises (the chain networks, then every k-th enterprise), a
//   re-import of a bundle changing 200 of them (new risk records, revenue falls), then Monitor::afterImport;
//   baseline: reading the same 10,000 states without comparing (Monitor::snapshot).
#include "core/io/importer.h"
#include "core/risk/invoiceanalytics.h"
#include "core/risk/monitor.h"
#include "core/risk/riskrules.h"
#include "core/risk/supplynetwork.h"
#include "core/risk/watchlist.h"
#include "core/store/cache.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace dj;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[(v.size() - 1) / 2];
}

double ms(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

void print(const QJsonObject& o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString enterprises = option(args, QStringLiteral("--enterprises"), QStringLiteral("1000000"));
    const QString path = option(args, QStringLiteral("--db"),
        QDir::temp().filePath(QStringLiteral("bench-risk-%1.djcache").arg(enterprises)));
    const int repeat = option(args, QStringLiteral("--repeat"), QStringLiteral("5")).toInt();
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "generating %s …\n", qPrintable(path));
        if (QProcess::execute(QStringLiteral(DJ_CLI_PATH),
                { QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--enterprises"),
                    enterprises })
            != 0)
            return 1;
    }
    store::Database db = store::Cache::open(path, store::Cache::Access::ReadWrite);
    const qint64 n = db.scalarInt("SELECT count(*) FROM enterprises");
    const auto masters = risk::SupplyNetwork::chainMasters(db, 10);
    if (masters.empty()) {
        std::fprintf(stderr, "no chain masters in %s\n", qPrintable(path));
        return 1;
    }

    // 1. network to tier 3
    {
        std::vector<double> engine, baseline;
        size_t members = 0;
        risk::SupplyNetwork net(db);
        for (int r = 0; r < repeat; ++r)
            for (const auto& [m, count] : masters) {
                engine.push_back(ms([&] {
                    const auto result = risk::SupplyNetwork(db).build(m.uscc, 3);
                    members = std::max(members, result.suppliers.size() + result.customers.size());
                }));
                baseline.push_back(ms([&] {
                    store::Statement st = db.prepare(
                        "WITH RECURSIVE up(uscc, depth) AS (SELECT ?1, 0 UNION "
                        "SELECT r.from_uscc, up.depth + 1 FROM relations r JOIN up ON r.to_uscc = up.uscc "
                        "WHERE r.kind = '供应' AND up.depth < 3) SELECT count(DISTINCT uscc) FROM up");
                    st.bind(1, m.uscc);
                    st.step();
                }));
            }
        print(QJsonObject { { QStringLiteral("scenario"), QStringLiteral("network_tier3") },
            { QStringLiteral("enterprises"), n }, { QStringLiteral("median_ms"), median(engine) },
            { QStringLiteral("max_members"), qint64(members) }, { QStringLiteral("limit_ms"), 100 },
            { QStringLiteral("baseline_sql_median_ms"), median(baseline) } });
    }

    // 2. invoice analytics of one enterprise
    {
        std::vector<double> engine, baseline;
        for (int r = 0; r < repeat; ++r)
            for (const auto& [m, count] : masters) {
                engine.push_back(ms([&] { risk::InvoiceAnalytics(db).analyse(m.uscc); }));
                baseline.push_back(ms([&] {
                    for (const char* sql : { "SELECT month, sum(amount), sum(invoice_count) FROM invoices "
                                             "WHERE seller_uscc = ? GROUP BY month",
                             "SELECT month, sum(amount), sum(invoice_count) FROM invoices WHERE buyer_uscc = "
                             "? GROUP BY month" }) {
                        store::Statement st = db.prepare(sql);
                        st.bind(1, m.uscc);
                        while (st.step()) { }
                    }
                }));
            }
        print(QJsonObject { { QStringLiteral("scenario"), QStringLiteral("invoice_analytics") },
            { QStringLiteral("enterprises"), n }, { QStringLiteral("median_ms"), median(engine) },
            { QStringLiteral("limit_ms"), 50 },
            { QStringLiteral("baseline_sql_median_ms"), median(baseline) } });
    }

    // 3. all rules over 10,000 watched after a re-import
    {
        const QString list = QStringLiteral("bench");
        db.exec("DELETE FROM risk_watch; DELETE FROM risk_snapshots; DELETE FROM risk_alerts;");
        {
            risk::RuleStore rules(db);
            rules.ensureDefaults();
            bool have = false;
            for (const auto& r : rules.list())
                have = have || r.name == QStringLiteral("bench: any new 失信被执行人");
            if (!have)
                rules.save(risk::Rule { 0, QStringLiteral("bench: any new 失信被执行人"),
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("new_risk") },
                        { QStringLiteral("kinds"), QJsonArray { QStringLiteral("失信被执行人") } } },
                    {}, QStringLiteral("high"), true, {} });
        }
        risk::WatchList watch(db);
        for (const auto& [m, count] : masters)
            watch.addNetwork(list, risk::SupplyNetwork(db).build(m.uscc, 3), 3);
        const qint64 need = 10000 - watch.count();
        QStringList more;
        {
            store::Statement st = db.prepare("SELECT uscc FROM enterprises WHERE id % ?1 = 0 AND uscc NOT IN "
                                             "(SELECT uscc FROM risk_watch) LIMIT ?2");
            st.bind(1, std::max<qint64>(1, n / std::max<qint64>(1, need))).bind(2, need);
            while (st.step())
                more << st.columnText(0);
        }
        const double watchMs = ms([&] { watch.add(list, more); });
        const qint64 watched = watch.count();
        // the re-import: a bundle with a new 失信被执行人 record for 100 watched enterprises and the latest
        // revenue halved for 100 others
        QTemporaryDir dir;
        QStringList sample;
        {
            store::Statement st = db.prepare("SELECT uscc FROM risk_watch ORDER BY uscc LIMIT 200");
            while (st.step())
                sample << st.columnText(0);
        }
        QFile risks(dir.filePath(QStringLiteral("risks.csv")));
        risks.open(QIODevice::WriteOnly);
        risks.write("uscc,kind,date,amount,authority,detail,status\n");
        for (int i = 0; i < 100 && i < sample.size(); ++i)
            risks.write(QStringLiteral("%1,失信被执行人,2025-03-01,100000,基准测试法院,基准测试记录,有效\n")
                            .arg(sample[i])
                            .toUtf8());
        risks.close();
        QFile fin(dir.filePath(QStringLiteral("financials.csv")));
        fin.open(QIODevice::WriteOnly);
        fin.write("uscc,year,revenue\n");
        for (int i = 100; i < sample.size(); ++i) {
            store::Statement st
                = db.prepare("SELECT year, revenue FROM financials WHERE uscc = ? AND revenue IS NOT NULL "
                             "ORDER BY year DESC LIMIT 1");
            st.bind(1, sample[i]);
            if (st.step())
                fin.write(QStringLiteral("%1,%2,%3\n")
                              .arg(sample[i])
                              .arg(st.columnInt(0))
                              .arg(st.columnDouble(1) * 0.4, 0, 'f', 2)
                              .toUtf8());
        }
        fin.close();
        // financials rows re-imported with only revenue: the other figures become empty (what a vendor's
        // partial file does); the rules see tax falls too — counted, not a problem for the timing
        const double importMs = ms([&] { io::Importer::run(db, { dir.path() }); });
        risk::Monitor::RunResult result;
        const double runMs = ms([&] { result = risk::Monitor(db).afterImport(); });
        risk::Monitor::RunResult again;
        const double againMs = ms([&] { again = risk::Monitor(db).run(); });
        QStringList all;
        {
            store::Statement st = db.prepare("SELECT DISTINCT uscc FROM risk_watch");
            while (st.step())
                all << st.columnText(0);
        }
        const double baselineMs = ms([&] {
            store::Transaction tx(db);
            risk::Monitor(db).snapshot(all, false);
            tx.rollback();
        });
        print(QJsonObject { { QStringLiteral("scenario"), QStringLiteral("rules_after_reimport") },
            { QStringLiteral("enterprises"), n }, { QStringLiteral("watched"), watched },
            { QStringLiteral("rules"), result.rules },
            { QStringLiteral("alerts"), qint64(result.raised.size()) }, { QStringLiteral("run_ms"), runMs },
            { QStringLiteral("limit_ms"), 10000 }, { QStringLiteral("second_run_ms"), againMs },
            { QStringLiteral("second_run_alerts"), qint64(again.raised.size()) },
            { QStringLiteral("import_ms"), importMs }, { QStringLiteral("watch_add_ms"), watchMs },
            { QStringLiteral("baseline_read_states_ms"), baselineMs } });
    }
    return 0;
}
