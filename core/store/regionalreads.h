#pragma once

#include "core/common/progress.h"
#include "core/store/database.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace dj::store {

/// Aggregates by region for the regional economy views (core/regional): investment flows from
/// shareholdings and per-region enterprise figures.
///
/// Both are read from two small aggregate tables (regional_flows, regional_firms) that are built from the
/// bundle tables once per Cache::dataVersion, in one grouped pass each, and hold every row three times:
/// at county, prefecture and province level (the region codes already cut to that level: PP, PPCC,
/// PPCCDD as integers). A province-level read then groups a few thousand rows instead of joining 1.8M
/// shareholdings. Where the cache cannot be written (read-only file or an older schema opened read-only)
/// the same tables are built as TEMP tables of this connection.
///
/// Codes: 0 = region unknown. In reads restricted to a parent region, a code outside it reads as -1.
class RegionalReads
{
public:
    enum HolderKind { Enterprise = 0, Person = 1, Other = 2 };

    /// Flow rows grouped by (kind, src, dst, year).
    struct Flow
    {
        int kind = Enterprise;
        int src = 0; ///< investor's region (enterprise: registration; person: birthplace or native place)
        int dst = 0; ///< investee's registration region
        int year = 0; ///< investee's year of establishment, 0 when unknown
        qint64 count = 0;
        double capital = 0; ///< subscribed capital in yuan (holdings in CNY)
        qint64 foreignCount = 0; ///< holdings whose capital is in another currency (counted, not summed)
    };

    /// Enterprise figures grouped by (region, year); section is set only by firmsBySection().
    struct Firms
    {
        int region = 0;
        QString section;
        int year = 0;
        qint64 established = 0; ///< enterprises established in year (year 0: date unknown)
        qint64 live = 0; ///< of those, 存续 or 在业 today
        qint64 qualified = 0; ///< enterprises whose first qualification (any kind) is of year
        qint64 financialFirms = 0; ///< enterprises with a revenue figure for year
        double revenue = 0; ///< sum of revenue of year
        double tax = 0; ///< sum of tax of year
    };

    struct TopEnterprise
    {
        QString uscc, name, regionCode, section, scale;
        double revenue = 0, tax = 0;
    };

    /// Reads from db, which must outlive this object.
    explicit RegionalReads(Database& db);

    /// True when the aggregate tables match the cache's data version.
    bool current() const;
    /// Builds the aggregates unless current(), reporting steps 0..4 of 4 under the caller's stage text.
    /// A cancel interrupts even a running statement. Throws StoreError, dj::Cancelled (leaving nothing
    /// behind). Returns the milliseconds spent building (0 when they were current).
    double prepare(const Progress& progress = {}, const QString& stage = {});

    /// Flows at level (1 province, 2 prefecture, 3 county). within = 0: all regions of the level;
    /// otherwise a region code one level up (PP for prefectures, PPCC for counties), and rows having
    /// neither end inside it are left out, an end outside it reads -1. sections: industry section letters
    /// of the investee (empty: all). kinds: holder kinds wanted (empty: all).
    std::vector<Flow> flows(
        int level, int within, const QStringList& sections, const QList<int>& kinds) const;

    /// Flows at level with one end at region (a code of that level), both ends as they are.
    std::vector<Flow> flowsOf(int level, int region, const QList<int>& kinds) const;

    /// Enterprise figures per region and year at level, within as for flows().
    std::vector<Firms> firms(int level, int within, const QStringList& sections) const;
    /// Enterprise figures of one region (code at level) per section and year.
    std::vector<Firms> firmsBySection(int level, int region) const;

    /// Enterprises of a region (code prefix of 2, 4 or 6 digits) per scale (大型 … 微型, "" unknown).
    QList<QPair<QString, qint64>> scaleMix(const QString& prefix) const;
    /// Enterprises of a region holding a qualification, per qualification kind (distinct enterprises).
    QList<QPair<QString, qint64>> qualificationMix(const QString& prefix) const;
    /// The region's enterprises with the greatest revenue of year.
    QList<TopEnterprise> topEnterprises(const QString& prefix, int year, int limit) const;
    /// Greatest year of financials with a revenue (0 when none).
    int latestFinancialYear() const;

private:
    void build(const Progress& progress, const QString& stage);
    static std::vector<Flow> grouped(Statement& st);
    bool mainTablesUsable() const;
    Database& m_db;
};

} // namespace dj::store
