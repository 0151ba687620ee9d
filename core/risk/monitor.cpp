#include "core/risk/monitor.h"

#include "core/common/money.h"
#include "core/risk/invoiceanalytics.h"
#include "core/risk/riskrules.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace dj::risk {

using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonValue optional(const store::Statement& st, int column)
{
    return st.isNull(column) ? QJsonValue() : QJsonValue(st.columnDouble(column));
}

/// Reads the state the rules compare, with statements prepared once.
class StateReader
{
public:
    explicit StateReader(const store::Database& db)
        : m_db(db)
        , m_ent(db.prepare("SELECT name, status, insured_count FROM enterprises WHERE uscc = ?"))
        , m_risks(db.prepare("SELECT kind, date, amount, authority, detail, status FROM risks WHERE uscc = ? "
                             "ORDER BY kind, date, "
                             "authority, detail"))
        , m_fin(
              db.prepare("SELECT year, revenue, tax, employees FROM financials WHERE uscc = ? ORDER BY year"))
        , m_holders(db.prepare("SELECT holder_kind, holder_id, holder_name, share_pct FROM shareholdings "
                               "WHERE investee_uscc = ? "
                               "ORDER BY holder_kind, holder_id"))
        , m_sold(db.prepare("SELECT max(month) FROM invoices WHERE seller_uscc = ?"))
        , m_bought(db.prepare("SELECT max(month) FROM invoices WHERE buyer_uscc = ?"))
    {
    }

    QJsonObject read(const QString& uscc)
    {
        QJsonObject s;
        m_ent.bind(1, uscc);
        if (m_ent.step()) {
            s.insert(u"name"_s, m_ent.columnText(0));
            s.insert(u"status"_s, m_ent.columnText(1));
            s.insert(u"insured_count"_s, optional(m_ent, 2));
        }
        m_ent.reset();
        QJsonArray risks;
        m_risks.bind(1, uscc);
        while (m_risks.step())
            risks.append(
                QJsonObject { { u"kind"_s, m_risks.columnText(0) }, { u"date"_s, m_risks.columnText(1) },
                    { u"amount"_s, optional(m_risks, 2) }, { u"authority"_s, m_risks.columnText(3) },
                    { u"detail"_s, m_risks.columnText(4) }, { u"status"_s, m_risks.columnText(5) } });
        m_risks.reset();
        s.insert(u"risks"_s, risks);
        QJsonArray fin;
        m_fin.bind(1, uscc);
        while (m_fin.step())
            fin.append(QJsonObject { { u"year"_s, m_fin.columnInt(0) }, { u"revenue"_s, optional(m_fin, 1) },
                { u"tax"_s, optional(m_fin, 2) }, { u"employees"_s, optional(m_fin, 3) } });
        m_fin.reset();
        s.insert(u"financials"_s, fin);
        QJsonArray holders;
        m_holders.bind(1, uscc);
        while (m_holders.step())
            holders.append(
                QJsonObject { { u"kind"_s, m_holders.columnText(0) }, { u"id"_s, m_holders.columnText(1) },
                    { u"name"_s, m_holders.columnText(2) }, { u"share_pct"_s, optional(m_holders, 3) } });
        m_holders.reset();
        s.insert(u"holders"_s, holders);
        QString last;
        for (store::Statement* st : { &m_sold, &m_bought }) {
            st->bind(1, uscc);
            if (st->step() && !st->isNull(0))
                last = std::max(last, st->columnText(0));
            st->reset();
        }
        s.insert(u"last_month"_s, last);
        return s;
    }

    /// Invoice rows for the trend-break rule.
    void invoices(const QString& uscc, std::vector<InvoiceAnalytics::InvoiceRow>& sold,
        std::vector<InvoiceAnalytics::InvoiceRow>& bought)
    {
        auto read = [&](const char* sql, std::vector<InvoiceAnalytics::InvoiceRow>& into) {
            store::Statement st = m_db.prepare(sql);
            st.bind(1, uscc);
            while (st.step())
                into.push_back({ st.columnText(0), st.columnText(1), st.columnInt(2), st.columnDouble(3) });
        };
        read("SELECT buyer_uscc, month, invoice_count, amount FROM invoices WHERE seller_uscc = ?", sold);
        read("SELECT seller_uscc, month, invoice_count, amount FROM invoices WHERE buyer_uscc = ?", bought);
    }

private:
    const store::Database& m_db;
    store::Statement m_ent, m_risks, m_fin, m_holders, m_sold, m_bought;
};

struct WatchRow
{
    QString list, role, root;
    int tier;
};

bool inScope(const QJsonObject& scope, const WatchRow& w)
{
    const QString list = scope.value(u"list"_s).toString();
    if (!list.isEmpty() && list != w.list)
        return false;
    const QJsonArray roles = scope.value(u"roles"_s).toArray();
    if (!roles.isEmpty() && !roles.contains(QJsonValue(w.role)))
        return false;
    const int maxTier = scope.value(u"max_tier"_s).toInt();
    return maxTier <= 0 || (w.tier >= 1 && w.tier <= maxTier);
}

struct Finding
{
    QString key;
    QString titleKey; ///< see Monitor::title
    QStringList titleArgs; ///< untranslated
    QJsonArray before, after;
};

QString riskKey(const QJsonObject& r)
{
    return QStringList { r[u"kind"_s].toString(), r[u"date"_s].toString(), r[u"authority"_s].toString(),
        r[u"detail"_s].toString() }
        .join(u'|');
}

bool kindWanted(const QJsonObject& condition, const QString& kind)
{
    const QJsonArray kinds = condition.value(u"kinds"_s).toArray();
    return kinds.isEmpty() || kinds.contains(QJsonValue(kind));
}

/// The latest (year, value) of a financial figure; year 0 when none.
std::pair<int, double> latest(const QJsonObject& state, const QString& metric)
{
    std::pair<int, double> out { 0, 0 };
    for (const auto& v : state.value(u"financials"_s).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(metric).isDouble() && f.value(u"year"_s).toInt() >= out.first)
            out = { f.value(u"year"_s).toInt(), f.value(metric).toDouble() };
    }
    return out;
}

QString money(double v)
{
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 2);
}

} // namespace

QString Monitor::title(const QString& key, const QStringList& argsIn)
{
    QStringList a = argsIn;
    auto arg = [&a](int i) { return i < a.size() ? a[i] : QString(); };
    if (key == u"new_risk" || key == u"current_risk")
        return (key == u"new_risk" ? tr("New %1 record at %2 (%3)") : tr("Current %1 record at %2 (%3)"))
            .arg(arg(0), arg(1), arg(2));
    if (key == u"status_change")
        return tr("%1: registration status %2 → %3").arg(arg(0), arg(1), arg(2));
    if (key == u"ownership_change")
        return tr("%1: shareholders changed (%2 new, %3 gone, %4 changed share)")
            .arg(arg(0), arg(1), arg(2), arg(3));
    if (key == u"metric_fall") {
        const QString metric = arg(1);
        const bool isMoney = metric == u"revenue" || metric == u"tax";
        auto value = [&](const QString& v) {
            bool ok = false;
            const double d = v.toDouble(&ok);
            return ok && isMoney ? Money::text(d) : v;
        };
        return tr("%1: %2 fell %3 % (%4 → %5)")
            .arg(arg(0), RuleStore::metricLabel(metric), arg(2), value(arg(3)), value(arg(4)));
    }
    if (key == u"invoice_break")
        return tr("%1: %2 of %3 at %4 % of the expected amount")
            .arg(arg(0), arg(1) == u"sales" ? tr("sales") : tr("purchases"), arg(2), arg(3));
    return {};
}

Monitor::Monitor(store::Database& db)
    : m_db(db)
{
}

QJsonObject Monitor::currentState(const QString& uscc)
{
    return StateReader(m_db).read(uscc);
}

void Monitor::snapshot(const QStringList& usccs, bool onlyMissing)
{
    StateReader reader(m_db);
    store::Statement has = m_db.prepare("SELECT 1 FROM risk_snapshots WHERE uscc = ?");
    store::Statement put
        = m_db.prepare("INSERT OR REPLACE INTO risk_snapshots (uscc, taken, state) VALUES (?, ?, ?)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString& u : usccs) {
        if (onlyMissing) {
            has.bind(1, u);
            const bool exists = has.step();
            has.reset();
            if (exists)
                continue;
        }
        put.bind(1, u).bind(2, now).bind(3, compact(reader.read(u)));
        put.run();
        put.reset();
    }
}

Monitor::RunResult Monitor::afterImport(const Progress& progress)
{
    if (m_db.scalarInt("SELECT count(*) FROM risk_watch") == 0)
        return {};
    return run(progress);
}

Monitor::RunResult Monitor::run(const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    RuleStore ruleStore(m_db);
    ruleStore.ensureDefaults();
    std::vector<Rule> rules;
    for (Rule& r : ruleStore.list())
        if (r.enabled)
            rules.push_back(std::move(r));
    RunResult result;
    result.rules = int(rules.size());

    QHash<QString, std::vector<WatchRow>> watch;
    QStringList order;
    {
        store::Statement st
            = m_db.prepare("SELECT uscc, list, role, root, tier FROM risk_watch ORDER BY uscc, list");
        while (st.step()) {
            const QString u = st.columnText(0);
            auto& rows = watch[u];
            if (rows.empty())
                order << u;
            rows.push_back(
                WatchRow { st.columnText(1), st.columnText(2), st.columnText(3), int(st.columnInt(4)) });
        }
    }
    result.watched = int(order.size());

    store::Transaction tx(m_db);
    StateReader reader(m_db);
    store::Statement getOld = m_db.prepare("SELECT state FROM risk_snapshots WHERE uscc = ?");
    store::Statement put
        = m_db.prepare("INSERT OR REPLACE INTO risk_snapshots (uscc, taken, state) VALUES (?, ?, ?)");
    store::Statement insert = m_db.prepare("INSERT OR IGNORE INTO risk_alerts (rule_id, rule_name, uscc, "
                                           "change_key, raised, severity, title, evidence, rule_key, "
                                           "title_key, title_args) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    for (qsizetype i = 0; i < order.size(); ++i) {
        if ((i & 255) == 0)
            progress.report(i, order.size(), tr("Running the monitoring rules"));
        const QString& uscc = order[i];
        const QJsonObject now_ = reader.read(uscc);
        const QString nowText = compact(now_);
        getOld.bind(1, uscc);
        const bool hasOld = getOld.step();
        const QString oldText = hasOld ? getOld.columnText(0) : QString();
        getOld.reset();
        const QJsonObject old = hasOld ? QJsonDocument::fromJson(oldText.toUtf8()).object() : QJsonObject();
        if (hasOld)
            ++result.compared;
        const QString name = now_.value(u"name"_s).toString();
        const auto& rows = watch[uscc];
        const bool changed = !hasOld || oldText != nowText;

        for (const Rule& rule : rules) {
            QJsonArray matched;
            for (const WatchRow& w : rows)
                if (inScope(rule.scope, w))
                    matched.append(QJsonObject { { u"list"_s, w.list }, { u"role"_s, w.role },
                        { u"tier"_s, w.tier }, { u"root"_s, w.root } });
            if (matched.isEmpty())
                continue;
            const QString kind = rule.kind();
            // change rules need an old state and a difference; current_risk looks at the new state only
            if (kind != u"current_risk" && (!hasOld || !changed))
                continue;
            std::vector<Finding> findings;
            if (kind == u"new_risk" || kind == u"current_risk") {
                QHash<QString, QJsonObject> before;
                for (const auto& v : old.value(u"risks"_s).toArray())
                    before.insert(riskKey(v.toObject()), v.toObject());
                for (const auto& v : now_.value(u"risks"_s).toArray()) {
                    const QJsonObject r = v.toObject();
                    if (r[u"status"_s].toString() != u"有效"
                        || !kindWanted(rule.condition, r[u"kind"_s].toString()))
                        continue;
                    const QString key = riskKey(r);
                    const auto b = before.constFind(key);
                    const bool wasCurrent = b != before.cend() && b->value(u"status"_s).toString() == u"有效";
                    if (kind == u"new_risk" && wasCurrent)
                        continue;
                    Finding f;
                    f.key = key;
                    f.titleKey = kind;
                    f.titleArgs = QStringList { r[u"kind"_s].toString(), name, r[u"date"_s].toString() };
                    if (b != before.cend())
                        f.before.append(*b);
                    f.after.append(r);
                    findings.push_back(std::move(f));
                }
            } else if (kind == u"status_change") {
                const QString a = old.value(u"status"_s).toString(), b = now_.value(u"status"_s).toString();
                const QJsonArray to = rule.condition.value(u"to"_s).toArray();
                if (a != b && (to.isEmpty() || to.contains(QJsonValue(b))))
                    findings.push_back(Finding { a + u"→"_s + b, kind, { name, a, b },
                        { QJsonObject { { u"status"_s, a } } }, { QJsonObject { { u"status"_s, b } } } });
            } else if (kind == u"ownership_change") {
                QHash<QString, QJsonObject> a, b;
                for (const auto& v : old.value(u"holders"_s).toArray())
                    a.insert(v[u"kind"_s].toString() + u':' + v[u"id"_s].toString(), v.toObject());
                for (const auto& v : now_.value(u"holders"_s).toArray())
                    b.insert(v[u"kind"_s].toString() + u':' + v[u"id"_s].toString(), v.toObject());
                Finding f;
                int added = 0, removed = 0, moved = 0;
                for (auto it = b.cbegin(); it != b.cend(); ++it) {
                    const auto o = a.constFind(it.key());
                    if (o == a.cend()) {
                        ++added;
                        f.after.append(*it);
                    } else if (std::abs(
                                   o->value(u"share_pct"_s).toDouble() - it->value(u"share_pct"_s).toDouble())
                        >= 0.01) {
                        ++moved;
                        f.before.append(*o);
                        f.after.append(*it);
                    }
                }
                for (auto it = a.cbegin(); it != a.cend(); ++it)
                    if (!b.contains(it.key())) {
                        ++removed;
                        f.before.append(*it);
                    }
                if (added + removed + moved > 0) {
                    f.key = QString::fromLatin1(QCryptographicHash::hash(
                        QJsonDocument(now_.value(u"holders"_s).toArray()).toJson(QJsonDocument::Compact),
                        QCryptographicHash::Sha1)
                                                    .toHex()
                                                    .left(20));
                    f.titleKey = kind;
                    f.titleArgs = QStringList { name, QString::number(added), QString::number(removed),
                        QString::number(moved) };
                    findings.push_back(std::move(f));
                }
            } else if (kind == u"metric_fall") {
                const QString metric = rule.condition.value(u"metric"_s).toString();
                const double pct = rule.condition.value(u"percent"_s).toDouble();
                int oy = 0, ny = 0;
                double ov = 0, nv = 0;
                bool known = false;
                if (metric == u"insured_count") {
                    known = old.value(metric).isDouble() && now_.value(metric).isDouble();
                    ov = old.value(metric).toDouble();
                    nv = now_.value(metric).toDouble();
                } else {
                    std::tie(oy, ov) = latest(old, metric);
                    std::tie(ny, nv) = latest(now_, metric);
                    known = oy > 0 && ny > 0 && ny >= oy;
                }
                if (known && ov > 0 && nv <= ov * (1 - pct / 100) && (oy != ny || ov != nv)) {
                    const double fall = (ov - nv) / ov * 100;
                    auto row = [&](int year, double v) {
                        QJsonObject o { { metric, v } };
                        if (year > 0)
                            o.insert(u"year"_s, year);
                        return o;
                    };
                    findings.push_back(Finding { u"%1|%2|%3"_s.arg(metric).arg(ny).arg(money(nv)), kind,
                        { name, metric, QString::number(fall, 'f', 1), money(ov), money(nv) },
                        { row(oy, ov) }, { row(ny, nv) } });
                }
            } else if (kind == u"invoice_break") {
                const QString since = old.value(u"last_month"_s).toString();
                if (now_.value(u"last_month"_s).toString() > since) {
                    std::vector<InvoiceAnalytics::InvoiceRow> sold, bought;
                    reader.invoices(uscc, sold, bought);
                    PartyInfo party;
                    party.uscc = uscc;
                    const auto inv = InvoiceAnalytics::compute(
                        party, sold, bought, rule.condition.value(u"ratio"_s).toDouble(0.5));
                    for (const auto* side : { &inv.sales, &inv.purchases }) {
                        const QString sideName = side == &inv.sales ? u"sales"_s : u"purchases"_s;
                        for (const auto& br : side->breaks) {
                            if (br.month <= since)
                                continue;
                            findings.push_back(Finding { sideName + u'|' + br.month, kind,
                                { name, sideName, br.month, QString::number(br.ratio * 100, 'f', 0) },
                                { QJsonObject { { u"month"_s, br.month },
                                    { u"expected"_s, std::round(br.expected * 100) / 100 } } },
                                { QJsonObject { { u"month"_s, br.month },
                                    { u"amount"_s, std::round(br.amount * 100) / 100 } } } });
                        }
                    }
                }
            }
            for (Finding& f : findings) {
                const QJsonObject evidence { { u"before"_s, f.before }, { u"after"_s, f.after },
                    { u"watch"_s, matched }, { u"rule"_s, RuleStore::describe(rule) } };
                const QString shownTitle = title(f.titleKey, f.titleArgs);
                const QString args = QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(f.titleArgs)).toJson(QJsonDocument::Compact));
                insert.bind(1, rule.id).bind(2, rule.name).bind(3, uscc).bind(4, f.key).bind(5, now);
                insert.bind(6, rule.severity).bind(7, shownTitle).bind(8, compact(evidence));
                insert.bind(9, rule.nameKey.isEmpty() ? QString(QLatin1String("")) : rule.nameKey);
                insert.bind(10, f.titleKey).bind(11, args);
                insert.run();
                insert.reset();
                if (m_db.changes() == 1) {
                    Alert a;
                    a.id = m_db.lastInsertRowId();
                    a.ruleId = rule.id;
                    a.ruleName = rule.name;
                    a.uscc = uscc;
                    a.name = name;
                    a.changeKey = f.key;
                    a.raised = now;
                    a.severity = rule.severity;
                    a.title = shownTitle;
                    a.ruleKey = rule.nameKey;
                    a.titleKey = f.titleKey;
                    a.titleArgs = f.titleArgs;
                    a.evidence = evidence;
                    result.raised.push_back(std::move(a));
                }
            }
        }
        if (changed) {
            put.bind(1, uscc).bind(2, now).bind(3, nowText);
            put.run();
            put.reset();
        }
    }
    progress.throwIfCancelled();
    tx.commit();
    progress.report(order.size(), order.size(), tr("Running the monitoring rules"));
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace dj::risk
