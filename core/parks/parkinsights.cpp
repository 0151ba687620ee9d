#include "core/parks/parkinsights.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "core/common/money.h"
#include "core/geo/addressnormalizer.h"
#include "core/geo/regioncentres.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace dj::parks {

using namespace Qt::StringLiterals;

namespace {

/// The members counted once each (their first building), without the departed.
struct Counted
{
    const Member* member;
    const BuildingReport* building;
};

std::vector<Counted> counted(const ParkReport& r, bool registeredOnly, bool withDeparted = false)
{
    std::vector<Counted> out;
    QSet<QString> seen;
    for (const BuildingReport& b : r.buildings) {
        for (const Member& m : b.members) {
            if (m.cls == BuildingClass::Departed && !withDeparted)
                continue;
            if (registeredOnly && m.cls == BuildingClass::OfficeOnly)
                continue;
            if (seen.contains(m.uscc))
                continue;
            seen.insert(m.uscc);
            out.push_back({ &m, &b });
        }
    }
    return out;
}

QString pct(double v)
{
    return QString::number(v * 100, 'f', 1) + u" %"_s;
}

QJsonValue opt(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString ParkInsights::resultKey(GateResult r)
{
    switch (r) {
    case GateResult::Pass:
        return u"pass"_s;
    case GateResult::Fail:
        return u"fail"_s;
    case GateResult::Unknown:
        return u"unknown"_s;
    }
    return {};
}

std::vector<RelocationRisk> ParkInsights::relocationRisks(ParkStore& store, const ParkReport& report)
{
    std::vector<Counted> members;
    for (const Counted& c : counted(report, true, true)) {
        if (c.member->cls != BuildingClass::Departed || c.member->status == u"迁出"
            || c.member->status == u"歇业" || c.member->status == u"停业")
            members.push_back(c);
    }
    QStringList usccs;
    for (const Counted& c : members)
        usccs << c.member->uscc;
    QHash<QString, QList<HoldingRow>> holdings;
    for (const HoldingRow& h : store.holdingsBy(usccs))
        holdings[h.holderUscc].append(h);
    QSet<QString> watched;
    for (const WatchEntry& w : store.watchList())
        watched.insert(w.uscc);
    const QString recent = u"%1-01-01"_s.arg(report.year - 1);
    const auto& normalizer = geo::AddressNormalizer::instance();

    std::vector<RelocationRisk> out;
    for (const Counted& c : members) {
        const Member& m = *c.member;
        RelocationRisk r;
        r.uscc = m.uscc;
        r.name = m.name;
        r.buildingId = c.building->building.id;
        r.cls = ParkEngine::classKey(m.cls);
        r.watched = watched.contains(m.uscc);
        const QString district = c.building->building.regionCode;
        if (m.status == u"迁出")
            r.parts.push_back({ u"status_moved_out"_s, 40, tr("Status 迁出 (moved out)") });
        if (m.status == u"歇业" || m.status == u"停业")
            r.parts.push_back(
                { u"status_suspended"_s, 25, tr("Status %1 (business suspended)").arg(m.status) });
        int newElsewhere = 0;
        QStringList examples;
        for (const HoldingRow& h : holdings.value(m.uscc)) {
            if (h.investeeRegion != district && h.investeeEstablished >= recent) {
                ++newElsewhere;
                if (examples.size() < 2)
                    examples << u"%1 (%2, %3)"_s.arg(h.investeeName, h.investeeRegion, h.investeeEstablished);
            }
        }
        if (newElsewhere > 0)
            r.parts.push_back({ u"subsidiaries_elsewhere"_s, std::min(20, 10 * newElsewhere),
                tr("%n new subsidiaries outside the district since %1: %2", nullptr, newElsewhere)
                    .arg(recent, examples.join(u"; "_s)) });
        if (m.employees && m.prevEmployees && *m.prevEmployees > 0
            && *m.employees < 0.8 * double(*m.prevEmployees))
            r.parts.push_back({ u"employees_falling"_s, 15,
                tr("Employees fell from %1 (%2) to %3 (%4)")
                    .arg(*m.prevEmployees)
                    .arg(report.year - 1)
                    .arg(*m.employees)
                    .arg(report.year) });
        if (m.tax && m.prevTax && *m.prevTax > 0 && *m.tax < 0.8 * *m.prevTax)
            r.parts.push_back({ u"tax_falling"_s, 15,
                tr("Tax fell from %1 (%2) to %3 (%4)")
                    .arg(Money::text(*m.prevTax))
                    .arg(report.year - 1)
                    .arg(Money::text(*m.tax))
                    .arg(report.year) });
        if (!m.opAddress.isEmpty()) {
            const QString opRegion = normalizer.parse(m.opAddress, m.regionCode).regionCode;
            if (opRegion.size() == 6 && opRegion != district)
                r.parts.push_back({ u"operating_outside"_s, 20,
                    tr("Operating address outside the district (%1): %2").arg(opRegion, m.opAddress) });
        }
        if (m.cls == BuildingClass::Virtual)
            r.parts.push_back(
                { u"registered_only"_s, 10, tr("Registered here but operating elsewhere (虚拟注册)") });
        for (const ScorePart& p : r.parts)
            r.score += p.points;
        r.score = std::min(100, r.score);
        if (r.score > 0 || r.watched)
            out.push_back(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(), [](const RelocationRisk& a, const RelocationRisk& b) {
        return a.score != b.score ? a.score > b.score : a.name < b.name;
    });
    return out;
}

std::vector<Potential> ParkInsights::potentials(ParkStore& store, const ParkReport& report)
{
    const std::vector<Counted> members = counted(report, false);
    QStringList usccs;
    for (const Counted& c : members)
        usccs << c.member->uscc;
    const auto ip = store.ipCounts(usccs);
    const auto financing = store.financingTotals(usccs);
    const auto years = store.years(usccs, report.year - 2, report.year);
    const auto facts = store.facts(usccs);
    const int Y = report.year;
    const QDate asOf = report.asOf;

    std::vector<Potential> out;
    for (const Counted& c : members) {
        const Member& m = *c.member;
        const EnterpriseFacts f = facts.value(m.uscc);
        QSet<QString> held;
        for (const auto& q : f.qualifications) {
            if (q.validTo.isEmpty() || q.validTo >= asOf.toString(Qt::ISODate))
                held.insert(q.kind);
        }
        const QDate established = QDate::fromString(m.established, Qt::ISODate);
        auto ageGate = [&](int yearsNeeded) {
            Gate g { u"age"_s, tr("Registered at least %n years", nullptr, yearsNeeded), GateResult::Unknown,
                {} };
            if (!established.isValid()) {
                g.figure = tr("date of establishment unknown");
                return g;
            }
            g.result = established.addYears(yearsNeeded) <= asOf ? GateResult::Pass : GateResult::Fail;
            g.figure = tr("established %1").arg(m.established);
            return g;
        };
        const QHash<QString, int> ipOf = ip.value(m.uscc);
        const int classI = ipOf.value(u"发明专利"_s);
        const int classII
            = ipOf.value(u"实用新型"_s) + ipOf.value(u"外观设计"_s) + ipOf.value(u"软件著作权"_s);
        const QMap<int, YearFigures> fy = years.value(m.uscc);
        const YearFigures latest = fy.value(Y);
        auto unknownGate = [](const QString& key, const QString& label, const QString& why) {
            return Gate { key, label, GateResult::Unknown, why };
        };

        auto finish = [&](Potential p) {
            for (const Gate& g : p.gates) {
                p.passed += g.result == GateResult::Pass;
                p.failed += g.result == GateResult::Fail;
                p.unknown += g.result == GateResult::Unknown;
            }
            p.closeness = p.passed + p.failed > 0 ? double(p.passed) / (p.passed + p.failed) : 0;
            out.push_back(std::move(p));
        };
        const Potential base { m.uscc, m.name, c.building->building.id, {}, {}, 0, 0, 0, 0 };

        if (!held.contains(u"高新技术企业"_s)) {
            Potential p = base;
            p.target = u"高新技术企业"_s;
            p.gates.push_back(ageGate(1));
            Gate ipGate { u"core_ip"_s, tr("Core IP (class I or class II)"), GateResult::Unknown, {} };
            ipGate.result = classI + classII > 0 ? GateResult::Pass : GateResult::Fail;
            ipGate.figure = tr("class I: %1, class II: %2").arg(classI).arg(classII);
            p.gates.push_back(ipGate);
            p.gates.push_back(unknownGate(u"tech_staff"_s, tr("Technical staff at least 10 %"),
                tr("no data on technical staff in the cache")));
            double rd = 0, rev = 0;
            int yearsWithRd = 0;
            for (auto it = fy.constBegin(); it != fy.constEnd(); ++it) {
                if (it->rdExpense && it->revenue && *it->revenue > 0) {
                    rd += *it->rdExpense;
                    rev += *it->revenue;
                    ++yearsWithRd;
                }
            }
            Gate rdGate { u"rd_ratio"_s,
                tr("R&D at least 5/4/3 % of revenue over three years (by revenue band)"), GateResult::Unknown,
                {} };
            if (yearsWithRd == 0 || !latest.revenue) {
                rdGate.figure = tr("no R&D expense or revenue on record");
            } else {
                const double need = *latest.revenue <= 5e7 ? 0.05 : *latest.revenue <= 2e8 ? 0.04 : 0.03;
                rdGate.result = rd / rev >= need ? GateResult::Pass : GateResult::Fail;
                rdGate.figure = tr("R&D %1 of revenue over %2 years (needs %3)")
                                    .arg(pct(rd / rev))
                                    .arg(yearsWithRd)
                                    .arg(pct(need));
            }
            p.gates.push_back(rdGate);
            p.gates.push_back(unknownGate(u"hightech_revenue"_s,
                tr("High-tech product revenue at least 60 %"), tr("no product revenue split in the cache")));
            finish(std::move(p));
        }
        if (!held.contains(u"专精特新中小企业"_s) && !held.contains(u"专精特新\"小巨人\"企业"_s)) {
            Potential p = base;
            p.target = u"专精特新中小企业"_s;
            p.gates.push_back(ageGate(2));
            Gate rdGate { u"rd"_s, tr("R&D at least 1 million yuan and 3 % of revenue"), GateResult::Unknown,
                {} };
            if (!latest.rdExpense || !latest.revenue || *latest.revenue <= 0) {
                rdGate.figure = tr("no R&D expense or revenue for %1").arg(Y);
            } else {
                const double ratio = *latest.rdExpense / *latest.revenue;
                rdGate.result
                    = *latest.rdExpense >= 1e6 && ratio >= 0.03 ? GateResult::Pass : GateResult::Fail;
                rdGate.figure
                    = tr("R&D %1, %2 of revenue (%3)").arg(Money::text(*latest.rdExpense), pct(ratio)).arg(Y);
            }
            p.gates.push_back(rdGate);
            Gate size { u"revenue_or_financing"_s,
                tr("Revenue at least 10 million yuan, or equity financing at least 20 million"),
                GateResult::Unknown, {} };
            const double fin = financing.value(m.uscc);
            if (!latest.revenue && fin <= 0) {
                size.figure = tr("no revenue for %1 and no financing on record").arg(Y);
            } else {
                size.result
                    = latest.revenue.value_or(0) >= 1e7 || fin >= 2e7 ? GateResult::Pass : GateResult::Fail;
                size.figure = tr("revenue %1 (%2), financing %3")
                                  .arg(latest.revenue ? Money::text(*latest.revenue) : tr("unknown"))
                                  .arg(Y)
                                  .arg(Money::text(fin));
            }
            p.gates.push_back(size);
            finish(std::move(p));
        }
        if (!held.contains(u"专精特新\"小巨人\"企业"_s)) {
            Potential p = base;
            p.target = u"专精特新\"小巨人\"企业"_s;
            p.gates.push_back(ageGate(3));
            p.gates.push_back(unknownGate(u"main_business"_s, tr("Main business at least 70 % of revenue"),
                tr("no revenue split by business in the cache")));
            Gate growth { u"growth"_s, tr("Revenue growth at least 5 % a year over two years"),
                GateResult::Unknown, {} };
            const auto first = fy.value(Y - 2).revenue;
            if (!first || !latest.revenue || *first <= 0) {
                growth.figure = tr("revenue of %1 or %2 unknown").arg(Y - 2).arg(Y);
            } else {
                const double g = std::sqrt(*latest.revenue / *first) - 1;
                growth.result = g >= 0.05 ? GateResult::Pass : GateResult::Fail;
                growth.figure = tr("%1 a year (%2 → %3), total revenue as the main business")
                                    .arg(pct(g))
                                    .arg(Y - 2)
                                    .arg(Y);
            }
            p.gates.push_back(growth);
            p.gates.push_back(unknownGate(u"debt_ratio"_s, tr("Debt ratio at most 70 %"),
                tr("no liabilities in the cache (only total assets)")));
            Gate rdGate { u"rd_ratio"_s,
                tr("R&D ratio by revenue band (≥ 100 million: 3 %, 50–100 million: 6 %)"),
                GateResult::Unknown, {} };
            if (!latest.revenue || !latest.rdExpense || *latest.revenue <= 0) {
                rdGate.figure = tr("no R&D expense or revenue for %1").arg(Y);
            } else if (*latest.revenue < 5e7) {
                rdGate.result = GateResult::Fail;
                rdGate.figure
                    = tr("revenue %1 is below the 50 million band").arg(Money::text(*latest.revenue));
            } else {
                const double need = *latest.revenue >= 1e8 ? 0.03 : 0.06;
                const double ratio = *latest.rdExpense / *latest.revenue;
                rdGate.result = ratio >= need ? GateResult::Pass : GateResult::Fail;
                rdGate.figure = tr("R&D %1 of revenue %2 (needs %3)")
                                    .arg(pct(ratio), Money::text(*latest.revenue), pct(need));
            }
            p.gates.push_back(rdGate);
            Gate ipGate { u"class1_ip"_s, tr("At least 2 class-I IP (invention patents)"),
                GateResult::Unknown, {} };
            ipGate.result = classI >= 2 ? GateResult::Pass : GateResult::Fail;
            ipGate.figure = tr("%n invention patents", nullptr, classI);
            p.gates.push_back(ipGate);
            finish(std::move(p));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Potential& a, const Potential& b) {
        if (a.failed != b.failed)
            return a.failed < b.failed;
        if (a.passed != b.passed)
            return a.passed > b.passed;
        return a.name < b.name;
    });
    return out;
}

OutwardInvestment ParkInsights::outward(ParkStore& store, const ParkReport& report)
{
    OutwardInvestment o;
    const std::vector<Counted> members = counted(report, true);
    QHash<QString, const Counted*> byUscc;
    QStringList usccs;
    for (const Counted& c : members) {
        byUscc.insert(c.member->uscc, &c);
        usccs << c.member->uscc;
    }
    // The park's centre: its outline's mean vertex, else the buildings' mean position.
    double sx = 0, sy = 0;
    int n = 0;
    for (const QPointF& p : report.park.boundary) {
        sx += p.x();
        sy += p.y();
        ++n;
    }
    if (n == 0) {
        for (const BuildingReport& b : report.buildings) {
            if (b.building.lon && b.building.lat) {
                sx += *b.building.lon;
                sy += *b.building.lat;
                ++n;
            }
        }
    }
    if (n > 0) {
        o.originLon = sx / n;
        o.originLat = sy / n;
    }
    const QList<HoldingRow> rows = store.holdingsBy(usccs);
    QStringList investees;
    for (const HoldingRow& h : rows)
        investees << h.investeeUscc;
    const auto money = store.financials(investees, report.year);
    const auto& regions = codes::Regions::instance();
    QHash<QString, OutwardGroup> regionGroups, sectionGroups;
    for (const HoldingRow& h : rows) {
        const Counted* c = byUscc.value(h.holderUscc);
        if (!c)
            continue;
        const QString district = c->building->building.regionCode;
        if (h.investeeRegion == district || h.investeeRegion.isEmpty())
            continue;
        OutwardHolding oh;
        oh.holderUscc = h.holderUscc;
        oh.holderName = c->member->name;
        oh.investeeUscc = h.investeeUscc;
        oh.investeeName = h.investeeName;
        oh.investeeRegion = h.investeeRegion;
        oh.investeeSection = h.investeeSection;
        oh.sharePct = h.sharePct.value_or(0);
        oh.capital = h.foreignCurrency ? 0 : h.capital.value_or(0);
        oh.outsideCity = h.investeeRegion.left(4) != district.left(4);
        if (const auto it = money.constFind(h.investeeUscc); it != money.constEnd()) {
            oh.investeeRevenue = it->revenue;
            oh.investeeTax = it->tax;
        }
        ++o.count;
        o.outsideCity += oh.outsideCity;
        o.capital += oh.capital;
        o.revenue += oh.investeeRevenue.value_or(0);
        o.tax += oh.investeeTax.value_or(0);
        const QString pref = h.investeeRegion.left(4);
        OutwardGroup& rg = regionGroups[pref];
        if (rg.key.isEmpty()) {
            rg.key = pref;
            rg.label = regions.fullName(pref + u"00"_s);
            if (rg.label.isEmpty())
                rg.label = regions.fullName(h.investeeRegion);
            auto centre = geo::RegionCentres::instance().exact(pref + u"00"_s);
            if (!centre)
                centre = geo::RegionCentres::instance().exact(h.investeeRegion);
            if (centre) {
                rg.lon = centre->position.lon;
                rg.lat = centre->position.lat;
            }
        }
        OutwardGroup& sg = sectionGroups[h.investeeSection];
        sg.key = h.investeeSection;
        if (sg.label.isEmpty()) {
            // "C 制造业", not the bare section letter.
            const codes::Industry* section = h.investeeSection.isEmpty()
                ? nullptr
                : codes::Industries::instance().find(h.investeeSection);
            sg.label = h.investeeSection.isEmpty() ? tr("unknown")
                : section                          ? h.investeeSection + u' ' + section->name
                                                   : h.investeeSection;
        }
        for (OutwardGroup* g : { &rg, &sg }) {
            ++g->count;
            g->capital += oh.capital;
            g->revenue += oh.investeeRevenue.value_or(0);
            g->tax += oh.investeeTax.value_or(0);
        }
        o.holdings.push_back(std::move(oh));
    }
    auto sorted = [](const QHash<QString, OutwardGroup>& h) {
        std::vector<OutwardGroup> v(h.begin(), h.end());
        std::sort(v.begin(), v.end(), [](const OutwardGroup& a, const OutwardGroup& b) {
            if (a.count != b.count)
                return a.count > b.count;
            if (a.capital != b.capital)
                return a.capital > b.capital;
            return a.key < b.key;
        });
        return v;
    };
    o.byRegion = sorted(regionGroups);
    o.bySection = sorted(sectionGroups);
    return o;
}

QJsonObject ParkInsights::toJson(const RelocationRisk& r)
{
    QJsonArray parts;
    for (const ScorePart& p : r.parts)
        parts.append(QJsonObject { { u"key"_s, p.key }, { u"points"_s, p.points }, { u"fact"_s, p.fact } });
    return QJsonObject { { u"uscc"_s, r.uscc }, { u"name"_s, r.name }, { u"building_id"_s, r.buildingId },
        { u"class"_s, r.cls }, { u"score"_s, r.score }, { u"parts"_s, parts }, { u"watched"_s, r.watched } };
}

QJsonObject ParkInsights::toJson(const Potential& p)
{
    QJsonArray gates;
    for (const Gate& g : p.gates)
        gates.append(QJsonObject { { u"key"_s, g.key }, { u"label"_s, g.label },
            { u"result"_s, resultKey(g.result) }, { u"figure"_s, g.figure } });
    return QJsonObject { { u"uscc"_s, p.uscc }, { u"name"_s, p.name }, { u"building_id"_s, p.buildingId },
        { u"target"_s, p.target }, { u"passed"_s, p.passed }, { u"failed"_s, p.failed },
        { u"unknown"_s, p.unknown }, { u"closeness"_s, p.closeness }, { u"gates"_s, gates } };
}

QJsonObject ParkInsights::toJson(const OutwardInvestment& o, bool withHoldings)
{
    auto groups = [](const std::vector<OutwardGroup>& v, bool withPlace) {
        QJsonArray a;
        for (const OutwardGroup& g : v) {
            QJsonObject j { { u"key"_s, g.key }, { u"label"_s, g.label }, { u"count"_s, g.count },
                { u"capital"_s, g.capital }, { u"revenue"_s, g.revenue }, { u"tax"_s, g.tax } };
            if (withPlace) {
                j.insert(u"lon"_s, g.lon);
                j.insert(u"lat"_s, g.lat);
            }
            a.append(j);
        }
        return a;
    };
    QJsonObject out { { u"count"_s, o.count }, { u"outside_city"_s, o.outsideCity },
        { u"capital"_s, o.capital }, { u"investee_revenue"_s, o.revenue }, { u"investee_tax"_s, o.tax },
        { u"by_region"_s, groups(o.byRegion, true) }, { u"by_section"_s, groups(o.bySection, false) },
        { u"origin"_s, QJsonObject { { u"lon"_s, o.originLon }, { u"lat"_s, o.originLat } } } };
    if (withHoldings) {
        QJsonArray a;
        for (const OutwardHolding& h : o.holdings)
            a.append(QJsonObject { { u"holder_uscc"_s, h.holderUscc }, { u"holder_name"_s, h.holderName },
                { u"investee_uscc"_s, h.investeeUscc }, { u"investee_name"_s, h.investeeName },
                { u"investee_region"_s, h.investeeRegion }, { u"investee_section"_s, h.investeeSection },
                { u"share_pct"_s, h.sharePct }, { u"capital"_s, h.capital },
                { u"investee_revenue"_s, opt(h.investeeRevenue) }, { u"investee_tax"_s, opt(h.investeeTax) },
                { u"outside_city"_s, h.outsideCity } });
        out.insert(u"holdings"_s, a);
    }
    return out;
}

} // namespace dj::parks
