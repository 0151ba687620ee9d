#include "core/server/serverstore.h"

#include "core/io/tableschema.h"
#include "core/server/pgconnection.h"
#include "core/server/serverschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace dj::server {

namespace {

using io::ValueKind;

// The header row of a CSV file: canonical column names (no quoting is needed for them).
QStringList headerOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ServerError(ServerStore::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QByteArray line = f.readLine(64 * 1024);
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    QStringList out;
    for (const QByteArray& part : line.trimmed().split(',')) {
        QByteArray p = part.trimmed();
        if (p.size() >= 2 && p.startsWith('"') && p.endsWith('"'))
            p = p.mid(1, p.size() - 2);
        out << QString::fromUtf8(p);
    }
    return out;
}

bool isNumberKind(ValueKind k)
{
    return k == ValueKind::Real || k == ValueKind::Money || k == ValueKind::Percent || k == ValueKind::Lon
        || k == ValueKind::Lat;
}

// The stored value of a staging column (all text) in the server's table.
QString expression(const io::ColumnSpec& c, const QString& ref)
{
    if (c.kind == ValueKind::Int || c.kind == ValueKind::Year) {
        if (c.numericEmpty)
            return QStringLiteral("COALESCE(NULLIF(trim(%1), '')::bigint, %2)").arg(ref, c.emptyValue);
        return QStringLiteral("NULLIF(trim(%1), '')::bigint").arg(ref);
    }
    if (isNumberKind(c.kind))
        return QStringLiteral("NULLIF(trim(%1), '')::double precision").arg(ref);
    if (c.kind == ValueKind::IdNumber) // never stored in full: first 6 + * + last 4 (codes::IdNumber::mask)
        return QStringLiteral("CASE WHEN %1 LIKE '%*%' OR NULLIF(%1, '') IS NULL THEN NULLIF(%1, '') "
                              "WHEN length(%1) <= 10 THEN repeat('*', length(%1)) "
                              "ELSE left(%1, 6) || repeat('*', length(%1) - 10) || right(%1, 4) END")
            .arg(ref);
    if (c.key && !c.emptyValue.isNull())
        return QStringLiteral("COALESCE(%1, '')").arg(ref);
    return QStringLiteral("NULLIF(%1, '')").arg(ref);
}

QString storedName(const io::ColumnSpec& c)
{
    return c.kind == ValueKind::IdNumber ? QStringLiteral("id_masked") : c.name;
}

void copyFile(PgConnection& db, const QString& staging, const QStringList& header, const QString& path,
    const Progress& progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ServerError(ServerStore::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QStringList cols;
    for (const QString& h : header)
        cols << PgConnection::quoteIdentifier(h);
    db.copyBegin(
        QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT csv, HEADER true)").arg(staging, cols.join(u',')));
    bool first = true;
    const qint64 size = f.size();
    while (!f.atEnd()) {
        QByteArray chunk = f.read(1 << 20);
        if (first && chunk.startsWith("\xEF\xBB\xBF"))
            chunk.remove(0, 3);
        first = false;
        db.copyData(chunk);
        progress.report(f.pos(), size, QFileInfo(path).fileName());
    }
    db.copyEnd();
}

QString keyList(const io::TableSpec& spec, bool partitioned)
{
    QStringList keys;
    if (partitioned)
        keys << QStringLiteral("prov");
    keys << spec.keyColumns;
    return keys.join(u", ");
}

// The enterprise column a child table is partitioned by.
QString usccColumn(const QString& table)
{
    return table == u"shareholdings" ? QStringLiteral("investee_uscc") : QStringLiteral("uscc");
}

qint64 loadRegistryTable(PgConnection& db, const io::TableSpec& spec, const QStringList& header)
{
    const bool partitioned = ServerSchema::partitionedTables().contains(spec.name);
    QStringList targets, values;
    QString from = QStringLiteral("stg s");
    if (partitioned) {
        targets << QStringLiteral("prov");
        if (spec.name == u"enterprises") {
            values << QStringLiteral("left(trim(s.region_code), 2)");
        } else {
            // A child row's province is its enterprise's; rows of an enterprise the server does not hold go
            // to the DEFAULT partition ('00').
            values << QStringLiteral("COALESCE(e.prov, '00')");
            from += QStringLiteral(" LEFT JOIN enterprises e ON e.uscc = trim(s.%1)")
                        .arg(usccColumn(spec.name));
        }
    }
    for (const io::ColumnSpec& c : spec.columns) {
        if (!header.contains(c.name))
            continue;
        targets << storedName(c);
        values << expression(c, QStringLiteral("s.") + PgConnection::quoteIdentifier(c.name));
    }
    if (spec.name == u"enterprises" && header.contains(QStringLiteral("industry_code"))) {
        targets << QStringLiteral("industry_section");
        values << QStringLiteral("i.section");
        from
            += QStringLiteral(" LEFT JOIN industry_sections i ON i.code = NULLIF(trim(s.industry_code), '')");
    }
    QStringList sets, olds, news;
    for (const QString& t : targets) {
        if (t == u"prov" || spec.keyColumns.contains(t))
            continue;
        sets << QStringLiteral("%1 = EXCLUDED.%1").arg(t);
        olds << QStringLiteral("%1.%2").arg(spec.name, t);
        news << QStringLiteral("EXCLUDED.%1").arg(t);
    }
    QString sql
        = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4 ON CONFLICT (%5) ")
              .arg(spec.name, targets.join(u", "), values.join(u", "), from, keyList(spec, partitioned));
    if (sets.isEmpty())
        sql += QStringLiteral("DO NOTHING");
    else
        sql += QStringLiteral("DO UPDATE SET %1 WHERE (%2) IS DISTINCT FROM (%3)")
                   .arg(sets.join(u", "), olds.join(u", "), news.join(u", "));
    if (olds.size() == 1) // a one-element row constructor is not a row: compare the values
        sql.replace(QStringLiteral("WHERE (%1) IS DISTINCT FROM (%2)").arg(olds.first(), news.first()),
            QStringLiteral("WHERE %1 IS DISTINCT FROM %2").arg(olds.first(), news.first()));
    return db.query(sql).affected();
}

// visits.csv / tasks.csv: field-work records without stamps (older than any edit), kept when they exist.
qint64 loadFieldWorkTable(PgConnection& db, const io::TableSpec& spec, const QStringList& header)
{
    const bool visit = spec.name == u"visits";
    const QString idCol = visit ? QStringLiteral("visit_id") : QStringLiteral("task_id");
    QStringList pairs;
    for (const io::ColumnSpec& c : spec.columns) {
        if (c.name == idCol || !header.contains(c.name))
            continue;
        if (!visit && c.name == u"created")
            continue;
        pairs << QStringLiteral("'%1', COALESCE(s.%1, '')").arg(c.name);
    }
    const QString created = !visit && header.contains(QStringLiteral("created")) ? QStringLiteral("s.created")
                                                                                 : QStringLiteral("NULL");
    return db
        .query(
            QStringLiteral("INSERT INTO fw_records(kind, id, vals, created) SELECT '%1', trim(s.%2), "
                           "jsonb_build_object(%3), %4 FROM stg s WHERE NULLIF(trim(s.%2), '') IS NOT NULL "
                           "ON CONFLICT (kind, id) DO NOTHING")
                .arg(visit ? QStringLiteral("visit") : QStringLiteral("task"), idCol, pairs.join(u", "),
                    created))
        .affected();
}

} // namespace

LoadSummary ServerStore::loadBundle(PgConnection& db, const QString& dir, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    const QFileInfo info(dir);
    if (!info.isDir())
        throw ServerError(tr("%1 is not a bundle folder.").arg(dir));
    if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral(".dianjing-export-incomplete"))))
        throw ServerError(tr("%1 is an unfinished export: it is not loaded.").arg(dir));
    ServerSchema::check(db);

    // Every file is checked before anything is written.
    struct File
    {
        const io::TableSpec* spec;
        QString path;
        QStringList header;
    };
    QList<File> files;
    for (const io::TableSpec& spec : io::TableSchema::tables()) {
        const QString path = QDir(dir).filePath(spec.name + QStringLiteral(".csv"));
        if (!QFileInfo(path).isFile())
            continue;
        const QStringList header = headerOf(path);
        for (const QString& h : header)
            if (spec.indexOf(h) < 0)
                throw ServerError(tr("%1: unknown column \"%2\" (the server loads bundles with the exchange "
                                     "format's column names, as `dianjing-cli export` writes them).")
                                      .arg(path, h.left(60)));
        for (const QString& k : spec.keyColumns)
            if (!header.contains(k) && spec.column(k)->required)
                throw ServerError(tr("%1 has no %2 column.").arg(path, k));
        files << File { &spec, path, header };
    }
    if (files.isEmpty())
        throw ServerError(tr("%1 holds no bundle file (enterprises.csv, persons.csv, …).").arg(dir));

    LoadSummary summary;
    PgTransaction tx(db);
    db.query(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), { kRegistryLock });
    db.query(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), { kFieldWorkLock });
    for (const File& file : files) {
        QStringList cols;
        for (const QString& h : file.header)
            cols << PgConnection::quoteIdentifier(h) + QStringLiteral(" text");
        db.exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.stg"));
        db.exec(QStringLiteral("CREATE TEMP TABLE stg (%1) ON COMMIT DROP").arg(cols.join(u", ")));
        copyFile(db, QStringLiteral("stg"), file.header, file.path, progress);
        const bool fieldWork = file.spec->name == u"visits" || file.spec->name == u"tasks";
        summary.rows[file.spec->name] = fieldWork ? loadFieldWorkTable(db, *file.spec, file.header)
                                                  : loadRegistryTable(db, *file.spec, file.header);
    }
    db.exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.stg"));
    tx.commit();
    db.exec(QStringLiteral("ANALYZE"));
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

qint64 ServerStore::registrySequence(PgConnection& db)
{
    PgTransaction tx(db);
    db.query(QStringLiteral("SELECT pg_advisory_xact_lock_shared($1)"), { kRegistryLock });
    const qint64 seq = db.scalar(QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "
                                                "registry_seq"))
                           .toLongLong();
    tx.commit();
    return seq;
}

qint64 ServerStore::deleteEnterprises(PgConnection& db, const QStringList& usccs)
{
    PgTransaction tx(db);
    db.query(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), { kRegistryLock });
    const QString list = usccs.join(u'|');
    qint64 n = 0;
    for (const QString& table : ServerSchema::partitionedTables()) {
        const PgResult r = db.query(QStringLiteral("DELETE FROM %1 WHERE %2 = ANY(string_to_array($1, '|'))")
                                        .arg(table, usccColumn(table)),
            { list });
        if (table == u"enterprises")
            n = r.affected();
    }
    tx.commit();
    return n;
}

void ServerStore::grantRegions(PgConnection& db, const QString& role, const QStringList& regions)
{
    ServerSchema::check(db);
    if (role.isEmpty() || role.size() > 63)
        throw ServerError(tr("A role name has 1 to 63 characters."));
    for (const QString& r : regions) {
        bool digits = !r.isEmpty();
        for (QChar c : r)
            digits = digits && c >= u'0' && c <= u'9';
        if (!digits || (r.size() != 2 && r.size() != 4 && r.size() != 6))
            throw ServerError(
                tr("A region is a GB/T 2260 prefix of 2, 4 or 6 digits, not \"%1\".").arg(r.left(40)));
    }
    if (regions.isEmpty())
        throw ServerError(tr("Give the regions the role may read."));
    PgTransaction tx(db);
    const QString quoted = PgConnection::quoteIdentifier(role);
    if (db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1"), { role }) == u"0")
        db.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted));
    // The parent tables only: a partition read directly would bypass the parent's row policies.
    QStringList tables = ServerSchema::registryTables();
    tables << QStringLiteral("registry_deleted") << QStringLiteral("dj_schema")
           << QStringLiteral("access_roles") << QStringLiteral("industry_sections");
    db.exec(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(tables.join(QStringLiteral(", ")), quoted));
    db.exec(QStringLiteral("GRANT SELECT, INSERT, UPDATE ON fw_records, fw_history, sync_batches TO %1")
                .arg(quoted));
    db.exec(
        QStringLiteral("GRANT USAGE, SELECT ON SEQUENCE registry_seq, fieldwork_seq, fw_history_id_seq TO %1")
            .arg(quoted));
    // Field data beside visits and tasks (server step 5): read and written by region (row policies).
    db.exec(
        QStringLiteral("GRANT SELECT, INSERT, UPDATE ON fd_rows, fd_history TO %1; GRANT USAGE, SELECT ON "
                       "SEQUENCE fielddata_seq, fd_history_id_seq TO %1")
            .arg(quoted));
    db.query(
        QStringLiteral("INSERT INTO access_roles(role, regions) VALUES ($1, string_to_array($2, ',')) ON "
                       "CONFLICT (role) DO UPDATE SET regions = EXCLUDED.regions"),
        { role, regions.join(u',') });
    tx.commit();
}

QStringList ServerStore::allowedRegions(PgConnection& db)
{
    if (db.scalar(
            QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user"))
            == u"t"
        || db.scalar(QStringLiteral(
               "SELECT tableowner = current_user FROM pg_tables WHERE schemaname = 'public' AND "
               "tablename = 'enterprises'"))
            == u"t")
        return {};
    const QString list = db.scalar(
        QStringLiteral("SELECT array_to_string(regions, ',') FROM access_roles WHERE role = current_user"));
    return list.isNull() ? QStringList { QString() } : list.split(u',', Qt::SkipEmptyParts);
}

} // namespace dj::server
