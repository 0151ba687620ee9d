#include "core/server/serverstore.h"

#include "core/io/tableschema.h"
#include "core/server/pgconnection.h"
#include "core/server/serverschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <cstring>
#include <string>

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

// ------------------------------------------------------------------ first load of a table (fast path)
//
// A table that is empty on the server is filled without the staging table and the upsert: the loader reads
// the CSV itself, computes what the upsert's SELECT computes (prov, industry_section, masked ID numbers,
// empty keys as '' or 0, NULL for other empty values, seq from a reserved block of registry_seq) and COPYs
// the rows straight into the table, whose indexes are dropped before and built once afterwards (a sorted
// build instead of one index insertion per row). TRUNCATE first gives the table new files in this
// transaction: with wal_level = minimal the server writes no WAL for them (docs/teamserver.md).

/// A streaming RFC 4180 reader over bytes: a record's fields are views valid until the next call.
class CsvStream
{
public:
    explicit CsvStream(const QString& path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::ReadOnly))
            throw ServerError(ServerStore::tr("Cannot read %1: %2").arg(path, m_file.errorString()));
        fill();
        if (m_buf.startsWith("\xEF\xBB\xBF"))
            m_at = 3;
    }
    qint64 pos() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

    bool next(QList<QByteArrayView>& fields)
    {
        for (;;) {
            const Parse p = parse(fields);
            if (p == Parse::Record)
                return true;
            if (p == Parse::End)
                return false;
            if (m_eof) // Parse::More at the end of the file: an unclosed quote
                throw ServerError(
                    ServerStore::tr("%1: a quoted value is not closed.").arg(m_file.fileName()));
            fill();
        }
    }

private:
    enum class Parse { Record, More, End };

    void fill()
    {
        m_buf.remove(0, m_at);
        m_at = 0;
        const QByteArray chunk = m_file.read(1 << 20);
        if (chunk.isEmpty())
            m_eof = true;
        m_buf += chunk;
        m_scratch.reserve(size_t(m_buf.size()) + 16); // views into m_scratch stay valid within one record
    }

    Parse parse(QList<QByteArrayView>& fields)
    {
        const char* d = m_buf.constData();
        const qsizetype n = m_buf.size();
        qsizetype i = m_at;
        // Blank lines are skipped.
        while (i < n && (d[i] == '\n' || d[i] == '\r'))
            ++i;
        m_at = i;
        if (i >= n)
            return m_eof ? Parse::End : Parse::More;
        fields.clear();
        m_scratch.clear();
        for (;;) {
            if (i < n && d[i] == '"') {
                const size_t start = m_scratch.size();
                qsizetype j = i + 1;
                for (;;) {
                    const char* q = static_cast<const char*>(std::memchr(d + j, '"', size_t(n - j)));
                    if (!q)
                        return Parse::More;
                    const qsizetype k = q - d;
                    m_scratch.append(d + j, size_t(k - j));
                    if (k + 1 >= n && !m_eof)
                        return Parse::More;
                    if (k + 1 < n && d[k + 1] == '"') {
                        m_scratch.push_back('"');
                        j = k + 2;
                        continue;
                    }
                    i = k + 1;
                    break;
                }
                fields << QByteArrayView(m_scratch.data() + start, qsizetype(m_scratch.size() - start));
            } else {
                qsizetype j = i;
                while (j < n && d[j] != ',' && d[j] != '\n' && d[j] != '\r')
                    ++j;
                if (j >= n && !m_eof)
                    return Parse::More;
                fields << QByteArrayView(d + i, j - i);
                i = j;
            }
            if (i >= n) {
                if (!m_eof)
                    return Parse::More;
                m_at = i;
                return Parse::Record;
            }
            if (d[i] == ',') {
                ++i;
                continue;
            }
            // End of the record: \n, \r\n or \r (a \r\n split across chunks leaves a blank line, skipped).
            if (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n')
                ++i;
            m_at = i + 1;
            return Parse::Record;
        }
    }

    QFile m_file;
    QByteArray m_buf;
    std::string m_scratch; // unescaped quoted values (clear() keeps the reserved capacity)
    qsizetype m_at = 0;
    bool m_eof = false;
};

QByteArrayView trimmedSpaces(QByteArrayView v) // PostgreSQL's trim(): spaces only
{
    while (!v.isEmpty() && v.front() == ' ')
        v = v.sliced(1);
    while (!v.isEmpty() && v.back() == ' ')
        v.chop(1);
    return v;
}

/// Appends one CSV value for COPY: nothing for NULL, "" for an empty text, quoted when needed.
void appendValue(QByteArray& out, QByteArrayView v, bool null = false)
{
    if (null)
        return;
    bool quote = v.isEmpty() || (v.front() == '\\');
    for (char ch : v) {
        if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(v);
        return;
    }
    out.append('"');
    for (char ch : v) {
        if (ch == '"')
            out.append('"');
        out.append(ch);
    }
    out.append('"');
}

/// USCC -> province of the enterprises (what the upsert path's join to enterprises finds).
using ProvinceMap = QHash<QByteArray, QByteArray>;

/// A table's index and key definitions, dropped before a first load and built again after it.
struct SavedIndexes
{
    QStringList drop, create;
};

SavedIndexes savedIndexes(PgConnection& db, const QString& table)
{
    const PgResult r = db.query(
        QStringLiteral("SELECT c.conname, pg_get_constraintdef(c.oid), i.indexrelid::regclass::text, "
                       "pg_get_indexdef(i.indexrelid) FROM pg_index i LEFT JOIN pg_constraint c ON "
                       "c.conindid = i.indexrelid AND c.conrelid = i.indrelid WHERE i.indrelid = "
                       "$1::regclass ORDER BY c.conname NULLS LAST, 3"),
        { table });
    SavedIndexes s;
    for (int i = 0; i < r.rows(); ++i) {
        if (!r.isNull(i, 0)) {
            const QString name = PgConnection::quoteIdentifier(r.text(i, 0));
            s.drop << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name);
            s.create << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, name, r.text(i, 1));
        } else {
            s.drop << QStringLiteral("DROP INDEX %1").arg(r.text(i, 2));
            // A partitioned table's index reads "ON ONLY t": built without ONLY it covers every partition.
            s.create << r.text(i, 3).replace(QStringLiteral(" ON ONLY "), QStringLiteral(" ON "));
        }
    }
    return s;
}

bool isEmptyTable(PgConnection& db, const QString& table)
{
    return db.scalar(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(table)) == u"t";
}

ProvinceMap serverProvinces(PgConnection& db)
{
    ProvinceMap map;
    const PgResult r = db.query(QStringLiteral("SELECT uscc, prov FROM enterprises"));
    map.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        map.insert(r.bytes(i, 0), r.bytes(i, 1));
    return map;
}

QByteArray maskedId(QByteArrayView v)
{
    const QString s = QString::fromUtf8(v);
    if (s.contains(u'*'))
        return v.toByteArray();
    if (s.size() <= 10)
        return QByteArray(s.size(), '*');
    return (s.left(6) + QString(s.size() - 10, u'*') + s.right(4)).toUtf8();
}

/// COPYs one bundle file into its empty table; returns the rows. provinces: filled when the table is
/// enterprises, read for a partitioned child table.
qint64 loadFreshTable(PgConnection& db, const io::TableSpec& spec, const QStringList& header,
    const QString& path, ProvinceMap& provinces, const QHash<QByteArray, QByteArray>& sections,
    const Progress& progress)
{
    const bool partitioned = ServerSchema::partitionedTables().contains(spec.name);
    const bool isEnterprises = spec.name == u"enterprises";
    enum class Op { Text, KeyText, Number, NumberDefault, IdMask };
    struct Out
    {
        int src;
        Op op;
        QByteArray def;
    };
    QList<Out> outs;
    QStringList targets;
    for (int h = 0; h < header.size(); ++h) {
        const io::ColumnSpec* c = spec.column(header[h]);
        Op op = Op::Text;
        if (c->kind == ValueKind::Int || c->kind == ValueKind::Year)
            op = c->numericEmpty ? Op::NumberDefault : Op::Number;
        else if (isNumberKind(c->kind))
            op = Op::Number;
        else if (c->kind == ValueKind::IdNumber)
            op = Op::IdMask;
        else if (c->key && !c->emptyValue.isNull())
            op = Op::KeyText;
        outs << Out { int(h), op, c->emptyValue.toUtf8() };
        targets << storedName(*c);
    }
    const int regionCol = int(header.indexOf(QStringLiteral("region_code")));
    const int usccCol = int(header.indexOf(usccColumn(spec.name)));
    const int industryCol = isEnterprises ? int(header.indexOf(QStringLiteral("industry_code"))) : -1;
    if (partitioned)
        targets << QStringLiteral("prov");
    if (industryCol >= 0)
        targets << QStringLiteral("industry_section");
    targets << QStringLiteral("seq");

    const SavedIndexes indexes = savedIndexes(db, spec.name);
    db.exec(QStringLiteral("TRUNCATE %1").arg(spec.name));
    for (const QString& sql : indexes.drop)
        db.exec(sql);
    const qint64 base = db.scalar(QStringLiteral("SELECT nextval('registry_seq')")).toLongLong();

    CsvStream csv(path);
    QList<QByteArrayView> fields;
    csv.next(fields); // the header
    db.copyBegin(QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT csv)").arg(spec.name, targets.join(u',')));
    QByteArray out;
    out.reserve((1 << 20) + 65536);
    qint64 rows = 0;
    QByteArray lastUscc, lastProv;
    while (csv.next(fields)) {
        if (fields.size() != header.size())
            throw ServerError(ServerStore::tr("%1, record %2: %3 values for %4 columns.")
                                  .arg(path)
                                  .arg(rows + 2)
                                  .arg(fields.size())
                                  .arg(header.size()));
        for (const Out& o : outs) {
            const QByteArrayView v = fields[o.src];
            switch (o.op) {
            case Op::Text:
                appendValue(out, v, v.isEmpty());
                break;
            case Op::KeyText:
                appendValue(out, v);
                break;
            case Op::Number: {
                const QByteArrayView t = trimmedSpaces(v);
                appendValue(out, t, t.isEmpty());
                break;
            }
            case Op::NumberDefault: {
                const QByteArrayView t = trimmedSpaces(v);
                appendValue(out, t.isEmpty() ? QByteArrayView(o.def) : t);
                break;
            }
            case Op::IdMask:
                if (v.isEmpty())
                    appendValue(out, v, true);
                else
                    appendValue(out, maskedId(v));
                break;
            }
            out.append(',');
        }
        if (partitioned) {
            if (isEnterprises) {
                const QByteArray prov
                    = QString::fromUtf8(trimmedSpaces(regionCol >= 0 ? fields[regionCol] : QByteArrayView()))
                          .left(2)
                          .toUtf8();
                appendValue(out, prov, prov.isEmpty());
                if (usccCol >= 0)
                    provinces.insert(fields[usccCol].toByteArray(), prov);
            } else {
                // The row's enterprise's province; rows of an enterprise the server does not hold go to the
                // DEFAULT partition ('00'). Child files are ordered by USCC: one lookup per enterprise.
                const QByteArrayView u = trimmedSpaces(fields[usccCol]);
                if (u != QByteArrayView(lastUscc)) {
                    lastUscc = u.toByteArray();
                    lastProv = provinces.value(lastUscc, QByteArrayLiteral("00"));
                }
                appendValue(out, lastProv);
            }
            out.append(',');
        }
        if (industryCol >= 0) {
            const auto it = sections.constFind(trimmedSpaces(fields[industryCol]).toByteArray());
            if (it != sections.constEnd())
                appendValue(out, *it);
            out.append(',');
        }
        out.append(QByteArray::number(base + rows));
        out.append('\n');
        ++rows;
        if (out.size() >= (1 << 20)) {
            db.copyData(out);
            out.clear();
            progress.report(csv.pos(), csv.size(), QFileInfo(path).fileName());
        }
    }
    if (!out.isEmpty())
        db.copyData(out);
    db.copyEnd();
    db.query(QStringLiteral("SELECT setval('registry_seq', $1)"), { base + std::max<qint64>(rows, 1) - 1 });
    for (const QString& sql : indexes.create)
        db.exec(sql);
    return rows;
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
    // A table empty on the server is loaded by the fast path (loadFreshTable), the others by the upsert.
    QHash<QByteArray, QByteArray> sections;
    {
        const PgResult r = db.query(QStringLiteral("SELECT code, section FROM industry_sections"));
        for (int i = 0; i < r.rows(); ++i)
            sections.insert(r.bytes(i, 0), r.bytes(i, 1));
    }
    ProvinceMap provinces;
    bool provincesKnown = false;
    for (const File& file : files) {
        const bool fieldWork = file.spec->name == u"visits" || file.spec->name == u"tasks";
        const bool isEnterprises = file.spec->name == u"enterprises";
        if (!fieldWork && isEmptyTable(db, file.spec->name)) {
            if (!isEnterprises && ServerSchema::partitionedTables().contains(file.spec->name)
                && !provincesKnown) {
                provinces = serverProvinces(db);
                provincesKnown = true;
            }
            summary.rows[file.spec->name]
                = loadFreshTable(db, *file.spec, file.header, file.path, provinces, sections, progress);
            provincesKnown = provincesKnown || isEnterprises; // the server held none before
            continue;
        }
        if (isEnterprises) { // changed by the upsert: read again when a child table needs it
            provinces.clear();
            provincesKnown = false;
        }
        QStringList cols;
        for (const QString& h : file.header)
            cols << PgConnection::quoteIdentifier(h) + QStringLiteral(" text");
        db.exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.stg"));
        db.exec(QStringLiteral("CREATE TEMP TABLE stg (%1) ON COMMIT DROP").arg(cols.join(u", ")));
        copyFile(db, QStringLiteral("stg"), file.header, file.path, progress);
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
