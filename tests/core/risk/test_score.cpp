// The credit score: its total is the weighted mean of the parts with the weights of the readable file,
// the concentration part follows the hand-computed HHI, the user's weights file is used and checked, and
// more concentration never raises the score.
#include "core/risk/creditscore.h"
#include "tests/core/risk/riskfixture.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>

using namespace Qt::StringLiterals;
using dj::test::runCli;

namespace {

struct HandCache
{
    QTemporaryDir dir;
    QString db;
    const QString A = u"91320900MA1AAAAA0A"_s, B = u"91320900MA1BBBBB0B"_s, C = u"91320900MA1CCCCC0C"_s;
    HandCache()
    {
        const QString bundle = dir.filePath(u"bundle"_s);
        REQUIRE(QDir().mkpath(bundle));
        dj::test::writeCsv(bundle + u"/enterprises.csv"_s,
            { u"uscc"_s, u"name"_s, u"status"_s, u"region_code"_s },
            { { A, u"盐城甲制造有限公司"_s, u"存续"_s, u"320902"_s },
                { B, u"盐城乙商贸有限公司"_s, u"存续"_s, u"320902"_s },
                { C, u"盐城丙贸易有限公司"_s, u"存续"_s, u"320902"_s } });
        dj::test::writeCsv(bundle + u"/risks.csv"_s, { u"uscc"_s, u"kind"_s, u"date"_s, u"status"_s },
            { { A, u"失信被执行人"_s, u"2024-03-01"_s, u"有效"_s },
                { A, u"行政处罚"_s, u"2024-04-01"_s, u"有效"_s },
                { A, u"行政处罚"_s, u"2022-04-01"_s, u"已移出"_s } });
        // A sells 3:1 to B and C every month of 2024
        QList<QStringList> inv;
        for (int m = 1; m <= 12; ++m) {
            const QString month = u"2024-%1"_s.arg(m, 2, 10, QChar(u'0'));
            inv << QStringList { A, B, month, u"2"_s, u"300000"_s }
                << QStringList { A, C, month, u"1"_s, u"100000"_s };
        }
        dj::test::writeCsv(bundle + u"/invoices.csv"_s,
            { u"seller_uscc"_s, u"buyer_uscc"_s, u"month"_s, u"invoice_count"_s, u"amount"_s }, inv);
        db = dir.filePath(u"hand.djcache"_s);
        REQUIRE(runCli({ u"import"_s, u"--db"_s, db, bundle }).exitCode == 0);
    }
};

QJsonObject partOf(const QJsonObject& score, const QString& key)
{
    for (const auto& v : score[u"parts"_s].toArray())
        if (v.toObject()[u"key"_s].toString() == key)
            return v.toObject();
    FAIL("no part " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("risk score is the weighted mean of its parts with the weights of the built-in file")
{
    HandCache h;
    const auto r = runCli({ u"risk"_s, u"score"_s, u"--db"_s, h.db, h.A });
    REQUIRE(r.exitCode == 0);
    const QJsonObject j = r.json();
    // the weights straight from the committed file
    QFile wf(QStringLiteral(DJ_SOURCE_DIR) + u"/core/risk/data/score-weights.json"_s);
    REQUIRE(wf.open(QIODevice::ReadOnly));
    const QJsonObject weights = QJsonDocument::fromJson(wf.readAll()).object()[u"weights"_s].toObject();
    double sum = 0, wsum = 0;
    for (const auto& v : j[u"parts"_s].toArray()) {
        const QJsonObject p = v.toObject();
        CHECK(p[u"weight"_s].toDouble() == weights[p[u"key"_s].toString()].toDouble());
        CHECK_FALSE(p[u"explanation"_s].toString().isEmpty());
        if (p[u"available"_s].toBool()) {
            sum += p[u"weight"_s].toDouble() * p[u"value"_s].toDouble();
            wsum += p[u"weight"_s].toDouble();
        }
    }
    CHECK(j[u"parts"_s].toArray().size() == weights.size());
    CHECK(j[u"score"_s].toDouble() == Approx(sum / wsum).margin(0.01));
    // sales 3:1 → shares 0.75 / 0.25, HHI 0.625, top-1 0.75: 100·(1 − (0.625 + 0.75)/2) = 31.25
    CHECK(partOf(j, u"customer_concentration"_s)[u"value"_s].toDouble() == Approx(31.25).margin(0.01));
    // one serious (失信被执行人) and one other current record; the removed one does not count
    CHECK(partOf(j, u"risks"_s)[u"value"_s].toDouble() == Approx(100 - 20 - 5));
    // identical months: CV 0 → stability 100; no empty month
    CHECK(partOf(j, u"stability"_s)[u"value"_s].toDouble() == Approx(100));
    CHECK(partOf(j, u"continuity"_s)[u"value"_s].toDouble() == Approx(100));
    // 12 months only: growth is left out
    CHECK_FALSE(partOf(j, u"growth"_s)[u"available"_s].toBool());
    // no purchases: the supplier part is left out
    CHECK_FALSE(partOf(j, u"supplier_concentration"_s)[u"available"_s].toBool());
}

TEST_CASE("risk score uses a user's weights file and refuses a bad one")
{
    HandCache h;
    const QString file = h.dir.filePath(u"w.json"_s);
    auto write = [&](const QByteArray& text) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    // only the risks part counts
    write(R"({"weights":{"stability":0,"continuity":0,"customer_concentration":0,"supplier_concentration":0,
              "growth":0,"trend_breaks":0,"churn":0,"related_parties":0,"risks":1,"status":0}})");
    const auto r = runCli({ u"risk"_s, u"score"_s, u"--db"_s, h.db, h.A, u"--weights"_s, file });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"score"_s].toDouble() == Approx(75));
    CHECK(r.json()[u"grade"_s].toString() == u"B");
    const QList<std::pair<QByteArray, QString>> bad {
        { "not json", u"JSON"_s },
        { R"({"weights":{"stabilty":3}})", u"stabilty"_s },
        { R"({"weights":{"risks":-1}})", u"risks"_s },
        { R"({"weights":{"risks":"high"}})", u"risks"_s },
        { R"({"nothing":{}})", u"weights"_s },
    };
    for (const auto& [text, word] : bad) {
        INFO(text.toStdString());
        write(text);
        const auto b = runCli({ u"risk"_s, u"score"_s, u"--db"_s, h.db, h.A, u"--weights"_s, file });
        CHECK(b.exitCode == 1);
        CHECK(QString::fromUtf8(b.err).contains(word));
        CHECK(b.out.isEmpty());
    }
    CHECK(runCli({ u"risk"_s, u"score"_s, u"--db"_s, h.db, u"91320900MA1ZZZZZ0Z"_s }).exitCode == 1);
}

TEST_CASE("moving sales to the largest customer never raises the score")
{
    using dj::risk::CreditScore;
    using dj::risk::InvoiceAnalytics;
    QRandomGenerator rng(20240601);
    const auto weights = dj::risk::ScoreWeights::defaults();
    dj::risk::PartyInfo party;
    party.uscc = u"91320900MA1AAAAA0A"_s;
    party.status = u"存续"_s;
    party.inCache = true;
    for (int trial = 0; trial < 60; ++trial) {
        const int customers = 2 + int(rng.bounded(6));
        const int months = 12 + int(rng.bounded(25));
        std::vector<InvoiceAnalytics::InvoiceRow> sales, purchases;
        for (int m = 0; m < months; ++m) {
            const QString month = u"%1-%2"_s.arg(2021 + m / 12).arg(m % 12 + 1, 2, 10, QChar(u'0'));
            for (int c = 0; c < customers; ++c)
                sales.push_back({ u"C%1"_s.arg(c), month, 1, 1000.0 + rng.bounded(100000) });
            purchases.push_back({ u"S0"_s, month, 1, 50000.0 + rng.bounded(10000) });
        }
        auto score = [&](const std::vector<InvoiceAnalytics::InvoiceRow>& rows) {
            return CreditScore::compute(InvoiceAnalytics::compute(party, rows, purchases), 0, 1, weights);
        };
        CreditScore::Result before = score(sales);
        for (int step = 0; step < 8; ++step) {
            // the largest customer overall, then within each month move a part of another's amount to it
            std::map<QString, double> total;
            for (const auto& r : sales)
                total[r.other] += r.amount;
            const QString top
                = std::max_element(total.begin(), total.end(), [](const auto& a, const auto& b) {
                      return a.second < b.second;
                  })->first;
            std::map<QString, size_t> topRow;
            for (size_t i = 0; i < sales.size(); ++i)
                if (sales[i].other == top)
                    topRow[sales[i].month] = i;
            for (auto& r : sales) {
                if (r.other == top)
                    continue;
                const double moved = (r.amount - 1) * rng.generateDouble();
                r.amount -= moved;
                sales[topRow[r.month]].amount += moved;
            }
            const CreditScore::Result after = score(sales);
            INFO("trial " << trial << " step " << step);
            CHECK(after.score <= before.score + 1e-9);
            for (size_t p = 0; p < after.parts.size(); ++p)
                if (after.parts[p].key == u"customer_concentration")
                    CHECK(after.parts[p].value <= before.parts[p].value + 1e-9);
            before = after;
        }
    }
}
