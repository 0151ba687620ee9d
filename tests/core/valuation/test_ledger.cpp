// The accounting ledger (财会〔2023〕11号) against hand-computed tables; kept apart from the valuation.
#include "core/valuation/ledger.h"
#include "core/valuation/resultjson.h"
#include "core/valuation/worksheet.h"
#include "tests/core/valuation/valuationtestdocs.h"
#include "tests/support/testutil.h"

#include <catch2/catch.hpp>

using namespace dj::valuation;

namespace {
QJsonObject ledgerDoc()
{
    return dj::test::parseJson(R"({ "ledger": {
        "period": { "start": "2024-01-01", "end": "2024-12-31" },
        "resources": [
            { "name": "A", "classification": "intangible", "reason": "内部使用", "source": "developed",
              "criteria": { "technical_feasibility": true, "intention": true, "benefits": true, "resources": true,
                            "measurable": true, "met_on": "2023-04-01" },
              "costs": [ { "date": "2023-01-10", "phase": "research", "amount": 100 },
                         { "date": "2023-03-01", "phase": "development", "amount": 50 },
                         { "date": "2023-05-01", "phase": "development", "amount": 600 } ],
              "in_service": "2023-07-01", "useful_life_months": 60,
              "impairments": [ { "date": "2024-06-30", "amount": 100 } ] },
            { "name": "B", "classification": "intangible", "reason": "内部使用", "source": "purchased",
              "costs": [ { "date": "2024-03-15", "phase": "acquisition", "amount": 240 } ],
              "in_service": "2024-03-15", "useful_life_months": 24 },
            { "name": "C", "classification": "inventory", "reason": "持有待售", "source": "developed",
              "costs": [ { "date": "2023-12-01", "phase": "processing", "amount": 300 },
                         { "date": "2024-02-01", "phase": "processing", "amount": 200 } ],
              "cost_of_sales": [ { "date": "2024-05-01", "amount": 150 } ],
              "impairments": [ { "date": "2024-12-31", "amount": 30 } ] },
            { "name": "D", "classification": "intangible", "reason": "研发中", "source": "developed",
              "costs": [ { "date": "2024-02-01", "phase": "research", "amount": 40 },
                         { "date": "2024-08-01", "phase": "development", "amount": 70 } ] }
        ] } })");
}
} // namespace

TEST_CASE(
    "Capitalisation: research expensed, development only after all criteria are met", "[valuation][ledger]")
{
    const LedgerResult r = LedgerEngine::evaluate(Ledger::fromJson(ledgerDoc()));
    const ResourceResult& a = r.resources[0];
    CHECK(a.criteriaMet);
    CHECK_FALSE(a.treatments[0].capitalised);
    CHECK_FALSE(a.treatments[1].capitalised); // before met_on: never re-capitalised
    CHECK(a.treatments[2].capitalised);
    CHECK(a.capitalised == Approx(600));
    CHECK(a.expensedResearch == Approx(100));
    CHECK(a.expensedDevelopment == Approx(50));
    // D: criteria not ticked, so its development is expensed too (both in 2024).
    CHECK(r.resources[3].capitalised == Approx(0));
    CHECK(r.expensedInPeriod == Approx(110));
}

TEST_CASE("Amortisation and impairment by hand, the intangible disclosure table rolls forward",
    "[valuation][ledger]")
{
    const LedgerResult r = LedgerEngine::evaluate(Ledger::fromJson(ledgerDoc()));
    // A: 600 over 60 months from July 2023 = 10 a month. By June 2024: 12 months = 120, carrying 480;
    // impairment 100 leaves 380 over the 48 months left = 7.9166…; Jul–Dec 2024: 47.5. 2024 amortisation: 60
    // + 47.5 = 107.5.
    const DisclosureColumn& dev = r.intangible.columns[1];
    CHECK(dev.costOpening == Approx(600));
    CHECK(dev.costAdditions == Approx(0));
    CHECK(dev.amortOpening == Approx(60));
    CHECK(dev.amortAdditions == Approx(107.5));
    CHECK(dev.impAdditions == Approx(100));
    CHECK(dev.carryingOpening == Approx(540));
    CHECK(dev.carryingClosing == Approx(332.5));
    // B: 240 over 24 months = 10 a month, March–December 2024.
    const DisclosureColumn& bought = r.intangible.columns[0];
    CHECK(bought.costAdditions == Approx(240));
    CHECK(bought.amortAdditions == Approx(100));
    CHECK(bought.carryingClosing == Approx(140));
    const DisclosureColumn& total = r.intangible.columns[3];
    CHECK(total.costClosing == Approx(840));
    CHECK(total.amortClosing == Approx(267.5));
    CHECK(total.carryingClosing == Approx(472.5));
    // Roll-forward: opening + additions − amortisation − impairment = closing
    CHECK(total.carryingOpening + total.costAdditions - total.amortAdditions - total.impAdditions
        == Approx(total.carryingClosing));
    CHECK(r.intangible.balanced);
    // Yearly schedule of A
    const auto& s = r.resources[0].schedule;
    REQUIRE(s.size() >= 2);
    CHECK(s[0].year == 2023);
    CHECK(s[0].amortisation == Approx(60));
    CHECK(s[1].amortisation == Approx(107.5));
    CHECK(s[1].closing == Approx(332.5));
    double sum = 0;
    for (const ScheduleRow& row : s)
        sum += row.amortisation + row.impairment;
    CHECK(sum == Approx(600)); // the whole cost is used up by the end of its life
}

TEST_CASE("Inventory data resources: cost, cost of sales and write-downs", "[valuation][ledger]")
{
    const LedgerResult r = LedgerEngine::evaluate(Ledger::fromJson(ledgerDoc()));
    const DisclosureColumn& c = r.inventory.columns[1];
    CHECK(c.costOpening == Approx(300));
    CHECK(c.costAdditions == Approx(200));
    CHECK(c.costDecreases == Approx(150));
    CHECK(c.costClosing == Approx(350));
    CHECK(c.impAdditions == Approx(30));
    CHECK(c.carryingClosing == Approx(320));
    CHECK(r.inventory.balanced);
}

TEST_CASE("A straight-line pattern and a given pattern", "[valuation][ledger]")
{
    // The shipped map sample amortises 120 over 3 years as 50 %, 30 %, 20 %.
    const QJsonObject doc
        = Worksheet::load(QStringLiteral(DJ_SOURCE_DIR "/resources/valuation/map-data-product.json"));
    const LedgerResult r = LedgerEngine::evaluate(Ledger::fromJson(doc));
    const DisclosureColumn& bought = r.intangible.columns[0];
    CHECK(bought.amortOpening == Approx(60));
    CHECK(bought.amortAdditions == Approx(36));
    CHECK(bought.carryingClosing == Approx(24));
}

TEST_CASE("Ledger inputs that the books cannot hold are refused", "[valuation][ledger]")
{
    QJsonObject doc = ledgerDoc();
    QJsonObject l = doc.value(QStringLiteral("ledger")).toObject();
    QJsonArray res = l.value(QStringLiteral("resources")).toArray();
    QJsonObject a = res[0].toObject();
    a.insert(QStringLiteral("impairments"),
        QJsonArray { QJsonObject {
            { QStringLiteral("date"), QStringLiteral("2024-06-30") }, { QStringLiteral("amount"), 5000 } } });
    res[0] = a;
    l.insert(QStringLiteral("resources"), res);
    doc.insert(QStringLiteral("ledger"), l);
    try {
        LedgerEngine::evaluate(Ledger::fromJson(doc));
        FAIL("accepted");
    } catch (const ValidationError& e) {
        CHECK(e.issues().first().path == QStringLiteral("ledger.resources[0].impairments"));
        CHECK(e.issues().first().reason.contains(QStringLiteral("exceeds the carrying amount")));
    }
    // A research phase on a purchased resource, and a missing reason
    QJsonObject b = res[1].toObject();
    b.insert(QStringLiteral("reason"), QString());
    b.insert(QStringLiteral("costs"),
        QJsonArray { QJsonObject { { QStringLiteral("date"), QStringLiteral("2024-03-15") },
            { QStringLiteral("phase"), QStringLiteral("research") }, { QStringLiteral("amount"), 1 } } });
    res = ledgerDoc().value(QStringLiteral("ledger")).toObject().value(QStringLiteral("resources")).toArray();
    res[1] = b;
    l.insert(QStringLiteral("resources"), res);
    doc.insert(QStringLiteral("ledger"), l);
    try {
        Ledger::fromJson(doc);
        FAIL("accepted");
    } catch (const ValidationError& e) {
        QStringList paths;
        for (const Issue& i : e.issues())
            paths << i.path;
        CHECK(paths.contains(QStringLiteral("ledger.resources[1].reason")));
        CHECK(paths.contains(QStringLiteral("ledger.resources[1].costs[0].phase")));
    }
}

TEST_CASE("The accounting tables never change when the valuation does", "[valuation][ledger]")
{
    for (const char* sample : { "bank-customer-data.json", "map-data-product.json" }) {
        const QJsonObject doc
            = Worksheet::load(QStringLiteral(DJ_SOURCE_DIR "/resources/valuation/") + QLatin1String(sample));
        const QJsonObject before = ResultJson::evaluate(doc, { false });
        // Change every valuation input that moves the value: approaches, quality, conclusion.
        QJsonObject changed = doc;
        if (changed.contains(QStringLiteral("income"))) {
            QJsonObject in = changed.value(QStringLiteral("income")).toObject();
            in.insert(QStringLiteral("share_k"), 0.2);
            in.insert(QStringLiteral("growth"), 0.05);
            changed.insert(QStringLiteral("income"), in);
        }
        if (changed.contains(QStringLiteral("cost"))) {
            QJsonObject c = changed.value(QStringLiteral("cost")).toObject();
            c.insert(QStringLiteral("remaining_years"), 1);
            changed.insert(QStringLiteral("cost"), c);
        }
        if (changed.contains(QStringLiteral("market"))) {
            QJsonObject m = changed.value(QStringLiteral("market")).toObject();
            QJsonArray comps = m.value(QStringLiteral("comparables")).toArray();
            QJsonObject c0 = comps[0].toObject();
            c0.insert(QStringLiteral("price"), 99999);
            comps[0] = c0;
            m.insert(QStringLiteral("comparables"), comps);
            changed.insert(QStringLiteral("market"), m);
        }
        const QJsonObject after = ResultJson::evaluate(changed, { false });
        CHECK(after[QLatin1String("conclusion")][QLatin1String("value")].toDouble()
            != Approx(before[QLatin1String("conclusion")][QLatin1String("value")].toDouble()));
        CHECK(after.value(QStringLiteral("ledger")) == before.value(QStringLiteral("ledger")));
        CHECK(before[QLatin1String("ledger")][QLatin1String("disclosure")][QLatin1String("intangible")]
                    [QLatin1String("balanced")]
                        .toBool());
    }
}
