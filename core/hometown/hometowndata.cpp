#include "core/hometown/hometowndata.h"

#include "core/codes/historicalregions.h"
#include "core/codes/regions.h"
#include "core/graph/beneficialowners.h"
#include "core/graph/ownershipgraph.h"
#include "core/store/cache.h"
#include "core/store/personreads.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <cstring>
#include <functional>
#include <tuple>
#include <type_traits>
#include <unordered_map>

namespace dj::hometown {

namespace {

struct RoleName
{
    const char16_t* name;
    quint16 bit;
};
constexpr RoleName kRoleNames[] = {
    { u"法定代表人", LegalRep },
    { u"董事长", Chair },
    { u"副董事长", ViceChair },
    { u"执行董事", ExecDirector },
    { u"董事", Director },
    { u"监事会主席", SupervisorChair },
    { u"监事", Supervisor },
    { u"总经理", GeneralManager },
    { u"经理", Manager },
    { u"财务负责人", Cfo },
    { u"执行事务合伙人", ExecPartner },
    { u"其他", OtherRole },
    { u"股东", Shareholder },
    { u"受益所有人", BeneficialOwner },
    { u"实际控制人", ActualController },
};

int digitsOf(int level)
{
    return level == 1 ? 2 : level == 2 ? 4 : level >= 3 ? 6 : 0;
}

int codeInt(QStringView code)
{
    bool ok = false;
    const int v = code.toInt(&ok);
    return ok ? v : 0;
}

} // namespace

quint16 roleBits(QStringView name)
{
    const QStringView n = name.trimmed();
    if (n == u"董监高" || n == u"officer" || n == u"officers")
        return kOfficers;
    if (n == u"legal_rep")
        return LegalRep;
    if (n == u"shareholder")
        return Shareholder;
    if (n == u"受益所有人/实际控制人" || n == u"ubo")
        return kOwnershipRoles;
    if (n == u"beneficial_owner")
        return BeneficialOwner;
    if (n == u"controller" || n == u"actual_controller")
        return ActualController;
    for (const RoleName& r : kRoleNames) {
        if (n == QStringView(r.name))
            return r.bit;
    }
    return 0;
}

QStringList roleNames(quint16 bits)
{
    QStringList out;
    for (const RoleName& r : kRoleNames) {
        if (bits & r.bit)
            out << QString::fromUtf16(r.name);
    }
    return out;
}

QStringList qualificationNames(quint8 bits)
{
    QStringList out;
    if (bits & HighTech)
        out << QStringLiteral("高新技术企业");
    if (bits & Specialized)
        out << QStringLiteral("专精特新中小企业");
    if (bits & LittleGiant)
        out << QStringLiteral("专精特新\"小巨人\"企业");
    return out;
}

QStringList riskNames(quint8 bits)
{
    QStringList out;
    if (bits & Dishonest)
        out << QStringLiteral("失信被执行人");
    if (bits & Executed)
        out << QStringLiteral("被执行人");
    if (bits & ConsumptionBan)
        out << QStringLiteral("限制高消费");
    return out;
}

bool isRegionPrefix(const QString& code)
{
    if (code.size() != 2 && code.size() != 4 && code.size() != 6)
        return false;
    for (QChar c : code) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return codes::Regions::instance().find(code) != nullptr;
}

QStringList HometownData::retiredCodesUnder(const QString& prefix)
{
    QStringList out;
    for (const codes::HistoricalRegion& h : codes::HistoricalRegions::instance().entries()) {
        if (h.code.startsWith(prefix) || !h.successor.startsWith(prefix))
            continue;
        const int digits = h.level == codes::MatchLevel::County ? 6
            : h.level == codes::MatchLevel::Prefecture          ? 4
                                                                : 2;
        if (digits >= prefix.size())
            out << h.code;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Builder: string pool with an open-addressing index (offsets stay valid while the pool grows).

struct HometownData::Builder
{
    std::shared_ptr<HometownData> d { new HometownData };

    struct Index
    {
        std::vector<quint32> table; // 0 = empty, else item + 1
        std::vector<quint32> keys; // pool offset of item's key
        void reserve(size_t n)
        {
            size_t cap = 16;
            while (cap < n * 2)
                cap <<= 1;
            table.assign(cap, 0);
            keys.reserve(n);
        }
    };
    Index persons, enterprises;
    QHash<QString, quint32> registerNames;

    quint32 add(QStringView s)
    {
        const quint32 off = quint32(d->m_pool.size());
        d->m_pool.append(s.toUtf8());
        d->m_pool.append('\0');
        return off;
    }
    static size_t hashOf(QByteArrayView key) { return qHash(key, 0x48544d); }
    // Finds key; returns the item or -1. With insertAs ≥ 0 inserts it when absent.
    qint64 find(Index& ix, QByteArrayView key, qint64 insertAs = -1, quint32 keyOffset = 0)
    {
        if (ix.table.empty() || ix.keys.size() * 2 + 2 > ix.table.size())
            grow(ix);
        const size_t mask = ix.table.size() - 1;
        for (size_t i = hashOf(key) & mask;; i = (i + 1) & mask) {
            const quint32 s = ix.table[i];
            if (s == 0) {
                if (insertAs < 0)
                    return -1;
                ix.table[i] = quint32(insertAs) + 1;
                if (ix.keys.size() <= size_t(insertAs))
                    ix.keys.resize(size_t(insertAs) + 1);
                ix.keys[size_t(insertAs)] = keyOffset;
                return insertAs;
            }
            if (d->bytes(ix.keys[s - 1]) == key)
                return s - 1;
        }
    }
    void grow(Index& ix)
    {
        const size_t cap = std::max<size_t>(16, ix.table.size() * 2);
        ix.table.assign(cap, 0);
        const size_t mask = cap - 1;
        for (size_t item = 0; item < ix.keys.size(); ++item) {
            size_t i = hashOf(d->bytes(ix.keys[item])) & mask;
            while (ix.table[i] != 0)
                i = (i + 1) & mask;
            ix.table[i] = quint32(item) + 1;
        }
    }

    void addPerson(const store::PersonRow& p)
    {
        const QByteArray key = p.personId.toUtf8();
        if (find(persons, key) >= 0)
            return;
        Person q;
        q.id = add(p.personId);
        q.name = add(p.name);
        q.masked = add(p.idMasked);
        const QString birth = p.birthplaceCode.trimmed();
        if (birth.size() == 6) {
            q.birthRaw = codeInt(birth);
            const codes::RegionResolution res = codes::HistoricalRegions::instance().resolve(birth);
            if (res.level != codes::MatchLevel::None) {
                q.birthResolved = codeInt(res.code);
                q.birthLevel = quint8(res.level);
                q.birthRetired = res.retired;
                if (res.level == codes::MatchLevel::Exact) {
                    const codes::Region* r = codes::Regions::instance().find(res.code);
                    q.birthDigits = quint8(digitsOf(r ? r->level : 0));
                } else {
                    q.birthDigits = res.level == codes::MatchLevel::County ? 6
                        : res.level == codes::MatchLevel::Prefecture       ? 4
                                                                           : 2;
                }
            }
        }
        const QString native = p.nativePlaceCode.trimmed();
        if ((native.size() == 2 || native.size() == 4 || native.size() == 6) && codeInt(native) > 0) {
            q.native = codeInt(native.leftJustified(6, QLatin1Char('0')));
            q.nativeDigits = quint8(native.size());
        }
        q.birthYear = qint16(p.birthYear);
        find(persons, key, qint64(d->m_persons.size()), q.id);
        d->m_persons.push_back(q);
    }

    void addEnterprise(const store::EnterpriseFigureRow& e)
    {
        const QByteArray key = e.uscc.toUtf8();
        if (find(enterprises, key) >= 0)
            return;
        Enterprise x;
        x.uscc = add(e.uscc);
        x.name = add(e.name);
        x.status = add(e.status);
        x.industry = add(e.industryCode);
        x.region = codeInt(e.regionCode);
        x.section = e.industrySection.isEmpty() ? 0 : char(e.industrySection.at(0).toLatin1());
        x.capital = e.capital.value_or(0);
        if (e.revenue) {
            x.revenue = *e.revenue;
            x.hasRevenue = true;
        }
        if (e.tax) {
            x.tax = *e.tax;
            x.hasTax = true;
        }
        for (const QString& q : e.qualifications)
            x.quals |= qualBit(q);
        for (const QString& r : e.risks)
            x.risks |= riskBit(r);
        find(enterprises, key, qint64(d->m_enterprises.size()), x.uscc);
        d->m_enterprises.push_back(x);
    }

    static quint8 qualBit(const QString& kind)
    {
        if (kind == u"高新技术企业")
            return HighTech;
        if (kind == u"专精特新中小企业")
            return Specialized;
        if (kind.startsWith(u"专精特新") && kind.contains(u"小巨人"))
            return LittleGiant;
        return 0;
    }
    static quint8 riskBit(const QString& kind)
    {
        if (kind == u"失信被执行人")
            return Dishonest;
        if (kind == u"被执行人")
            return Executed;
        if (kind == u"限制高消费")
            return ConsumptionBan;
        return 0;
    }
    Enterprise* enterprise(const QString& uscc)
    {
        const qint64 i = find(enterprises, uscc.toUtf8());
        return i < 0 ? nullptr : &d->m_enterprises[size_t(i)];
    }

    struct RawLink
    {
        quint32 person, enterprise;
        quint16 roles;
        double share;
        double ultimate = -1;
    };
    std::vector<RawLink> raw;

    void addLink(const store::PersonLinkRow& l)
    {
        const qint64 p = find(persons, l.personId.toUtf8());
        const qint64 e = find(enterprises, l.uscc.toUtf8());
        if (p < 0 || e < 0)
            return;
        RawLink r { quint32(p), quint32(e), 0, -1, -1 };
        if (l.isShare) {
            r.roles = Shareholder;
            r.share = l.sharePct ? *l.sharePct : -1.0;
        } else {
            r.roles = roleBits(l.role);
            if (r.roles == 0)
                r.roles = OtherRole;
        }
        raw.push_back(r);
    }

    void addMembership(const QString& personId, const QString& registerName)
    {
        const qint64 p = find(persons, personId.toUtf8());
        if (p < 0)
            return;
        auto it = registerNames.find(registerName);
        if (it == registerNames.end())
            it = registerNames.insert(registerName, add(registerName));
        d->m_memberships.emplace_back(quint32(p), *it);
    }

    std::shared_ptr<const HometownData> finish()
    {
        // Counting sort by person, then one link per (person, enterprise) with its roles merged.
        std::vector<quint32> start(d->m_persons.size() + 1, 0);
        for (const RawLink& r : raw)
            ++start[r.person + 1];
        for (size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        std::vector<RawLink> sorted(raw.size());
        std::vector<quint32> fill(start.begin(), start.end() - 1);
        for (const RawLink& r : raw)
            sorted[fill[r.person]++] = r;
        raw.clear();
        raw.shrink_to_fit();
        d->m_links.reserve(sorted.size());
        for (size_t p = 0; p < d->m_persons.size(); ++p) {
            auto b = sorted.begin() + start[p], e = sorted.begin() + start[p + 1];
            // By USCC, not by enterprise number: the order (and so every sum over a person's links) is the
            // same whether the whole cache or one origin's part was read.
            std::sort(b, e, [this](const RawLink& x, const RawLink& y) {
                if (x.enterprise == y.enterprise)
                    return false;
                return d->bytes(d->m_enterprises[x.enterprise].uscc)
                    < d->bytes(d->m_enterprises[y.enterprise].uscc);
            });
            d->m_persons[p].linkBegin = quint32(d->m_links.size());
            for (auto it = b; it != e; ++it) {
                if (!d->m_links.empty() && d->m_persons[p].linkBegin < d->m_links.size()
                    && d->m_links.back().enterprise == it->enterprise) {
                    d->m_links.back().roles |= it->roles;
                    d->m_links.back().share = std::max(d->m_links.back().share, it->share);
                    d->m_links.back().ultimate = std::max(d->m_links.back().ultimate, it->ultimate);
                } else {
                    d->m_links.push_back({ it->enterprise, it->roles, it->share, it->ultimate });
                }
            }
            d->m_persons[p].linkEnd = quint32(d->m_links.size());
        }
        for (quint32 p = 0; p < d->m_persons.size(); ++p) {
            const Person& q = d->m_persons[p];
            if (q.birthDigits)
                d->m_byBirth.emplace_back(q.birthResolved, p);
            if (q.nativeDigits)
                d->m_byNative.emplace_back(q.native, p);
        }
        std::sort(d->m_byBirth.begin(), d->m_byBirth.end());
        std::sort(d->m_byNative.begin(), d->m_byNative.end());
        std::sort(d->m_memberships.begin(), d->m_memberships.end());
        d->m_memberships.erase(
            std::unique(d->m_memberships.begin(), d->m_memberships.end()), d->m_memberships.end());
        d->m_pool.squeeze();
        return d;
    }
};

QString HometownData::text(quint32 offset) const
{
    return QString::fromUtf8(bytes(offset));
}

QByteArrayView HometownData::bytes(quint32 offset) const
{
    const char* s = pool() + offset;
    return QByteArrayView(s, qsizetype(qstrlen(s)));
}

std::vector<quint32> HometownData::personsUnder(const QStringList& prefixes) const
{
    static constexpr int kPow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };
    std::vector<quint32> out;
    for (const QString& prefix : prefixes) {
        const int digits = int(prefix.size());
        if (digits < 1 || digits > 6)
            continue;
        const qint32 lo = prefix.toInt() * kPow10[6 - digits];
        const qint32 hi = lo + kPow10[6 - digits];
        auto collect = [&](CodeIndex index, bool birth) {
            auto it = std::lower_bound(index.begin(), index.end(), std::pair<qint32, quint32>(lo, 0));
            for (; it != index.end() && it->first < hi; ++it) {
                const Person& p = persons()[it->second];
                if ((birth ? p.birthDigits : p.nativeDigits) >= digits)
                    out.push_back(it->second);
            }
        };
        collect(byBirth(), true);
        collect(byNative(), false);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QStringList HometownData::registersOf(quint32 person) const
{
    QStringList out;
    auto it = std::lower_bound(
        m_memberships.begin(), m_memberships.end(), std::pair<quint32, quint32>(person, 0));
    for (; it != m_memberships.end() && it->first == person; ++it)
        out << text(it->second);
    return out;
}

namespace {

/// 受益所有人 and 实际控制人 from the ownership graph (core/graph): for each person of the builder, the
/// enterprises they hold at any depth below them (through intermediate companies) and those they already hold
/// a role in are candidates; BeneficialOwners decides each candidate once (its owners, with the
/// senior-manager fallback, and its actual controller). Enterprises not yet in the builder are read when they
/// lie under one of the targets (all when none). `above` must hold everything above the candidates.
void addOwnershipRoles(HometownData::Builder& b, const graph::OwnershipGraph& below,
    const std::function<std::shared_ptr<const graph::OwnershipGraph>(const QStringList&)>& above,
    const store::PersonReads& reads, const QStringList& targets, const Progress& progress = {})
{
    using graph::NodeId;
    using graph::NodeKind;
    // Candidates per person, as USCCs (the two graphs number nodes differently).
    std::vector<std::pair<quint32, QString>> candidates;
    QStringList usccs;
    QSet<QString> seen;
    std::vector<char> visited(below.nodeCount(), 0);
    std::vector<NodeId> stack, touched;
    const auto& persons = b.d->persons();
    for (quint32 p = 0; p < persons.size(); ++p) {
        if ((p & 0xFFF) == 0)
            progress.throwIfCancelled();
        const auto node = below.find(NodeKind::Person, b.d->bytes(persons[p].id).toByteArray().toStdString());
        QSet<QString> mine;
        if (node) {
            stack.assign(1, *node);
            while (!stack.empty()) {
                const NodeId n = stack.back();
                stack.pop_back();
                for (const auto& l : below.holdings(n)) {
                    if (visited[l.node] || below.kind(l.node) != NodeKind::Enterprise)
                        continue;
                    visited[l.node] = 1;
                    touched.push_back(l.node);
                    stack.push_back(l.node);
                    mine.insert(below.key(l.node));
                }
            }
            for (NodeId t : touched)
                visited[t] = 0;
            touched.clear();
        }
        for (const QString& u : std::as_const(mine)) {
            candidates.emplace_back(p, u);
            if (!seen.contains(u)) {
                seen.insert(u);
                usccs << u;
            }
        }
    }
    // The senior-manager fallback names a person in charge who may hold no share at all.
    for (const auto& r : b.raw) {
        if (!(r.roles & (LegalRep | GeneralManager | ExecPartner)))
            continue;
        const QString u = b.d->text(b.d->enterprises()[r.enterprise].uscc);
        candidates.emplace_back(r.person, u);
        if (!seen.contains(u)) {
            seen.insert(u);
            usccs << u;
        }
    }
    if (usccs.isEmpty())
        return;
    const auto graph = above(usccs);
    graph::BeneficialOwners owners(*graph);
    struct Verdict
    {
        std::vector<std::pair<NodeId, double>> owners; // person node, ultimate share (0..1)
        NodeId controller = graph::kNoNode;
        double controllerShare = 0;
    };
    std::unordered_map<NodeId, Verdict> verdicts;
    std::vector<std::tuple<quint32, QString, quint16, double>> found;
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const auto& [p, uscc] : candidates) {
        const auto e = graph->enterprise(uscc);
        const auto who = graph->find(NodeKind::Person, b.d->bytes(persons[p].id).toByteArray().toStdString());
        if (!e || !who)
            continue;
        auto it = verdicts.find(*e);
        if (it == verdicts.end()) {
            if ((verdicts.size() & 0x3FF) == 0)
                progress.throwIfCancelled();
            const auto report = owners.analyse(*e);
            Verdict v;
            for (const auto& o : report.owners) {
                if (graph->kind(o.node) == NodeKind::Person)
                    v.owners.emplace_back(o.node, o.share);
            }
            if (report.controller.node != graph::kNoNode
                && graph->kind(report.controller.node) == NodeKind::Person) {
                v.controller = report.controller.node;
                for (const auto& h : report.ultimateHolders) {
                    if (h.node == v.controller)
                        v.controllerShare = h.share;
                }
            }
            it = verdicts.emplace(*e, std::move(v)).first;
        }
        quint16 roles = 0;
        double share = -1;
        for (const auto& [n, s] : it->second.owners) {
            if (n == *who) {
                roles |= BeneficialOwner;
                share = std::max(share, s * 100.0);
            }
        }
        if (it->second.controller == *who) {
            roles |= ActualController;
            share = std::max(share, it->second.controllerShare * 100.0);
        }
        if (roles)
            found.emplace_back(p, uscc, roles, share);
    }
    QStringList missing;
    QSet<QString> missingSet;
    for (const auto& f : found) {
        const QString& u = std::get<1>(f);
        if (!b.enterprise(u) && !missingSet.contains(u)) {
            missingSet.insert(u);
            missing << u;
        }
    }
    reads.forEachEnterprise(missing, [&](const store::EnterpriseFigureRow& e) {
        bool inside = targets.isEmpty();
        for (const QString& t : targets)
            inside = inside || e.regionCode.startsWith(t);
        if (inside)
            b.addEnterprise(e);
    });
    for (const auto& [p, uscc, roles, share] : found) {
        const qint64 e = b.find(b.enterprises, uscc.toUtf8());
        if (e >= 0)
            b.raw.push_back({ p, quint32(e), roles, -1, share });
    }
}

} // namespace

std::shared_ptr<const HometownData> HometownData::loadAll(const store::Database& db, const Progress& progress)
{
    const store::PersonReads reads(db);
    Builder b;
    const qint64 persons = reads.personCount();
    const qint64 enterprises = db.scalarInt("SELECT count(*) FROM enterprises");
    b.persons.reserve(size_t(persons));
    b.enterprises.reserve(size_t(enterprises));
    b.d->m_persons.reserve(size_t(persons));
    b.d->m_enterprises.reserve(size_t(enterprises));
    const qint64 total = 7;
    progress.report(0, total, tr("Reading persons"));
    reads.forEachPerson([&](const store::PersonRow& p) { b.addPerson(p); });
    progress.report(1, total, tr("Reading enterprises"));
    reads.scanEnterprises([&](const store::EnterpriseFigureRow& e) { b.addEnterprise(e); });
    progress.report(2, total, tr("Reading financial figures"));
    {
        QString last;
        Enterprise* current = nullptr;
        reads.scanFinancials(
            [&](const QString& uscc, int, std::optional<double> revenue, std::optional<double> tax) {
                if (uscc != last) {
                    last = uscc;
                    current = b.enterprise(uscc);
                }
                if (!current)
                    return;
                if (revenue) {
                    current->revenue = *revenue;
                    current->hasRevenue = true;
                }
                if (tax) {
                    current->tax = *tax;
                    current->hasTax = true;
                }
            });
    }
    progress.report(3, total, tr("Reading qualifications and risks"));
    reads.scanQualifications([&](const QString& uscc, const QString& kind) {
        if (Enterprise* e = b.enterprise(uscc))
            e->quals |= Builder::qualBit(kind);
    });
    reads.scanCurrentRisks([&](const QString& uscc, const QString& kind) {
        if (Enterprise* e = b.enterprise(uscc))
            e->risks |= Builder::riskBit(kind);
    });
    progress.report(4, total, tr("Reading roles and shareholdings"));
    reads.forEachLink({}, [&](const store::PersonLinkRow& l) { b.addLink(l); });
    progress.report(5, total, tr("Reading ownership (beneficial owners, actual controllers)"));
    {
        const auto whole = graph::OwnershipGraph::build(db, progress);
        addOwnershipRoles(
            b, *whole, [&whole](const QStringList&) { return whole; }, reads, {}, progress);
    }
    progress.report(6, total, tr("Reading registers"));
    reads.scanMemberships([&](const QString& p, const QString& r) { b.addMembership(p, r); });
    auto out = b.finish();
    progress.report(total, total, tr("Ready"));
    return out;
}

// ---------------------------------------------------------------------------------------------------
// The persisted snapshot: <cache>.hometown, memory-mapped. Layout (native byte order, every section
// 8-byte aligned): kMagic, format version, data version, the cache's creation stamp, section table
// (offset, count) × 6, then persons, links, enterprises, birthplace index, 籍贯 index, string pool.

namespace {

constexpr char kMagic[8] = { 'D', 'J', 'H', 'O', 'M', 'E', 'T', '1' };
constexpr quint32 kFormatVersion = 1;
constexpr int kSections = 6;

static_assert(std::is_trivially_copyable_v<HometownData::Person>);
static_assert(std::is_trivially_copyable_v<HometownData::Link>);
static_assert(std::is_trivially_copyable_v<HometownData::Enterprise>);

struct FileHeader
{
    char magic[8];
    quint32 format;
    quint32 byteOrder; // 0x01020304 as written
    qint64 dataVersion;
    char created[32]; // Cache meta "created", NUL-padded
    quint64 offset[kSections];
    quint64 count[kSections];
};
static_assert(sizeof(FileHeader) % 8 == 0);

/// What identifies the cache content the file was built from.
struct Stamp
{
    qint64 dataVersion = 0;
    QByteArray created;
};

Stamp stampOf(const store::Database& db)
{
    return { store::Cache::dataVersion(db),
        store::Cache::meta(db, QStringLiteral("created")).toUtf8().left(31) };
}

struct Mapping
{
    QFile file;
    uchar* base = nullptr;
    ~Mapping()
    {
        if (base)
            file.unmap(base);
    }
};

} // namespace

QString HometownData::persistedPath(const QString& cachePath)
{
    return cachePath + QStringLiteral(".hometown");
}

bool HometownData::save(const QString& cachePath, const store::Database& db, QString* error) const
{
    const Stamp stamp = stampOf(db);
    FileHeader h {};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.format = kFormatVersion;
    h.byteOrder = 0x01020304;
    h.dataVersion = stamp.dataVersion;
    std::memcpy(h.created, stamp.created.constData(), size_t(stamp.created.size()));
    const auto p = persons();
    const auto l = links();
    const auto e = enterprises();
    const auto b = byBirth();
    const auto n = byNative();
    const qsizetype poolSize = m_map ? 0 : m_pool.size();
    const std::pair<const char*, quint64> parts[kSections] = {
        { reinterpret_cast<const char*>(p.data()), p.size_bytes() },
        { reinterpret_cast<const char*>(l.data()), l.size_bytes() },
        { reinterpret_cast<const char*>(e.data()), e.size_bytes() },
        { reinterpret_cast<const char*>(b.data()), b.size_bytes() },
        { reinterpret_cast<const char*>(n.data()), n.size_bytes() },
        { pool(), quint64(poolSize) },
    };
    const quint64 counts[kSections] = { p.size(), l.size(), e.size(), b.size(), n.size(), quint64(poolSize) };
    quint64 at = sizeof h;
    for (int i = 0; i < kSections; ++i) {
        h.offset[i] = at;
        h.count[i] = counts[i];
        at += (parts[i].second + 7) & ~quint64(7);
    }
    QSaveFile file(persistedPath(cachePath));
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        file.cancelWriting();
        return false;
    };
    if (m_map)
        return fail(tr("A mapped snapshot is already persisted."));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    static const char zeros[8] = {};
    bool ok = file.write(reinterpret_cast<const char*>(&h), sizeof h) == qint64(sizeof h);
    for (int i = 0; ok && i < kSections; ++i) {
        ok = file.write(parts[i].first, qint64(parts[i].second)) == qint64(parts[i].second);
        const qint64 pad = qint64(((parts[i].second + 7) & ~quint64(7)) - parts[i].second);
        ok = ok && (pad == 0 || file.write(zeros, pad) == pad);
    }
    if (!ok)
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

std::shared_ptr<const HometownData> HometownData::openPersisted(const QString& cachePath)
{
    auto map = std::make_shared<Mapping>();
    map->file.setFileName(persistedPath(cachePath));
    if (!map->file.open(QIODevice::ReadOnly))
        return nullptr;
    const qint64 size = map->file.size();
    if (size < qint64(sizeof(FileHeader)))
        return nullptr;
    map->base = map->file.map(0, size);
    if (!map->base)
        return nullptr;
    FileHeader h;
    std::memcpy(&h, map->base, sizeof h);
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.format != kFormatVersion
        || h.byteOrder != 0x01020304)
        return nullptr;
    {
        const store::Database db = store::Cache::open(cachePath, store::Cache::Access::ReadOnly);
        const Stamp stamp = stampOf(db);
        if (h.dataVersion != stamp.dataVersion
            || QByteArray(h.created, qstrnlen(h.created, sizeof h.created)) != stamp.created)
            return nullptr;
    }
    const size_t widths[kSections] = { sizeof(Person), sizeof(Link), sizeof(Enterprise),
        sizeof(std::pair<qint32, quint32>), sizeof(std::pair<qint32, quint32>), 1 };
    for (int i = 0; i < kSections; ++i) {
        if (h.offset[i] % 8 != 0 || h.offset[i] > quint64(size)
            || h.count[i] > (quint64(size) - h.offset[i]) / widths[i])
            return nullptr;
    }
    auto at = [&](int i) { return map->base + h.offset[i]; };
    std::shared_ptr<HometownData> d(new HometownData);
    d->m_view.persons = { reinterpret_cast<const Person*>(at(0)), size_t(h.count[0]) };
    d->m_view.links = { reinterpret_cast<const Link*>(at(1)), size_t(h.count[1]) };
    d->m_view.enterprises = { reinterpret_cast<const Enterprise*>(at(2)), size_t(h.count[2]) };
    d->m_view.byBirth = { reinterpret_cast<const std::pair<qint32, quint32>*>(at(3)), size_t(h.count[3]) };
    d->m_view.byNative = { reinterpret_cast<const std::pair<qint32, quint32>*>(at(4)), size_t(h.count[4]) };
    d->m_view.pool = reinterpret_cast<const char*>(at(5));
    // The pool must end with a NUL (every string is NUL-terminated), so no read runs past the mapping.
    if (h.count[5] == 0 ? !d->m_view.persons.empty() : d->m_view.pool[h.count[5] - 1] != '\0')
        return nullptr;
    d->m_map = map;
    return d;
}

std::shared_ptr<const HometownData> HometownData::openOrBuild(
    const QString& cachePath, const Progress& progress)
{
    if (auto d = openPersisted(cachePath))
        return d;
    std::shared_ptr<const HometownData> built;
    {
        const store::Database db = store::Cache::open(cachePath, store::Cache::Access::ReadOnly);
        built = loadAll(db, progress);
        QString why;
        if (!built->save(cachePath, db, &why))
            return built; // best effort: the next open builds again
    }
    if (auto d = openPersisted(cachePath))
        return d;
    return built;
}

namespace {

void loadLinksAndEnterprises(HometownData::Builder& b, const store::PersonReads& reads,
    const QStringList& ids, const QStringList& targets)
{
    std::vector<store::PersonLinkRow> links;
    QStringList usccs;
    QSet<QString> seen;
    reads.forEachLinkWithRegion(ids, targets, [&](const store::PersonLinkRow& l) {
        links.push_back(l);
        if (!seen.contains(l.uscc)) {
            seen.insert(l.uscc);
            usccs << l.uscc;
        }
    });
    reads.forEachEnterprise(usccs, [&](const store::EnterpriseFigureRow& e) { b.addEnterprise(e); });
    for (const store::PersonLinkRow& l : links)
        b.addLink(l);
    reads.forEachMembership(ids, [&](const QString& p, const QString& r) { b.addMembership(p, r); });
}

/// The ownership roles of the builder's persons from the part of the graph around them: what they hold at
/// any depth, then everything above those enterprises (targeted reads, not a whole-cache build).
void addOwnershipRolesAround(HometownData::Builder& b, const store::Database& db,
    const store::PersonReads& reads, const QStringList& targets)
{
    std::vector<graph::OwnershipGraph::Seed> seeds;
    seeds.reserve(b.d->persons().size());
    for (const auto& p : b.d->persons())
        seeds.push_back({ QStringLiteral("person:") + b.d->text(p.id), false, true });
    if (seeds.empty())
        return;
    const auto below = graph::OwnershipGraph::buildAround(db, seeds);
    addOwnershipRoles(
        b, *below,
        [&db](const QStringList& usccs) {
            std::vector<graph::OwnershipGraph::Seed> up;
            up.reserve(size_t(usccs.size()));
            for (const QString& u : usccs)
                up.push_back({ u, true, false });
            return graph::OwnershipGraph::buildAround(db, up);
        },
        reads, targets);
}

} // namespace

std::shared_ptr<const HometownData> HometownData::loadForOrigins(
    const store::Database& db, const QStringList& origins, const QStringList& targets, bool ownership)
{
    const store::PersonReads reads(db);
    QStringList retired;
    for (const QString& o : origins)
        retired << retiredCodesUnder(o);
    Builder b;
    QStringList ids;
    for (const store::PersonRow& p : reads.personsByPlace(origins, retired, origins)) {
        b.addPerson(p);
        ids << p.personId;
    }
    loadLinksAndEnterprises(b, reads, ids, targets);
    if (ownership)
        addOwnershipRolesAround(b, db, reads, targets);
    return b.finish();
}

std::shared_ptr<const HometownData> HometownData::loadForTarget(
    const store::Database& db, const QString& target, bool ownership)
{
    const store::PersonReads reads(db);
    Builder b;
    QStringList ids;
    QSet<QString> seen;
    std::vector<store::PersonLinkRow> links;
    QStringList usccs;
    QSet<QString> seenUscc;
    reads.forEachLinkInRegion(target, [&](const store::PersonLinkRow& l) {
        links.push_back(l);
        if (!seen.contains(l.personId)) {
            seen.insert(l.personId);
            ids << l.personId;
        }
        if (!seenUscc.contains(l.uscc)) {
            seenUscc.insert(l.uscc);
            usccs << l.uscc;
        }
    });
    for (const store::PersonRow& p : reads.personsById(ids))
        b.addPerson(p);
    reads.forEachEnterprise(usccs, [&](const store::EnterpriseFigureRow& e) { b.addEnterprise(e); });
    for (const store::PersonLinkRow& l : links)
        b.addLink(l);
    reads.scanMemberships([&](const QString& p, const QString& r) {
        if (seen.contains(p))
            b.addMembership(p, r);
    });
    // Persons who own or control a target enterprise only through companies elsewhere are not found here:
    // the target view starts from the registered links (roles and direct shares) of the target's enterprises.
    if (ownership)
        addOwnershipRolesAround(b, db, reads, { target });
    return b.finish();
}

} // namespace dj::hometown
