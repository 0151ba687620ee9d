#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace dj::store {
class Database;
}

namespace dj::risk {

/// One alert raised by a rule: what changed at which enterprise, with the evidence (the rows before and
/// after) and the inbox state (read, assigned, note, resolved).
struct Alert
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    QString uscc;
    QString name; ///< the enterprise's name (read back)
    QString changeKey; ///< what makes the change unique for its rule and enterprise
    QString raised; ///< UTC ISO time
    QString severity;
    QString title; ///< as written in the language of the run that raised it
    QString ruleKey; ///< the rule's built-in name key ('' = the user's own name)
    QString titleKey; ///< see Monitor::title ('' in alerts raised before titles had keys)
    QStringList titleArgs;
    QJsonObject evidence; ///< {"before": [rows], "after": [rows], "watch": [entries]}
    bool read = false;
    QString assigned;
    QString note;
    bool resolved = false;

    /// The title in the current language (through Monitor::title), else the stored title.
    QString displayTitle() const;
    /// The rule's name in the current language for a built-in rule, else the stored name.
    QString displayRuleName() const;
    /// The alert as `dianjing-cli risk alerts` and the API's /v1/risk/alerts answer it (title and rule in
    /// the current language, with the title's key and arguments).
    QJsonObject toJson() const;
};

/// The alert inbox (table risk_alerts).
class AlertInbox
{
    Q_DECLARE_TR_FUNCTIONS(AlertInbox)
public:
    struct Filter
    {
        bool unreadOnly = false;
        bool openOnly = false; ///< not resolved
        QString uscc; ///< empty = any
    };
    explicit AlertInbox(store::Database& db);
    /// Newest first.
    std::vector<Alert> list(const Filter& filter) const;
    std::vector<Alert> list() const { return list(Filter {}); }
    qint64 unreadCount() const;
    // Each throws RiskError for an unknown id.
    void setRead(qint64 id, bool read);
    void assign(qint64 id, const QString& who);
    void setNote(qint64 id, const QString& note);
    void setResolved(qint64 id, bool resolved);

private:
    void update(const char* sql, qint64 id, const QVariant& value);
    store::Database& m_db;
};

} // namespace dj::risk
