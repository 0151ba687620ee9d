#pragma once

#include "core/store/database.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace dj::store {

/// The reads behind ownership analysis (core/graph): bulk scans of the tables that make the graph
/// (enterprises, persons, shareholdings, roles, relations, invoices) and the small targeted reads the
/// panels and the CLI need for a handful of enterprises. All SQL of ownership lives here.
///
/// Bulk scans hand each row to a callback as UTF-8 views valid only during the call.
class OwnershipReads
{
public:
    explicit OwnershipReads(const Database& db)
        : m_db(db)
    {
    }

    struct EnterpriseRow
    {
        std::string_view uscc;
        std::string_view name;
        std::string_view status;
        std::optional<double> registeredCapital;
    };
    struct PersonRow
    {
        std::string_view personId;
        std::string_view name;
    };
    struct ShareholdingRow
    {
        std::string_view investeeUscc;
        std::string_view holderKind; ///< person, enterprise or other
        std::string_view holderId;
        std::string_view holderName;
        std::optional<double> sharePct; ///< 0..100; empty when the register leaves it open
    };
    struct RoleRow
    {
        std::string_view uscc;
        std::string_view personId;
        std::string_view role;
    };
    struct RelationRow
    {
        std::string_view fromUscc;
        std::string_view toUscc;
        std::string_view kind; ///< 供应, 竞争, 合作
        double amount = 0; ///< summed over the years
    };
    struct InvoicePairRow
    {
        std::string_view sellerUscc;
        std::string_view buyerUscc;
        qint64 months = 0;
        double amount = 0;
    };

    qint64 enterpriseCount() const;
    qint64 personCount() const;
    qint64 shareholdingCount() const;

    void forEachEnterprise(const std::function<void(const EnterpriseRow&)>& fn) const;
    void forEachPerson(const std::function<void(const PersonRow&)>& fn) const;
    void forEachShareholding(const std::function<void(const ShareholdingRow&)>& fn) const;
    void forEachRole(const std::function<void(const RoleRow&)>& fn) const;
    /// One row per (from, to, kind) with the amounts of all years summed.
    void forEachRelation(const std::function<void(const RelationRow&)>& fn) const;
    /// One row per (seller, buyer) with the months and amounts summed.
    void forEachInvoicePair(const std::function<void(const InvoicePairRow&)>& fn) const;

    // ---- targeted reads (a few enterprises)

    struct ShareholdingCopy
    {
        QString investeeUscc;
        QString holderKind;
        QString holderId;
        QString holderName;
        std::optional<double> sharePct;
    };

    /// Registered shareholders of one enterprise (the direction "up").
    std::vector<ShareholdingCopy> holdersOf(const QString& uscc) const;
    /// What one holder holds (the direction "down"); kind person, enterprise or other.
    std::vector<ShareholdingCopy> holdingsOf(const QString& holderKind, const QString& holderId) const;
    struct RoleCopy
    {
        QString uscc;
        QString personId;
        QString personName;
        QString role;
    };
    /// Roles held in one enterprise, with the persons' names.
    std::vector<RoleCopy> rolesOf(const QString& uscc) const;

    struct Figures
    {
        std::optional<double> revenue;
        std::optional<int> revenueYear;
        std::optional<double> tax;
        std::optional<int> taxYear;
    };
    /// Latest revenue and tax (each its own latest year with a value) of the given enterprises.
    QHash<QString, Figures> latestFigures(const QStringList& usccs) const;
    /// Number of current (有效) risk rows per enterprise, for those that have any.
    QHash<QString, int> currentRiskCounts(const QStringList& usccs) const;
    struct EnterpriseCopy
    {
        QString uscc;
        QString name;
        QString status;
        std::optional<double> registeredCapital;
    };
    /// One enterprise's row, or nothing when the cache has no such USCC.
    std::optional<EnterpriseCopy> enterprise(const QString& uscc) const;
    /// A person's name, or a null QString when the cache has no such person.
    QString personName(const QString& personId) const;
    /// True when the cache holds an enterprise with this USCC.
    bool hasEnterprise(const QString& uscc) const;

    /// The comparison evaluation of the benchmarks: every ultimate holder's share of one enterprise by a
    /// plain recursive SQL (WITH RECURSIVE), products along paths summed over paths, paths cut at
    /// maxDepth (the usual way such queries stop on ownership cycles). Key "kind:id" → share (0..1).
    QHash<QString, double> ultimateSharesRecursiveSql(const QString& uscc, int maxDepth) const;

private:
    const Database& m_db;
};

} // namespace dj::store
