// Quality indicators measured on a demo cache, checked against plain SQL counts.
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/valuation/qualitymeasure.h"
#include "core/valuation/validationerror.h"
#include "tests/support/testutil.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj::valuation;

TEST_CASE("Measuring the enterprises table of a demo cache", "[valuation][quality]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("q.djcache"));
    const auto made = dj::test::runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db,
        QStringLiteral("--enterprises"), QStringLiteral("3000") });
    REQUIRE(made.exitCode == 0);
    const dj::store::Database d = dj::store::Cache::open(db, dj::store::Cache::Access::ReadOnly);
    const TableMeasure m = QualityMeasure::measure(d, QStringLiteral("enterprises"), QDate(2024, 12, 31));
    CHECK(m.rows == d.scalarInt("SELECT count(*) FROM enterprises"));
    CHECK(m.keyColumn == QStringLiteral("uscc"));
    CHECK(m.duplicates == d.scalarInt("SELECT count(*) - count(DISTINCT uscc) FROM enterprises"));
    // The demo flags its deliberately invalid codes.
    CHECK(m.usccChecked == m.rows);
    CHECK(m.usccValid == d.scalarInt("SELECT count(*) FROM enterprises WHERE uscc_invalid = 0"));
    CHECK(m.usccValid < m.rows);
    for (const ColumnMeasure& c : m.columns) {
        if (c.column == u"legal_rep")
            CHECK(c.missing
                == d.scalarInt(
                    "SELECT count(*) FROM enterprises WHERE legal_rep IS NULL OR trim(legal_rep) = ''"));
        if (c.column == u"established") {
            CHECK(c.rule == QStringLiteral("date"));
            CHECK(c.checked
                == d.scalarInt(
                    "SELECT count(*) FROM enterprises WHERE trim(coalesce(established, '')) <> ''"));
        }
    }
    const QDate newest = QDate::fromString(
        d.scalarText("SELECT max(established) FROM enterprises WHERE established <= '2024-12-31'"),
        Qt::ISODate);
    CHECK(m.newest == newest);
    const QList<double> s = m.scores();
    CHECK(s.size() == 6);
    CHECK(s[2] == Approx(100.0 * double(m.usccValid) / double(m.rows)));
    CHECK(s[5] < 0); // accessibility is not measurable on a table

    CHECK_THROWS_AS(
        QualityMeasure::measure(d, QStringLiteral("enterprises; DROP TABLE x"), QDate(2024, 12, 31)),
        ValidationError);
    CHECK(QualityMeasure::tables(d).contains(QStringLiteral("financials")));
}
