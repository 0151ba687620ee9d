#pragma once

#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/regional/indexformula.h"
#include "core/regional/regionlevel.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>
#include <stdexcept>

namespace dj::store {
class Database;
class RegionalReads;
} // namespace dj::store

namespace dj::regional {

/// Bad input to the regional engine (unknown region, wrong level …), in the user's words.
class RegionalError : public dj::Error
{
public:
    enum class Kind { BadInput, NotFound };
    RegionalError(Kind kind, const QString& message)
        : dj::Error(message)
        , m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

enum class HolderKind { Enterprise = 0, Person = 1, Other = 2 };

/// What part of the country and which holdings a view covers.
struct Scope
{
    Level level = Level::Province;
    QString within; ///< "" (whole country) or a region code above level (e.g. "32" for its cities)
    QStringList sections; ///< industry section letters of the investee / enterprise; empty: all
};

struct FlowQuery
{
    Scope scope;
    QList<HolderKind> kinds; ///< empty: all three
    int yearFrom
        = 0; ///< investee established in [yearFrom, yearTo]; 0: open. A bound leaves out unknown dates.
    int yearTo = 0;
};

/// One cell of flows: from → to, by count and subscribed capital. Keys are region keys of the level
/// (RegionLevel::key), kOutside or kUnknown; for persons `from` is the origin region, for other holders
/// kOtherHolders.
struct FlowCell
{
    QString from, to;
    qint64 count = 0;
    double capital = 0;
    qint64 foreignCount = 0;
};

struct FlowMatrix
{
    Scope scope;
    QStringList regions; ///< the regions of the scope that have enterprises or holdings, in code order
    QList<FlowCell> enterprise; ///< enterprise holders by registration region
    QList<FlowCell> person; ///< natural persons by origin (birthplace, else native place)
    QList<FlowCell> other; ///< other holders (state bodies, foreign holders, funds without USCC)
    QMap<int, FlowCell> enterpriseByYear; ///< cross-region enterprise flows per investee year (from/to empty)
    double ms = 0;
};

struct IndexQuery
{
    Scope scope;
    int year = 0; ///< reference year Y; 0: the latest year with financial figures
    QString partner; ///< synergy partner (a region of the scope); empty: each region's strongest partner
    int growthYears = 2;
};

/// One region's raw terms and index values for one reference year.
struct RegionIndex
{
    QString region;
    QHash<QString, double> terms; ///< C_out, N_out, C_in, N_in, g_N, g_R, g_T, g_Q, and N, R, T, Q of Y
    QHash<QString, double> values; ///< outward, inward, potential, synergy, firms, revenue, tax, qualified
    QString partner; ///< the synergy partner
};

struct IndexTable
{
    Scope scope;
    int year = 0;
    int growthYears = 2;
    QList<IndexFormula> formulas;
    QString synergyText;
    QList<RegionIndex> regions;
    double ms = 0;
};

struct RankingRow
{
    QString region;
    int rank = 0;
    double value = 0;
    int previousRank = 0; ///< 0 when the region was not ranked the previous year
    double previousValue = 0;
};

struct Ranking
{
    Scope scope;
    QString index;
    int year = 0;
    QList<RankingRow> rows;
};

struct RegionProfile
{
    QString region;
    Level level = Level::Province;
    int year = 0;
    qint64 firms = 0, live = 0, qualified = 0;
    double revenue = 0, tax = 0;
    struct Section
    {
        QString section;
        qint64 firms = 0, live = 0;
        double revenue = 0;
    };
    QList<Section> sections; ///< by number of firms, descending
    QList<QPair<QString, qint64>> scales;
    QList<QPair<QString, qint64>> qualifications;
    struct Top
    {
        QString uscc, name, section, scale;
        double revenue = 0, tax = 0;
    };
    QList<Top> top;
    struct Year
    {
        int year = 0;
        qint64 established = 0, firms = 0, qualified = 0;
        double revenue = 0, tax = 0;
    };
    QList<Year> growth; ///< per year: new and cumulative enterprises, cumulative qualified, revenue, tax
    RegionIndex index; ///< among the regions of the same parent
    QList<FlowCell> topOut, topIn; ///< largest enterprise flows to / from other regions of the level
};

struct Comparison
{
    QList<RegionProfile> regions;
    QList<FlowCell> between; ///< enterprise flows among the compared regions
    QList<IndexFormula> formulas;
    double ms = 0;
};

/// The regional economy engine (城市经济视界): investment flows between regions from shareholdings, indices
/// and rankings per region, region profiles and comparisons. Reads aggregates through
/// store::RegionalReads. One instance per thread.
class RegionalEngine
{
    Q_DECLARE_TR_FUNCTIONS(RegionalEngine)
public:
    /// Opens the cache and brings the regional aggregates up to date (seconds on a large cache the first
    /// time after a data change). Throws store::StoreError, dj::Cancelled.
    explicit RegionalEngine(const QString& cachePath, const Progress& progress = {});
    ~RegionalEngine();

    /// Milliseconds the aggregates took to build on opening (0 when they were current).
    double buildMs() const { return m_buildMs; }
    /// The latest year with financial figures (the default reference year).
    int latestYear() const { return m_latestYear; }

    /// Checks a scope without touching the cache; throws RegionalError. Returns it normalised (sections
    /// upper-case, sorted).
    static Scope checked(const Scope& scope);
    /// Checks a region code (2/4/6 digits, known); throws RegionalError. Returns its level.
    static Level checkedRegion(const QString& code);

    FlowMatrix flows(const FlowQuery& query) const;
    IndexTable indices(const IndexQuery& query) const;
    /// Ranking by index (outward, inward, synergy, potential, firms, revenue, tax, qualified) with the
    /// values and ranks of the year before.
    Ranking ranking(const IndexQuery& query, const QString& index) const;
    /// A region (2/4/6-digit code). Throws RegionalError when unknown.
    RegionProfile profile(const QString& region, int year = 0) const;
    /// Two to five regions of one level side by side.
    Comparison compare(const QStringList& regions, int year = 0) const;

    static QStringList indexIds();
    static QString indexTitle(const QString& id);

private:
    static QStringList scopeRegions(const Scope& scope, const QSet<int>& present);
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::RegionalReads> m_reads;
    double m_buildMs = 0;
    int m_latestYear = 0;
};

} // namespace dj::regional
