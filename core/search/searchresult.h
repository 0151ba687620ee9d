#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace dj::search {

/// Sort order of a result. Fields (cli.md row keys): "revenue", "tax", "registered_capital", "established",
/// "insured_count", "name", "uscc", "status", "region_code", "industry_code", "id". Enterprises without a
/// value sort last in both directions; ties break by id ascending, so paging is stable.
struct Sort
{
    QString field = QStringLiteral("revenue");
    bool descending = true;

    /// Parses the CLI form "FIELD" or "FIELD:desc" / "FIELD:asc"; nullopt for an unknown field or suffix.
    static std::optional<Sort> parse(const QString& text);
    static QStringList fields();
};

/// Facet counts over the whole result (not the page). Keys: section letter, province (2-digit region
/// prefix), city (4-digit prefix), licence kind (enterprises with ≥1 *current* licence of the kind),
/// qualification kind (enterprises with ≥1 row of the kind), status (as stored).
struct Facets
{
    QMap<QString, qint64> section;
    QMap<QString, qint64> province;
    QMap<QString, qint64> city;
    QMap<QString, qint64> licenses;
    QMap<QString, qint64> qualifications;
    QMap<QString, qint64> status;
};

/// One enterprise as the index holds it (enough for the result table; the profile reads the cache).
struct Row
{
    qint64 id = 0; ///< enterprises.id in the cache
    QString uscc;
    QString name;
    QString formerNames; ///< `|`-separated, as stored
    QString status;
    QString regionCode;
    QString industryCode;
    QString industrySection;
    QString legalRep;
    QString scale;
    QString established; ///< YYYY-MM-DD or empty
    std::optional<double> registeredCapital;
    std::optional<qint64> insuredCount;
    std::optional<double> revenue; ///< latest year with a revenue value
    std::optional<int> revenueYear;
    std::optional<double> tax; ///< latest year with a tax value
    std::optional<int> taxYear;
};

/// What SearchEngine::run answers.
struct Result
{
    qint64 total = 0; ///< size of the whole result
    QList<Row> rows; ///< the requested page in sort order
    std::optional<Facets> facets; ///< when asked for
    double ms = 0; ///< engine time for this call
};

} // namespace dj::search
