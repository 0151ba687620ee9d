#include "core/io/importer.h"

#include "core/codes/idnumber.h"
#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "core/codes/uscc.h"
#include "core/common/logging.h"
#include "core/geo/addressnormalizer.h"
#include "core/io/csvreader.h"
#include "core/io/exporter.h"
#include "core/io/ioerror.h"
#include "core/io/tabledecision.h"
#include "core/io/tableschema.h"
#include "core/io/valueparser.h"
#include "core/io/xlsxreader.h"
#include "core/parks/parkstore.h"
#include "core/search/searchindex.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dj::io {

using store::Database;
using store::Statement;

namespace {

struct SourceRef
{
    QString path;
    QString sheet;
    QString label;
};

bool isXlsx(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}
bool isCsv(const QString& path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

// Expands the user's paths into sources: folders into their CSV/XLSX files, workbooks into their sheets.
QList<SourceRef> discover(const QStringList& paths, std::map<QString, std::unique_ptr<XlsxReader>>& workbooks)
{
    if (paths.isEmpty())
        throw IoError(Importer::tr("Nothing to import: give a folder, a .csv file or an .xlsx workbook."));
    QStringList files;
    for (const QString& p : paths) {
        const QFileInfo fi(p);
        if (!fi.exists())
            throw IoError(Importer::tr("%1 does not exist.").arg(p));
        const QString folder = fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath();
        if (QFileInfo::exists(QDir(folder).absoluteFilePath(Exporter::incompleteMarker())))
            throw IoError(Importer::tr("%1 holds an export that did not finish (it was interrupted), so "
                                       "its files may be incomplete; export it again.")
                              .arg(folder));
        if (fi.isDir()) {
            const QFileInfoList entries
                = QDir(p).entryInfoList({ QStringLiteral("*.csv"), QStringLiteral("*.xlsx"),
                                            QStringLiteral("*.CSV"), QStringLiteral("*.XLSX") },
                    QDir::Files | QDir::Readable, QDir::Name);
            if (entries.isEmpty())
                throw IoError(Importer::tr("The folder %1 holds no .csv or .xlsx files.").arg(p));
            for (const QFileInfo& e : entries)
                if (!e.fileName().startsWith(QLatin1String("~$"))) // Excel's lock files
                    files << e.absoluteFilePath();
        } else if (isCsv(p) || isXlsx(p)) {
            files << fi.absoluteFilePath();
        } else {
            throw IoError(
                Importer::tr("%1 is not a bundle: give a folder, a .csv file or an .xlsx workbook.").arg(p));
        }
    }
    files.removeDuplicates();
    QList<SourceRef> out;
    for (const QString& f : files) {
        const QString name = QFileInfo(f).fileName();
        if (isXlsx(f)) {
            auto reader = std::make_unique<XlsxReader>(f);
            for (const QString& sheet : reader->sheetNames())
                out.append({ f, sheet, name + u'!' + sheet });
            workbooks[f] = std::move(reader);
        } else {
            out.append({ f, QString(), name });
        }
    }
    return out;
}

std::unique_ptr<RowSource> openSource(
    const SourceRef& ref, const std::map<QString, std::unique_ptr<XlsxReader>>& workbooks)
{
    if (ref.sheet.isEmpty())
        return std::make_unique<CsvReader>(ref.path);
    return workbooks.at(ref.path)->openSheet(ref.sheet);
}

bool isBlankRecord(const QStringList& fields)
{
    for (const QString& f : fields)
        for (QChar c : f)
            if (!c.isSpace())
                return false;
    return true;
}

// The table a source's own name says (enterprises.csv, sheet "enterprises"); empty when none.
QString tableFromName(const SourceRef& ref)
{
    const QString base = ref.sheet.isEmpty() ? QFileInfo(ref.path).completeBaseName() : ref.sheet;
    const QString folded = base.trimmed().toLower();
    return TableSchema::find(folded) ? folded : QString();
}

// A header that some table knows (uscc, 统一社会信用代码, 所属省份 …).
bool isKnownHeader(const QString& cell)
{
    for (const TableSpec& t : TableSchema::tables())
        if (!TableSchema::canonicalColumn(t.name, cell).isEmpty())
            return true;
    return false;
}

int filledCells(const QStringList& fields)
{
    int n = 0;
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            ++n;
    return n;
}

struct HeaderRead
{
    QStringList headers;
    qint64 line = 0;
    QList<qint64> titleRows; // lines above the header skipped as a title block
};

// Finds the header row: vendor exports put a title block above it (导出时间：…, merged cells, one filled
// cell per row). The header is the first row with two or more filled cells, or a single known header;
// when none comes within 10 rows the first non-blank row is the header after all (a one-column file).
// `rows` is left just after the header (reopened when the scan went past it).
HeaderRead readHeader(
    std::unique_ptr<RowSource>& rows, const std::function<std::unique_ptr<RowSource>()>& reopen)
{
    constexpr int kMaxTitleRows = 10;
    HeaderRead h;
    QStringList fields;
    QList<qint64> singles;
    while (rows->next(fields)) {
        if (isBlankRecord(fields))
            continue;
        const int filled = filledCells(fields);
        bool header = filled >= 2;
        if (!header && filled == 1) {
            for (const QString& f : fields)
                if (!f.trimmed().isEmpty())
                    header = isKnownHeader(f.trimmed());
        }
        if (header) {
            h.headers = fields;
            h.line = rows->line();
            h.titleRows = singles;
            return h;
        }
        singles << rows->line();
        if (singles.size() >= kMaxTitleRows)
            break;
    }
    if (singles.isEmpty())
        return h;
    rows = reopen();
    while (rows->next(fields)) {
        if (!isBlankRecord(fields)) {
            h.headers = fields;
            h.line = rows->line();
            return h;
        }
    }
    return h;
}

// A note below the data (数据来源：企查查, 注：…, 共 25 条): one filled cell in a row of a wider table,
// starting like a note. Such rows are skipped and reported, never rejected as bad data.
bool isNoteText(QStringView cell)
{
    static const char* const kPrefixes[]
        = { "数据来源", "来源", "注：", "注:", "说明", "备注", "导出", "免责", "※", "*", "＊", "温馨提示",
              "本表", "本数据", "共", "合计", "总计", "以上", "制表", "Powered", "更多数据" };
    const QString t = cell.trimmed().toString();
    for (const char* p : kPrefixes)
        if (t.startsWith(QString::fromUtf8(p)))
            return true;
    return false;
}

// 合计 / 总计 / 小计 opening a row: the sum of the rows above, not an enterprise.
bool isTotalText(QStringView cell)
{
    const QStringView t = cell.trimmed();
    return t == u"合计" || t == u"总计" || t == u"小计" || t == u"合计：" || t == u"总计：";
}

struct Resolved
{
    QString table;
    QStringList columns; // canonical per header, "" = ignored
    bool remembered = false;
    TableDecision decision;
};

Resolved resolve(
    const SourceRef& ref, const QStringList& headers, const ImportOptions* options, const Database* db)
{
    Resolved r;
    const QString fp = Importer::fingerprint(headers);
    SourceMapping mapping;
    if (options && options->mappings.contains(fp)) {
        mapping = options->mappings.value(fp);
        r.decision.by = TableDecision::By::Mapping;
        r.decision.reason = Importer::tr("mapped by the user");
    } else if (db) {
        mapping = Importer::rememberedMapping(*db, fp);
        r.remembered = !mapping.table.isEmpty();
        if (r.remembered) {
            r.decision.by = TableDecision::By::Remembered;
            r.decision.reason = Importer::tr("the mapping chosen for this header row before");
        }
    }
    r.table = mapping.table;
    if (r.table.isEmpty()) {
        r.table = tableFromName(ref);
        if (!r.table.isEmpty()) {
            r.decision.by = TableDecision::By::Name;
            r.decision.reason = Importer::tr("named after its table");
        }
    }
    if (r.table.isEmpty()) {
        const QString name = ref.sheet.isEmpty() ? QFileInfo(ref.path).completeBaseName() : ref.sheet;
        r.decision = TableDecider::decide(headers, name);
        r.table = r.decision.table;
    } else {
        r.decision.table = r.table;
        TableDecider::score(r.table, headers, &r.decision.evidence);
    }
    const TableSpec* spec = TableSchema::find(r.table);
    if (!spec) {
        r.table.clear();
        r.decision.table.clear();
        return r;
    }
    QSet<QString> used;
    for (const QString& h : headers) {
        QString c;
        if (!mapping.table.isEmpty())
            c = mapping.columns.value(h);
        else
            c = TableSchema::canonicalColumn(r.table, h);
        if (!c.isEmpty()
            && ((spec->indexOf(c) < 0 && !TableSchema::isAuxiliary(r.table, c)) || used.contains(c)))
            c.clear();
        if (!c.isEmpty())
            used.insert(c);
        r.columns << c;
    }
    return r;
}

// ---------------------------------------------------------------------------------------------------
// Row conversion

struct Value
{
    enum Type { Null, Int, Real, Text } type = Null;
    qint64 i = 0;
    double d = 0;
    // Text: the UTF-8 bytes at p (n of them), either owned by s or borrowed from the record being read.
    const char* p = nullptr;
    qsizetype n = 0;
    QByteArray s;
    void setNull() { type = Null; }
    void setInt(qint64 v)
    {
        type = Int;
        i = v;
    }
    void setReal(double v)
    {
        type = Real;
        d = v;
    }
    void setText(const QString& v) { setBytes(v.toUtf8()); }
    void setBytes(const QByteArray& v)
    {
        type = Text;
        s = v;
        p = s.constData();
        n = s.size();
    }
    void setView(const char* bytes, qsizetype size)
    {
        type = Text;
        p = bytes;
        n = size;
    }
    QByteArray bytes() const { return QByteArray(p, n); }
};

struct Target
{
    int source; // field index in the record
    const ColumnSpec* spec;
    QString header;
    int slot; // value slot of the column itself
    int extraSlot = -1; // currency / uscc_invalid / industry_section / id_masked
};

struct ForeignKey
{
    const char* column;
    const char* parentTable;
    const char* parentColumn;
    const char* what; // for the message
};

QList<ForeignKey> foreignKeys(const QString& table)
{
    if (table == u"roles")
        return { { "uscc", "enterprises", "uscc", "enterprise" },
            { "person_id", "persons", "person_id", "person" } };
    if (table == u"shareholdings")
        return { { "investee_uscc", "enterprises", "uscc", "enterprise" } };
    if (table == u"financials" || table == u"financing" || table == u"licenses" || table == u"qualifications"
        || table == u"risks" || table == u"ip")
        return { { "uscc", "enterprises", "uscc", "enterprise" } };
    if (table == u"buildings")
        return { { "park_id", "parks", "park_id", "park" } };
    if (table == u"tenants")
        return { { "building_id", "buildings", "building_id", "building" } };
    return {};
}

// ---- Fast paths over UTF-8 bytes -------------------------------------------------------------------
// Most cells of a bundle are already canonical (an exported bundle is nothing else). These recognise the
// canonical form straight from the file's bytes and give exactly what the general QString path gives;
// anything they are not sure about goes the general way.

bool asciiSpace(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Code point starting at p (valid UTF-8, checked when the file was opened).
char32_t decodeAt(const unsigned char* p)
{
    if (p[0] < 0x80)
        return p[0];
    if (p[0] < 0xE0)
        return char32_t((p[0] & 0x1F) << 6 | (p[1] & 0x3F));
    if (p[0] < 0xF0)
        return char32_t((p[0] & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F));
    return char32_t((p[0] & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 | (p[3] & 0x3F));
}

// True when trimming would not change the text (and it does not start with a byte order mark).
bool edgesClean(QByteArrayView b)
{
    if (b.isEmpty())
        return false;
    const auto* p = reinterpret_cast<const unsigned char*>(b.data());
    const qsizetype n = b.size();
    if (p[0] < 0x80) {
        if (asciiSpace(p[0]))
            return false;
    } else {
        const char32_t c = decodeAt(p);
        if (c == 0xFEFF || QChar::isSpace(c))
            return false;
    }
    if (p[n - 1] < 0x80)
        return !asciiSpace(p[n - 1]);
    qsizetype k = n - 1;
    while (k > 0 && (p[k] & 0xC0) == 0x80)
        --k;
    return !QChar::isSpace(decodeAt(p + k));
}

// Printable ASCII without space at either end.
bool plainAscii(QByteArrayView b)
{
    if (b.isEmpty() || b.front() == ' ' || b.back() == ' ')
        return false;
    for (char c : b)
        if (c < 0x20 || c > 0x7E)
            return false;
    return true;
}

bool equalsFold(QByteArrayView b, const char* lower)
{
    const qsizetype n = qsizetype(qstrlen(lower));
    if (b.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char c = b[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

// The ASCII ones of ValueParser::isBlankMarker.
bool asciiBlankMarker(QByteArrayView b)
{
    return b == "-" || b == "--" || b == "/" || equalsFold(b, "null") || equalsFold(b, "n/a")
        || equalsFold(b, "na");
}

bool allDigits(QByteArrayView b)
{
    for (char c : b)
        if (c < '0' || c > '9')
            return false;
    return !b.isEmpty();
}

int digitsValue(QByteArrayView b)
{
    int v = 0;
    for (char c : b)
        v = v * 10 + (c - '0');
    return v;
}

// A plain decimal: optional '-', digits, optionally '.' and digits.
std::optional<double> plainNumber(QByteArrayView b)
{
    qsizetype i = 0;
    const qsizetype n = b.size();
    if (n == 0 || n > 40)
        return std::nullopt;
    if (b[0] == '-')
        ++i;
    const qsizetype intStart = i;
    while (i < n && b[i] >= '0' && b[i] <= '9')
        ++i;
    if (i == intStart)
        return std::nullopt;
    if (i < n) {
        if (b[i] != '.')
            return std::nullopt;
        const qsizetype fracStart = ++i;
        while (i < n && b[i] >= '0' && b[i] <= '9')
            ++i;
        if (i == fracStart || i != n)
            return std::nullopt;
    }
    double v = 0;
    const auto [ptr, ec] = std::from_chars(b.data(), b.data() + n, v);
    if (ec != std::errc() || ptr != b.data() + n || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// One of a fixed set of UTF-8 spellings; returns its index or -1.
int indexIn(QByteArrayView b, std::initializer_list<const char*> set)
{
    int i = 0;
    for (const char* s : set) {
        if (b == s)
            return i;
        ++i;
    }
    return -1;
}

const QList<QByteArray>& canonicalRoles()
{
    // Must equal ValueParser::splitRoles' own list: a cell holding exactly one of these is that role.
    static const QList<QByteArray> roles = { "法定代表人", "董事长", "副董事长", "执行董事", "董事",
        "监事会主席", "监事", "总经理", "经理", "财务负责人", "执行事务合伙人", "其他" };
    return roles;
}

// ---- Parsed rows travel from the reading thread to the writing thread in batches ------------------

struct Cell
{
    Value::Type type;
    qint64 i; // Int; Text: offset into Batch::text
    double d; // Real; Text: unused
    qsizetype n; // Text: length
};

struct Record
{
    qint64 line = 0;
    int rows = 0; // insert rows (several for one person with several roles)
    QString column; // a conversion problem: the row is rejected
    QString reason;
};

struct Batch
{
    int source = -1;
    std::vector<Record> records;
    std::vector<Cell> cells; // rows × slots
    std::string text;
    qint64 position = 0; // bytes of the source read so far
    bool endOfSource = false;
    bool endOfAll = false;
    std::exception_ptr error;
    void clear()
    {
        source = -1;
        records.clear();
        cells.clear();
        text.clear();
        position = 0;
        endOfSource = endOfAll = false;
        error = nullptr;
    }
};

/// A bounded queue of batches between exactly one reader and one writer, with a pool of spent batches
/// so that their buffers are reused. Memory stays at a few batches whatever the size of the bundle.
class BatchQueue
{
public:
    static constexpr size_t kCapacity = 4;

    std::unique_ptr<Batch> take() // reader: an empty batch to fill; null when stopped
    {
        std::unique_lock lock(m_mutex);
        if (m_stopped)
            return nullptr;
        if (!m_pool.empty()) {
            std::unique_ptr<Batch> b = std::move(m_pool.back());
            m_pool.pop_back();
            b->clear();
            return b;
        }
        return std::make_unique<Batch>();
    }
    bool push(std::unique_ptr<Batch> b) // reader; false when stopped
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_stopped || m_full.size() < kCapacity; });
        if (m_stopped)
            return false;
        m_full.push_back(std::move(b));
        m_notEmpty.notify_one();
        return true;
    }
    std::unique_ptr<Batch> pop() // writer
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_full.empty(); });
        std::unique_ptr<Batch> b = std::move(m_full.front());
        m_full.pop_front();
        m_notFull.notify_one();
        return b;
    }
    void recycle(std::unique_ptr<Batch> b) // writer
    {
        std::unique_lock lock(m_mutex);
        m_pool.push_back(std::move(b));
    }
    void stop() // writer: the reader ends at its next push
    {
        std::unique_lock lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }
    bool stopped()
    {
        std::unique_lock lock(m_mutex);
        return m_stopped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_pool;
    bool m_stopped = false;
};

/// Turns the records of one source into database values (the exchange-format rules), without touching
/// the database: it runs on the reading thread.
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    RowConverter(
        const TableSpec& spec, const QStringList& headers, const QStringList& columns, bool worksheet)
        : m_spec(spec)
        , m_worksheet(worksheet)
    {
        auto slotFor = [this](const QString& column) {
            const int i = int(m_dbColumns.indexOf(column));
            if (i >= 0)
                return i;
            m_dbColumns << column;
            return int(m_dbColumns.size() - 1);
        };
        for (const ColumnSpec& c : spec.columns) {
            const int src = int(columns.indexOf(c.name));
            if (src < 0)
                continue;
            Target t { src, &c, headers.at(src), -1 };
            if (c.kind == ValueKind::IdNumber) {
                t.slot = slotFor(QStringLiteral("id_masked"));
                m_birthplace = slotFor(QStringLiteral("birthplace_code"));
                m_birthYear = slotFor(QStringLiteral("birth_year"));
                m_gender = slotFor(QStringLiteral("gender"));
            } else {
                t.slot = slotFor(c.name);
            }
            if (c.kind == ValueKind::Uscc)
                t.extraSlot = slotFor(QStringLiteral("uscc_invalid"));
            else if (c.kind == ValueKind::IndustryCode)
                t.extraSlot = slotFor(QStringLiteral("industry_section"));
            else if (c.kind == ValueKind::Money && spec.indexOf(c.name + QStringLiteral("_currency")) >= 0)
                t.extraSlot = slotFor(c.name + QStringLiteral("_currency"));
            if (c.kind == ValueKind::Role)
                m_roleSlot = t.slot;
            m_targets.push_back(t);
        }
        // Derived person fields fill in only where the source leaves them empty: remember which slots
        // have a source column of their own.
        for (const Target& t : m_targets) {
            if (t.spec->name == u"birthplace_code")
                m_birthplaceSource = true;
            else if (t.spec->name == u"birth_year")
                m_birthYearSource = true;
            else if (t.spec->name == u"gender")
                m_genderSource = true;
        }

        setupDerived(spec, headers, columns, slotFor);
        m_values.resize(size_t(m_slotCount));
    }

    /// The source was recognised by its headers (a vendor layout): "-", "无" … are empty in text columns too.
    void setVendorLayout(bool vendor) { m_vendor = vendor; }
    const TableSpec& spec() const { return m_spec; }
    const QStringList& dbColumns() const { return m_dbColumns; }
    /// Values per row in a batch: the database columns, then side values (person/building names).
    int slotCount() const { return m_slotCount; }
    int personNameSlot() const { return m_personNameSlot; }
    int buildingNameSlot() const { return m_buildingNameSlot; }
    /// 税款所属期 rows: several rows of one enterprise and year are added up, not replaced.
    bool sumsDuplicates() const { return m_sumDuplicates; }
    /// Rows per region source (code, names, address, uscc) and industry source (code, name).
    QMap<QString, qint64> regionSources() const
    {
        QMap<QString, qint64> out;
        for (int i = 0; i < 4; ++i)
            if (m_regionCounts[i])
                out.insert(QString::fromLatin1(kRegionSources[i]), m_regionCounts[i]);
        return out;
    }
    QMap<QString, qint64> industrySources() const
    {
        QMap<QString, qint64> out;
        if (m_industryCounts[0])
            out.insert(QStringLiteral("code"), m_industryCounts[0]);
        if (m_industryCounts[1])
            out.insert(QStringLiteral("name"), m_industryCounts[1]);
        return out;
    }

    QString headerOf(const QString& column) const
    {
        for (const Target& t : m_targets)
            if (t.spec->name == column)
                return t.header;
        return column;
    }

    /// Converts one record (decoded fields, or raw UTF-8 fields of a CSV reader) and appends its insert
    /// rows to the batch; a conversion problem appends the record with its reason and no rows.
    void convertInto(
        const QStringList* fields, const CsvReader* raw, qint64 line, Batch& batch, QList<Issue>& warnings)
    {
        Record rec;
        rec.line = line;
        if (!convertRecord(fields, raw, rec, warnings)) {
            batch.records.push_back(std::move(rec));
            return;
        }
        if (m_roleSlot >= 0) {
            for (const QByteArray& role : m_roles) {
                m_values[size_t(m_roleSlot)].setBytes(role);
                appendRow(batch);
                ++rec.rows;
            }
        } else {
            appendRow(batch);
            rec.rows = 1;
        }
        batch.records.push_back(std::move(rec));
    }

    qint64 warningCount() const { return m_warningCount; }
    /// Past the report's limit warnings are only counted (formatting a million messages costs time).
    void setListWarnings(bool list) { m_listWarnings = list; }

private:
    bool convertRecord(const QStringList* fields, const CsvReader* raw, Record& rec, QList<Issue>& warnings)
    {
        for (Value& v : m_values)
            v.setNull();
        m_roles.clear();
        for (const Target& t : m_targets) {
            QString reason;
            if (raw) {
                const QByteArrayView cell
                    = t.source < raw->fieldCount() ? raw->field(t.source) : QByteArrayView();
                if (!convertFast(t, cell))
                    reason = convert(t, QString::fromUtf8(cell), warnings);
            } else {
                reason = convert(t, t.source < fields->size() ? fields->at(t.source) : QString(), warnings);
            }
            if (!reason.isEmpty()) {
                rec.column = t.header;
                rec.reason = reason;
                return false;
            }
            if (t.spec->required && m_values[size_t(t.slot)].type == Value::Null
                && t.spec->kind != ValueKind::Role && !m_deferred.contains(t.spec->name)) {
                rec.column = t.header;
                rec.reason = tr("required value missing");
                return false;
            }
            if (m_values[size_t(t.slot)].type == Value::Null && t.spec->key && !t.spec->required) {
                if (t.spec->numericEmpty)
                    m_values[size_t(t.slot)].setInt(t.spec->emptyValue.toLongLong());
                else
                    m_values[size_t(t.slot)].setText(t.spec->emptyValue);
            }
        }
        if (m_roleSlot >= 0 && m_roles.empty()) {
            rec.column = headerOf(QStringLiteral("role"));
            rec.reason = tr("required value missing");
            return false;
        }
        return derive(fields, raw, rec);
    }

    // ---- Values a vendor file gives in another form (issue #21) ------------------------------------

    template <typename SlotFor>
    void setupDerived(
        const TableSpec& spec, const QStringList& headers, const QStringList& columns, SlotFor slotFor)
    {
        auto src = [&columns](const char* name) { return int(columns.indexOf(QLatin1String(name))); };
        auto hasTarget = [this](const char* name) {
            for (const Target& t : m_targets)
                if (t.spec->name == QLatin1String(name))
                    return true;
            return false;
        };
        m_headers = headers;
        if (spec.indexOf(QStringLiteral("region_code")) >= 0) {
            m_province = src("province_name");
            m_city = src("city_name");
            m_county = src("county_name");
            m_regionName = src("region_name");
            m_address = src("address");
            const ColumnSpec* u = spec.column(QStringLiteral("uscc"));
            m_usccSrc = u && u->kind == ValueKind::Uscc ? src("uscc") : -1;
            const bool names = m_province >= 0 || m_city >= 0 || m_county >= 0 || m_regionName >= 0;
            // Derived where the region is required (enterprises) or the file names regions; an optional
            // empty region_code (a building) stays empty, so that a bundle round-trips unchanged.
            if (spec.column(QStringLiteral("region_code"))->required || names) {
                m_regionSlot = slotFor(QStringLiteral("region_code"));
                m_deferred << QStringLiteral("region_code");
                m_regionRequired = spec.column(QStringLiteral("region_code"))->required;
            }
        }
        if (spec.indexOf(QStringLiteral("industry_code")) >= 0) {
            for (int level = 0; level < 4; ++level)
                m_industryLevels[level]
                    = src(QStringLiteral("industry_l%1").arg(level).toLatin1().constData());
            const bool levels = std::any_of(
                std::begin(m_industryLevels), std::end(m_industryLevels), [](int i) { return i >= 0; });
            if (hasTarget("industry_code") || levels) {
                m_industrySlot = slotFor(QStringLiteral("industry_code"));
                m_sectionSlot = slotFor(QStringLiteral("industry_section"));
            }
        }
        if (spec.name == u"financials" && src("period") >= 0) {
            m_period = src("period");
            m_yearSlot = slotFor(QStringLiteral("year"));
            m_deferred << QStringLiteral("year");
            m_sumDuplicates = true;
        }
        if (spec.name == u"shareholdings" && src("holder_name") >= 0) {
            m_holderName = slotFor(QStringLiteral("holder_name"));
            m_holderKind = slotFor(QStringLiteral("holder_kind"));
            m_holderId = slotFor(QStringLiteral("holder_id"));
            m_investee = slotFor(QStringLiteral("investee_uscc"));
            m_deferred << QStringLiteral("holder_kind") << QStringLiteral("holder_id");
        }
        if (spec.name == u"roles" && src("person_name") >= 0 && !hasTarget("person_id")) {
            m_personName = src("person_name");
            m_personIdSlot = slotFor(QStringLiteral("person_id"));
            m_roleUscc = slotFor(QStringLiteral("uscc"));
        }
        if (spec.name == u"tenants" && src("building_name") >= 0 && !hasTarget("building_id")) {
            m_buildingName = src("building_name");
            slotFor(QStringLiteral("building_id"));
        }
        m_slotCount = int(m_dbColumns.size());
        if (m_personName >= 0)
            m_personNameSlot = m_slotCount++;
        if (m_buildingName >= 0)
            m_buildingNameSlot = m_slotCount++;
    }

    QString cellText(const QStringList* fields, const CsvReader* raw, int index) const
    {
        if (index < 0)
            return {};
        QString t;
        if (raw)
            t = index < raw->fieldCount() ? QString::fromUtf8(raw->field(index)) : QString();
        else
            t = index < fields->size() ? fields->at(index) : QString();
        t = ValueParser::foldWidth(t);
        return ValueParser::isBlankMarker(t) ? QString() : t;
    }

    // GB/T 2260 code of a region named by province / city / county (full or short names); the most
    // specific level that resolves within the ones above it. Empty when the names give nothing.
    static QString regionFromNames(const QStringList& parts)
    {
        const codes::Regions& regions = codes::Regions::instance();
        const codes::Region* found = nullptr;
        for (const QString& raw : parts) {
            const QString name = raw.trimmed();
            if (name.isEmpty())
                continue;
            const codes::Region* pick = nullptr;
            for (const codes::Region* r : regions.findByName(name)) {
                if (r->level > 3)
                    continue;
                if (found) {
                    if (r->level <= found->level)
                        continue;
                    const int keep = found->level == 1 ? 2 : 4;
                    if (!r->code.startsWith(found->code.left(keep)))
                        continue;
                }
                pick = r;
                break;
            }
            if (pick)
                found = pick;
            else if (found && found->level == 1 && regions.findByName(name).isEmpty())
                continue; // a county name we do not know: keep the province
        }
        return found ? found->code : QString();
    }

    QString regionFromText(const QString& text)
    {
        if (text.isEmpty())
            return {};
        auto it = m_regionCache.constFind(text);
        if (it != m_regionCache.constEnd())
            return *it;
        static const QRegularExpression separators(QStringLiteral("[\\s\\-/|,，、·>＞—]+"));
        const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
        QString code = parts.size() > 1 ? regionFromNames(parts) : QString();
        if (code.isEmpty())
            code = geo::AddressNormalizer::instance().parse(text).regionCode;
        if (m_regionCache.size() < 100000)
            m_regionCache.insert(text, code);
        return code;
    }

    static QString regionFromUscc(QStringView uscc)
    {
        if (uscc.size() != 18)
            return {};
        const QStringView digits = uscc.mid(2, 6);
        for (QChar c : digits)
            if (c.unicode() < '0' || c.unicode() > '9')
                return {};
        const codes::Regions& regions = codes::Regions::instance();
        // The registering authority's own county, else its prefecture or province (codes since abolished).
        for (int len : { 6, 4, 2 })
            if (const codes::Region* r = regions.find(digits.first(len)))
                return r->code;
        return {};
    }

    bool derive(const QStringList* fields, const CsvReader* raw, Record& rec)
    {
        if (m_regionSlot >= 0) {
            Value& v = m_values[size_t(m_regionSlot)];
            const char* source = "code";
            if (v.type == Value::Null) {
                QString code;
                source = "names";
                if (m_regionName >= 0)
                    code = regionFromText(cellText(fields, raw, m_regionName));
                if (code.isEmpty() && (m_province >= 0 || m_city >= 0 || m_county >= 0)) {
                    const QStringList parts { cellText(fields, raw, m_province),
                        cellText(fields, raw, m_city), cellText(fields, raw, m_county) };
                    const QString key = parts.join(QChar(0x1f));
                    auto it = m_regionCache.constFind(key);
                    if (it != m_regionCache.constEnd()) {
                        code = *it;
                    } else {
                        code = regionFromNames(parts);
                        if (code.isEmpty())
                            code = geo::AddressNormalizer::instance().parse(parts.join(QString())).regionCode;
                        m_regionCache.insert(key, code);
                    }
                }
                if (m_address >= 0 && (code.isEmpty() || !code.endsWith(QLatin1String("00")) == false)) {
                    // No names, or names down to the city only: the address may name the county.
                    const QString address = cellText(fields, raw, m_address);
                    QString fromAddress;
                    if (!address.isEmpty() && address.size() <= geo::AddressNormalizer::kMaxLength)
                        fromAddress = geo::AddressNormalizer::instance().parse(address, code).regionCode;
                    const QString prefix = code.isEmpty()      ? QString()
                        : code.endsWith(QLatin1String("0000")) ? code.left(2)
                                                               : code.left(4);
                    if (!fromAddress.isEmpty() && fromAddress != code && fromAddress.startsWith(prefix)) {
                        code = fromAddress;
                        source = "address";
                    } else if (code.isEmpty()) {
                        source = "address";
                    }
                }
                if (code.isEmpty() && m_usccSrc >= 0) {
                    code = regionFromUscc(ValueParser::foldWidth(cellText(fields, raw, m_usccSrc)).toUpper());
                    source = "uscc";
                }
                if (code.isEmpty() && !m_regionRequired) {
                    source = nullptr;
                } else if (code.isEmpty()) {
                    rec.column = headerOf(QStringLiteral("region_code"));
                    rec.reason = tr("no region: neither a region code, region names, the address nor the "
                                    "credit code gives one");
                    return false;
                } else
                    v.setText(code);
            }
            if (source)
                ++m_regionCounts[std::find_if(std::begin(kRegionSources), std::end(kRegionSources),
                                     [source](const char* k) { return qstrcmp(k, source) == 0; })
                    - std::begin(kRegionSources)];
        }
        if (m_industrySlot >= 0) {
            Value& v = m_values[size_t(m_industrySlot)];
            if (v.type != Value::Null) {
                ++m_industryCounts[m_industryByName ? 1 : 0];
            } else {
                for (int level = 3; level >= 0; --level) {
                    const QString text = cellText(fields, raw, m_industryLevels[level]);
                    if (text.isEmpty())
                        continue;
                    const codes::Industries& ind = codes::Industries::instance();
                    const codes::Industry* found = ind.findByName(text);
                    if (!found)
                        found = ind.find(text);
                    if (!found)
                        continue;
                    if (found->level > 0)
                        v.setText(found->code);
                    m_values[size_t(m_sectionSlot)].setText(ind.sectionOf(found->code));
                    ++m_industryCounts[1];
                    break;
                }
            }
            m_industryByName = false;
        }
        if (m_yearSlot >= 0 && m_values[size_t(m_yearSlot)].type == Value::Null) {
            const QString period = cellText(fields, raw, m_period);
            int year = 0;
            for (qsizetype i = 0; i + 4 <= period.size() && !year; ++i) {
                bool ok = true;
                for (qsizetype k = i; k < i + 4; ++k)
                    ok = ok && period.at(k).unicode() >= '0' && period.at(k).unicode() <= '9';
                if (ok)
                    year = period.mid(i, 4).toInt();
            }
            if (year < 1900 || year > 2999) {
                rec.column = headerOf(QStringLiteral("period"));
                rec.reason = period.isEmpty() ? tr("required value missing")
                                              : tr("no year in the tax period: %1").arg(period);
                return false;
            }
            m_values[size_t(m_yearSlot)].setInt(year);
        }
        if (m_holderName >= 0) {
            const Value& name = m_values[size_t(m_holderName)];
            Value& kind = m_values[size_t(m_holderKind)];
            Value& id = m_values[size_t(m_holderId)];
            if (name.type == Value::Text && (kind.type == Value::Null || id.type == Value::Null)) {
                const QString holder = QString::fromUtf8(name.bytes());
                if (kind.type == Value::Null) {
                    static const char* const kEnterprise[] = { "公司", "企业", "集团", "合伙", "银行", "厂" };
                    static const char* const kOrganisation[] = { "中心", "基金", "研究院", "研究所", "事务所",
                        "委员会", "政府", "局", "社", "协会" };
                    bool enterprise = false, organisation = holder.size() > 4;
                    for (const char* w : kEnterprise)
                        enterprise = enterprise || holder.contains(QString::fromUtf8(w));
                    for (const char* w : kOrganisation)
                        organisation = organisation || holder.contains(QString::fromUtf8(w));
                    kind.setText(enterprise ? QStringLiteral("enterprise")
                            : organisation  ? QStringLiteral("other")
                                            : QStringLiteral("person"));
                }
                if (id.type == Value::Null) {
                    // A person holder gets the key a 主要人员 sheet gives the same person (credit code/name).
                    const bool person = kind.bytes() == "person";
                    const Value& investee = m_values[size_t(m_investee)];
                    id.setText(person && investee.type == Value::Text
                            ? QString::fromUtf8(investee.bytes()) + u'/' + holder
                            : holder);
                }
            }
            if (kind.type == Value::Null || id.type == Value::Null) {
                rec.column = headerOf(QStringLiteral("holder_name"));
                rec.reason = tr("required value missing");
                return false;
            }
        }
        if (m_personName >= 0) {
            const QString name = cellText(fields, raw, m_personName);
            const Value& uscc = m_values[size_t(m_roleUscc)];
            if (name.isEmpty() || uscc.type != Value::Text) {
                rec.column = m_headers.value(m_personName);
                rec.reason = tr("required value missing");
                return false;
            }
            m_values[size_t(m_personIdSlot)].setText(QString::fromUtf8(uscc.bytes()) + u'/' + name);
            m_values[size_t(m_personNameSlot)].setText(name);
        }
        if (m_buildingName >= 0) {
            const QString name = cellText(fields, raw, m_buildingName);
            if (name.isEmpty()) {
                rec.column = m_headers.value(m_buildingName);
                rec.reason = tr("required value missing");
                return false;
            }
            m_values[size_t(m_buildingNameSlot)].setText(name);
        }
        return true;
    }

    void appendRow(Batch& batch)
    {
        for (const Value& v : m_values) {
            Cell c { v.type, v.i, v.d, 0 };
            if (v.type == Value::Text) {
                c.i = qint64(batch.text.size());
                c.n = v.n;
                batch.text.append(v.p, size_t(v.n));
            }
            batch.cells.push_back(c);
        }
    }

    void warn(QList<Issue>& warnings, const Target& t, const QString& reason)
    {
        ++m_warningCount;
        if (m_listWarnings)
            warnings.append(Issue { {}, 0, t.header, reason });
    }

    // The canonical form of a cell, straight from its UTF-8 bytes; false = use convert().
    bool convertFast(const Target& t, QByteArrayView b)
    {
        Value& v = m_values[size_t(t.slot)];
        const ValueKind kind = t.spec->kind;
        if (b.isEmpty()) {
            if (kind == ValueKind::RiskStatus)
                v.setView("有效", qsizetype(qstrlen("有效")));
            return true;
        }
        switch (kind) {
        case ValueKind::Text:
            if (!edgesClean(b) || (m_vendor && b.size() <= 3))
                return false; // a vendor's "-" / "无" is checked by the general path
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::List:
            if (!edgesClean(b) || b.contains('|') || (m_vendor && b.size() <= 3))
                return false;
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::Code:
            if (!plainAscii(b) || asciiBlankMarker(b))
                return false;
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::UsccRef:
            if (!plainAscii(b) || asciiBlankMarker(b))
                return false;
            for (char c : b)
                if (c == ' ' || (c >= 'a' && c <= 'z'))
                    return false;
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::Uscc: {
            if (b.size() != 18)
                return false;
            char16_t u[18];
            for (int i = 0; i < 18; ++i) {
                const char c = b[i];
                if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')))
                    return false;
                u[i] = char16_t(c);
            }
            const QStringView code(u, 18);
            if (!codes::Uscc::isWellFormed(code) || codes::Uscc::organizationCheck(code.mid(8, 8)) != code[16]
                || codes::Uscc::checkCharacter(code.first(17)) != code[17])
                return false; // flagged (with a warning) by the general path
            v.setView(b.data(), b.size());
            m_values[size_t(t.extraSlot)].setInt(0);
            return true;
        }
        case ValueKind::Int: {
            const qsizetype digits = b.size() - (b[0] == '-' ? 1 : 0);
            if (digits < 1 || digits > 15 || !allDigits(b.sliced(b.size() - digits)))
                return false;
            qint64 n = 0;
            for (char c : b.sliced(b.size() - digits))
                n = n * 10 + (c - '0');
            v.setInt(b[0] == '-' ? -n : n);
            return true;
        }
        case ValueKind::Real:
        case ValueKind::Money:
        case ValueKind::Percent:
        case ValueKind::Lon:
        case ValueKind::Lat: {
            const auto n = plainNumber(b);
            if (!n)
                return false;
            const double limit = kind == ValueKind::Lon ? 180 : kind == ValueKind::Lat ? 90 : 0;
            if (limit > 0 && (*n < -limit || *n > limit))
                return false;
            if (kind == ValueKind::Percent && (*n < 0 || *n > 100))
                return false;
            v.setReal(*n);
            return true;
        }
        case ValueKind::Date: {
            if (b.size() != 10 || b[4] != '-' || b[7] != '-' || !allDigits(b.first(4))
                || !allDigits(b.sliced(5, 2)) || !allDigits(b.sliced(8, 2)))
                return false;
            const int y = digitsValue(b.first(4));
            if (y < 1000 || y > 2999
                || !QDate::isValid(y, digitsValue(b.sliced(5, 2)), digitsValue(b.sliced(8, 2))))
                return false;
            v.setView(b.data(), b.size());
            return true;
        }
        case ValueKind::Month: {
            if (b.size() != 7 || b[4] != '-' || !allDigits(b.first(4)) || !allDigits(b.sliced(5, 2)))
                return false;
            const int y = digitsValue(b.first(4)), m = digitsValue(b.sliced(5, 2));
            if (y < 1000 || y > 2999 || m < 1 || m > 12)
                return false;
            v.setView(b.data(), b.size());
            return true;
        }
        case ValueKind::Year: {
            if (b.size() != 4 || !allDigits(b))
                return false;
            const int y = digitsValue(b);
            if (y < 1000 || y > 2999)
                return false;
            v.setInt(y);
            return true;
        }
        case ValueKind::RegionCode:
        case ValueKind::PlaceCode:
            if (!allDigits(b)
                || !(b.size() == 6 || (kind == ValueKind::PlaceCode && (b.size() == 2 || b.size() == 4))))
                return false;
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::IndustryCode: {
            if (b.size() < 2 || b.size() > 4 || !allDigits(b))
                return false;
            const int key = int(b.size()) * 10000 + digitsValue(b);
            auto it = m_sections.find(key);
            if (it == m_sections.end()) {
                const QString section
                    = codes::Industries::instance().sectionOf(QString::fromLatin1(b.data(), b.size()));
                it = m_sections.emplace(key, section.toUtf8()).first;
            }
            if (it->second.isEmpty())
                return false; // not in GB/T 4754: the general path warns
            v.setView(b.data(), b.size());
            m_values[size_t(t.extraSlot)].setBytes(it->second);
            return true;
        }
        case ValueKind::Status:
            if (indexIn(b, { "存续", "在业", "吊销", "注销", "迁入", "迁出", "停业", "清算", "歇业", "撤销" })
                < 0)
                return false;
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::Role:
            for (const QByteArray& role : canonicalRoles()) {
                if (b == role) {
                    m_roles.push_back(role);
                    return true;
                }
            }
            return false;
        case ValueKind::HolderKind:
            if (indexIn(b, { "person", "enterprise", "other" }) < 0)
                return false;
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::IdNumber: {
            if (!b.contains('*'))
                return false;
            for (char c : b)
                if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '*'))
                    return false;
            v.setView(b.data(), b.size());
            if (!m_birthplaceSource && b.size() >= 6 && allDigits(b.first(6)))
                m_values[size_t(m_birthplace)].setView(b.data(), 6);
            return true;
        }
        case ValueKind::Gender:
            if (indexIn(b, { "男", "女" }) < 0)
                return false;
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::Scale:
            if (indexIn(b, { "大型", "中型", "小型", "微型" }) < 0)
                return false;
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::RelationKind:
            if (indexIn(b, { "供应", "竞争", "合作" }) < 0)
                return false;
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::RiskStatus:
            if (indexIn(b, { "有效", "已移出" }) < 0)
                return false;
            v.setView(b.data(), b.size());
            return true;
        case ValueKind::Currency:
            return false;
        }
        return false;
    }

    QString convert(const Target& t, const QString& raw, QList<Issue>& warnings)
    {
        Value& v = m_values[size_t(t.slot)];
        const QString cell = raw.trimmed();
        const ValueKind kind = t.spec->kind;
        const bool textual = kind == ValueKind::Text || kind == ValueKind::List;
        // Vendor exports write "-" for every unknown text too; a bundle's own text is kept as it is.
        if (cell.isEmpty() || ((!textual || m_vendor) && ValueParser::isBlankMarker(cell))) {
            if (kind == ValueKind::RiskStatus)
                v.setText(QStringLiteral("有效"));
            return {};
        }
        switch (kind) {
        case ValueKind::Text:
            v.setText(cell);
            return {};
        case ValueKind::List: {
            QStringList parts = cell.split(u'|');
            for (QString& p : parts)
                p = p.trimmed();
            parts.removeAll(QString());
            v.setText(parts.join(u'|'));
            return {};
        }
        case ValueKind::Code:
            v.setText(ValueParser::foldWidth(cell));
            return {};
        case ValueKind::UsccRef: {
            QString code = ValueParser::foldWidth(cell).toUpper();
            code.remove(u' ');
            v.setText(code);
            return {};
        }
        case ValueKind::Uscc: {
            QString code = ValueParser::foldWidth(cell).toUpper();
            code.remove(u' ');
            if (!codes::Uscc::isWellFormed(code))
                return tr("not a unified social credit code (18 characters of digits and capitals): %1")
                    .arg(cell);
            const codes::UsccInfo info = codes::Uscc::parse(code);
            v.setText(code);
            m_values[size_t(t.extraSlot)].setInt(info.valid ? 0 : 1);
            if (!info.valid)
                warn(warnings, t, tr("check character of %1 is wrong; imported and flagged").arg(code));
            return {};
        }
        case ValueKind::Int: {
            const auto n = ValueParser::parseInteger(cell);
            if (!n)
                return tr("not a whole number: %1").arg(cell);
            v.setInt(*n);
            return {};
        }
        case ValueKind::Real: {
            const auto n = ValueParser::parseNumber(cell);
            if (!n)
                return tr("not a number: %1").arg(cell);
            v.setReal(*n);
            return {};
        }
        case ValueKind::Money: {
            const auto m = ValueParser::parseMoney(cell);
            if (!m)
                return tr("not an amount of money: %1").arg(cell);
            v.setReal(m->amount);
            if (!m->currency.isEmpty()) {
                if (t.extraSlot < 0)
                    return tr("amounts here must be in yuan, not %1: %2").arg(m->currency, cell);
                m_values[size_t(t.extraSlot)].setText(m->currency);
            }
            return {};
        }
        case ValueKind::Currency: {
            // The money column's own currency word (500万美元) wins over a separate currency column.
            if (v.type != Value::Null)
                return {};
            const QString code = ValueParser::currencyCode(cell);
            if (code.isEmpty())
                return tr("unknown currency: %1").arg(cell);
            if (code != u"CNY")
                v.setText(code);
            return {};
        }
        case ValueKind::Percent: {
            QString s = ValueParser::foldWidth(cell);
            if (s.endsWith(u'%'))
                s.chop(1);
            const auto n = ValueParser::parseNumber(s);
            if (!n || *n < 0 || *n > 100)
                return tr("not a percentage between 0 and 100: %1").arg(cell);
            v.setReal(*n);
            return {};
        }
        case ValueKind::Date: {
            const QString d = ValueParser::parseDate(cell, m_worksheet);
            if (d.isEmpty())
                return tr("not a date (YYYY-MM-DD): %1").arg(cell);
            v.setText(d);
            return {};
        }
        case ValueKind::Month: {
            const QString m = ValueParser::parseMonth(cell);
            if (m.isEmpty())
                return tr("not a month (YYYY-MM): %1").arg(cell);
            v.setText(m);
            return {};
        }
        case ValueKind::Year: {
            const auto y = ValueParser::parseYear(cell);
            if (!y)
                return tr("not a year: %1").arg(cell);
            v.setInt(*y);
            return {};
        }
        case ValueKind::Lon:
        case ValueKind::Lat: {
            const auto n = ValueParser::parseNumber(cell);
            const double limit = kind == ValueKind::Lon ? 180 : 90;
            if (!n || *n < -limit || *n > limit)
                return kind == ValueKind::Lon ? tr("not a longitude: %1").arg(cell)
                                              : tr("not a latitude: %1").arg(cell);
            v.setReal(*n);
            return {};
        }
        case ValueKind::RegionCode:
        case ValueKind::PlaceCode: {
            const QString code = ValueParser::foldWidth(cell);
            bool digits = !code.isEmpty();
            for (QChar c : code)
                digits = digits && c.isDigit() && c.unicode() < 128;
            const bool sizeOk = code.size() == 6
                || (kind == ValueKind::PlaceCode && (code.size() == 2 || code.size() == 4));
            if (!digits || !sizeOk)
                return kind == ValueKind::RegionCode ? tr("not a six-digit region code: %1").arg(cell)
                                                     : tr("not a 2, 4 or 6-digit region code: %1").arg(cell);
            v.setText(code);
            return {};
        }
        case ValueKind::IndustryCode: {
            QString code = ValueParser::foldWidth(cell).toUpper();
            code.remove(u' ');
            if (!code.isEmpty() && code.at(0) >= u'A' && code.at(0) <= u'Z')
                code.remove(0, 1);
            bool digits = code.size() >= 2 && code.size() <= 4;
            for (QChar c : code)
                digits = digits && c.unicode() >= '0' && c.unicode() <= '9';
            if (!digits) {
                // Tax-bureau and park lists often give the industry's name (所属行业: 软件开发) instead.
                const codes::Industry* named
                    = codes::Industries::instance().findByName(ValueParser::foldWidth(cell));
                if (!named) {
                    // "制造业-计算机、通信和其他电子设备制造业": the most specific part that is a name.
                    static const QRegularExpression separators(QStringLiteral("[\\-/|>＞—，,、]+"));
                    const QStringList parts
                        = ValueParser::foldWidth(cell).split(separators, Qt::SkipEmptyParts);
                    for (qsizetype i = parts.size() - 1; i >= 0 && !named && parts.size() > 1; --i)
                        named = codes::Industries::instance().findByName(parts.at(i).trimmed());
                }
                if (named && named->code.size() == 1) {
                    m_values[size_t(t.extraSlot)].setText(named->code); // only the section is known
                    m_industryByName = true;
                    return {};
                }
                if (named && named->code.size() >= 2) {
                    code = named->code;
                    m_industryByName = true;
                } else {
                    warn(warnings, t,
                        tr("neither an industry code (2 to 4 digits) nor a GB/T 4754 industry name, left "
                           "empty: %1")
                            .arg(cell));
                    return {};
                }
            }
            v.setText(code);
            const QString section = codes::Industries::instance().sectionOf(code);
            if (section.isEmpty())
                warn(warnings, t, tr("industry code %1 is not in GB/T 4754-2017").arg(code));
            else
                m_values[size_t(t.extraSlot)].setText(section);
            return {};
        }
        case ValueKind::Status: {
            const QString s = ValueParser::normalizeStatus(cell);
            if (s.isEmpty())
                return tr("unknown registration status: %1").arg(cell);
            v.setText(s);
            return {};
        }
        case ValueKind::Role:
            for (const QString& role : ValueParser::splitRoles(cell))
                m_roles.push_back(role.toUtf8());
            return {};
        case ValueKind::HolderKind: {
            const QString k = ValueParser::normalizeHolderKind(cell);
            if (k.isEmpty())
                return tr("holder kind must be person, enterprise or other: %1").arg(cell);
            v.setText(k);
            return {};
        }
        case ValueKind::IdNumber:
            convertIdNumber(t, cell, warnings);
            return {};
        case ValueKind::Gender: {
            const QString g = ValueParser::normalizeGender(cell);
            if (g.isEmpty())
                warn(warnings, t, tr("gender must be 男 or 女, left empty: %1").arg(cell));
            else
                v.setText(g);
            return {};
        }
        case ValueKind::Scale: {
            const QString s = ValueParser::normalizeScale(cell);
            if (s.isEmpty())
                warn(warnings, t, tr("scale must be 大型, 中型, 小型 or 微型, left empty: %1").arg(cell));
            else
                v.setText(s);
            return {};
        }
        case ValueKind::RelationKind: {
            const QString k = ValueParser::foldWidth(cell);
            if (k != u"供应" && k != u"竞争" && k != u"合作")
                return tr("relation kind must be 供应, 竞争 or 合作: %1").arg(cell);
            v.setText(k);
            return {};
        }
        case ValueKind::RiskStatus: {
            const QString k = ValueParser::foldWidth(cell);
            if (k == u"有效" || k == u"当前" || k == u"未移出")
                v.setText(QStringLiteral("有效"));
            else if (k == u"已移出" || k == u"移出" || k == u"已移除" || k == u"历史" || k == u"已失效")
                v.setText(QStringLiteral("已移出"));
            else
                return tr("risk status must be 有效 or 已移出: %1").arg(cell);
            return {};
        }
        }
        return {};
    }

    // Never keeps a full ID number: the masked form plus what the number says about its holder.
    void convertIdNumber(const Target& t, const QString& cell, QList<Issue>& warnings)
    {
        QString number = ValueParser::foldWidth(cell).toUpper();
        number.remove(u' ');
        Value& masked = m_values[size_t(t.slot)];
        QString region;
        if (number.contains(u'*')) {
            masked.setText(number);
            region = number.left(6);
        } else {
            const codes::IdInfo info = codes::IdNumber::parse(number);
            if (info.valid) {
                masked.setText(info.masked);
                region = info.regionCode;
                if (!m_birthYearSource && info.birthDate.isValid())
                    m_values[size_t(m_birthYear)].setInt(info.birthDate.year());
                if (!m_genderSource && !info.gender.isEmpty())
                    m_values[size_t(m_gender)].setText(
                        info.gender == u"male" ? QStringLiteral("男") : QStringLiteral("女"));
            } else {
                masked.setText(codes::IdNumber::mask(number));
                warn(warnings, t, tr("not a valid ID number; only its masked form was kept"));
            }
        }
        bool digits = region.size() == 6;
        for (QChar c : region)
            digits = digits && c.unicode() >= '0' && c.unicode() <= '9';
        if (!m_birthplaceSource && digits)
            m_values[size_t(m_birthplace)].setText(region);
    }

    const TableSpec& m_spec;
    bool m_worksheet;
    QStringList m_dbColumns;
    QStringList m_headers;
    int m_slotCount = 0;
    QSet<QString> m_deferred; // required columns checked after derive()
    int m_regionSlot = -1, m_province = -1, m_city = -1, m_county = -1, m_regionName = -1, m_address = -1,
        m_usccSrc = -1;
    bool m_regionRequired = false;
    bool m_vendor = false;
    int m_industrySlot = -1, m_sectionSlot = -1;
    int m_industryLevels[4] = { -1, -1, -1, -1 };
    bool m_industryByName = false;
    int m_period = -1, m_yearSlot = -1;
    bool m_sumDuplicates = false;
    int m_holderName = -1, m_holderKind = -1, m_holderId = -1, m_investee = -1;
    int m_personName = -1, m_personIdSlot = -1, m_roleUscc = -1, m_personNameSlot = -1;
    int m_buildingName = -1, m_buildingNameSlot = -1;
    QHash<QString, QString> m_regionCache;
    static constexpr const char* kRegionSources[4] = { "code", "names", "address", "uscc" };
    qint64 m_regionCounts[4] = { 0, 0, 0, 0 };
    qint64 m_industryCounts[2] = { 0, 0 }; // code, name
    std::vector<Target> m_targets;
    std::vector<Value> m_values;
    std::vector<QByteArray> m_roles; // UTF-8
    std::unordered_map<int, QByteArray> m_sections; // industry code (length × 10000 + value) → section
    int m_roleSlot = -1;
    int m_birthplace = -1, m_birthYear = -1, m_gender = -1;
    bool m_birthplaceSource = false, m_birthYearSource = false, m_genderSource = false;
    qint64 m_warningCount = 0;
    bool m_listWarnings = true;
};

/// Writes the converted rows of one source with one prepared UPSERT: runs on the caller's thread, which
/// owns the database connection.
class Inserter
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    Inserter(Database& db, const RowConverter& converter)
        : m_db(db)
        , m_converter(converter)
    {
        const TableSpec& spec = converter.spec();
        const QStringList& m_dbColumns = converter.dbColumns();
        QString sql = QStringLiteral("INSERT INTO ") + spec.name + QStringLiteral(" (")
            + m_dbColumns.join(u',') + QStringLiteral(") VALUES (");
        for (int i = 0; i < m_dbColumns.size(); ++i)
            sql += i ? QStringLiteral(",?") : QStringLiteral("?");
        sql += QStringLiteral(") ON CONFLICT (") + spec.keyColumns.join(u',') + QStringLiteral(") DO ");
        QStringList updates;
        for (const QString& c : m_dbColumns)
            if (!spec.keyColumns.contains(c))
                updates << c + QStringLiteral("=excluded.") + c;
        // An UPSERT, never INSERT OR REPLACE: replacing would delete the row (new enterprises.id, cascade
        // deletes of its children).
        sql += updates.isEmpty() ? QStringLiteral("NOTHING")
                                 : QStringLiteral("UPDATE SET ") + updates.join(u',');
        m_insert = db.prepare(sql.toUtf8().toStdString());
        m_bound = int(m_dbColumns.size());
        m_slots = converter.slotCount();
        if (converter.personNameSlot() >= 0) {
            m_personSlot = int(m_dbColumns.indexOf(QStringLiteral("person_id")));
            m_person = db.prepare(
                "INSERT INTO persons(person_id, name) VALUES(?, ?) ON CONFLICT(person_id) DO NOTHING");
        }
        if (converter.buildingNameSlot() >= 0) {
            m_buildingSlot = int(m_dbColumns.indexOf(QStringLiteral("building_id")));
            m_building = db.prepare("SELECT building_id FROM buildings WHERE name = ?1 OR building_id = ?1 "
                                    "ORDER BY name = ?1 DESC LIMIT 1");
        }
        if (spec.name == u"shareholdings") {
            m_holderIdSlot = int(m_dbColumns.indexOf(QStringLiteral("holder_id")));
            m_holderKindSlot = int(m_dbColumns.indexOf(QStringLiteral("holder_kind")));
            m_enterpriseByName
                = db.prepare("SELECT uscc FROM enterprises WHERE name = ? ORDER BY id LIMIT 1");
        }
        if (converter.sumsDuplicates()) {
            // Several tax periods of one year: the amounts of the later rows are added to the first one's.
            QStringList adds;
            for (int i = 0; i < m_dbColumns.size(); ++i) {
                const ColumnSpec* c = spec.column(m_dbColumns.at(i));
                if (c && c->kind == ValueKind::Money) {
                    adds << m_dbColumns.at(i)
                            + QStringLiteral(
                                " = CASE WHEN ?%1 IS NULL THEN %2 ELSE coalesce(%2, 0) + ?%1 END")
                                  .arg(i + 1)
                                  .arg(m_dbColumns.at(i));
                }
            }
            QStringList where;
            for (int slot : m_keySlotsFor(spec, m_dbColumns))
                where << m_dbColumns.at(slot) + QStringLiteral(" = ?%1").arg(slot + 1);
            if (!adds.isEmpty())
                m_add = db.prepare((QStringLiteral("UPDATE ") + spec.name + QStringLiteral(" SET ")
                    + adds.join(u',') + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
                                       .toUtf8()
                                       .toStdString());
        }
        for (const QString& k : spec.keyColumns) {
            const int slot = int(m_dbColumns.indexOf(k));
            if (slot >= 0)
                m_keySlots.push_back(slot);
        }
    }

    /// True when an earlier row of this source had the same key (natural key of the table); keyText
    /// then says which. Keys are remembered as 64-bit hashes: memory stays small for millions of rows.
    bool duplicate(const Batch& batch, qsizetype row, QString& keyText)
    {
        if (m_keySlots.empty())
            return false;
        const Cell* cells = batch.cells.data() + row * m_slots;
        size_t h = 0x9e3779b97f4a7c15ULL;
        for (int slot : m_keySlots) {
            const Cell& c = cells[slot];
            size_t part = size_t(c.type);
            if (c.type == Value::Int)
                part = qHash(c.i, part);
            else if (c.type == Value::Real)
                part = qHash(c.d, part);
            else if (c.type == Value::Text)
                part = qHashBits(batch.text.data() + c.i, size_t(c.n), part);
            h = qHashMulti(h, part);
        }
        if (m_keys.insert(h).second)
            return false;
        QStringList parts;
        for (int slot : m_keySlots) {
            const Cell& c = cells[slot];
            if (c.type == Value::Int)
                parts << QString::number(c.i);
            else if (c.type == Value::Real)
                parts << QString::number(c.d);
            else if (c.type == Value::Text)
                parts << QString::fromUtf8(batch.text.data() + c.i, c.n);
        }
        keyText = parts.join(u'/');
        return true;
    }

    static std::vector<int> m_keySlotsFor(const TableSpec& spec, const QStringList& columns)
    {
        std::vector<int> out;
        for (const QString& k : spec.keyColumns) {
            const int slot = int(columns.indexOf(k));
            if (slot >= 0)
                out.push_back(slot);
        }
        return out;
    }

    /// The later rows of one key add their amounts (tax periods of one year); false when not summing.
    bool canAdd() const { return m_add.handle() != nullptr; }
    bool add(const Batch& batch, qsizetype row, Issue& issue) { return write(m_add, batch, row, issue); }

    /// Writes one row of a batch; false (and the reason in issue) when the cache rejects it.
    bool insert(const Batch& batch, qsizetype row, Issue& issue)
    {
        return write(m_insert, batch, row, issue);
    }

private:
    QString textOf(const Batch& batch, const Cell& c) const
    {
        return c.type == Value::Text ? QString::fromUtf8(batch.text.data() + c.i, c.n) : QString();
    }

    bool write(Statement& statement, const Batch& batch, qsizetype row, Issue& issue)
    {
        const Cell* cells = batch.cells.data() + row * m_slots;
        QByteArray building;
        if (m_buildingSlot >= 0 && cells[m_buildingSlot].type == Value::Null) {
            // 楼栋 → buildings.building_id by name (buildings of this import included: they come first).
            const QString name = textOf(batch, cells[m_converter.buildingNameSlot()]);
            auto it = m_buildings.find(name);
            if (it == m_buildings.end()) {
                m_building.reset();
                m_building.bind(1, name);
                it = m_buildings.insert(
                    name, m_building.step() ? m_building.columnText(0).toUtf8() : QByteArray());
            }
            if (it->isEmpty()) {
                issue.column = m_converter.headerOf(QStringLiteral("building_name"));
                issue.reason = tr("unknown building %1 (no building of that name in buildings)").arg(name);
                return false;
            }
            building = *it;
        }
        if (m_personSlot >= 0 && cells[m_personSlot].type == Value::Text) {
            // 主要人员 without a person key: the person is created under the key credit code/name.
            sqlite3_stmt* p = m_person.handle();
            sqlite3_reset(p);
            const Cell& id = cells[m_personSlot];
            const Cell& name = cells[m_converter.personNameSlot()];
            sqlite3_bind_text(p, 1, batch.text.data() + id.i, int(id.n), SQLITE_STATIC);
            sqlite3_bind_text(p, 2, batch.text.data() + name.i, int(name.n), SQLITE_STATIC);
            m_db.check(sqlite3_step(p), "import person");
        }
        QByteArray holder;
        if (m_holderIdSlot >= 0 && m_holderKindSlot >= 0 && cells[m_holderKindSlot].type == Value::Text
            && cells[m_holderIdSlot].type == Value::Text
            && textOf(batch, cells[m_holderKindSlot]) == u"enterprise" && cells[m_holderIdSlot].n != 18) {
            // An enterprise holder named but not coded (股东信息): its credit code when the cache knows the
            // name.
            const QString name = textOf(batch, cells[m_holderIdSlot]);
            auto it = m_enterprises.find(name);
            if (it == m_enterprises.end()) {
                m_enterpriseByName.reset();
                m_enterpriseByName.bind(1, name);
                it = m_enterprises.insert(name,
                    m_enterpriseByName.step() ? m_enterpriseByName.columnText(0).toUtf8() : QByteArray());
            }
            holder = *it;
        }
        sqlite3_stmt* st = statement.handle();
        sqlite3_reset(st);
        for (int i = 0; i < m_bound; ++i) {
            const Cell& v = cells[i];
            const int idx = i + 1;
            switch (v.type) {
            case Value::Null:
                if (i == m_buildingSlot && !building.isEmpty())
                    sqlite3_bind_text(st, idx, building.constData(), int(building.size()), SQLITE_STATIC);
                else
                    sqlite3_bind_null(st, idx);
                break;
            case Value::Int:
                sqlite3_bind_int64(st, idx, v.i);
                break;
            case Value::Real:
                sqlite3_bind_double(st, idx, v.d);
                break;
            case Value::Text:
                if (i == m_holderIdSlot && !holder.isEmpty())
                    sqlite3_bind_text(st, idx, holder.constData(), int(holder.size()), SQLITE_STATIC);
                else
                    sqlite3_bind_text(st, idx, batch.text.data() + v.i, int(v.n), SQLITE_STATIC);
                break;
            }
        }
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_DONE)
            return true;
        const int extended = sqlite3_extended_errcode(m_db.handle());
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
        sqlite3_reset(st);
        if ((rc & 0xff) != SQLITE_CONSTRAINT)
            m_db.check(rc, "import row");
        if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) {
            for (const ForeignKey& fk : foreignKeys(m_converter.spec().name)) {
                const int slot = int(m_converter.dbColumns().indexOf(QString::fromLatin1(fk.column)));
                if (slot < 0 || cells[slot].type == Value::Null)
                    continue;
                const QByteArray value(batch.text.data() + cells[slot].i, cells[slot].n);
                if (!parentExists(fk, value)) {
                    issue.column = m_converter.headerOf(QString::fromLatin1(fk.column));
                    const QString text = QString::fromUtf8(value);
                    if (qstrcmp(fk.what, "enterprise") == 0)
                        issue.reason = tr("unknown enterprise %1 (not in enterprises)").arg(text);
                    else if (qstrcmp(fk.what, "person") == 0)
                        issue.reason = tr("unknown person %1 (not in persons)").arg(text);
                    else if (qstrcmp(fk.what, "park") == 0)
                        issue.reason = tr("unknown park %1 (not in parks)").arg(text);
                    else
                        issue.reason = tr("unknown building %1 (not in buildings)").arg(text);
                    return false;
                }
            }
        }
        issue.reason = tr("rejected by the cache: %1").arg(message);
        return false;
    }

    bool parentExists(const ForeignKey& fk, const QByteArray& value)
    {
        const std::string sql
            = std::string("SELECT 1 FROM ") + fk.parentTable + " WHERE " + fk.parentColumn + " = ?";
        Statement st = m_db.prepare(sql);
        st.bind(1, std::string_view(value.constData(), size_t(value.size())));
        return st.step();
    }

    Database& m_db;
    const RowConverter& m_converter;
    Statement m_insert, m_add, m_person, m_building, m_enterpriseByName;
    int m_slots = 0, m_bound = 0;
    int m_personSlot = -1, m_buildingSlot = -1, m_holderIdSlot = -1, m_holderKindSlot = -1;
    QHash<QString, QByteArray> m_buildings, m_enterprises;
    std::vector<int> m_keySlots;
    std::unordered_set<size_t> m_keys;
};

struct OpenSource
{
    SourceRef ref;
    std::unique_ptr<RowSource> rows;
    QStringList headers;
    Resolved resolved;
    qint64 headerLine = 0;
    qsizetype mappedColumns = 0; // fields a row needs: 1 + the index of the last mapped header
    std::unique_ptr<RowConverter> converter;
    QList<qint64> noteRows; // written by the reading thread, read after it ended
};

// One filled cell in a row of a table of three or more columns that reads like a note (数据来源：…).
bool isNoteRow(const QStringList* fields, const CsvReader* raw, qsizetype headerSize)
{
    if (headerSize < 3)
        return false;
    const qsizetype n = raw ? raw->fieldCount() : fields->size();
    QString only;
    int filled = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QString f = raw ? QString::fromUtf8(raw->field(i)) : fields->at(i);
        bool empty = true;
        for (QChar c : f)
            empty = empty && c.isSpace();
        if (empty)
            continue;
        if (filled == 0 && isTotalText(f))
            return true; // 合计 | | 631,234.5: a totals row
        if (++filled > 1)
            return false;
        only = f;
    }
    return filled == 1 && isNoteText(only);
}

// Cheap pre-check on raw CSV fields: at most one filled, or a totals row.
bool fewFilled(const CsvReader& csv)
{
    if (csv.fieldCount() > 0 && csv.field(0).size() <= 12 && uchar(csv.field(0).front()) >= 0x80)
        if (isTotalText(QString::fromUtf8(csv.field(0))))
            return true;
    int filled = 0;
    for (qsizetype i = 0; i < csv.fieldCount(); ++i) {
        for (char c : csv.field(i)) {
            if (!asciiSpace(uchar(c))) {
                if (++filled > 1)
                    return false;
                break;
            }
        }
    }
    return true;
}

/// The reading thread: reads and converts every source in order into batches.
void readSources(std::vector<OpenSource>& sources, BatchQueue& queue, QList<Issue>& warningsOut,
    std::atomic<qint64>& warningCount)
{
    constexpr size_t kRowsPerBatch = 1024;
    std::unique_ptr<Batch> batch;
    try {
        for (size_t si = 0; si < sources.size(); ++si) {
            OpenSource& s = sources[si];
            RowConverter& conv = *s.converter;
            auto* csv = dynamic_cast<CsvReader*>(s.rows.get());
            const bool raw = csv && csv->isUtf8();
            QStringList fields;
            QList<Issue> warnings;
            batch = queue.take();
            if (!batch)
                return;
            batch->source = int(si);
            for (;;) {
                if (raw ? !csv->nextRecord() : !s.rows->next(fields))
                    break;
                const qint64 line = s.rows->line();
                if (!s.rows->recordError().isEmpty()) {
                    batch->records.push_back({ line, 0, QString(), s.rows->recordError() });
                } else {
                    bool blank = true;
                    if (raw) {
                        for (qsizetype i = 0; i < csv->fieldCount() && blank; ++i) {
                            const QByteArrayView f = csv->field(i);
                            for (char c : f) {
                                if (!asciiSpace(uchar(c))) {
                                    blank = uchar(c) >= 0x80 && isBlankRecord({ QString::fromUtf8(f) });
                                    break;
                                }
                            }
                        }
                    } else {
                        blank = isBlankRecord(fields);
                    }
                    if (blank)
                        continue;
                    if ((!raw || fewFilled(*csv))
                        && isNoteRow(raw ? nullptr : &fields, raw ? csv : nullptr, s.headers.size())) {
                        s.noteRows << line;
                        continue;
                    }
                    // A CSV row that stops before a column the source maps was cut short (a broken line,
                    // a lost quote): its missing cells would be stored as empty. XLSX rows leave empty
                    // cells out by design.
                    const qsizetype count = raw ? csv->fieldCount() : fields.size();
                    if (csv && count < s.mappedColumns) {
                        batch->records.push_back({ line, 0, QString(),
                            Importer::tr("the row has %1 fields where the header has %2; it was not imported")
                                .arg(count)
                                .arg(s.headers.size()) });
                    } else {
                        conv.setListWarnings(warningsOut.size() < ImportReport::kMaxWarnings);
                        conv.convertInto(
                            raw ? nullptr : &fields, raw ? csv : nullptr, line, *batch, warnings);
                        for (Issue& w : warnings) {
                            if (warningsOut.size() < ImportReport::kMaxWarnings) {
                                w.file = s.ref.label;
                                w.line = line;
                                warningsOut.append(w);
                            }
                        }
                        warnings.clear();
                    }
                }
                if (batch->records.size() >= kRowsPerBatch) {
                    batch->position = s.rows->position();
                    if (!queue.push(std::move(batch)))
                        return;
                    batch = queue.take();
                    if (!batch)
                        return;
                    batch->source = int(si);
                }
            }
            warningCount += conv.warningCount();
            batch->position = s.rows->size();
            batch->endOfSource = true;
            if (!queue.push(std::move(batch)))
                return;
        }
        batch = queue.take();
        if (!batch)
            return;
        batch->endOfAll = true;
        queue.push(std::move(batch));
    } catch (...) {
        if (!batch)
            batch = std::make_unique<Batch>();
        batch->clear();
        batch->error = std::current_exception();
        batch->endOfAll = true;
        queue.push(std::move(batch));
    }
}

} // namespace

QString Importer::fingerprint(const QStringList& headers)
{
    QStringList folded;
    for (const QString& h : headers)
        folded << TableSchema::foldHeader(h);
    const QByteArray hash
        = QCryptographicHash::hash(folded.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(20));
}

SourceMapping Importer::rememberedMapping(const Database& db, const QString& fingerprint)
{
    SourceMapping m;
    Statement st = db.prepare("SELECT mapping FROM import_mappings WHERE source = ?");
    st.bind(1, fingerprint);
    if (!st.step())
        return m;
    const QJsonObject o = QJsonDocument::fromJson(st.columnText(0).toUtf8()).object();
    m.table = o.value(QStringLiteral("table")).toString();
    const QJsonObject cols = o.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it)
        m.columns.insert(it.key(), it.value().toString());
    if (!TableSchema::find(m.table))
        return {};
    return m;
}

void Importer::rememberMapping(Database& db, const QString& fingerprint, const SourceMapping& mapping)
{
    QJsonObject cols;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
        cols.insert(it.key(), it.value());
    const QJsonObject o { { QStringLiteral("table"), mapping.table }, { QStringLiteral("columns"), cols } };
    Statement st = db.prepare("INSERT INTO import_mappings(source, mapping) VALUES(?, ?) "
                              "ON CONFLICT(source) DO UPDATE SET mapping = excluded.mapping");
    st.bind(1, fingerprint);
    st.bind(2, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    st.run();
}

QList<SourcePreview> Importer::inspect(const QStringList& paths, const Database* db, int previewRows)
{
    std::map<QString, std::unique_ptr<XlsxReader>> workbooks;
    const QList<SourceRef> refs = discover(paths, workbooks);
    QList<SourcePreview> out;
    for (const SourceRef& ref : refs) {
        auto rows = openSource(ref, workbooks);
        SourcePreview p;
        p.label = ref.label;
        p.path = ref.path;
        p.sheet = ref.sheet;
        p.encoding = rows->encoding();
        const HeaderRead header = readHeader(rows, [&] { return openSource(ref, workbooks); });
        p.headers = header.headers;
        p.headerLine = header.line;
        p.titleRows = header.titleRows;
        if (p.headers.isEmpty())
            continue; // an empty sheet or file holds nothing to map
        QStringList fields;
        while (rows->next(fields)) {
            if (isBlankRecord(fields))
                continue;
            if (isNoteRow(&fields, nullptr, p.headers.size())) {
                p.noteRows << rows->line();
                continue;
            }
            p.rows.append(fields);
            if (p.rows.size() >= previewRows)
                break;
        }
        for (QString& h : p.headers)
            h = h.trimmed();
        p.fingerprint = fingerprint(p.headers);
        const Resolved r = resolve(ref, p.headers, nullptr, db);
        p.table = r.table;
        p.columns = r.columns;
        p.remembered = r.remembered;
        p.decision = r.decision;
        p.unsupported = r.table.isEmpty()
            && TableDecider::isUnsupportedSheet(
                ref.sheet.isEmpty() ? QFileInfo(ref.path).completeBaseName() : ref.sheet);
        while (p.columns.size() < p.headers.size())
            p.columns << QString();
        out.append(p);
    }
    return out;
}

ConvertedPreview Importer::convertPreview(
    const SourcePreview& preview, const QString& table, const QStringList& columns)
{
    ConvertedPreview out;
    const TableSpec* spec = TableSchema::find(table);
    if (!spec)
        return out;
    QStringList cols = columns;
    while (cols.size() < preview.headers.size())
        cols << QString();
    RowConverter conv(*spec, preview.headers, cols, !preview.sheet.isEmpty());
    conv.setVendorLayout(preview.decision.by == TableDecision::By::Headers);
    const int shown = int(conv.dbColumns().size());
    for (int i = 0; i < shown; ++i) {
        const QString& c = conv.dbColumns().at(i);
        if (c != u"uscc_invalid" && c != u"id_masked")
            out.columns << c;
    }
    QList<Issue> warnings;
    for (const QStringList& row : preview.rows) {
        Batch batch;
        conv.convertInto(&row, nullptr, 0, batch, warnings);
        const Record& rec = batch.records.front();
        QStringList cells;
        if (rec.reason.isEmpty() && rec.rows > 0) {
            for (int i = 0; i < shown; ++i) {
                const QString& c = conv.dbColumns().at(i);
                if (c == u"uscc_invalid" || c == u"id_masked")
                    continue;
                const Cell& v = batch.cells.at(size_t(i));
                switch (v.type) {
                case Value::Null:
                    cells << QString();
                    break;
                case Value::Int:
                    cells << QString::number(v.i);
                    break;
                case Value::Real:
                    cells << QString::fromLatin1(ValueParser::formatNumber(v.d));
                    break;
                case Value::Text:
                    cells << QString::fromUtf8(batch.text.data() + v.i, v.n);
                    break;
                }
            }
            out.problems << QString();
        } else {
            out.problems << (rec.column.isEmpty() ? rec.reason
                                                  : rec.column + QStringLiteral(": ") + rec.reason);
        }
        out.rows << cells;
    }
    return out;
}

ImportReport Importer::run(
    Database& db, const QStringList& paths, const ImportOptions& options, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    std::map<QString, std::unique_ptr<XlsxReader>> workbooks;
    const QList<SourceRef> refs = discover(paths, workbooks);

    // Read every header first so that parents (enterprises, persons, parks, buildings) go before the
    // rows that refer to them, whatever the order of files.
    std::vector<OpenSource> sources;
    qint64 totalBytes = 0;
    for (const SourceRef& ref : refs) {
        OpenSource s;
        s.ref = ref;
        s.rows = openSource(ref, workbooks);
        const HeaderRead header = readHeader(s.rows, [&] { return openSource(ref, workbooks); });
        s.headers = header.headers;
        s.headerLine = header.line;
        if (s.headers.isEmpty())
            continue;
        for (QString& h : s.headers)
            h = h.trimmed();
        if (options.skip.contains(fingerprint(s.headers)))
            continue;
        if (!s.rows->recordError().isEmpty()) {
            // A header that cannot be read would map the wrong columns or drop one silently.
            report.rejected.append({ ref.label, s.headerLine, QString(),
                tr("the header row cannot be read (%1); no row of this file was imported")
                    .arg(s.rows->recordError()) });
            continue;
        }
        const QString fileKey = QFileInfo(ref.path).fileName();
        report.encodings.insert(fileKey, s.rows->encoding());
        s.resolved = resolve(ref, s.headers, &options, &db);
        SourceReport& sr = report.sources[ref.label];
        const TableDecision& d = s.resolved.decision;
        sr.table = s.resolved.table;
        sr.by = d.byText();
        sr.reason = d.reason;
        sr.evidence = d.evidence;
        sr.candidates = d.candidates;
        sr.scores = d.scores;
        sr.headerLine = s.headerLine;
        sr.titleRows = header.titleRows;
        if (s.resolved.table.isEmpty()) {
            const QString name = ref.sheet.isEmpty() ? QFileInfo(ref.path).completeBaseName() : ref.sheet;
            if (d.by == TableDecision::By::Ambiguous) {
                const QString message
                    = tr("%1 could be %2: its headers fit these tables about equally; name "
                         "it after its table (e.g. %3.csv) or map its columns in the import "
                         "window")
                          .arg(ref.label, d.candidates.join(tr(" or ")), d.candidates.first());
                if (options.refuseAmbiguous)
                    throw IoError(message);
                report.rejected.append({ ref.label, s.headerLine, QString(), message });
            } else if (TableDecider::isUnsupportedSheet(name)) {
                sr.by = QStringLiteral("unsupported");
                sr.reason = tr("the bundle has no table for %1; the sheet was skipped").arg(name);
            } else {
                report.rejected.append({ ref.label, s.headerLine, QString(),
                    tr("cannot tell which table this file holds: name it after its table "
                       "(e.g. enterprises.csv) or map its columns") });
            }
            continue;
        }
        const TableSpec* spec = TableSchema::find(s.resolved.table);
        bool complete = true;
        for (const ColumnSpec& c : spec->columns) {
            if (c.required && !s.resolved.columns.contains(c.name)
                && !TableDecider::derivable(s.resolved.table, c.name, s.resolved.columns)) {
                report.rejected.append({ ref.label, s.headerLine, c.name,
                    tr("required column %1 is missing; no row of this file was imported").arg(c.name) });
                complete = false;
            }
        }
        if (!complete)
            continue;
        QStringList ignored;
        for (int i = 0; i < s.headers.size(); ++i)
            if (s.resolved.columns.value(i).isEmpty() && !s.headers.at(i).isEmpty())
                ignored << s.headers.at(i);
        if (!ignored.isEmpty())
            report.ignoredColumns.insert(ref.label, ignored);
        report.tables.insert(ref.label, s.resolved.table);
        for (qsizetype i = 0; i < s.resolved.columns.size(); ++i)
            if (!s.resolved.columns.at(i).isEmpty())
                s.mappedColumns = i + 1;
        totalBytes += s.rows->size();
        sources.push_back(std::move(s));
    }
    const QStringList order = TableSchema::tableNames();
    std::stable_sort(sources.begin(), sources.end(), [&order](const OpenSource& a, const OpenSource& b) {
        return order.indexOf(a.resolved.table) < order.indexOf(b.resolved.table);
    });

    // One transaction holds the whole bundle: a larger page cache keeps it from spilling to the WAL and
    // reading pages back. Restored afterwards (the size is a per-connection setting).
    const qint64 oldCacheSize = db.scalarInt("PRAGMA cache_size");
    db.exec("PRAGMA cache_size = -262144");
    struct RestoreCache
    {
        Database& db;
        qint64 size;
        ~RestoreCache()
        {
            try {
                db.exec(("PRAGMA cache_size = " + std::to_string(size)).c_str());
            } catch (...) {
            }
        }
    } restoreCache { db, oldCacheSize };
    store::Transaction tx(db);

    progress.report(0, totalBytes, tr("Importing"));

    // Reading and converting runs on a second thread, one source after the other in the order above;
    // this thread, which owns the connection, writes. A bounded queue of batches keeps memory flat.
    for (OpenSource& s : sources) {
        s.converter = std::make_unique<RowConverter>(
            *TableSchema::find(s.resolved.table), s.headers, s.resolved.columns, s.rows->isWorksheet());
        s.converter->setVendorLayout(s.resolved.decision.by == TableDecision::By::Headers);
    }
    BatchQueue queue;
    QList<Issue> warnings;
    std::atomic<qint64> warningCount { 0 };
    std::thread reader(
        readSources, std::ref(sources), std::ref(queue), std::ref(warnings), std::ref(warningCount));
    struct StopReader
    {
        BatchQueue& queue;
        std::thread& thread;
        ~StopReader()
        {
            queue.stop();
            if (thread.joinable())
                thread.join();
        }
    } stopReader { queue, reader };

    qint64 doneBytes = 0;
    std::vector<qint64> sourceRows(sources.size()), sourceWritten(sources.size()),
        sourceRejected(sources.size());
    std::unique_ptr<Inserter> inserter;
    int current = -1;
    qint64 written = 0;
    QList<Issue> duplicateWarnings;
    qint64 duplicates = 0;
    for (;;) {
        std::unique_ptr<Batch> batch = queue.pop();
        if (batch->error)
            std::rethrow_exception(batch->error);
        if (batch->endOfAll)
            break;
        OpenSource& s = sources[size_t(batch->source)];
        if (batch->source != current) {
            current = batch->source;
            inserter = std::make_unique<Inserter>(db, *s.converter);
            written = 0;
        }
        qsizetype row = 0;
        for (const Record& rec : batch->records) {
            if (!rec.reason.isEmpty()) {
                report.rejected.append({ s.ref.label, rec.line, rec.column, rec.reason });
                continue;
            }
            Issue issue { s.ref.label, rec.line, QString(), QString() };
            int done = 0;
            bool reported = false;
            for (; done < rec.rows; ++done) {
                QString key;
                const bool again = inserter->duplicate(*batch, row + done, key);
                if (again && inserter->canAdd()) {
                    if (!inserter->add(*batch, row + done, issue))
                        break;
                    continue;
                }
                if (again && !reported) {
                    // Same natural key as an earlier row of this source: the later row wins (as re-importing
                    // would), and the user hears of it.
                    reported = true;
                    ++duplicates;
                    if (duplicateWarnings.size() < ImportReport::kMaxWarnings)
                        duplicateWarnings.append({ s.ref.label, rec.line, QString(),
                            tr("same key as an earlier row of this file (%1); this later row replaces it")
                                .arg(key) });
                }
                if (!inserter->insert(*batch, row + done, issue))
                    break;
            }
            row += rec.rows;
            if (done < rec.rows) {
                report.rejected.append(issue);
                ++sourceRejected[size_t(batch->source)];
                continue; // rows of this record written before the failure stay, as they always did
            }
            written += done;
            ++sourceWritten[size_t(batch->source)];
        }
        for (const Record& rec : batch->records)
            if (!rec.reason.isEmpty())
                ++sourceRejected[size_t(batch->source)];
        sourceRows[size_t(batch->source)] += qint64(batch->records.size());
        progress.report(doneBytes + batch->position, totalBytes, tr("Importing %1").arg(s.ref.label));
        if (batch->endOfSource) {
            doneBytes += s.rows->size();
            report.imported[s.resolved.table] += written;
            if (options.rememberMappings && options.mappings.contains(Importer::fingerprint(s.headers))) {
                SourceMapping m = options.mappings.value(Importer::fingerprint(s.headers));
                m.table = s.resolved.table;
                rememberMapping(db, Importer::fingerprint(s.headers), m);
            }
        }
        queue.recycle(std::move(batch));
    }
    reader.join();
    for (size_t i = 0; i < sources.size(); ++i) {
        SourceReport& sr = report.sources[sources[i].ref.label];
        sr.noteRows = sources[i].noteRows;
        sr.rows = sourceRows[i];
        sr.written = sourceWritten[i];
        sr.rejectedRows = sourceRejected[i];
        sr.regionSources = sources[i].converter->regionSources();
        sr.industrySources = sources[i].converter->industrySources();
    }
    report.warnings = warnings;
    for (const Issue& w : std::as_const(duplicateWarnings))
        if (report.warnings.size() < ImportReport::kMaxWarnings)
            report.warnings.append(w);
    report.warningCount = warningCount + duplicates;

    // Nothing imported (empty or header-only files, every row refused): the cache stays byte for byte as
    // it was, its meta included. The transaction rolls back.
    qint64 total = 0;
    for (auto it = report.imported.cbegin(); it != report.imported.cend(); ++it)
        total += it.value();
    if (total == 0) {
        progress.throwIfCancelled();
        if (options.beforeCommit) { // what the caller adds (visits merged, say) is committed on its own
            options.beforeCommit(db);
            tx.commit();
        }
        report.seconds = double(timer.elapsed()) / 1000.0;
        return report;
    }

    if (report.imported.value(QStringLiteral("enterprises")) > 0)
        store::Cache::rebuildDerivedIndexes(db, progress);

    store::Cache::bumpDataVersion(db);
    QString label = options.dataSourceLabel;
    if (label.isEmpty()) {
        QStringList names;
        for (const QString& p : paths)
            names << QFileInfo(p).fileName();
        label = names.join(QStringLiteral(", "));
    }
    store::Cache::setMeta(db, QStringLiteral("data_source"), label);

    progress.throwIfCancelled();
    if (options.beforeCommit)
        options.beforeCommit(db);
    tx.commit();

    // Build and save the search index now, so the first open after the import loads it instead of
    // building it. Best effort: the import is committed; a cancel or a failure here only leaves the build
    // to the next open.
    if (!db.path().isEmpty() && report.totalImported() > 0) {
        try {
            search::SearchIndex::open(db.path(), progress);
        } catch (const Cancelled&) {
        } catch (const std::exception& e) {
            qCInfo(lcIo) << "search index not built after the import:" << e.what();
        }
        // Likewise the parks' matching evidence (core/parks), so the first click on a park does not pay it.
        try {
            parks::ParkStore(db).prepare(progress, Importer::tr("Matching enterprises to buildings"));
        } catch (const Cancelled&) {
        } catch (const std::exception& e) {
            qCInfo(lcIo) << "park evidence not built after the import:" << e.what();
        }
    }

    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

} // namespace dj::io
