#include "core/hometown/hometownengine.h"

#include "core/codes/historicalregions.h"
#include "core/codes/regions.h"
#include "core/store/personreads.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace dj::hometown {

namespace {

constexpr int kPow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };

struct Prefix
{
    int value = 0;
    int digits = 0;
    bool covers(int code6, int codeDigits) const
    {
        return digits == 0 || (codeDigits >= digits && code6 / kPow10[6 - digits] == value);
    }
};

Prefix prefixOf(const QString& code)
{
    return code.isEmpty() ? Prefix {} : Prefix { code.toInt(), int(code.size()) };
}

bool isIndustryItem(const QString& s)
{
    if (s.size() == 1)
        return s.at(0) >= QLatin1Char('A') && s.at(0) <= QLatin1Char('T');
    if (s.size() < 2 || s.size() > 4)
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

struct IndustryMatcher
{
    std::vector<QByteArray> items;
    explicit IndustryMatcher(const QStringList& list)
    {
        for (const QString& s : list)
            items.push_back(s.toLatin1());
    }
    bool empty() const { return items.empty(); }
    bool matches(const HometownData& d, const HometownData::Enterprise& e) const
    {
        const QByteArrayView code = d.bytes(e.industry);
        for (const QByteArray& it : items) {
            if (it.size() == 1 ? e.section == it.at(0) : code.startsWith(it))
                return true;
        }
        return false;
    }
};

double money(double yuan)
{
    return std::log10(1.0 + std::max(0.0, yuan) / 10000.0);
}

int riskCount(quint8 bits)
{
    return ((bits & Dishonest) ? 1 : 0) + ((bits & Executed) ? 1 : 0) + ((bits & ConsumptionBan) ? 1 : 0);
}

int qualPoints(quint8 bits)
{
    return ((bits & HighTech) ? 1 : 0) + ((bits & Specialized) ? 1 : 0) + ((bits & LittleGiant) ? 2 : 0);
}

QString code6(int v)
{
    return v == 0 ? QString() : QStringLiteral("%1").arg(v, 6, 10, QLatin1Char('0'));
}

QString codeText(int v, int digits)
{
    return code6(v).left(digits);
}

struct Compact
{
    quint32 person;
    int enterprises;
    double score;
};

} // namespace

QJsonObject Weights::toJson() const
{
    return QJsonObject { { QStringLiteral("revenue"), revenue }, { QStringLiteral("tax"), tax },
        { QStringLiteral("capital"), capital }, { QStringLiteral("enterprises"), enterprises },
        { QStringLiteral("qualifications"), qualifications }, { QStringLiteral("priority_fit"), priorityFit },
        { QStringLiteral("risk"), risk }, { QStringLiteral("legal_rep_factor"), legalRepFactor },
        { QStringLiteral("officer_factor"), officerFactor } };
}

Weights Weights::fromJson(const QJsonObject& o, const Weights& base)
{
    Weights w = base;
    const std::pair<const char*, double*> fields[] = { { "revenue", &w.revenue }, { "tax", &w.tax },
        { "capital", &w.capital }, { "enterprises", &w.enterprises }, { "qualifications", &w.qualifications },
        { "priority_fit", &w.priorityFit }, { "risk", &w.risk }, { "legal_rep_factor", &w.legalRepFactor },
        { "officer_factor", &w.officerFactor } };
    for (auto it = o.begin(); it != o.end(); ++it) {
        double* target = nullptr;
        for (const auto& [name, field] : fields) {
            if (it.key() == QLatin1String(name))
                target = field;
        }
        if (!target)
            throw QueryError(HometownEngine::tr("Unknown weight \"%1\".").arg(it.key()));
        if (!it.value().isDouble() || it.value().toDouble() < 0 || it.value().toDouble() > 100)
            throw QueryError(
                HometownEngine::tr("Weight \"%1\" must be a number from 0 to 100.").arg(it.key()));
        *target = it.value().toDouble();
    }
    if (w.legalRepFactor > 1 || w.officerFactor > 1)
        throw QueryError(HometownEngine::tr("legal_rep_factor and officer_factor must lie between 0 and 1."));
    return w;
}

Weights Weights::fromJson(const QJsonObject& o)
{
    return fromJson(o, Weights {});
}

void Query::validate() const
{
    if (origins.isEmpty())
        throw QueryError(HometownEngine::tr("Give at least one origin region (2, 4 or 6 digits)."));
    for (const QString& o : origins) {
        if (!isRegionPrefix(o))
            throw QueryError(
                HometownEngine::tr("Origin \"%1\" is not a region code of 2, 4 or 6 digits.").arg(o));
    }
    for (const QString& t : targets) {
        if (!isRegionPrefix(t))
            throw QueryError(
                HometownEngine::tr("Target \"%1\" is not a region code of 2, 4 or 6 digits.").arg(t));
    }
    for (const QString& i : industries + priorityIndustries) {
        if (!isIndustryItem(i))
            throw QueryError(
                HometownEngine::tr("Industry \"%1\" is neither a section letter nor a 2–4 digit code.")
                    .arg(i));
    }
    if (roles == 0)
        throw QueryError(HometownEngine::tr("Give at least one role."));
    if (minShare < 0 || minShare > 100)
        throw QueryError(HometownEngine::tr("The minimum share must lie between 0 and 100."));
    if (limit < 0)
        throw QueryError(HometownEngine::tr("The limit must not be negative."));
}

Result HometownEngine::run(const HometownData& data, const Query& query)
{
    query.validate();
    std::vector<Prefix> origins;
    for (const QString& o : query.origins)
        origins.push_back(prefixOf(o));
    std::vector<Prefix> targets;
    for (const QString& t : query.targets)
        targets.push_back(prefixOf(t));
    const IndustryMatcher industries(query.industries);
    const IndustryMatcher priority(query.priorityIndustries);
    const Weights& w = query.weights;
    const auto& persons = data.persons();
    const auto& links = data.links();
    const auto& ents = data.enterprises();

    auto originMatch = [&](const HometownData::Person& p) {
        for (const Prefix& o : origins) {
            if ((p.birthDigits && o.covers(p.birthResolved, p.birthDigits))
                || (p.nativeDigits && o.covers(p.native, p.nativeDigits)))
                return true;
        }
        return false;
    };
    // Without 受益所有人/实际控制人 in the query, links carry their registered roles only.
    const quint16 visible = (query.roles & kOwnershipRoles) ? kAllRoles : kRegisteredRoles;
    auto linkCounts = [&](const HometownData::Link& l) {
        if (!(l.roles & visible & query.roles))
            return false;
        // A link that is only a shareholding (or whose only selected role is 股东) needs the minimum share.
        if (query.minShare > 0 && (l.roles & query.roles) == Shareholder && l.share < query.minShare)
            return false;
        const auto& e = ents[l.enterprise];
        if (!targets.empty()) {
            bool inside = false;
            for (const Prefix& t : targets)
                inside = inside || t.covers(e.region, 6);
            if (!inside)
                return false;
        }
        return industries.empty() || industries.matches(data, e);
    };
    auto factorOf = [&](const HometownData::Link& l) {
        double f = 0;
        if ((l.roles & Shareholder) && l.share > 0)
            f = l.share / 100.0;
        if (l.roles & LegalRep)
            f = std::max(f, w.legalRepFactor);
        if (l.roles & kOfficers)
            f = std::max(f, w.officerFactor);
        // 受益所有人/实际控制人: the ultimate share through every path counts like a direct one.
        if ((l.roles & visible & kOwnershipRoles) && l.ultimate > 0)
            f = std::max(f, l.ultimate / 100.0);
        return f;
    };
    auto partsOf = [&](const HometownData::Person& p, PersonHit* hit) {
        ScoreParts s;
        double rev = 0, tax = 0, cap = 0;
        int n = 0, qual = 0, prio = 0, risk = 0;
        for (quint32 i = p.linkBegin; i < p.linkEnd; ++i) {
            const auto& l = links[i];
            if (!linkCounts(l))
                continue;
            const auto& e = ents[l.enterprise];
            const double f = factorOf(l);
            rev += f * e.revenue;
            tax += f * e.tax;
            cap += f * e.capital;
            ++n;
            qual += qualPoints(e.quals);
            const bool pr = !priority.empty() && priority.matches(data, e);
            prio += pr ? 1 : 0;
            risk += riskCount(e.risks);
            if (hit) {
                EnterpriseHit h;
                h.uscc = data.text(e.uscc);
                h.name = data.text(e.name);
                h.status = data.text(e.status);
                h.regionCode = code6(e.region);
                h.industryCode = data.text(e.industry);
                h.roles = roleNames(l.roles & visible);
                if ((l.roles & Shareholder) && l.share >= 0)
                    h.share = double(l.share);
                if ((l.roles & visible & kOwnershipRoles) && l.ultimate >= 0)
                    h.ultimateShare = l.ultimate;
                h.factor = f;
                h.revenue = e.revenue;
                h.tax = e.tax;
                h.capital = e.capital;
                h.qualifications = qualificationNames(e.quals);
                h.risks = riskNames(e.risks);
                h.priority = pr;
                hit->enterprises.append(std::move(h));
            }
        }
        if (n == 0)
            return std::optional<ScoreParts> {};
        s.revenue = w.revenue * money(rev);
        s.tax = w.tax * money(tax);
        s.capital = w.capital * money(cap);
        s.enterprises = w.enterprises * n;
        s.qualifications = w.qualifications * qual;
        s.priorityFit = w.priorityFit * prio;
        s.risk = -w.risk * risk;
        if (hit) {
            hit->weightedRevenue = rev;
            hit->weightedTax = tax;
            hit->weightedCapital = cap;
            hit->qualified = qual;
            hit->priority = prio;
            hit->riskCount = risk;
        }
        return std::optional<ScoreParts>(s);
    };

    std::vector<Compact> found;
    for (const quint32 i : data.personsUnder(query.origins)) {
        const auto& p = persons[i];
        if (p.linkBegin == p.linkEnd || !originMatch(p))
            continue;
        int n = 0;
        for (quint32 k = p.linkBegin; k < p.linkEnd; ++k)
            n += linkCounts(links[k]) ? 1 : 0;
        if (n == 0)
            continue;
        const auto parts = partsOf(p, nullptr);
        const double score = parts->total();
        if (query.minScore && score < *query.minScore)
            continue;
        found.push_back({ i, n, score });
    }
    auto better = [&](const Compact& a, const Compact& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.enterprises != b.enterprises)
            return a.enterprises > b.enterprises;
        return data.bytes(persons[a.person].id) < data.bytes(persons[b.person].id);
    };
    const size_t keep = query.limit > 0 ? std::min(found.size(), size_t(query.limit)) : found.size();
    std::partial_sort(found.begin(), found.begin() + qsizetype(keep), found.end(), better);

    Result result;
    result.totalPersons = int(found.size());
    const auto& history = codes::HistoricalRegions::instance();
    for (size_t k = 0; k < keep; ++k) {
        const auto& p = persons[found[k].person];
        PersonHit hit;
        hit.personId = data.text(p.id);
        hit.name = data.text(p.name);
        hit.idMasked = data.text(p.masked);
        hit.birthYear = p.birthYear;
        hit.parts = *partsOf(p, &hit);
        hit.score = hit.parts.total();
        std::stable_sort(hit.enterprises.begin(), hit.enterprises.end(),
            [](const EnterpriseHit& a, const EnterpriseHit& b) {
                return a.factor * a.revenue > b.factor * b.revenue;
            });
        if (p.birthRaw) {
            Attribution a;
            a.source = QStringLiteral("birthplace");
            a.code = code6(p.birthRaw);
            const codes::RegionResolution res = history.resolve(a.code);
            a.resolvedCode = res.code;
            a.level = codes::matchLevelName(res.level);
            a.retired = res.retired;
            a.historicalName = res.historicalName;
            for (const Prefix& o : origins)
                a.matches = a.matches || (p.birthDigits && o.covers(p.birthResolved, p.birthDigits));
            hit.attributions << a;
        }
        if (p.nativeDigits) {
            Attribution a;
            a.source = QStringLiteral("native_place");
            a.code = codeText(p.native, p.nativeDigits);
            a.resolvedCode = code6(p.native);
            a.level = p.nativeDigits == 6 ? QStringLiteral("county")
                : p.nativeDigits == 4     ? QStringLiteral("prefecture")
                                          : QStringLiteral("province");
            for (const Prefix& o : origins)
                a.matches = a.matches || o.covers(p.native, p.nativeDigits);
            hit.attributions << a;
        }
        for (const Attribution& a : std::as_const(hit.attributions)) {
            if (a.matches) {
                hit.originCode = a.resolvedCode;
                hit.originSource = a.source;
                hit.originLevel = a.level;
                break;
            }
        }
        hit.registers = data.registersOf(found[k].person);
        result.persons.append(std::move(hit));
    }
    return result;
}

namespace {

struct Group
{
    std::unordered_set<quint32> persons, enterprises;
    double revenue = 0, tax = 0;
    void add(quint32 person, quint32 enterprise, const HometownData::Enterprise& e)
    {
        persons.insert(person);
        if (enterprises.insert(enterprise).second) {
            revenue += e.revenue;
            tax += e.tax;
        }
    }
};

QList<SummaryRow> rowsOf(const std::unordered_map<QString, Group>& groups, bool regions)
{
    QList<SummaryRow> out;
    for (const auto& [key, g] : groups) {
        SummaryRow r;
        r.key = key;
        if (regions)
            r.name = codes::Regions::instance().fullName(key);
        else if (const auto* s = &key; !s->isEmpty())
            r.name = key;
        r.persons = int(g.persons.size());
        r.enterprises = int(g.enterprises.size());
        r.revenue = g.revenue;
        r.tax = g.tax;
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const SummaryRow& a, const SummaryRow& b) {
        return a.persons != b.persons ? a.persons > b.persons : a.key < b.key;
    });
    return out;
}

struct QStringHash
{
    size_t operator()(const QString& s) const { return qHash(s); }
};

} // namespace

Summary HometownEngine::summarizeOrigin(const HometownData& data, const QString& origin)
{
    if (!isRegionPrefix(origin))
        throw QueryError(tr("Origin \"%1\" is not a region code of 2, 4 or 6 digits.").arg(origin));
    Summary s;
    s.direction = QStringLiteral("origin");
    s.code = origin;
    Group all;
    std::unordered_map<QString, Group> prov, city, section;
    const auto& persons = data.persons();
    for (const quint32 i : data.personsUnder({ origin })) {
        const auto& p = persons[i];
        for (quint32 k = p.linkBegin; k < p.linkEnd; ++k) {
            if (!(data.links()[k].roles & kRegisteredRoles))
                continue; // the aggregates count registered roles and shareholdings
            const quint32 ei = data.links()[k].enterprise;
            const auto& e = data.enterprises()[ei];
            const QString region = code6(e.region);
            all.add(i, ei, e);
            prov[region.left(2) + QStringLiteral("0000")].add(i, ei, e);
            city[region.left(4) + QStringLiteral("00")].add(i, ei, e);
            section[e.section ? QString(QLatin1Char(e.section)) : QString()].add(i, ei, e);
        }
    }
    s.persons = int(all.persons.size());
    s.enterprises = int(all.enterprises.size());
    s.revenue = all.revenue;
    s.tax = all.tax;
    s.byProvince = rowsOf(prov, true);
    s.byCity = rowsOf(city, true);
    s.bySection = rowsOf(section, false);
    return s;
}

Summary HometownEngine::summarizeTarget(const HometownData& data, const QString& target)
{
    if (!isRegionPrefix(target))
        throw QueryError(tr("Target \"%1\" is not a region code of 2, 4 or 6 digits.").arg(target));
    const Prefix t = prefixOf(target);
    Summary s;
    s.direction = QStringLiteral("target");
    s.code = target;
    Group all;
    std::unordered_map<QString, Group> prov, city, section;
    const auto& persons = data.persons();
    for (quint32 i = 0; i < persons.size(); ++i) {
        const auto& p = persons[i];
        // The person's origin: birthplace (resolved) first, else 籍贯.
        int code = 0, digits = 0;
        if (p.birthDigits) {
            code = p.birthResolved;
            digits = p.birthDigits;
        } else if (p.nativeDigits) {
            code = p.native;
            digits = p.nativeDigits;
        }
        for (quint32 k = p.linkBegin; k < p.linkEnd; ++k) {
            if (!(data.links()[k].roles & kRegisteredRoles))
                continue; // the aggregates count registered roles and shareholdings
            const quint32 ei = data.links()[k].enterprise;
            const auto& e = data.enterprises()[ei];
            if (!t.covers(e.region, 6))
                continue;
            all.add(i, ei, e);
            const QString c = code6(code);
            prov[digits >= 2 ? c.left(2) + QStringLiteral("0000") : QString()].add(i, ei, e);
            city[digits >= 4 ? c.left(4) + QStringLiteral("00") : QString()].add(i, ei, e);
            section[e.section ? QString(QLatin1Char(e.section)) : QString()].add(i, ei, e);
        }
    }
    s.persons = int(all.persons.size());
    s.enterprises = int(all.enterprises.size());
    s.revenue = all.revenue;
    s.tax = all.tax;
    s.byProvince = rowsOf(prov, true);
    s.byCity = rowsOf(city, true);
    s.bySection = rowsOf(section, false);
    return s;
}

void HometownEngine::attachRegisters(Result& result, const store::Database& db)
{
    QStringList ids;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < result.persons.size(); ++i) {
        result.persons[i].registers.clear();
        ids << result.persons[i].personId;
        at.insert(result.persons[i].personId, i);
    }
    if (ids.isEmpty())
        return;
    store::PersonReads(db).forEachMembership(ids, [&](const QString& person, const QString& name) {
        const auto it = at.constFind(person);
        if (it != at.constEnd() && !result.persons[*it].registers.contains(name))
            result.persons[*it].registers << name;
    });
}

QJsonObject toJson(const PersonHit& p)
{
    QJsonArray enterprises;
    for (const EnterpriseHit& e : p.enterprises) {
        enterprises.append(QJsonObject { { QStringLiteral("uscc"), e.uscc },
            { QStringLiteral("role"), e.roles.join(QLatin1Char('|')) },
            { QStringLiteral("share"), e.share ? QJsonValue(*e.share) : QJsonValue() },
            { QStringLiteral("ultimate_share"),
                e.ultimateShare ? QJsonValue(*e.ultimateShare) : QJsonValue() },
            { QStringLiteral("roles"), QJsonArray::fromStringList(e.roles) },
            { QStringLiteral("name"), e.name }, { QStringLiteral("status"), e.status },
            { QStringLiteral("region_code"), e.regionCode },
            { QStringLiteral("industry_code"), e.industryCode }, { QStringLiteral("factor"), e.factor },
            { QStringLiteral("revenue"), e.revenue }, { QStringLiteral("tax"), e.tax },
            { QStringLiteral("capital"), e.capital },
            { QStringLiteral("qualifications"), QJsonArray::fromStringList(e.qualifications) },
            { QStringLiteral("risks"), QJsonArray::fromStringList(e.risks) },
            { QStringLiteral("priority"), e.priority } });
    }
    QJsonArray attributions;
    for (const Attribution& a : p.attributions) {
        QJsonObject o { { QStringLiteral("source"), a.source }, { QStringLiteral("code"), a.code },
            { QStringLiteral("resolved_code"), a.resolvedCode }, { QStringLiteral("level"), a.level },
            { QStringLiteral("retired"), a.retired }, { QStringLiteral("matches"), a.matches } };
        if (a.retired)
            o.insert(QStringLiteral("historical_name"), a.historicalName);
        attributions.append(o);
    }
    return QJsonObject { { QStringLiteral("person_id"), p.personId }, { QStringLiteral("name"), p.name },
        { QStringLiteral("origin_code"), p.originCode }, { QStringLiteral("enterprises"), enterprises },
        { QStringLiteral("score"), p.score }, { QStringLiteral("id_masked"), p.idMasked },
        { QStringLiteral("origin_source"), p.originSource },
        { QStringLiteral("origin_level"), p.originLevel }, { QStringLiteral("attributions"), attributions },
        { QStringLiteral("score_parts"),
            QJsonObject { { QStringLiteral("revenue"), p.parts.revenue },
                { QStringLiteral("tax"), p.parts.tax }, { QStringLiteral("capital"), p.parts.capital },
                { QStringLiteral("enterprises"), p.parts.enterprises },
                { QStringLiteral("qualifications"), p.parts.qualifications },
                { QStringLiteral("priority_fit"), p.parts.priorityFit },
                { QStringLiteral("risk"), p.parts.risk } } },
        { QStringLiteral("weighted_revenue"), p.weightedRevenue },
        { QStringLiteral("weighted_tax"), p.weightedTax },
        { QStringLiteral("weighted_capital"), p.weightedCapital },
        { QStringLiteral("registers"), QJsonArray::fromStringList(p.registers) } };
}

QJsonObject toJson(const Summary& s)
{
    auto rows = [](const QList<SummaryRow>& list) {
        QJsonArray a;
        for (const SummaryRow& r : list)
            a.append(QJsonObject { { QStringLiteral("code"), r.key }, { QStringLiteral("name"), r.name },
                { QStringLiteral("persons"), r.persons }, { QStringLiteral("enterprises"), r.enterprises },
                { QStringLiteral("revenue"), r.revenue }, { QStringLiteral("tax"), r.tax } });
        return a;
    };
    const bool origin = s.direction == u"origin";
    return QJsonObject { { QStringLiteral("direction"), s.direction }, { QStringLiteral("code"), s.code },
        { QStringLiteral("persons"), s.persons }, { QStringLiteral("enterprises"), s.enterprises },
        { QStringLiteral("revenue"), s.revenue }, { QStringLiteral("tax"), s.tax },
        { origin ? QStringLiteral("by_target_province") : QStringLiteral("by_origin_province"),
            rows(s.byProvince) },
        { origin ? QStringLiteral("by_target_city") : QStringLiteral("by_origin_city"), rows(s.byCity) },
        { QStringLiteral("by_section"), rows(s.bySection) } };
}

} // namespace dj::hometown
