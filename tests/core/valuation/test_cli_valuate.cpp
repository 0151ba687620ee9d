// dianjing-cli valuate on the shipped samples: every number checked against a computation written here from
// the sample's inputs; saved, reopened and exported copies give the same numbers; bad worksheets are refused.
#include "core/io/xlsxreader.h"
#include "core/valuation/worksheet.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>

namespace {
QString sample(const char* name)
{
    return QStringLiteral(DJ_SOURCE_DIR "/resources/valuation/") + QLatin1String(name);
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

double ratio(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    const QStringList parts = v.toString().split(QLatin1Char('/'));
    return parts.size() == 2 ? parts[0].toDouble() / parts[1].toDouble() : parts[0].toDouble();
}

/// Principal eigenvector by plain power iteration, written independently of the engine.
QList<double> eigenvector(const QJsonArray& rows)
{
    const int n = int(rows.size());
    QList<double> w(n, 1.0 / n);
    for (int it = 0; it < 500; ++it) {
        QList<double> x(n, 0.0);
        double s = 0;
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j)
                x[i] += ratio(rows[i].toArray()[j]) * w[j];
            s += x[i];
        }
        for (int i = 0; i < n; ++i)
            w[i] = x[i] / s;
    }
    return w;
}

QStringList sheetRow(dj::io::XlsxReader& book, const QString& sheet, const QString& firstCell)
{
    auto src = book.openSheet(sheet);
    QStringList fields;
    while (src->next(fields))
        if (!fields.isEmpty() && fields.first() == firstCell)
            return fields;
    return {};
}
} // namespace

TEST_CASE("valuate: the bank sample's income value by hand", "[valuation][cli]")
{
    const auto r = dj::test::runCli({ QStringLiteral("valuate"), sample("bank-customer-data.json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject out = r.json();
    const QJsonObject in
        = readJson(sample("bank-customer-data.json")).value(QStringLiteral("income")).toObject();
    const QJsonObject d = in.value(QStringLiteral("discount")).toObject();
    double i = 0;
    for (auto it = d.begin(); it != d.end(); ++it)
        i += it.value().toDouble();
    CHECK(i == Approx(0.0918));
    const double k = in.value(QStringLiteral("share_k")).toDouble();
    const double g = in.value(QStringLiteral("growth")).toDouble();
    const int life = in.value(QStringLiteral("remaining_life")).toInt();
    const QJsonArray periods = in.value(QStringLiteral("periods")).toArray();
    double value = 0, last = 0;
    for (int t = 1; t <= life; ++t) {
        const double f = t <= periods.size()
            ? periods[t - 1].toObject().value(QStringLiteral("revenue")).toDouble() * k
            : last * (1 + g);
        last = f;
        value += f / std::pow(1 + i, t - 0.5); // mid-period
    }
    CHECK(out[QLatin1String("income")][QLatin1String("value")].toDouble() == Approx(value).epsilon(1e-10));
    CHECK(
        out[QLatin1String("conclusion")][QLatin1String("value")].toDouble() == Approx(value).epsilon(1e-10));
    CHECK(out[QLatin1String("quality")][QLatin1String("ahp")][QLatin1String("cr")].toDouble() < 0.1);
    CHECK(out[QLatin1String("monte_carlo")][QLatin1String("draws")].toInt() == 10000);
    CHECK(out[QLatin1String("sensitivity")][QLatin1String("values")].toArray().size() == 5);
    CHECK(out[QLatin1String("tornado")][QLatin1String("bars")].toArray().size() >= 5);
    CHECK(out[QLatin1String("ledger")][QLatin1String("disclosure")][QLatin1String("intangible")]
             [QLatin1String("balanced")]
                 .toBool());
    // The developed resource: 800 capitalised (development from 2023-04-01), 275 research and 60 early
    // development expensed. In service December 2023, 60 months: 2024 amortisation 800/60 × 12 = 160.
    const QJsonObject dev = out[QLatin1String("ledger")][QLatin1String("disclosure")][QLatin1String(
        "intangible")][QLatin1String("columns")][QLatin1String("developed")]
                                .toObject();
    CHECK(dev[QLatin1String("cost")][QLatin1String("opening")].toDouble() == Approx(800));
    CHECK(dev[QLatin1String("amortisation")][QLatin1String("opening")].toDouble() == Approx(800.0 / 60));
    CHECK(dev[QLatin1String("amortisation")][QLatin1String("additions")].toDouble() == Approx(160));
    // Purchased: 240 over 36 months from March 2024 (10 months), impaired 20 at year end.
    const QJsonObject bought = out[QLatin1String("ledger")][QLatin1String("disclosure")][QLatin1String(
        "intangible")][QLatin1String("columns")][QLatin1String("purchased")]
                                   .toObject();
    CHECK(bought[QLatin1String("carrying")][QLatin1String("closing")].toDouble()
        == Approx(240 - 240.0 / 36 * 10 - 20));
}

TEST_CASE("valuate: the map sample's cost and market values by hand", "[valuation][cli]")
{
    const auto r = dj::test::runCli({ QStringLiteral("valuate"), sample("map-data-product.json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject out = r.json();
    const QJsonObject doc = readJson(sample("map-data-product.json"));
    // Quality coefficient from the AHP weights and the indicator means.
    const QJsonObject q = doc.value(QStringLiteral("quality")).toObject();
    const QList<double> w = eigenvector(q.value(QStringLiteral("ahp")).toArray());
    const char* dims[]
        = { "normative", "completeness", "accuracy", "consistency", "timeliness", "accessibility" };
    double score = 0;
    for (int d = 0; d < 6; ++d) {
        const QJsonArray list = q[QLatin1String("dimensions")][QLatin1String(dims[d])].toArray();
        double s = 0;
        for (const QJsonValue& v : list)
            s += v[QLatin1String("score")].toDouble();
        score += w[d] * s / double(list.size());
    }
    CHECK(out[QLatin1String("quality")][QLatin1String("score")].toDouble() == Approx(score).epsilon(1e-9));
    // Cost: restated to 2024 prices, × quality × remaining/(used + remaining)
    const QJsonObject cost = doc.value(QStringLiteral("cost")).toObject();
    const QJsonObject idx = cost.value(QStringLiteral("price_index")).toObject();
    double c = 0;
    for (const QJsonValue& it : cost.value(QStringLiteral("items")).toArray())
        c += it[QLatin1String("amount")].toDouble() * idx.value(QStringLiteral("2024")).toDouble()
            / idx.value(QString::number(it[QLatin1String("year")].toInt())).toDouble();
    const double life = 4.0 / 5.0;
    const double costValue = c * score / 100 * life;
    CHECK(out[QLatin1String("cost")][QLatin1String("value")].toDouble() == Approx(costValue).epsilon(1e-9));
    // Market: weighted adjusted prices
    double num = 0, den = 0;
    for (const QJsonValue& comp : doc[QLatin1String("market")][QLatin1String("comparables")].toArray()) {
        double p = comp[QLatin1String("price")].toDouble();
        const QJsonObject f = comp[QLatin1String("factors")].toObject();
        for (auto it = f.begin(); it != f.end(); ++it)
            p *= it.value().toDouble();
        num += comp[QLatin1String("weight")].toDouble() * p;
        den += comp[QLatin1String("weight")].toDouble();
    }
    CHECK(out[QLatin1String("market")][QLatin1String("value")].toDouble() == Approx(num / den).epsilon(1e-9));
    CHECK(out[QLatin1String("conclusion")][QLatin1String("value")].toDouble()
        == Approx(0.4 * costValue + 0.6 * num / den).epsilon(1e-9));
    CHECK(out[QLatin1String("ledger")][QLatin1String("disclosure")][QLatin1String("inventory")]
             [QLatin1String("balanced")]
                 .toBool());
}

TEST_CASE("valuate: saved, reopened and exported copies give the same numbers", "[valuation][cli]")
{
    QTemporaryDir dir;
    const auto original = dj::test::runCli({ QStringLiteral("valuate"), sample("bank-customer-data.json") });
    REQUIRE(original.exitCode == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.json"));
    dj::valuation::Worksheet::save(dj::valuation::Worksheet::load(sample("bank-customer-data.json")), copy);
    const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
    const auto reopened
        = dj::test::runCli({ QStringLiteral("valuate"), copy, QStringLiteral("--xlsx"), xlsx });
    REQUIRE(reopened.exitCode == 0);
    CHECK(reopened.json() == original.json());
    // The workbook holds the same figures on named sheets.
    dj::io::XlsxReader book(xlsx);
    const QStringList sheets = book.sheetNames();
    for (const char* s :
        { "资产卡片", "质量评价", "收益法", "结论", "敏感性分析", "龙卷风", "蒙特卡洛", "入表台账" })
        CHECK(sheets.contains(QString::fromUtf8(s)));
    const QStringList concl = sheetRow(book, QStringLiteral("结论"), QStringLiteral("评估结论"));
    REQUIRE(concl.size() >= 2);
    CHECK(concl[1].toDouble()
        == Approx(original.json()[QLatin1String("conclusion")][QLatin1String("value")].toDouble())
               .epsilon(1e-12));
    const QStringList cr = sheetRow(book, QStringLiteral("质量评价"), QStringLiteral("CR"));
    REQUIRE(cr.size() >= 2);
    CHECK(cr[1].toDouble()
        == Approx(
            original.json()[QLatin1String("quality")][QLatin1String("ahp")][QLatin1String("cr")].toDouble())
               .epsilon(1e-12));
}

TEST_CASE("valuate: a bad worksheet is refused naming the field and the reason", "[valuation][cli]")
{
    QTemporaryDir dir;
    QJsonObject doc = readJson(sample("bank-customer-data.json"));
    QJsonObject in = doc.value(QStringLiteral("income")).toObject();
    in.insert(QStringLiteral("share_k"), QStringLiteral("twelve percent"));
    doc.insert(QStringLiteral("income"), in);
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(doc).toJson());
    f.close();
    const auto r = dj::test::runCli({ QStringLiteral("valuate"), bad });
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("income.share_k"));
    const auto missing
        = dj::test::runCli({ QStringLiteral("valuate"), dir.filePath(QStringLiteral("nope.json")) });
    CHECK(missing.exitCode == 1);
    const auto usage = dj::test::runCli({ QStringLiteral("valuate") });
    CHECK(usage.exitCode == 2);
    // Arbitrary bytes
    QFile g(dir.filePath(QStringLiteral("junk.json")));
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write(QByteArray("\x00\xff{\"format_version\":", 20));
    g.close();
    CHECK(dj::test::runCli({ QStringLiteral("valuate"), g.fileName() }).exitCode == 1);
}
