#include "core/valuation/worksheet.h"

#include "core/valuation/jsonreader.h"
#include "core/valuation/variables.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cmath>
#include <limits>

namespace dj::valuation {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
const char* const kDimensionKeys[]
    = { "normative", "completeness", "accuracy", "consistency", "timeliness", "accessibility" };
const char* const kCostGroupKeys[] = { "planning", "direct", "indirect", "opportunity", "taxes" };
const char* const kFactorKeys[] = { "quality", "supply_demand", "date", "volume", "other" };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::valuation::Worksheet)
};
} // namespace

QString dimensionKey(int d)
{
    return d >= 0 && d < kDimensions ? QString::fromLatin1(kDimensionKeys[d]) : QString();
}

QString dimensionName(int d)
{
    switch (d) {
    case 0:
        return Tr::tr("Conformity (规范性)");
    case 1:
        return Tr::tr("Completeness (完整性)");
    case 2:
        return Tr::tr("Accuracy (准确性)");
    case 3:
        return Tr::tr("Consistency (一致性)");
    case 4:
        return Tr::tr("Timeliness (时效性)");
    case 5:
        return Tr::tr("Accessibility (可访问性)");
    default:
        return {};
    }
}

QString costGroupKey(int g)
{
    return g >= 0 && g < kCostGroups ? QString::fromLatin1(kCostGroupKeys[g]) : QString();
}

QString costGroupName(int g)
{
    switch (g) {
    case 0:
        return Tr::tr("Preliminary costs (前期费用)");
    case 1:
        return Tr::tr("Direct costs (直接成本)");
    case 2:
        return Tr::tr("Indirect costs (间接成本)");
    case 3:
        return Tr::tr("Opportunity cost (机会成本)");
    case 4:
        return Tr::tr("Related taxes (相关税费)");
    default:
        return {};
    }
}

QString marketFactorKey(int f)
{
    return f >= 0 && f < kMarketFactors ? QString::fromLatin1(kFactorKeys[f]) : QString();
}

QString marketFactorName(int f)
{
    switch (f) {
    case 0:
        return Tr::tr("Quality");
    case 1:
        return Tr::tr("Supply and demand");
    case 2:
        return Tr::tr("Date");
    case 3:
        return Tr::tr("Volume");
    case 4:
        return Tr::tr("Other");
    default:
        return {};
    }
}

namespace {

QStringList keys(const char* const* list, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::fromLatin1(list[i]);
    return out;
}

void readCard(Worksheet& w, const QJsonObject& doc, QList<Issue>& issues)
{
    JsonReader top(doc, {}, issues);
    w.card = top.object(QStringLiteral("asset"), true);
    JsonReader r(w.card, QStringLiteral("asset"), issues);
    w.assetName = r.string(QStringLiteral("name"), true);
    w.holder = r.string(QStringLiteral("holder"));
    w.valuationDate = r.date(QStringLiteral("valuation_date"), true);
    w.purpose = r.string(QStringLiteral("purpose"));
    w.valueType = r.choice(QStringLiteral("value_type"),
        { QStringLiteral("market_value"), QStringLiteral("investment_value"), QStringLiteral("in_use_value"),
            QStringLiteral("liquidation_value") },
        QStringLiteral("market_value"));
    const QStringList rights = r.stringList(QStringLiteral("rights"));
    for (qsizetype i = 0; i < rights.size(); ++i) {
        if (rights[i] != u"holding" && rights[i] != u"use" && rights[i] != u"operation")
            issues.append({ JsonReader::indexPath(r.pathOf(QStringLiteral("rights")), i),
                Tr::tr("expected holding (持有权), use (使用权) or operation (经营权)") });
    }
    w.rights = rights;
    // Descriptive attributes: free text, shown and exported as given.
    for (const char* k : { "description", "data_source", "records", "fields", "update_frequency", "storage",
             "legal_basis", "personal_information", "application", "unit", "notes" }) {
        const QString key = QString::fromLatin1(k);
        if (r.has(key) && !w.card.value(key).isString() && !w.card.value(key).isDouble())
            r.issue(key, Tr::tr("expected text or a number"));
    }
    r.known({ "description", "data_source", "records", "fields", "update_frequency", "storage", "legal_basis",
        "personal_information", "application", "unit", "notes" });
    r.finish();
}

void readQuality(Worksheet& w, const QJsonObject& q, QList<Issue>& issues)
{
    const QString path = QStringLiteral("quality");
    JsonReader r(q, path, issues);
    w.quality.present = true;
    const QJsonObject dims = r.object(QStringLiteral("dimensions"), true);
    JsonReader dr(dims, r.pathOf(QStringLiteral("dimensions")), issues);
    for (int d = 0; d < kDimensions; ++d) {
        const QString key = dimensionKey(d);
        const QJsonArray list = dr.array(key, true);
        if (dims.contains(key) && list.isEmpty())
            dr.issue(key, Tr::tr("needs at least one indicator"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString ip = JsonReader::indexPath(dr.pathOf(key), i);
            if (!list[i].isObject()) {
                issues.append({ ip, Tr::tr("expected an object") });
                continue;
            }
            JsonReader ir(list[i].toObject(), ip, issues);
            Indicator ind;
            ind.name = ir.string(QStringLiteral("name"), true);
            ind.score = ir.number(QStringLiteral("score"), 0, 0, 100, true);
            ind.source = ir.string(QStringLiteral("source"));
            ir.known({ "measure" });
            ir.finish();
            w.quality.indicators[d].append(ind);
        }
    }
    dr.finish();

    const QString ahpPath = r.pathOf(QStringLiteral("ahp"));
    const QJsonArray rows = r.array(QStringLiteral("ahp"), true);
    if (q.contains(QStringLiteral("ahp")) && rows.size() != kDimensions)
        issues.append({ ahpPath,
            Tr::tr("expected %1 rows (one per dimension), found %2").arg(kDimensions).arg(rows.size()) });
    else if (!rows.isEmpty()) {
        QList<QList<double>> m(kDimensions, QList<double>(kDimensions, 1.0));
        bool ok = true;
        for (int i = 0; i < kDimensions; ++i) {
            const QString rp = JsonReader::indexPath(ahpPath, i);
            const QJsonArray row = rows[i].toArray();
            if (!rows[i].isArray() || row.size() != kDimensions) {
                issues.append({ rp, Tr::tr("expected a row of %1 judgements").arg(kDimensions) });
                ok = false;
                continue;
            }
            for (int j = 0; j < kDimensions; ++j) {
                const std::optional<double> v = JsonReader::ratio(row[j]);
                const QString cp = JsonReader::indexPath(rp, j);
                if (!v || *v < 1.0 / 9 - 1e-9 || *v > 9 + 1e-9) {
                    issues.append({ cp, Tr::tr("expected a judgement from 1/9 to 9 (a number or \"1/3\")") });
                    ok = false;
                } else if (i == j && std::abs(*v - 1) > 1e-9) {
                    issues.append({ cp, Tr::tr("the diagonal must be 1") });
                    ok = false;
                } else {
                    m[i][j] = *v;
                }
            }
        }
        if (ok) {
            for (int i = 0; i < kDimensions; ++i)
                for (int j = i + 1; j < kDimensions; ++j)
                    if (std::abs(m[i][j] * m[j][i] - 1) > 0.01) {
                        issues.append({ JsonReader::indexPath(JsonReader::indexPath(ahpPath, j), i),
                            Tr::tr("must be the reciprocal of [%1][%2] (%3), i.e. %4")
                                .arg(i)
                                .arg(j)
                                .arg(m[i][j])
                                .arg(1 / m[i][j], 0, 'g', 4) });
                        ok = false;
                    }
        }
        w.quality.ahp = m;
    }

    const QJsonObject ent = r.object(QStringLiteral("entropy"));
    if (!ent.isEmpty()) {
        JsonReader er(ent, r.pathOf(QStringLiteral("entropy")), issues);
        w.quality.ahpShare = er.number(QStringLiteral("ahp_share"), 0.5, 0, 1);
        const QJsonArray samples = er.array(QStringLiteral("samples"), true);
        if (ent.contains(QStringLiteral("samples")) && samples.size() < 2)
            er.issue(QStringLiteral("samples"), Tr::tr("needs at least 2 samples"));
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const QString sp = JsonReader::indexPath(er.pathOf(QStringLiteral("samples")), i);
            const QJsonArray row = samples[i].toArray();
            if (row.size() != kDimensions) {
                issues.append({ sp, Tr::tr("expected %1 scores (one per dimension)").arg(kDimensions) });
                continue;
            }
            QList<double> vals;
            for (int j = 0; j < kDimensions; ++j) {
                if (!row[j].isDouble() || row[j].toDouble() < 0 || row[j].toDouble() > 100)
                    issues.append({ JsonReader::indexPath(sp, j), Tr::tr("expected a score from 0 to 100") });
                vals << row[j].toDouble();
            }
            w.quality.entropySamples << vals;
        }
        er.finish();
    }
    r.finish();
}

IncomeInput readIncome(const QJsonObject& o, QList<Issue>& issues)
{
    IncomeInput in;
    in.present = true;
    JsonReader r(o, QStringLiteral("income"), issues);
    in.method = r.choice(QStringLiteral("method"),
        { QStringLiteral("direct"), QStringLiteral("revenue_split"), QStringLiteral("excess_earnings"),
            QStringLiteral("incremental") },
        QStringLiteral("direct"), true);
    in.shareK = r.number(QStringLiteral("share_k"), 0, 0, 1, in.method == u"revenue_split");
    in.taxRate = r.number(QStringLiteral("tax_rate"), 0.25, 0, 0.99);
    in.growth = r.number(QStringLiteral("growth"), 0, -0.5, 0.5);
    in.perpetuity = r.boolean(QStringLiteral("perpetuity"), false);
    in.midPeriod = r.boolean(QStringLiteral("mid_period"), false);

    const QString pp = r.pathOf(QStringLiteral("periods"));
    const QJsonArray periods = r.array(QStringLiteral("periods"), true);
    if (o.contains(QStringLiteral("periods")) && periods.isEmpty())
        issues.append({ pp, Tr::tr("needs at least one period") });
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const QString ip = JsonReader::indexPath(pp, i);
        JsonReader pr(periods[i].toObject(), ip, issues);
        IncomePeriod p;
        p.year = pr.integer(QStringLiteral("year"), 0, 1900, 2200, true);
        const bool direct = in.method == u"direct", split = in.method == u"revenue_split",
                   excess = in.method == u"excess_earnings", incr = in.method == u"incremental";
        p.revenue = pr.number(QStringLiteral("revenue"), 0, 0, kInf, split || excess);
        p.income = pr.number(QStringLiteral("income"), 0, -kInf, kInf, direct);
        p.margin = pr.number(QStringLiteral("margin"), 0, -1, 1, excess);
        p.with = pr.number(QStringLiteral("with"), 0, -kInf, kInf, incr);
        p.without = pr.number(QStringLiteral("without"), 0, -kInf, kInf, incr);
        p.k = pr.optNumber(QStringLiteral("k"), 0, 1);
        pr.known({ "note" });
        pr.finish();
        if (i > 0 && p.year != in.periods.last().year + 1 && p.year != 0)
            issues.append({ ip + QStringLiteral(".year"),
                Tr::tr("years must follow one another (expected %1)").arg(in.periods.last().year + 1) });
        in.periods << p;
    }

    const QString cp = r.pathOf(QStringLiteral("contributory_charges"));
    const QJsonArray charges
        = r.array(QStringLiteral("contributory_charges"), in.method == u"excess_earnings");
    for (qsizetype i = 0; i < charges.size(); ++i) {
        JsonReader cr(charges[i].toObject(), JsonReader::indexPath(cp, i), issues);
        ContributoryCharge c;
        c.name = cr.string(QStringLiteral("name"), true);
        c.rate = cr.number(QStringLiteral("rate"), 0, 0, 1, true);
        cr.known({ "note" });
        cr.finish();
        in.charges << c;
    }

    const QJsonObject disc = r.object(QStringLiteral("discount"), true);
    JsonReader dr(disc, r.pathOf(QStringLiteral("discount")), issues);
    in.discount.riskFree = dr.number(QStringLiteral("risk_free"), 0, -0.05, 0.3, true);
    in.discount.management = dr.number(QStringLiteral("management"), 0, 0, 0.5);
    in.discount.circulation = dr.number(QStringLiteral("circulation"), 0, 0, 0.5);
    in.discount.security = dr.number(QStringLiteral("security"), 0, 0, 0.5);
    in.discount.regulatory = dr.number(QStringLiteral("regulatory"), 0, 0, 0.5);
    dr.finish();
    if (!disc.isEmpty() && in.discount.total() <= 0)
        issues.append({ r.pathOf(QStringLiteral("discount")), Tr::tr("the discount rate must be above 0") });

    in.remainingLife = r.integer(QStringLiteral("remaining_life"), int(in.periods.size()), 1, 100);
    if (in.perpetuity && !disc.isEmpty() && in.growth >= in.discount.total())
        issues.append({ r.pathOf(QStringLiteral("growth")),
            Tr::tr("with a perpetual terminal value the growth (%1) must stay below the discount rate (%2)")
                .arg(in.growth)
                .arg(in.discount.total()) });
    r.finish();
    return in;
}

CostInput readCost(const QJsonObject& o, int valuationYear, QList<Issue>& issues)
{
    CostInput c;
    c.present = true;
    JsonReader r(o, QStringLiteral("cost"), issues);
    const QString ip = r.pathOf(QStringLiteral("items"));
    const QJsonArray items = r.array(QStringLiteral("items"), true);
    if (o.contains(QStringLiteral("items")) && items.isEmpty())
        issues.append({ ip, Tr::tr("needs at least one cost item") });
    const QStringList groups = keys(kCostGroupKeys, kCostGroups);
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonReader ir(items[i].toObject(), JsonReader::indexPath(ip, i), issues);
        CostItem it;
        it.group = int(groups.indexOf(ir.choice(QStringLiteral("group"), groups, groups.first(), true)));
        it.name = ir.string(QStringLiteral("name"), true);
        it.amount = ir.number(QStringLiteral("amount"), 0, 0, kInf, true);
        it.year = ir.integer(QStringLiteral("year"), valuationYear, 1900, 2200);
        ir.known({ "note" });
        ir.finish();
        c.items << it;
    }
    const QJsonObject idx = r.object(QStringLiteral("price_index"));
    for (auto it = idx.begin(); it != idx.end(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        const QString p = r.pathOf(QStringLiteral("price_index")) + QLatin1Char('.') + it.key();
        if (!ok || year < 1900 || year > 2200)
            issues.append({ p, Tr::tr("expected a year as key") });
        else if (!it.value().isDouble() || it.value().toDouble() <= 0)
            issues.append({ p, Tr::tr("expected an index above 0") });
        else
            c.priceIndex.insert(year, it.value().toDouble());
    }
    if (!c.priceIndex.isEmpty()) {
        if (!c.priceIndex.contains(valuationYear))
            issues.append({ r.pathOf(QStringLiteral("price_index")),
                Tr::tr("has no index for the valuation year %1").arg(valuationYear) });
        for (qsizetype i = 0; i < c.items.size(); ++i)
            if (!c.priceIndex.contains(c.items[i].year))
                issues.append({ JsonReader::indexPath(ip, i) + QStringLiteral(".year"),
                    Tr::tr("the price index has no value for %1").arg(c.items[i].year) });
    }
    c.qualityFactor = r.optNumber(QStringLiteral("quality_factor"), 0, 1.5);
    c.usedYears = r.optNumber(QStringLiteral("used_years"), 0, 100);
    c.remainingYears = r.optNumber(QStringLiteral("remaining_years"), 0, 100);
    c.depreciationRate = r.optNumber(QStringLiteral("depreciation_rate"), 0, 1);
    if (c.depreciationRate && (c.usedYears || c.remainingYears))
        r.issue(QStringLiteral("depreciation_rate"),
            Tr::tr("give either a depreciation rate or used/remaining years, not both"));
    if (c.usedYears.has_value() != c.remainingYears.has_value())
        r.issue(c.usedYears ? QStringLiteral("remaining_years") : QStringLiteral("used_years"),
            Tr::tr("used and remaining years go together"));
    else if (c.usedYears && *c.usedYears + *c.remainingYears <= 0)
        r.issue(QStringLiteral("remaining_years"), Tr::tr("used + remaining years must be above 0"));
    r.finish();
    return c;
}

MarketInput readMarket(const QJsonObject& o, QList<Issue>& issues)
{
    MarketInput m;
    m.present = true;
    JsonReader r(o, QStringLiteral("market"), issues);
    const QString cp = r.pathOf(QStringLiteral("comparables"));
    const QJsonArray comps = r.array(QStringLiteral("comparables"), true);
    if (o.contains(QStringLiteral("comparables")) && comps.size() < 3)
        issues.append({ cp, Tr::tr("needs at least 3 comparables, found %1").arg(comps.size()) });
    for (qsizetype i = 0; i < comps.size(); ++i) {
        JsonReader cr(comps[i].toObject(), JsonReader::indexPath(cp, i), issues);
        Comparable c;
        c.name = cr.string(QStringLiteral("name"), true);
        c.price = cr.number(QStringLiteral("price"), 0, 0, kInf, true);
        c.weight = cr.number(QStringLiteral("weight"), 1, 0, kInf);
        c.source = cr.string(QStringLiteral("source"));
        const QJsonObject f = cr.object(QStringLiteral("factors"));
        JsonReader fr(f, cr.pathOf(QStringLiteral("factors")), issues);
        for (int k = 0; k < kMarketFactors; ++k)
            c.factors[size_t(k)] = fr.number(marketFactorKey(k), 1, 0.01, 100);
        fr.finish();
        cr.finish();
        m.comparables << c;
    }
    double wsum = 0;
    for (const Comparable& c : std::as_const(m.comparables))
        wsum += c.weight;
    if (!m.comparables.isEmpty() && wsum <= 0)
        issues.append({ cp, Tr::tr("the comparables' weights sum to 0") });
    r.finish();
    return m;
}

} // namespace

Worksheet Worksheet::fromJson(const QJsonObject& doc)
{
    QList<Issue> issues;
    Worksheet w;
    JsonReader top(doc, {}, issues);
    const int version = top.integer(QStringLiteral("format_version"), 0, 1, 1000, true);
    if (version != kFormatVersion && version != 0)
        top.issue(QStringLiteral("format_version"),
            Tr::tr("expected %1 (migrate older files first)").arg(kFormatVersion));
    readCard(w, doc, issues);
    w.assumptions = top.stringList(QStringLiteral("assumptions"));
    const QJsonObject sources = top.object(QStringLiteral("parameter_sources"));
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        if (!it.value().isString())
            issues.append({ QStringLiteral("parameter_sources.") + it.key(), Tr::tr("expected text") });
        else
            w.parameterSources.insert(it.key(), it.value().toString());
    }
    top.known({ "asset", "ledger" });
    const int vy = w.valuationDate.isValid() ? w.valuationDate.year() : 2000;

    if (top.has(QStringLiteral("quality")))
        readQuality(w, top.object(QStringLiteral("quality")), issues);
    else
        top.known({ "quality" });
    if (top.has(QStringLiteral("income")))
        w.income = readIncome(top.object(QStringLiteral("income")), issues);
    if (top.has(QStringLiteral("cost")))
        w.cost = readCost(top.object(QStringLiteral("cost")), vy, issues);
    if (top.has(QStringLiteral("market")))
        w.market = readMarket(top.object(QStringLiteral("market")), issues);
    top.known({ "income", "cost", "market" });
    if (!w.income.present && !w.cost.present && !w.market.present)
        issues.append(
            { QString(), Tr::tr("the worksheet needs at least one approach (income, cost or market)") });

    const QJsonObject concl = top.object(QStringLiteral("conclusion"));
    JsonReader cr(concl, QStringLiteral("conclusion"), issues);
    w.conclusion.reasons = cr.string(QStringLiteral("reasons"));
    const QJsonObject weights = cr.object(QStringLiteral("weights"));
    double wsum = 0;
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        const QString p = QStringLiteral("conclusion.weights.") + it.key();
        const bool present = (it.key() == u"income" && w.income.present)
            || (it.key() == u"cost" && w.cost.present) || (it.key() == u"market" && w.market.present);
        if (it.key() != u"income" && it.key() != u"cost" && it.key() != u"market")
            issues.append({ p, Tr::tr("unknown approach; expected income, cost or market") });
        else if (!it.value().isDouble() || it.value().toDouble() < 0 || it.value().toDouble() > 1)
            issues.append({ p, Tr::tr("expected a weight from 0 to 1") });
        else if (!present && it.value().toDouble() > 0)
            issues.append({ p, Tr::tr("this approach is not in the worksheet") });
        else {
            w.conclusion.weights.insert(it.key(), it.value().toDouble());
            wsum += it.value().toDouble();
        }
    }
    if (weights.isEmpty()) {
        const int n = int(w.income.present) + int(w.cost.present) + int(w.market.present);
        if (n > 1)
            issues.append({ QStringLiteral("conclusion.weights"),
                Tr::tr("missing; with several approaches give their weights") });
        else if (n == 1)
            w.conclusion.weights.insert(w.income.present ? QStringLiteral("income")
                    : w.cost.present                     ? QStringLiteral("cost")
                                                         : QStringLiteral("market"),
                1.0);
    } else if (std::abs(wsum - 1) > 1e-6 && issues.isEmpty()) {
        issues.append(
            { QStringLiteral("conclusion.weights"), Tr::tr("the weights sum to %1; expected 1").arg(wsum) });
    }
    cr.finish();

    const QJsonObject an = top.object(QStringLiteral("analysis"));
    JsonReader ar(an, QStringLiteral("analysis"), issues);
    w.analysis.target = ar.choice(QStringLiteral("target"),
        { QStringLiteral("conclusion"), QStringLiteral("income"), QStringLiteral("cost"),
            QStringLiteral("market") },
        QStringLiteral("conclusion"));
    const QJsonObject sens = ar.object(QStringLiteral("sensitivity"));
    if (!sens.isEmpty()) {
        JsonReader sr(sens, QStringLiteral("analysis.sensitivity"), issues);
        for (const char* axis : { "x", "y" }) {
            const QString a = QString::fromLatin1(axis);
            const QJsonObject ax = sr.object(a, true);
            JsonReader xr(ax, sr.pathOf(a), issues);
            const QString var = xr.string(QStringLiteral("variable"), true);
            QList<double> values;
            const QJsonArray vals = xr.array(QStringLiteral("values"), true);
            for (qsizetype i = 0; i < vals.size(); ++i) {
                if (!vals[i].isDouble())
                    issues.append({ JsonReader::indexPath(xr.pathOf(QStringLiteral("values")), i),
                        Tr::tr("expected a number") });
                values << vals[i].toDouble();
            }
            if (ax.contains(QStringLiteral("values")) && (values.isEmpty() || values.size() > 50))
                xr.issue(QStringLiteral("values"), Tr::tr("expected 1 to 50 values"));
            xr.finish();
            (a == u"x" ? w.analysis.sensX : w.analysis.sensY) = var;
            (a == u"x" ? w.analysis.sensXValues : w.analysis.sensYValues) = values;
        }
        sr.finish();
    }
    const QJsonObject tor = ar.object(QStringLiteral("tornado"));
    if (!tor.isEmpty()) {
        JsonReader tr(tor, QStringLiteral("analysis.tornado"), issues);
        w.analysis.tornadoVariables = tr.stringList(QStringLiteral("variables"));
        w.analysis.tornadoChange = tr.number(QStringLiteral("change"), 0.10, 0.001, 0.9);
        tr.finish();
    }
    const QJsonObject mc = ar.object(QStringLiteral("monte_carlo"));
    if (!mc.isEmpty()) {
        JsonReader mr(mc, QStringLiteral("analysis.monte_carlo"), issues);
        w.analysis.draws = mr.integer(QStringLiteral("draws"), 10000, 100, 1000000);
        w.analysis.seed = quint64(mr.number(QStringLiteral("seed"), 20231231, 0, 9007199254740991.0));
        const QString rp = mr.pathOf(QStringLiteral("ranges"));
        const QJsonArray ranges = mr.array(QStringLiteral("ranges"));
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const QString p = JsonReader::indexPath(rp, i);
            JsonReader vr(ranges[i].toObject(), p, issues);
            VariableRange v;
            v.variable = vr.string(QStringLiteral("variable"), true);
            v.distribution = vr.choice(QStringLiteral("distribution"),
                { QStringLiteral("uniform"), QStringLiteral("triangular"), QStringLiteral("normal") },
                QStringLiteral("triangular"));
            v.min = vr.number(QStringLiteral("min"), 0, -kInf, kInf, true);
            v.max = vr.number(QStringLiteral("max"), 0, -kInf, kInf, true);
            v.mode = vr.number(
                QStringLiteral("mode"), (v.min + v.max) / 2, -kInf, kInf, v.distribution != u"uniform");
            if (v.max <= v.min)
                vr.issue(QStringLiteral("max"), Tr::tr("must be above min"));
            else if (v.distribution != u"uniform" && (v.mode < v.min || v.mode > v.max))
                vr.issue(QStringLiteral("mode"), Tr::tr("must lie between min and max"));
            vr.finish();
            w.analysis.ranges << v;
        }
        mr.finish();
    }
    ar.finish();
    top.finish();
    if (issues.isEmpty()) {
        auto checkVariable = [&](const QString& id, const QString& path) {
            const Variable* v = Variables::find(id);
            if (!v)
                issues.append({ path, Tr::tr("unknown variable %1").arg(id) });
            else if (!v->applies(w))
                issues.append({ path, Tr::tr("%1 does not apply to this worksheet").arg(id) });
        };
        if (!w.analysis.sensX.isEmpty()) {
            checkVariable(w.analysis.sensX, QStringLiteral("analysis.sensitivity.x.variable"));
            checkVariable(w.analysis.sensY, QStringLiteral("analysis.sensitivity.y.variable"));
        }
        for (qsizetype i = 0; i < w.analysis.tornadoVariables.size(); ++i)
            checkVariable(
                w.analysis.tornadoVariables[i], QStringLiteral("analysis.tornado.variables[%1]").arg(i));
        for (qsizetype i = 0; i < w.analysis.ranges.size(); ++i)
            checkVariable(w.analysis.ranges[i].variable,
                QStringLiteral("analysis.monte_carlo.ranges[%1].variable").arg(i));
        const QString& t = w.analysis.target;
        if ((t == u"income" && !w.income.present) || (t == u"cost" && !w.cost.present)
            || (t == u"market" && !w.market.present))
            issues.append(
                { QStringLiteral("analysis.target"), Tr::tr("this approach is not in the worksheet") });
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
    return w;
}

QJsonObject Worksheet::migrate(const QJsonObject& document)
{
    QJsonObject doc = document;
    const QJsonValue v = doc.value(QStringLiteral("format_version"));
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < 1)
        throw ValidationError({ { QStringLiteral("format_version"),
            Tr::tr("missing; expected a whole number (this program writes %1)").arg(kFormatVersion) } });
    const int version = v.toInt();
    if (version > kFormatVersion)
        throw ValidationError({ { QStringLiteral("format_version"),
            Tr::tr("%1 is newer than this program (%2): update the workstation")
                .arg(version)
                .arg(kFormatVersion) } });
    if (version == 1) {
        // v1 → v2: the single "income.discount_rate" becomes the build-up with everything in the risk-free
        // part, so the rate (and every value) stays what it was.
        QJsonObject income = doc.value(QStringLiteral("income")).toObject();
        if (income.contains(QStringLiteral("discount_rate"))) {
            const QJsonValue rate = income.take(QStringLiteral("discount_rate"));
            income.insert(QStringLiteral("discount"), QJsonObject { { QStringLiteral("risk_free"), rate } });
            doc.insert(QStringLiteral("income"), income);
        }
    }
    doc.insert(QStringLiteral("format_version"), kFormatVersion);
    return doc;
}

QJsonObject Worksheet::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ValidationError({ { QString(), Tr::tr("cannot read %1: %2").arg(path, f.errorString()) } });
    QJsonParseError err {};
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        throw ValidationError({ { QString(),
            Tr::tr("%1 is not valid JSON: %2 at byte %3").arg(path, err.errorString()).arg(err.offset) } });
    if (!d.isObject())
        throw ValidationError(
            { { QString(), Tr::tr("%1 is not a worksheet: expected a JSON object").arg(path) } });
    return migrate(d.object());
}

void Worksheet::save(const QJsonObject& document, const QString& path)
{
    QJsonObject doc = document;
    doc.insert(QStringLiteral("format_version"), kFormatVersion);
    // QJsonDocument sorts keys; the file stays readable (indented, UTF-8, no escapes for Chinese).
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw ValidationError({ { QString(), Tr::tr("cannot write %1: %2").arg(path, f.errorString()) } });
    f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw ValidationError({ { QString(), Tr::tr("cannot write %1: %2").arg(path, f.errorString()) } });
}

} // namespace dj::valuation
