#pragma once

#include "core/common/progress.h"
#include "core/store/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>
#include <span>
#include <vector>

namespace dj::hometown {

/// Roles a person can hold in an enterprise (roles.csv titles plus registered shareholding).
enum RoleBit : quint16 {
    LegalRep = 1 << 0, ///< 法定代表人
    Chair = 1 << 1, ///< 董事长
    ViceChair = 1 << 2, ///< 副董事长
    ExecDirector = 1 << 3, ///< 执行董事
    Director = 1 << 4, ///< 董事
    SupervisorChair = 1 << 5, ///< 监事会主席
    Supervisor = 1 << 6, ///< 监事
    GeneralManager = 1 << 7, ///< 总经理
    Manager = 1 << 8, ///< 经理
    Cfo = 1 << 9, ///< 财务负责人
    ExecPartner = 1 << 10, ///< 执行事务合伙人
    OtherRole = 1 << 11, ///< 其他
    Shareholder = 1 << 12, ///< 股东 (shareholdings.csv, holder_kind person)
    BeneficialOwner = 1 << 13, ///< 受益所有人 (core/graph BeneficialOwners: ≥ 25 % ultimately, control, or
                               ///< the senior-manager fallback), also through intermediate companies
    ActualController
    = 1 << 14, ///< 实际控制人 (core/graph ControlAnalysis), also through intermediate companies
};
/// 受益所有人/实际控制人 as one role group ("ubo" in --roles).
constexpr quint16 kOwnershipRoles = BeneficialOwner | ActualController;
/// 董监高: directors, supervisors and senior managers (incl. 执行事务合伙人).
constexpr quint16 kOfficers = Chair | ViceChair | ExecDirector | Director | SupervisorChair | Supervisor
    | GeneralManager | Manager | Cfo | ExecPartner;
/// The registered roles and shareholdings (roles.csv, shareholdings.csv): what a query reads by default.
constexpr quint16 kRegisteredRoles = 0x1FFF;
constexpr quint16 kAllRoles = kRegisteredRoles | kOwnershipRoles;

/// The bit of one roles.csv title or of a group name (法定代表人, 股东, 董监高, 受益所有人, 实际控制人,
/// 受益所有人/实际控制人; legal_rep, shareholder, officer, beneficial_owner, controller, ubo); 0 when
/// unknown.
quint16 roleBits(QStringView name);
/// Titles of the bits, in the order of the enum (股东 last).
QStringList roleNames(quint16 bits);

/// Qualification and risk kinds the score reads.
enum QualBit : quint8 { HighTech = 1, Specialized = 2, LittleGiant = 4 };
enum RiskBit : quint8 { Dishonest = 1, Executed = 2, ConsumptionBan = 4 };
QStringList qualificationNames(quint8 bits);
QStringList riskNames(quint8 bits);

/// An immutable, compact snapshot of persons, their links to enterprises and those enterprises' figures,
/// loaded from a cache (all of it, or the part an origin or a target needs). Safe to share between threads.
class HometownData
{
    Q_DECLARE_TR_FUNCTIONS(HometownData)
public:
    struct Person
    {
        quint32 id = 0, name = 0, masked = 0; // string pool offsets
        qint32 birthRaw = 0; // birthplace code as stored (6 digits), 0 when none
        qint32 birthResolved = 0; // today's code it rests on (6 digits, padded), 0 when none
        quint8 birthDigits = 0; // granularity of birthResolved: 6 county, 4 prefecture, 2 province, 0 none
        quint8 birthLevel = 0; // dj::codes::MatchLevel
        bool birthRetired = false;
        qint32 native = 0; // 籍贯 padded to 6 digits, 0 when none
        quint8 nativeDigits = 0; // 2, 4 or 6
        qint16 birthYear = 0;
        quint32 linkBegin = 0, linkEnd = 0; // into links()
    };
    struct Link
    {
        quint32 enterprise = 0;
        quint16 roles = 0; // RoleBit set
        double share = -1; // share_pct 0–100, -1 when no shareholding (or unknown share)
        double ultimate = -1; // ultimate economic share 0–100 through every path (BeneficialOwner or
                              // ActualController links), -1 when not computed
    };
    struct Enterprise
    {
        quint32 uscc = 0, name = 0, status = 0, industry = 0; // string pool offsets
        qint32 region = 0; // six digits
        char section = 0; // GB/T 4754 section letter, 0 when unknown
        double capital = 0, revenue = 0, tax = 0; // 0 when unknown
        bool hasRevenue = false, hasTax = false;
        quint8 quals = 0; // QualBit
        quint8 risks = 0; // RiskBit
    };

    /// Every person, link and enterprise of the cache (one pass over each table). Throws
    /// StoreError/Cancelled. Links include 受益所有人/实际控制人 from the ownership graph (core/graph), also
    /// for enterprises a person holds only through other companies.
    static std::shared_ptr<const HometownData> loadAll(
        const store::Database& db, const Progress& progress = {});
    /// Persons whose birthplace (resolved through the historical codes) or 籍贯 lies under one of the origin
    /// prefixes, with their links and enterprises.
    /// With targets, only the links to enterprises under one of them (what a ranking into those targets
    /// needs).
    /// With ownership, 受益所有人/实际控制人 links are read too (the ownership graph around these persons;
    /// costs about a second on the 1,000,000-enterprise demo), else registered roles and shares only.
    static std::shared_ptr<const HometownData> loadForOrigins(const store::Database& db,
        const QStringList& origins, const QStringList& targets = {}, bool ownership = false);
    /// Persons with a role or share in an enterprise registered under target, with all their links.
    static std::shared_ptr<const HometownData> loadForTarget(
        const store::Database& db, const QString& target, bool ownership = false);

    /// The whole-cache snapshot (loadAll, with 受益所有人/实际控制人) persisted beside the cache
    /// (cachePath + ".hometown"), memory-mapped: opening it costs a few milliseconds and a query touches only
    /// the pages of its persons, links and enterprises. Returns nullptr when the file is missing, unreadable
    /// or not of the cache's current data version (Cache::dataVersion and creation stamp). Register
    /// memberships are not in the file (they change with every register edit): registersOf() answers empty;
    /// read them with HometownEngine::attachRegisters.
    static std::shared_ptr<const HometownData> openPersisted(const QString& cachePath);
    /// openPersisted, else builds the snapshot (loadAll), writes it beside the cache (atomically, best
    /// effort: a read-only folder only returns the built snapshot) and returns it. Import and demo
    /// generation call this at their end so that the first query finds the file. Throws StoreError/Cancelled.
    static std::shared_ptr<const HometownData> openOrBuild(
        const QString& cachePath, const Progress& progress = {});
    /// Writes this snapshot as the persisted file of cachePath for the cache's current data version.
    /// Returns false (with the reason in *error) when the file cannot be written.
    bool save(const QString& cachePath, const store::Database& db, QString* error = nullptr) const;
    static QString persistedPath(const QString& cachePath);
    /// True when this snapshot is a mapped persisted file (registersOf() then answers empty).
    bool isPersisted() const { return m_map != nullptr; }

    std::span<const Person> persons() const
    {
        return m_map ? m_view.persons : std::span<const Person>(m_persons);
    }
    std::span<const Link> links() const { return m_map ? m_view.links : std::span<const Link>(m_links); }
    std::span<const Enterprise> enterprises() const
    {
        return m_map ? m_view.enterprises : std::span<const Enterprise>(m_enterprises);
    }
    /// Persons whose resolved birthplace or 籍贯 lies under one of the prefixes (2/4/6 digits) at a level at
    /// least as fine as the prefix, ascending and each once (binary search on two sorted code indexes).
    std::vector<quint32> personsUnder(const QStringList& prefixes) const;
    /// Registers a person is a member of (members.csv rows with a person_id).
    QStringList registersOf(quint32 person) const;
    /// The pooled text at offset (UTF-8).
    QString text(quint32 offset) const;
    QByteArrayView bytes(quint32 offset) const;

    /// The historical birthplace codes whose successor lies under prefix at a level at least as fine as the
    /// prefix (for a 6-digit origin only county-level successors), and that do not start with prefix.
    static QStringList retiredCodesUnder(const QString& prefix);

    struct Builder;

private:
    HometownData() = default;
    std::vector<Person> m_persons;
    std::vector<Link> m_links;
    std::vector<Enterprise> m_enterprises;
    std::vector<std::pair<quint32, quint32>> m_memberships; // (person, register text), sorted by person
    std::vector<std::pair<qint32, quint32>> m_byBirth, m_byNative; // (code, person), sorted
    QByteArray m_pool; // NUL-terminated UTF-8 strings
    using CodeIndex = std::span<const std::pair<qint32, quint32>>;
    CodeIndex byBirth() const { return m_map ? m_view.byBirth : CodeIndex(m_byBirth); }
    CodeIndex byNative() const { return m_map ? m_view.byNative : CodeIndex(m_byNative); }
    const char* pool() const { return m_map ? m_view.pool : m_pool.constData(); }
    // The persisted file, when mapped: the arrays above stay empty and these views point into the mapping.
    std::shared_ptr<const void> m_map;
    struct View
    {
        std::span<const Person> persons;
        std::span<const Link> links;
        std::span<const Enterprise> enterprises;
        CodeIndex byBirth, byNative;
        const char* pool = nullptr;
    } m_view;
};

/// Origin/target codes are 2, 4 or 6 digits of a region that exists today; "" = nationwide (targets only).
bool isRegionPrefix(const QString& code);

} // namespace dj::hometown
