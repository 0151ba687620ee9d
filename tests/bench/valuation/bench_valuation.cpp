// What the panel does after an edit: migrate + validate the document, evaluate every approach, the ledger,
// the tornado and the sensitivity grid (the Monte Carlo runs on its own, timed separately). The baseline is
// parsing the worksheet's JSON text alone, measured in the same run.
#include "core/valuation/ledger.h"
#include "core/valuation/resultjson.h"
#include "core/valuation/uncertainty.h"
#include "core/valuation/valuationengine.h"
#include "core/valuation/worksheet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

using namespace dj::valuation;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
double p95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[qsizetype(double(v.size() - 1) * 0.95)];
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (const char* name : { "bank-customer-data.json", "map-data-product.json" }) {
        QFile f(QStringLiteral(DJ_SOURCE_DIR "/resources/valuation/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            return 2;
        const QByteArray text = f.readAll();
        const QJsonObject doc = QJsonDocument::fromJson(text).object();
        QList<double> parse, recalc;
        volatile double sink = 0;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer t;
            t.start();
            sink = sink + double(QJsonDocument::fromJson(text).object().size());
            parse << double(t.nsecsElapsed()) / 1e6;
            // An edit: the share or the first comparable's price changes, then everything is recomputed.
            QJsonObject edited = doc;
            QJsonObject in = edited.value(QStringLiteral("income")).toObject();
            if (!in.isEmpty()) {
                in.insert(QStringLiteral("share_k"), 0.10 + 0.0001 * i);
                edited.insert(QStringLiteral("income"), in);
            }
            t.restart();
            const QJsonObject out = ResultJson::evaluate(edited, { false });
            recalc << double(t.nsecsElapsed()) / 1e6;
            sink = sink
                + out.value(QStringLiteral("conclusion"))
                      .toObject()
                      .value(QStringLiteral("value"))
                      .toDouble();
        }
        const Worksheet w = Worksheet::fromJson(Worksheet::migrate(doc));
        QElapsedTimer t;
        t.start();
        const MonteCarlo mc
            = Uncertainty::monteCarlo(w, w.analysis.ranges, 10000, w.analysis.seed, w.analysis.target);
        const double mcMs = double(t.nsecsElapsed()) / 1e6;
        const double rm = median(recalc);
        std::printf(
            "{\"bench\":\"valuation\",\"sample\":\"%s\",\"baseline_parse_json_median_ms\":%.4f,"
            "\"recalc_median_ms\":%.4f,\"recalc_p95_ms\":%.4f,\"recalc_limit_ms\":5,"
            "\"monte_carlo_draws\":%d,\"monte_carlo_ms\":%.1f,\"monte_carlo_limit_ms\":1000,\"p50\":%.3f}\n",
            name, median(parse), rm, p95(recalc), mc.draws, mcMs, mc.percentiles.value(3).second);
        if (rm > 5 || mcMs > 1000)
            ++failures;
    }
    return failures ? 1 : 0;
}
