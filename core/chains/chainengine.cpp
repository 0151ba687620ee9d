#include "core/chains/chainengine.h"

#include "core/codes/regions.h"
#include "core/search/indexdata.h"
#include "core/search/searchindex.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

namespace dj::chains {

using namespace Qt::StringLiterals;
using dj::search::IndexData;

namespace {

const char kGaoxin[] = "高新技术企业";
const char kZjtx[] = "专精特新中小企业";
const char kXjr[] = "专精特新\"小巨人\"企业";

std::string utf8(const QString& s)
{
    return s.toStdString();
}

quint32 kindCode(const dj::search::StringColumn& kinds, std::string_view name)
{
    for (qint64 i = 0; i < kinds.size(); ++i) {
        if (kinds.at(i) == name)
            return quint32(i) + 1;
    }
    return 0;
}

/// Region prefix as a test on the six-digit numeric region column.
struct RegionTest
{
    qint32 prefix = -1;
    qint32 divisor = 1;
    explicit RegionTest(const QString& code = {})
    {
        if (code.isEmpty())
            return;
        prefix = code.toInt();
        for (qsizetype i = code.size(); i < 6; ++i)
            divisor *= 10;
    }
    bool all() const { return prefix < 0; }
    bool operator()(qint32 region) const { return prefix < 0 || (region >= 0 && region / divisor == prefix); }
};

double valueOr0(double v)
{
    return std::isnan(v) ? 0.0 : v;
}

qint32 rowOfUscc(const IndexData& d, std::string_view uscc)
{
    auto it = std::lower_bound(d.usccOrder.begin(), d.usccOrder.end(), uscc,
        [&d](qint32 row, std::string_view key) { return d.uscc.at(row) < key; });
    if (it != d.usccOrder.end() && d.uscc.at(*it) == uscc)
        return *it;
    return -1;
}

/// Revenue of the year before the row's latest revenue year (NaN when unknown).
double previousRevenue(const IndexData& d, qint32 row)
{
    const qint16 latest = d.latestRevenueYear[size_t(row)];
    if (std::isnan(d.latestRevenue[size_t(row)]))
        return std::nan("");
    for (quint32 i = d.fin.begin(row); i < d.fin.end(row); ++i) {
        if (d.finYear[i] == latest - 1)
            return d.finRevenue[i];
    }
    return std::nan("");
}

} // namespace

QList<MatchedRule> ChainAssignment::rules(const Segment& s)
{
    QList<MatchedRule> out;
    for (const QString& c : s.classes)
        out.append({ u"class"_s, c });
    for (const QString& k : s.nameKeywords)
        out.append({ u"name"_s, k });
    for (const QString& k : s.scopeKeywords)
        out.append({ u"scope"_s, k });
    return out;
}

MatchedRule ChainAssignment::rule(int segment, size_t position) const
{
    const SegmentMembers& m = segments[size_t(segment)];
    const quint16 r = m.rules[position];
    if (r == SegmentMembers::kCorrection)
        return { u"correction"_s, {} };
    const QList<MatchedRule> list = rules(chain.segments[segment]);
    return r < list.size() ? list[r] : MatchedRule {};
}

ChainEngine::ChainEngine(std::shared_ptr<const dj::search::SearchIndex> index)
    : m_index(std::move(index))
{
    const IndexData& d = m_index->data();
    const qint64 statuses = d.status.dict.size();
    m_operatingStatus.assign(size_t(std::max<qint64>(statuses, 1)), 0);
    for (qint64 i = 0; i < statuses; ++i) {
        const std::string_view s = d.status.dict.at(i);
        m_operatingStatus[size_t(i)] = (s == "存续" || s == "在业") ? 1 : 0;
    }
    m_gaoxin = kindCode(d.qualKinds, kGaoxin);
    m_zjtx = kindCode(d.qualKinds, kZjtx);
    m_xjr = kindCode(d.qualKinds, kXjr);
}

bool ChainEngine::operating(qint32 row) const
{
    const quint32 c = m_index->data().status.codes[size_t(row)];
    return c < m_operatingStatus.size() && m_operatingStatus[c];
}

QString ChainEngine::checkedRegion(const QString& region)
{
    bool digits = !region.isEmpty();
    for (QChar c : region)
        digits = digits && c.unicode() >= u'0' && c.unicode() <= u'9';
    if (!digits || (region.size() != 2 && region.size() != 4 && region.size() != 6)
        || !dj::codes::Regions::instance().find(region))
        throw ChainError(
            tr("\"%1\" is not a region code of 2, 4 or 6 digits that exists today.").arg(region));
    return region;
}

QString ChainEngine::regionName(const QString& region)
{
    return dj::codes::Regions::instance().fullName(region);
}

ChainAssignment ChainEngine::assign(const ChainTemplate& chain,
    const QList<dj::store::ChainCorrectionRow>& corrections, const Progress& progress) const
{
    QElapsedTimer timer;
    timer.start();
    const IndexData& d = m_index->data();
    const int segs = int(chain.segments.size());
    ChainAssignment out;
    out.chain = chain;
    out.dataVersion = m_index->dataVersion();
    out.segments.resize(size_t(segs));

    struct Prepared
    {
        std::vector<qint32> classRule; ///< per industry dict code: first matching class index or -1
        std::vector<char> classExcluded;
        std::vector<qint32> scopeRule; ///< per scope dict code: scope keyword index or -1
        std::vector<char> scopeExcluded;
        std::vector<std::string> nameKeywords;
        std::vector<std::string> excludeKeywords;
        qint32 nameBase = 0, scopeBase = 0;
    };
    std::vector<Prepared> prep(static_cast<size_t>(segs));
    const qint64 industries = d.industryCode.dict.size();
    const qint64 scopes = d.scope.dict.size();
    auto startsWith = [](std::string_view s, const std::string& p) { return s.substr(0, p.size()) == p; };
    for (int si = 0; si < segs; ++si) {
        const Segment& s = chain.segments[si];
        Prepared& p = prep[size_t(si)];
        std::vector<std::string> classes, excludeClasses, scopeKeywords;
        for (const QString& c : s.classes)
            classes.push_back(utf8(c));
        for (const QString& c : s.excludeClasses)
            excludeClasses.push_back(utf8(c));
        for (const QString& k : s.nameKeywords)
            p.nameKeywords.push_back(utf8(k));
        for (const QString& k : s.scopeKeywords)
            scopeKeywords.push_back(utf8(k));
        for (const QString& k : s.excludeKeywords)
            p.excludeKeywords.push_back(utf8(k));
        p.nameBase = qint32(classes.size());
        p.scopeBase = p.nameBase + qint32(p.nameKeywords.size());
        p.classRule.assign(size_t(industries), -1);
        p.classExcluded.assign(size_t(industries), 0);
        for (qint64 i = 1; i < industries; ++i) {
            const std::string_view code = d.industryCode.dict.at(i);
            for (size_t c = 0; c < classes.size(); ++c) {
                if (startsWith(code, classes[c])) {
                    p.classRule[size_t(i)] = qint32(c);
                    break;
                }
            }
            for (const std::string& c : excludeClasses)
                if (startsWith(code, c))
                    p.classExcluded[size_t(i)] = 1;
        }
        p.scopeRule.assign(size_t(scopes), -1);
        p.scopeExcluded.assign(size_t(scopes), 0);
        for (qint64 i = 1; i < scopes; ++i) {
            const std::string_view text = d.scope.dict.at(i);
            for (size_t k = 0; k < scopeKeywords.size(); ++k) {
                if (text.find(scopeKeywords[k]) != std::string_view::npos) {
                    p.scopeRule[size_t(i)] = qint32(k);
                    break;
                }
            }
            for (const std::string& k : p.excludeKeywords)
                if (text.find(k) != std::string_view::npos)
                    p.scopeExcluded[size_t(i)] = 1;
        }
    }

    const qint32 n = d.n;
    constexpr qint32 kStep = 1 << 16;
    for (qint32 row = 0; row < n; ++row) {
        if ((row & (kStep - 1)) == 0)
            progress.report(row, n, tr("Assigning enterprises to %1").arg(chain.name));
        const quint32 ic = d.industryCode.codes[size_t(row)];
        const quint32 sc = d.scope.codes[size_t(row)];
        const std::string_view name = d.name.at(row);
        for (int si = 0; si < segs; ++si) {
            const Prepared& p = prep[size_t(si)];
            qint32 rule = p.classRule[ic];
            if (rule < 0) {
                for (size_t k = 0; k < p.nameKeywords.size(); ++k) {
                    if (name.find(p.nameKeywords[k]) != std::string_view::npos) {
                        rule = p.nameBase + qint32(k);
                        break;
                    }
                }
            }
            if (rule < 0 && p.scopeRule[sc] >= 0)
                rule = p.scopeBase + p.scopeRule[sc];
            if (rule < 0 || p.classExcluded[ic] || p.scopeExcluded[sc])
                continue;
            bool excluded = false;
            for (const std::string& k : p.excludeKeywords)
                excluded = excluded || name.find(k) != std::string_view::npos;
            if (excluded)
                continue;
            SegmentMembers& m = out.segments[size_t(si)];
            m.rows.push_back(row);
            m.rules.push_back(quint16(rule));
        }
    }

    // Corrections win over the rules.
    for (const dj::store::ChainCorrectionRow& c : corrections) {
        const int si = chain.segmentIndex(c.segmentId);
        if (si < 0 || (!c.chainId.isEmpty() && c.chainId != chain.id))
            continue;
        const qint32 row = rowOfUscc(d, utf8(c.uscc));
        if (row < 0)
            continue;
        SegmentMembers& m = out.segments[size_t(si)];
        const auto it = std::lower_bound(m.rows.begin(), m.rows.end(), row);
        const size_t at = size_t(it - m.rows.begin());
        const bool present = it != m.rows.end() && *it == row;
        if (c.included) {
            if (present) {
                m.rules[at] = SegmentMembers::kCorrection;
            } else {
                m.rows.insert(it, row);
                m.rules.insert(m.rules.begin() + qsizetype(at), SegmentMembers::kCorrection);
            }
            out.correctionNotes.insert(c.segmentId + QChar(0x1f) + c.uscc, c.note);
        } else if (present) {
            m.rows.erase(it);
            m.rules.erase(m.rules.begin() + qsizetype(at));
        }
    }
    progress.report(n, n, tr("Assigning enterprises to %1").arg(chain.name));
    out.ms = double(timer.nsecsElapsed()) / 1e6;
    return out;
}

FirmRef ChainEngine::firm(qint32 row) const
{
    const IndexData& d = m_index->data();
    FirmRef f;
    f.row = row;
    f.uscc = d.uscc.text(row);
    f.name = d.name.text(row);
    const qint32 region = d.region[size_t(row)];
    f.regionCode = region >= 0 ? QStringLiteral("%1").arg(region, 6, 10, QLatin1Char('0')) : QString();
    if (!std::isnan(d.latestRevenue[size_t(row)]))
        f.revenue = d.latestRevenue[size_t(row)];
    if (!std::isnan(d.latestTax[size_t(row)]))
        f.tax = d.latestTax[size_t(row)];
    const double prev = previousRevenue(d, row);
    if (f.revenue && !std::isnan(prev) && prev > 0)
        f.growth = *f.revenue / prev - 1.0;
    for (quint32 i = d.qual.begin(row); i < d.qual.end(row); ++i) {
        const quint32 k = d.qualKind[i] + 1;
        const QString kind = k == m_gaoxin ? QString::fromUtf8(kGaoxin)
            : k == m_zjtx                  ? QString::fromUtf8(kZjtx)
            : k == m_xjr                   ? QString::fromUtf8(kXjr)
                                           : QString();
        if (!kind.isEmpty() && !f.qualifications.contains(kind))
            f.qualifications << kind;
    }
    return f;
}

std::vector<qint32> ChainEngine::members(
    const ChainAssignment& assignment, const QString& region, int segment, bool operatingOnly) const
{
    const IndexData& d = m_index->data();
    const RegionTest inRegion(region);
    std::vector<qint32> out;
    for (qint32 row : assignment.segments[size_t(segment)].rows) {
        if (inRegion(d.region[size_t(row)]) && (!operatingOnly || operating(row)))
            out.push_back(row);
    }
    std::stable_sort(out.begin(), out.end(), [&d](qint32 a, qint32 b) {
        return valueOr0(d.latestRevenue[size_t(a)]) > valueOr0(d.latestRevenue[size_t(b)]);
    });
    return out;
}

ChainMap ChainEngine::map(
    const ChainAssignment& assignment, const QString& region, Thresholds thresholds) const
{
    QElapsedTimer timer;
    timer.start();
    checkedRegion(region);
    const IndexData& d = m_index->data();
    ChainMap out;
    out.chainId = assignment.chain.id;
    out.chainName = assignment.chain.name;
    out.region = region;
    out.regionName = regionName(region);
    out.thresholds = thresholds;
    const RegionTest inRegion(region);
    const bool belowProvince = region.size() > 2;
    const RegionTest inProvince(region.left(2));

    double nationalRevenue = 0, regionRevenue = 0;
    for (qint32 row = 0; row < d.n; ++row) {
        if (!operating(row))
            continue;
        const qint32 r = d.region[size_t(row)];
        const double rev = valueOr0(d.latestRevenue[size_t(row)]);
        ++out.nationalEnterprises;
        nationalRevenue += rev;
        if (inProvince(r))
            ++out.provinceEnterprises;
        if (inRegion(r)) {
            ++out.regionEnterprises;
            regionRevenue += rev;
        }
    }

    for (int si = 0; si < int(assignment.chain.segments.size()); ++si) {
        const Segment& s = assignment.chain.segments[si];
        const SegmentMembers& m = assignment.segments[size_t(si)];
        SegmentFigures f;
        f.id = s.id;
        f.name = s.name;
        f.stage = s.stage;
        double nationalSegRevenue = 0, growthNow = 0, growthBefore = 0;
        bool growthKnown = false;
        std::vector<qint32> leaders;
        const QList<MatchedRule> rules = ChainAssignment::rules(s);
        for (size_t i = 0; i < m.rows.size(); ++i) {
            const qint32 row = m.rows[i];
            const qint32 r = d.region[size_t(row)];
            const bool here = inRegion(r);
            if (here)
                ++f.assigned;
            if (!operating(row))
                continue;
            const double rev = valueOr0(d.latestRevenue[size_t(row)]);
            ++f.nationalCount;
            nationalSegRevenue += rev;
            if (inProvince(r))
                ++f.provinceCount;
            if (!here)
                continue;
            ++f.count;
            f.revenue += rev;
            f.tax += valueOr0(d.latestTax[size_t(row)]);
            const quint16 rule = m.rules[i];
            f.ruleCounts[rule == SegmentMembers::kCorrection ? u"correction"_s : rules.value(rule).kind] += 1;
            bool g = false, z = false, x = false;
            for (quint32 q = d.qual.begin(row); q < d.qual.end(row); ++q) {
                const quint32 k = d.qualKind[q] + 1;
                g = g || k == m_gaoxin;
                z = z || k == m_zjtx;
                x = x || k == m_xjr;
            }
            f.gaoxin += g;
            f.zhuanjingtexin += z;
            f.xiaojuren += x;
            f.qualified += (g || z || x);
            const double prev = previousRevenue(d, row);
            if (!std::isnan(prev) && prev > 0) {
                growthNow += d.latestRevenue[size_t(row)];
                growthBefore += prev;
                growthKnown = true;
            }
            if (!std::isnan(d.latestRevenue[size_t(row)]))
                leaders.push_back(row);
        }
        if (growthKnown && growthBefore > 0)
            f.growth = growthNow / growthBefore - 1.0;
        if (out.regionEnterprises > 0 && f.nationalCount > 0)
            f.lq = (double(f.count) / double(out.regionEnterprises))
                / (double(f.nationalCount) / double(out.nationalEnterprises));
        if (belowProvince && out.regionEnterprises > 0 && f.provinceCount > 0)
            f.lqProvince = (double(f.count) / double(out.regionEnterprises))
                / (double(f.provinceCount) / double(out.provinceEnterprises));
        if (regionRevenue > 0 && nationalSegRevenue > 0)
            f.lqRevenue = (f.revenue / regionRevenue) / (nationalSegRevenue / nationalRevenue);
        if (f.nationalCount == 0)
            f.gapClass = u"absent"_s;
        else if (f.count == 0)
            f.gapClass = u"missing"_s;
        else if (*f.lq >= thresholds.strong)
            f.gapClass = u"strong"_s;
        else if (*f.lq < thresholds.weak)
            f.gapClass = u"weak"_s;
        else
            f.gapClass = u"average"_s;
        const size_t top = std::min<size_t>(3, leaders.size());
        std::partial_sort(
            leaders.begin(), leaders.begin() + qsizetype(top), leaders.end(), [&d](qint32 a, qint32 b) {
                const double ra = d.latestRevenue[size_t(a)], rb = d.latestRevenue[size_t(b)];
                return ra != rb ? ra > rb : a < b;
            });
        for (size_t i = 0; i < top; ++i)
            f.leaders.append(firm(leaders[i]));
        out.segments.append(f);
    }
    out.ms = double(timer.nsecsElapsed()) / 1e6;
    return out;
}

QList<SupplyLink> ChainEngine::supplyLinks(
    const ChainAssignment& assignment, const QString& region, const dj::store::ChainReads& reads) const
{
    const IndexData& d = m_index->data();
    const RegionTest inRegion(region);
    std::vector<quint64> mask(size_t(d.n), 0);
    for (size_t si = 0; si < assignment.segments.size(); ++si)
        for (qint32 row : assignment.segments[si].rows)
            mask[size_t(row)] |= quint64(1) << si;
    struct Acc
    {
        qint64 pairs = 0;
        double amount = 0;
    };
    std::map<std::tuple<int, int, int>, Acc> acc; // (from seg, to seg, scope)
    reads.forEachSupply([&](std::string_view from, std::string_view to, double amount, bool) {
        const qint32 a = rowOfUscc(d, from);
        if (a < 0 || !mask[size_t(a)])
            return;
        const qint32 b = rowOfUscc(d, to);
        if (b < 0 || !mask[size_t(b)])
            return;
        const bool ia = inRegion(d.region[size_t(a)]), ib = inRegion(d.region[size_t(b)]);
        if (!ia && !ib)
            return;
        const int scope = ia && ib ? 0 : ib ? 1 : 2;
        for (int sa = 0; sa < 64; ++sa) {
            if (!(mask[size_t(a)] >> sa & 1))
                continue;
            for (int sb = 0; sb < 64; ++sb) {
                if (sb == sa || !(mask[size_t(b)] >> sb & 1))
                    continue;
                Acc& x = acc[{ sa, sb, scope }];
                ++x.pairs;
                x.amount += amount;
            }
        }
    });
    static const QString kScopes[] = { u"inside"_s, u"inbound"_s, u"outbound"_s };
    QList<SupplyLink> out;
    for (const auto& [key, x] : acc) {
        const auto [sa, sb, scope] = key;
        out.append({ assignment.chain.segments[sa].id, assignment.chain.segments[sb].id, kScopes[scope],
            x.pairs, x.amount });
    }
    return out;
}

QList<Target> ChainEngine::targets(const ChainAssignment& assignment, const QString& region,
    const QString& segmentId, const dj::store::ChainReads& reads, int limit) const
{
    checkedRegion(region);
    const int si = assignment.chain.segmentIndex(segmentId);
    if (si < 0)
        throw ChainError(tr("The chain %1 has no segment \"%2\".").arg(assignment.chain.name, segmentId));
    const IndexData& d = m_index->data();
    const RegionTest inRegion(region);
    limit = std::max(1, limit);

    struct Cand
    {
        qint32 row;
        double pre;
    };
    std::vector<Cand> cands;
    for (qint32 row : assignment.segments[size_t(si)].rows) {
        if (inRegion(d.region[size_t(row)]) || !operating(row))
            continue;
        const double rev = d.latestRevenue[size_t(row)];
        double pre = std::isnan(rev) ? 0.0 : std::log10(1.0 + std::max(0.0, rev) / 1e4);
        const double prev = previousRevenue(d, row);
        if (!std::isnan(rev) && !std::isnan(prev) && prev > 0)
            pre += 2.0 * std::clamp(rev / prev - 1.0, -0.5, 1.0);
        for (quint32 q = d.qual.begin(row); q < d.qual.end(row); ++q) {
            const quint32 k = d.qualKind[q] + 1;
            pre += k == m_xjr ? 2.0 : (k == m_gaoxin || k == m_zjtx) ? 1.0 : 0.0;
        }
        cands.push_back({ row, pre });
    }
    const size_t keep = std::min(cands.size(), size_t(std::max(200, limit * 4)));
    std::partial_sort(cands.begin(), cands.begin() + qsizetype(keep), cands.end(),
        [](const Cand& a, const Cand& b) { return a.pre != b.pre ? a.pre > b.pre : a.row < b.row; });
    cands.resize(keep);

    QStringList usccs;
    for (const Cand& c : cands)
        usccs << d.uscc.text(c.row);
    auto regionOf = [&d](const QString& uscc) {
        const qint32 r = rowOfUscc(d, uscc.toStdString());
        return r < 0 ? -1 : d.region[size_t(r)];
    };
    QHash<QString, QPair<int, double>> supply; // uscc → (firms in region, amount)
    QHash<QString, QSet<QString>> supplyPartners;
    for (const dj::store::ChainSupplyRow& s : reads.supplyOf(usccs)) {
        const bool fromCand = usccs.contains(s.fromUscc);
        const QString cand = fromCand ? s.fromUscc : s.toUscc;
        const QString other = fromCand ? s.toUscc : s.fromUscc;
        if (!inRegion(regionOf(other)))
            continue;
        supplyPartners[cand].insert(other);
        supply[cand].second += s.amount;
    }
    QHash<QString, QSet<QString>> invest;
    reads.holdingsOf(usccs, [&](const QString& holder, const QString& investee, double) {
        if (inRegion(regionOf(investee)))
            invest[holder].insert(investee);
    });
    QHash<QString, QStringList> hometown;
    for (const dj::store::ChainPersonOrigin& p : reads.personOrigins(usccs)) {
        const bool born = !p.birthplaceCode.isEmpty() && p.birthplaceCode.startsWith(region);
        const bool native = !p.nativePlaceCode.isEmpty() && p.nativePlaceCode.startsWith(region);
        if ((born || native) && !hometown[p.uscc].contains(p.name))
            hometown[p.uscc] << p.name;
    }

    QList<Target> out;
    for (const Cand& c : cands) {
        Target t;
        t.firm = firm(c.row);
        const QString& u = t.firm.uscc;
        const double size = t.firm.revenue ? std::log10(1.0 + std::max(0.0, *t.firm.revenue) / 1e4) : 0.0;
        const double growth = t.firm.growth ? 2.0 * std::clamp(*t.firm.growth, -0.5, 1.0) : 0.0;
        double quals = 0;
        for (const QString& q : std::as_const(t.firm.qualifications))
            quals += q == QString::fromUtf8(kXjr) ? 2.0 : 1.0;
        const double rel = supplyPartners.contains(u) ? 1.5 : 0.0;
        const double inv = invest.contains(u) ? 1.5 : 0.0;
        const double home = hometown.contains(u) ? 1.0 : 0.0;
        t.score = size + growth + quals + rel + inv + home;
        t.parts = QJsonObject { { u"size"_s, size }, { u"growth"_s, growth }, { u"qualifications"_s, quals },
            { u"relations"_s, rel }, { u"investments"_s, inv }, { u"hometown"_s, home } };
        if (t.firm.revenue)
            t.reasons << tr("Revenue %1 万元").arg(*t.firm.revenue / 1e4, 0, 'f', 0);
        if (t.firm.growth && *t.firm.growth >= 0.2)
            t.reasons << tr("Revenue grew %1%").arg(*t.firm.growth * 100, 0, 'f', 0);
        if (!t.firm.qualifications.isEmpty())
            t.reasons << tr("Qualified: %1").arg(t.firm.qualifications.join(u'、'));
        if (rel > 0)
            t.reasons << tr("Supply links with %n enterprise(s) in the region", nullptr,
                int(supplyPartners.value(u).size()));
        if (inv > 0)
            t.reasons << tr(
                "Holds shares in %n enterprise(s) in the region", nullptr, int(invest.value(u).size()));
        if (home > 0)
            t.reasons
                << tr("Hometown ties: %1 born in or native to the region").arg(hometown.value(u).join(u'、'));
        out.append(t);
    }
    std::stable_sort(out.begin(), out.end(), [](const Target& a, const Target& b) {
        return a.score != b.score ? a.score > b.score : a.firm.row < b.firm.row;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QJsonObject toJson(const FirmRef& f)
{
    QJsonObject o { { u"uscc"_s, f.uscc }, { u"name"_s, f.name }, { u"region_code"_s, f.regionCode },
        { u"qualifications"_s, QJsonArray::fromStringList(f.qualifications) } };
    o.insert(u"revenue"_s, f.revenue ? QJsonValue(*f.revenue) : QJsonValue());
    o.insert(u"tax"_s, f.tax ? QJsonValue(*f.tax) : QJsonValue());
    o.insert(u"growth"_s, f.growth ? QJsonValue(*f.growth) : QJsonValue());
    return o;
}

QJsonObject toJson(const Target& t)
{
    QJsonObject o = toJson(t.firm);
    o.insert(u"score"_s, t.score);
    o.insert(u"parts"_s, t.parts);
    o.insert(u"reasons"_s, QJsonArray::fromStringList(t.reasons));
    return o;
}

QJsonObject toJson(const ChainMap& m)
{
    auto opt = [](const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonArray segs;
    for (const SegmentFigures& f : m.segments) {
        QJsonArray leaders;
        for (const FirmRef& l : f.leaders)
            leaders.append(toJson(l));
        QJsonObject rules;
        for (auto it = f.ruleCounts.begin(); it != f.ruleCounts.end(); ++it)
            rules.insert(it.key(), it.value());
        segs.append(QJsonObject { { u"id"_s, f.id }, { u"name"_s, f.name }, { u"stage"_s, f.stage },
            { u"count"_s, f.count }, { u"assigned"_s, f.assigned }, { u"revenue"_s, f.revenue },
            { u"tax"_s, f.tax }, { u"qualified"_s, f.qualified }, { u"gaoxin"_s, f.gaoxin },
            { u"zhuanjingtexin"_s, f.zhuanjingtexin }, { u"xiaojuren"_s, f.xiaojuren },
            { u"growth"_s, opt(f.growth) }, { u"national_count"_s, f.nationalCount },
            { u"province_count"_s, f.provinceCount }, { u"lq"_s, opt(f.lq) },
            { u"lq_province"_s, opt(f.lqProvince) }, { u"lq_revenue"_s, opt(f.lqRevenue) },
            { u"class"_s, f.gapClass }, { u"leaders"_s, leaders }, { u"rules"_s, rules } });
    }
    QJsonArray links;
    for (const SupplyLink& l : m.links)
        links.append(QJsonObject { { u"from"_s, l.from }, { u"to"_s, l.to }, { u"scope"_s, l.scope },
            { u"pairs"_s, l.pairs }, { u"amount"_s, l.amount } });
    return QJsonObject { { u"chain"_s, m.chainId }, { u"chain_name"_s, m.chainName },
        { u"region"_s, m.region }, { u"region_name"_s, m.regionName },
        { u"region_enterprises"_s, m.regionEnterprises },
        { u"national_enterprises"_s, m.nationalEnterprises },
        { u"province_enterprises"_s, m.provinceEnterprises },
        { u"thresholds"_s,
            QJsonObject { { u"strong"_s, m.thresholds.strong }, { u"weak"_s, m.thresholds.weak } } },
        { u"segments"_s, segs }, { u"links"_s, links }, { u"ms"_s, m.ms } };
}

} // namespace dj::chains
