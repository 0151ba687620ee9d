#include "core/parks/parkengine.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace dj::parks {

using namespace Qt::StringLiterals;

namespace {

bool gone(const QString& status)
{
    return status == u"注销" || status == u"吊销" || status == u"撤销" || status == u"迁出";
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

bool currentOn(const TenantRow& t, const QString& day)
{
    return (t.since.isEmpty() || t.since <= day) && (t.until.isEmpty() || t.until >= day);
}

QJsonValue opt(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject mix(const QMap<QString, int>& m)
{
    QJsonObject o;
    for (auto it = m.constBegin(); it != m.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

const QStringList& ParkEngine::virtualWords()
{
    static const QStringList words { u"集群"_s, u"托管"_s, u"商务秘书"_s, u"集中登记"_s, u"工位"_s,
        u"孵化器"_s };
    return words;
}

QString ParkEngine::taxBand(double tax)
{
    if (tax >= 1e9)
        return u"十亿元楼"_s;
    if (tax >= 1e8)
        return u"亿元楼"_s;
    if (tax >= 1e7)
        return u"千万元楼"_s;
    return {};
}

QString ParkEngine::className(BuildingClass c)
{
    switch (c) {
    case BuildingClass::Actual:
        return tr("Registered and operating here (实际注册)");
    case BuildingClass::Virtual:
        return tr("Registered here, operating elsewhere (虚拟注册)");
    case BuildingClass::OfficeOnly:
        return tr("Operating here, registered elsewhere (仅办公)");
    case BuildingClass::Departed:
        return tr("Gone (deregistered, revoked or moved out)");
    }
    return {};
}

QString ParkEngine::classKey(BuildingClass c)
{
    switch (c) {
    case BuildingClass::Actual:
        return u"actual"_s;
    case BuildingClass::Virtual:
        return u"virtual"_s;
    case BuildingClass::OfficeOnly:
        return u"office_only"_s;
    case BuildingClass::Departed:
        return u"departed"_s;
    }
    return {};
}

QString ParkEngine::classWord(BuildingClass c)
{
    switch (c) {
    case BuildingClass::Actual:
        return tr("实际注册");
    case BuildingClass::Virtual:
        return tr("虚拟注册");
    case BuildingClass::OfficeOnly:
        return tr("仅办公");
    case BuildingClass::Departed:
        return tr("已迁出/注销");
    }
    return {};
}

QString ParkEngine::classWordForKey(const QString& key)
{
    for (BuildingClass c : { BuildingClass::Actual, BuildingClass::Virtual, BuildingClass::OfficeOnly,
             BuildingClass::Departed }) {
        if (classKey(c) == key)
            return classWord(c);
    }
    return key;
}

QString ParkEngine::registrationRateDefinition()
{
    return tr(
        "Registration rate = enterprises operating in the building (实际注册 + 仅办公) that are registered "
        "in the building's own district (same county code), divided by all enterprises operating in the "
        "building.");
}

ParkReport ParkEngine::report(ParkStore& store, const QString& parkId, QDate asOf, const Progress& progress)
{
    const auto park = store.park(parkId);
    if (!park)
        throw ParkError(tr("Park %1 not found.").arg(parkId));
    store.prepare(progress, tr("Matching enterprises to buildings"));

    ParkReport r;
    r.park = *park;
    r.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    r.year = store.reportYear();
    const QString today = isoDate(r.asOf);
    const QString yearAgo = isoDate(r.asOf.addYears(-1));
    const QString prevYearEnd = u"%1-12-31"_s.arg(r.year - 1, 4, 10, QLatin1Char('0'));

    const QList<BuildingInfo> buildings = store.buildings(parkId);
    if (buildings.isEmpty())
        r.notes << tr("The park has no buildings: there is nothing to report.");
    QStringList ids;
    for (const BuildingInfo& b : buildings)
        ids << b.id;
    const QList<PresenceRow> presence = store.presence(ids);
    const QList<TenantRow> tenantRows = store.tenants(ids);
    QStringList usccs;
    {
        QSet<QString> seen;
        for (const PresenceRow& p : presence) {
            if (!seen.contains(p.uscc)) {
                seen.insert(p.uscc);
                usccs << p.uscc;
            }
        }
    }
    const QHash<QString, EnterpriseFacts> facts = store.facts(usccs);
    const QHash<QString, FinancialYear> now = store.financials(usccs, r.year);
    const QHash<QString, FinancialYear> before = store.financials(usccs, r.year - 1);

    QHash<QString, QList<const PresenceRow*>> byBuilding;
    QHash<QPair<QString, QString>, int> roomCount; // (building, registered room) → firms registered there
    for (const PresenceRow& p : presence) {
        byBuilding[p.buildingId].append(&p);
        if ((p.evidence & RegKey) && !p.regRoom.isEmpty())
            ++roomCount[{ p.buildingId, p.regRoom }];
    }
    QHash<QString, QList<const TenantRow*>> tenantsOf;
    for (const TenantRow& t : tenantRows)
        tenantsOf[t.buildingId].append(&t);

    QSet<QString> registeredInPark;
    for (const BuildingInfo& b : buildings) {
        BuildingReport br;
        br.building = b;
        Figures& f = br.figures;
        if (b.footprint.isEmpty())
            br.notes << tr("No footprint: enterprises are matched by address and tenant list only.");
        if (!b.grossArea || *b.grossArea <= 0)
            br.notes << tr("No gross area: per-m² figures and occupancy cannot be computed.");
        const QList<const PresenceRow*> rows = byBuilding.value(b.id);
        // Tenants: by USCC, else by exact or former name among the firms found here.
        QHash<QString, QString> currentTenancy; // uscc → "floor room"
        for (const TenantRow* t : tenantsOf.value(b.id)) {
            TenantMatch m;
            m.row = *t;
            m.current = currentOn(*t, today);
            if (!t->uscc.isEmpty()) {
                for (const PresenceRow* p : rows) {
                    if (p->uscc == t->uscc && (p->evidence & TenantUscc)) {
                        m.matchedUscc = p->uscc;
                        m.matchedBy = u"uscc"_s;
                    }
                }
            }
            if (m.matchedUscc.isEmpty()) {
                // An exact name first, then a former name (two firms may have carried one name).
                const QString name = t->name.trimmed();
                for (int pass = 0; pass < 2 && m.matchedUscc.isEmpty(); ++pass) {
                    for (const PresenceRow* p : rows) {
                        if (!(p->evidence & (pass == 0 ? TenantName : TenantFormer)))
                            continue;
                        const auto it = facts.constFind(p->uscc);
                        if (it == facts.constEnd())
                            continue;
                        bool hit = false;
                        if (pass == 0) {
                            hit = it->name.trimmed() == name;
                        } else {
                            const QStringList formers = it->formerNames.split(u'|', Qt::SkipEmptyParts);
                            for (const QString& former : formers)
                                hit = hit || former.trimmed() == name;
                        }
                        if (hit) {
                            m.matchedUscc = p->uscc;
                            m.matchedBy = pass == 0 ? u"name"_s : u"former_name"_s;
                            break;
                        }
                    }
                }
            }
            ++f.tenants;
            if (m.matchedUscc.isEmpty())
                ++f.unmatchedTenants;
            if (m.current) {
                ++f.currentTenants;
                if (t->area)
                    f.leasedArea = f.leasedArea.value_or(0) + *t->area;
                if (!m.matchedUscc.isEmpty())
                    currentTenancy.insert(m.matchedUscc,
                        (t->floor + u' ' + t->room).trimmed() + u" · "_s
                            + (m.matchedBy == u"uscc"        ? tr("by credit code")
                                    : m.matchedBy == u"name" ? tr("by name")
                                                             : tr("by former name")));
            }
            if (currentOn(*t, yearAgo) && t->area)
                f.prevLeasedArea = f.prevLeasedArea.value_or(0) + *t->area;
            br.tenants.push_back(std::move(m));
        }

        for (const PresenceRow* p : rows) {
            const auto it = facts.constFind(p->uscc);
            if (it == facts.constEnd())
                continue;
            const EnterpriseFacts& e = *it;
            const quint32 ev = p->evidence;
            const bool regHere = (ev & RegKey) || ((ev & RegPos) && (ev & RegKeyNone));
            const bool tenant = currentTenancy.contains(e.uscc);
            const bool opHere = (ev & OpKey) || (ev & OpPos) || tenant;
            const bool opElsewhere
                = ((ev & OpGiven) && !(ev & OpKey) && !(ev & OpPos)) || ((ev & OpPosGiven) && !(ev & OpPos));
            if (!regHere && !opHere)
                continue; // only an annual-report address or a former tenancy: not in the building

            Member m;
            m.uscc = e.uscc;
            m.name = e.name;
            m.status = e.status;
            m.regionCode = e.regionCode;
            m.section = e.section;
            m.scale = e.scale;
            m.address = e.address;
            m.opAddress = e.opAddress;
            m.established = e.established;
            m.evidence = ev;
            m.inDistrict = e.regionCode == b.regionCode;
            // Signals of a registration-only address (domain.md).
            if (regHere) {
                QStringList words;
                for (const QString& w : virtualWords()) {
                    if (e.address.contains(w))
                        words << w;
                }
                if (!words.isEmpty())
                    m.virtualSignals << tr("Address words: %1").arg(words.join(u'、'));
                const int sharing = roomCount.value({ b.id, p->regRoom });
                if ((ev & RegKey) && !p->regRoom.isEmpty() && sharing >= kCrowdedRoom)
                    m.virtualSignals
                        << tr("%1 enterprises registered in room %2").arg(sharing).arg(p->regRoom);
                if (e.insured && *e.insured == 0)
                    m.virtualSignals << tr("No insured employees (参保人数 0)");
                if (e.abnormalUnreachable)
                    m.virtualSignals << tr("经营异常: unreachable at the registered address");
                if (ev & AnnualElsewhere)
                    m.virtualSignals << tr("Annual-report address is elsewhere: %1").arg(e.annualAddress);
                if ((ev & OpPosGiven) && !(ev & OpPos))
                    m.virtualSignals << tr("Operating position lies outside the building");
            }
            // Evidence, in the order a reader checks it.
            if (ev & RegKey)
                m.reasons << tr("Registered address is in this building: %1").arg(e.address);
            else if (regHere)
                m.reasons << tr(
                    "Registered position lies inside the footprint (the address names no building)");
            else
                m.reasons << tr("Registered elsewhere: %1 (%2)").arg(e.address, e.regionCode);
            if (ev & OpKey)
                m.reasons << tr("Operating address is in this building: %1").arg(e.opAddress);
            if (ev & OpPos)
                m.reasons << tr("Operating position lies inside the footprint");
            if (tenant)
                m.reasons << tr("On the park's tenant list: %1").arg(currentTenancy.value(e.uscc));
            if (gone(e.status)) {
                m.cls = BuildingClass::Departed;
                m.reasons << tr("Status %1: no longer counted").arg(e.status);
            } else if (regHere && opHere) {
                m.cls = BuildingClass::Actual;
            } else if (regHere && opElsewhere) {
                m.cls = BuildingClass::Virtual;
                if (!e.opAddress.isEmpty() && !(ev & OpKey))
                    m.reasons << tr("Operating address is elsewhere: %1").arg(e.opAddress);
                else
                    m.reasons << tr("Operating position lies outside the building");
            } else if (regHere) {
                if (m.virtualSignals.size() >= kSignalsForVirtual) {
                    m.cls = BuildingClass::Virtual;
                    m.reasons << tr(
                        "No operating address on record and %1 signals of a registration-only address")
                                     .arg(m.virtualSignals.size());
                } else {
                    m.cls = BuildingClass::Actual;
                    m.reasons << tr(
                        "No other operating address on record: operates at the registered address");
                }
            } else {
                m.cls = BuildingClass::OfficeOnly;
            }
            m.reasons << m.virtualSignals;

            if (const auto fy = now.constFind(e.uscc); fy != now.constEnd()) {
                m.revenue = fy->revenue;
                m.tax = fy->tax;
                m.employees = fy->employees;
            }
            if (const auto fy = before.constFind(e.uscc); fy != before.constEnd()) {
                m.prevRevenue = fy->revenue;
                m.prevTax = fy->tax;
                m.prevEmployees = fy->employees;
            }
            for (const auto& q : e.qualifications) {
                if (q.validTo.isEmpty() || q.validTo >= today)
                    m.qualified = true;
                if (q.year > 0 && q.year <= r.year - 1 && (q.validTo.isEmpty() || q.validTo >= prevYearEnd))
                    m.prevQualified = true;
            }

            // Figures.
            const bool existedBefore = !e.established.isEmpty() && e.established <= prevYearEnd;
            switch (m.cls) {
            case BuildingClass::Actual:
                ++f.actual;
                f.prevActual += existedBefore;
                break;
            case BuildingClass::Virtual:
                ++f.virtualReg;
                f.prevVirtual += existedBefore;
                break;
            case BuildingClass::OfficeOnly:
                ++f.officeOnly;
                f.prevOfficeOnly += existedBefore;
                break;
            case BuildingClass::Departed:
                ++f.departed;
                break;
            }
            if (m.cls == BuildingClass::Departed) {
                br.members.push_back(std::move(m));
                continue;
            }
            if (m.cls != BuildingClass::OfficeOnly) {
                f.revenue += m.revenue.value_or(0);
                f.tax += m.tax.value_or(0);
                f.prevRevenue += m.prevRevenue.value_or(0);
                f.prevTax += m.prevTax.value_or(0);
            }
            if (m.cls != BuildingClass::Virtual) {
                f.occupantRevenue += m.revenue.value_or(0);
                f.occupantTax += m.tax.value_or(0);
                ++f.occupants;
                f.occupantsInDistrict += m.inDistrict;
                if (existedBefore) {
                    ++f.prevOccupants;
                    f.prevOccupantsInDistrict += m.inDistrict;
                }
            }
            ++f.industryMix[m.section];
            ++f.scaleMix[m.scale];
            f.qualified += m.qualified;
            f.prevQualified += m.prevQualified;
            br.members.push_back(std::move(m));
        }
        if (b.grossArea && *b.grossArea > 0) {
            f.grossArea = *b.grossArea;
            f.taxPerM2 = f.tax / *b.grossArea;
            f.prevTaxPerM2 = f.prevTax / *b.grossArea;
            f.revenuePerM2 = f.revenue / *b.grossArea;
            f.prevRevenuePerM2 = f.prevRevenue / *b.grossArea;
            f.occupancy = f.leasedArea.value_or(0) / *b.grossArea;
            f.prevOccupancy = f.prevLeasedArea.value_or(0) / *b.grossArea;
        }
        f.taxBand = taxBand(f.tax);
        f.prevTaxBand = taxBand(f.prevTax);
        if (f.occupants > 0)
            f.registrationRate = double(f.occupantsInDistrict) / f.occupants;
        if (f.prevOccupants > 0)
            f.prevRegistrationRate = double(f.prevOccupantsInDistrict) / f.prevOccupants;
        std::stable_sort(br.members.begin(), br.members.end(), [](const Member& a, const Member& b) {
            return a.cls != b.cls ? int(a.cls) < int(b.cls) : a.name < b.name;
        });

        // The park: sums, except revenue and tax, which count a firm registered in the park once.
        Figures& t = r.total;
        t.actual += f.actual;
        t.virtualReg += f.virtualReg;
        t.officeOnly += f.officeOnly;
        t.departed += f.departed;
        t.prevActual += f.prevActual;
        t.prevVirtual += f.prevVirtual;
        t.prevOfficeOnly += f.prevOfficeOnly;
        for (const Member& m : br.members) {
            if ((m.cls == BuildingClass::Actual || m.cls == BuildingClass::Virtual)
                && !registeredInPark.contains(m.uscc)) {
                registeredInPark.insert(m.uscc);
                t.revenue += m.revenue.value_or(0);
                t.tax += m.tax.value_or(0);
                t.prevRevenue += m.prevRevenue.value_or(0);
                t.prevTax += m.prevTax.value_or(0);
            }
        }
        t.occupantRevenue += f.occupantRevenue;
        t.occupantTax += f.occupantTax;
        if (f.grossArea) {
            t.grossArea = t.grossArea.value_or(0) + *f.grossArea;
            t.leasedArea = t.leasedArea.value_or(0) + f.leasedArea.value_or(0);
            t.prevLeasedArea = t.prevLeasedArea.value_or(0) + f.prevLeasedArea.value_or(0);
        }
        t.occupants += f.occupants;
        t.occupantsInDistrict += f.occupantsInDistrict;
        t.prevOccupants += f.prevOccupants;
        t.prevOccupantsInDistrict += f.prevOccupantsInDistrict;
        for (auto it = f.industryMix.constBegin(); it != f.industryMix.constEnd(); ++it)
            t.industryMix[it.key()] += it.value();
        for (auto it = f.scaleMix.constBegin(); it != f.scaleMix.constEnd(); ++it)
            t.scaleMix[it.key()] += it.value();
        t.qualified += f.qualified;
        t.prevQualified += f.prevQualified;
        t.tenants += f.tenants;
        t.unmatchedTenants += f.unmatchedTenants;
        t.currentTenants += f.currentTenants;
        r.buildings.push_back(std::move(br));
    }
    Figures& t = r.total;
    if (t.grossArea && *t.grossArea > 0) {
        t.taxPerM2 = t.tax / *t.grossArea;
        t.prevTaxPerM2 = t.prevTax / *t.grossArea;
        t.revenuePerM2 = t.revenue / *t.grossArea;
        t.prevRevenuePerM2 = t.prevRevenue / *t.grossArea;
        t.occupancy = t.leasedArea.value_or(0) / *t.grossArea;
        t.prevOccupancy = t.prevLeasedArea.value_or(0) / *t.grossArea;
    }
    t.taxBand = taxBand(t.tax);
    t.prevTaxBand = taxBand(t.prevTax);
    if (t.occupants > 0)
        t.registrationRate = double(t.occupantsInDistrict) / t.occupants;
    if (t.prevOccupants > 0)
        t.prevRegistrationRate = double(t.prevOccupantsInDistrict) / t.prevOccupants;
    if (!buildings.isEmpty() && t.registeredHere() + t.officeOnly == 0)
        r.notes << tr("No enterprise is registered or operating in any building of this park.");
    return r;
}

QJsonObject ParkEngine::toJson(const Figures& f)
{
    QJsonObject prev { { u"actual"_s, f.prevActual }, { u"virtual"_s, f.prevVirtual },
        { u"office_only"_s, f.prevOfficeOnly }, { u"registered_here"_s, f.prevRegisteredHere() },
        { u"revenue"_s, f.prevRevenue }, { u"tax"_s, f.prevTax }, { u"tax_per_m2"_s, opt(f.prevTaxPerM2) },
        { u"revenue_per_m2"_s, opt(f.prevRevenuePerM2) }, { u"tax_band"_s, f.prevTaxBand },
        { u"occupancy"_s, opt(f.prevOccupancy) }, { u"leased_area_m2"_s, opt(f.prevLeasedArea) },
        { u"registration_rate"_s, opt(f.prevRegistrationRate) }, { u"qualified"_s, f.prevQualified } };
    return QJsonObject { { u"registered_here"_s, f.registeredHere() }, { u"actual"_s, f.actual },
        { u"virtual"_s, f.virtualReg }, { u"office_only"_s, f.officeOnly }, { u"departed"_s, f.departed },
        { u"revenue"_s, f.revenue }, { u"tax"_s, f.tax }, { u"occupant_revenue"_s, f.occupantRevenue },
        { u"occupant_tax"_s, f.occupantTax }, { u"gross_area_m2"_s, opt(f.grossArea) },
        { u"leased_area_m2"_s, opt(f.leasedArea) }, { u"tax_per_m2"_s, opt(f.taxPerM2) },
        { u"revenue_per_m2"_s, opt(f.revenuePerM2) }, { u"tax_band"_s, f.taxBand },
        { u"occupancy"_s, opt(f.occupancy) },
        { u"occupancy_healthy"_s,
            f.occupancy ? QJsonValue(*f.occupancy >= kHealthyOccupancy) : QJsonValue(QJsonValue::Null) },
        { u"occupants"_s, f.occupants }, { u"occupants_in_district"_s, f.occupantsInDistrict },
        { u"registration_rate"_s, opt(f.registrationRate) }, { u"industry_mix"_s, mix(f.industryMix) },
        { u"scale_mix"_s, mix(f.scaleMix) }, { u"qualified"_s, f.qualified }, { u"tenants"_s, f.tenants },
        { u"current_tenants"_s, f.currentTenants }, { u"unmatched_tenants"_s, f.unmatchedTenants },
        { u"previous"_s, prev } };
}

QJsonObject ParkEngine::toJson(const Member& m)
{
    return QJsonObject { { u"uscc"_s, m.uscc }, { u"name"_s, m.name }, { u"class"_s, classKey(m.cls) },
        { u"status"_s, m.status }, { u"region_code"_s, m.regionCode }, { u"section"_s, m.section },
        { u"scale"_s, m.scale }, { u"evidence"_s, qint64(m.evidence) },
        { u"reasons"_s, QJsonArray::fromStringList(m.reasons) },
        { u"signals"_s, QJsonArray::fromStringList(m.virtualSignals) }, { u"revenue"_s, opt(m.revenue) },
        { u"tax"_s, opt(m.tax) }, { u"qualified"_s, m.qualified } };
}

QJsonObject ParkEngine::toJson(const ParkReport& r, bool withMembers)
{
    QJsonArray buildings;
    for (const BuildingReport& b : r.buildings) {
        QJsonObject o = toJson(b.figures);
        o.insert(u"building_id"_s, b.building.id);
        o.insert(u"name"_s, b.building.name);
        o.insert(u"address"_s, b.building.address);
        o.insert(u"floors"_s, b.building.floors);
        o.insert(u"has_footprint"_s, !b.building.footprint.isEmpty());
        o.insert(u"notes"_s, QJsonArray::fromStringList(b.notes));
        QJsonArray unmatched;
        for (const TenantMatch& t : b.tenants) {
            if (t.matchedUscc.isEmpty())
                unmatched.append(QJsonObject { { u"uscc"_s, t.row.uscc }, { u"name"_s, t.row.name },
                    { u"floor"_s, t.row.floor }, { u"room"_s, t.row.room } });
        }
        o.insert(u"unmatched_tenant_list"_s, unmatched);
        if (withMembers) {
            QJsonArray members;
            for (const Member& m : b.members)
                members.append(toJson(m));
            o.insert(u"members"_s, members);
        }
        buildings.append(o);
    }
    return QJsonObject { { u"park"_s,
                             QJsonObject { { u"park_id"_s, r.park.id }, { u"name"_s, r.park.name },
                                 { u"kind"_s, r.park.kind }, { u"region_code"_s, r.park.regionCode } } },
        { u"year"_s, r.year }, { u"as_of"_s, isoDate(r.asOf) }, { u"buildings"_s, buildings },
        { u"total"_s, toJson(r.total) }, { u"registration_rate_definition"_s, registrationRateDefinition() },
        { u"notes"_s, QJsonArray::fromStringList(r.notes) } };
}

} // namespace dj::parks
