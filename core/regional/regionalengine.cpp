#include "core/regional/regionalengine.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "core/store/cache.h"
#include "core/store/regionalreads.h"
#include "core/store/storeerror.h"

#include <QElapsedTimer>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>

namespace dj::regional {

using store::RegionalReads;

namespace {

double elapsedMs(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

int withinInt(const Scope& s)
{
    return s.within.isEmpty() ? 0 : s.within.toInt();
}

// Cumulative and yearly enterprise figures of one region, by year.
struct Series
{
    std::map<int, RegionalReads::Firms> byYear; // year 0 = unknown date
    qint64 upTo(int year, qint64 RegionalReads::Firms::*field) const
    {
        qint64 n = 0;
        for (const auto& [y, f] : byYear) {
            if (y > 0 && y <= year)
                n += f.*field;
        }
        return n;
    }
    double at(int year, double RegionalReads::Firms::*field) const
    {
        const auto it = byYear.find(year);
        return it == byYear.end() ? 0.0 : it->second.*field;
    }
};

double growth(double now, double base, int years)
{
    if (base <= 0 || years <= 0)
        return 0;
    return std::pow(std::max(0.0, now / base), 1.0 / years) - 1.0;
}

} // namespace

RegionalEngine::RegionalEngine(const QString& cachePath, const Progress& progress)
{
    try {
        m_db = std::make_unique<store::Database>(
            store::Cache::open(cachePath, store::Cache::Access::ReadWrite));
    } catch (const store::StoreError& e) {
        // A cache that cannot be written (read-only file or medium) is still read: the aggregates are then
        // built as TEMP tables of this connection. Anything else (not a cache, newer schema) is refused.
        if (e.kind() != store::StoreError::Kind::Io && e.kind() != store::StoreError::Kind::Sql
            && e.kind() != store::StoreError::Kind::Busy)
            throw;
        m_db = std::make_unique<store::Database>(
            store::Cache::open(cachePath, store::Cache::Access::ReadOnly));
    }
    m_reads = std::make_unique<RegionalReads>(*m_db);
    const QString stage = tr("Summing holdings and enterprise figures by region");
    m_buildMs = m_reads->prepare(progress, stage);
    m_latestYear = m_reads->latestFinancialYear();
}

RegionalEngine::~RegionalEngine() = default;

QStringList RegionalEngine::indexIds()
{
    return { QStringLiteral("outward"), QStringLiteral("inward"), QStringLiteral("synergy"),
        QStringLiteral("potential"), QStringLiteral("firms"), QStringLiteral("revenue"),
        QStringLiteral("tax"), QStringLiteral("qualified") };
}

QString RegionalEngine::indexTitle(const QString& id)
{
    if (id == u"synergy")
        return tr("Synergy index");
    if (id == u"firms")
        return tr("Enterprises");
    if (id == u"revenue")
        return tr("Revenue");
    if (id == u"tax")
        return tr("Tax");
    if (id == u"qualified")
        return tr("Qualified enterprises");
    for (const IndexFormula& f : IndexFormula::weighted(2)) {
        if (f.id == id)
            return f.title;
    }
    return id;
}

Scope RegionalEngine::checked(const Scope& scope)
{
    Scope s = scope;
    if (!s.within.isEmpty()) {
        const auto wl = RegionLevel::ofCode(s.within);
        if (!wl)
            throw RegionalError(RegionalError::Kind::BadInput,
                tr("The region %1 is not a 2- or 4-digit GB/T 2260 code.").arg(s.within));
        if (int(*wl) >= int(s.level))
            throw RegionalError(RegionalError::Kind::BadInput,
                tr("The region %1 is not above the %2 level: choose a province for its cities or counties, "
                   "a city for its counties.")
                    .arg(s.within, RegionLevel::id(s.level)));
        const codes::Region* r = codes::Regions::instance().find(s.within);
        if (!r || r->level != int(*wl))
            throw RegionalError(RegionalError::Kind::NotFound, tr("No region %1 is known.").arg(s.within));
    }
    QStringList sections;
    for (const QString& raw : s.sections) {
        const QString sec = raw.trimmed().toUpper();
        const codes::Industry* ind = codes::Industries::instance().find(sec);
        if (!ind || ind->level != 0)
            throw RegionalError(RegionalError::Kind::BadInput,
                tr("%1 is not an industry section (a letter A–T of GB/T 4754).").arg(raw));
        if (!sections.contains(sec))
            sections << sec;
    }
    std::sort(sections.begin(), sections.end());
    s.sections = sections;
    return s;
}

QStringList RegionalEngine::scopeRegions(const Scope& scope, const QSet<int>& present)
{
    QList<int> codes(present.begin(), present.end());
    std::sort(codes.begin(), codes.end());
    QStringList out;
    for (int c : codes) {
        if (c > 0)
            out << RegionLevel::key(c, scope.level);
    }
    return out;
}

FlowMatrix RegionalEngine::flows(const FlowQuery& query) const
{
    QElapsedTimer timer;
    timer.start();
    FlowMatrix m;
    m.scope = checked(query.scope);
    if (query.yearFrom && query.yearTo && query.yearFrom > query.yearTo)
        throw RegionalError(RegionalError::Kind::BadInput,
            tr("The first year %1 is after the last year %2.").arg(query.yearFrom).arg(query.yearTo));
    QList<int> kinds;
    for (HolderKind k : query.kinds) {
        if (!kinds.contains(int(k)))
            kinds << int(k);
    }
    const Level level = m.scope.level;
    const int within = withinInt(m.scope);
    const auto rows = m_reads->flows(int(level), within, m.scope.sections, kinds);
    QSet<int> present;
    for (const RegionalReads::Firms& f : m_reads->firms(int(level), within, m.scope.sections))
        present.insert(f.region);
    const bool bounded = query.yearFrom || query.yearTo;
    std::map<std::tuple<int, int, int>, FlowCell> cells;
    for (const RegionalReads::Flow& f : rows) {
        if (bounded
            && (f.year == 0 || (query.yearFrom && f.year < query.yearFrom)
                || (query.yearTo && f.year > query.yearTo)))
            continue;
        const int src = f.kind == RegionalReads::Other ? 0 : f.src;
        FlowCell& c = cells[{ f.kind, src, f.dst }];
        if (c.to.isEmpty()) {
            c.from = f.kind == RegionalReads::Other ? kOtherHolders : RegionLevel::key(f.src, level);
            c.to = RegionLevel::key(f.dst, level);
        }
        c.count += f.count;
        c.capital += f.capital;
        c.foreignCount += f.foreignCount;
        if (f.dst > 0)
            present.insert(f.dst);
        if (f.kind == RegionalReads::Enterprise) {
            if (f.src > 0)
                present.insert(f.src);
            if (f.src != f.dst && f.src != 0 && f.dst != 0) {
                FlowCell& y = m.enterpriseByYear[f.year];
                y.count += f.count;
                y.capital += f.capital;
                y.foreignCount += f.foreignCount;
            }
        }
    }
    for (auto& [key, cell] : cells) {
        switch (std::get<0>(key)) {
        case RegionalReads::Enterprise:
            m.enterprise << cell;
            break;
        case RegionalReads::Person:
            m.person << cell;
            break;
        default:
            m.other << cell;
            break;
        }
    }
    auto byCapital = [](const FlowCell& a, const FlowCell& b) {
        if (a.capital != b.capital)
            return a.capital > b.capital;
        if (a.count != b.count)
            return a.count > b.count;
        return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    };
    std::sort(m.enterprise.begin(), m.enterprise.end(), byCapital);
    std::sort(m.person.begin(), m.person.end(), byCapital);
    std::sort(m.other.begin(), m.other.end(), byCapital);
    m.regions = scopeRegions(m.scope, present);
    m.ms = elapsedMs(timer);
    return m;
}

IndexTable RegionalEngine::indices(const IndexQuery& query) const
{
    QElapsedTimer timer;
    timer.start();
    IndexTable t;
    t.scope = checked(query.scope);
    t.year = query.year > 0 ? query.year : m_latestYear;
    if (query.growthYears < 1 || query.growthYears > 20)
        throw RegionalError(RegionalError::Kind::BadInput,
            tr("The growth span must be 1 to 20 years, not %1.").arg(query.growthYears));
    t.growthYears = query.growthYears;
    t.formulas = IndexFormula::weighted(t.growthYears);
    t.synergyText = IndexFormula::synergyText();
    const Level level = t.scope.level;
    const int within = withinInt(t.scope);
    const int Y = t.year;
    const int K = t.growthYears;

    std::map<int, Series> series;
    for (RegionalReads::Firms& f : m_reads->firms(int(level), within, t.scope.sections))
        series[f.region].byYear[f.year] = f;
    struct Flows
    {
        double cOut = 0, cIn = 0;
        qint64 nOut = 0, nIn = 0;
    };
    std::map<int, Flows> fl;
    std::map<std::pair<int, int>, double> pair;
    for (const RegionalReads::Flow& f : m_reads->flows(int(level), within, t.scope.sections, { 0 })) {
        if (f.year > Y || f.src == f.dst)
            continue;
        if (f.src > 0 && f.dst != 0) {
            fl[f.src].cOut += f.capital;
            fl[f.src].nOut += f.count;
        }
        if (f.dst > 0 && f.src != 0) {
            fl[f.dst].cIn += f.capital;
            fl[f.dst].nIn += f.count;
        }
        if (f.src > 0 && f.dst > 0)
            pair[{ f.src, f.dst }] += f.capital;
    }
    QSet<int> present;
    for (const auto& [code, s] : series) {
        if (code > 0)
            present.insert(code);
    }
    for (const auto& [code, f] : fl)
        present.insert(code);
    const QStringList keys = scopeRegions(t.scope, present);
    if (!query.partner.isEmpty() && !keys.contains(query.partner))
        throw RegionalError(RegionalError::Kind::NotFound,
            tr("The partner %1 is not a region of this view (%2).")
                .arg(query.partner, RegionLevel::title(level)));

    // Raw terms.
    for (const QString& key : keys) {
        const int code = key.toInt();
        RegionIndex ri;
        ri.region = key;
        const Flows f = fl.count(code) ? fl.at(code) : Flows {};
        ri.terms.insert(QStringLiteral("C_out"), f.cOut);
        ri.terms.insert(QStringLiteral("N_out"), double(f.nOut));
        ri.terms.insert(QStringLiteral("C_in"), f.cIn);
        ri.terms.insert(QStringLiteral("N_in"), double(f.nIn));
        const Series s = series.count(code) ? series.at(code) : Series {};
        const double n = double(s.upTo(Y, &RegionalReads::Firms::established));
        const double n0 = double(s.upTo(Y - K, &RegionalReads::Firms::established));
        const double q = double(s.upTo(Y, &RegionalReads::Firms::qualified));
        const double q0 = double(s.upTo(Y - K, &RegionalReads::Firms::qualified));
        const double r = s.at(Y, &RegionalReads::Firms::revenue);
        const double r0 = s.at(Y - K, &RegionalReads::Firms::revenue);
        const double x = s.at(Y, &RegionalReads::Firms::tax);
        const double x0 = s.at(Y - K, &RegionalReads::Firms::tax);
        ri.terms.insert(QStringLiteral("N"), n);
        ri.terms.insert(QStringLiteral("N_base"), n0);
        ri.terms.insert(QStringLiteral("R"), r);
        ri.terms.insert(QStringLiteral("R_base"), r0);
        ri.terms.insert(QStringLiteral("T"), x);
        ri.terms.insert(QStringLiteral("T_base"), x0);
        ri.terms.insert(QStringLiteral("Q"), q);
        ri.terms.insert(QStringLiteral("Q_base"), q0);
        ri.terms.insert(QStringLiteral("g_N"), growth(n, n0, K));
        ri.terms.insert(QStringLiteral("g_R"), growth(r, r0, K));
        ri.terms.insert(QStringLiteral("g_T"), growth(x, x0, K));
        ri.terms.insert(QStringLiteral("g_Q"), growth(q, q0, K));
        ri.values.insert(QStringLiteral("firms"), n);
        ri.values.insert(QStringLiteral("revenue"), r);
        ri.values.insert(QStringLiteral("tax"), x);
        ri.values.insert(QStringLiteral("qualified"), q);
        t.regions << ri;
    }
    // Weighted indices: each term normalised over the regions ranked.
    for (const IndexFormula& formula : t.formulas) {
        QHash<QString, QPair<double, double>> range;
        for (const FormulaTerm& term : formula.terms) {
            double lo = 0, hi = 0;
            bool first = true;
            for (const RegionIndex& ri : t.regions) {
                const double v = ri.terms.value(term.symbol);
                lo = first ? v : std::min(lo, v);
                hi = first ? v : std::max(hi, v);
                first = false;
            }
            range.insert(term.symbol, { lo, hi });
        }
        for (RegionIndex& ri : t.regions) {
            QHash<QString, double> normalised;
            for (const FormulaTerm& term : formula.terms) {
                const auto [lo, hi] = range.value(term.symbol);
                normalised.insert(term.symbol, formula.normalise(ri.terms.value(term.symbol), lo, hi));
            }
            ri.values.insert(formula.id, formula.combine(normalised));
        }
    }
    // Synergy with the partner, or with each region's strongest partner.
    auto cap = [&](int a, int b) {
        const auto it = pair.find({ a, b });
        return it == pair.end() ? 0.0 : it->second;
    };
    auto ext = [&](int c) {
        const auto it = fl.find(c);
        return it == fl.end() ? 0.0 : it->second.cOut + it->second.cIn;
    };
    for (RegionIndex& ri : t.regions) {
        const int r = ri.region.toInt();
        double best = 0;
        QString bestKey;
        for (const QString& pk : keys) {
            if (pk == ri.region || (!query.partner.isEmpty() && pk != query.partner))
                continue;
            const int p = pk.toInt();
            const double den = ext(r) + ext(p);
            const double s = den > 0 ? 100.0 * (cap(r, p) + cap(p, r)) / den : 0.0;
            if (bestKey.isEmpty() || s > best) {
                best = s;
                bestKey = pk;
            }
        }
        ri.partner = bestKey;
        ri.values.insert(QStringLiteral("synergy"), best);
        ri.terms.insert(QStringLiteral("C_to_partner"), bestKey.isEmpty() ? 0.0 : cap(r, bestKey.toInt()));
        ri.terms.insert(QStringLiteral("C_from_partner"), bestKey.isEmpty() ? 0.0 : cap(bestKey.toInt(), r));
    }
    t.ms = elapsedMs(timer);
    return t;
}

namespace {
QList<QPair<QString, double>> ranked(const IndexTable& t, const QString& index)
{
    QList<QPair<QString, double>> v;
    for (const RegionIndex& r : t.regions)
        v.append({ r.region, r.values.value(index) });
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return v;
}
} // namespace

Ranking RegionalEngine::ranking(const IndexQuery& query, const QString& index) const
{
    if (!indexIds().contains(index))
        throw RegionalError(RegionalError::Kind::BadInput,
            tr("Unknown index %1; one of %2.").arg(index, indexIds().join(QStringLiteral(", "))));
    const IndexTable now = indices(query);
    IndexQuery before = query;
    before.year = now.year - 1;
    const IndexTable prev = indices(before);
    Ranking out;
    out.scope = now.scope;
    out.index = index;
    out.year = now.year;
    QHash<QString, QPair<int, double>> previous;
    const auto p = ranked(prev, index);
    for (qsizetype i = 0; i < p.size(); ++i)
        previous.insert(p[i].first, { int(i) + 1, p[i].second });
    const auto n = ranked(now, index);
    for (qsizetype i = 0; i < n.size(); ++i) {
        RankingRow row;
        row.region = n[i].first;
        row.rank = int(i) + 1;
        row.value = n[i].second;
        if (previous.contains(row.region)) {
            row.previousRank = previous.value(row.region).first;
            row.previousValue = previous.value(row.region).second;
        }
        out.rows << row;
    }
    return out;
}

Level RegionalEngine::checkedRegion(const QString& code)
{
    const auto level = RegionLevel::ofCode(code);
    if (!level)
        throw RegionalError(RegionalError::Kind::BadInput,
            tr("%1 is not a region code of 2, 4 or 6 digits (GB/T 2260).").arg(code));
    const codes::Region* known = codes::Regions::instance().find(code);
    if (!known || known->level != int(*level))
        throw RegionalError(RegionalError::Kind::NotFound, tr("No region %1 is known.").arg(code));
    return *level;
}

RegionProfile RegionalEngine::profile(const QString& region, int year) const
{
    const auto level = std::optional<Level>(checkedRegion(region));
    RegionProfile p;
    p.region = region;
    p.level = *level;
    p.year = year > 0 ? year : m_latestYear;
    const int code = region.toInt();

    std::map<int, RegionProfile::Year> years;
    QHash<QString, RegionProfile::Section> sections;
    for (const RegionalReads::Firms& f : m_reads->firmsBySection(int(*level), code)) {
        p.firms += f.established;
        p.live += f.live;
        p.qualified += f.qualified;
        RegionProfile::Section& s = sections[f.section];
        s.section = f.section;
        s.firms += f.established;
        s.live += f.live;
        if (f.year == p.year) {
            p.revenue += f.revenue;
            p.tax += f.tax;
            s.revenue += f.revenue;
        }
        if (f.year > 0) {
            RegionProfile::Year& y = years[f.year];
            y.year = f.year;
            y.established += f.established;
            y.qualified += f.qualified;
            y.revenue += f.revenue;
            y.tax += f.tax;
        }
    }
    qint64 firms = 0, qualified = 0;
    for (auto& [y, row] : years) {
        firms += row.established;
        qualified += row.qualified;
        row.firms = firms;
        row.qualified = qualified;
        if (y >= p.year - 14 && y <= p.year)
            p.growth << row;
    }
    p.sections = sections.values();
    std::sort(p.sections.begin(), p.sections.end(), [](const auto& a, const auto& b) {
        return a.firms != b.firms ? a.firms > b.firms : a.section < b.section;
    });
    p.scales = m_reads->scaleMix(region);
    p.qualifications = m_reads->qualificationMix(region);
    for (const auto& e : m_reads->topEnterprises(region, p.year, 10))
        p.top << RegionProfile::Top { e.uscc, e.name, e.section, e.scale, e.revenue, e.tax };

    // Among the regions of the same parent.
    IndexQuery iq;
    iq.scope.level = *level;
    iq.scope.within = *level == Level::Province ? QString() : region.left(region.size() - 2);
    iq.year = p.year;
    for (const RegionIndex& ri : indices(iq).regions) {
        if (ri.region == region)
            p.index = ri;
    }
    if (p.index.region.isEmpty())
        p.index.region = region;

    std::map<int, FlowCell> out, in;
    for (const RegionalReads::Flow& f : m_reads->flowsOf(int(*level), code, { 0 })) {
        if (f.src == f.dst || f.year > p.year)
            continue;
        if (f.src == code && f.dst > 0) {
            FlowCell& c = out[f.dst];
            c.from = region;
            c.to = RegionLevel::key(f.dst, *level);
            c.count += f.count;
            c.capital += f.capital;
        } else if (f.dst == code && f.src > 0) {
            FlowCell& c = in[f.src];
            c.from = RegionLevel::key(f.src, *level);
            c.to = region;
            c.count += f.count;
            c.capital += f.capital;
        }
    }
    auto top = [](const std::map<int, FlowCell>& m) {
        QList<FlowCell> v;
        for (const auto& [k, c] : m)
            v << c;
        std::sort(v.begin(), v.end(), [](const FlowCell& a, const FlowCell& b) {
            return a.capital != b.capital ? a.capital > b.capital : a.from + a.to < b.from + b.to;
        });
        return v.mid(0, 10);
    };
    p.topOut = top(out);
    p.topIn = top(in);
    return p;
}

Comparison RegionalEngine::compare(const QStringList& regions, int year) const
{
    QElapsedTimer timer;
    timer.start();
    QStringList codes;
    for (const QString& r : regions) {
        if (!codes.contains(r))
            codes << r;
    }
    if (codes.size() < 2 || codes.size() > 5)
        throw RegionalError(RegionalError::Kind::BadInput,
            tr("Compare two to five different regions, not %1.").arg(codes.size()));
    std::optional<Level> level;
    for (const QString& c : codes) {
        const auto l = std::optional<Level>(checkedRegion(c));
        if (level && *level != *l)
            throw RegionalError(RegionalError::Kind::BadInput,
                tr("Compare regions of one level: %1 and %2 differ.").arg(codes.first(), c));
        level = l;
    }
    Comparison cmp;
    cmp.formulas = IndexFormula::weighted(2);
    for (const QString& c : codes)
        cmp.regions << profile(c, year);
    // Indices among all regions of the level, so that regions of different parents compare.
    IndexQuery iq;
    iq.scope.level = *level;
    iq.year = cmp.regions.first().year;
    const IndexTable all = indices(iq);
    for (RegionProfile& p : cmp.regions) {
        for (const RegionIndex& ri : all.regions) {
            if (ri.region == p.region)
                p.index = ri;
        }
    }
    std::map<std::pair<QString, QString>, FlowCell> between;
    for (const QString& c : codes) {
        for (const RegionalReads::Flow& f : m_reads->flowsOf(int(*level), c.toInt(), { 0 })) {
            const QString from = RegionLevel::key(f.src, *level);
            const QString to = RegionLevel::key(f.dst, *level);
            if (f.src == f.dst || f.year > iq.year || from != c || !codes.contains(to))
                continue;
            FlowCell& cell = between[{ from, to }];
            cell.from = from;
            cell.to = to;
            cell.count += f.count;
            cell.capital += f.capital;
            cell.foreignCount += f.foreignCount;
        }
    }
    for (const auto& [k, cell] : between)
        cmp.between << cell;
    cmp.ms = elapsedMs(timer);
    return cmp;
}

} // namespace dj::regional
