#include "core/search/searchindex.h"

#include "core/search/indexdata.h"
#include "core/search/pinyin.h"
#include "core/store/cache.h"
#include "core/store/storeerror.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSaveFile>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <numeric>

Q_LOGGING_CATEGORY(lcSearchIndex, "dj.search.index", QtWarningMsg)

namespace dj::search {

using store::Cache;
using store::Database;
using store::Statement;

namespace {

constexpr char kMagic[8] = { 'D', 'J', 'S', 'I', 'D', 'X', '\0', '\1' };
constexpr quint32 kFormatVersion = 2; // 2: map positions (lon, lat)
constexpr qint64 kReportEvery = 1 << 16;
const qint64 kEpochJd = QDate(1970, 1, 1).toJulianDay();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

qint32 parseDate(std::string_view s)
{
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return kNoDate;
    int v[3] = { 0, 0, 0 };
    const int pos[3][2] = { { 0, 4 }, { 5, 2 }, { 8, 2 } };
    for (int f = 0; f < 3; ++f) {
        for (int i = 0; i < pos[f][1]; ++i) {
            const char c = s[size_t(pos[f][0] + i)];
            if (c < '0' || c > '9')
                return kNoDate;
            v[f] = v[f] * 10 + (c - '0');
        }
    }
    const QDate d(v[0], v[1], v[2]);
    return d.isValid() ? qint32(d.toJulianDay() - kEpochJd) : kNoDate;
}

qint32 parseRegion(std::string_view s)
{
    if (s.size() != 6)
        return -1;
    qint32 v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

class DictBuilder
{
public:
    explicit DictBuilder(DictColumn& column)
        : m_column(column)
    {
        m_column.dict = StringColumn();
        m_column.dict.append({});
        m_map.insert(QByteArray(), 0);
    }
    quint32 code(std::string_view s)
    {
        if (s.empty())
            return 0;
        const QByteArray key = QByteArray::fromRawData(s.data(), qsizetype(s.size()));
        auto it = m_map.constFind(key);
        if (it != m_map.constEnd())
            return *it;
        const quint32 c = quint32(m_column.dict.size());
        m_column.dict.append(s);
        m_map.insert(QByteArray(s.data(), qsizetype(s.size())), c);
        return c;
    }
    void add(std::string_view s) { m_column.codes.push_back(code(s)); }

private:
    DictColumn& m_column;
    QHash<QByteArray, quint32> m_map;
};

/// Maps the uscc of child-table rows (streamed in uscc order) to index rows.
class UsccResolver
{
public:
    explicit UsccResolver(const IndexData& d)
        : m_d(&d)
    {
    }
    void restart() { m_pos = 0; }
    qint32 find(std::string_view u)
    {
        const auto& order = m_d->usccOrder;
        auto key = [&](size_t i) { return m_d->uscc.at(order[i]); };
        int steps = 0;
        if (m_pos > 0 && key(m_pos - 1) >= u)
            m_pos = 0; // the stream went backwards: search from the start
        while (m_pos < order.size() && key(m_pos) < u && steps < 16) {
            ++m_pos;
            ++steps;
        }
        if (m_pos < order.size() && key(m_pos) < u) {
            m_pos = size_t(std::lower_bound(order.begin() + qsizetype(m_pos), order.end(), u,
                               [&](qint32 row, std::string_view v) { return m_d->uscc.at(row) < v; })
                - order.begin());
        }
        if (m_pos < order.size() && key(m_pos) == u)
            return order[m_pos];
        return -1;
    }

private:
    const IndexData* m_d;
    size_t m_pos = 0;
};

/// Collects per-row entries in any row order and lays them out as compressed sparse rows.
template <typename Payload> struct ListBuilder
{
    std::vector<qint32> rows;
    std::vector<Payload> payload;
    void add(qint32 row, Payload p)
    {
        rows.push_back(row);
        payload.push_back(std::move(p));
    }
    std::vector<Payload> finish(qint32 n, ListOffsets& offsets)
    {
        offsets.offsets.assign(size_t(n) + 1, 0);
        for (qint32 r : rows)
            ++offsets.offsets[size_t(r) + 1];
        for (size_t i = 1; i < offsets.offsets.size(); ++i)
            offsets.offsets[i] += offsets.offsets[i - 1];
        std::vector<quint32> cursor(offsets.offsets.begin(), offsets.offsets.end() - 1);
        std::vector<Payload> out(payload.size());
        for (size_t i = 0; i < rows.size(); ++i)
            out[cursor[size_t(rows[i])]++] = std::move(payload[i]);
        rows = {};
        payload = {};
        return out;
    }
};

QString fingerprint(const Database& db)
{
    return Cache::meta(db, QStringLiteral("created")) + QLatin1Char('|')
        + QString::number(db.scalarInt("SELECT max(id) FROM enterprises"));
}

std::vector<qint32> rowsInOrder(const Database& db, std::string_view sql, const IndexData& d)
{
    std::vector<qint32> out;
    out.reserve(size_t(d.n));
    Statement st = db.prepare(sql);
    while (st.step()) {
        const qint64 id = st.columnInt(0);
        const auto it = std::lower_bound(d.ids.begin(), d.ids.end(), id);
        out.push_back(qint32(it - d.ids.begin()));
    }
    return out;
}

std::vector<quint32> ranksOf(const std::vector<qint32>& order)
{
    std::vector<quint32> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = quint32(i);
    return rank;
}

void readEnterprises(const Database& db, IndexData& d, const dj::Progress& progress)
{
    const qint64 total = db.scalarInt("SELECT count(*) FROM enterprises");
    const QString stage = SearchIndex::tr("Indexing enterprises");
    progress.report(0, total, stage);
    d.region.reserve(size_t(total));
    d.ids.reserve(size_t(total));

    DictBuilder status(d.status), industry(d.industryCode), section(d.section), scale(d.scale),
        scope(d.scope);
    QHash<QByteArray, quint16> setIds;
    d.readingSets = StringColumn();
    d.readingSets.append({});
    setIds.insert(QByteArray(), 0);
    QHash<char32_t, quint16> setOfChar;
    const Pinyin& pinyin = Pinyin::instance();
    auto charSet = [&](char32_t cp) -> quint16 {
        auto it = setOfChar.constFind(cp);
        if (it != setOfChar.constEnd())
            return *it;
        QByteArray key;
        if (cp < 128 && std::isalpha(int(cp)))
            key = QByteArray(1, char(std::tolower(int(cp))));
        else if (cp >= 0x2E80)
            key = pinyin.readings(cp);
        quint16 id = 0;
        if (!key.isEmpty()) {
            auto s = setIds.constFind(key);
            if (s != setIds.constEnd()) {
                id = *s;
            } else if (d.readingSets.size() < 65535) {
                id = quint16(d.readingSets.size());
                d.readingSets.append(std::string_view(key.constData(), size_t(key.size())));
                setIds.insert(key, id);
            }
        }
        setOfChar.insert(cp, id);
        return id;
    };

    Statement st = db.prepare(
        "SELECT id, uscc, name, former_names, status, legal_rep, registered_capital, established, "
        "region_code, "
        "industry_code, industry_section, insured_count, scale, scope, "
        "CASE WHEN op_lon IS NOT NULL AND op_lat IS NOT NULL THEN op_lon ELSE lon END, "
        "CASE WHEN op_lon IS NOT NULL AND op_lat IS NOT NULL THEN op_lat ELSE lat END "
        "FROM enterprises ORDER BY id");
    qint64 done = 0;
    while (st.step()) {
        d.ids.push_back(st.columnInt(0));
        d.uscc.append(st.columnUtf8(1));
        const std::string_view name = st.columnUtf8(2);
        d.name.append(name);
        d.formerNames.append(st.columnUtf8(3));
        status.add(st.columnUtf8(4));
        d.legalRep.append(st.columnUtf8(5));
        d.capital.push_back(st.isNull(6) ? kNaN : st.columnDouble(6));
        d.established.push_back(parseDate(st.columnUtf8(7)));
        d.region.push_back(parseRegion(st.columnUtf8(8)));
        industry.add(st.columnUtf8(9));
        section.add(st.columnUtf8(10));
        d.insured.push_back(st.isNull(11) ? kNaN : st.columnDouble(11));
        scale.add(st.columnUtf8(12));
        scope.add(st.columnUtf8(13));
        d.lon.push_back(st.isNull(14) ? kNaN : st.columnDouble(14));
        d.lat.push_back(st.isNull(15) ? kNaN : st.columnDouble(15));

        for (char32_t cp : QString::fromUtf8(name.data(), qsizetype(name.size())).toUcs4())
            d.nameCharSet.push_back(charSet(cp));
        d.nameChars.offsets.push_back(quint32(d.nameCharSet.size()));

        if (++done % kReportEvery == 0)
            progress.report(done, total, stage);
    }
    d.n = qint32(d.ids.size());
}

void readChildTables(const Database& db, IndexData& d, const dj::Progress& progress)
{
    UsccResolver resolver(d);
    const qint32 n = d.n;

    progress.report(0, 4, SearchIndex::tr("Indexing financial years"));
    {
        struct Fin
        {
            qint16 year;
            double revenue, tax;
        };
        ListBuilder<Fin> fin;
        Statement st = db.prepare("SELECT uscc, year, revenue, tax FROM financials ORDER BY uscc, year");
        qint64 seen = 0;
        while (st.step()) {
            const qint32 row = resolver.find(st.columnUtf8(0));
            if (row >= 0)
                fin.add(row,
                    Fin { qint16(std::clamp<qint64>(st.columnInt(1), -32768, 32767)),
                        st.isNull(2) ? kNaN : st.columnDouble(2), st.isNull(3) ? kNaN : st.columnDouble(3) });
            if (++seen % kReportEvery == 0)
                progress.throwIfCancelled();
        }
        const std::vector<Fin> rows = fin.finish(n, d.fin);
        d.finYear.resize(rows.size());
        d.finRevenue.resize(rows.size());
        d.finTax.resize(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            d.finYear[i] = rows[i].year;
            d.finRevenue[i] = rows[i].revenue;
            d.finTax[i] = rows[i].tax;
        }
        d.latestRevenue.assign(size_t(n), kNaN);
        d.latestTax.assign(size_t(n), kNaN);
        d.latestRevenueYear.assign(size_t(n), 0);
        d.latestTaxYear.assign(size_t(n), 0);
        for (qint32 r = 0; r < n; ++r) {
            // Rows come in year order; several rows of one year are impossible (primary key).
            for (quint32 i = d.fin.end(r); i-- > d.fin.begin(r);) {
                if (std::isnan(d.latestRevenue[size_t(r)]) && !std::isnan(d.finRevenue[i])) {
                    d.latestRevenue[size_t(r)] = d.finRevenue[i];
                    d.latestRevenueYear[size_t(r)] = d.finYear[i];
                }
                if (std::isnan(d.latestTax[size_t(r)]) && !std::isnan(d.finTax[i])) {
                    d.latestTax[size_t(r)] = d.finTax[i];
                    d.latestTaxYear[size_t(r)] = d.finYear[i];
                }
            }
        }
    }

    progress.report(1, 4, SearchIndex::tr("Indexing financing, licences, qualifications and risks"));
    {
        resolver.restart();
        d.financingCount.assign(size_t(n), 0);
        Statement st = db.prepare("SELECT uscc, count(*) FROM financing GROUP BY uscc ORDER BY uscc");
        while (st.step()) {
            const qint32 row = resolver.find(st.columnUtf8(0));
            if (row >= 0)
                d.financingCount[size_t(row)] = quint16(std::min<qint64>(st.columnInt(1), 65535));
        }
    }

    auto kinds = [&](std::string_view sql, ListOffsets& offsets, std::vector<quint32>& kindOut,
                     StringColumn& dict, std::vector<qint32>* validTo, const QString& bindText) {
        resolver.restart();
        DictColumn tmp;
        DictBuilder builder(tmp);
        struct Entry
        {
            quint32 kind;
            qint32 validTo;
        };
        ListBuilder<Entry> list;
        Statement st = db.prepare(sql);
        if (!bindText.isNull())
            st.bind(1, bindText);
        while (st.step()) {
            const qint32 row = resolver.find(st.columnUtf8(0));
            const std::string_view kind = st.columnUtf8(1);
            if (row < 0 || kind.empty())
                continue;
            qint32 to = kOpenDate;
            if (validTo) {
                const std::string_view s = st.columnUtf8(2);
                // An empty or non-date valid_to (e.g. 长期) means the licence does not expire.
                const qint32 parsed = s.empty() ? kNoDate : parseDate(s);
                to = parsed == kNoDate ? kOpenDate : parsed;
            }
            list.add(row, Entry { builder.code(kind), to });
        }
        const std::vector<Entry> entries = list.finish(n, offsets);
        kindOut.resize(entries.size());
        if (validTo)
            validTo->resize(entries.size());
        for (size_t i = 0; i < entries.size(); ++i) {
            kindOut[i] = entries[i].kind;
            if (validTo)
                (*validTo)[i] = entries[i].validTo;
        }
        dict = std::move(tmp.dict);
    };
    kinds("SELECT uscc, kind, valid_to FROM licenses ORDER BY uscc", d.lic, d.licKind, d.licKinds,
        &d.licValidTo, {});
    progress.report(2, 4, SearchIndex::tr("Indexing financing, licences, qualifications and risks"));
    kinds(
        "SELECT uscc, kind FROM qualifications ORDER BY uscc", d.qual, d.qualKind, d.qualKinds, nullptr, {});
    kinds("SELECT uscc, kind FROM risks WHERE status = ?1 ORDER BY uscc", d.risk, d.riskKind, d.riskKinds,
        nullptr, QStringLiteral("有效"));
    progress.report(4, 4, SearchIndex::tr("Indexing financing, licences, qualifications and risks"));
}

std::unique_ptr<IndexData> buildData(
    const Database& db, const QString& cachePath, const dj::Progress& progress)
{
    auto d = std::make_unique<IndexData>();
    d->cachePath = cachePath;
    d->dataVersion = Cache::dataVersion(db);
    readEnterprises(db, *d, progress);
    d->usccOrder = rowsInOrder(db, "SELECT id FROM enterprises ORDER BY uscc", *d);
    d->usccRank = ranksOf(d->usccOrder);
    {
        // Equal names share a rank so that ties fall back to id order in both directions. Sorted here, by
        // UTF-8 bytes as SQLite's BINARY collation would (the cache has no index on names: see
        // core/store/namegramindex.h); rows are in id order, so a stable sort keeps ties in id order.
        std::vector<qint32> order(size_t(d->n));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
            [&name = d->name](qint32 a, qint32 b) { return name.at(a) < name.at(b); });
        d->nameRank.assign(order.size(), 0);
        quint32 rank = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (i > 0 && d->name.at(order[i]) != d->name.at(order[i - 1]))
                rank = quint32(i);
            d->nameRank[size_t(order[i])] = rank;
        }
    }
    readChildTables(db, *d, progress);
    return d;
}

// ---- persistence: a header, then every column as (count, raw bytes) in a fixed order ----

template <typename Io> void columns(Io& io, IndexData& d)
{
    auto str = [&](StringColumn& c) {
        io(c.bytes);
        io(c.offsets);
    };
    auto dict = [&](DictColumn& c) {
        io(c.codes);
        str(c.dict);
    };
    io(d.ids);
    str(d.uscc);
    io(d.usccOrder);
    io(d.usccRank);
    str(d.name);
    io(d.nameRank);
    str(d.formerNames);
    str(d.legalRep);
    dict(d.status);
    dict(d.industryCode);
    dict(d.section);
    dict(d.scale);
    dict(d.scope);
    io(d.region);
    io(d.capital);
    io(d.established);
    io(d.insured);
    io(d.lon);
    io(d.lat);
    io(d.fin.offsets);
    io(d.finYear);
    io(d.finRevenue);
    io(d.finTax);
    io(d.latestRevenue);
    io(d.latestRevenueYear);
    io(d.latestTax);
    io(d.latestTaxYear);
    io(d.financingCount);
    io(d.lic.offsets);
    io(d.licKind);
    io(d.licValidTo);
    str(d.licKinds);
    io(d.qual.offsets);
    io(d.qualKind);
    str(d.qualKinds);
    io(d.risk.offsets);
    io(d.riskKind);
    str(d.riskKinds);
    io(d.nameChars.offsets);
    io(d.nameCharSet);
    str(d.readingSets);
}

struct Writer
{
    QIODevice& dev;
    bool ok = true;
    template <typename T> void operator()(std::vector<T>& v)
    {
        const quint64 count = v.size();
        ok = ok && dev.write(reinterpret_cast<const char*>(&count), sizeof count) == sizeof count;
        const qint64 bytes = qint64(v.size() * sizeof(T));
        ok = ok && dev.write(reinterpret_cast<const char*>(v.data()), bytes) == bytes;
    }
};

struct Reader
{
    QIODevice& dev;
    qint64 remaining;
    bool ok = true;
    template <typename T> void operator()(std::vector<T>& v)
    {
        quint64 count = 0;
        ok = ok && dev.read(reinterpret_cast<char*>(&count), sizeof count) == sizeof count;
        remaining -= qint64(sizeof count);
        if (!ok || count > quint64(remaining) / sizeof(T)) {
            ok = false;
            return;
        }
        v.resize(size_t(count));
        const qint64 bytes = qint64(count * sizeof(T));
        ok = dev.read(reinterpret_cast<char*>(v.data()), bytes) == bytes;
        remaining -= bytes;
    }
};

QByteArray header(qint64 dataVersion, const QString& print, qint32 n)
{
    QByteArray h(kMagic, sizeof kMagic);
    const QByteArray fp = print.toUtf8();
    const quint32 version = kFormatVersion;
    const quint32 fpSize = quint32(fp.size());
    h.append(reinterpret_cast<const char*>(&version), sizeof version);
    h.append(reinterpret_cast<const char*>(&dataVersion), sizeof dataVersion);
    h.append(reinterpret_cast<const char*>(&n), sizeof n);
    h.append(reinterpret_cast<const char*>(&fpSize), sizeof fpSize);
    h.append(fp);
    return h;
}

void save(IndexData& d, const QString& print)
{
    QSaveFile file(SearchIndex::persistedPath(d.cachePath));
    if (!file.open(QIODevice::WriteOnly)) {
        qCInfo(lcSearchIndex) << "cannot persist the search index:" << file.errorString();
        return;
    }
    file.write(header(d.dataVersion, print, d.n));
    Writer w { file };
    columns(w, d);
    if (!w.ok || !file.commit())
        qCInfo(lcSearchIndex) << "cannot persist the search index:" << file.errorString();
}

std::unique_ptr<IndexData> load(const QString& cachePath, qint64 dataVersion, const QString& print, qint32 n)
{
    QFile file(SearchIndex::persistedPath(cachePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray expected = header(dataVersion, print, n);
    if (file.read(expected.size()) != expected)
        return {};
    auto d = std::make_unique<IndexData>();
    Reader r { file, file.size() - expected.size() };
    columns(r, *d);
    d->n = qint32(d->ids.size());
    const auto rows = size_t(d->n);
    // A truncated or foreign file must never become an index with inconsistent columns.
    if (!r.ok || r.remaining != 0 || d->n != n || d->name.offsets.size() != rows + 1
        || d->region.size() != rows || d->fin.offsets.size() != rows + 1
        || d->nameChars.offsets.size() != rows + 1 || d->status.codes.size() != rows
        || d->scope.codes.size() != rows || d->latestTax.size() != rows || d->lon.size() != rows
        || d->lat.size() != rows) {
        qCInfo(lcSearchIndex) << "ignoring an unreadable persisted search index";
        return {};
    }
    d->cachePath = cachePath;
    d->dataVersion = dataVersion;
    d->loaded = true;
    return d;
}

} // namespace

SearchIndex::SearchIndex(std::unique_ptr<IndexData> data)
    : m_data(std::move(data))
{
}

SearchIndex::~SearchIndex() = default;

QString SearchIndex::persistedPath(const QString& cachePath)
{
    return cachePath + QStringLiteral(".search");
}

/// A read-only connection for one sequential pass: without SQLite's memory map, whose touched pages of a
/// multi-GB cache would count as resident memory (the CLI's 500 MB budget) for no speed gain here.
static Database openForScan(const QString& cachePath)
{
    Database db = Cache::open(cachePath, Cache::Access::ReadOnly);
    db.exec("PRAGMA mmap_size = 0");
    return db;
}

std::shared_ptr<const SearchIndex> SearchIndex::build(const QString& cachePath, const dj::Progress& progress)
{
    const Database db = openForScan(cachePath);
    return std::make_shared<SearchIndex>(buildData(db, cachePath, progress));
}

std::shared_ptr<const SearchIndex> SearchIndex::open(
    const QString& cachePath, const dj::Progress& progress, bool persist)
{
    QElapsedTimer timer;
    timer.start();
    const Database db = openForScan(cachePath);
    const qint64 version = Cache::dataVersion(db);
    const QString print = fingerprint(db);
    const qint32 n = qint32(db.scalarInt("SELECT count(*) FROM enterprises"));
    if (auto d = load(cachePath, version, print, n)) {
        qCDebug(lcSearchIndex) << "loaded persisted search index in" << timer.elapsed() << "ms";
        return std::make_shared<SearchIndex>(std::move(d));
    }
    auto d = buildData(db, cachePath, progress);
    qCDebug(lcSearchIndex) << "built search index in" << timer.elapsed() << "ms";
    if (persist)
        save(*d, print);
    return std::make_shared<SearchIndex>(std::move(d));
}

qint64 SearchIndex::dataVersion() const
{
    return m_data->dataVersion;
}
qint64 SearchIndex::size() const
{
    return m_data->n;
}
QString SearchIndex::cachePath() const
{
    return m_data->cachePath;
}
bool SearchIndex::wasLoaded() const
{
    return m_data->loaded;
}

} // namespace dj::search
