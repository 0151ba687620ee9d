#pragma once

#include "core/common/progress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dj::store {
class Database;
}

namespace dj::graph {

using NodeId = quint32;
constexpr NodeId kNoNode = 0xFFFFFFFFu;

enum class NodeKind : quint8 { Enterprise = 0, Person = 1, Other = 2 };

/// The ownership graph of a cache: persons, enterprises and other holders (government bodies, foreign
/// holders, funds without a USCC) as integer nodes, shareholdings as compressed sparse rows in both
/// directions, plus the roles, business relations and invoice pairs that 查关系 walks.
///
/// Built once per data version (forCache()), immutable afterwards and shared by every analysis and
/// thread. Strings live in one table; an open-addressing index maps (kind, key) to a node.
class OwnershipGraph
{
    Q_DECLARE_TR_FUNCTIONS(OwnershipGraph)
public:
    /// One neighbour in a compressed row: the other node and the fraction held (0..1).
    struct Link
    {
        NodeId node;
        double share;
    };
    /// A role edge: the other node and a bit mask over roleNames().
    struct RoleLink
    {
        NodeId node;
        quint16 roles;
    };
    enum RelationKind : quint8 { Supply = 1, Competition = 2, Cooperation = 4 };
    /// A business relation or an invoice pair, seen from one side.
    struct TradeLink
    {
        NodeId node;
        quint8 kinds; ///< RelationKind bits (relations only)
        bool outgoing; ///< this node supplies / sells to the other
        double amount; ///< yuan, summed over years or months
        qint32 months; ///< invoice months (invoices only)
    };

    /// Builds the graph from a cache connection. Throws store::StoreError, Cancelled.
    static std::shared_ptr<const OwnershipGraph> build(
        const store::Database& db, const Progress& progress = {});
    /// Assembles a graph programmatically (hand-built graphs in tests, the local reader below).
    class Builder;

    /// Where a partial graph is read from: an enterprise (USCC) or "kind:id", followed upwards (every holder
    /// at any depth), downwards (every holding at any depth) or both.
    struct Seed
    {
        QString ref;
        bool up = true;
        bool down = false;
    };
    /// Reads only the part of the cache around the seeds with targeted queries (the CLI's single
    /// questions: milliseconds instead of a whole-cache build), with the roles of the seeds. Analyses that
    /// stay inside that part (ownership and control above a seed, groups below one) give the same answers
    /// as on the whole graph. Throws store::StoreError.
    static std::shared_ptr<const OwnershipGraph> buildAround(
        const store::Database& db, const std::vector<Seed>& seeds);

    /// The graph of the cache at path for its current data version: built on first use, then shared
    /// until the data version changes. Thread-safe. Throws store::StoreError, Cancelled.
    static std::shared_ptr<const OwnershipGraph> forCache(const QString& path, const Progress& progress = {});

    qint64 dataVersion() const { return m_dataVersion; }
    NodeId nodeCount() const { return NodeId(m_kind.size()); }
    NodeId enterpriseCount() const { return m_enterpriseCount; }
    qsizetype shareholdingCount() const { return qsizetype(m_upNode.size()); }

    /// Bytes held by the graph's arrays and strings.
    size_t memoryBytes() const;

    NodeKind kind(NodeId n) const { return NodeKind(m_kind[n]); }
    /// USCC, person_id or the other holder's key.
    std::string_view keyUtf8(NodeId n) const;
    std::string_view nameUtf8(NodeId n) const;
    QString key(NodeId n) const;
    QString name(NodeId n) const;
    /// False for holders that appear only in shareholdings (no enterprises/persons row in the cache).
    bool inCache(NodeId n) const { return m_inCache[n] != 0; }
    /// 注册资本 in yuan (enterprises in the cache; NaN when unknown).
    double registeredCapital(NodeId n) const;
    /// 登记状态 (enterprises in the cache), else empty.
    QString status(NodeId n) const;

    std::optional<NodeId> find(NodeKind kind, std::string_view key) const;
    std::optional<NodeId> enterprise(const QString& uscc) const;
    std::optional<NodeId> person(const QString& personId) const;
    /// "person:ID", "enterprise:USCC", "other:KEY", or a bare USCC.
    std::optional<NodeId> parse(const QString& ref) const;
    /// Nodes whose name contains text (exact names first), at most limit; for search boxes.
    std::vector<NodeId> findByName(const QString& text, size_t limit = 20) const;
    /// A USCC, "kind:id", a person_id or a name (exact, else the first containing it), or kNoNode.
    NodeId resolve(const QString& text) const;
    /// "kind" words of cli.md: person, enterprise, other.
    static QString kindName(NodeKind kind);

    /// Who holds n (direction up) and what n holds (direction down), largest share first.
    std::span<const Link> holders(NodeId n) const { return row(m_upOffset, m_upNode, n); }
    std::span<const Link> holdings(NodeId n) const { return row(m_downOffset, m_downNode, n); }
    /// Roles: for an enterprise its persons, for a person its enterprises.
    std::span<const RoleLink> roles(NodeId n) const;
    std::span<const TradeLink> relations(NodeId n) const;
    std::span<const TradeLink> invoices(NodeId n) const;
    /// Direct share of holder in investee (0 when none).
    double directShare(NodeId holder, NodeId investee) const;

    /// 法定代表人, 董事长, … 其他 (exchange-format.md roles.csv); bit i of a role mask is roleNames()[i].
    static const QStringList& roleNames();
    static int roleIndex(std::string_view role);
    static QStringList roleList(quint16 mask);

private:
    friend class GraphAssembler;
    template <typename T>
    static std::span<const T> row(const std::vector<quint32>& offset, const std::vector<T>& items, NodeId n)
    {
        if (offset.empty())
            return {};
        return std::span<const T>(items.data() + offset[n], offset[n + 1] - offset[n]);
    }

    qint64 m_dataVersion = -1;
    NodeId m_enterpriseCount = 0;
    std::vector<quint8> m_kind;
    std::vector<quint8> m_inCache;
    std::vector<quint8> m_status; ///< index into m_statusNames
    std::vector<float> m_capital;
    std::vector<QString> m_statusNames;
    std::string m_text; ///< keys and names, UTF-8
    std::vector<quint32> m_keyOffset; ///< n+1 entries: key of n is [m_keyOffset[n], m_nameOffset[n])
    std::vector<quint32> m_nameOffset; ///< name of n is [m_nameOffset[n], m_keyOffset[n + 1])
    std::vector<quint32> m_slots; ///< open-addressing index over (kind, key)

    std::vector<quint32> m_upOffset, m_downOffset, m_roleOffset, m_relationOffset, m_invoiceOffset;
    std::vector<Link> m_upNode, m_downNode;
    std::vector<RoleLink> m_roleLink;
    std::vector<TradeLink> m_relationLink, m_invoiceLink;
};

/// Assembles a graph node by node and edge by edge (the cache reader and the tests' hand-built graphs).
class OwnershipGraph::Builder
{
public:
    Builder();
    ~Builder();
    /// Adds a node (or returns the existing one with that kind and key).
    NodeId addNode(NodeKind kind, std::string_view key, std::string_view name, bool inCache = true,
        double registeredCapital = -1, std::string_view status = {});
    NodeId addEnterprise(const QString& uscc, const QString& name, double registeredCapital = -1);
    NodeId addPerson(const QString& id, const QString& name);
    NodeId addOther(const QString& key, const QString& name);
    std::optional<NodeId> find(NodeKind kind, std::string_view key) const;
    /// holder holds pct percent (0..100) of investee.
    void addShare(NodeId holder, NodeId investee, double pct);
    void addRole(NodeId enterprise, NodeId person, std::string_view role);
    void addRelation(NodeId from, NodeId to, std::string_view kind, double amount);
    void addInvoices(NodeId seller, NodeId buyer, qint32 months, double amount);
    std::shared_ptr<const OwnershipGraph> finish(qint64 dataVersion = 0);

private:
    std::unique_ptr<class GraphAssembler> d;
};

} // namespace dj::graph
