#include "core/fieldwork/fieldworkstore.h"

#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <limits>

namespace dj::fieldwork {

using store::Database;
using store::Statement;
using store::Transaction;

// ---------------------------------------------------------------------------------------------- Fields

const QStringList& Fields::visitBundle()
{
    static const QStringList f { QStringLiteral("uscc"), QStringLiteral("date"), QStringLiteral("visitor"),
        QStringLiteral("kind"), QStringLiteral("summary"), QStringLiteral("needs"),
        QStringLiteral("follow_up") };
    return f;
}
const QStringList& Fields::visitExtra()
{
    static const QStringList f { QStringLiteral("people"), QStringLiteral("need_categories"),
        QStringLiteral("follow_up_date"), QStringLiteral("task_id"), QStringLiteral("closes_task") };
    return f;
}
const QStringList& Fields::taskBundle()
{
    static const QStringList f { QStringLiteral("uscc"), QStringLiteral("assignee"), QStringLiteral("due"),
        QStringLiteral("status"), QStringLiteral("reason") };
    return f;
}
const QStringList& Fields::taskExtra()
{
    static const QStringList f { QStringLiteral("park_id") };
    return f;
}
QStringList Fields::all(RecordKind kind)
{
    return kind == RecordKind::Visit ? visitBundle() + visitExtra() : taskBundle() + taskExtra();
}
QString Fields::idColumn(RecordKind kind)
{
    return kind == RecordKind::Visit ? QStringLiteral("visit_id") : QStringLiteral("task_id");
}
QString Fields::kindName(RecordKind kind)
{
    return kind == RecordKind::Visit ? QStringLiteral("visit") : QStringLiteral("task");
}
const QStringList& Fields::visitKinds()
{
    static const QStringList k { QStringLiteral("走访"), QStringLiteral("座谈"), QStringLiteral("电话"),
        QStringLiteral("线上") };
    return k;
}
const QStringList& Fields::taskStatuses()
{
    static const QStringList s { QStringLiteral("待办"), QStringLiteral("进行中"), QStringLiteral("已完成"),
        QStringLiteral("已取消") };
    return s;
}
const QStringList& Fields::needCategories()
{
    static const QStringList c { QStringLiteral("用地"), QStringLiteral("融资"), QStringLiteral("人才"),
        QStringLiteral("政策"), QStringLiteral("审批"), QStringLiteral("其他") };
    return c;
}
bool Fields::isOpenStatus(const QString& status)
{
    return status.isEmpty() || status == u"待办" || status == u"进行中";
}

// ----------------------------------------------------------------------------------------------- helpers

namespace {

const QString kDeleted = QStringLiteral("deleted");

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

QString stampsJson(const QHash<QString, Stamp>& stamps)
{
    QJsonObject o;
    for (auto it = stamps.begin(); it != stamps.end(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonObject s { { QStringLiteral("at"), it->at }, { QStringLiteral("by"), it->by } };
        if (!it->base.isEmpty())
            s.insert(QStringLiteral("base"), it->base);
        o.insert(it.key(), s);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QHash<QString, Stamp> parseStamps(const QString& json)
{
    QHash<QString, Stamp> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        out.insert(it.key(),
            Stamp { s.value(QStringLiteral("at")).toString(), s.value(QStringLiteral("by")).toString(),
                s.value(QStringLiteral("base")).toString() });
    }
    return out;
}

QString snapshotJson(const Record& r)
{
    QJsonObject o;
    for (const QString& f : Fields::all(r.kind))
        o.insert(f, r.value(f));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void bindText(Statement& st, int index, const QString& value)
{
    if (value.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, value);
}

// '' rather than NULL, for NOT NULL columns and comparisons.
void bindNotNull(Statement& st, int index, const QString& value)
{
    if (value.isEmpty())
        st.bind(index, std::string_view(""));
    else
        st.bind(index, value);
}

// The park of a record: a task's own park_id, else the park of a building the enterprise is a tenant of.
constexpr const char* kParkOf = "(SELECT b.park_id FROM tenants tn JOIN buildings b ON b.building_id = "
                                "tn.building_id WHERE tn.uscc = %1.uscc AND b.park_id IS NOT NULL LIMIT 1)";

QString selectSql(RecordKind kind)
{
    const bool visit = kind == RecordKind::Visit;
    const QString alias = visit ? QStringLiteral("v") : QStringLiteral("t");
    QStringList cols { alias + u'.' + Fields::idColumn(kind) };
    for (const QString& c : visit ? Fields::visitBundle() : Fields::taskBundle())
        cols << alias + u'.' + c;
    for (const QString& c : visit ? Fields::visitExtra() : Fields::taskExtra())
        cols << QStringLiteral("f.") + c;
    cols << (visit ? QStringLiteral("f.created") : QStringLiteral("t.created"))
         << QStringLiteral("f.created_by") << QStringLiteral("f.stamps") << QStringLiteral("e.name");
    const QString parkOf = QString::fromLatin1(kParkOf).arg(alias);
    cols << (visit ? parkOf : QStringLiteral("COALESCE(NULLIF(f.park_id, ''), %1)").arg(parkOf))
            + QStringLiteral(" AS park_key");
    const QString table = visit ? QStringLiteral("visits") : QStringLiteral("tasks");
    const QString side = visit ? QStringLiteral("fieldwork_visits") : QStringLiteral("fieldwork_tasks");
    const QString id = Fields::idColumn(kind);
    return QStringLiteral(
        "SELECT q.*, p.name AS park_name FROM (SELECT %1 FROM %2 %3 LEFT JOIN %4 f ON f.%5 = "
        "%3.%5 LEFT JOIN enterprises e ON e.uscc = %3.uscc) q LEFT JOIN parks p ON p.park_id = "
        "q.park_key")
        .arg(cols.join(u", "), table, alias, side, id);
}

Record readRow(RecordKind kind, const Statement& st)
{
    Record r;
    r.kind = kind;
    int c = 0;
    r.id = st.columnText(c++);
    for (const QString& f : Fields::all(kind))
        r.values.insert(f, FieldWorkStore::normalise(f, st.columnText(c++)));
    r.created = st.columnText(c++);
    r.createdBy = st.columnText(c++);
    r.stamps = parseStamps(st.columnText(c++));
    r.enterpriseName = st.columnText(c++);
    r.parkId = st.columnText(c++);
    r.parkName = st.columnText(c++);
    return r;
}

} // namespace

// --------------------------------------------------------------------------------------------- the store

FieldWorkStore::FieldWorkStore(Database& db)
    : m_db(db)
{
    // WAL with synchronous=FULL syncs the log on every commit: a saved note survives a power cut too,
    // not only a killed process. The cost (one fsync per autosave, ≤ 1 per second) is invisible.
    m_db.exec("PRAGMA synchronous = FULL");
}

QString FieldWorkStore::now()
{
    QDateTime t = (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
    QString s = t.toString(Qt::ISODateWithMs);
    if (!m_lastStamp.isEmpty() && s <= m_lastStamp) {
        t = QDateTime::fromString(m_lastStamp, Qt::ISODateWithMs).toUTC().addMSecs(1);
        s = t.toString(Qt::ISODateWithMs);
    }
    m_lastStamp = s;
    return s;
}

QString FieldWorkStore::normalise(const QString& field, const QString& value)
{
    if (field == u"closes_task") {
        const QString v = value.trimmed().toLower();
        return (v == u"1" || v == u"true" || v == u"是" || v == u"yes") ? QStringLiteral("1")
                                                                        : QStringLiteral("0");
    }
    if (field == u"need_categories") {
        QStringList parts;
        for (const QString& p : value.split(QRegularExpression(QStringLiteral("[|,，、;；]"))))
            if (!p.trimmed().isEmpty())
                parts << p.trimmed();
        QStringList out;
        for (const QString& c : Fields::needCategories())
            if (parts.contains(c))
                out << c;
        for (const QString& p : parts) // unknown ones stay visible (checkValue refuses them on input)
            if (!out.contains(p))
                out << p;
        return out.join(u'|');
    }
    if (field == u"date" || field == u"due" || field == u"follow_up_date" || field == u"uscc"
        || field == u"task_id" || field == u"park_id" || field == u"status" || field == u"kind")
        return value.trimmed();
    return value;
}

QString FieldWorkStore::checkValue(RecordKind kind, const QString& field, const QString& value)
{
    if (!Fields::all(kind).contains(field))
        return tr("unknown field %1").arg(field);
    const QString v = normalise(field, value);
    if (v.size() > 200000)
        return tr("%1 is longer than 200,000 characters").arg(field);
    if ((field == u"date" || field == u"due" || field == u"follow_up_date") && !v.isEmpty()) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (v.size() != 10 || !d.isValid())
            return tr("%1 must be a date YYYY-MM-DD, not \"%2\"").arg(field, v.left(40));
    }
    if (kind == RecordKind::Visit && field == u"kind" && !v.isEmpty() && !Fields::visitKinds().contains(v))
        return tr("kind must be one of %1, not \"%2\"").arg(Fields::visitKinds().join(u'/'), v.left(40));
    if (kind == RecordKind::Task && field == u"status" && !v.isEmpty() && !Fields::taskStatuses().contains(v))
        return tr("status must be one of %1, not \"%2\"").arg(Fields::taskStatuses().join(u'/'), v.left(40));
    if (field == u"need_categories" && !v.isEmpty())
        for (const QString& c : v.split(u'|'))
            if (!Fields::needCategories().contains(c))
                return tr("need category must be one of %1, not \"%2\"")
                    .arg(Fields::needCategories().join(u'/'), c.left(40));
    if (field == u"closes_task") {
        const QString raw = value.trimmed().toLower();
        if (!raw.isEmpty() && raw != u"0" && raw != u"1" && raw != u"true" && raw != u"false" && raw != u"是"
            && raw != u"否" && raw != u"yes" && raw != u"no")
            return tr("closes_task must be 0 or 1, not \"%1\"").arg(value.left(40));
    }
    if ((field == u"uscc" || field == u"task_id" || field == u"park_id") && v.size() > 64)
        return tr("%1 is too long for an identifier").arg(field);
    return {};
}

QList<Record> FieldWorkStore::select(
    RecordKind kind, const QString& where, const QList<QVariant>& binds, int limit) const
{
    QString sql = selectSql(kind);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += kind == RecordKind::Visit ? QStringLiteral(" ORDER BY q.date DESC, q.visit_id")
                                     : QStringLiteral(" ORDER BY q.due IS NULL, q.due, q.task_id");
    sql += QStringLiteral(" LIMIT ") + QString::number(std::max(1, limit));
    Statement st = m_db.prepare(utf8(sql).toStdString());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    QList<Record> out;
    while (st.step())
        out << readRow(kind, st);
    return out;
}

QList<Record> FieldWorkStore::tasks(const TaskQuery& q) const
{
    QStringList where;
    QList<QVariant> binds;
    auto add = [&](const QString& cond, const QVariant& v) {
        binds << v;
        where << QString(cond).replace(QStringLiteral("?"), QStringLiteral("?%1").arg(binds.size()));
    };
    if (!q.assignee.isEmpty())
        add(QStringLiteral("q.assignee = ?"), q.assignee);
    if (!q.status.isEmpty())
        add(QStringLiteral("q.status = ?"), q.status);
    if (!q.reason.isEmpty())
        add(QStringLiteral("q.reason = ?"), q.reason);
    if (!q.parkId.isEmpty())
        add(QStringLiteral("q.park_key = ?"), q.parkId);
    if (!q.uscc.isEmpty())
        add(QStringLiteral("q.uscc = ?"), q.uscc);
    if (!q.usccs.isEmpty())
        add(QStringLiteral("q.uscc IN (SELECT value FROM json_each(?))"),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(q.usccs)).toJson(QJsonDocument::Compact)));
    if (q.dueFrom.isValid())
        add(QStringLiteral("q.due >= ?"), q.dueFrom.toString(Qt::ISODate));
    if (q.dueTo.isValid())
        add(QStringLiteral("q.due <= ?"), q.dueTo.toString(Qt::ISODate));
    if (q.overdueOnly)
        add(QStringLiteral("(q.status IS NULL OR q.status IN ('待办','进行中')) AND q.due < ?"),
            QDate::currentDate().toString(Qt::ISODate));
    return select(RecordKind::Task, where.join(QStringLiteral(" AND ")), binds, q.limit);
}

QList<Record> FieldWorkStore::visits(const VisitQuery& q) const
{
    QStringList where;
    QList<QVariant> binds;
    auto add = [&](const QString& cond, const QVariant& v) {
        binds << v;
        where << QString(cond).replace(QStringLiteral("?"), QStringLiteral("?%1").arg(binds.size()));
    };
    if (!q.uscc.isEmpty())
        add(QStringLiteral("q.uscc = ?"), q.uscc);
    if (!q.usccs.isEmpty())
        add(QStringLiteral("q.uscc IN (SELECT value FROM json_each(?))"),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(q.usccs)).toJson(QJsonDocument::Compact)));
    if (!q.taskId.isEmpty())
        add(QStringLiteral("q.task_id = ?"), q.taskId);
    if (!q.parkId.isEmpty())
        add(QStringLiteral("q.park_key = ?"), q.parkId);
    if (q.from.isValid())
        add(QStringLiteral("q.date >= ?"), q.from.toString(Qt::ISODate));
    if (q.to.isValid())
        add(QStringLiteral("q.date <= ?"), q.to.toString(Qt::ISODate));
    return select(RecordKind::Visit, where.join(QStringLiteral(" AND ")), binds, q.limit);
}

std::optional<Record> FieldWorkStore::record(RecordKind kind, const QString& id) const
{
    const QString idCol = Fields::idColumn(kind);
    const QList<Record> live = select(kind, QStringLiteral("q.%1 = ?1").arg(idCol), { id }, 1);
    if (!live.isEmpty())
        return live.first();
    const QString side
        = kind == RecordKind::Visit ? QStringLiteral("fieldwork_visits") : QStringLiteral("fieldwork_tasks");
    const QString created = kind == RecordKind::Visit ? QStringLiteral("created") : QStringLiteral("NULL");
    Statement st
        = m_db.prepare(utf8(QStringLiteral("SELECT snapshot, stamps, %1, created_by FROM %2 WHERE %3 = ?1 "
                                           "AND deleted = 1")
                                .arg(created, side, idCol))
                           .toStdString());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Record r;
    r.kind = kind;
    r.id = id;
    r.deleted = true;
    const QJsonObject snap = QJsonDocument::fromJson(st.columnText(0).toUtf8()).object();
    for (const QString& f : Fields::all(kind))
        r.values.insert(f, normalise(f, snap.value(f).toString()));
    r.stamps = parseStamps(st.columnText(1));
    r.created
        = kind == RecordKind::Visit ? st.columnText(2) : snap.value(QStringLiteral("created")).toString();
    r.createdBy = st.columnText(3);
    return r;
}

QList<Record> FieldWorkStore::deletedRecords(RecordKind kind) const
{
    const QString side
        = kind == RecordKind::Visit ? QStringLiteral("fieldwork_visits") : QStringLiteral("fieldwork_tasks");
    Statement st = m_db.prepare(utf8(
        QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 1 ORDER BY %1").arg(Fields::idColumn(kind), side))
                                    .toStdString());
    QList<Record> out;
    while (st.step())
        if (auto r = record(kind, st.columnText(0)))
            out << *r;
    return out;
}

QList<Record> FieldWorkStore::allRecords(RecordKind kind) const
{
    QList<Record> out = select(kind, {}, {}, std::numeric_limits<int>::max());
    out += deletedRecords(kind);
    std::sort(out.begin(), out.end(), [](const Record& a, const Record& b) { return a.id < b.id; });
    return out;
}

QList<HistoryEntry> FieldWorkStore::history(const QString& recordId) const
{
    Statement st
        = m_db.prepare("SELECT id, record_kind, at, author, action, field, old_value, new_value, source "
                       "FROM fieldwork_history WHERE record_id = ?1 ORDER BY at, id");
    st.bind(1, recordId);
    QList<HistoryEntry> out;
    while (st.step()) {
        HistoryEntry h;
        h.id = st.columnInt(0);
        h.kind = st.columnText(1) == u"task" ? RecordKind::Task : RecordKind::Visit;
        h.recordId = recordId;
        h.at = st.columnText(2);
        h.author = st.columnText(3);
        h.action = st.columnText(4);
        h.field = st.columnText(5);
        h.oldValue = st.columnText(6);
        h.newValue = st.columnText(7);
        h.source = st.columnText(8);
        out << h;
    }
    return out;
}

QStringList FieldWorkStore::assignees() const
{
    Statement st
        = m_db.prepare("SELECT DISTINCT assignee FROM tasks WHERE assignee IS NOT NULL AND assignee <> '' "
                       "ORDER BY assignee");
    QStringList out;
    while (st.step())
        out << st.columnText(0);
    return out;
}

QStringList FieldWorkStore::reasons() const
{
    Statement st = m_db.prepare(
        "SELECT DISTINCT reason FROM tasks WHERE reason IS NOT NULL AND reason <> '' ORDER BY reason");
    QStringList out;
    while (st.step())
        out << st.columnText(0);
    return out;
}

QList<QPair<QString, QString>> FieldWorkStore::parks() const
{
    Statement st = m_db.prepare("SELECT park_id, name FROM parks ORDER BY name");
    QList<QPair<QString, QString>> out;
    while (st.step())
        out << qMakePair(st.columnText(0), st.columnText(1));
    return out;
}

// ------------------------------------------------------------------------------------------------ writes

void FieldWorkStore::put(const Record& r)
{
    const bool visit = r.kind == RecordKind::Visit;
    const QString idCol = Fields::idColumn(r.kind);
    const QString table = visit ? QStringLiteral("visits") : QStringLiteral("tasks");
    const QString side = visit ? QStringLiteral("fieldwork_visits") : QStringLiteral("fieldwork_tasks");
    const QStringList bundle = visit ? Fields::visitBundle() : Fields::taskBundle();
    const QStringList extra = visit ? Fields::visitExtra() : Fields::taskExtra();

    if (r.deleted) {
        Statement del = m_db.prepare(
            utf8(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1").arg(table, idCol)).toStdString());
        del.bind(1, r.id);
        del.run();
    } else {
        QStringList cols = bundle;
        if (!visit)
            cols << QStringLiteral("created");
        QStringList marks, sets;
        for (int i = 0; i < cols.size(); ++i) {
            marks << QStringLiteral("?%1").arg(i + 2);
            sets << QStringLiteral("%1 = excluded.%1").arg(cols[i]);
        }
        Statement st
            = m_db.prepare(utf8(QStringLiteral("INSERT INTO %1(%2, %3) VALUES(?1, %4) ON CONFLICT(%2) DO "
                                               "UPDATE SET %5")
                                    .arg(table, idCol, cols.join(u", "), marks.join(u", "), sets.join(u", ")))
                               .toStdString());
        st.bind(1, r.id);
        for (int i = 0; i < bundle.size(); ++i)
            bindText(st, i + 2, r.value(bundle[i]));
        if (!visit)
            bindText(st, int(bundle.size()) + 2, r.created);
        st.run();
    }

    QStringList cols = extra;
    if (visit)
        cols << QStringLiteral("created");
    cols << QStringLiteral("created_by") << kDeleted << QStringLiteral("stamps")
         << QStringLiteral("snapshot");
    QStringList marks, sets;
    for (int i = 0; i < cols.size(); ++i) {
        marks << QStringLiteral("?%1").arg(i + 2);
        sets << QStringLiteral("%1 = excluded.%1").arg(cols[i]);
    }
    Statement st
        = m_db.prepare(utf8(QStringLiteral("INSERT INTO %1(%2, %3) VALUES(?1, %4) ON CONFLICT(%2) DO UPDATE "
                                           "SET %5")
                                .arg(side, idCol, cols.join(u", "), marks.join(u", "), sets.join(u", ")))
                           .toStdString());
    int i = 1;
    st.bind(i++, r.id);
    for (const QString& f : extra) {
        if (f == u"closes_task")
            st.bind(i++, qint64(r.value(f) == u"1" ? 1 : 0));
        else
            bindText(st, i++, r.value(f));
    }
    if (visit)
        bindText(st, i++, r.created);
    bindText(st, i++, r.createdBy);
    st.bind(i++, qint64(r.deleted ? 1 : 0));
    st.bind(i++, stampsJson(r.stamps));
    if (r.deleted) {
        Record snap = r;
        if (!visit)
            snap.values.insert(QStringLiteral("created"), r.created);
        QJsonObject o = QJsonDocument::fromJson(snapshotJson(r).toUtf8()).object();
        if (!visit)
            o.insert(QStringLiteral("created"), r.created);
        st.bind(i++, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        st.bindNull(i++);
    }
    st.run();
}

void FieldWorkStore::addHistory(const HistoryEntry& h)
{
    Statement st
        = m_db.prepare("INSERT INTO fieldwork_history(record_kind, record_id, at, author, action, field, "
                       "old_value, new_value, source) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    st.bind(1, Fields::kindName(h.kind)).bind(2, h.recordId);
    bindNotNull(st, 3, h.at);
    bindNotNull(st, 4, h.author);
    st.bind(5, h.action);
    bindNotNull(st, 6, h.field);
    bindText(st, 7, h.oldValue);
    bindText(st, 8, h.newValue);
    bindText(st, 9, h.source);
    st.run();
}

bool FieldWorkStore::hasConflict(
    const QString& recordId, const QString& field, const Stamp& loser, const QString& value) const
{
    Statement st
        = m_db.prepare("SELECT count(*) FROM fieldwork_history WHERE record_id = ?1 AND field = ?2 AND "
                       "action = 'conflict' AND at = ?3 AND author = ?4 AND coalesce(old_value, '') = ?5");
    st.bind(1, recordId);
    bindNotNull(st, 2, field);
    bindNotNull(st, 3, loser.at);
    bindNotNull(st, 4, loser.by);
    bindNotNull(st, 5, value);
    return st.step() && st.columnInt(0) > 0;
}

void FieldWorkStore::applyChanges(Record& r, const QHash<QString, QString>& changes, const QString& at)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString field = it.key();
        const QString value = normalise(field, it.value());
        const QString old = r.value(field);
        if (old == value)
            continue;
        const Stamp prev = r.stamps.value(field);
        // An edit by the same author continues that author's lineage; on another's value it builds on it.
        const Stamp stamp { at, m_author, prev.by == m_author && !prev.isEmpty() ? prev.base : prev.at };
        r.values.insert(field, value);
        r.stamps.insert(field, stamp);

        // Typing saves every second or so: one history line per field and editing session (10 minutes).
        Statement last
            = m_db.prepare("SELECT id, author, action, at FROM fieldwork_history WHERE record_id = ?1 "
                           "AND field = ?2 ORDER BY id DESC LIMIT 1");
        last.bind(1, r.id).bind(2, field);
        bool coalesced = false;
        if (last.step() && last.columnText(1) == m_author && last.columnText(2) == u"edit") {
            const QDateTime then = QDateTime::fromString(last.columnText(3), Qt::ISODateWithMs);
            const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
            if (then.isValid() && when.isValid() && then.msecsTo(when) < 10 * 60 * 1000) {
                Statement up
                    = m_db.prepare("UPDATE fieldwork_history SET new_value = ?1, at = ?2 WHERE id = ?3");
                bindText(up, 1, value);
                up.bind(2, at).bind(3, last.columnInt(0));
                up.run();
                coalesced = true;
            }
        }
        if (!coalesced)
            addHistory({ 0, r.kind, r.id, at, m_author, QStringLiteral("edit"), field, old, value, {} });
    }
}

QString FieldWorkStore::insertRecord(RecordKind kind, QHash<QString, QString> values, const QString& created)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        if (const QString problem = checkValue(kind, it.key(), it.value()); !problem.isEmpty())
            throw FieldWorkError(tr("Cannot save the record: %1.").arg(problem));
    Record r;
    r.kind = kind;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = now();
    r.created = created.isEmpty() ? at : created;
    r.createdBy = m_author;
    for (const QString& f : Fields::all(kind))
        r.values.insert(f, normalise(f, values.value(f)));
    for (const QString& f : Fields::all(kind))
        if (!r.value(f).isEmpty() && !(f == u"closes_task" && r.value(f) == u"0"))
            r.stamps.insert(f, Stamp { at, m_author, {} });
    put(r);
    addHistory({ 0, kind, r.id, at, m_author, QStringLiteral("create"), {}, {}, snapshotJson(r), {} });
    if (kind == RecordKind::Visit)
        setTaskStatusForVisit(r, at);
    return r.id;
}

QString FieldWorkStore::createVisit(const QHash<QString, QString>& values)
{
    Transaction tx(m_db);
    const QString id = insertRecord(RecordKind::Visit, values, {});
    tx.commit();
    return id;
}

QString FieldWorkStore::createTask(const QHash<QString, QString>& values)
{
    QHash<QString, QString> v = values;
    if (v.value(QStringLiteral("status")).isEmpty())
        v.insert(QStringLiteral("status"), QStringLiteral("待办"));
    Transaction tx(m_db);
    const QString id = insertRecord(RecordKind::Task, v, QDate::currentDate().toString(Qt::ISODate));
    tx.commit();
    return id;
}

void FieldWorkStore::setTaskStatusForVisit(const Record& visit, const QString& at)
{
    const QString taskId = visit.value("task_id");
    if (taskId.isEmpty())
        return;
    std::optional<Record> task = record(RecordKind::Task, taskId);
    if (!task || task->deleted)
        return;
    const QString status = task->value("status");
    QString target;
    if (visit.value("closes_task") == u"1" && Fields::isOpenStatus(status))
        target = QStringLiteral("已完成");
    else if (status.isEmpty() || status == u"待办")
        target = QStringLiteral("进行中"); // a visit was made: the task is under way
    if (target.isEmpty() || target == status)
        return;
    applyChanges(*task, { { QStringLiteral("status"), target } }, at);
    put(*task);
}

void FieldWorkStore::update(RecordKind kind, const QString& id, const QHash<QString, QString>& changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (const QString problem = checkValue(kind, it.key(), it.value()); !problem.isEmpty())
            throw FieldWorkError(tr("Cannot save the record: %1.").arg(problem));
    Transaction tx(m_db);
    std::optional<Record> r = record(kind, id);
    if (!r)
        throw FieldWorkError(tr("No record %1 in this cache.").arg(id));
    if (r->deleted)
        throw FieldWorkError(tr("The record %1 is deleted; restore it first.").arg(id));
    const Record before = *r;
    const QString at = now();
    applyChanges(*r, changes, at);
    if (r->values == before.values)
        return; // nothing changed: nothing written
    put(*r);
    if (kind == RecordKind::Visit
        && (r->value("closes_task") != before.value("closes_task")
            || r->value("task_id") != before.value("task_id")))
        setTaskStatusForVisit(*r, at);
    tx.commit();
}

void FieldWorkStore::remove(RecordKind kind, const QString& id)
{
    Transaction tx(m_db);
    std::optional<Record> r = record(kind, id);
    if (!r)
        throw FieldWorkError(tr("No record %1 in this cache.").arg(id));
    if (r->deleted)
        return;
    const QString at = now();
    const Stamp prev = r->stamps.value(kDeleted);
    r->deleted = true;
    r->stamps.insert(kDeleted, Stamp { at, m_author, prev.by == m_author ? prev.base : prev.at });
    put(*r);
    addHistory({ 0, kind, id, at, m_author, QStringLiteral("delete"), {}, {}, {}, {} });
    tx.commit();
}

void FieldWorkStore::restore(RecordKind kind, const QString& id)
{
    Transaction tx(m_db);
    std::optional<Record> r = record(kind, id);
    if (!r)
        throw FieldWorkError(tr("No record %1 in this cache.").arg(id));
    if (!r->deleted)
        return;
    const QString at = now();
    const Stamp prev = r->stamps.value(kDeleted);
    r->deleted = false;
    r->stamps.insert(kDeleted, Stamp { at, m_author, prev.by == m_author ? prev.base : prev.at });
    put(*r);
    addHistory({ 0, kind, id, at, m_author, QStringLiteral("restore"), {}, {}, {}, {} });
    tx.commit();
}

FieldWorkStore::Generated FieldWorkStore::generateTasks(
    const QStringList& usccs, const QString& reason, const QHash<QString, QString>& defaults)
{
    if (reason.trimmed().isEmpty())
        throw FieldWorkError(tr("Generated tasks need a reason (e.g. 外迁风险核实)."));
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        if (const QString problem = checkValue(RecordKind::Task, it.key(), it.value()); !problem.isEmpty())
            throw FieldWorkError(tr("Cannot create the tasks: %1.").arg(problem));
    Generated out;
    Transaction tx(m_db);
    Statement known = m_db.prepare("SELECT count(*) FROM enterprises WHERE uscc = ?1");
    Statement open = m_db.prepare("SELECT count(*) FROM tasks WHERE uscc = ?1 AND reason = ?2 AND "
                                  "(status IS NULL OR status IN ('待办','进行中'))");
    QSet<QString> seen;
    for (const QString& raw : usccs) {
        const QString uscc = raw.trimmed().toUpper();
        if (uscc.isEmpty() || seen.contains(uscc))
            continue;
        seen.insert(uscc);
        known.bind(1, uscc);
        const bool exists = known.step() && known.columnInt(0) > 0;
        known.reset();
        if (!exists) {
            out.unknown << uscc;
            continue;
        }
        open.bind(1, uscc).bind(2, reason.trimmed());
        const bool already = open.step() && open.columnInt(0) > 0;
        open.reset();
        if (already) {
            out.alreadyOpen << uscc;
            continue;
        }
        QHash<QString, QString> v = defaults;
        v.insert(QStringLiteral("uscc"), uscc);
        v.insert(QStringLiteral("reason"), reason.trimmed());
        if (v.value(QStringLiteral("status")).isEmpty())
            v.insert(QStringLiteral("status"), QStringLiteral("待办"));
        out.created << insertRecord(RecordKind::Task, v, QDate::currentDate().toString(Qt::ISODate));
    }
    tx.commit();
    return out;
}

} // namespace dj::fieldwork
