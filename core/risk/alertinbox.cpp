#include "core/risk/alertinbox.h"

#include "core/risk/monitor.h"
#include "core/risk/riskerror.h"
#include "core/risk/riskrules.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dj::risk {

QJsonObject Alert::toJson() const
{
    using namespace Qt::StringLiterals;
    return QJsonObject { { u"id"_s, id }, { u"rule_id"_s, ruleId }, { u"rule"_s, displayRuleName() },
        { u"uscc"_s, uscc }, { u"name"_s, name }, { u"change"_s, changeKey }, { u"raised"_s, raised },
        { u"severity"_s, severity }, { u"title"_s, displayTitle() }, { u"title_key"_s, titleKey },
        { u"title_args"_s, QJsonArray::fromStringList(titleArgs) }, { u"evidence"_s, evidence },
        { u"read"_s, read }, { u"assigned"_s, assigned }, { u"note"_s, note }, { u"resolved"_s, resolved } };
}

QString Alert::displayTitle() const
{
    const QString shown = titleKey.isEmpty() ? QString() : Monitor::title(titleKey, titleArgs);
    return shown.isEmpty() ? title : shown;
}

QString Alert::displayRuleName() const
{
    const QString shown = RuleStore::builtinName(ruleKey);
    return shown.isEmpty() ? ruleName : shown;
}

AlertInbox::AlertInbox(store::Database& db)
    : m_db(db)
{
}

std::vector<Alert> AlertInbox::list(const Filter& filter) const
{
    store::Statement st = m_db.prepare(
        "SELECT a.id, a.rule_id, a.rule_name, a.uscc, coalesce(e.name, ''), a.change_key, a.raised, "
        "a.severity, "
        "a.title, a.evidence, a.read, a.assigned, a.note, a.resolved, a.rule_key, a.title_key, a.title_args "
        "FROM risk_alerts a "
        "LEFT JOIN enterprises e ON e.uscc = a.uscc "
        "WHERE (?1 = 0 OR a.read = 0) AND (?2 = 0 OR a.resolved = 0) AND (?3 = '' OR a.uscc = ?3) "
        "ORDER BY a.id DESC");
    st.bind(1, qint64(filter.unreadOnly ? 1 : 0)).bind(2, qint64(filter.openOnly ? 1 : 0));
    st.bind(3, filter.uscc.isNull() ? QString(QLatin1String("")) : filter.uscc);
    std::vector<Alert> out;
    while (st.step()) {
        Alert a;
        a.id = st.columnInt(0);
        a.ruleId = st.columnInt(1);
        a.ruleName = st.columnText(2);
        a.uscc = st.columnText(3);
        a.name = st.columnText(4);
        a.changeKey = st.columnText(5);
        a.raised = st.columnText(6);
        a.severity = st.columnText(7);
        a.title = st.columnText(8);
        a.evidence = QJsonDocument::fromJson(st.columnText(9).toUtf8()).object();
        a.read = st.columnInt(10) != 0;
        a.assigned = st.columnText(11);
        a.note = st.columnText(12);
        a.resolved = st.columnInt(13) != 0;
        a.ruleKey = st.columnText(14);
        a.titleKey = st.columnText(15);
        for (const auto& v : QJsonDocument::fromJson(st.columnText(16).toUtf8()).array())
            a.titleArgs << v.toString();
        out.push_back(std::move(a));
    }
    return out;
}

qint64 AlertInbox::unreadCount() const
{
    return m_db.scalarInt("SELECT count(*) FROM risk_alerts WHERE read = 0");
}

void AlertInbox::update(const char* sql, qint64 id, const QVariant& value)
{
    store::Statement st = m_db.prepare(sql);
    st.bind(1, value).bind(2, id);
    st.run();
    if (m_db.changes() == 0)
        throw RiskError(tr("There is no alert %1.").arg(id));
}

void AlertInbox::setRead(qint64 id, bool read)
{
    update("UPDATE risk_alerts SET read = ? WHERE id = ?", id, read ? 1 : 0);
}

void AlertInbox::assign(qint64 id, const QString& who)
{
    update("UPDATE risk_alerts SET assigned = ? WHERE id = ?", id, who.trimmed());
}

void AlertInbox::setNote(qint64 id, const QString& note)
{
    update("UPDATE risk_alerts SET note = ? WHERE id = ?", id, note);
}

void AlertInbox::setResolved(qint64 id, bool resolved)
{
    update("UPDATE risk_alerts SET resolved = ? WHERE id = ?", id, resolved ? 1 : 0);
}

} // namespace dj::risk
