#include "core/server/syncclient.h"

#include "core/codes/uscc.h"
#include "core/fieldwork/fieldworkmerge.h"
#include "core/fieldwork/fieldworkstore.h"
#include "core/io/tableschema.h"
#include "core/server/pgconnection.h"
#include "core/server/serverschema.h"
#include "core/server/serverstore.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cstdio>

namespace dj::server {

namespace {

using fieldwork::FieldWorkMerge;
using fieldwork::FieldWorkStore;
using fieldwork::Record;
using fieldwork::RecordKind;
using fieldwork::Stamp;
using store::Database;
using store::Statement;

QString kindName(RecordKind k)
{
    return k == RecordKind::Visit ? QStringLiteral("visit") : QStringLiteral("task");
}

void setState(Database& db, const QString& key, const QString& value)
{
    Statement st = db.prepare("INSERT INTO sync_state(key, value) VALUES(?1, ?2) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.run();
}

void clearState(Database& db, const QString& key)
{
    Statement st = db.prepare("DELETE FROM sync_state WHERE key = ?1");
    st.bind(1, key);
    st.run();
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject valuesJson(const Record& r)
{
    QJsonObject o;
    for (const QString& f : fieldwork::Fields::all(r.kind))
        o.insert(f, r.value(f));
    return o;
}

QJsonObject stampsJson(const Record& r)
{
    QJsonObject o;
    for (auto it = r.stamps.begin(); it != r.stamps.end(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonObject s { { QStringLiteral("at"), it->at }, { QStringLiteral("by"), it->by } };
        if (!it->base.isEmpty())
            s.insert(QStringLiteral("base"), it->base);
        o.insert(it.key(), s);
    }
    return o;
}

// A server row (kind, id, vals, stamps, deleted, created, created_by) as a Record.
Record recordOf(const PgResult& r, int row)
{
    Record rec;
    rec.kind = r.text(row, 0) == u"visit" ? RecordKind::Visit : RecordKind::Task;
    rec.id = r.text(row, 1);
    const QJsonObject vals = QJsonDocument::fromJson(r.bytes(row, 2)).object();
    for (const QString& f : fieldwork::Fields::all(rec.kind))
        rec.values.insert(f, FieldWorkStore::normalise(f, vals.value(f).toString()));
    const QJsonObject stamps = QJsonDocument::fromJson(r.bytes(row, 3)).object();
    for (auto it = stamps.begin(); it != stamps.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        rec.stamps.insert(it.key(),
            Stamp { s.value(QStringLiteral("at")).toString(), s.value(QStringLiteral("by")).toString(),
                s.value(QStringLiteral("base")).toString() });
    }
    rec.deleted = r.text(row, 4) == u"t";
    rec.created = r.text(row, 5);
    rec.createdBy = r.text(row, 6);
    return rec;
}

QJsonObject conflictJson(const fieldwork::Conflict& c)
{
    return { { QStringLiteral("kind"), kindName(c.kind) }, { QStringLiteral("id"), c.id },
        { QStringLiteral("field"), c.field }, { QStringLiteral("kept"), c.kept },
        { QStringLiteral("kept_at"), c.keptAt }, { QStringLiteral("kept_by"), c.keptBy },
        { QStringLiteral("other"), c.other }, { QStringLiteral("other_at"), c.otherAt },
        { QStringLiteral("other_by"), c.otherBy } };
}

void addServerHistory(PgConnection& server, const fieldwork::HistoryEntry& h)
{
    server.query(QStringLiteral("INSERT INTO fw_history(record_kind, record_id, at, author, action, field, "
                                "old_value, new_value, source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
        { kindName(h.kind), h.recordId, h.at.isNull() ? QStringLiteral("") : h.at,
            h.author.isNull() ? QStringLiteral("") : h.author, h.action,
            h.field.isNull() ? QStringLiteral("") : h.field, h.oldValue, h.newValue, h.source });
}

void writeServerRecord(PgConnection& server, const Record& r)
{
    server.query(
        QStringLiteral("INSERT INTO fw_records(kind, id, vals, stamps, deleted, created, created_by) "
                       "VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7) ON CONFLICT (kind, id) DO "
                       "UPDATE SET vals = EXCLUDED.vals, stamps = EXCLUDED.stamps, deleted = "
                       "EXCLUDED.deleted, created = EXCLUDED.created, created_by = EXCLUDED.created_by, "
                       "seq = nextval('fieldwork_seq')"),
        { kindName(r.kind), r.id, json(valuesJson(r)), json(stampsJson(r)), r.deleted, r.created,
            r.createdBy });
}

// ---------------------------------------------------------------------------------------------- push

void push(Database& cache, PgConnection& server, const SyncOptions& options, const QString& client,
    SyncReport& report)
{
    QString op = SyncClient::state(cache, QStringLiteral("pending_op"));
    qint64 upTo = SyncClient::state(cache, QStringLiteral("pending_seq")).toLongLong();
    if (op.isEmpty()) {
        upTo = cache.scalarInt("SELECT coalesce(max(seq), 0) FROM sync_changes");
        if (upTo == 0)
            return;
        op = client + u':' + QUuid::createUuid().toString(QUuid::WithoutBraces);
        store::Transaction tx(cache);
        setState(cache, QStringLiteral("pending_op"), op);
        setState(cache, QStringLiteral("pending_seq"), QString::number(upTo));
        tx.commit();
    }
    report.opId = op;

    FieldWorkStore store(cache);
    QList<Record> records;
    {
        Statement st = cache.prepare("SELECT DISTINCT kind, record_id FROM sync_changes WHERE seq <= ?1 "
                                     "ORDER BY kind, record_id");
        st.bind(1, upTo);
        while (st.step()) {
            const RecordKind kind = st.columnText(0) == u"visit" ? RecordKind::Visit : RecordKind::Task;
            if (std::optional<Record> r = store.record(kind, st.columnText(1)))
                records << *r;
        }
    }
    report.pushed = int(records.size());
    if (options.onStage)
        options.onStage(QStringLiteral("push-prepared"));

    {
        PgTransaction tx(server);
        server.query(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), { ServerStore::kFieldWorkLock });
        const PgResult fresh
            = server.query(QStringLiteral("INSERT INTO sync_batches(op_id, client, records) "
                                          "VALUES ($1, $2, $3) ON CONFLICT (op_id) DO NOTHING"),
                { op, client, int(records.size()) });
        if (fresh.affected() == 0) {
            report.duplicateBatch = true;
        } else {
            const QString source = QStringLiteral("sync:") + client;
            const auto known = [&](const QString& id, const QString& field, const Stamp& loser,
                                   const QString& value) {
                return server
                           .scalar(QStringLiteral("SELECT count(*) FROM fw_history WHERE record_id = $1 AND "
                                                  "field = $2 AND action = 'conflict' AND at = $3 AND author "
                                                  "= $4 AND coalesce(old_value, '') = $5"),
                               { id, field, loser.at.isNull() ? QStringLiteral("") : loser.at,
                                   loser.by.isNull() ? QStringLiteral("") : loser.by,
                                   value.isNull() ? QStringLiteral("") : value })
                           .toLongLong()
                    > 0;
            };
            QJsonArray conflicts;
            for (const Record& local : records) {
                const PgResult row = server.query(
                    QStringLiteral(
                        "SELECT kind, id, vals, stamps, deleted, created, created_by FROM fw_records "
                        "WHERE kind = $1 AND id = $2 FOR UPDATE"),
                    { kindName(local.kind), local.id });
                if (row.rows() == 0) {
                    writeServerRecord(server, local);
                    addServerHistory(server, FieldWorkMerge::addedEntry(local, source));
                    continue;
                }
                const Record onServer = recordOf(row, 0);
                const FieldWorkMerge::Outcome m = FieldWorkMerge::merge(
                    onServer, local, FieldWorkMerge::allFields(local.kind), source, known);
                for (const fieldwork::HistoryEntry& h : m.history)
                    addServerHistory(server, h);
                for (const fieldwork::Conflict& c : m.conflicts) {
                    report.conflicts << c;
                    conflicts.append(conflictJson(c));
                }
                if (m.changed)
                    writeServerRecord(server, m.merged);
            }
            server.query(QStringLiteral("UPDATE sync_batches SET conflicts = $2::jsonb WHERE op_id = $1"),
                { op, QString::fromUtf8(QJsonDocument(conflicts).toJson(QJsonDocument::Compact)) });
        }
        if (options.onStage)
            options.onStage(QStringLiteral("push-applying"));
        tx.commit();
    }
    if (options.onStage)
        options.onStage(QStringLiteral("push-applied"));

    // Acknowledged: what the batch covered leaves the change log.
    store::Transaction tx(cache);
    Statement del = cache.prepare("DELETE FROM sync_changes WHERE seq <= ?1");
    del.bind(1, upTo);
    del.run();
    clearState(cache, QStringLiteral("pending_op"));
    clearState(cache, QStringLiteral("pending_seq"));
    tx.commit();
}

// ----------------------------------------------------------------------------------- pull field work

void pullFieldWork(Database& cache, PgConnection& server, const SyncOptions& options, SyncReport& report)
{
    const qint64 since = SyncClient::state(cache, QStringLiteral("fieldwork_seq")).toLongLong();
    const qint64 historySince = SyncClient::state(cache, QStringLiteral("history_id")).toLongLong();
    PgResult rows, history;
    qint64 high = since, historyHigh = historySince;
    {
        // Under the shared lock no push can commit, so nothing with a smaller seq appears later.
        PgTransaction tx(server);
        server.query(
            QStringLiteral("SELECT pg_advisory_xact_lock_shared($1)"), { ServerStore::kFieldWorkLock });
        rows = server.query(
            QStringLiteral("SELECT kind, id, vals, stamps, deleted, created, created_by, seq FROM "
                           "fw_records WHERE seq > $1 ORDER BY seq"),
            { since });
        // Conflicts the server found in other laptops' pushes: shown here too, even where this cache
        // already holds the winning version (its own merge then sees no difference).
        history = server.query(
            QStringLiteral("SELECT id, record_kind, record_id, at, author, field, old_value, "
                           "new_value, source FROM fw_history WHERE action = 'conflict' AND id > "
                           "$1 ORDER BY id"),
            { historySince });
        tx.commit();
    }
    FieldWorkStore store(cache);
    store.setAuthor(options.author);
    const QString source = QStringLiteral("server");
    store::Transaction tx(cache);
    const qint64 logBefore = cache.scalarInt("SELECT coalesce(max(seq), 0) FROM sync_changes");
    for (int i = 0; i < rows.rows(); ++i) {
        const Record incoming = recordOf(rows, i);
        high = std::max(high, rows.integer(i, 7));
        ++report.pulled;
        const std::optional<Record> local = store.record(incoming.kind, incoming.id);
        if (!local) {
            store.put(incoming);
            store.addHistory(FieldWorkMerge::addedEntry(incoming, source));
            continue;
        }
        const FieldWorkMerge::Outcome m
            = FieldWorkMerge::merge(*local, incoming, FieldWorkMerge::allFields(incoming.kind), source,
                [&](const QString& id, const QString& field, const Stamp& loser, const QString& value) {
                    return store.hasConflict(id, field, loser, value);
                });
        for (const fieldwork::HistoryEntry& h : m.history)
            store.addHistory(h);
        report.conflicts += m.conflicts;
        if (m.changed)
            store.put(m.merged);
    }
    for (int i = 0; i < history.rows(); ++i) {
        historyHigh = std::max(historyHigh, history.integer(i, 0));
        const RecordKind kind = history.text(i, 1) == u"visit" ? RecordKind::Visit : RecordKind::Task;
        const QString id = history.text(i, 2), field = history.text(i, 5), loser = history.text(i, 6);
        const Stamp stamp { history.text(i, 3), history.text(i, 4), {} };
        if (store.hasConflict(id, field, stamp, loser.isNull() ? QStringLiteral("") : loser))
            continue;
        store.addHistory({ 0, kind, id, stamp.at, stamp.by, QStringLiteral("conflict"), field, loser,
            history.text(i, 7), history.text(i, 8) });
        report.conflicts << fieldwork::Conflict { kind, id, field, history.text(i, 7), {}, {}, loser,
            stamp.at, stamp.by };
    }
    setState(cache, QStringLiteral("history_id"), QString::number(historyHigh));
    // What the server sent is not a change made here: it leaves the change log again.
    Statement del = cache.prepare("DELETE FROM sync_changes WHERE seq > ?1");
    del.bind(1, logBefore);
    del.run();
    setState(cache, QStringLiteral("fieldwork_seq"), QString::number(high));
    tx.commit();
    report.fieldWorkSeq = high;
    if (options.onStage)
        options.onStage(QStringLiteral("pulled-fieldwork"));
}

// ------------------------------------------------------------------------------------ pull registry

struct Pull
{
    QString table;
    QString sql; ///< $1 provinces (text[]), $2 LIKE patterns (text[]), $3 since; ordered by the cache's key
};

// The pulls read the region's enterprises from dj_pull_ents (prov, uscc, seq), a temporary table filled once
// per pull (pullScope): each child table then joins it on its key's leading columns (one index probe per
// enterprise, pruned to the region's provinces) instead of joining enterprises again per table.
QString usccInScope(const QString& column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM dj_pull_ents p WHERE p.uscc = %1)").arg(column);
}

// The server columns of a bundle table as the cache stores them.
QStringList storedColumns(const io::TableSpec& spec)
{
    QStringList cols;
    for (const io::ColumnSpec& c : spec.columns)
        cols << (c.kind == io::ValueKind::IdNumber ? QStringLiteral("id_masked") : c.name);
    if (spec.name == u"enterprises")
        cols << QStringLiteral("industry_section");
    return cols;
}

QList<Pull> pulls()
{
    // Every statement names $1, $2 and $3 (their types come from the statement).
    const QString params = QStringLiteral("cardinality($1::text[]) >= 0 AND cardinality($2::text[]) >= 0");
    QList<Pull> out;
    for (const io::TableSpec& spec : io::TableSchema::tables()) {
        if (spec.name == u"visits" || spec.name == u"tasks")
            continue;
        QStringList cols, order;
        for (const QString& c : storedColumns(spec))
            cols << QStringLiteral("t.") + c;
        for (const QString& k : spec.keyColumns)
            order << QStringLiteral("t.") + k;
        const QString select = QStringLiteral("SELECT %1 FROM %2 t ").arg(cols.join(u", "), spec.name);
        const QString orderBy = QStringLiteral(" ORDER BY ") + order.join(u", ");
        QString where;
        if (spec.name == u"enterprises") {
            out << Pull { spec.name,
                select
                    + QStringLiteral("JOIN dj_pull_ents p ON p.prov = t.prov AND p.uscc = t.uscc WHERE "
                                     "t.prov = ANY($1) AND %1 AND t.seq > $3")
                          .arg(params)
                    + orderBy };
            continue;
        } else if (ServerSchema::partitionedTables().contains(spec.name)) {
            const QString u
                = spec.name == u"shareholdings" ? QStringLiteral("investee_uscc") : QStringLiteral("uscc");
            out << Pull { spec.name,
                select
                    + QStringLiteral("JOIN dj_pull_ents p ON p.prov = t.prov AND p.uscc = t.%1 WHERE "
                                     "t.prov = ANY($1) AND %2 AND t.seq > $3")
                          .arg(u, params)
                    + orderBy };
            continue;
        } else if (spec.name == u"persons") {
            // Persons of the region's roles and holdings: those that changed, and those newly referenced.
            out << Pull { spec.name,
                select
                    + QStringLiteral(
                        "JOIN dj_pull_people r ON r.person_id = t.person_id WHERE %1 AND (t.seq > "
                        "$3 OR r.seq > $3)")
                          .arg(params)
                    + orderBy };
            continue;
        } else if (spec.name == u"relations") {
            where = QStringLiteral("WHERE %1 AND t.seq > $3 AND (%2 OR %3)")
                        .arg(params, usccInScope(QStringLiteral("t.from_uscc")),
                            usccInScope(QStringLiteral("t.to_uscc")));
        } else if (spec.name == u"invoices") {
            where = QStringLiteral("WHERE %1 AND t.seq > $3 AND (%2 OR %3)")
                        .arg(params, usccInScope(QStringLiteral("t.seller_uscc")),
                            usccInScope(QStringLiteral("t.buyer_uscc")));
        } else if (spec.name == u"parks" || spec.name == u"buildings") {
            where = QStringLiteral(
                "WHERE cardinality($1::text[]) > 0 AND t.seq > $3 AND t.region_code LIKE ANY($2)");
        } else if (spec.name == u"tenants") {
            where = QStringLiteral("WHERE cardinality($1::text[]) > 0 AND t.seq > $3 AND t.building_id IN "
                                   "(SELECT b.building_id FROM buildings b "
                                   "WHERE b.region_code LIKE ANY($2))");
        } else if (spec.name == u"members") {
            where = QStringLiteral("WHERE %1 AND t.seq > $3 AND %2")
                        .arg(params, usccInScope(QStringLiteral("t.uscc")));
        } else {
            continue;
        }
        out << Pull { spec.name, select + where + orderBy };
    }
    return out;
}

// Fills the temporary tables the pulls read: the region's enterprises, and the persons of their roles and
// holdings with the greatest seq of a referencing row (a person newly referenced is sent again).
void pullScope(PgConnection& server, const QString& provArray, const QString& patternArray)
{
    server.exec(
        QStringLiteral("CREATE TEMP TABLE dj_pull_ents (prov text, uscc text, seq bigint) ON COMMIT DROP"));
    server.query(
        QStringLiteral("INSERT INTO dj_pull_ents SELECT prov, uscc, seq FROM enterprises WHERE prov = "
                       "ANY($1::text[]) AND region_code LIKE ANY($2::text[])"),
        { provArray, patternArray });
    server.exec(QStringLiteral("CREATE INDEX ON dj_pull_ents (uscc)"));
    server.exec(QStringLiteral("ANALYZE dj_pull_ents"));
    server.exec(
        QStringLiteral("CREATE TEMP TABLE dj_pull_people ON COMMIT DROP AS SELECT id AS person_id, "
                       "max(seq) AS seq FROM (SELECT r.person_id AS id, r.seq FROM roles r JOIN "
                       "dj_pull_ents p ON p.prov = r.prov AND p.uscc = r.uscc UNION ALL SELECT "
                       "s.holder_id, s.seq FROM shareholdings s JOIN dj_pull_ents p ON p.prov = s.prov "
                       "AND p.uscc = s.investee_uscc WHERE s.holder_kind = 'person') x GROUP BY id"));
    server.exec(QStringLiteral("ANALYZE dj_pull_people"));
}

QString insertSql(const io::TableSpec& spec, const QStringList& cols)
{
    QStringList all = cols, marks;
    if (spec.name == u"enterprises")
        all << QStringLiteral("uscc_invalid");
    for (int i = 0; i < all.size(); ++i)
        marks << QStringLiteral("?%1").arg(i + 1);
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(spec.name, all.join(u", "), marks.join(u", "));
}

QString upsertSql(const io::TableSpec& spec, const QStringList& cols)
{
    QStringList all = cols, marks, sets;
    if (spec.name == u"enterprises")
        all << QStringLiteral("uscc_invalid");
    for (int i = 0; i < all.size(); ++i) {
        marks << QStringLiteral("?%1").arg(i + 1);
        if (!spec.keyColumns.contains(all[i]))
            sets << QStringLiteral("%1 = excluded.%1").arg(all[i]);
    }
    QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(%4) DO ")
                      .arg(spec.name, all.join(u", "), marks.join(u", "), spec.keyColumns.join(u", "));
    sql += sets.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + sets.join(u", ");
    return sql;
}

bool usccInvalid(const QString& code)
{
    return !codes::Uscc::isWellFormed(code) || codes::Uscc::organizationCheck(code.mid(8, 8)) != code[16]
        || codes::Uscc::checkCharacter(code.first(17)) != code[17];
}

void pullRegistry(Database& cache, PgConnection& server, const SyncOptions& options,
    const QStringList& regions, bool whole, const Progress& progress, SyncReport& report)
{
    const qint64 since = whole ? 0 : SyncClient::state(cache, QStringLiteral("registry_seq")).toLongLong();
    QStringList provs, patterns;
    for (const QString& r : regions) {
        if (!provs.contains(r.left(2)))
            provs << r.left(2);
        patterns << r + u'%';
    }
    const QString provArray = u'{' + provs.join(u',') + u'}';
    const QString patternArray = u'{' + patterns.join(u',') + u'}';

    // Foreign keys are checked by the server's load, not row by row here (a child row may arrive before
    // its person in another table's pull).
    cache.exec("PRAGMA foreign_keys = OFF");
    struct RestoreFk
    {
        Database& db;
        ~RestoreFk()
        {
            try {
                db.exec("PRAGMA foreign_keys = ON");
            } catch (...) {
            }
        }
    } restoreFk { cache };

    PgTransaction stx(server);
    server.query(QStringLiteral("SELECT pg_advisory_xact_lock_shared($1)"), { ServerStore::kRegistryLock });
    const qint64 high
        = server
              .scalar(QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "
                                     "registry_seq"))
              .toLongLong();

    pullScope(server, provArray, patternArray);

    store::Transaction tx(cache);
    if (whole) {
        // A new extract replaces whatever registry data the cache held (another region's extract).
        const QStringList tables = io::TableSchema::tableNames();
        for (auto it = tables.rbegin(); it != tables.rend(); ++it)
            if (*it != u"visits" && *it != u"tasks")
                cache.exec(QStringLiteral("DELETE FROM %1").arg(*it).toStdString());
    } else {
        const PgResult gone = server.query(
            QStringLiteral("SELECT tbl, row FROM registry_deleted WHERE seq > $1 AND (prov IS NULL OR prov = "
                           "ANY($2::text[])) ORDER BY seq"),
            { since, provArray });
        for (int i = 0; i < gone.rows(); ++i) {
            const io::TableSpec* spec = io::TableSchema::find(gone.text(i, 0));
            if (!spec)
                continue;
            const QJsonObject row = QJsonDocument::fromJson(gone.bytes(i, 1)).object();
            QStringList conds;
            for (int k = 0; k < spec->keyColumns.size(); ++k)
                conds << QStringLiteral("%1 = ?%2").arg(spec->keyColumns[k]).arg(k + 1);
            Statement del = cache.prepare(QStringLiteral("DELETE FROM %1 WHERE %2")
                                              .arg(spec->name, conds.join(u" AND "))
                                              .toStdString());
            for (int k = 0; k < spec->keyColumns.size(); ++k)
                del.bind(k + 1, row.value(spec->keyColumns[k]).toVariant().toString());
            del.run();
            report.registryDeleted += cache.changes();
        }
    }
    int step = 0;
    const QList<Pull> list = pulls();
    for (const Pull& pull : list) {
        progress.report(step++, list.size(), pull.table);
        const io::TableSpec* spec = io::TableSchema::find(pull.table);
        const QStringList cols = storedColumns(*spec);
        // The first sync writes into emptied tables: plain inserts, in the cache's key order.
        Statement up = cache.prepare((whole ? insertSql(*spec, cols) : upsertSql(*spec, cols)).toStdString());
        // A cursor keeps the client's memory bounded on a large extract.
        server.query(QStringLiteral("DECLARE dj_pull NO SCROLL CURSOR FOR ") + pull.sql,
            { provArray, patternArray, since });
        qint64 n = 0;
        for (;;) {
            const PgResult batch = server.query(QStringLiteral("FETCH 5000 FROM dj_pull"));
            if (batch.rows() == 0)
                break;
            for (int r = 0; r < batch.rows(); ++r) {
                for (int c = 0; c < cols.size(); ++c) {
                    if (batch.isNull(r, c))
                        up.bindNull(c + 1);
                    else
                        up.bind(c + 1, batch.bytes(r, c));
                }
                if (spec->name == u"enterprises")
                    up.bind(int(cols.size()) + 1, qint64(usccInvalid(batch.text(r, 0)) ? 1 : 0));
                up.run();
                up.reset();
                ++n;
            }
            progress.throwIfCancelled();
        }
        server.exec(QStringLiteral("CLOSE dj_pull"));
        report.registryRows[pull.table] = n;
    }
    qint64 total = report.registryDeleted;
    for (qint64 n : report.registryRows)
        total += n;
    if (total > 0 || whole) {
        store::Cache::rebuildDerivedIndexes(cache, progress);
        store::Cache::bumpDataVersion(cache);
    }
    setState(cache, QStringLiteral("registry_seq"), QString::number(high));
    setState(cache, QStringLiteral("regions"), regions.join(u','));
    tx.commit();
    stx.commit();
    report.registrySeq = high;
    if (options.onStage)
        options.onStage(QStringLiteral("pulled-registry"));
}

} // namespace

void SyncClient::checkRegions(const QStringList& regions)
{
    for (const QString& r : regions) {
        bool digits = !r.isEmpty();
        for (QChar c : r)
            digits = digits && c >= u'0' && c <= u'9';
        if (!digits || (r.size() != 2 && r.size() != 4 && r.size() != 6))
            throw ServerError(
                tr("A region is a GB/T 2260 prefix of 2, 4 or 6 digits, not \"%1\".").arg(r.left(40)));
    }
}

bool SyncClient::available(Database& cache)
{
    return cache.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name IN ('sync_state', 'sync_changes')")
        == 2;
}

qint64 SyncClient::pendingChanges(Database& cache)
{
    return cache.scalarInt("SELECT count(DISTINCT kind || ':' || record_id) FROM sync_changes");
}

QString SyncClient::state(Database& cache, const QString& key)
{
    Statement st = cache.prepare("SELECT value FROM sync_state WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.columnText(0) : QString();
}

SyncReport SyncClient::run(
    Database& cache, PgConnection& server, const SyncOptions& options, const Progress& progress)
{
    checkRegions(options.regions);
    ServerSchema::check(server);
    SyncReport report;
    const QString stored = state(cache, QStringLiteral("regions"));
    QStringList regions = options.regions;
    if (regions.isEmpty() && !stored.isEmpty())
        regions = stored.split(u',');
    if (regions.isEmpty())
        throw ServerError(tr("The first sync needs the regions of the extract (--region PREFIX)."));
    regions.removeDuplicates();
    regions.sort();
    report.regions = regions;
    // The server enforces the role's regions row by row; asking for more is refused here with a clear word.
    const QStringList allowed = ServerStore::allowedRegions(server);
    if (!allowed.isEmpty()) {
        for (const QString& r : regions) {
            bool ok = false;
            for (const QString& a : allowed)
                ok = ok || (!a.isEmpty() && r.startsWith(a));
            if (!ok)
                throw ServerError(tr("Your server role may read the regions %1 only, not %2.")
                                      .arg(allowed.join(QStringLiteral(", ")), r));
        }
    }
    report.firstSync = regions.join(u',') != stored || state(cache, QStringLiteral("registry_seq")).isEmpty();

    QString client = options.client;
    if (client.isEmpty()) {
        client = state(cache, QStringLiteral("client"));
        if (client.isEmpty()) {
            client = QUuid::createUuid().toString(QUuid::WithoutBraces);
            setState(cache, QStringLiteral("client"), client);
        }
    }

    push(cache, server, options, client, report);
    pullFieldWork(cache, server, options, report);
    pullRegistry(cache, server, options, regions, report.firstSync, progress, report);
    setState(cache, QStringLiteral("last_sync"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return report;
}

} // namespace dj::server
