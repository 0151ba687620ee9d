#pragma once

#include "core/store/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace dj::store {

/// persons.csv as stored (the ID number masked only).
struct PersonRow
{
    QString personId;
    QString name;
    QString idMasked;
    QString birthplaceCode;
    QString nativePlaceCode;
    int birthYear = 0; ///< 0 when unknown
    QString gender;
};

/// A person's office in an enterprise (roles.csv) or registered shareholding (shareholdings.csv, holder_kind
/// person). Exactly one of role / share is set.
struct PersonLinkRow
{
    QString personId;
    QString uscc;
    QString role; ///< roles.csv role; empty for a shareholding
    std::optional<double> sharePct; ///< share_pct 0–100 of a shareholding (nullopt for a role, or unknown)
    bool isShare = false;
    QString regionCode; ///< the enterprise's region_code (filled by forEachLinkWithRegion only)
};

/// What the hometown engine needs of an enterprise: registry fields, latest revenue and tax, qualification
/// and current risk kinds.
struct EnterpriseFigureRow
{
    QString uscc;
    QString name;
    QString status;
    QString regionCode;
    QString industryCode;
    QString industrySection;
    std::optional<double> capital; ///< 注册资本, yuan (CNY only; other currencies left out)
    std::optional<double> revenue; ///< latest year with a revenue
    int revenueYear = 0;
    std::optional<double> tax; ///< latest year with a tax
    int taxYear = 0;
    QStringList qualifications; ///< qualifications.csv kinds
    QStringList risks; ///< risks.csv kinds with status 有效
};

/// Reads of persons, their roles and shareholdings and the figures of their enterprises (hometown engine).
/// Prefixes are GB/T 2260 code prefixes matched on the stored text (birthplace 6 digits, 籍贯 2/4/6).
/// Every reader streams rows to a callback; an empty filter list means "all rows".
class PersonReads
{
public:
    explicit PersonReads(const Database& db);

    /// Persons whose birthplace_code starts with one of birthPrefixes or equals one of birthCodes, or whose
    /// native_place_code starts with one of nativePrefixes. Each person once, in person_id order per query.
    QList<PersonRow> personsByPlace(const QStringList& birthPrefixes, const QStringList& birthCodes,
        const QStringList& nativePrefixes) const;
    QList<PersonRow> personsById(const QStringList& personIds) const;
    void forEachPerson(const std::function<void(const PersonRow&)>& row) const;

    /// Roles and person shareholdings of the given persons (all persons when empty).
    void forEachLink(
        const QStringList& personIds, const std::function<void(const PersonLinkRow&)>& row) const;
    /// Same, with the enterprise's region_code, and only links to enterprises under one of regionPrefixes
    /// (all when empty).
    void forEachLinkWithRegion(const QStringList& personIds, const QStringList& regionPrefixes,
        const std::function<void(const PersonLinkRow&)>& row) const;
    /// Roles and person shareholdings in enterprises registered under the region prefix.
    void forEachLinkInRegion(
        const QString& regionPrefix, const std::function<void(const PersonLinkRow&)>& row) const;

    /// Complete figures of the given enterprises (uscc lookups; unknown codes are skipped).
    void forEachEnterprise(
        const QStringList& usccs, const std::function<void(const EnterpriseFigureRow&)>& row) const;
    /// Whole-table scans for a snapshot of every enterprise, streamed (memory stays with the caller):
    /// registry fields only (no figures) …
    void scanEnterprises(const std::function<void(const EnterpriseFigureRow&)>& row) const;
    /// … financial years in (uscc, year) order (nullopt where the cell is empty) …
    void scanFinancials(const std::function<void(const QString& uscc, int year, std::optional<double> revenue,
            std::optional<double> tax)>& row) const;
    /// … qualification kinds, and risk kinds with status 有效.
    void scanQualifications(const std::function<void(const QString& uscc, const QString& kind)>& row) const;
    void scanCurrentRisks(const std::function<void(const QString& uscc, const QString& kind)>& row) const;
    /// Registers of the given persons, one row per (person, register).
    void forEachMembership(const QStringList& personIds,
        const std::function<void(const QString& personId, const QString& registerName)>& row) const;
    /// Register memberships of persons: person_id → registers (all rows with a person).
    void scanMemberships(
        const std::function<void(const QString& personId, const QString& registerName)>& row) const;

    /// Number of persons, roles and person shareholdings (for progress and diagnostics).
    qint64 personCount() const;

private:
    const Database& m_db;
};

/// One entry of a chamber-of-commerce or 乡贤 register: members.csv plus the workstation's own status,
/// contact log and notes (schema step 5).
struct MemberRow
{
    QString registerName;
    QString personId;
    QString uscc;
    QString role;
    QString joined;
    QString note;
    QString status; ///< 会员, 拟发展, 已联系, 已退出 … (empty = 会员 for rows from members.csv)
    QString personName; ///< from persons, for display
    QString idMasked;
};

struct ContactRow
{
    qint64 id = 0;
    QString registerName;
    QString personId;
    QString date; ///< YYYY-MM-DD
    QString kind; ///< 电话, 走访, 座谈, 线上, 其他
    QString note;
};

/// Registers (members table) and the hometown engine's own tables: member status, contact log and the
/// priority industries per origin.
class MemberRegisters
{
public:
    explicit MemberRegisters(Database& db);

    QStringList registers() const;
    QList<MemberRow> members(const QString& registerName) const;
    /// person_id → registers the person is a member of (all registers).
    QHash<QString, QStringList> membershipsOf(const QStringList& personIds) const;
    /// Adds or updates a person's entry (members row + status). Throws StoreError.
    void upsertMember(const MemberRow& member);
    void removeMember(const QString& registerName, const QString& personId);
    void setStatus(const QString& registerName, const QString& personId, const QString& status);
    qint64 addContact(const ContactRow& contact);
    QList<ContactRow> contacts(const QString& registerName, const QString& personId) const;

    /// Priority industries (GB/T 4754 section letters or 2–4 digit prefixes) of an origin region code.
    QStringList priorityIndustries(const QString& origin) const;
    void setPriorityIndustries(const QString& origin, const QStringList& industries);

private:
    Database& m_db;
};

} // namespace dj::store
