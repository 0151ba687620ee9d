#include "core/graph/ownershipgraph.h"

#include "core/store/cache.h"
#include "core/store/ownershipreads.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace dj::graph {

namespace {

constexpr std::string_view kRoles[] = { "法定代表人", "董事长", "副董事长", "执行董事", "董事", "监事会主席",
    "监事", "总经理", "经理", "财务负责人", "执行事务合伙人", "其他" };

quint64 hashKey(NodeKind kind, std::string_view key)
{
    quint64 h = 1469598103934665603ull ^ quint64(kind);
    for (const char c : key) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h ^ (h >> 29);
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::optional<NodeKind> kindFromWord(std::string_view word)
{
    if (word == "person")
        return NodeKind::Person;
    if (word == "enterprise")
        return NodeKind::Enterprise;
    if (word == "other")
        return NodeKind::Other;
    return std::nullopt;
}

} // namespace

/// The mutable side of a graph under construction (OwnershipGraph::Builder and build()).
class GraphAssembler
{
public:
    struct RawShare
    {
        NodeId holder, investee;
        double share;
    };
    struct RawRole
    {
        NodeId enterprise, person;
        quint16 mask;
    };
    struct RawTrade
    {
        NodeId from, to;
        quint8 kinds;
        double amount;
        qint32 months;
    };

    GraphAssembler()
        : g(std::make_shared<OwnershipGraph>())
    {
        g->m_keyOffset.push_back(0);
        g->m_slots.assign(1024, kNoNode);
    }

    std::optional<NodeId> find(NodeKind kind, std::string_view key) const
    {
        const quint64 mask = g->m_slots.size() - 1;
        for (quint64 i = hashKey(kind, key) & mask;; i = (i + 1) & mask) {
            const NodeId n = g->m_slots[i];
            if (n == kNoNode)
                return std::nullopt;
            if (g->m_kind[n] == quint8(kind) && g->keyUtf8(n) == key)
                return n;
        }
    }

    void insertSlot(NodeId n)
    {
        const quint64 mask = g->m_slots.size() - 1;
        quint64 i = hashKey(g->kind(n), g->keyUtf8(n)) & mask;
        while (g->m_slots[i] != kNoNode)
            i = (i + 1) & mask;
        g->m_slots[i] = n;
    }

    void reserve(size_t nodes, size_t textBytes)
    {
        g->m_kind.reserve(nodes);
        g->m_inCache.reserve(nodes);
        g->m_status.reserve(nodes);
        g->m_capital.reserve(nodes);
        g->m_keyOffset.reserve(nodes + 1);
        g->m_nameOffset.reserve(nodes);
        g->m_text.reserve(textBytes);
        growSlots(nodes);
    }

    void growSlots(size_t nodes)
    {
        size_t want = g->m_slots.size();
        while (want < nodes * 2)
            want *= 2;
        if (want == g->m_slots.size())
            return;
        g->m_slots.assign(want, kNoNode);
        for (NodeId n = 0; n < g->nodeCount(); ++n)
            insertSlot(n);
    }

    quint8 statusCode(std::string_view status)
    {
        if (status.empty())
            return 0;
        const QString s = fromUtf8(status);
        auto it = m_statusCodes.constFind(s);
        if (it != m_statusCodes.constEnd())
            return *it;
        if (g->m_statusNames.empty())
            g->m_statusNames.push_back(QString());
        if (g->m_statusNames.size() >= 255)
            return 0;
        const quint8 code = quint8(g->m_statusNames.size());
        g->m_statusNames.push_back(s);
        m_statusCodes.insert(s, code);
        return code;
    }

    /// Adds a node without looking for an existing one (the caller knows the key is new).
    NodeId append(NodeKind kind, std::string_view key, std::string_view name, bool inCache, double capital,
        std::string_view status)
    {
        const NodeId n = NodeId(g->m_kind.size());
        g->m_kind.push_back(quint8(kind));
        g->m_inCache.push_back(inCache ? 1 : 0);
        g->m_capital.push_back(capital >= 0 ? float(capital) : std::nanf(""));
        g->m_status.push_back(statusCode(status));
        g->m_text.append(key);
        g->m_nameOffset.push_back(quint32(g->m_text.size()));
        g->m_text.append(name);
        g->m_keyOffset.push_back(quint32(g->m_text.size()));
        if (kind == NodeKind::Enterprise && inCache)
            ++g->m_enterpriseCount;
        if (size_t(n + 1) * 2 > g->m_slots.size())
            growSlots(size_t(n + 1));
        else
            insertSlot(n);
        return n;
    }

    NodeId add(NodeKind kind, std::string_view key, std::string_view name, bool inCache, double capital,
        std::string_view status)
    {
        if (const auto n = find(kind, key))
            return *n;
        return append(kind, key, name, inCache, capital, status);
    }

    template <typename Item, typename Raw, typename Each>
    static void csr(NodeId nodes, const std::vector<Raw>& raw, std::vector<quint32>& offset,
        std::vector<Item>& items, Each each)
    {
        // each(raw, fn) calls fn(owner, item) for each side that raw contributes to
        offset.assign(size_t(nodes) + 1, 0);
        for (const Raw& r : raw)
            each(r, [&](NodeId owner, const Item&) { ++offset[owner + 1]; });
        for (size_t i = 1; i < offset.size(); ++i)
            offset[i] += offset[i - 1];
        items.resize(offset.back());
        std::vector<quint32> fill(offset.begin(), offset.end() - 1);
        for (const Raw& r : raw)
            each(r, [&](NodeId owner, const Item& item) { items[fill[owner]++] = item; });
    }

    std::shared_ptr<const OwnershipGraph> finish(qint64 dataVersion)
    {
        const NodeId n = g->nodeCount();
        g->m_dataVersion = dataVersion;
        using Link = OwnershipGraph::Link;
        csr<Link>(n, shares, g->m_upOffset, g->m_upNode, [](const RawShare& r, auto fn) {
            fn(r.investee, Link { r.holder, r.share });
        });
        csr<Link>(n, shares, g->m_downOffset, g->m_downNode, [](const RawShare& r, auto fn) {
            fn(r.holder, Link { r.investee, r.share });
        });
        shares.clear();
        shares.shrink_to_fit();
        auto order = [](std::vector<quint32>& offset, std::vector<Link>& items) {
            for (size_t i = 0; i + 1 < offset.size(); ++i) {
                if (offset[i + 1] - offset[i] > 1)
                    std::sort(items.begin() + offset[i], items.begin() + offset[i + 1],
                        [](const Link& a, const Link& b) {
                            return a.share != b.share ? a.share > b.share : a.node < b.node;
                        });
            }
        };
        order(g->m_upOffset, g->m_upNode);
        order(g->m_downOffset, g->m_downNode);

        // Roles: one link per (enterprise, person) with the masks of its rows merged.
        std::sort(roles.begin(), roles.end(), [](const RawRole& a, const RawRole& b) {
            return a.enterprise != b.enterprise ? a.enterprise < b.enterprise : a.person < b.person;
        });
        std::vector<RawRole> merged;
        merged.reserve(roles.size());
        for (const RawRole& r : roles) {
            if (!merged.empty() && merged.back().enterprise == r.enterprise
                && merged.back().person == r.person)
                merged.back().mask |= r.mask;
            else
                merged.push_back(r);
        }
        roles.clear();
        roles.shrink_to_fit();
        using RoleLink = OwnershipGraph::RoleLink;
        csr<RoleLink>(n, merged, g->m_roleOffset, g->m_roleLink, [](const RawRole& r, auto fn) {
            fn(r.enterprise, RoleLink { r.person, r.mask });
            fn(r.person, RoleLink { r.enterprise, r.mask });
        });

        using TradeLink = OwnershipGraph::TradeLink;
        auto tradeCsr
            = [&](std::vector<RawTrade>& raw, std::vector<quint32>& offset, std::vector<TradeLink>& items) {
                  std::sort(raw.begin(), raw.end(), [](const RawTrade& a, const RawTrade& b) {
                      return a.from != b.from ? a.from < b.from : a.to < b.to;
                  });
                  std::vector<RawTrade> m;
                  for (const RawTrade& r : raw) {
                      if (!m.empty() && m.back().from == r.from && m.back().to == r.to) {
                          m.back().kinds |= r.kinds;
                          m.back().amount += r.amount;
                          m.back().months += r.months;
                      } else {
                          m.push_back(r);
                      }
                  }
                  csr<TradeLink>(n, m, offset, items, [](const RawTrade& r, auto fn) {
                      fn(r.from, TradeLink { r.to, r.kinds, true, r.amount, r.months });
                      if (r.to != r.from)
                          fn(r.to, TradeLink { r.from, r.kinds, false, r.amount, r.months });
                  });
                  raw.clear();
              };
        tradeCsr(relations, g->m_relationOffset, g->m_relationLink);
        tradeCsr(invoices, g->m_invoiceOffset, g->m_invoiceLink);
        if (g->m_statusNames.empty())
            g->m_statusNames.push_back(QString());
        return std::move(g);
    }

    std::shared_ptr<OwnershipGraph> g;
    std::vector<RawShare> shares;
    std::vector<RawRole> roles;
    std::vector<RawTrade> relations;
    std::vector<RawTrade> invoices;

private:
    QHash<QString, quint8> m_statusCodes;
};

// ---------------------------------------------------------------------------------------------------
std::string_view OwnershipGraph::keyUtf8(NodeId n) const
{
    return std::string_view(m_text).substr(m_keyOffset[n], m_nameOffset[n] - m_keyOffset[n]);
}

std::string_view OwnershipGraph::nameUtf8(NodeId n) const
{
    return std::string_view(m_text).substr(m_nameOffset[n], m_keyOffset[n + 1] - m_nameOffset[n]);
}

QString OwnershipGraph::key(NodeId n) const
{
    return fromUtf8(keyUtf8(n));
}

QString OwnershipGraph::name(NodeId n) const
{
    return fromUtf8(nameUtf8(n));
}

size_t OwnershipGraph::memoryBytes() const
{
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    return bytes(m_kind) + bytes(m_inCache) + bytes(m_status) + bytes(m_capital) + m_text.capacity()
        + bytes(m_keyOffset) + bytes(m_nameOffset) + bytes(m_slots) + bytes(m_upOffset) + bytes(m_downOffset)
        + bytes(m_roleOffset) + bytes(m_relationOffset) + bytes(m_invoiceOffset) + bytes(m_upNode)
        + bytes(m_downNode) + bytes(m_roleLink) + bytes(m_relationLink) + bytes(m_invoiceLink);
}

double OwnershipGraph::registeredCapital(NodeId n) const
{
    return double(m_capital[n]);
}

QString OwnershipGraph::status(NodeId n) const
{
    return m_status[n] < m_statusNames.size() ? m_statusNames[m_status[n]] : QString();
}

std::optional<NodeId> OwnershipGraph::find(NodeKind kind, std::string_view key) const
{
    if (m_slots.empty())
        return std::nullopt;
    const quint64 mask = m_slots.size() - 1;
    for (quint64 i = hashKey(kind, key) & mask;; i = (i + 1) & mask) {
        const NodeId n = m_slots[i];
        if (n == kNoNode)
            return std::nullopt;
        if (m_kind[n] == quint8(kind) && keyUtf8(n) == key)
            return n;
    }
}

std::optional<NodeId> OwnershipGraph::enterprise(const QString& uscc) const
{
    const QByteArray k = uscc.trimmed().toUpper().toUtf8();
    const auto n = find(NodeKind::Enterprise, std::string_view(k.constData(), size_t(k.size())));
    if (n && !inCache(*n))
        return std::nullopt;
    return n;
}

std::optional<NodeId> OwnershipGraph::person(const QString& personId) const
{
    const QByteArray k = personId.toUtf8();
    return find(NodeKind::Person, std::string_view(k.constData(), size_t(k.size())));
}

std::optional<NodeId> OwnershipGraph::parse(const QString& ref) const
{
    const qsizetype colon = ref.indexOf(u':');
    if (colon > 0) {
        const QByteArray word = ref.left(colon).toUtf8();
        if (const auto kind = kindFromWord(std::string_view(word.constData(), size_t(word.size())))) {
            const QByteArray k = ref.mid(colon + 1).toUtf8();
            return find(*kind, std::string_view(k.constData(), size_t(k.size())));
        }
    }
    if (const auto e = enterprise(ref))
        return e;
    return person(ref);
}

std::vector<NodeId> OwnershipGraph::findByName(const QString& text, size_t limit) const
{
    std::vector<NodeId> exact, partial;
    const QByteArray needle = text.trimmed().toUtf8();
    if (needle.isEmpty())
        return {};
    const std::string_view n(needle.constData(), size_t(needle.size()));
    for (NodeId i = 0; i < nodeCount() && exact.size() < limit; ++i) {
        const std::string_view name = nameUtf8(i);
        if (name.size() < n.size())
            continue;
        if (name == n)
            exact.push_back(i);
        else if (partial.size() < limit && name.find(n) != std::string_view::npos)
            partial.push_back(i);
    }
    for (const NodeId p : partial) {
        if (exact.size() >= limit)
            break;
        exact.push_back(p);
    }
    return exact;
}

NodeId OwnershipGraph::resolve(const QString& text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return kNoNode;
    if (const auto n = parse(t); n && (kind(*n) != NodeKind::Enterprise || inCache(*n)))
        return *n;
    const auto byName = findByName(t, 1);
    return byName.empty() ? kNoNode : byName.front();
}

QString OwnershipGraph::kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Enterprise:
        return QStringLiteral("enterprise");
    case NodeKind::Person:
        return QStringLiteral("person");
    case NodeKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::span<const OwnershipGraph::RoleLink> OwnershipGraph::roles(NodeId n) const
{
    return row(m_roleOffset, m_roleLink, n);
}

std::span<const OwnershipGraph::TradeLink> OwnershipGraph::relations(NodeId n) const
{
    return row(m_relationOffset, m_relationLink, n);
}

std::span<const OwnershipGraph::TradeLink> OwnershipGraph::invoices(NodeId n) const
{
    return row(m_invoiceOffset, m_invoiceLink, n);
}

double OwnershipGraph::directShare(NodeId holder, NodeId investee) const
{
    double s = 0;
    for (const Link& l : holders(investee)) {
        if (l.node == holder)
            s += l.share;
    }
    return s;
}

const QStringList& OwnershipGraph::roleNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const std::string_view r : kRoles)
            out << fromUtf8(r);
        return out;
    }();
    return names;
}

int OwnershipGraph::roleIndex(std::string_view role)
{
    for (int i = 0; i < int(std::size(kRoles)); ++i) {
        if (kRoles[i] == role)
            return i;
    }
    return int(std::size(kRoles)) - 1; // 其他
}

QStringList OwnershipGraph::roleList(quint16 mask)
{
    QStringList out;
    for (int i = 0; i < int(std::size(kRoles)); ++i) {
        if (mask & (1u << i))
            out << roleNames()[i];
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
namespace {

/// Nodes met by a reading thread while the graph may not grow (two threads read at once): kept aside and
/// added afterwards; edges refer to them with kPendingBit set.
struct PendingNodes
{
    static constexpr NodeId kPendingBit = 0x80000000u;
    std::vector<NodeKind> kinds;
    std::vector<std::string> keys, names;
    std::unordered_map<std::string, quint32> index;

    NodeId add(NodeKind kind, std::string_view key, std::string_view name)
    {
        std::string k(1, char(kind));
        k.append(key);
        const auto [it, inserted] = index.try_emplace(std::move(k), quint32(kinds.size()));
        if (inserted) {
            kinds.push_back(kind);
            keys.emplace_back(key);
            names.emplace_back(name);
        }
        return it->second | kPendingBit;
    }
    /// Adds the pending nodes to the graph; returns pending index → node.
    std::vector<NodeId> commit(GraphAssembler& a) const
    {
        std::vector<NodeId> out(kinds.size());
        for (size_t i = 0; i < kinds.size(); ++i)
            out[i] = a.add(kinds[i], keys[i], names[i], false, -1, {});
        return out;
    }
    static NodeId resolve(NodeId n, const std::vector<NodeId>& committed)
    {
        return (n & kPendingBit) ? committed[n & ~kPendingBit] : n;
    }
};

/// Runs fn on a second thread; join() rethrows what it threw. Joins on destruction as well.
class Worker
{
public:
    template <typename Fn>
    explicit Worker(Fn fn)
        : m_thread([this, fn]() {
            try {
                fn();
            } catch (...) {
                m_error = std::current_exception();
            }
        })
    {
    }
    ~Worker()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void join()
    {
        m_thread.join();
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace

std::shared_ptr<const OwnershipGraph> OwnershipGraph::build(
    const store::Database& db, const Progress& progress)
{
    // Two connections read at once: enterprises here while persons are read there, then shareholdings
    // here while roles, relations and invoices are read there (lookups only, the graph does not grow
    // meanwhile).
    const store::OwnershipReads reads(db);
    GraphAssembler a;
    const qint64 version = store::Cache::dataVersion(db);
    const qint64 enterprises = reads.enterpriseCount();
    const qint64 persons = reads.personCount();
    a.reserve(size_t(enterprises + persons + 1024), size_t(enterprises * 60 + persons * 24));
    const store::Database second = store::Cache::open(db.path(), store::Cache::Access::ReadOnly);
    const store::OwnershipReads reads2(second);
    auto checkCancel = [&progress](qint64& rows) {
        if ((++rows & 0xFFFF) == 0)
            progress.throwIfCancelled();
    };
    constexpr qint64 kStages = 4;

    progress.report(0, kStages, tr("Reading enterprises and persons"));
    std::string personText;
    std::vector<quint32> personCuts; // id end, name end
    {
        Worker w([&] {
            qint64 rows = 0;
            personText.reserve(size_t(persons) * 24);
            personCuts.reserve(size_t(persons) * 2);
            reads2.forEachPerson([&](const store::OwnershipReads::PersonRow& r) {
                personText.append(r.personId);
                personCuts.push_back(quint32(personText.size()));
                personText.append(r.name);
                personCuts.push_back(quint32(personText.size()));
                checkCancel(rows);
            });
        });
        qint64 rows = 0;
        reads.forEachEnterprise([&](const store::OwnershipReads::EnterpriseRow& r) {
            a.append(NodeKind::Enterprise, r.uscc, r.name, true, r.registeredCapital.value_or(-1), r.status);
            checkCancel(rows);
        });
        w.join();
    }
    quint32 at = 0;
    const std::string_view text(personText);
    for (size_t i = 0; i + 1 < personCuts.size(); i += 2) {
        a.append(NodeKind::Person, text.substr(at, personCuts[i] - at),
            text.substr(personCuts[i], personCuts[i + 1] - personCuts[i]), true, -1, {});
        at = personCuts[i + 1];
    }
    personText = std::string();
    personCuts = std::vector<quint32>();

    progress.report(1, kStages, tr("Reading shareholdings, roles and trade links"));
    PendingNodes holdersAside, personsAside;
    {
        const GraphAssembler& lookup = a;
        Worker w([&] {
            qint64 rows = 0;
            NodeId roleEnterprise = kNoNode;
            std::string lastRoleUscc;
            reads2.forEachRole([&](const store::OwnershipReads::RoleRow& r) {
                checkCancel(rows);
                if (r.uscc != lastRoleUscc) {
                    lastRoleUscc.assign(r.uscc);
                    roleEnterprise = lookup.find(NodeKind::Enterprise, r.uscc).value_or(kNoNode);
                }
                if (roleEnterprise == kNoNode)
                    return;
                const auto found = lookup.find(NodeKind::Person, r.personId);
                const NodeId p = found ? *found : personsAside.add(NodeKind::Person, r.personId, r.personId);
                a.roles.push_back({ roleEnterprise, p, quint16(1u << roleIndex(r.role)) });
            });
            auto trade = [&](std::string_view from, std::string_view to) -> std::pair<NodeId, NodeId> {
                return { lookup.find(NodeKind::Enterprise, from).value_or(kNoNode),
                    lookup.find(NodeKind::Enterprise, to).value_or(kNoNode) };
            };
            reads2.forEachRelation([&](const store::OwnershipReads::RelationRow& r) {
                const auto [f, t] = trade(r.fromUscc, r.toUscc);
                if (f == kNoNode || t == kNoNode)
                    return;
                const quint8 kind = r.kind == "供应" ? Supply : r.kind == "竞争" ? Competition : Cooperation;
                a.relations.push_back({ f, t, kind, r.amount, 0 });
            });
            reads2.forEachInvoicePair([&](const store::OwnershipReads::InvoicePairRow& r) {
                const auto [f, t] = trade(r.sellerUscc, r.buyerUscc);
                if (f == kNoNode || t == kNoNode)
                    return;
                a.invoices.push_back({ f, t, 0, r.amount, qint32(r.months) });
            });
        });
        a.shares.reserve(size_t(reads.shareholdingCount()));
        std::string lastInvestee;
        NodeId investee = kNoNode;
        qint64 rows = 0;
        reads.forEachShareholding([&](const store::OwnershipReads::ShareholdingRow& r) {
            checkCancel(rows);
            if (r.investeeUscc != lastInvestee) {
                lastInvestee.assign(r.investeeUscc);
                investee = lookup.find(NodeKind::Enterprise, r.investeeUscc).value_or(kNoNode);
            }
            if (investee == kNoNode)
                return;
            const NodeKind kind = kindFromWord(r.holderKind).value_or(NodeKind::Other);
            const auto found = lookup.find(kind, r.holderId);
            const NodeId holder = found ? *found : holdersAside.add(kind, r.holderId, r.holderName);
            a.shares.push_back(
                { holder, investee, std::clamp(r.sharePct.value_or(0.0), 0.0, 100.0) / 100.0 });
        });
        w.join();
    }
    progress.report(2, kStages, tr("Adding holders outside the cache"));
    const std::vector<NodeId> holders = holdersAside.commit(a);
    const std::vector<NodeId> rolePersons = personsAside.commit(a);
    for (auto& sh : a.shares)
        sh.holder = PendingNodes::resolve(sh.holder, holders);
    for (auto& r : a.roles)
        r.person = PendingNodes::resolve(r.person, rolePersons);
    progress.report(3, kStages, tr("Building the rows"));
    return a.finish(version);
}

std::shared_ptr<const OwnershipGraph> OwnershipGraph::buildAround(
    const store::Database& db, const std::vector<Seed>& seeds)
{
    const store::OwnershipReads reads(db);
    GraphAssembler a;
    auto bytes = [](const QString& s) { return s.toUtf8(); };
    auto view = [](const QByteArray& b) { return std::string_view(b.constData(), size_t(b.size())); };
    // Node of (kind, key), reading the enterprise/person row the first time it is met.
    auto node = [&](NodeKind kind, const QString& key, const QString& fallbackName) -> NodeId {
        const QByteArray k = bytes(key);
        if (const auto n = a.find(kind, view(k)))
            return *n;
        if (kind == NodeKind::Enterprise) {
            if (const auto e = reads.enterprise(key)) {
                const QByteArray name = bytes(e->name), status = bytes(e->status);
                return a.append(
                    kind, view(k), view(name), true, e->registeredCapital.value_or(-1), view(status));
            }
        } else if (kind == NodeKind::Person) {
            const QString name = reads.personName(key);
            if (!name.isNull())
                return a.append(kind, view(k), view(bytes(name)), true, -1, {});
        }
        return a.append(kind, view(k), view(bytes(fallbackName)), false, -1, {});
    };
    std::vector<char> upDone, downDone;
    auto mark = [](std::vector<char>& v, NodeId n) {
        if (v.size() <= n)
            v.resize(size_t(n) + 1, 0);
        const bool was = v[n];
        v[n] = 1;
        return !was;
    };
    std::vector<std::pair<NodeId, bool>> work; // node, upwards
    for (const Seed& seed : seeds) {
        NodeKind kind = NodeKind::Enterprise;
        QString key = seed.ref;
        const qsizetype colon = seed.ref.indexOf(u':');
        if (colon > 0) {
            const QByteArray word = seed.ref.left(colon).toUtf8();
            if (const auto k = kindFromWord(view(word))) {
                kind = *k;
                key = seed.ref.mid(colon + 1);
            }
        }
        const NodeId n = node(kind, key, key);
        if (kind == NodeKind::Enterprise && a.g->inCache(n)) {
            for (const auto& role : reads.rolesOf(key)) {
                const NodeId p = node(NodeKind::Person, role.personId, role.personName);
                const QByteArray r = bytes(role.role);
                a.roles.push_back({ n, p, quint16(1u << roleIndex(view(r))) });
            }
        }
        if (seed.up)
            work.push_back({ n, true });
        if (seed.down)
            work.push_back({ n, false });
    }
    while (!work.empty()) {
        const auto [n, up] = work.back();
        work.pop_back();
        if (!mark(up ? upDone : downDone, n))
            continue;
        const NodeKind kind = a.g->kind(n);
        const QString key = a.g->key(n);
        if (up) {
            if (kind != NodeKind::Enterprise)
                continue;
            for (const auto& h : reads.holdersOf(key)) {
                const QByteArray word = bytes(h.holderKind);
                const NodeId holder
                    = node(kindFromWord(view(word)).value_or(NodeKind::Other), h.holderId, h.holderName);
                a.shares.push_back({ holder, n, std::clamp(h.sharePct.value_or(0.0), 0.0, 100.0) / 100.0 });
                work.push_back({ holder, true });
            }
        } else {
            for (const auto& h : reads.holdingsOf(kindName(kind), key)) {
                const NodeId investee = node(NodeKind::Enterprise, h.investeeUscc, h.investeeUscc);
                a.shares.push_back({ n, investee, std::clamp(h.sharePct.value_or(0.0), 0.0, 100.0) / 100.0 });
                work.push_back({ investee, false });
            }
        }
    }
    // An edge read from both sides appears twice: keep one.
    std::sort(a.shares.begin(), a.shares.end(),
        [](const GraphAssembler::RawShare& x, const GraphAssembler::RawShare& y) {
            return x.investee != y.investee ? x.investee < y.investee : x.holder < y.holder;
        });
    a.shares.erase(std::unique(a.shares.begin(), a.shares.end(),
                       [](const GraphAssembler::RawShare& x, const GraphAssembler::RawShare& y) {
                           return x.investee == y.investee && x.holder == y.holder;
                       }),
        a.shares.end());
    return a.finish(store::Cache::dataVersion(db));
}

std::shared_ptr<const OwnershipGraph> OwnershipGraph::forCache(const QString& path, const Progress& progress)
{
    static std::mutex mutex;
    static QString cachedPath;
    static std::shared_ptr<const OwnershipGraph> cached;
    const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
    const qint64 version = store::Cache::dataVersion(db);
    std::lock_guard<std::mutex> lock(mutex);
    if (cached && cachedPath == path && cached->dataVersion() == version)
        return cached;
    auto graph = build(db, progress);
    cached = graph;
    cachedPath = path;
    return graph;
}

// ---------------------------------------------------------------------------------------------------
OwnershipGraph::Builder::Builder()
    : d(std::make_unique<GraphAssembler>())
{
}

OwnershipGraph::Builder::~Builder() = default;

NodeId OwnershipGraph::Builder::addNode(NodeKind kind, std::string_view key, std::string_view name,
    bool inCache, double registeredCapital, std::string_view status)
{
    return d->add(kind, key, name, inCache, registeredCapital, status);
}

NodeId OwnershipGraph::Builder::addEnterprise(
    const QString& uscc, const QString& name, double registeredCapital)
{
    const QByteArray k = uscc.toUtf8(), n = name.toUtf8();
    return addNode(NodeKind::Enterprise, std::string_view(k.constData(), size_t(k.size())),
        std::string_view(n.constData(), size_t(n.size())), true, registeredCapital, "存续");
}

NodeId OwnershipGraph::Builder::addPerson(const QString& id, const QString& name)
{
    const QByteArray k = id.toUtf8(), n = name.toUtf8();
    return addNode(NodeKind::Person, std::string_view(k.constData(), size_t(k.size())),
        std::string_view(n.constData(), size_t(n.size())));
}

NodeId OwnershipGraph::Builder::addOther(const QString& key, const QString& name)
{
    const QByteArray k = key.toUtf8(), n = name.toUtf8();
    return addNode(NodeKind::Other, std::string_view(k.constData(), size_t(k.size())),
        std::string_view(n.constData(), size_t(n.size())));
}

std::optional<NodeId> OwnershipGraph::Builder::find(NodeKind kind, std::string_view key) const
{
    return d->find(kind, key);
}

void OwnershipGraph::Builder::addShare(NodeId holder, NodeId investee, double pct)
{
    d->shares.push_back({ holder, investee, std::clamp(pct, 0.0, 100.0) / 100.0 });
}

void OwnershipGraph::Builder::addRole(NodeId enterprise, NodeId person, std::string_view role)
{
    d->roles.push_back({ enterprise, person, quint16(1u << roleIndex(role)) });
}

void OwnershipGraph::Builder::addRelation(NodeId from, NodeId to, std::string_view kind, double amount)
{
    const quint8 k = kind == "供应" ? Supply : kind == "竞争" ? Competition : Cooperation;
    d->relations.push_back({ from, to, k, amount, 0 });
}

void OwnershipGraph::Builder::addInvoices(NodeId seller, NodeId buyer, qint32 months, double amount)
{
    d->invoices.push_back({ seller, buyer, 0, amount, months });
}

std::shared_ptr<const OwnershipGraph> OwnershipGraph::Builder::finish(qint64 dataVersion)
{
    return d->finish(dataVersion);
}

} // namespace dj::graph
