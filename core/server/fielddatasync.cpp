#include "core/server/fielddatasync.h"

#include "core/server/pgconnection.h"
#include "core/server/serverstore.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <optional>

namespace dj::server {

namespace {

using store::Database;
using store::Statement;

const QString kDeleted = QStringLiteral("_deleted");

QStringList list(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

Statement prepare(Database& db, const QString& sql)
{
    return db.prepare(sql.toStdString());
}

QString stateOf(Database& db, const QString& key)
{
    Statement st = db.prepare("SELECT value FROM sync_state WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.columnText(0) : QString();
}

void setStateOf(Database& db, const QString& key, const QString& value)
{
    Statement st = db.prepare("INSERT INTO sync_state(key, value) VALUES(?1, ?2) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.run();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonArray arrayOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QString textOf(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() ? QString() : v.toString();
}

// A stamp's identity: the base an edit was made on is compared with the server's stamp by it.
QString stampId(const QJsonValue& stamp)
{
    const QJsonObject s = stamp.toObject();
    return s.isEmpty()
        ? QString()
        : s.value(QStringLiteral("at")).toString() + u'|' + s.value(QStringLiteral("by")).toString();
}

bool later(const QJsonValue& a, const QJsonValue& b)
{
    const QJsonObject x = a.toObject(), y = b.toObject();
    const QString ax = x.value(QStringLiteral("at")).toString(),
                  ay = y.value(QStringLiteral("at")).toString();
    if (ax != ay)
        return ax > ay;
    return x.value(QStringLiteral("by")).toString() > y.value(QStringLiteral("by")).toString();
}

QJsonObject withoutBase(const QJsonValue& stamp)
{
    QJsonObject s = stamp.toObject();
    s.remove(QStringLiteral("base"));
    return s;
}

QString where(const FieldTable& t)
{
    QStringList conds;
    for (int i = 0; i < t.keys.size(); ++i)
        conds << QStringLiteral("%1 = ?%2").arg(t.keys[i]).arg(i + 1);
    return conds.join(u" AND ");
}

// The row's current values (text; null for NULL), or nothing when it is gone.
std::optional<QJsonObject> readRow(Database& cache, const FieldTable& t, const QJsonArray& key)
{
    Statement st = prepare(
        cache, QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(t.fields.join(u", "), t.name, where(t)));
    for (int i = 0; i < t.keys.size(); ++i)
        st.bind(i + 1, textOf(key.at(i)));
    if (!st.step())
        return std::nullopt;
    QJsonObject o;
    for (int i = 0; i < t.fields.size(); ++i)
        o.insert(t.fields[i], st.isNull(i) ? QJsonValue() : QJsonValue(st.columnText(i)));
    return o;
}

// The enterprise a row belongs to, for its region: its uscc column, or a register member's enterprise.
QString usccOf(Database& cache, const FieldTable& t, const QJsonArray& key, const QJsonObject& vals)
{
    const qsizetype k = t.keys.indexOf(QStringLiteral("uscc"));
    if (k >= 0)
        return textOf(key.at(k));
    if (t.fields.contains(QStringLiteral("uscc")))
        return textOf(vals.value(QStringLiteral("uscc")));
    if (!t.fields.contains(QStringLiteral("register")) && !t.keys.contains(QStringLiteral("register")))
        return {};
    const auto value = [&](const QString& column) {
        const qsizetype i = t.keys.indexOf(column);
        return i >= 0 ? textOf(key.at(i)) : textOf(vals.value(column));
    };
    Statement st
        = cache.prepare("SELECT uscc FROM members WHERE register = ?1 AND person_id = ?2 AND uscc <> '' "
                        "ORDER BY uscc LIMIT 1");
    st.bind(1, value(QStringLiteral("register"))).bind(2, value(QStringLiteral("person_id")));
    return st.step() ? st.columnText(0) : QString();
}

struct Outgoing
{
    const FieldTable* table = nullptr;
    QString key;
    QJsonObject vals, stamps;
    QSet<QString> edited;
    QString uscc;
};

void bindValue(Statement& st, int index, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        st.bindNull(index);
    else
        st.bind(index, v.toString());
}

// Writes a row received from the server into the cache table.
void applyRow(Database& cache, const FieldTable& t, const QJsonArray& key, const QJsonObject& vals)
{
    if (vals.value(kDeleted).toString() == u"1") {
        Statement del = prepare(cache, QStringLiteral("DELETE FROM %1 WHERE %2").arg(t.name, where(t)));
        for (int i = 0; i < t.keys.size(); ++i)
            del.bind(i + 1, textOf(key.at(i)));
        del.run();
        return;
    }
    QStringList sets;
    for (int i = 0; i < t.fields.size(); ++i)
        sets << QStringLiteral("%1 = ?%2").arg(t.fields[i]).arg(t.keys.size() + i + 1);
    Statement up
        = prepare(cache, QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(t.name, sets.join(u", "), where(t)));
    for (int i = 0; i < t.keys.size(); ++i)
        up.bind(i + 1, textOf(key.at(i)));
    for (int i = 0; i < t.fields.size(); ++i)
        bindValue(up, int(t.keys.size()) + i + 1, vals.value(t.fields[i]));
    up.run();
    if (cache.changes() > 0)
        return;
    QStringList cols = t.keys + t.fields, marks;
    for (int i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?%1").arg(i + 1);
    if (t.name == u"risk_alerts") {
        // The alert's rule is this laptop's rule of the same name (rules are not synced), 0 when it has none.
        cols << QStringLiteral("rule_id");
        marks << QStringLiteral(
            "coalesce((SELECT id FROM risk_rules WHERE name = ?1 ORDER BY id LIMIT 1), 0)");
    }
    Statement ins = prepare(cache,
        QStringLiteral("INSERT OR IGNORE INTO %1(%2) VALUES(%3)")
            .arg(t.name, cols.join(u", "), marks.join(u", ")));
    for (int i = 0; i < t.keys.size(); ++i)
        ins.bind(i + 1, textOf(key.at(i)));
    for (int i = 0; i < t.fields.size(); ++i)
        bindValue(ins, int(t.keys.size()) + i + 1, vals.value(t.fields[i]));
    ins.run();
}

} // namespace

const QList<FieldTable>& FieldDataSync::tables()
{
    static const QList<FieldTable> all {
        { QStringLiteral("members"), list({ "register", "person_id", "uscc" }),
            list({ "role", "joined", "note" }), {} },
        { QStringLiteral("member_status"), list({ "register", "person_id" }), list({ "status", "updated" }),
            list({ "updated" }) },
        { QStringLiteral("member_contacts"), list({ "uid" }),
            list({ "register", "person_id", "date", "kind", "note" }), {} },
        { QStringLiteral("park_watch"), list({ "uscc" }), list({ "note", "added" }), list({ "added" }) },
        { QStringLiteral("park_policies"), list({ "name" }), list({ "rule", "builtin", "updated" }),
            list({ "builtin", "updated" }) },
        { QStringLiteral("risk_watch"), list({ "list", "uscc" }), list({ "role", "tier", "root", "added" }),
            list({ "role", "tier", "root", "added" }) },
        { QStringLiteral("risk_alerts"), list({ "rule_name", "uscc", "change_key" }),
            list({ "raised", "severity", "title", "evidence", "read", "assigned", "note", "resolved" }),
            list({ "raised", "severity", "title", "evidence" }) },
    };
    return all;
}

const FieldTable* FieldDataSync::table(const QString& name)
{
    for (const FieldTable& t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

qint64 FieldDataSync::pendingChanges(Database& cache)
{
    return cache.scalarInt("SELECT count(*) FROM (SELECT DISTINCT tbl, key FROM sync_row_changes)");
}

QList<FieldDataConflict> FieldDataSync::conflicts(Database& cache, int limit)
{
    QList<FieldDataConflict> out;
    Statement st
        = cache.prepare("SELECT tbl, key, field, kept, kept_at, kept_by, other, other_at, other_by FROM "
                        "sync_row_conflicts ORDER BY id DESC LIMIT ?1");
    st.bind(1, limit);
    while (st.step())
        out << FieldDataConflict { st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3),
            st.columnText(4), st.columnText(5), st.columnText(6), st.columnText(7), st.columnText(8) };
    return out;
}

void FieldDataSync::push(Database& cache, PgConnection& server, const QString& client, const QString& author,
    const QStringList& allowed, const std::function<void(const QString&)>& onStage, FieldDataReport& report)
{
    QString op = stateOf(cache, QStringLiteral("fd_pending_op"));
    qint64 upTo = stateOf(cache, QStringLiteral("fd_pending_seq")).toLongLong();
    if (op.isEmpty()) {
        upTo = cache.scalarInt("SELECT coalesce(max(seq), 0) FROM sync_row_changes");
        if (upTo == 0)
            return;
        op = QStringLiteral("fd:") + client + u':' + QUuid::createUuid().toString(QUuid::WithoutBraces);
        store::Transaction tx(cache);
        setStateOf(cache, QStringLiteral("fd_pending_op"), op);
        setStateOf(cache, QStringLiteral("fd_pending_seq"), QString::number(upTo));
        tx.commit();
    }
    report.opId = op;

    // The batch: every changed row whole, each field with its stamp (see the class comment).
    QList<Outgoing> batch;
    {
        Statement st
            = cache.prepare("SELECT tbl, key, max(at) FROM sync_row_changes WHERE seq <= ?1 GROUP BY tbl, "
                            "key ORDER BY tbl, key");
        st.bind(1, upTo);
        while (st.step()) {
            const FieldTable* t = table(st.columnText(0));
            if (!t)
                continue;
            Outgoing out { t, st.columnText(1), {}, {}, {}, {} };
            const QJsonArray key = arrayOf(out.key);
            if (key.size() != t->keys.size())
                continue;
            const QString at = st.columnText(2);
            const std::optional<QJsonObject> current = readRow(cache, *t, key);
            QJsonObject shadowVals, shadowStamps;
            bool shadow = false;
            {
                Statement sh
                    = cache.prepare("SELECT vals, stamps FROM sync_rows WHERE tbl = ?1 AND key = ?2");
                sh.bind(1, t->name).bind(2, out.key);
                if (sh.step()) {
                    shadow = true;
                    shadowVals = objectOf(sh.columnText(0).toUtf8());
                    shadowStamps = objectOf(sh.columnText(1).toUtf8());
                }
            }
            if (!current && !shadow)
                continue; // made and removed here before any sync: nothing for the server
            for (const QString& f : t->fields + QStringList { kDeleted }) {
                const QJsonValue now = f == kDeleted
                    ? QJsonValue(current ? QStringLiteral("0") : QStringLiteral("1"))
                    : current ? current->value(f)
                              : shadowVals.value(f);
                out.vals.insert(f, now);
                if (shadow && shadowVals.contains(f) && shadowVals.value(f) == now) {
                    out.stamps.insert(f, shadowStamps.value(f));
                } else {
                    out.stamps.insert(f,
                        QJsonObject { { QStringLiteral("at"), at }, { QStringLiteral("by"), author },
                            { QStringLiteral("base"), stampId(shadowStamps.value(f)) } });
                    out.edited.insert(f);
                }
            }
            out.uscc = usccOf(cache, *t, key, out.vals);
            batch << out;
        }
    }
    report.pushed = int(batch.size());
    if (onStage)
        onStage(QStringLiteral("fielddata-prepared"));

    // Access: a restricted role pushes only rows of its regions; the server's own enterprises say where a
    // row belongs. Refused before anything is applied, with the first offending row named.
    if (!allowed.isEmpty()) {
        for (const Outgoing& out : batch) {
            if (out.uscc.isEmpty())
                continue;
            const QString region = server.scalar(QStringLiteral("SELECT dj_region_of($1)"), { out.uscc });
            bool ok = region.isEmpty();
            for (const QString& a : allowed)
                ok = ok || (!a.isEmpty() && region.startsWith(a));
            if (!ok)
                throw ServerError(
                    tr("Your server role may push field data of the regions %1 only: the %2 row %3 "
                       "belongs to enterprise %4 in region %5. Nothing was pushed; the changes stay "
                       "on this laptop.")
                        .arg(allowed.join(QStringLiteral(", ")), out.table->name, out.key, out.uscc, region));
        }
    }

    {
        PgTransaction tx(server);
        server.query(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), { ServerStore::kFieldWorkLock });
        const PgResult fresh
            = server.query(QStringLiteral("INSERT INTO sync_batches(op_id, client, records) "
                                          "VALUES ($1, $2, $3) ON CONFLICT (op_id) DO NOTHING"),
                { op, client, int(batch.size()) });
        if (fresh.affected() == 0) {
            report.duplicateBatch = true;
        } else {
            const QString source = QStringLiteral("sync:") + client;
            for (const Outgoing& out : batch) {
                const PgResult row = server.query(
                    QStringLiteral(
                        "SELECT vals, stamps, region FROM fd_rows WHERE tbl = $1 AND key = $2 FOR UPDATE"),
                    { out.table->name, out.key });
                if (row.rows() == 0) {
                    QJsonObject stamps;
                    for (auto it = out.stamps.begin(); it != out.stamps.end(); ++it)
                        stamps.insert(it.key(), withoutBase(it.value()));
                    server.query(
                        QStringLiteral("INSERT INTO fd_rows(tbl, key, uscc, vals, stamps) VALUES ($1, $2, "
                                       "$3, $4::jsonb, $5::jsonb)"),
                        { out.table->name, out.key, out.uscc.isNull() ? QStringLiteral("") : out.uscc,
                            compact(out.vals), compact(stamps) });
                    continue;
                }
                QJsonObject vals = objectOf(row.bytes(0, 0)), stamps = objectOf(row.bytes(0, 1));
                const QString region = row.text(0, 2);
                for (const QString& f : out.table->fields + QStringList { kDeleted }) {
                    if (!out.edited.contains(f))
                        continue;
                    const QJsonValue mine = out.vals.value(f), myStamp = out.stamps.value(f);
                    if (!vals.contains(f) || vals.value(f) == mine) {
                        if (!stamps.contains(f) || later(myStamp, stamps.value(f))) {
                            vals.insert(f, mine);
                            stamps.insert(f, withoutBase(myStamp));
                        }
                        continue;
                    }
                    const QJsonValue theirs = vals.value(f), theirStamp = stamps.value(f);
                    if (!stamps.contains(f)
                        || stampId(theirStamp)
                            == myStamp.toObject().value(QStringLiteral("base")).toString()) {
                        vals.insert(f, mine); // edited here on top of the server's value
                        stamps.insert(f, withoutBase(myStamp));
                        continue;
                    }
                    // Edited on both sides: the later edit wins, the other is kept in the history.
                    const bool mineWins = later(myStamp, theirStamp);
                    if (!out.table->quiet.contains(f)) {
                        const QJsonObject keptStamp = (mineWins ? myStamp : theirStamp).toObject();
                        const QJsonObject otherStamp = (mineWins ? theirStamp : myStamp).toObject();
                        server.query(
                            QStringLiteral("INSERT INTO fd_history(tbl, key, field, region, kept, kept_at, "
                                           "kept_by, other, other_at, other_by, source) VALUES ($1, $2, $3, "
                                           "$4, $5, $6, $7, $8, $9, $10, $11)"),
                            { out.table->name, out.key, f, region, textOf(mineWins ? mine : theirs),
                                keptStamp.value(QStringLiteral("at")).toString(),
                                keptStamp.value(QStringLiteral("by")).toString(),
                                textOf(mineWins ? theirs : mine),
                                otherStamp.value(QStringLiteral("at")).toString(),
                                otherStamp.value(QStringLiteral("by")).toString(), source });
                    }
                    if (mineWins) {
                        vals.insert(f, mine);
                        stamps.insert(f, withoutBase(myStamp));
                    }
                }
                // Always a new seq: the pushing laptop pulls the merged row back (it may have lost a field).
                server.query(QStringLiteral(
                                 "UPDATE fd_rows SET vals = $3::jsonb, stamps = $4::jsonb, uscc = $5, seq = "
                                 "nextval('fielddata_seq') WHERE tbl = $1 AND key = $2"),
                    { out.table->name, out.key, compact(vals), compact(stamps),
                        out.uscc.isNull() ? QStringLiteral("") : out.uscc });
            }
        }
        if (onStage)
            onStage(QStringLiteral("fielddata-applying"));
        tx.commit();
    }
    if (onStage)
        onStage(QStringLiteral("fielddata-applied"));

    // Acknowledged: what the batch covered leaves the change log.
    store::Transaction tx(cache);
    Statement del = cache.prepare("DELETE FROM sync_row_changes WHERE seq <= ?1");
    del.bind(1, upTo);
    del.run();
    cache.exec("DELETE FROM sync_state WHERE key IN ('fd_pending_op', 'fd_pending_seq')");
    tx.commit();
}

void FieldDataSync::pull(Database& cache, PgConnection& server, bool whole, FieldDataReport& report)
{
    const qint64 since = whole ? 0 : stateOf(cache, QStringLiteral("fd_seq")).toLongLong();
    const qint64 historySince = stateOf(cache, QStringLiteral("fd_history_id")).toLongLong();
    QStringList patterns;
    for (const QString& r : stateOf(cache, QStringLiteral("regions")).split(u',', Qt::SkipEmptyParts))
        patterns << r + u'%';
    const QString patternArray = u'{' + patterns.join(u',') + u'}';
    PgResult rows, history;
    {
        PgTransaction tx(server);
        server.query(
            QStringLiteral("SELECT pg_advisory_xact_lock_shared($1)"), { ServerStore::kFieldWorkLock });
        // The rows of this laptop's regions and the team-wide ones (the role's row policy filters too).
        rows = server.query(
            QStringLiteral("SELECT tbl, key, vals, stamps, seq FROM fd_rows WHERE seq > $1 AND "
                           "(region = '' OR region LIKE ANY($2::text[])) ORDER BY seq"),
            { since, patternArray });
        history = server.query(
            QStringLiteral("SELECT id, tbl, key, field, kept, kept_at, kept_by, other, other_at, "
                           "other_by, source FROM fd_history WHERE id > $1 AND (region = '' OR "
                           "region LIKE ANY($2::text[])) ORDER BY id"),
            { historySince, patternArray });
        tx.commit();
    }
    qint64 high = since, historyHigh = historySince;
    store::Transaction tx(cache);
    const qint64 logBefore = cache.scalarInt("SELECT coalesce(max(seq), 0) FROM sync_row_changes");
    QSet<QString> pending;
    {
        Statement st = cache.prepare("SELECT DISTINCT tbl || ' ' || key FROM sync_row_changes");
        while (st.step())
            pending.insert(st.columnText(0));
    }
    Statement shadow
        = cache.prepare("INSERT INTO sync_rows(tbl, key, vals, stamps) VALUES (?1, ?2, ?3, ?4) ON "
                        "CONFLICT(tbl, key) DO UPDATE SET vals = excluded.vals, stamps = excluded.stamps");
    for (int i = 0; i < rows.rows(); ++i) {
        high = std::max(high, rows.integer(i, 4));
        const FieldTable* t = table(rows.text(i, 0));
        const QString key = rows.text(i, 1);
        const QJsonArray keyValues = arrayOf(key);
        if (!t || keyValues.size() != t->keys.size())
            continue;
        if (pending.contains(t->name + u' ' + key))
            continue; // edited here since the push: the next push merges it on the server
        applyRow(cache, *t, keyValues, objectOf(rows.bytes(i, 2)));
        shadow.bind(1, t->name).bind(2, key).bind(3, rows.bytes(i, 2)).bind(4, rows.bytes(i, 3));
        shadow.run();
        shadow.reset();
        ++report.pulled;
    }
    Statement conflict
        = cache.prepare("INSERT OR IGNORE INTO sync_row_conflicts(id, tbl, key, field, kept, kept_at, "
                        "kept_by, other, other_at, other_by, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                        "?7, ?8, ?9, ?10, ?11)");
    for (int i = 0; i < history.rows(); ++i) {
        historyHigh = std::max(historyHigh, history.integer(i, 0));
        conflict.bind(1, history.integer(i, 0));
        for (int c = 1; c <= 10; ++c)
            conflict.bind(c + 1, history.text(i, c));
        conflict.run();
        conflict.reset();
        if (cache.changes() > 0)
            report.conflicts << FieldDataConflict { history.text(i, 1), history.text(i, 2),
                history.text(i, 3), history.text(i, 4), history.text(i, 5), history.text(i, 6),
                history.text(i, 7), history.text(i, 8), history.text(i, 9) };
    }
    // What the server sent is not a change made here: it leaves the change log again.
    Statement del = cache.prepare("DELETE FROM sync_row_changes WHERE seq > ?1");
    del.bind(1, logBefore);
    del.run();
    setStateOf(cache, QStringLiteral("fd_seq"), QString::number(high));
    setStateOf(cache, QStringLiteral("fd_history_id"), QString::number(historyHigh));
    tx.commit();
    report.seq = high;
}

} // namespace dj::server
