#include "core/store/personreads.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace dj::store {

namespace {

// [prefix, prefix + 1) on the code text: "34" covers "34", "3401", "340102" and nothing else.
QString upperBound(const QString& prefix)
{
    QString up = prefix;
    if (!up.isEmpty())
        up[up.size() - 1] = QChar(up.at(up.size() - 1).unicode() + 1);
    return up;
}

PersonRow personFrom(const Statement& st)
{
    PersonRow p;
    p.personId = st.columnText(0);
    p.name = st.columnText(1);
    p.idMasked = st.columnText(2);
    p.birthplaceCode = st.columnText(3);
    p.nativePlaceCode = st.columnText(4);
    p.birthYear = int(st.columnOptInt(5).value_or(0));
    p.gender = st.columnText(6);
    return p;
}

constexpr std::string_view kPersonColumns = "SELECT person_id, name, id_masked, birthplace_code, "
                                            "native_place_code, birth_year, gender FROM persons ";

constexpr std::string_view kEnterpriseColumns
    = "SELECT uscc, name, status, region_code, industry_code, industry_section, "
      "CASE WHEN registered_capital_currency IS NULL THEN registered_capital END FROM enterprises ";

EnterpriseFigureRow enterpriseFrom(const Statement& st)
{
    EnterpriseFigureRow e;
    e.uscc = st.columnText(0);
    e.name = st.columnText(1);
    e.status = st.columnText(2);
    e.regionCode = st.columnText(3);
    e.industryCode = st.columnText(4);
    e.industrySection = st.columnText(5);
    e.capital = st.columnOptDouble(6);
    return e;
}

bool hasTable(const Database& db, std::string_view name)
{
    Statement st = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    st.bind(1, name);
    return st.step();
}

} // namespace

PersonReads::PersonReads(const Database& db)
    : m_db(db)
{
}

QList<PersonRow> PersonReads::personsByPlace(
    const QStringList& birthPrefixes, const QStringList& birthCodes, const QStringList& nativePrefixes) const
{
    QList<PersonRow> out;
    QSet<QString> seen;
    auto collect = [&](Statement& st) {
        while (st.step()) {
            PersonRow p = personFrom(st);
            if (!seen.contains(p.personId)) {
                seen.insert(p.personId);
                out.append(std::move(p));
            }
        }
        st.reset();
    };
    Statement byBirth = m_db.prepare(std::string(kPersonColumns)
        + "WHERE birthplace_code >= ?1 AND birthplace_code < ?2 ORDER BY birthplace_code, person_id");
    for (const QString& prefix : birthPrefixes) {
        byBirth.bind(1, prefix).bind(2, upperBound(prefix));
        collect(byBirth);
    }
    Statement byCode
        = m_db.prepare(std::string(kPersonColumns) + "WHERE birthplace_code = ?1 ORDER BY person_id");
    for (const QString& code : birthCodes) {
        byCode.bind(1, code);
        collect(byCode);
    }
    Statement byNative = m_db.prepare(std::string(kPersonColumns)
        + "WHERE native_place_code >= ?1 AND native_place_code < ?2 ORDER BY native_place_code, person_id");
    for (const QString& prefix : nativePrefixes) {
        byNative.bind(1, prefix).bind(2, upperBound(prefix));
        collect(byNative);
    }
    return out;
}

QList<PersonRow> PersonReads::personsById(const QStringList& personIds) const
{
    QList<PersonRow> out;
    Statement st = m_db.prepare(std::string(kPersonColumns) + "WHERE person_id = ?1");
    for (const QString& id : personIds) {
        st.bind(1, id);
        if (st.step())
            out.append(personFrom(st));
        st.reset();
    }
    return out;
}

void PersonReads::forEachPerson(const std::function<void(const PersonRow&)>& row) const
{
    Statement st = m_db.prepare(std::string(kPersonColumns) + "ORDER BY person_id");
    while (st.step())
        row(personFrom(st));
}

void PersonReads::forEachLink(
    const QStringList& personIds, const std::function<void(const PersonLinkRow&)>& row) const
{
    PersonLinkRow link;
    if (personIds.isEmpty()) {
        Statement roles = m_db.prepare("SELECT person_id, uscc, role FROM roles");
        while (roles.step()) {
            link = { roles.columnText(0), roles.columnText(1), roles.columnText(2), std::nullopt, false, {} };
            row(link);
        }
        Statement shares = m_db.prepare(
            "SELECT holder_id, investee_uscc, share_pct FROM shareholdings WHERE holder_kind = 'person'");
        while (shares.step()) {
            link = { shares.columnText(0), shares.columnText(1), {}, shares.columnOptDouble(2), true, {} };
            row(link);
        }
        return;
    }
    Statement roles = m_db.prepare("SELECT person_id, uscc, role FROM roles WHERE person_id = ?1");
    Statement shares = m_db.prepare("SELECT holder_id, investee_uscc, share_pct FROM shareholdings "
                                    "WHERE holder_id = ?1 AND holder_kind = 'person'");
    for (const QString& id : personIds) {
        roles.bind(1, id);
        while (roles.step()) {
            link = { roles.columnText(0), roles.columnText(1), roles.columnText(2), std::nullopt, false, {} };
            row(link);
        }
        roles.reset();
        shares.bind(1, id);
        while (shares.step()) {
            link = { shares.columnText(0), shares.columnText(1), {}, shares.columnOptDouble(2), true, {} };
            row(link);
        }
        shares.reset();
    }
}

void PersonReads::forEachLinkWithRegion(const QStringList& personIds, const QStringList& regionPrefixes,
    const std::function<void(const PersonLinkRow&)>& row) const
{
    Statement roles = m_db.prepare("SELECT r.person_id, r.uscc, r.role, e.region_code FROM roles r "
                                   "JOIN enterprises e ON e.uscc = r.uscc WHERE r.person_id = ?1");
    Statement shares = m_db.prepare("SELECT s.holder_id, s.investee_uscc, s.share_pct, e.region_code "
                                    "FROM shareholdings s JOIN enterprises e ON e.uscc = s.investee_uscc "
                                    "WHERE s.holder_id = ?1 AND s.holder_kind = 'person'");
    auto inside = [&](const QString& region) {
        if (regionPrefixes.isEmpty())
            return true;
        for (const QString& p : regionPrefixes) {
            if (region.startsWith(p))
                return true;
        }
        return false;
    };
    PersonLinkRow link;
    for (const QString& id : personIds) {
        roles.bind(1, id);
        while (roles.step()) {
            const QString region = roles.columnText(3);
            if (!inside(region))
                continue;
            link = { roles.columnText(0), roles.columnText(1), roles.columnText(2), std::nullopt, false,
                region };
            row(link);
        }
        roles.reset();
        shares.bind(1, id);
        while (shares.step()) {
            const QString region = shares.columnText(3);
            if (!inside(region))
                continue;
            link
                = { shares.columnText(0), shares.columnText(1), {}, shares.columnOptDouble(2), true, region };
            row(link);
        }
        shares.reset();
    }
}

void PersonReads::forEachLinkInRegion(
    const QString& regionPrefix, const std::function<void(const PersonLinkRow&)>& row) const
{
    Statement roles = m_db.prepare("SELECT r.person_id, r.uscc, r.role FROM enterprises e "
                                   "JOIN roles r ON r.uscc = e.uscc "
                                   "WHERE e.region_code >= ?1 AND e.region_code < ?2");
    roles.bind(1, regionPrefix).bind(2, upperBound(regionPrefix));
    PersonLinkRow link;
    while (roles.step()) {
        link = { roles.columnText(0), roles.columnText(1), roles.columnText(2), std::nullopt, false, {} };
        row(link);
    }
    Statement shares
        = m_db.prepare("SELECT s.holder_id, s.investee_uscc, s.share_pct FROM enterprises e "
                       "JOIN shareholdings s ON s.investee_uscc = e.uscc "
                       "WHERE e.region_code >= ?1 AND e.region_code < ?2 AND s.holder_kind = 'person'");
    shares.bind(1, regionPrefix).bind(2, upperBound(regionPrefix));
    while (shares.step()) {
        link = { shares.columnText(0), shares.columnText(1), {}, shares.columnOptDouble(2), true, {} };
        row(link);
    }
}

void PersonReads::forEachEnterprise(
    const QStringList& usccs, const std::function<void(const EnterpriseFigureRow&)>& row) const
{
    Statement st = m_db.prepare(std::string(kEnterpriseColumns) + "WHERE uscc = ?1");
    Statement fin = m_db.prepare("SELECT year, revenue, tax FROM financials WHERE uscc = ?1 ORDER BY year");
    Statement q = m_db.prepare("SELECT DISTINCT kind FROM qualifications WHERE uscc = ?1");
    Statement r = m_db.prepare("SELECT DISTINCT kind FROM risks WHERE uscc = ?1 AND status = '有效'");
    for (const QString& uscc : usccs) {
        st.bind(1, uscc);
        if (!st.step()) {
            st.reset();
            continue;
        }
        EnterpriseFigureRow e = enterpriseFrom(st);
        st.reset();
        fin.bind(1, uscc);
        while (fin.step()) {
            if (!fin.isNull(1)) {
                e.revenue = fin.columnDouble(1);
                e.revenueYear = int(fin.columnInt(0));
            }
            if (!fin.isNull(2)) {
                e.tax = fin.columnDouble(2);
                e.taxYear = int(fin.columnInt(0));
            }
        }
        fin.reset();
        q.bind(1, uscc);
        while (q.step())
            e.qualifications.append(q.columnText(0));
        q.reset();
        r.bind(1, uscc);
        while (r.step())
            e.risks.append(r.columnText(0));
        r.reset();
        row(e);
    }
}

void PersonReads::scanEnterprises(const std::function<void(const EnterpriseFigureRow&)>& row) const
{
    Statement st = m_db.prepare(std::string(kEnterpriseColumns));
    while (st.step())
        row(enterpriseFrom(st));
}

void PersonReads::scanFinancials(
    const std::function<void(const QString&, int, std::optional<double>, std::optional<double>)>& row) const
{
    Statement st = m_db.prepare("SELECT uscc, year, revenue, tax FROM financials ORDER BY uscc, year");
    while (st.step())
        row(st.columnText(0), int(st.columnInt(1)), st.columnOptDouble(2), st.columnOptDouble(3));
}

void PersonReads::scanQualifications(const std::function<void(const QString&, const QString&)>& row) const
{
    Statement st = m_db.prepare("SELECT DISTINCT uscc, kind FROM qualifications");
    while (st.step())
        row(st.columnText(0), st.columnText(1));
}

void PersonReads::scanCurrentRisks(const std::function<void(const QString&, const QString&)>& row) const
{
    Statement st = m_db.prepare("SELECT DISTINCT uscc, kind FROM risks WHERE status = '有效'");
    while (st.step())
        row(st.columnText(0), st.columnText(1));
}

void PersonReads::scanMemberships(const std::function<void(const QString&, const QString&)>& row) const
{
    Statement st = m_db.prepare("SELECT DISTINCT person_id, register FROM members WHERE person_id <> ''");
    while (st.step())
        row(st.columnText(0), st.columnText(1));
}

void PersonReads::forEachMembership(
    const QStringList& personIds, const std::function<void(const QString&, const QString&)>& row) const
{
    Statement st = m_db.prepare("SELECT DISTINCT register FROM members WHERE person_id = ?1");
    for (const QString& id : personIds) {
        st.bind(1, id);
        while (st.step())
            row(id, st.columnText(0));
        st.reset();
    }
}

qint64 PersonReads::personCount() const
{
    return m_db.scalarInt("SELECT count(*) FROM persons");
}

// ---------------------------------------------------------------------------------------------------

MemberRegisters::MemberRegisters(Database& db)
    : m_db(db)
{
}

QStringList MemberRegisters::registers() const
{
    QStringList out;
    Statement st
        = m_db.prepare("SELECT DISTINCT register FROM members WHERE person_id <> '' ORDER BY register");
    while (st.step())
        out << st.columnText(0);
    return out;
}

QList<MemberRow> MemberRegisters::members(const QString& registerName) const
{
    const bool own = hasTable(m_db, "member_status");
    Statement st = m_db.prepare(own
            ? "SELECT m.register, m.person_id, m.uscc, m.role, m.joined, m.note, s.status, p.name, "
              "p.id_masked "
              "FROM members m LEFT JOIN member_status s ON s.register = m.register AND s.person_id = "
              "m.person_id "
              "LEFT JOIN persons p ON p.person_id = m.person_id "
              "WHERE m.register = ?1 AND m.person_id <> '' ORDER BY m.person_id"
            : "SELECT m.register, m.person_id, m.uscc, m.role, m.joined, m.note, NULL, p.name, p.id_masked "
              "FROM members m LEFT JOIN persons p ON p.person_id = m.person_id "
              "WHERE m.register = ?1 AND m.person_id <> '' ORDER BY m.person_id");
    st.bind(1, registerName);
    QList<MemberRow> out;
    while (st.step()) {
        MemberRow m;
        m.registerName = st.columnText(0);
        m.personId = st.columnText(1);
        m.uscc = st.columnText(2);
        m.role = st.columnText(3);
        m.joined = st.columnText(4);
        m.note = st.columnText(5);
        m.status = st.columnText(6);
        m.personName = st.columnText(7);
        m.idMasked = st.columnText(8);
        out.append(std::move(m));
    }
    return out;
}

QHash<QString, QStringList> MemberRegisters::membershipsOf(const QStringList& personIds) const
{
    QHash<QString, QStringList> out;
    Statement st
        = m_db.prepare("SELECT DISTINCT register FROM members WHERE person_id = ?1 ORDER BY register");
    for (const QString& id : personIds) {
        st.bind(1, id);
        while (st.step())
            out[id].append(st.columnText(0));
        st.reset();
    }
    return out;
}

void MemberRegisters::upsertMember(const MemberRow& m)
{
    Statement st = m_db.prepare(
        "INSERT INTO members(register, person_id, uscc, role, joined, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(register, person_id, uscc) DO UPDATE SET role = excluded.role, joined = "
        "excluded.joined, "
        "note = excluded.note");
    st.bind(1, m.registerName).bind(2, m.personId).bind(3, m.uscc.isNull() ? QStringLiteral("") : m.uscc);
    st.bind(4, m.role).bind(5, m.joined).bind(6, m.note);
    st.run();
    if (!m.status.isEmpty())
        setStatus(m.registerName, m.personId, m.status);
}

void MemberRegisters::removeMember(const QString& registerName, const QString& personId)
{
    Statement st = m_db.prepare("DELETE FROM members WHERE register = ?1 AND person_id = ?2");
    st.bind(1, registerName).bind(2, personId);
    st.run();
    Statement s2 = m_db.prepare("DELETE FROM member_status WHERE register = ?1 AND person_id = ?2");
    s2.bind(1, registerName).bind(2, personId);
    s2.run();
}

void MemberRegisters::setStatus(const QString& registerName, const QString& personId, const QString& status)
{
    Statement st = m_db.prepare("INSERT INTO member_status(register, person_id, status, updated) "
                                "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(register, person_id) DO UPDATE SET "
                                "status = excluded.status, updated = excluded.updated");
    st.bind(1, registerName).bind(2, personId).bind(3, status);
    st.bind(4, QDate::currentDate().toString(Qt::ISODate));
    st.run();
}

qint64 MemberRegisters::addContact(const ContactRow& c)
{
    Statement st = m_db.prepare(
        "INSERT INTO member_contacts(register, person_id, date, kind, note) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, c.registerName).bind(2, c.personId).bind(3, c.date).bind(4, c.kind).bind(5, c.note);
    st.run();
    return m_db.lastInsertRowId();
}

QList<ContactRow> MemberRegisters::contacts(const QString& registerName, const QString& personId) const
{
    QList<ContactRow> out;
    if (!hasTable(m_db, "member_contacts"))
        return out;
    Statement st = m_db.prepare("SELECT id, register, person_id, date, kind, note FROM member_contacts "
                                "WHERE register = ?1 AND person_id = ?2 ORDER BY date, id");
    st.bind(1, registerName).bind(2, personId);
    while (st.step())
        out.append({ st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4),
            st.columnText(5) });
    return out;
}

QStringList MemberRegisters::priorityIndustries(const QString& origin) const
{
    QStringList out;
    if (!hasTable(m_db, "hometown_priorities"))
        return out;
    Statement st
        = m_db.prepare("SELECT industry FROM hometown_priorities WHERE origin = ?1 ORDER BY industry");
    st.bind(1, origin);
    while (st.step())
        out << st.columnText(0);
    return out;
}

void MemberRegisters::setPriorityIndustries(const QString& origin, const QStringList& industries)
{
    Statement del = m_db.prepare("DELETE FROM hometown_priorities WHERE origin = ?1");
    del.bind(1, origin);
    del.run();
    Statement ins
        = m_db.prepare("INSERT OR IGNORE INTO hometown_priorities(origin, industry) VALUES (?1, ?2)");
    for (const QString& industry : industries) {
        ins.bind(1, origin).bind(2, industry);
        ins.run();
        ins.reset();
    }
}

} // namespace dj::store
