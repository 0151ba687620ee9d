#include "core/risk/riskrules.h"

#include "core/risk/riskerror.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dj::risk {

using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const QStringList& riskKinds()
{
    static const QStringList kinds { u"经营异常"_s, u"严重违法失信"_s, u"行政处罚"_s, u"失信被执行人"_s,
        u"被执行人"_s, u"限制高消费"_s, u"股权冻结"_s, u"股权出质"_s, u"动产抵押"_s, u"裁判文书"_s,
        u"开庭公告"_s, u"欠税公告"_s, u"税收违法"_s, u"环保处罚"_s, u"清算"_s, u"简易注销"_s };
    return kinds;
}

} // namespace

RuleStore::RuleStore(store::Database& db)
    : m_db(db)
{
}

QStringList RuleStore::conditionKinds()
{
    return { u"new_risk"_s, u"current_risk"_s, u"status_change"_s, u"ownership_change"_s, u"metric_fall"_s,
        u"invoice_break"_s };
}

QStringList RuleStore::severities()
{
    return { u"high"_s, u"medium"_s, u"low"_s };
}

QStringList RuleStore::roles()
{
    return { u"supplier"_s, u"customer"_s, u"rival"_s, u"partner"_s, u"investee"_s };
}

QString RuleStore::kindLabel(const QString& kind)
{
    if (kind == u"new_risk")
        return tr("New risk record");
    if (kind == u"current_risk")
        return tr("Current risk record");
    if (kind == u"status_change")
        return tr("Registration status changed");
    if (kind == u"ownership_change")
        return tr("Shareholders changed");
    if (kind == u"metric_fall")
        return tr("Figure fell");
    if (kind == u"invoice_break")
        return tr("Invoice trend break");
    return kind;
}

QString RuleStore::severityLabel(const QString& severity)
{
    if (severity == u"high")
        return tr("High");
    if (severity == u"medium")
        return tr("Medium");
    if (severity == u"low")
        return tr("Low");
    return severity;
}

QString RuleStore::roleLabel(const QString& role)
{
    if (role == u"supplier")
        return tr("Supplier");
    if (role == u"customer")
        return tr("Customer");
    if (role == u"rival")
        return tr("Rival");
    if (role == u"partner")
        return tr("Partner");
    if (role == u"investee")
        return tr("Investee");
    return tr("Added by hand");
}

QString RuleStore::metricLabel(const QString& metric)
{
    if (metric == u"revenue")
        return tr("Revenue");
    if (metric == u"tax")
        return tr("Tax");
    if (metric == u"insured_count")
        return tr("Insured staff");
    if (metric == u"employees")
        return tr("Employees");
    return metric;
}

QString RuleStore::describe(const Rule& rule)
{
    const QJsonObject& c = rule.condition;
    const QString kind = rule.kind();
    QString what = kindLabel(kind);
    auto list = [](const QJsonValue& v) {
        QStringList out;
        for (const auto& x : v.toArray())
            out << x.toString();
        return out.join(u"、"_s);
    };
    if ((kind == u"new_risk" || kind == u"current_risk") && !c[u"kinds"_s].toArray().isEmpty())
        what += u": "_s + list(c[u"kinds"_s]);
    if (kind == u"status_change" && !c[u"to"_s].toArray().isEmpty())
        what += u" → "_s + list(c[u"to"_s]);
    if (kind == u"metric_fall")
        what = tr("%1 fell by %2 % or more")
                   .arg(metricLabel(c[u"metric"_s].toString()))
                   .arg(c[u"percent"_s].toDouble());
    if (kind == u"invoice_break")
        what = tr("A month below %1 % of its seasonal expectation").arg(c[u"ratio"_s].toDouble(0.5) * 100);
    QStringList scope;
    const QJsonObject& s = rule.scope;
    if (!s[u"list"_s].toString().isEmpty())
        scope << tr("list %1").arg(s[u"list"_s].toString());
    QStringList roles;
    for (const auto& r : s[u"roles"_s].toArray())
        roles << roleLabel(r.toString());
    if (!roles.isEmpty())
        scope << roles.join(u"、"_s);
    if (s[u"max_tier"_s].toInt() > 0)
        scope << tr("tier ≤ %1").arg(s[u"max_tier"_s].toInt());
    return scope.isEmpty() ? tr("%1 — every watched enterprise").arg(what)
                           : tr("%1 — %2").arg(what, scope.join(u", "_s));
}

void RuleStore::validate(const Rule& rule)
{
    if (rule.name.trimmed().isEmpty())
        throw RiskError(tr("A rule needs a name."));
    if (!severities().contains(rule.severity))
        throw RiskError(tr("Severity must be high, medium or low, not \"%1\".").arg(rule.severity.left(40)));
    const QString kind = rule.kind();
    if (!conditionKinds().contains(kind))
        throw RiskError(
            tr("Unknown condition \"%1\" (known: %2).").arg(kind.left(40), conditionKinds().join(u", "_s)));
    const QJsonObject& c = rule.condition;
    static const QHash<QString, QStringList> allowed { { u"new_risk"_s, { u"kinds"_s } },
        { u"current_risk"_s, { u"kinds"_s } }, { u"status_change"_s, { u"to"_s } },
        { u"ownership_change"_s, {} }, { u"metric_fall"_s, { u"metric"_s, u"percent"_s } },
        { u"invoice_break"_s, { u"ratio"_s } } };
    for (auto it = c.begin(); it != c.end(); ++it)
        if (it.key() != u"kind" && !allowed.value(kind).contains(it.key()))
            throw RiskError(tr("The condition %1 takes no \"%2\".").arg(kind, it.key().left(40)));
    if (c.contains(u"kinds"_s)) {
        if (!c[u"kinds"_s].isArray())
            throw RiskError(tr("\"kinds\" must be a list of risk kinds."));
        for (const auto& k : c[u"kinds"_s].toArray())
            if (!riskKinds().contains(k.toString()))
                throw RiskError(tr("Unknown risk kind \"%1\".").arg(k.toString().left(40)));
    }
    if (c.contains(u"to"_s) && !c[u"to"_s].isArray())
        throw RiskError(tr("\"to\" must be a list of registration statuses."));
    if (kind == u"metric_fall") {
        static const QStringList metrics { u"revenue"_s, u"tax"_s, u"insured_count"_s, u"employees"_s };
        if (!metrics.contains(c[u"metric"_s].toString()))
            throw RiskError(tr("\"metric\" must be one of %1.").arg(metrics.join(u", "_s)));
        const double p = c[u"percent"_s].toDouble(-1);
        if (!c[u"percent"_s].isDouble() || p <= 0 || p > 100)
            throw RiskError(tr("\"percent\" must be a number above 0 and at most 100."));
    }
    if (kind == u"invoice_break" && c.contains(u"ratio"_s)) {
        const double r = c[u"ratio"_s].toDouble(-1);
        if (!c[u"ratio"_s].isDouble() || r <= 0 || r >= 1)
            throw RiskError(tr("\"ratio\" must be a number between 0 and 1."));
    }
    const QJsonObject& s = rule.scope;
    for (auto it = s.begin(); it != s.end(); ++it)
        if (it.key() != u"list" && it.key() != u"roles" && it.key() != u"max_tier")
            throw RiskError(
                tr("The scope takes list, roles and max_tier, not \"%1\".").arg(it.key().left(40)));
    if (s.contains(u"list"_s) && !s[u"list"_s].isString())
        throw RiskError(tr("The scope's \"list\" must be a watch-list name."));
    if (s.contains(u"roles"_s)) {
        if (!s[u"roles"_s].isArray())
            throw RiskError(tr("The scope's \"roles\" must be a list."));
        for (const auto& r : s[u"roles"_s].toArray())
            if (!roles().contains(r.toString()) && r.toString() != u"")
                throw RiskError(
                    tr("Unknown role \"%1\" (known: %2).").arg(r.toString().left(40), roles().join(u", "_s)));
    }
    if (s.contains(u"max_tier"_s)
        && (!s[u"max_tier"_s].isDouble() || s[u"max_tier"_s].toInt() < 0 || s[u"max_tier"_s].toInt() > 5))
        throw RiskError(tr("The scope's \"max_tier\" must be 0 (any) to 5."));
}

namespace {

struct Builtin
{
    const char* key;
    const char* name; // the English source text, translated in the RuleStore context
};

// The source texts are the ones earlier versions stored, so their translations stay in use.
constexpr Builtin kBuiltins[] {
    { "tier1_new_shixin", QT_TRANSLATE_NOOP("RuleStore", "Tier-1 supplier: new 失信被执行人") },
    { "customer_revenue_fall", QT_TRANSLATE_NOOP("RuleStore", "Customer: revenue falls 30 %") },
    { "new_serious_risk", QT_TRANSLATE_NOOP("RuleStore", "New serious risk record") },
    { "status_change", QT_TRANSLATE_NOOP("RuleStore", "Registration status changed") },
    { "ownership_change", QT_TRANSLATE_NOOP("RuleStore", "Shareholders changed") },
    { "tax_fall", QT_TRANSLATE_NOOP("RuleStore", "Tax falls 30 %") },
    { "insured_fall", QT_TRANSLATE_NOOP("RuleStore", "Insured staff fall 30 %") },
    { "invoice_break", QT_TRANSLATE_NOOP("RuleStore", "Invoice trend break") },
};

const Builtin* builtin(const QString& key)
{
    for (const Builtin& b : kBuiltins)
        if (key == QLatin1String(b.key))
            return &b;
    return nullptr;
}

// The rule's built-in key when it is a known one, else '' (a name the user wrote).
QString keyOf(const Rule& r)
{
    return builtin(r.nameKey) ? r.nameKey : QString(QLatin1String(""));
}

} // namespace

QString Rule::displayName() const
{
    const QString shown = RuleStore::builtinName(nameKey);
    return shown.isEmpty() ? name : shown;
}

QStringList RuleStore::builtinKeys()
{
    QStringList out;
    for (const Builtin& b : kBuiltins)
        out << QString::fromLatin1(b.key);
    return out;
}

QString RuleStore::builtinName(const QString& key)
{
    const Builtin* b = builtin(key);
    return b ? QCoreApplication::translate("RuleStore", b->name) : QString();
}

QString RuleStore::builtinSourceName(const QString& key)
{
    const Builtin* b = builtin(key);
    return b ? QString::fromUtf8(b->name) : QString();
}

std::vector<Rule> RuleStore::defaults()
{
    auto rule = [](const char* key, const QJsonObject& c, const QJsonObject& s, const QString& sev) {
        const QString k = QString::fromLatin1(key);
        return Rule { 0, builtinName(k), c, s, sev, true, k };
    };
    return {
        rule("tier1_new_shixin",
            { { u"kind"_s, u"new_risk"_s }, { u"kinds"_s, QJsonArray { u"失信被执行人"_s } } },
            { { u"roles"_s, QJsonArray { u"supplier"_s } }, { u"max_tier"_s, 1 } }, u"high"_s),
        rule("customer_revenue_fall",
            { { u"kind"_s, u"metric_fall"_s }, { u"metric"_s, u"revenue"_s }, { u"percent"_s, 30 } },
            { { u"roles"_s, QJsonArray { u"customer"_s } } }, u"medium"_s),
        rule("new_serious_risk",
            { { u"kind"_s, u"new_risk"_s },
                { u"kinds"_s,
                    QJsonArray {
                        u"严重违法失信"_s, u"限制高消费"_s, u"股权冻结"_s, u"税收违法"_s, u"欠税公告"_s } } },
            {}, u"medium"_s),
        rule("status_change", { { u"kind"_s, u"status_change"_s } }, {}, u"high"_s),
        rule("ownership_change", { { u"kind"_s, u"ownership_change"_s } }, {}, u"low"_s),
        rule("tax_fall", { { u"kind"_s, u"metric_fall"_s }, { u"metric"_s, u"tax"_s }, { u"percent"_s, 30 } },
            {}, u"low"_s),
        rule("insured_fall",
            { { u"kind"_s, u"metric_fall"_s }, { u"metric"_s, u"insured_count"_s }, { u"percent"_s, 30 } },
            {}, u"low"_s),
        rule("invoice_break", { { u"kind"_s, u"invoice_break"_s }, { u"ratio"_s, 0.5 } }, {}, u"medium"_s),
    };
}

void RuleStore::ensureDefaults()
{
    const bool initialised = store::Cache::meta(m_db, u"risk_rules_initialised"_s) == u"1";
    const bool keyed = store::Cache::meta(m_db, u"risk_rules_keyed"_s) == u"1";
    if (initialised && keyed)
        return;
    store::Transaction tx(m_db);
    if (!initialised && m_db.scalarInt("SELECT count(*) FROM risk_rules") == 0) {
        for (const Rule& r : defaults())
            save(r);
    } else if (!keyed) {
        // rules written before names had keys: key the ones that are still the built-in rule
        store::Statement set = m_db.prepare("UPDATE risk_rules SET name_key = ? WHERE id = ?");
        const std::vector<Rule> builtins = defaults();
        for (const Rule& r : list()) {
            if (!r.nameKey.isEmpty())
                continue;
            for (const Rule& b : builtins)
                if (r.condition == b.condition && r.scope == b.scope
                    && (r.name == builtinSourceName(b.nameKey) || r.name == builtinName(b.nameKey))) {
                    set.bind(1, b.nameKey).bind(2, r.id);
                    set.run();
                    set.reset();
                    break;
                }
        }
    }
    store::Cache::setMeta(m_db, u"risk_rules_initialised"_s, u"1"_s);
    store::Cache::setMeta(m_db, u"risk_rules_keyed"_s, u"1"_s);
    tx.commit();
}

std::vector<Rule> RuleStore::list() const
{
    std::vector<Rule> out;
    store::Statement st = m_db.prepare(
        "SELECT id, name, condition, scope, severity, enabled, name_key FROM risk_rules ORDER BY id");
    while (st.step())
        out.push_back(Rule { st.columnInt(0), st.columnText(1), parse(st.columnText(2)),
            parse(st.columnText(3)), st.columnText(4), st.columnInt(5) != 0, st.columnText(6) });
    return out;
}

qint64 RuleStore::save(const Rule& rule)
{
    validate(rule);
    if (rule.id == 0) {
        store::Statement st = m_db.prepare("INSERT INTO risk_rules (name, condition, scope, severity, "
                                           "enabled, name_key) VALUES (?, ?, ?, ?, ?, ?)");
        st.bind(1, rule.name.trimmed()).bind(2, compact(rule.condition)).bind(3, compact(rule.scope));
        st.bind(4, rule.severity).bind(5, qint64(rule.enabled ? 1 : 0)).bind(6, keyOf(rule));
        st.run();
        return m_db.lastInsertRowId();
    }
    store::Statement st = m_db.prepare(
        "UPDATE risk_rules SET name = ?, condition = ?, scope = ?, severity = ?, enabled = ?, name_key = ? "
        "WHERE id = ?");
    st.bind(1, rule.name.trimmed()).bind(2, compact(rule.condition)).bind(3, compact(rule.scope));
    st.bind(4, rule.severity).bind(5, qint64(rule.enabled ? 1 : 0)).bind(6, keyOf(rule)).bind(7, rule.id);
    st.run();
    if (m_db.changes() == 0)
        throw RiskError(tr("There is no rule %1.").arg(rule.id));
    return rule.id;
}

void RuleStore::remove(qint64 id)
{
    store::Statement st = m_db.prepare("DELETE FROM risk_rules WHERE id = ?");
    st.bind(1, id);
    st.run();
    if (m_db.changes() == 0)
        throw RiskError(tr("There is no rule %1.").arg(id));
}

} // namespace dj::risk
