#include "core/store/regionalreads.h"

#include "core/store/cache.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QElapsedTimer>
#include <sqlite3.h>
#include <string>
#include <unordered_map>

namespace dj::store {

namespace {

const QString kVersionKey = QStringLiteral("regional_data_version");

// The aggregate tables (schema step 5 creates them in the cache; a read-only connection creates them as
// TEMP tables). %1 is "" or "TEMP ".
std::string tablesSql(bool temp)
{
    const std::string t = temp ? "TEMP " : "";
    return "CREATE " + t + R"SQL(TABLE IF NOT EXISTS regional_flows (
    lvl INTEGER NOT NULL, src INTEGER NOT NULL, dst INTEGER NOT NULL, kind INTEGER NOT NULL,
    year INTEGER NOT NULL, section TEXT NOT NULL, n INTEGER NOT NULL, capital REAL NOT NULL,
    n_foreign INTEGER NOT NULL,
    PRIMARY KEY (lvl, kind, src, dst, year, section)) WITHOUT ROWID;
CREATE )SQL"
        + t + R"SQL(TABLE IF NOT EXISTS regional_firms (
    lvl INTEGER NOT NULL, region INTEGER NOT NULL, section TEXT NOT NULL, year INTEGER NOT NULL,
    established INTEGER NOT NULL, live INTEGER NOT NULL, qualified INTEGER NOT NULL,
    fin_firms INTEGER NOT NULL, revenue REAL NOT NULL, tax REAL NOT NULL,
    PRIMARY KEY (lvl, region, section, year)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS )SQL"
        + (temp ? std::string("temp.") : std::string())
        + "regional_flows_dst ON regional_flows(lvl, kind, dst, src, year, section, n, capital, n_foreign);";
}

// County-level flows: one grouped pass over shareholdings. The investor's region is the holding
// enterprise's registration region, or, for a holder not in the cache, the registration-authority digits
// 3–8 of its USCC; a person's is the birthplace code, else the native place (2/4/6 digits, padded).
// Other holders have no region (0).
std::string regionInt(const std::string& col)
{
    return "(CASE WHEN " + col + " GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]' THEN CAST(" + col
        + " AS INTEGER) ELSE 0 END)";
}

std::string buildFlowsSql()
{
    const std::string holderRegion = regionInt(
        "coalesce(h.region_code, CASE WHEN length(s.holder_id) = 18 THEN substr(s.holder_id, 3, 6) END)");
    const std::string personOrigin = R"SQL((SELECT CASE
            WHEN p.birthplace_code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]' THEN CAST(p.birthplace_code AS INTEGER)
            WHEN p.native_place_code GLOB '[0-9][0-9]*' AND length(p.native_place_code) IN (2, 4, 6)
                THEN CAST(substr(p.native_place_code || '0000', 1, 6) AS INTEGER)
            ELSE 0 END
        FROM persons p WHERE p.person_id = s.holder_id))SQL";
    return R"SQL(INSERT INTO regional_flows(lvl, src, dst, kind, year, section, n, capital, n_foreign)
SELECT 3, src, dst, kind, year, section, count(*), total(CASE WHEN cur IS NULL THEN cap END), count(cur)
FROM (SELECT CASE s.holder_kind WHEN 'enterprise' THEN 0 WHEN 'person' THEN 1 ELSE 2 END AS kind,
        CASE s.holder_kind WHEN 'enterprise' THEN )SQL"
        + holderRegion + " WHEN 'person' THEN coalesce(" + personOrigin + ", 0) ELSE 0 END AS src, "
        + regionInt("e.region_code") + R"SQL( AS dst,
        coalesce(CAST(substr(e.established, 1, 4) AS INTEGER), 0) AS year,
        coalesce(e.industry_section, '') AS section,
        s.subscribed_capital AS cap, s.subscribed_capital_currency AS cur
    FROM shareholdings s JOIN enterprises e ON e.uscc = s.investee_uscc
    LEFT JOIN enterprises h ON s.holder_kind = 'enterprise' AND h.uscc = s.holder_id)
GROUP BY kind, src, dst, year, section)SQL";
}

} // namespace

RegionalReads::RegionalReads(Database& db)
    : m_db(db)
{
}

bool RegionalReads::mainTablesUsable() const
{
    if (sqlite3_db_readonly(m_db.handle(), "main") != 0)
        return false;
    return m_db.scalarInt("SELECT count(*) FROM main.sqlite_schema WHERE name IN "
                          "('regional_flows', 'regional_firms')")
        == 2;
}

bool RegionalReads::current() const
{
    // TEMP tables shadow main ones of the same name and are always built for this connection's version.
    const bool haveTemp
        = m_db.scalarInt("SELECT count(*) FROM temp.sqlite_schema WHERE name = 'regional_flows'") == 1;
    if (haveTemp)
        return true;
    if (m_db.scalarInt("SELECT count(*) FROM main.sqlite_schema WHERE name = 'regional_flows'") == 0)
        return false;
    const QString built = Cache::meta(m_db, kVersionKey);
    return !built.isEmpty() && built.toLongLong() == Cache::dataVersion(m_db);
}

namespace {
// Lets a cancel stop a long grouped INSERT between two of SQLite's virtual-machine steps, not only between
// the build's stages (on a 1M cache one stage runs for seconds).
int interruptWhenCancelled(void* progress)
{
    return static_cast<const Progress*>(progress)->isCancelled() ? 1 : 0;
}
} // namespace

double RegionalReads::prepare(const Progress& progress, const QString& stage)
{
    if (current())
        return 0;
    QElapsedTimer timer;
    timer.start();
    sqlite3_progress_handler(m_db.handle(), 20000, &interruptWhenCancelled, const_cast<Progress*>(&progress));
    try {
        build(progress, stage);
    } catch (const StoreError&) {
        sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
        progress.throwIfCancelled(); // an interrupted statement: the transaction was rolled back
        throw;
    } catch (...) {
        sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
        throw;
    }
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
    return double(timer.nsecsElapsed()) / 1e6;
}

void RegionalReads::build(const Progress& progress, const QString& stage)
{
    const bool inMain = mainTablesUsable();
    Transaction tx(m_db, inMain ? Transaction::Kind::Immediate : Transaction::Kind::Deferred);
    // Another process may have built them while this one waited for the write lock.
    if (inMain && current()) {
        tx.commit();
        return;
    }
    if (inMain) {
        m_db.exec("DELETE FROM main.regional_flows; DELETE FROM main.regional_firms;");
    } else {
        m_db.exec(tablesSql(true));
    }
    progress.report(0, 4, stage);
    m_db.exec(buildFlowsSql());
    progress.report(1, 4, stage);
    for (int lvl : { 2, 1 }) {
        Statement st
            = m_db.prepare("INSERT INTO regional_flows(lvl, src, dst, kind, year, section, n, "
                           "capital, n_foreign) SELECT ?1, src / 100, dst / 100, kind, year, section, "
                           "sum(n), sum(capital), sum(n_foreign) FROM regional_flows WHERE lvl = ?2 "
                           "GROUP BY kind, src / 100, dst / 100, year, section");
        st.bind(1, lvl).bind(2, lvl + 1);
        st.run();
    }
    progress.report(2, 4, stage);
    m_db.exec(
        "INSERT INTO regional_firms(lvl, region, section, year, established, live, qualified, fin_firms, "
        "revenue, tax) SELECT 3, region, section, year, sum(est), sum(live), sum(q), sum(ff), total(rev), "
        "total(tax) FROM (SELECT "
        + regionInt("region_code")
        + " AS region, coalesce(industry_section, '') AS section, "
          "coalesce(CAST(substr(established, 1, 4) AS INTEGER), 0) AS year, 1 AS est, "
          "status IN ('存续', '在业') AS live, 0 AS q, 0 AS ff, NULL AS rev, NULL AS tax FROM enterprises "
          "UNION ALL SELECT "
        + regionInt("e.region_code")
        + ", coalesce(e.industry_section, ''), q.y, 0, 0, 1, 0, NULL, NULL "
          "FROM (SELECT uscc, min(year) AS y FROM qualifications GROUP BY uscc) q "
          "JOIN enterprises e ON e.uscc = q.uscc "
          "UNION ALL SELECT "
        + regionInt("e.region_code")
        + ", coalesce(e.industry_section, ''), f.year, 0, 0, 0, f.revenue IS NOT NULL, f.revenue, f.tax "
          "FROM financials f JOIN enterprises e ON e.uscc = f.uscc) GROUP BY region, section, year");
    progress.report(3, 4, stage);
    for (int lvl : { 2, 1 }) {
        Statement st
            = m_db.prepare("INSERT INTO regional_firms(lvl, region, section, year, established, live, "
                           "qualified, fin_firms, revenue, tax) SELECT ?1, region / 100, section, "
                           "year, sum(established), sum(live), sum(qualified), sum(fin_firms), "
                           "sum(revenue), sum(tax) FROM regional_firms WHERE lvl = ?2 "
                           "GROUP BY region / 100, section, year");
        st.bind(1, lvl).bind(2, lvl + 1);
        st.run();
    }
    if (inMain)
        Cache::setMeta(m_db, kVersionKey, QString::number(Cache::dataVersion(m_db)));
    progress.report(4, 4, stage);
    tx.commit();
}

namespace {

// The code range [lo, hi] of level's codes under within (a code one or more levels up).
bool withinRange(int level, int within, qint64& lo, qint64& hi)
{
    if (within <= 0)
        return false;
    const int digits = within < 100 ? 2 : within < 10000 ? 4 : 6;
    qint64 scale = 1;
    for (int d = digits; d < 2 * level; d += 2)
        scale *= 100;
    lo = qint64(within) * scale;
    hi = lo + scale - 1;
    return true;
}

std::string placeholders(int first, qsizetype count)
{
    std::string s;
    for (qsizetype i = 0; i < count; ++i) {
        if (i)
            s += ", ";
        s += "?" + std::to_string(first + int(i));
    }
    return s;
}

} // namespace

std::vector<RegionalReads::Flow> RegionalReads::grouped(Statement& st)
{
    // Summed here rather than by GROUP BY: SQLite sorts the rows in a temporary B-tree for that, which cost
    // more than the reading itself (40 of 64 ms for the counties of Beijing on the 1M demo cache).
    std::unordered_map<quint64, std::size_t> at;
    std::vector<Flow> out;
    while (st.step()) {
        const int kind = int(st.columnInt(0)), src = int(st.columnInt(1)), dst = int(st.columnInt(2)),
                  year = int(st.columnInt(3));
        // kind 2 bits, codes + 1 (−1..999999) 20 bits each, year 16 bits.
        const quint64 key = (quint64(kind) << 56) | (quint64(src + 1) << 36) | (quint64(dst + 1) << 16)
            | quint64(year & 0xFFFF);
        const auto [it, fresh] = at.try_emplace(key, out.size());
        if (fresh)
            out.push_back(Flow { kind, src, dst, year, 0, 0, 0 });
        Flow& f = out[it->second];
        f.count += st.columnInt(4);
        f.capital += st.columnDouble(5);
        f.foreignCount += st.columnInt(6);
    }
    return out;
}

std::vector<RegionalReads::Flow> RegionalReads::flows(
    int level, int within, const QStringList& sections, const QList<int>& kinds) const
{
    qint64 lo = 0, hi = 0;
    const bool restricted = withinRange(level, within, lo, hi);
    // Kinds always in the condition: kind follows lvl in the key, so each kind is one range of rows.
    const QList<int> wanted = kinds.isEmpty() ? QList<int> { Enterprise, Person, Other } : kinds;
    std::string filter = " AND kind IN (" + placeholders(4, wanted.size()) + ")";
    if (!sections.isEmpty())
        filter += " AND section IN (" + placeholders(4 + int(wanted.size()), sections.size()) + ")";
    std::string sql;
    if (restricted) {
        // Two range reads (investor inside; investee inside but investor not) rather than one OR, which
        // SQLite would answer by scanning every row of the level.
        sql = "SELECT kind, src AS s, CASE WHEN dst = 0 OR dst BETWEEN ?2 AND ?3 THEN dst ELSE -1 END AS d, "
              "year,"
              " n, capital, n_foreign FROM regional_flows WHERE lvl = ?1 AND src BETWEEN ?2 AND ?3"
            + filter
            + " UNION ALL SELECT kind, CASE WHEN src = 0 THEN 0 ELSE -1 END, dst, year, n, capital, n_foreign"
              " FROM regional_flows INDEXED BY regional_flows_dst"
              " WHERE lvl = ?1 AND dst BETWEEN ?2 AND ?3 AND src NOT BETWEEN ?2 AND ?3"
            + filter;
    } else {
        sql = "SELECT kind, src, dst, year, n, capital, n_foreign FROM regional_flows WHERE lvl = ?1"
            + filter;
    }
    Statement st = m_db.prepare(sql);
    st.bind(1, level);
    st.bind(2, lo).bind(3, hi);
    int p = 4;
    for (int k : wanted)
        st.bind(p++, k);
    for (const QString& s : sections)
        st.bind(p++, s);
    return grouped(st);
}

std::vector<RegionalReads::Flow> RegionalReads::flowsOf(int level, int region, const QList<int>& kinds) const
{
    const QList<int> wanted = kinds.isEmpty() ? QList<int> { Enterprise, Person, Other } : kinds;
    const std::string filter = " AND kind IN (" + placeholders(3, wanted.size()) + ")";
    Statement st = m_db.prepare("SELECT kind, src, dst, year, n, capital, n_foreign FROM regional_flows"
                                " WHERE lvl = ?1 AND src = ?2"
        + filter
        + " UNION ALL SELECT kind, src, dst, year, n, capital, n_foreign FROM regional_flows"
          " INDEXED BY regional_flows_dst WHERE lvl = ?1 AND dst = ?2 AND src <> ?2"
        + filter);
    st.bind(1, level).bind(2, region);
    int p = 3;
    for (int k : wanted)
        st.bind(p++, k);
    return grouped(st);
}

std::vector<RegionalReads::Firms> RegionalReads::firms(
    int level, int within, const QStringList& sections) const
{
    qint64 lo = 0, hi = 0;
    const bool restricted = withinRange(level, within, lo, hi);
    std::string sql = "SELECT region, year, sum(established), sum(live), sum(qualified), sum(fin_firms), "
                      "sum(revenue), sum(tax) FROM regional_firms WHERE lvl = ?1";
    if (restricted)
        sql += " AND region BETWEEN ?2 AND ?3";
    if (!sections.isEmpty())
        sql += " AND section IN (" + placeholders(4, sections.size()) + ")";
    sql += " GROUP BY region, year";
    Statement st = m_db.prepare(sql);
    st.bind(1, level);
    if (restricted)
        st.bind(2, lo).bind(3, hi);
    int p = 4;
    for (const QString& s : sections)
        st.bind(p++, s);
    std::vector<Firms> out;
    while (st.step()) {
        Firms f;
        f.region = int(st.columnInt(0));
        f.year = int(st.columnInt(1));
        f.established = st.columnInt(2);
        f.live = st.columnInt(3);
        f.qualified = st.columnInt(4);
        f.financialFirms = st.columnInt(5);
        f.revenue = st.columnDouble(6);
        f.tax = st.columnDouble(7);
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<RegionalReads::Firms> RegionalReads::firmsBySection(int level, int region) const
{
    Statement st = m_db.prepare("SELECT section, year, established, live, qualified, fin_firms, revenue, tax "
                                "FROM regional_firms WHERE lvl = ?1 AND region = ?2");
    st.bind(1, level).bind(2, region);
    std::vector<Firms> out;
    while (st.step()) {
        Firms f;
        f.region = region;
        f.section = st.columnText(0);
        f.year = int(st.columnInt(1));
        f.established = st.columnInt(2);
        f.live = st.columnInt(3);
        f.qualified = st.columnInt(4);
        f.financialFirms = st.columnInt(5);
        f.revenue = st.columnDouble(6);
        f.tax = st.columnDouble(7);
        out.push_back(std::move(f));
    }
    return out;
}

namespace {
// Six-digit bounds of a 2/4/6-digit prefix, compared as text (region_code is TEXT, indexed).
QPair<QString, QString> prefixBounds(const QString& prefix)
{
    return { prefix + QString(6 - prefix.size(), u'0'), prefix + QString(6 - prefix.size(), u'9') };
}
} // namespace

QList<QPair<QString, qint64>> RegionalReads::scaleMix(const QString& prefix) const
{
    const auto [lo, hi] = prefixBounds(prefix);
    Statement st = m_db.prepare("SELECT coalesce(scale, ''), count(*) FROM enterprises "
                                "WHERE region_code BETWEEN ?1 AND ?2 GROUP BY 1 ORDER BY 2 DESC");
    st.bind(1, lo).bind(2, hi);
    QList<QPair<QString, qint64>> out;
    while (st.step())
        out.append({ st.columnText(0), st.columnInt(1) });
    return out;
}

QList<QPair<QString, qint64>> RegionalReads::qualificationMix(const QString& prefix) const
{
    const auto [lo, hi] = prefixBounds(prefix);
    Statement st = m_db.prepare("SELECT q.kind, count(DISTINCT q.uscc) FROM enterprises e "
                                "JOIN qualifications q ON q.uscc = e.uscc "
                                "WHERE e.region_code BETWEEN ?1 AND ?2 GROUP BY q.kind ORDER BY 2 DESC");
    st.bind(1, lo).bind(2, hi);
    QList<QPair<QString, qint64>> out;
    while (st.step())
        out.append({ st.columnText(0), st.columnInt(1) });
    return out;
}

QList<RegionalReads::TopEnterprise> RegionalReads::topEnterprises(
    const QString& prefix, int year, int limit) const
{
    const auto [lo, hi] = prefixBounds(prefix);
    Statement st = m_db.prepare(
        "SELECT e.uscc, e.name, e.region_code, coalesce(e.industry_section, ''), coalesce(e.scale, ''), "
        "f.revenue, coalesce(f.tax, 0) FROM enterprises e JOIN financials f ON f.uscc = e.uscc AND f.year = "
        "?3 "
        "WHERE e.region_code BETWEEN ?1 AND ?2 AND f.revenue IS NOT NULL ORDER BY f.revenue DESC, e.uscc "
        "LIMIT ?4");
    st.bind(1, lo).bind(2, hi).bind(3, year).bind(4, limit);
    QList<TopEnterprise> out;
    while (st.step()) {
        out.append(TopEnterprise { st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3),
            st.columnText(4), st.columnDouble(5), st.columnDouble(6) });
    }
    return out;
}

int RegionalReads::latestFinancialYear() const
{
    return int(m_db.scalarInt("SELECT max(year) FROM regional_firms WHERE lvl = 1 AND fin_firms > 0"));
}

} // namespace dj::store
