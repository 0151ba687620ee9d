#pragma once

#include "core/common/progress.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace dj::parks {

/// How an enterprise was found at a building (bits of park_presence.evidence).
enum Evidence : quint32 {
    RegKey = 1u << 0, ///< the registered address (住所) normalises to the building's key
    RegPos = 1u << 1, ///< the registered position (lon, lat) lies inside the footprint
    OpKey = 1u << 2, ///< the operating address (经营场所) normalises to the building's key
    OpPos = 1u << 3, ///< the operating position (op_lon, op_lat) lies inside the footprint
    AnnualKey = 1u << 4, ///< the annual-report address (年报通信地址) normalises to the building's key
    TenantUscc = 1u << 5, ///< a row of the park's tenant list has the enterprise's USCC
    TenantName = 1u << 6, ///< a tenant row without a known USCC has the enterprise's exact name
    TenantFormer = 1u << 7, ///< … or one of its former names
    // Facts of the enterprise itself, kept with the row so a report needs no address parsing:
    RegKeyNone = 1u << 8, ///< the registered address names no building (no road/number): position decides
    OpGiven = 1u << 9, ///< an operating address is on record
    OpPosGiven = 1u << 10, ///< an operating position is on record
    AnnualElsewhere = 1u << 11, ///< the annual-report address names another building
};

/// A point list in WGS-84 (lon = x, lat = y); the outer ring of a GeoJSON Polygon.
using Ring = QList<QPointF>;

/// Outer ring of a GeoJSON Polygon (or the first polygon of a MultiPolygon); empty when unreadable.
Ring parseRing(const QString& geoJson);
/// Ray-casting point-in-polygon (boundary points may fall either way).
bool contains(const Ring& ring, double lon, double lat);

struct ParkInfo
{
    QString id, name, kind, regionCode;
    Ring boundary;
    int buildingCount = 0;
};

struct BuildingInfo
{
    QString id, parkId, name, address, regionCode;
    std::optional<double> lon, lat, grossArea;
    int floors = 0;
    Ring footprint; ///< empty: no (readable) footprint, so only addresses and tenants match
};

struct TenantRow
{
    QString buildingId, uscc, name, floor, room, since, until;
    std::optional<double> area;
};

struct PresenceRow
{
    QString buildingId, uscc;
    quint32 evidence = 0;
    QString regRoom;
};

/// What a report needs of one enterprise.
struct EnterpriseFacts
{
    QString uscc, name, formerNames, status, regionCode, section, scale, address, opAddress, annualAddress,
        established;
    std::optional<qint64> insured;
    bool abnormalUnreachable = false; ///< a current 经营异常 row whose detail says 无法联系
    struct Qualification
    {
        QString kind, validTo;
        int year = 0;
    };
    QList<Qualification> qualifications;
};

struct FinancialYear
{
    std::optional<double> revenue, tax;
    std::optional<qint64> employees;
};

struct HoldingRow
{
    QString holderUscc, investeeUscc, investeeName, investeeRegion, investeeSection, investeeEstablished;
    std::optional<double> sharePct, capital;
    bool foreignCurrency = false; ///< capital in another currency: counted, not summed
};

struct YearFigures
{
    std::optional<double> revenue, tax, rdExpense, totalAssets;
    std::optional<qint64> employees;
};

struct WatchEntry
{
    QString uscc, name, note, added;
};

/// Reads of parks, buildings, tenants and the park_presence evidence (schema step 8), and the build of
/// that evidence: every enterprise's registered, operating and annual-report address normalised by
/// core/geo and its positions tested against the footprints, plus the tenant lists by USCC, else by
/// exact or former name. One connection, one thread (like Database).
class ParkStore
{
    Q_DECLARE_TR_FUNCTIONS(ParkStore)
public:
    /// db must outlive this object.
    explicit ParkStore(store::Database& db);

    QList<ParkInfo> parks() const;
    std::optional<ParkInfo> park(const QString& parkId) const;
    QList<BuildingInfo> buildings(const QString& parkId) const;
    QList<TenantRow> tenants(const QStringList& buildingIds) const;

    /// True when park_presence matches the cache's data version (or was built by this connection).
    bool current() const;
    /// Builds park_presence unless current(); in the cache when it is writable, else as a TEMP table.
    /// Throws StoreError, dj::Cancelled (leaving nothing behind). Returns milliseconds spent (0: current).
    double prepare(const Progress& progress = {}, const QString& stage = {});

    QList<PresenceRow> presence(const QStringList& buildingIds) const;
    /// Facts of the enterprises (those not in the cache are missing from the answer).
    QHash<QString, EnterpriseFacts> facts(const QStringList& usccs) const;
    /// Figures of one year per enterprise (missing when there is no row).
    QHash<QString, FinancialYear> financials(const QStringList& usccs, int year) const;
    /// Shareholdings held by the given enterprises (holder_kind enterprise), with the investees' facts.
    QList<HoldingRow> holdingsBy(const QStringList& holderUsccs) const;
    /// IP rows per enterprise and kind (ip.csv kinds).
    QHash<QString, QHash<QString, int>> ipCounts(const QStringList& usccs) const;
    /// Sum of the CNY financing amounts per enterprise.
    QHash<QString, double> financingTotals(const QStringList& usccs) const;
    /// financials rows of years [from, to] per enterprise.
    QHash<QString, QMap<int, YearFigures>> years(const QStringList& usccs, int from, int to) const;

    /// The park's internal roads (park_roads: the park's own, and untied ones crossing its boundary), then
    /// roads the user drew on the park map (map_overlays of kind road) crossing it. LineStrings only.
    QList<Ring> roads(const QString& parkId, const Ring& boundary) const;

    /// The watch list (外迁 risk): entries with the enterprise's name, newest first.
    QList<WatchEntry> watchList() const;
    /// Adds or updates an entry; throws StoreError (read-only cache). False when the USCC is unknown.
    bool watch(const QString& uscc, const QString& note);
    /// Removes an entry; false when it was not on the list.
    bool unwatch(const QString& uscc);

    /// The greatest year in financials with a tax or revenue figure (0 when none); remembered by prepare().
    int reportYear() const;

private:
    void build(const Progress& progress, const QString& stage);
    bool mainTableUsable() const;
    store::Database& m_db;
};

} // namespace dj::parks
