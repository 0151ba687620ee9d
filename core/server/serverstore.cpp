#include "core/server/serverstore.h"

#include "core/io/tableschema.h"
#include "core/server/pgconnection.h"
#include "core/server/serverschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace dj::server {

namespace {

using io::ValueKind;

/// Connections a first load uses at once (its own and as many staging workers; ANALYZE alike).
constexpr int kLoadConnections = 2;

/// Progress of a load over all its files, reported from any of its threads.
class LoadMeter
{
public:
    LoadMeter(const Progress& progress, qint64 total)
        : m_progress(progress)
        , m_total(std::max<qint64>(total, 1))
    {
    }
    /// Adds bytes read; throws Cancelled when the user cancelled, and stops this thread's part when another
    /// part of the load failed.
    void add(qint64 bytes, const QString& stage)
    {
        if (m_failed.load())
            throw ServerError(ServerStore::tr("The load stopped."));
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_done += bytes;
        m_progress.report(std::min(m_done, m_total), m_total, stage);
    }
    /// Records why the load failed (the first failure of any of its threads wins) and stops the others.
    void fail(std::exception_ptr error)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_error)
            m_error = error;
        m_failed = true;
    }
    bool failed() const { return m_failed.load(); }
    /// Rethrows the first failure, if any.
    void rethrow()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    const Progress& m_progress;
    const qint64 m_total;
    qint64 m_done = 0;
    std::mutex m_mutex;
    std::atomic_bool m_failed { false };
    std::exception_ptr m_error;
};

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
    LoadMeter& meter)
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
    while (!f.atEnd()) {
        QByteArray chunk = f.read(1 << 20);
        meter.add(chunk.size(), QFileInfo(path).fileName());
        if (first && chunk.startsWith("\xEF\xBB\xBF"))
            chunk.remove(0, 3);
        first = false;
        db.copyData(chunk);
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

/// A record's fields.
using Fields = std::vector<QByteArrayView>;

/// The bytes that end an unquoted CSV value.
constexpr std::array<bool, 256> kEndsValue = [] {
    std::array<bool, 256> t {};
    t[uchar(',')] = t[uchar('\n')] = t[uchar('\r')] = true;
    return t;
}();

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

    bool next(Fields& fields)
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

    Parse parse(Fields& fields)
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
                fields.emplace_back(m_scratch.data() + start, qsizetype(m_scratch.size() - start));
            } else {
                qsizetype j = i;
                while (j < n && !kEndsValue[uchar(d[j])])
                    ++j;
                if (j >= n && !m_eof)
                    return Parse::More;
                fields.emplace_back(d + i, j - i);
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

/// USCC -> province of the enterprises (what the upsert path's join to enterprises finds). The USCCs are kept
/// in blocks of their own and the provinces once each: a national load's millions of entries are freed in a
/// few calls (a hash of QByteArrays took half a second to free at 1M, on the load's last stretch).
class ProvinceMap
{
public:
    void insert(QByteArrayView uscc, const QByteArray& prov)
    {
        if (m_last < 0 || m_provs[m_last] != prov) { // USCC order keeps a province's enterprises together
            m_last = qint32(m_provs.indexOf(prov));
            if (m_last < 0) {
                m_last = qint32(m_provs.size());
                m_provs << prov;
            }
        }
        m_index.insert(store(uscc), m_last);
    }
    /// The province of `uscc`, else `otherwise`.
    QByteArray value(QByteArrayView uscc, const QByteArray& otherwise) const
    {
        const auto it = m_index.constFind(uscc);
        return it == m_index.constEnd() ? otherwise : m_provs[*it];
    }
    void reserve(qsizetype n) { m_index.reserve(n); }

private:
    QByteArrayView store(QByteArrayView v)
    {
        constexpr qsizetype kBlock = 1 << 20;
        if (m_blocks.empty() || m_used + v.size() > m_blockSize) {
            m_blockSize = std::max(kBlock, v.size());
            m_blocks.push_back(std::make_unique<char[]>(size_t(m_blockSize)));
            m_used = 0;
        }
        char* at = m_blocks.back().get() + m_used;
        std::memcpy(at, v.data(), size_t(v.size()));
        m_used += v.size();
        return QByteArrayView(at, v.size());
    }

    std::vector<std::unique_ptr<char[]>> m_blocks;
    qsizetype m_used = 0, m_blockSize = 0;
    QHash<QByteArrayView, qint32> m_index;
    QList<QByteArray> m_provs;
    qint32 m_last = -1;
};

/// One index of a table: a key (constraint) or a plain index.
struct IndexDef
{
    QString constraint, constraintDef; ///< a key: its name and "PRIMARY KEY (…)"
    QString index, indexDef; ///< its index's name and pg_get_indexdef
};

QList<IndexDef> indexDefs(PgConnection& db, const QString& table)
{
    const PgResult r = db.query(
        QStringLiteral(
            "SELECT c.conname, pg_get_constraintdef(c.oid), x.relname, pg_get_indexdef(i.indexrelid) "
            "FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid LEFT JOIN pg_constraint c ON "
            "c.conindid = i.indexrelid AND c.conrelid = i.indrelid WHERE i.indrelid = "
            "$1::regclass ORDER BY c.conname NULLS LAST, 3"),
        { table });
    QList<IndexDef> out;
    for (int i = 0; i < r.rows(); ++i)
        out << IndexDef { r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3) };
    return out;
}

/// The statement that builds `d` on `target` (a partitioned table: on every partition), named with `prefix`.
QString createSql(const IndexDef& d, const QString& target, const QString& prefix = {})
{
    if (!d.constraint.isNull())
        return QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
            .arg(target, PgConnection::quoteIdentifier(prefix + d.constraint), d.constraintDef);
    // "CREATE [UNIQUE] INDEX name ON [ONLY] public.t USING btree (…)": the part from USING on is kept.
    return QStringLiteral("CREATE %1INDEX %2 ON %3%4")
        .arg(d.indexDef.startsWith(QStringLiteral("CREATE UNIQUE")) ? QStringLiteral("UNIQUE ") : QString(),
            PgConnection::quoteIdentifier(prefix + d.index), target,
            d.indexDef.mid(d.indexDef.indexOf(QStringLiteral(" USING "))));
}

/// A table's index and key definitions, dropped before a first load and built again after it.
struct SavedIndexes
{
    QStringList drop, create;
};

SavedIndexes savedIndexes(PgConnection& db, const QString& table)
{
    SavedIndexes s;
    for (const IndexDef& d : indexDefs(db, table)) {
        s.drop << (d.constraint.isNull()
                ? QStringLiteral("DROP INDEX %1").arg(PgConnection::quoteIdentifier(d.index))
                : QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                      .arg(table, PgConnection::quoteIdentifier(d.constraint)));
        s.create << createSql(d, table);
    }
    return s;
}

/// COPYs enterprise_figures rows computed by the loader into `target` (the table or its staging copy).
void copyFigures(PgConnection& db, const QString& target, QByteArrayView rows)
{
    db.copyBegin(
        QStringLiteral("COPY %1 (prov, uscc, revenue, tax, tax_years, taxes) FROM STDIN (FORMAT binary)")
            .arg(target));
    for (qsizetype at = 0; at < rows.size(); at += 1 << 20)
        db.copyData(rows.sliced(at, std::min<qsizetype>(1 << 20, rows.size() - at)));
    db.copyEnd();
}

// enterprise_figures (server schema step 4) after financials changed: rebuilt whole after a first load of
// financials (indexes built afterwards), else recomputed for the enterprises of the staged rows.
// rows: computed by the loader (FiguresBuilder::rows()), else empty and the server computes them.
void refreshFiguresWhole(PgConnection& db, QByteArrayView rows = {})
{
    const SavedIndexes indexes = savedIndexes(db, QStringLiteral("enterprise_figures"));
    db.exec(QStringLiteral("TRUNCATE enterprise_figures"));
    for (const QString& sql : indexes.drop)
        db.exec(sql);
    if (rows.isEmpty())
        db.exec(QStringLiteral("INSERT INTO enterprise_figures SELECT * FROM enterprise_figures_source"));
    else
        copyFigures(db, QStringLiteral("enterprise_figures"), rows);
    for (const QString& sql : indexes.create)
        db.exec(sql);
}

void refreshFiguresOfStaged(PgConnection& db)
{
    db.exec(QStringLiteral("CREATE TEMP TABLE dj_touched ON COMMIT DROP AS SELECT DISTINCT COALESCE(e.prov, "
                           "'00') AS prov, NULLIF(s.uscc, '') AS uscc FROM stg s LEFT JOIN enterprises e ON "
                           "e.uscc = trim(s.uscc)"));
    db.exec(
        QStringLiteral("DELETE FROM enterprise_figures g USING dj_touched t WHERE g.prov = t.prov AND g.uscc "
                       "= t.uscc"));
    db.exec(
        QStringLiteral("INSERT INTO enterprise_figures SELECT * FROM enterprise_figures_source WHERE (prov, "
                       "uscc) IN (SELECT prov, uscc FROM dj_touched)"));
    db.exec(QStringLiteral("DROP TABLE dj_touched"));
}

/// Whether a table holds no row. The probe's locks (on every partition and index) are released at once: a
/// load's transaction would otherwise hold them to the end, on top of the swap's (no registry writer can
/// add rows meanwhile: they all hold the registry lock).
bool isEmptyTable(PgConnection& db, const QString& table)
{
    db.exec(QStringLiteral("SAVEPOINT dj_probe"));
    const bool empty = db.scalar(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(table)) == u"t";
    db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT dj_probe"));
    db.exec(QStringLiteral("RELEASE SAVEPOINT dj_probe"));
    return empty;
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

/// COPY's binary format (numbers travel as their bits: the server parses no text and no CSV).
namespace copybin {

/// The format's signature, flags and header extension length.
constexpr char kSignature[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
constexpr qsizetype kSignatureSize = 19;
constexpr qint32 kInt4Oid = 23, kFloat8Oid = 701; ///< element types of integer[] and double precision[]

/// Rows in COPY's binary format, written into a buffer that grows only when a value does not fit (reserve() a
/// record's bytes first: one check per record instead of one per value, which each still makes).
class Rows
{
public:
    Rows() { m_buf.resize(size_t(1 << 20) + 65536); }
    void reserve(qsizetype bytes)
    {
        if (size_t(m_at + bytes) > m_buf.size())
            m_buf.resize(size_t(m_at + bytes) * 2);
    }
    QByteArrayView data() const { return QByteArrayView(m_buf.data(), m_at); }
    qsizetype size() const { return m_at; }
    void clear() { m_at = 0; }

    void raw(const void* p, qsizetype n)
    {
        if (size_t(m_at + n) > m_buf.size()) [[unlikely]]
            reserve(n);
        std::memcpy(m_buf.data() + m_at, p, size_t(n));
        m_at += n;
    }
    void put16(qint16 v)
    {
        const qint16 be = qToBigEndian(v);
        raw(&be, 2);
    }
    void put32(qint32 v)
    {
        const qint32 be = qToBigEndian(v);
        raw(&be, 4);
    }
    void putNull() { put32(-1); }
    void putText(QByteArrayView v)
    {
        put32(qint32(v.size()));
        raw(v.data(), v.size());
    }
    void putInt8(qint64 v)
    {
        put32(8);
        const qint64 be = qToBigEndian(v);
        raw(&be, 8);
    }
    void putInt4(qint32 v)
    {
        put32(4);
        put32(v);
    }
    void putFloat8(double v)
    {
        quint64 bits;
        std::memcpy(&bits, &v, 8);
        put32(8);
        const quint64 be = qToBigEndian(bits);
        raw(&be, 8);
    }

private:
    std::vector<char> m_buf;
    qsizetype m_at = 0;
};

QByteArrayView trimmedWhitespace(QByteArrayView v) // what the server's number input skips
{
    auto space
        = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!v.isEmpty() && space(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && space(v.back()))
        v.chop(1);
    return v;
}

/// A bigint as the server reads it (optional sign, digits); false when it is not one.
bool parseInt8(QByteArrayView text, qint64& out)
{
    QByteArrayView v = trimmedWhitespace(text);
    if (v.startsWith('+'))
        v = v.sliced(1);
    if (v.isEmpty())
        return false;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    return ec == std::errc() && end == v.data() + v.size();
}

/// A double precision as the server reads it (decimal or exponent, NaN, Infinity); false when it is not one.
bool parseFloat8(QByteArrayView text, double& out)
{
    QByteArrayView v = trimmedWhitespace(text);
    const bool plus = v.startsWith('+');
    if (plus)
        v = v.sliced(1);
    if (v.isEmpty() || (plus && v.startsWith('-')))
        return false;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out, std::chars_format::general);
    return ec == std::errc() && end == v.data() + v.size();
}

} // namespace copybin

/// enterprise_figures rows computed while financials.csv streams by (what enterprise_figures_source
/// computes), in COPY's binary format. Usable only when the file is ordered by USCC (as exports are): else
/// the server computes them (refreshFiguresWhole).
class FiguresBuilder
{
public:
    FiguresBuilder(const QStringList& header)
        : m_year(int(header.indexOf(QStringLiteral("year"))))
        , m_revenue(int(header.indexOf(QStringLiteral("revenue"))))
        , m_tax(int(header.indexOf(QStringLiteral("tax"))))
        , m_usable(m_year >= 0)
    {
        m_rows.raw(copybin::kSignature, copybin::kSignatureSize);
    }
    bool usable() const { return m_usable; }
    /// The rows for COPY enterprise_figures (prov, uscc, revenue, tax, tax_years, taxes) (FORMAT binary),
    /// once finish() has been called.
    QByteArrayView rows() const { return m_rows.data(); }

    void add(QByteArrayView uscc, const QByteArray& prov, const Fields& fields)
    {
        if (!m_usable)
            return;
        if (uscc != QByteArrayView(m_uscc)) {
            if (!m_uscc.isNull() && uscc < QByteArrayView(m_uscc)) {
                m_usable = false; // not ordered: an enterprise's rows may not be contiguous
                return;
            }
            flush();
            m_uscc = uscc.toByteArray();
            m_prov = prov;
        }
        qint64 year = 0;
        if (!copybin::parseInt8(trimmedSpaces(fields[m_year]), year)
            || year < std::numeric_limits<qint32>::min() || year > std::numeric_limits<qint32>::max()) {
            m_usable = false; // the COPY refuses the value
            return;
        }
        // The numbers were checked by the financials' own COPY (copyRows) before they get here.
        double value = 0;
        if (m_revenue >= 0 && copybin::parseFloat8(trimmedSpaces(fields[m_revenue]), value)
            && (!m_hasRevenue || year > m_revenueYear)) {
            m_hasRevenue = true;
            m_revenueYear = qint32(year);
            m_revenueValue = value;
        }
        if (m_tax >= 0 && copybin::parseFloat8(trimmedSpaces(fields[m_tax]), value))
            m_taxes.append({ qint32(year), value });
    }

    /// Ends the rows (the last enterprise's, the trailer).
    void finish()
    {
        flush();
        m_rows.reserve(2);
        m_rows.put16(-1);
    }

private:
    void flush()
    {
        if (!m_usable || m_uscc.isNull())
            return;
        std::sort(
            m_taxes.begin(), m_taxes.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        const qsizetype n = m_taxes.size();
        m_rows.reserve(64 + m_prov.size() + m_uscc.size() + 2 * (20 + 12 * n));
        m_rows.put16(6);
        m_rows.putText(m_prov);
        m_rows.putText(m_uscc);
        m_hasRevenue ? m_rows.putFloat8(m_revenueValue) : m_rows.putNull();
        if (n == 0) {
            m_rows.putNull();
            m_rows.putNull();
            m_rows.putNull();
        } else {
            m_rows.putFloat8(m_taxes.first().second);
            // One-dimensional arrays without NULLs: dimensions, flags, element type, size and lower bound.
            m_rows.put32(qint32(20 + 8 * n));
            arrayHeader(copybin::kInt4Oid, n);
            for (const auto& t : m_taxes)
                m_rows.putInt4(t.first);
            m_rows.put32(qint32(20 + 12 * n));
            arrayHeader(copybin::kFloat8Oid, n);
            for (const auto& t : m_taxes)
                m_rows.putFloat8(t.second);
        }
        m_uscc = QByteArray();
        m_hasRevenue = false;
        m_taxes.clear();
    }
    void arrayHeader(qint32 elementType, qsizetype size)
    {
        m_rows.put32(1); // dimensions
        m_rows.put32(0); // no NULL elements
        m_rows.put32(elementType);
        m_rows.put32(qint32(size));
        m_rows.put32(1); // lower bound
    }

    int m_year, m_revenue, m_tax;
    bool m_usable;
    copybin::Rows m_rows;
    QByteArray m_uscc, m_prov;
    bool m_hasRevenue = false;
    qint32 m_revenueYear = 0;
    double m_revenueValue = 0;
    QList<QPair<qint32, double>> m_taxes;
};

/// The first two characters of a region code (the province), as the upsert's left(region_code, 2) takes them.
QByteArray provinceOf(QByteArrayView regionCode)
{
    const QByteArrayView code = trimmedSpaces(regionCode);
    if (code.size() >= 2 && uchar(code[0]) < 0x80 && uchar(code[1]) < 0x80)
        return code.first(2).toByteArray(); // the usual digits: no decoding
    return QString::fromUtf8(code).left(2).toUtf8();
}

/// The most records a file can hold: a record of n values takes at least n bytes with its separators.
qint64 recordBound(const QString& path, const QStringList& header)
{
    return QFileInfo(path).size() / std::max<qsizetype>(header.size(), 1) + 1;
}

/// How the server stores a column of the target table, for COPY's binary format.
enum class Stored { Text, Int4, Int8, Float8, Other };

QHash<QString, Stored> storedTypes(PgConnection& db, const QString& table)
{
    const PgResult r
        = db.query(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                                  "WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped"),
            { table });
    QHash<QString, Stored> out;
    for (int i = 0; i < r.rows(); ++i) {
        static const QHash<QString, Stored> known { { QStringLiteral("text"), Stored::Text },
            { QStringLiteral("integer"), Stored::Int4 }, { QStringLiteral("bigint"), Stored::Int8 },
            { QStringLiteral("double precision"), Stored::Float8 } };
        out.insert(r.text(i, 0), known.value(r.text(i, 1), Stored::Other));
    }
    return out;
}

/// COPYs the records of one bundle file into `target` (the table, or its staging copy) as the upsert would
/// store them; seq numbers from `base` on. provinces: read for a partitioned child table. Returns the rows.
/// The rows go in COPY's binary format: the loader parses the numbers (and names a value that is not one),
/// the server parses neither CSV nor numbers.
qint64 copyRows(PgConnection& db, const QString& target, const io::TableSpec& spec, const QStringList& header,
    const QString& path, const ProvinceMap& provinces, const QHash<QByteArray, QByteArray>& sections,
    qint64 base, LoadMeter& meter, FiguresBuilder* figures = nullptr, ProvinceMap* provincesOut = nullptr)
{
    const bool partitioned = ServerSchema::partitionedTables().contains(spec.name);
    const bool isEnterprises = spec.name == u"enterprises";
    enum class Op { Text, KeyText, Number, NumberDefault, IdMask };
    struct Out
    {
        int src;
        Op op;
        QByteArray def;
        Stored stored;
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
        outs << Out { int(h), op, c->emptyValue.toUtf8(), Stored::Other };
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

    // Every column is one the binary rows can fill: texts as text, numbers as integer, bigint or double.
    const QHash<QString, Stored> types = storedTypes(db, target);
    for (qsizetype k = 0; k < targets.size(); ++k) {
        const Stored stored = types.value(targets[k], Stored::Other);
        const bool number = k < outs.size() ? outs[k].op == Op::Number || outs[k].op == Op::NumberDefault
                                            : targets[k] == u"seq";
        if (number ? stored == Stored::Text || stored == Stored::Other : stored != Stored::Text)
            throw ServerError(ServerStore::tr("The server's column %1.%2 has a type a load cannot fill: run "
                                              "`dianjing-cli server init` with this version.")
                                  .arg(spec.name, targets[k]));
        if (k < outs.size()) // targets[k] is outs[k]'s column
            outs[k].stored = stored;
    }
    const qint16 columns = qint16(targets.size());

    CsvStream csv(path);
    Fields fields;
    csv.next(fields); // the header
    db.copyBegin(QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT binary)").arg(target, targets.join(u',')));
    qsizetype sectionBytes = 0;
    for (const QByteArray& v : sections)
        sectionBytes = std::max(sectionBytes, v.size());
    copybin::Rows out;
    out.raw(copybin::kSignature, copybin::kSignatureSize);
    // A record's usual most bytes: its values, 4 bytes of length each, a number's 8 bytes, and the added
    // columns (province, industry section, seq); a masked ID of broken UTF-8 may take more (raw() grows
    // then).
    auto recordBytes = [&](const Fields& f) {
        qsizetype bytes = 2 + 12 * (qsizetype(f.size()) + 3) + 64 + sectionBytes;
        for (const QByteArrayView v : f)
            bytes += v.size();
        return bytes;
    };
    qint64 rows = 0, reported = 0;
    QByteArray lastUscc, lastProv, lastIndustry, lastSection;
    const QString stage = QFileInfo(path).fileName();
    auto putNumber = [&](const Out& o, QByteArrayView t) {
        bool ok = false;
        if (o.stored == Stored::Float8) {
            double d = 0;
            if ((ok = copybin::parseFloat8(t, d)))
                out.putFloat8(d);
        } else {
            qint64 n = 0;
            ok = copybin::parseInt8(t, n)
                && (o.stored == Stored::Int8
                    || (n >= std::numeric_limits<qint32>::min() && n <= std::numeric_limits<qint32>::max()));
            if (ok && o.stored == Stored::Int4)
                out.putInt4(qint32(n));
            else if (ok)
                out.putInt8(n);
        }
        if (!ok)
            throw ServerError(
                ServerStore::tr("%1, record %2, column %3: \"%4\" is not a number.")
                    .arg(path)
                    .arg(rows + 2)
                    .arg(header[o.src], QString::fromUtf8(t.first(std::min<qsizetype>(t.size(), 60)))));
    };
    auto putTextOrNull = [&](QByteArrayView v) { v.isEmpty() ? out.putNull() : out.putText(v); };
    while (csv.next(fields)) {
        if (qsizetype(fields.size()) != header.size())
            throw ServerError(ServerStore::tr("%1, record %2: %3 values for %4 columns.")
                                  .arg(path)
                                  .arg(rows + 2)
                                  .arg(qsizetype(fields.size()))
                                  .arg(header.size()));
        out.reserve(recordBytes(fields));
        out.put16(columns);
        for (const Out& o : outs) {
            const QByteArrayView v = fields[o.src];
            switch (o.op) {
            case Op::Text:
                putTextOrNull(v);
                break;
            case Op::KeyText:
                out.putText(v);
                break;
            case Op::Number: {
                const QByteArrayView t = trimmedSpaces(v);
                if (t.isEmpty())
                    out.putNull();
                else
                    putNumber(o, t);
                break;
            }
            case Op::NumberDefault: {
                const QByteArrayView t = trimmedSpaces(v);
                putNumber(o, t.isEmpty() ? QByteArrayView(o.def) : t);
                break;
            }
            case Op::IdMask:
                putTextOrNull(v.isEmpty() ? v : QByteArrayView(maskedId(v)));
                break;
            }
        }
        if (partitioned) {
            if (isEnterprises) {
                lastProv = provinceOf(regionCol >= 0 ? fields[regionCol] : QByteArrayView());
                if (provincesOut && usccCol >= 0)
                    provincesOut->insert(fields[usccCol], lastProv);
            } else {
                // The row's enterprise's province; rows of an enterprise the server does not hold go to the
                // DEFAULT partition ('00'). Child files are ordered by USCC: one lookup per enterprise.
                const QByteArrayView u = trimmedSpaces(fields[usccCol]);
                if (u != QByteArrayView(lastUscc)) {
                    lastUscc = u.toByteArray();
                    lastProv = provinces.value(lastUscc, QByteArrayLiteral("00"));
                }
                if (figures)
                    figures->add(fields[usccCol], lastProv, fields);
            }
            putTextOrNull(lastProv);
        }
        if (industryCol >= 0) {
            const QByteArrayView code = trimmedSpaces(fields[industryCol]);
            if (code != QByteArrayView(lastIndustry) || lastIndustry.isNull()) {
                lastIndustry = code.toByteArray();
                lastSection = sections.value(lastIndustry);
            }
            putTextOrNull(lastSection);
        }
        out.putInt8(base + rows);
        ++rows;
        if (out.size() >= (1 << 20)) {
            db.copyData(out.data());
            out.clear();
            meter.add(csv.pos() - reported, stage);
            reported = csv.pos();
        }
    }
    out.reserve(2);
    out.put16(-1); // the trailer
    db.copyData(out.data());
    db.copyEnd();
    meter.add(csv.size() - reported, stage);
    if (figures)
        figures->finish();
    return rows;
}

/// First load of a table in the load's transaction: emptied (new files: no WAL with wal_level = minimal),
/// keys dropped, COPY, keys built once. base: the first seq number of the rows, or -1 to take them now.
qint64 loadFreshTable(PgConnection& db, const io::TableSpec& spec, const QStringList& header,
    const QString& path, const ProvinceMap& provinces, const QHash<QByteArray, QByteArray>& sections,
    LoadMeter& meter, qint64 base = -1, FiguresBuilder* figures = nullptr,
    ProvinceMap* provincesOut = nullptr)
{
    const SavedIndexes indexes = savedIndexes(db, spec.name);
    db.exec(QStringLiteral("TRUNCATE %1").arg(spec.name));
    for (const QString& sql : indexes.drop)
        db.exec(sql);
    const bool reserve = base < 0;
    if (reserve)
        base = db.scalar(QStringLiteral("SELECT nextval('registry_seq')")).toLongLong();
    const qint64 rows = copyRows(
        db, spec.name, spec, header, path, provinces, sections, base, meter, figures, provincesOut);
    if (reserve)
        db.query(
            QStringLiteral("SELECT setval('registry_seq', $1)"), { base + std::max<qint64>(rows, 1) - 1 });
    for (const QString& sql : indexes.create)
        db.exec(sql);
    return rows;
}

// ------------------------------------------------------------------ first load of a partitioned table
//
// A partitioned table that is empty on the server is loaded beside the others, each on a connection of its
// own: the rows go into a copy of the table in schema dj_stage (server schema step 6), its partitions
// alike under the same names, each with a CHECK of its partition's bounds; its keys and indexes are built
// there, and that connection commits. Only then does the load's own transaction swap the staged partitions
// in for the empty ones: DETACH the empty partition and move it to schema dj_old, DETACH the staged one and
// move it to public, ATTACH it. ATTACH takes the staged indexes as the table's (they match its
// definitions, and carry the names PostgreSQL gives a partition's indexes) and trusts the CHECK instead of
// reading the rows again, so the swap costs its catalogue changes only. Until that transaction commits,
// nothing of the load is visible. What is left in dj_stage and dj_old (the replaced partitions; all of a
// failed or killed load) is dropped after the commit, or by the next load.

const QString kStage = QStringLiteral("dj_stage.");
const QString kOld = QStringLiteral("dj_old.");

struct Partition
{
    QString name, bound, constraint;
};

/// A partitioned table's partitions (with their bounds as constraints when `constraints`: that opens each).
QList<Partition> partitionsOf(PgConnection& db, const QString& table, bool constraints = false)
{
    const PgResult r = db.query(
        QStringLiteral("SELECT c.relname, pg_get_expr(c.relpartbound, c.oid), CASE WHEN $2 THEN "
                       "pg_get_partition_constraintdef(c.oid) END "
                       "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = "
                       "$1::regclass ORDER BY c.relname"),
        { table, constraints });
    QList<Partition> out;
    for (int i = 0; i < r.rows(); ++i)
        out << Partition { r.text(i, 0), r.text(i, 1), r.text(i, 2) };
    // The DEFAULT partition last: attached after the others, its CHECK already says it holds none of theirs.
    std::stable_partition(out.begin(), out.end(), [](const Partition& p) { return p.bound != u"DEFAULT"; });
    return out;
}

/// Creates dj_stage.<table>: the table's columns, defaults and checks, its partitions under their names with
/// their bounds as CHECKs (so that ATTACH need not read them), no autovacuum until they are attached.
void createStaging(PgConnection& w, const QString& table)
{
    const QString stage = kStage + table;
    w.exec(
        QStringLiteral("CREATE TABLE %1 (LIKE public.%2 INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING "
                       "STORAGE) PARTITION BY LIST (prov)")
            .arg(stage, table));
    QStringList sql;
    for (const Partition& p : partitionsOf(w, QStringLiteral("public.") + table, true)) {
        sql << QStringLiteral("CREATE TABLE %1 PARTITION OF %2 %3 WITH (autovacuum_enabled = false)")
                   .arg(kStage + p.name, stage, p.bound);
        if (!p.constraint.isEmpty())
            sql << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT dj_stage_bound CHECK (%2)")
                       .arg(kStage + p.name, p.constraint);
    }
    w.exec(sql.join(QStringLiteral(";\n")));
}

/// The table's keys and indexes, built on its staging copy (every staged partition gets its own, named as
/// PostgreSQL names a partition's index).
void indexStaging(PgConnection& w, const QString& table)
{
    for (const IndexDef& d : indexDefs(w, QStringLiteral("public.") + table))
        w.exec(createSql(d, kStage + table));
}

/// In the load's transaction: the staged partitions replace the table's (empty) ones, which go to dj_old
/// (dropped after the commit by tidyStaging: dropping them here would hold a lock on every object of every
/// partition until the commit).
void swapStaging(PgConnection& db, const QString& table)
{
    const QString stage = kStage + table;
    QStringList sql;
    for (const Partition& p : partitionsOf(db, QStringLiteral("public.") + table)) {
        sql << QStringLiteral("ALTER TABLE public.%1 DETACH PARTITION public.%2").arg(table, p.name)
            << QStringLiteral("ALTER TABLE public.%1 SET SCHEMA dj_old").arg(p.name);
    }
    for (const Partition& p : partitionsOf(db, stage, true)) {
        sql << QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2").arg(stage, kStage + p.name)
            << QStringLiteral("ALTER TABLE %1 SET SCHEMA public").arg(kStage + p.name)
            << QStringLiteral("ALTER TABLE public.%1 ATTACH PARTITION public.%2 %3")
                   .arg(table, p.name, p.bound)
            << QStringLiteral("ALTER TABLE public.%1 RESET (autovacuum_enabled)").arg(p.name);
        if (!p.constraint.isEmpty())
            sql << QStringLiteral("ALTER TABLE public.%1 DROP CONSTRAINT dj_stage_bound").arg(p.name);
    }
    db.exec(sql.join(QStringLiteral(";\n"))); // one round trip
}

/// Drops the tables left in dj_stage and dj_old, in transactions of up to 64 under the registry lock (a
/// table's drop locks each of its objects). wait: for the lock, else nothing is done when another load holds
/// it (that one tidies up first).
void tidyStaging(PgConnection& db, bool wait)
{
    const PgResult r = db.query(QStringLiteral(
        "SELECT n.nspname || '.' || quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = "
        "c.relnamespace WHERE n.nspname IN ('dj_stage', 'dj_old') AND c.relkind IN ('r', 'p') AND NOT "
        "c.relispartition ORDER BY 1"));
    for (int at = 0; at < r.rows(); at += 64) {
        QStringList sql;
        for (int i = at; i < std::min(r.rows(), at + 64); ++i)
            sql << QStringLiteral("DROP TABLE IF EXISTS %1").arg(r.text(i, 0));
        PgTransaction tx(db);
        if (wait)
            db.query(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), { ServerStore::kRegistryLock });
        else if (db.scalar(
                     QStringLiteral("SELECT pg_try_advisory_xact_lock($1)"), { ServerStore::kRegistryLock })
            != u"t")
            return;
        db.exec(sql.join(QStringLiteral(";\n")));
        tx.commit();
    }
}

/// One partitioned table to load into its staging copy.
struct StageJob
{
    const io::TableSpec* spec;
    QString path;
    QStringList header;
    qint64 base; ///< the first of its reserved seq numbers
    bool needsProvinces; ///< a child table: waits for the provinces of the enterprises
    bool givesProvinces; ///< the enterprises, whose copy records their provinces for the child tables
};

/// The staging jobs, taken by the loader's connections in turn; a child table waits for the provinces.
class StageQueue
{
public:
    explicit StageQueue(QList<StageJob> jobs)
        : m_jobs(std::move(jobs))
    {
    }
    std::optional<StageJob> take()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            if (m_stopped || m_jobs.isEmpty())
                return std::nullopt;
            if (!m_jobs.first().needsProvinces || m_provincesReady)
                return m_jobs.takeFirst();
            m_changed.wait(lock);
        }
    }
    void provincesReady()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_provincesReady = true;
        m_changed.notify_all();
    }
    void stop()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    QList<StageJob> m_jobs;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_provincesReady = false, m_stopped = false;
};

/// A staged table, committed by its connection and ready to be swapped in.
struct StagedTable
{
    QString table;
    qint64 rows;
    bool figures; ///< financials brought enterprise_figures along
};

/// Loads one staging job on a worker connection and commits it; financials bring enterprise_figures along
/// (computed while the file streams by). The enterprises' copy records their provinces and tells the queue
/// before the keys are built, so that the child tables start meanwhile.
StagedTable runStageJob(PgConnection& w, const StageJob& job, ProvinceMap& provinces,
    const QHash<QByteArray, QByteArray>& sections, LoadMeter& meter, StageQueue& queue)
{
    const QString table = job.spec->name;
    const bool isFinancials = table == u"financials";
    PgTransaction tx(w);
    createStaging(w, table);
    FiguresBuilder figures(job.header);
    const qint64 rows = copyRows(w, kStage + table, *job.spec, job.header, job.path, provinces, sections,
        job.base, meter, isFinancials ? &figures : nullptr, job.givesProvinces ? &provinces : nullptr);
    if (job.givesProvinces)
        queue.provincesReady();
    indexStaging(w, table);
    const bool figuresStaged = isFinancials && figures.usable();
    if (figuresStaged) {
        createStaging(w, QStringLiteral("enterprise_figures"));
        copyFigures(w, kStage + QStringLiteral("enterprise_figures"), figures.rows());
        indexStaging(w, QStringLiteral("enterprise_figures"));
    }
    tx.commit();
    return StagedTable { table, rows, figuresStaged };
}

/// Runs the staging jobs on `count` connections of their own, each on its thread, and hands each committed
/// table to the load's connection (staged()) while the others go on. Joined by join() or at destruction, so
/// no thread outlives a failed load (the queue is stopped and the meter failed first).
class StageWorkers
{
public:
    StageWorkers(const QString& conninfo, StageQueue& queue, ProvinceMap& provinces,
        const QHash<QByteArray, QByteArray>& sections, LoadMeter& meter, int count)
        : m_running(count)
    {
        for (int i = 0; i < count; ++i) {
            m_threads.emplace_back([this, conninfo, &queue, &provinces, &sections, &meter] {
                try {
                    PgConnection w(conninfo);
                    // At least 256MB for the key and index builds (the server's own setting when larger).
                    w.exec(
                        QStringLiteral("SELECT set_config('maintenance_work_mem', '256MB', false) WHERE "
                                       "pg_size_bytes(current_setting('maintenance_work_mem')) < 268435456"));
                    while (const std::optional<StageJob> job = queue.take()) {
                        StagedTable done = runStageJob(w, *job, provinces, sections, meter, queue);
                        const std::lock_guard<std::mutex> lock(m_mutex);
                        m_staged.push_back(std::move(done));
                        m_changed.notify_all();
                    }
                } catch (...) {
                    meter.fail(std::current_exception());
                    queue.stop();
                }
                const std::lock_guard<std::mutex> lock(m_mutex);
                --m_running;
                m_changed.notify_all();
            });
        }
    }
    ~StageWorkers() { join(); }

    /// The next committed table, as soon as there is one; nothing once every connection has stopped (all
    /// jobs done, or one failed: the meter has its error).
    std::optional<StagedTable> staged()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_staged.empty() || m_running == 0; });
        if (m_staged.empty())
            return std::nullopt;
        StagedTable t = std::move(m_staged.front());
        m_staged.pop_front();
        return t;
    }

    void join()
    {
        for (std::thread& t : m_threads)
            if (t.joinable())
                t.join();
    }

private:
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<StagedTable> m_staged;
    int m_running;
};

/// ANALYZE of a loaded table. Of the large tables only the columns searches and pulls filter and join on (the
/// long texts made up most of a whole ANALYZE's time).
QString analyzeSql(const QString& table)
{
    static const QHash<QString, QString> columns {
        { QStringLiteral("enterprises"),
            QStringLiteral("prov, uscc, status, region_code, industry_code, industry_section, established, "
                           "registered_capital, insured_count, seq") },
        { QStringLiteral("enterprise_figures"), QStringLiteral("prov, uscc, revenue, tax") },
        { QStringLiteral("financials"), QStringLiteral("prov, uscc, year, revenue, tax, seq") },
        { QStringLiteral("financing"), QStringLiteral("prov, uscc, seq") },
        { QStringLiteral("licenses"), QStringLiteral("prov, uscc, kind, valid_to, seq") },
        { QStringLiteral("qualifications"), QStringLiteral("prov, uscc, kind, seq") },
        { QStringLiteral("risks"), QStringLiteral("prov, uscc, kind, status, seq") },
        { QStringLiteral("ip"), QStringLiteral("prov, uscc, kind, seq") },
        { QStringLiteral("roles"), QStringLiteral("prov, uscc, person_id, role, seq") },
        { QStringLiteral("shareholdings"),
            QStringLiteral("prov, investee_uscc, holder_kind, holder_id, seq") },
    };
    const auto it = columns.constFind(table);
    return it == columns.constEnd() ? QStringLiteral("ANALYZE %1").arg(table)
                                    : QStringLiteral("ANALYZE %1 (%2)").arg(table, *it);
}

/// How many connections a first load uses. Staging on several holds about 12 locks per staged partition
/// until the commit (the swap's DETACH, RENAME and ATTACH of each partition and its indexes), in the
/// server's shared lock table of max_locks_per_transaction × max_connections slots; where that is too
/// small the load takes one connection and says why.
int loadConnections(PgConnection& db, const QList<StageJob>& jobs, int requested, QString& note)
{
    if (requested == 1)
        return 1;
    QStringList tables;
    for (const StageJob& job : jobs)
        tables << job.spec->name;
    if (tables.contains(QStringLiteral("financials")))
        tables << QStringLiteral("enterprise_figures");
    const PgResult r = db.query(
        QStringLiteral(
            "SELECT current_setting('max_locks_per_transaction')::bigint, "
            "current_setting('max_connections')::bigint + "
            "current_setting('max_prepared_transactions')::bigint, (SELECT count(*) FROM pg_inherits "
            "WHERE inhparent::regclass::text = ANY(string_to_array($1, ',')))"),
        { tables.join(u',') });
    const qint64 perTransaction = r.integer(0, 0), backends = std::max<qint64>(r.integer(0, 1), 1);
    const qint64 lockSlots = perTransaction * backends, need = 12 * r.integer(0, 2) + 500;
    if (need > lockSlots * 3 / 4) {
        // The setting that gives the load its locks in three quarters of the table, in steps of 64.
        const qint64 setting = ((need * 4 / 3 / backends) / 64 + 1) * 64;
        note = ServerStore::tr(
            "Loaded on one connection: a parallel first load holds about %1 locks until it "
            "commits, and the server's lock table has %2 slots. Set max_locks_per_transaction "
            "= %3 (now %4) on the server for a faster first load.")
                   .arg(need)
                   .arg(lockSlots)
                   .arg(setting)
                   .arg(perTransaction);
        return 1;
    }
    return requested > 0 ? requested : kLoadConnections;
}

} // namespace

LoadSummary ServerStore::loadBundle(
    PgConnection& db, const QString& dir, const Progress& progress, const LoadOptions& options)
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
    qint64 totalBytes = 0;
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
        totalBytes += QFileInfo(path).size();
    }
    if (files.isEmpty())
        throw ServerError(tr("%1 holds no bundle file (enterprises.csv, persons.csv, …).").arg(dir));

    LoadSummary summary;
    LoadMeter meter(progress, totalBytes);
    tidyStaging(db, true); // what a failed or killed load left
    try {
        PgTransaction tx(db);
        db.query(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), { kRegistryLock });
        db.query(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), { kFieldWorkLock });
        // Planner statistics of each table as soon as it is in place, in this transaction (they commit with
        // the rows, and a table's ANALYZE runs while the other connections still stage theirs). A sample of
        // 3,000 rows per partition (statistics target 10) instead of 30,000: the default sample made ANALYZE
        // a quarter of a national load, and the searches' plans are the same with it (bench_teamserver). An
        // operator may run ANALYZE with the default later; autovacuum refreshes the partitions' own. A failed
        // ANALYZE loses no row: the load goes on and says so.
        db.exec(QStringLiteral("SET LOCAL default_statistics_target = 10"));
        auto analyze = [&](const QString& table) {
            db.exec(QStringLiteral("SAVEPOINT dj_analyze"));
            try {
                db.exec(analyzeSql(table));
                db.exec(QStringLiteral("RELEASE SAVEPOINT dj_analyze"));
            } catch (const ServerError& e) {
                db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT dj_analyze"));
                summary.note = tr("Loaded, but the statistics of %1 were not refreshed (%2): run ANALYZE on "
                                  "the server.")
                                   .arg(table, e.message());
            }
        };
        QHash<QByteArray, QByteArray> sections;
        {
            const PgResult r = db.query(QStringLiteral("SELECT code, section FROM industry_sections"));
            for (int i = 0; i < r.rows(); ++i)
                sections.insert(r.bytes(i, 0), r.bytes(i, 1));
        }

        // A file through this connection: a table empty on the server that is not partitioned by the fast
        // path (loadFreshTable), any other through a temporary table and the upsert.
        auto loadHere = [&](const File& file) {
            const QString& name = file.spec->name;
            const bool fieldWork = name == u"visits" || name == u"tasks";
            if (!fieldWork && !ServerSchema::partitionedTables().contains(name) && isEmptyTable(db, name)) {
                summary.rows[name]
                    = loadFreshTable(db, *file.spec, file.header, file.path, {}, sections, meter);
                analyze(name);
                return;
            }
            QStringList cols;
            for (const QString& h : file.header)
                cols << PgConnection::quoteIdentifier(h) + QStringLiteral(" text");
            db.exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.stg"));
            db.exec(QStringLiteral("CREATE TEMP TABLE stg (%1) ON COMMIT DROP").arg(cols.join(u", ")));
            copyFile(db, QStringLiteral("stg"), file.header, file.path, meter);
            summary.rows[name] = fieldWork ? loadFieldWorkTable(db, *file.spec, file.header)
                                           : loadRegistryTable(db, *file.spec, file.header);
            analyze(fieldWork ? QStringLiteral("fw_records") : name);
            if (name == u"financials" && summary.rows[name] > 0) {
                refreshFiguresOfStaged(db);
                analyze(QStringLiteral("enterprise_figures"));
            }
        };

        // Partitioned tables empty on the server are staged on connections of their own (StageWorkers),
        // beside the other files on this one; partitioned tables that hold rows are upserted after the swap
        // (their upsert reads the enterprises, which are in place by then).
        QList<StageJob> jobs;
        QList<const File*> here, afterSwap;
        const File* enterprises = nullptr;
        for (const File& file : files) {
            const QString& name = file.spec->name;
            const bool isEnterprises = name == u"enterprises";
            if (isEnterprises)
                enterprises = &file;
            if (!ServerSchema::partitionedTables().contains(name))
                here << &file;
            else if (isEmptyTable(db, name))
                jobs << StageJob { file.spec, file.path, file.header, 0, !isEnterprises, false };
            else
                afterSwap << &file;
        }
        const bool enterprisesStaged = enterprises && !afterSwap.contains(enterprises);
        ProvinceMap provinces;
        if (!jobs.isEmpty() && !enterprisesStaged) {
            // Child tables are staged with their enterprises' provinces as the server holds them, after this
            // bundle's enterprises are upserted.
            if (enterprises) {
                loadHere(*enterprises);
                afterSwap.removeOne(enterprises);
            }
            provinces = serverProvinces(db);
        }
        // Enterprises first (the others wait for the provinces), then the largest files first.
        std::stable_sort(jobs.begin(), jobs.end(), [](const StageJob& a, const StageJob& b) {
            if (a.needsProvinces != b.needsProvinces)
                return !a.needsProvinces;
            return QFileInfo(a.path).size() > QFileInfo(b.path).size();
        });
        // seq numbers: a block per staged file, reserved at once (the sequence is not transactional; numbers
        // left unused are gaps, which the "changed since N" protocol allows).
        if (!jobs.isEmpty()) {
            qint64 next = db.scalar(QStringLiteral("SELECT nextval('registry_seq')")).toLongLong();
            for (StageJob& job : jobs) {
                job.base = next;
                next += recordBound(job.path, job.header);
            }
            db.query(QStringLiteral("SELECT setval('registry_seq', $1)"), { next });
        }

        // The staged enterprises' copy records their provinces for the child tables (else they were read from
        // the server above, or no child table is staged).
        const bool provincesFromCopy = enterprisesStaged && jobs.size() > 1;
        for (StageJob& job : jobs)
            job.givesProvinces = provincesFromCopy && job.spec == enterprises->spec;

        summary.connections
            = jobs.isEmpty() ? 1 : loadConnections(db, jobs, options.connections, summary.note);
        if (summary.connections == 1) {
            // One connection: each table emptied, COPYed and indexed in this transaction.
            for (const File* file : here)
                loadHere(*file);
            for (const StageJob& job : jobs) {
                const bool isFinancials = job.spec->name == u"financials";
                FiguresBuilder figures(job.header);
                summary.rows[job.spec->name] = loadFreshTable(db, *job.spec, job.header, job.path, provinces,
                    sections, meter, job.base, isFinancials ? &figures : nullptr,
                    job.givesProvinces ? &provinces : nullptr);
                analyze(job.spec->name);
                if (isFinancials) {
                    refreshFiguresWhole(db, figures.usable() ? figures.rows() : QByteArrayView());
                    analyze(QStringLiteral("enterprise_figures"));
                }
            }
        } else {
            StageQueue queue(jobs);
            if (!provincesFromCopy)
                queue.provincesReady();
            StageWorkers workers(db.conninfo(), queue, provinces, sections, meter,
                int(std::min<qsizetype>(jobs.size(), summary.connections)));
            // This connection loads its own tables, then swaps each staged table in as soon as its connection
            // has committed it, while the others are still staged.
            try {
                for (const File* file : here)
                    loadHere(*file);
                while (const std::optional<StagedTable> staged = workers.staged()) {
                    if (meter.failed())
                        break;
                    swapStaging(db, staged->table);
                    summary.rows[staged->table] = staged->rows;
                    analyze(staged->table);
                    if (staged->table == u"financials") {
                        if (staged->figures)
                            swapStaging(db, QStringLiteral("enterprise_figures"));
                        else
                            refreshFiguresWhole(db); // not ordered by USCC: the server computes them
                        analyze(QStringLiteral("enterprise_figures"));
                    }
                }
            } catch (...) {
                meter.fail(std::current_exception());
                queue.stop();
            }
            workers.join();
            meter.rethrow();
        }
        for (const File* file : afterSwap)
            loadHere(*file);
        db.exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.stg"));
        tx.commit();
    } catch (...) {
        // The load's transaction is rolled back; what its connections staged and committed goes now.
        try {
            tidyStaging(db, false);
        } catch (const ServerError&) {
            // the connection is gone: the next load tidies up
        }
        throw;
    }
    // The replaced partitions are dropped.
    try {
        tidyStaging(db, false);
    } catch (const ServerError&) {
        // left for the next load
    }
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
    db.query(QStringLiteral("DELETE FROM enterprise_figures WHERE uscc = ANY(string_to_array($1, '|'))"),
        { list });
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
           << QStringLiteral("access_roles") << QStringLiteral("industry_sections")
           << QStringLiteral("enterprise_figures");
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
