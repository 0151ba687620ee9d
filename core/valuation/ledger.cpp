#include "core/valuation/ledger.h"

#include "core/valuation/jsonreader.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <limits>

namespace dj::valuation {

namespace {
const char* const kCriteria[]
    = { "technical_feasibility", "intention", "benefits", "resources", "measurable" };
const char* const kSources[] = { "purchased", "developed", "other" };

int monthIndex(const QDate& d)
{
    return d.year() * 12 + d.month() - 1;
}

QList<DatedAmount> readDated(JsonReader& r, const QString& key, QList<Issue>& issues)
{
    QList<DatedAmount> out;
    const QJsonArray a = r.array(key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        JsonReader ir(a[i].toObject(), JsonReader::indexPath(r.pathOf(key), i), issues);
        DatedAmount d;
        d.date = ir.date(QStringLiteral("date"), true);
        d.amount = ir.number(QStringLiteral("amount"), 0, 0, std::numeric_limits<double>::infinity(), true);
        ir.known({ "note" });
        ir.finish();
        out << d;
    }
    return out;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::valuation::Ledger)
};

} // namespace

QString Ledger::criterionKey(int i)
{
    return i >= 0 && i < kCapitalisationCriteria ? QString::fromLatin1(kCriteria[i]) : QString();
}

QString Ledger::criterionName(int i)
{
    switch (i) {
    case 0:
        return Tr::tr("Completing it is technically feasible");
    case 1:
        return Tr::tr("The entity intends to complete and use or sell it");
    case 2:
        return Tr::tr("It will bring economic benefits (a market, or useful internally)");
    case 3:
        return Tr::tr("Technical, financial and other resources suffice to complete it");
    case 4:
        return Tr::tr("Its development expenditure can be measured reliably");
    default:
        return {};
    }
}

Ledger Ledger::fromJson(const QJsonObject& document)
{
    Ledger l;
    QList<Issue> issues;
    const QJsonValue lv = document.value(QStringLiteral("ledger"));
    if (lv.isUndefined() || lv.isNull())
        return l;
    if (!lv.isObject())
        throw ValidationError({ { QStringLiteral("ledger"), Tr::tr("expected an object") } });
    JsonReader r(lv.toObject(), QStringLiteral("ledger"), issues);
    l.entity = r.string(QStringLiteral("entity"));
    r.known({ "currency", "notes" });
    const QJsonObject period = r.object(QStringLiteral("period"), true);
    JsonReader pr(period, r.pathOf(QStringLiteral("period")), issues);
    l.periodStart = pr.date(QStringLiteral("start"), true);
    l.periodEnd = pr.date(QStringLiteral("end"), true);
    if (l.periodStart.isValid() && l.periodEnd.isValid() && l.periodEnd < l.periodStart)
        pr.issue(QStringLiteral("end"), Tr::tr("must not be before the start"));
    pr.finish();
    const QString rp = r.pathOf(QStringLiteral("resources"));
    const QJsonArray resources = r.array(QStringLiteral("resources"));
    const QStringList sources { QStringLiteral("purchased"), QStringLiteral("developed"),
        QStringLiteral("other") };
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QString p = JsonReader::indexPath(rp, i);
        JsonReader x(resources[i].toObject(), p, issues);
        LedgerResource res;
        res.name = x.string(QStringLiteral("name"), true);
        res.classification = x.choice(QStringLiteral("classification"),
            { QStringLiteral("intangible"), QStringLiteral("inventory") }, QStringLiteral("intangible"),
            true);
        res.reason = x.string(QStringLiteral("reason"), true);
        res.source = x.choice(QStringLiteral("source"), sources, QStringLiteral("purchased"), true);
        const bool intangible = res.classification == u"intangible";
        const QJsonObject crit = x.object(QStringLiteral("criteria"));
        if (!crit.isEmpty()) {
            JsonReader cr(crit, x.pathOf(QStringLiteral("criteria")), issues);
            for (int k = 0; k < kCapitalisationCriteria; ++k)
                res.criteria[size_t(k)] = cr.boolean(criterionKey(k), false);
            res.criteriaMetOn = cr.date(QStringLiteral("met_on"));
            cr.finish();
        }
        const bool allMet = std::all_of(res.criteria.begin(), res.criteria.end(), [](bool b) { return b; });
        if (allMet && !res.criteriaMetOn.isValid() && intangible && res.source == u"developed")
            x.issue(
                QStringLiteral("criteria.met_on"), Tr::tr("give the date from which all criteria were met"));
        const QString cp = x.pathOf(QStringLiteral("costs"));
        const QJsonArray costs = x.array(QStringLiteral("costs"), true);
        QStringList phases;
        if (intangible && res.source == u"developed")
            phases = { QStringLiteral("research"), QStringLiteral("development") };
        else if (!intangible && res.source == u"developed")
            phases = { QStringLiteral("processing"), QStringLiteral("acquisition") };
        else
            phases = { QStringLiteral("acquisition") };
        for (qsizetype k = 0; k < costs.size(); ++k) {
            JsonReader c(costs[k].toObject(), JsonReader::indexPath(cp, k), issues);
            LedgerCost cost;
            cost.date = c.date(QStringLiteral("date"), true);
            cost.phase = c.choice(QStringLiteral("phase"), phases, phases.first(), true);
            cost.amount
                = c.number(QStringLiteral("amount"), 0, 0, std::numeric_limits<double>::infinity(), true);
            cost.description = c.string(QStringLiteral("description"));
            c.finish();
            res.costs << cost;
        }
        res.inService = x.date(QStringLiteral("in_service"));
        res.usefulLifeMonths = x.integer(
            QStringLiteral("useful_life_months"), 0, 1, 1200, intangible && res.inService.isValid());
        const QJsonArray pattern = x.array(QStringLiteral("pattern"));
        double psum = 0;
        for (qsizetype k = 0; k < pattern.size(); ++k) {
            if (!pattern[k].isDouble() || pattern[k].toDouble() < 0)
                issues.append({ JsonReader::indexPath(x.pathOf(QStringLiteral("pattern")), k),
                    Tr::tr("expected a share ≥ 0") });
            res.pattern << pattern[k].toDouble();
            psum += pattern[k].toDouble();
        }
        if (!res.pattern.isEmpty()) {
            if (res.usefulLifeMonths % 12 != 0 || res.pattern.size() != res.usefulLifeMonths / 12)
                x.issue(QStringLiteral("pattern"),
                    Tr::tr("expected one share per year of the useful life (%1 months)")
                        .arg(res.usefulLifeMonths));
            else if (std::abs(psum - 1) > 1e-6)
                x.issue(QStringLiteral("pattern"), Tr::tr("the shares sum to %1; expected 1").arg(psum));
        }
        res.impairments = readDated(x, QStringLiteral("impairments"), issues);
        res.costOfSales = readDated(x, QStringLiteral("cost_of_sales"), issues);
        if (intangible && !res.costOfSales.isEmpty())
            x.issue(
                QStringLiteral("cost_of_sales"), Tr::tr("only inventory data resources are sold from stock"));
        if (!intangible && res.inService.isValid())
            x.issue(QStringLiteral("in_service"),
                Tr::tr("inventory is not amortised; leave the in-service date out"));
        if (intangible) {
            for (qsizetype k = 0; k < res.costs.size(); ++k) {
                const LedgerCost& c = res.costs[k];
                if (res.inService.isValid() && c.date.isValid() && c.date > res.inService
                    && c.phase != u"research")
                    issues.append({ JsonReader::indexPath(cp, k) + QStringLiteral(".date"),
                        Tr::tr("a cost after the in-service date (%1) is an expense of the period, not part "
                               "of the "
                               "asset's cost")
                            .arg(res.inService.toString(Qt::ISODate)) });
            }
            for (qsizetype k = 0; k < res.impairments.size(); ++k)
                if (!res.inService.isValid() || res.impairments[k].date < res.inService)
                    issues.append({ JsonReader::indexPath(x.pathOf(QStringLiteral("impairments")), k)
                            + QStringLiteral(".date"),
                        Tr::tr("an impairment needs an asset in service at that date") });
        }
        x.known({ "notes" });
        x.finish();
        l.resources << res;
    }
    r.finish();
    if (!issues.isEmpty())
        throw ValidationError(issues);
    return l;
}

namespace {

int columnOf(const QString& source)
{
    return source == u"purchased" ? 0 : source == u"developed" ? 1 : 2;
}

void finishTable(DisclosureTable& t, bool intangible)
{
    DisclosureColumn& total = t.columns[3];
    for (int c = 0; c < 3; ++c) {
        DisclosureColumn& col = t.columns[c];
        col.costClosing = col.costOpening + col.costAdditions - col.costDecreases;
        col.amortClosing = col.amortOpening + col.amortAdditions - col.amortDecreases;
        col.impClosing = col.impOpening + col.impAdditions - col.impDecreases;
        col.carryingOpening = col.costOpening - col.amortOpening - col.impOpening;
        col.carryingClosing = col.costClosing - col.amortClosing - col.impClosing;
        total.costOpening += col.costOpening;
        total.costAdditions += col.costAdditions;
        total.costDecreases += col.costDecreases;
        total.costClosing += col.costClosing;
        total.amortOpening += col.amortOpening;
        total.amortAdditions += col.amortAdditions;
        total.amortDecreases += col.amortDecreases;
        total.amortClosing += col.amortClosing;
        total.impOpening += col.impOpening;
        total.impAdditions += col.impAdditions;
        total.impDecreases += col.impDecreases;
        total.impClosing += col.impClosing;
        total.carryingOpening += col.carryingOpening;
        total.carryingClosing += col.carryingClosing;
    }
    auto check = [&](const QString& column, const QString& what, double expected, double actual) {
        const bool ok = std::abs(expected - actual) <= 1e-6 * std::max(1.0, std::abs(expected));
        t.checks << RollCheck { column, what, expected, actual, ok };
        t.balanced = t.balanced && ok;
    };
    for (const DisclosureColumn& col : std::as_const(t.columns)) {
        check(col.key, QStringLiteral("cost"), col.costOpening + col.costAdditions - col.costDecreases,
            col.costClosing);
        if (intangible)
            check(col.key, QStringLiteral("amortisation"),
                col.amortOpening + col.amortAdditions - col.amortDecreases, col.amortClosing);
        check(col.key, QStringLiteral("impairment"), col.impOpening + col.impAdditions - col.impDecreases,
            col.impClosing);
        // opening + additions − amortisation − impairment = closing (the roll-forward of 财会〔2023〕11号)
        check(col.key, QStringLiteral("carrying"),
            col.carryingOpening + col.costAdditions - col.costDecreases - col.amortAdditions
                + col.amortDecreases - col.impAdditions + col.impDecreases,
            col.carryingClosing);
    }
    double sumClosing = 0;
    for (int c = 0; c < 3; ++c)
        sumClosing += t.columns[c].carryingClosing;
    check(QStringLiteral("total"), QStringLiteral("total"), sumClosing, total.carryingClosing);
}

} // namespace

LedgerResult LedgerEngine::evaluate(const Ledger& l)
{
    LedgerResult out;
    for (DisclosureTable* t : { &out.intangible, &out.inventory })
        for (const char* k : { "purchased", "developed", "other", "total" })
            t->columns << DisclosureColumn { QString::fromLatin1(k) };
    QList<Issue> issues;
    const int startM = monthIndex(l.periodStart), endM = monthIndex(l.periodEnd);
    for (qsizetype ri = 0; ri < l.resources.size(); ++ri) {
        const LedgerResource& res = l.resources[ri];
        const QString rp = QStringLiteral("ledger.resources[%1]").arg(ri);
        ResourceResult rr;
        rr.criteriaMet = std::all_of(res.criteria.begin(), res.criteria.end(), [](bool b) { return b; });
        const bool intangible = res.classification == u"intangible";
        for (const LedgerCost& c : res.costs) {
            CostTreatment t;
            if (c.phase == u"research") {
                t.reason = tr("research phase: expensed");
                rr.expensedResearch += c.amount;
            } else if (c.phase == u"development") {
                if (rr.criteriaMet && c.date >= res.criteriaMetOn) {
                    t.capitalised = true;
                    t.reason = tr("development phase, all capitalisation criteria met: capitalised");
                } else {
                    t.reason = rr.criteriaMet
                        ? tr("development before the criteria were met: expensed, never re-capitalised")
                        : tr("development phase, capitalisation criteria not all met: expensed");
                    rr.expensedDevelopment += c.amount;
                }
            } else {
                t.capitalised = true;
                t.reason = c.phase == u"processing" ? tr("processing cost of inventory: capitalised")
                                                    : tr("acquisition cost: capitalised");
            }
            if (t.capitalised)
                rr.capitalised += c.amount;
            else if (c.date >= l.periodStart && c.date <= l.periodEnd)
                out.expensedInPeriod += c.amount;
            rr.treatments << t;
        }
        const int col = columnOf(res.source);
        if (intangible) {
            if (!res.inService.isValid()) {
                rr.inProgress = rr.capitalised;
                out.resources << rr;
                continue;
            }
            const double base = rr.capitalised;
            const int s = monthIndex(res.inService);
            const int L = res.usefulLifeMonths;
            QList<DatedAmount> imps = res.impairments;
            std::stable_sort(imps.begin(), imps.end(),
                [](const DatedAmount& a, const DatedAmount& b) { return a.date < b.date; });
            QMap<int, double> amort; // month → amount
            double scale = 1, acc = 0, prov = 0;
            qsizetype next = 0;
            const int lastImpMonth = imps.isEmpty() ? s : monthIndex(imps.last().date);
            for (int m = s; m < std::max(s + L, lastImpMonth + 1); ++m) {
                const int j = m - s;
                if (j < L) {
                    const double planned = res.pattern.isEmpty() ? base / L : base * res.pattern[j / 12] / 12;
                    const double a = planned * scale;
                    acc += a;
                    amort.insert(m, a);
                }
                while (next < imps.size() && monthIndex(imps[next].date) == m) {
                    const double carrying = base - acc - prov;
                    if (imps[next].amount > carrying + 1e-6) {
                        issues.append({ rp + QStringLiteral(".impairments"),
                            tr("the impairment of %1 (%2) exceeds the carrying amount then (%3)")
                                .arg(imps[next].date.toString(Qt::ISODate))
                                .arg(imps[next].amount, 0, 'f', 2)
                                .arg(carrying, 0, 'f', 2) });
                        break;
                    }
                    prov += imps[next].amount;
                    scale *= carrying > 0 ? (carrying - imps[next].amount) / carrying : 0;
                    ++next;
                }
                if (next < imps.size() && monthIndex(imps[next].date) == m)
                    break; // refused above
            }
            // Yearly schedule.
            const int lastYear = std::max((s + L - 1) / 12, lastImpMonth / 12);
            double carrying = base;
            for (int y = s / 12; y <= lastYear; ++y) {
                ScheduleRow row;
                row.year = y;
                row.opening = carrying;
                for (auto it = amort.lowerBound(y * 12); it != amort.end() && it.key() < (y + 1) * 12; ++it)
                    row.amortisation += it.value();
                for (const DatedAmount& d : std::as_const(imps))
                    if (d.date.year() == y)
                        row.impairment += d.amount;
                row.closing = row.opening - row.amortisation - row.impairment;
                carrying = row.closing;
                rr.schedule << row;
            }
            if (l.periodEnd.isValid() && res.inService <= l.periodEnd) {
                DisclosureColumn& c = out.intangible.columns[col];
                (res.inService < l.periodStart ? c.costOpening : c.costAdditions) += base;
                for (auto it = amort.begin(); it != amort.end(); ++it) {
                    if (it.key() < startM)
                        c.amortOpening += it.value();
                    else if (it.key() <= endM)
                        c.amortAdditions += it.value();
                }
                for (const DatedAmount& d : std::as_const(imps)) {
                    if (d.date < l.periodStart)
                        c.impOpening += d.amount;
                    else if (d.date <= l.periodEnd)
                        c.impAdditions += d.amount;
                }
            }
        } else {
            // Inventory: additions at the cost's date, decreases when sold, 跌价准备 by date.
            struct Event
            {
                QDate date;
                int kind; // 0 cost, 1 sale, 2 impairment
                double amount;
            };
            QList<Event> events;
            for (const LedgerCost& c : res.costs)
                events << Event { c.date, 0, c.amount };
            for (const DatedAmount& d : res.costOfSales)
                events << Event { d.date, 1, d.amount };
            for (const DatedAmount& d : res.impairments)
                events << Event { d.date, 2, d.amount };
            std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
                return a.date < b.date || (a.date == b.date && a.kind < b.kind);
            });
            double cost = 0, imp = 0;
            DisclosureColumn& c = out.inventory.columns[col];
            for (const Event& e : std::as_const(events)) {
                if (e.kind == 1 && e.amount > cost - imp + 1e-6) {
                    issues.append({ rp + QStringLiteral(".cost_of_sales"),
                        tr("the cost carried out on %1 (%2) exceeds the stock's carrying amount then (%3)")
                            .arg(e.date.toString(Qt::ISODate))
                            .arg(e.amount, 0, 'f', 2)
                            .arg(cost - imp, 0, 'f', 2) });
                    break;
                }
                if (e.kind == 2 && e.amount > cost - imp + 1e-6) {
                    issues.append({ rp + QStringLiteral(".impairments"),
                        tr("the write-down on %1 (%2) exceeds the stock's carrying amount then (%3)")
                            .arg(e.date.toString(Qt::ISODate))
                            .arg(e.amount, 0, 'f', 2)
                            .arg(cost - imp, 0, 'f', 2) });
                    break;
                }
                const bool before = e.date < l.periodStart, within = !before && e.date <= l.periodEnd;
                if (e.kind == 0) {
                    cost += e.amount;
                    if (before)
                        c.costOpening += e.amount;
                    else if (within)
                        c.costAdditions += e.amount;
                } else if (e.kind == 1) {
                    cost -= e.amount;
                    if (before)
                        c.costOpening -= e.amount;
                    else if (within)
                        c.costDecreases += e.amount;
                } else {
                    imp += e.amount;
                    if (before)
                        c.impOpening += e.amount;
                    else if (within)
                        c.impAdditions += e.amount;
                }
            }
        }
        out.resources << rr;
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
    finishTable(out.intangible, true);
    finishTable(out.inventory, false);
    return out;
}

} // namespace dj::valuation
