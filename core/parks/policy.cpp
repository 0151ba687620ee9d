#include "core/parks/policy.h"

#include "core/common/money.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <sqlite3.h>

namespace dj::parks {

using namespace Qt::StringLiterals;

namespace {

const QStringList kNumeric { u"revenue"_s, u"tax"_s, u"employees"_s, u"tax_growth"_s, u"insured_count"_s,
    u"age_years"_s, u"building_tax"_s, u"building_occupancy"_s };

QString figure(const QString& field, double v)
{
    if (field == u"revenue" || field == u"tax" || field == u"building_tax")
        return Money::text(v);
    if (field == u"tax_growth" || field == u"building_occupancy")
        return QString::number(v * 100, 'f', 1) + u" %"_s;
    return QString::number(v, 'f', field == u"age_years" ? 0 : 0);
}

QString label(const QString& field)
{
    static const QHash<QString, const char*> k {
        { u"class"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "class") },
        { u"section"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "industry section") },
        { u"region_code"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "region") },
        { u"status"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "status") },
        { u"scale"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "scale") },
        { u"revenue"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "revenue") },
        { u"tax"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "tax") },
        { u"employees"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "employees") },
        { u"tax_growth"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "tax growth") },
        { u"insured_count"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "insured employees") },
        { u"age_years"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "years since establishment") },
        { u"building_tax"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "building tax") },
        { u"building_occupancy"_s, QT_TRANSLATE_NOOP("PolicyCalculator", "building occupancy") },
    };
    const char* text = k.value(field);
    return text ? QCoreApplication::translate("PolicyCalculator", text) : field;
}

} // namespace

const QStringList& PolicyCalculator::fields()
{
    static const QStringList f { u"class"_s, u"section"_s, u"region_code"_s, u"status"_s, u"scale"_s,
        u"revenue"_s, u"tax"_s, u"employees"_s, u"tax_growth"_s, u"insured_count"_s, u"age_years"_s,
        u"qualification"_s, u"building_tax"_s, u"building_occupancy"_s };
    return f;
}

const QStringList& PolicyCalculator::ops()
{
    static const QStringList o { u">="_s, u"<="_s, u">"_s, u"<"_s, u"="_s, u"in"_s, u"prefix"_s, u"has"_s };
    return o;
}

Policy Policy::fromJson(const QJsonObject& o)
{
    static const QStringList keys { u"id"_s, u"name"_s, u"description"_s, u"conditions"_s, u"amount"_s,
        u"builtin"_s };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            throw PolicyError(PolicyCalculator::tr("Unknown key \"%1\" in the policy.").arg(it.key()));
    }
    Policy p;
    p.id = o.value(u"id").toInteger();
    p.name = o.value(u"name").toString().trimmed();
    if (p.name.isEmpty())
        throw PolicyError(PolicyCalculator::tr("\"name\" must be a non-empty text."));
    p.description = o.value(u"description").toString();
    p.builtin = o.value(u"builtin").toBool();
    if (!o.value(u"conditions").isArray())
        throw PolicyError(PolicyCalculator::tr("\"conditions\" must be a list."));
    for (const QJsonValue& v : o.value(u"conditions").toArray()) {
        const QJsonObject c = v.toObject();
        PolicyCondition pc { c.value(u"field").toString(), c.value(u"op").toString(),
            c.value(u"value").toVariant() };
        if (!PolicyCalculator::fields().contains(pc.field))
            throw PolicyError(PolicyCalculator::tr("Unknown condition field \"%1\"; use one of %2.")
                                  .arg(pc.field, PolicyCalculator::fields().join(u", "_s)));
        if (!PolicyCalculator::ops().contains(pc.op))
            throw PolicyError(PolicyCalculator::tr("Unknown operator \"%1\" for %2; use one of %3.")
                                  .arg(pc.op, pc.field, PolicyCalculator::ops().join(u" "_s)));
        const bool numeric = kNumeric.contains(pc.field);
        if (numeric
            && (pc.op == u"in" || pc.op == u"prefix" || pc.op == u"has" || !c.value(u"value").isDouble()))
            throw PolicyError(
                PolicyCalculator::tr("%1 takes a number with >=, <=, >, < or =.").arg(pc.field));
        if (!numeric && (pc.op == u"in" || pc.op == u"prefix") && !c.value(u"value").isArray())
            throw PolicyError(PolicyCalculator::tr("%1 %2 takes a list of texts.").arg(pc.field, pc.op));
        if (!numeric && pc.op != u"in" && pc.op != u"prefix" && !c.value(u"value").isString())
            throw PolicyError(PolicyCalculator::tr("%1 %2 takes a text.").arg(pc.field, pc.op));
        if (pc.field == u"qualification" && pc.op != u"has")
            throw PolicyError(PolicyCalculator::tr("qualification takes the operator has."));
        p.conditions.push_back(std::move(pc));
    }
    const QJsonObject a = o.value(u"amount").toObject();
    p.amount.kind = a.value(u"kind").toString(u"fixed"_s);
    if (!QStringList { u"fixed"_s, u"per_head"_s, u"tax_share"_s, u"revenue_share"_s }.contains(
            p.amount.kind))
        throw PolicyError(
            PolicyCalculator::tr("amount.kind is fixed, per_head, tax_share or revenue_share."));
    if (!a.value(u"value").isDouble() || a.value(u"value").toDouble() < 0)
        throw PolicyError(PolicyCalculator::tr("amount.value must be a number ≥ 0."));
    p.amount.value = a.value(u"value").toDouble();
    if (a.contains(u"cap")) {
        if (!a.value(u"cap").isDouble() || a.value(u"cap").toDouble() < 0)
            throw PolicyError(PolicyCalculator::tr("amount.cap must be a number ≥ 0."));
        p.amount.cap = a.value(u"cap").toDouble();
    }
    return p;
}

QJsonObject Policy::toJson() const
{
    QJsonArray cs;
    for (const PolicyCondition& c : conditions)
        cs.append(QJsonObject {
            { u"field"_s, c.field }, { u"op"_s, c.op }, { u"value"_s, QJsonValue::fromVariant(c.value) } });
    QJsonObject a { { u"kind"_s, amount.kind }, { u"value"_s, amount.value } };
    if (amount.cap)
        a.insert(u"cap"_s, *amount.cap);
    QJsonObject o { { u"name"_s, name }, { u"description"_s, description }, { u"conditions"_s, cs },
        { u"amount"_s, a }, { u"builtin"_s, builtin } };
    if (id)
        o.insert(u"id"_s, id);
    return o;
}

QList<Policy> PolicyCalculator::builtins()
{
    const char* const kRules[] = {
        R"({"name":"楼宇经济贡献奖励","description":"在本楼实际注册经营、年纳税 500 万元以上的企业，按当年纳税的 10% 奖励，最高 200 万元。",
            "conditions":[{"field":"class","op":"in","value":["actual"]},{"field":"tax","op":">=","value":5000000}],
            "amount":{"kind":"tax_share","value":0.1,"cap":2000000}})",
        R"({"name":"高新技术企业认定奖励","description":"注册在本园区、持有有效高新技术企业证书的企业，一次性奖励 20 万元。",
            "conditions":[{"field":"class","op":"in","value":["actual","virtual"]},{"field":"qualification","op":"has","value":"高新技术企业"}],
            "amount":{"kind":"fixed","value":200000}})",
        R"({"name":"科技服务业稳岗补贴","description":"信息技术和科技服务企业（I、M 门类）在本园区经营、从业人员 20 人以上，按每人 1,000 元补贴，最高 50 万元。",
            "conditions":[{"field":"section","op":"in","value":["I","M"]},{"field":"class","op":"in","value":["actual","office_only"]},{"field":"employees","op":">=","value":20}],
            "amount":{"kind":"per_head","value":1000,"cap":500000}})",
        R"({"name":"成长型企业培育奖励","description":"成立 2 年以上、营收 1,000 万元以上且纳税增长 10% 以上的在园企业，奖励 30 万元。",
            "conditions":[{"field":"age_years","op":">=","value":2},{"field":"revenue","op":">=","value":10000000},{"field":"tax_growth","op":">=","value":0.1}],
            "amount":{"kind":"fixed","value":300000}})",
    };
    QList<Policy> out;
    for (const char* r : kRules) {
        Policy p = Policy::fromJson(QJsonDocument::fromJson(QByteArray(r)).object());
        p.builtin = true;
        out.append(p);
    }
    return out;
}

std::vector<PolicyMatch> PolicyCalculator::apply(
    ParkStore& store, const ParkReport& report, const Policy& policy, const QString& buildingId)
{
    struct Entry
    {
        const Member* m;
        const BuildingReport* b;
    };
    std::vector<Entry> entries;
    QSet<QString> seen;
    for (const BuildingReport& b : report.buildings) {
        if (!buildingId.isEmpty() && b.building.id != buildingId)
            continue;
        for (const Member& m : b.members) {
            if (m.cls == BuildingClass::Departed || seen.contains(m.uscc))
                continue;
            seen.insert(m.uscc);
            entries.push_back({ &m, &b });
        }
    }
    QStringList usccs;
    for (const Entry& e : entries)
        usccs << e.m->uscc;
    const auto facts = store.facts(usccs);
    const QString today = report.asOf.toString(Qt::ISODate);

    std::vector<PolicyMatch> out;
    for (const Entry& e : entries) {
        const Member& m = *e.m;
        const EnterpriseFacts f = facts.value(m.uscc);
        PolicyMatch pm { m.uscc, m.name, e.b->building.id, true, 0, {} };
        for (const PolicyCondition& c : policy.conditions) {
            ConditionResult r { c.field, c.op, false, {} };
            std::optional<double> num;
            QString text;
            if (c.field == u"class")
                text = ParkEngine::classKey(m.cls);
            else if (c.field == u"section")
                text = m.section;
            else if (c.field == u"region_code")
                text = m.regionCode;
            else if (c.field == u"status")
                text = m.status;
            else if (c.field == u"scale")
                text = m.scale;
            else if (c.field == u"revenue")
                num = m.revenue;
            else if (c.field == u"tax")
                num = m.tax;
            else if (c.field == u"employees" && m.employees)
                num = double(*m.employees);
            else if (c.field == u"tax_growth" && m.tax && m.prevTax && *m.prevTax > 0)
                num = *m.tax / *m.prevTax - 1;
            else if (c.field == u"insured_count" && f.insured)
                num = double(*f.insured);
            else if (c.field == u"age_years") {
                const QDate est = QDate::fromString(m.established, Qt::ISODate);
                if (est.isValid()) {
                    int years = report.asOf.year() - est.year();
                    if (report.asOf.month() < est.month()
                        || (report.asOf.month() == est.month() && report.asOf.day() < est.day()))
                        --years;
                    num = years;
                }
            } else if (c.field == u"building_tax")
                num = e.b->figures.tax;
            else if (c.field == u"building_occupancy")
                num = e.b->figures.occupancy;

            if (c.field == u"qualification") {
                QStringList held;
                for (const auto& q : f.qualifications) {
                    if (q.validTo.isEmpty() || q.validTo >= today)
                        held << q.kind;
                }
                r.pass = held.contains(c.value.toString());
                r.why
                    = held.isEmpty() ? tr("no current qualification") : tr("holds %1").arg(held.join(u'、'));
            } else if (kNumeric.contains(c.field)) {
                const double want = c.value.toDouble();
                if (!num) {
                    r.why = tr("%1 unknown").arg(label(c.field));
                } else {
                    const double v = *num;
                    r.pass = c.op == u">=" ? v >= want
                        : c.op == u"<="    ? v <= want
                        : c.op == u">"     ? v > want
                        : c.op == u"<"     ? v < want
                                           : v == want;
                    r.why = u"%1 = %2 %3 %4"_s.arg(
                        label(c.field), figure(c.field, v), c.op, figure(c.field, want));
                }
            } else {
                const QStringList list = c.value.toStringList();
                if (c.op == u"in")
                    r.pass = list.contains(text);
                else if (c.op == u"prefix")
                    r.pass = std::any_of(
                        list.begin(), list.end(), [&](const QString& p) { return text.startsWith(p); });
                else
                    r.pass = text == c.value.toString();
                // Users read words, not keys: a class shows as 实际注册/虚拟注册/仅办公 (the JSON keeps
                // keys).
                const bool isClass = c.field == u"class";
                const QString shown = isClass ? ParkEngine::classWordForKey(text) : text;
                QStringList wanted = list.isEmpty() ? QStringList { c.value.toString() } : list;
                if (isClass) {
                    for (QString& w : wanted)
                        w = ParkEngine::classWordForKey(w);
                }
                const QString opText = c.op == u"in" ? tr("one of")
                    : c.op == u"prefix"              ? tr("starts with")
                                                     : c.op;
                r.why = u"%1 = %2 (%3 %4)"_s.arg(
                    label(c.field), shown.isEmpty() ? tr("unknown") : shown, opText, wanted.join(u'、'));
            }
            pm.qualifies = pm.qualifies && r.pass;
            pm.conditions.push_back(std::move(r));
        }
        if (pm.qualifies) {
            const PolicyAmount& a = policy.amount;
            double amount = a.value;
            if (a.kind == u"per_head")
                amount = a.value * double(m.employees.value_or(0));
            else if (a.kind == u"tax_share")
                amount = a.value * m.tax.value_or(0);
            else if (a.kind == u"revenue_share")
                amount = a.value * m.revenue.value_or(0);
            if (a.cap)
                amount = std::min(amount, *a.cap);
            pm.amount = amount;
        }
        out.push_back(std::move(pm));
    }
    std::stable_sort(out.begin(), out.end(), [](const PolicyMatch& a, const PolicyMatch& b) {
        if (a.qualifies != b.qualifies)
            return a.qualifies;
        if (a.amount != b.amount)
            return a.amount > b.amount;
        return a.name < b.name;
    });
    return out;
}

QList<Policy> PolicyCalculator::list(store::Database& db)
{
    if (db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'park_policies'") == 0)
        return builtins(); // an older cache opened read-only: the examples, not stored
    if (sqlite3_db_readonly(db.handle(), "main") == 0
        && db.scalarInt("SELECT count(*) FROM park_policies WHERE builtin = 1") == 0) {
        for (const Policy& p : builtins())
            save(db, p);
    }
    QList<Policy> out;
    store::Statement st = db.prepare("SELECT id, rule, builtin FROM park_policies ORDER BY id");
    while (st.step()) {
        try {
            Policy p = Policy::fromJson(QJsonDocument::fromJson(st.columnText(1).toUtf8()).object());
            p.id = st.columnInt(0);
            p.builtin = st.columnInt(2) != 0;
            out.append(p);
        } catch (const PolicyError&) {
            // a rule edited outside the app into something unreadable is skipped, not fatal
        }
    }
    if (out.isEmpty())
        return builtins();
    return out;
}

qint64 PolicyCalculator::save(store::Database& db, const Policy& policy)
{
    QJsonObject rule = policy.toJson();
    rule.remove(u"id"_s);
    store::Statement st
        = db.prepare("INSERT INTO park_policies(name, rule, builtin, updated) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT(name) DO UPDATE SET rule = ?2, updated = ?4 RETURNING id");
    st.bind(1, policy.name).bind(2, QJsonDocument(rule).toJson(QJsonDocument::Compact));
    st.bind(3, policy.builtin ? 1 : 0).bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!st.step())
        return 0;
    return st.columnInt(0);
}

bool PolicyCalculator::remove(store::Database& db, qint64 id)
{
    store::Statement st = db.prepare("DELETE FROM park_policies WHERE id = ?1");
    st.bind(1, id);
    st.run();
    return db.changes() > 0;
}

QJsonObject PolicyCalculator::toJson(const PolicyMatch& m)
{
    QJsonArray cs;
    for (const ConditionResult& c : m.conditions)
        cs.append(QJsonObject {
            { u"field"_s, c.field }, { u"op"_s, c.op }, { u"pass"_s, c.pass }, { u"why"_s, c.why } });
    return QJsonObject { { u"uscc"_s, m.uscc }, { u"name"_s, m.name }, { u"building_id"_s, m.buildingId },
        { u"qualifies"_s, m.qualifies }, { u"amount"_s, m.amount }, { u"conditions"_s, cs } };
}

} // namespace dj::parks
