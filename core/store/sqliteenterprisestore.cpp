#include "core/store/sqliteenterprisestore.h"

#include "core/store/cache.h"
#include "core/store/namegramindex.h"

#include <string>

namespace dj::store {

SqliteEnterpriseStore::SqliteEnterpriseStore(Database db)
    : m_db(std::move(db))
{
}

const char* SqliteEnterpriseStore::enterpriseColumns()
{
    return "id, uscc, uscc_invalid, name, former_names, status, entity_type, legal_rep, registered_capital, "
           "registered_capital_currency, established, region_code, industry_code, industry_section, address, "
           "lon, lat, op_address, op_lon, op_lat, annual_address, insured_count, scale, listed_code, scope";
}

EnterpriseRecord SqliteEnterpriseStore::readEnterprise(const Statement& st)
{
    EnterpriseRecord e;
    e.id = st.columnInt(0);
    e.uscc = st.columnText(1);
    e.usccInvalid = st.columnInt(2) != 0;
    e.name = st.columnText(3);
    const QString former = st.columnText(4);
    if (!former.isEmpty())
        e.formerNames = former.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    e.status = st.columnText(5);
    e.entityType = st.columnText(6);
    e.legalRep = st.columnText(7);
    e.registeredCapital = st.columnOptDouble(8);
    e.registeredCapitalCurrency = st.columnText(9);
    e.established = st.columnText(10);
    e.regionCode = st.columnText(11);
    e.industryCode = st.columnText(12);
    e.industrySection = st.columnText(13);
    e.address = st.columnText(14);
    e.lon = st.columnOptDouble(15);
    e.lat = st.columnOptDouble(16);
    e.opAddress = st.columnText(17);
    e.opLon = st.columnOptDouble(18);
    e.opLat = st.columnOptDouble(19);
    e.annualAddress = st.columnText(20);
    e.insuredCount = st.columnOptInt(21);
    e.scale = st.columnText(22);
    e.listedCode = st.columnText(23);
    e.scope = st.columnText(24);
    return e;
}

QString SqliteEnterpriseStore::dataSource() const
{
    return Cache::dataSource(m_db);
}
qint64 SqliteEnterpriseStore::dataVersion() const
{
    return Cache::dataVersion(m_db);
}
qint64 SqliteEnterpriseStore::enterpriseCount() const
{
    return m_db.scalarInt("SELECT count(*) FROM enterprises");
}

Statement& SqliteEnterpriseStore::cached(const char* sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, m_db.prepare(sql)).first;
    return it->second;
}

namespace {
/// Resets a cached statement when the read is done (or failed), so it holds no read lock.
struct ResetAfter
{
    Statement& st;
    ~ResetAfter() { st.reset(); }
};
} // namespace

std::optional<EnterpriseRecord> SqliteEnterpriseStore::enterprise(const QString& uscc) const
{
    static const std::string sql
        = std::string("SELECT ") + enterpriseColumns() + " FROM enterprises WHERE uscc = ?1";
    Statement& st = cached(sql.c_str());
    const ResetAfter reset { st };
    st.bind(1, uscc);
    if (!st.step())
        return std::nullopt;
    return readEnterprise(st);
}

std::optional<EnterpriseRecord> SqliteEnterpriseStore::enterpriseById(qint64 id) const
{
    Statement st
        = m_db.prepare(std::string("SELECT ") + enterpriseColumns() + " FROM enterprises WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readEnterprise(st);
}

QList<EnterpriseRecord> SqliteEnterpriseStore::enterprisesByName(const QString& name) const
{
    // Current names first, then former names (a whole `|`-separated item). Candidates come from the name
    // index; without it (an older cache read as it is), or for a name too short or too common for it to
    // narrow, one scan.
    QList<EnterpriseRecord> exact, former;
    const auto take = [&](EnterpriseRecord e) {
        if (e.name == name)
            exact << std::move(e);
        else if (e.formerNames.contains(name))
            former << std::move(e);
    };
    const std::string cols = enterpriseColumns();
    const std::optional<std::vector<qint64>> candidates = NameGramIndex(m_db).containing(name);
    if (candidates && candidates->size() <= 5000) {
        Statement byId = m_db.prepare("SELECT " + cols + " FROM enterprises WHERE id = ?1");
        for (qint64 id : *candidates) {
            byId.reset();
            byId.bind(1, id);
            if (byId.step())
                take(readEnterprise(byId));
        }
    } else {
        Statement scan = m_db.prepare("SELECT " + cols
            + " FROM enterprises WHERE name = ?1 OR instr('|' || former_names || '|', ?2) > 0 ORDER BY id");
        scan.bind(1, name).bind(2, QLatin1Char('|') + name + QLatin1Char('|'));
        while (scan.step())
            take(readEnterprise(scan));
    }
    return exact + former;
}

TableRows SqliteEnterpriseStore::related(const QString& uscc, Related what) const
{
    const char* sql = nullptr;
    switch (what) {
    case Related::Shareholders:
        sql = "SELECT holder_kind, holder_id, holder_name, share_pct, subscribed_capital, "
              "subscribed_capital_currency "
              "FROM shareholdings WHERE investee_uscc = ?1 ORDER BY share_pct DESC";
        break;
    case Related::Investments:
        sql = "SELECT s.investee_uscc, e.name, s.share_pct, s.subscribed_capital, e.status, e.region_code "
              "FROM shareholdings s LEFT JOIN enterprises e ON e.uscc = s.investee_uscc "
              "WHERE s.holder_kind = 'enterprise' AND s.holder_id = ?1 ORDER BY s.share_pct DESC";
        break;
    case Related::Roles:
        sql = "SELECT r.person_id, p.name, r.role, p.id_masked, p.gender, p.birth_year "
              "FROM roles r LEFT JOIN persons p ON p.person_id = r.person_id WHERE r.uscc = ?1";
        break;
    case Related::Financials:
        sql = "SELECT year, revenue, tax, profit, total_assets, employees, rd_expense FROM financials "
              "WHERE uscc = ?1 ORDER BY year";
        break;
    case Related::Financing:
        sql = "SELECT date, round, amount, amount_currency, investors FROM financing WHERE uscc = ?1 ORDER "
              "BY date";
        break;
    case Related::Licenses:
        sql = "SELECT kind, number, valid_from, valid_to FROM licenses WHERE uscc = ?1 ORDER BY kind";
        break;
    case Related::Qualifications:
        sql = "SELECT kind, level, year, valid_to FROM qualifications WHERE uscc = ?1 ORDER BY year DESC";
        break;
    case Related::Risks:
        sql = "SELECT kind, date, amount, authority, detail, status FROM risks WHERE uscc = ?1 ORDER BY date "
              "DESC";
        break;
    case Related::Ip:
        sql = "SELECT kind, number, title, date FROM ip WHERE uscc = ?1 ORDER BY date DESC";
        break;
    case Related::RelationsOut:
        sql = "SELECT r.to_uscc, e.name, r.kind, r.year, r.amount FROM relations r "
              "LEFT JOIN enterprises e ON e.uscc = r.to_uscc WHERE r.from_uscc = ?1 ORDER BY r.year DESC";
        break;
    case Related::RelationsIn:
        sql = "SELECT r.from_uscc, e.name, r.kind, r.year, r.amount FROM relations r "
              "LEFT JOIN enterprises e ON e.uscc = r.from_uscc WHERE r.to_uscc = ?1 ORDER BY r.year DESC";
        break;
    case Related::Tenancies:
        sql = "SELECT t.building_id, b.name, t.floor, t.room, t.area_m2, t.since, t.until FROM tenants t "
              "LEFT JOIN buildings b ON b.building_id = t.building_id WHERE t.uscc = ?1";
        break;
    case Related::Visits:
        sql = "SELECT visit_id, date, visitor, kind, summary, needs, follow_up FROM visits WHERE uscc = ?1 "
              "ORDER BY date DESC";
        break;
    case Related::Tasks:
        sql = "SELECT task_id, assignee, due, status, reason, created FROM tasks WHERE uscc = ?1 ORDER BY "
              "due";
        break;
    }
    TableRows out;
    Statement& st = cached(sql);
    const ResetAfter reset { st };
    st.bind(1, uscc);
    for (int c = 0; c < st.columnCount(); ++c)
        out.columns << st.columnName(c);
    while (st.step()) {
        QVariantList row;
        row.reserve(st.columnCount());
        for (int c = 0; c < st.columnCount(); ++c)
            row << st.columnVariant(c);
        out.rows << row;
    }
    return out;
}

} // namespace dj::store
