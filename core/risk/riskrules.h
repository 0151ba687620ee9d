#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace dj::store {
class Database;
}

namespace dj::risk {

/// A monitoring rule: a condition over what changed for a watched enterprise between two rule runs (the
/// old and the new data of an import), the part of the watch lists it applies to, and a severity.
///
/// condition {"kind": …} with kind one of
/// - new_risk {"kinds": [risk kinds], empty = any}: a 有效 risk record that was not 有效 before
/// - current_risk {"kinds": […]}: every 有效 record of those kinds (once per record, also on the first run)
/// - status_change {"to": [登记状态…], empty = any}: the 登记状态 changed
/// - ownership_change: a registered shareholder came, went or changed its share
/// - metric_fall {"metric": revenue|tax|insured_count|employees, "percent": p}: the latest figure is at least
///   p % below the latest figure before (financials: the latest year with a value, old vs new)
/// - invoice_break {"ratio": r}: a month newer than the last invoiced month before whose sales or purchases
///   fall below r × the seasonal expectation (InvoiceAnalytics trend breaks)
/// scope {"list": name or "" (all lists), "roles": [supplier, customer, rival, partner, investee, ""] (empty
/// = any), "max_tier": n (0 = any)}; severity high, medium or low.
struct Rule
{
    qint64 id = 0; ///< 0 until saved
    QString name;
    QJsonObject condition;
    QJsonObject scope;
    QString severity = QStringLiteral("medium");
    bool enabled = true;
    /// The key of a built-in rule's name ("tier1_new_shixin", …): the name is then shown through tr() in the
    /// reader's language (RuleStore::builtinName). Empty for a name the user wrote, which is shown as
    /// written.
    QString nameKey;

    QString kind() const { return condition.value(QLatin1String("kind")).toString(); }
    /// The name to show: the built-in name in the current language, else name.
    QString displayName() const;
};

/// The rules kept in the cache (table risk_rules). The built-in set is written once into a cache that never
/// had rules; afterwards the user's edits (including deletions) stand.
class RuleStore
{
    Q_DECLARE_TR_FUNCTIONS(RuleStore)
public:
    explicit RuleStore(store::Database& db);

    static QStringList conditionKinds();
    static QStringList severities(); ///< high, medium, low
    static QStringList roles(); ///< supplier, customer, rival, partner, investee
    static QString kindLabel(const QString& kind); ///< translated
    static QString severityLabel(const QString& severity); ///< translated
    static QString roleLabel(const QString& role); ///< translated; "" = by hand
    static QString metricLabel(
        const QString& metric); ///< revenue, tax, insured_count, employees (translated)
    /// The rule in words: condition and scope.
    static QString describe(const Rule& rule);
    /// Throws RiskError naming the first problem (unknown kind, bad parameter, bad scope, severity, name).
    static void validate(const Rule& rule);
    /// The built-in rules (a tier-1 supplier's new 失信被执行人, a customer's revenue falling 30 %, …).
    static std::vector<Rule> defaults();
    /// The built-in rules' name keys, in the order of defaults().
    static QStringList builtinKeys();
    /// A built-in rule's name in the current language; empty for an unknown key.
    static QString builtinName(const QString& key);
    /// A built-in name's untranslated (English source) text; empty for an unknown key.
    static QString builtinSourceName(const QString& key);

    /// Writes the built-in rules when this cache never had any. Rules written before names had keys get the
    /// key of the built-in rule they still equal (same condition, scope and the built-in name in English or
    /// in the current language); renamed or changed ones keep their text.
    void ensureDefaults();
    std::vector<Rule> list() const;
    /// Inserts (id 0) or updates a rule; returns its id. Throws RiskError (invalid, unknown id).
    qint64 save(const Rule& rule);
    /// Throws RiskError for an unknown id.
    void remove(qint64 id);

private:
    store::Database& m_db;
};

} // namespace dj::risk
