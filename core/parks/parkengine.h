#pragma once

#include "core/common/error.h"
#include "core/parks/parkstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace dj::parks {

/// A park report that cannot be made (unknown park id).
class ParkError : public dj::Error
{
public:
    using Error::Error;
};

/// The three building classes of domain.md, plus enterprises of the building that are gone.
enum class BuildingClass {
    Actual, ///< 实际注册: registered here, operating here
    Virtual, ///< 虚拟注册: registered here, operating elsewhere
    OfficeOnly, ///< 仅办公: operating here (or a tenant here), registered elsewhere
    Departed, ///< registered or operating here, but 注销, 吊销, 撤销 or 迁出: counted nowhere else
};

/// One enterprise at one building, with the facts that put it in its class.
struct Member
{
    QString uscc, name, status, regionCode, section, scale, address, opAddress, established;
    BuildingClass cls = BuildingClass::Actual;
    quint32 evidence = 0;
    QStringList reasons; ///< why it is in its class, one fact per line (translated)
    QStringList virtualSignals; ///< virtual-registration signals found (translated), also for actual firms
    std::optional<double> revenue, tax, prevRevenue, prevTax;
    std::optional<qint64> employees, prevEmployees;
    bool qualified = false, prevQualified = false;
    bool inDistrict = false; ///< registered in the building's county (region_code equal)
};

struct TenantMatch
{
    TenantRow row;
    QString matchedUscc; ///< empty: unmatched
    QString matchedBy; ///< "uscc", "name", "former_name" or ""
    bool current = false; ///< since ≤ as-of date ≤ until (open ends count)
};

/// Figures of a building or a park. "prev" = the year before the report year (tenancies one year before
/// the as-of date; class counts of the firms established by the end of that year).
struct Figures
{
    int actual = 0, virtualReg = 0, officeOnly = 0, departed = 0;
    int prevActual = 0, prevVirtual = 0, prevOfficeOnly = 0;
    int registeredHere() const { return actual + virtualReg; }
    int prevRegisteredHere() const { return prevActual + prevVirtual; }
    double revenue = 0, tax = 0, prevRevenue = 0, prevTax = 0; ///< of the firms registered here, yuan
    double occupantRevenue = 0, occupantTax = 0; ///< of the firms operating here (actual + office-only)
    std::optional<double> grossArea, leasedArea, prevLeasedArea;
    std::optional<double> taxPerM2, prevTaxPerM2, revenuePerM2, prevRevenuePerM2; ///< yuan per m² per year
    QString taxBand, prevTaxBand; ///< 千万元楼, 亿元楼, 十亿元楼 or ""
    std::optional<double> occupancy, prevOccupancy; ///< leased area / gross area
    int occupants = 0, occupantsInDistrict = 0, prevOccupants = 0, prevOccupantsInDistrict = 0;
    std::optional<double> registrationRate, prevRegistrationRate;
    QMap<QString, int> industryMix, scaleMix; ///< over actual + virtual + office-only ("" = unknown)
    int qualified = 0, prevQualified = 0;
    int tenants = 0, unmatchedTenants = 0, currentTenants = 0;
};

struct BuildingReport
{
    BuildingInfo building;
    Figures figures;
    std::vector<Member> members; ///< sorted by class, then name
    std::vector<TenantMatch> tenants;
    QStringList notes; ///< what could not be used (no footprint, no area), translated
};

struct ParkReport
{
    ParkInfo park;
    int year = 0; ///< the report year (latest financial year of the cache)
    QDate asOf;
    std::vector<BuildingReport> buildings;
    Figures total; ///< sums of the buildings; revenue and tax count each registered firm once
    QStringList notes;
};

/// Classes and figures of a park's buildings (issue 12, cli.md `park report`), from ParkStore's evidence.
///
/// A firm is registered here when its registered address has the building's key (or, when that address
/// names no building, its registered position lies in the footprint). It operates here when its operating
/// address has the key, its operating position lies in the footprint, or it is a current tenant. With no
/// operating address or position on record, a firm registered here operates here unless at least two
/// virtual-registration signals hold (address words 集群/托管/商务秘书/集中登记/工位/孵化器, ≥ 5 firms in one
/// room, 参保人数 0, 经营异常 "无法联系", annual-report address elsewhere).
class ParkEngine
{
    Q_DECLARE_TR_FUNCTIONS(ParkEngine)
public:
    static constexpr int kCrowdedRoom = 5; ///< firms registered in one room that count as a signal
    static constexpr int kSignalsForVirtual = 2; ///< signals that make a firm without operating data virtual
    static constexpr double kHealthyOccupancy = 0.85;

    /// Throws ParkError when the park does not exist. Prepares the store's evidence when needed.
    static ParkReport report(ParkStore& store, const QString& parkId, QDate asOf = QDate::currentDate(),
        const Progress& progress = {});
    /// 千万元楼 (≥ 10 million yuan), 亿元楼 (≥ 100 million), 十亿元楼 (≥ 1 billion), else "".
    static QString taxBand(double tax);
    static QString className(BuildingClass c);
    /// Machine key of a class: actual, virtual, office_only, departed (CLI JSON and policy rules only).
    static QString classKey(BuildingClass c);
    /// The short word users read: 实际注册, 虚拟注册, 仅办公, 已迁出/注销.
    static QString classWord(BuildingClass c);
    /// classWord of a machine key (the key itself when unknown).
    static QString classWordForKey(const QString& key);
    /// The registration rate's definition, shown next to the number.
    static QString registrationRateDefinition();
    /// Address words that signal a registration-only address.
    static const QStringList& virtualWords();

    static QJsonObject toJson(const Figures& f);
    static QJsonObject toJson(const Member& m);
    /// cli.md `park report` (+ figures; members and tenants when withMembers).
    static QJsonObject toJson(const ParkReport& r, bool withMembers);
};

} // namespace dj::parks
