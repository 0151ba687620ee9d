#include "core/store/ownershipreads.h"

#include "core/store/statement.h"

namespace dj::store {

namespace {

std::optional<double> optDouble(const Statement& st, int column)
{
    return st.columnOptDouble(column);
}

/// Binds a list of USCCs as one JSON array (json_each), so one prepared statement serves any count.
QByteArray jsonList(const QStringList& values)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        for (const QChar c : values[i]) {
            if (c == u'"' || c == u'\\') {
                out += '\\';
                out += char(c.unicode());
            } else if (c.unicode() < 0x20) {
                out += "\\u00";
                out += QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
            } else {
                out += QString(c).toUtf8();
            }
        }
        out += '"';
    }
    out += ']';
    return out;
}

} // namespace

qint64 OwnershipReads::enterpriseCount() const
{
    return m_db.scalarInt("SELECT count(*) FROM enterprises");
}

qint64 OwnershipReads::personCount() const
{
    return m_db.scalarInt("SELECT count(*) FROM persons");
}

qint64 OwnershipReads::shareholdingCount() const
{
    return m_db.scalarInt("SELECT count(*) FROM shareholdings");
}

void OwnershipReads::forEachEnterprise(const std::function<void(const EnterpriseRow&)>& fn) const
{
    Statement st = m_db.prepare("SELECT uscc, name, status, registered_capital FROM enterprises");
    EnterpriseRow row;
    while (st.step()) {
        row.uscc = st.columnUtf8(0);
        row.name = st.columnUtf8(1);
        row.status = st.columnUtf8(2);
        row.registeredCapital = optDouble(st, 3);
        fn(row);
    }
}

void OwnershipReads::forEachPerson(const std::function<void(const PersonRow&)>& fn) const
{
    Statement st = m_db.prepare("SELECT person_id, name FROM persons");
    PersonRow row;
    while (st.step()) {
        row.personId = st.columnUtf8(0);
        row.name = st.columnUtf8(1);
        fn(row);
    }
}

void OwnershipReads::forEachShareholding(const std::function<void(const ShareholdingRow&)>& fn) const
{
    Statement st = m_db.prepare(
        "SELECT investee_uscc, holder_kind, holder_id, holder_name, share_pct FROM shareholdings");
    ShareholdingRow row;
    while (st.step()) {
        row.investeeUscc = st.columnUtf8(0);
        row.holderKind = st.columnUtf8(1);
        row.holderId = st.columnUtf8(2);
        row.holderName = st.columnUtf8(3);
        row.sharePct = optDouble(st, 4);
        fn(row);
    }
}

void OwnershipReads::forEachRole(const std::function<void(const RoleRow&)>& fn) const
{
    Statement st = m_db.prepare("SELECT uscc, person_id, role FROM roles");
    RoleRow row;
    while (st.step()) {
        row.uscc = st.columnUtf8(0);
        row.personId = st.columnUtf8(1);
        row.role = st.columnUtf8(2);
        fn(row);
    }
}

void OwnershipReads::forEachRelation(const std::function<void(const RelationRow&)>& fn) const
{
    Statement st = m_db.prepare("SELECT from_uscc, to_uscc, kind, total(amount) FROM relations "
                                "GROUP BY from_uscc, to_uscc, kind");
    RelationRow row;
    while (st.step()) {
        row.fromUscc = st.columnUtf8(0);
        row.toUscc = st.columnUtf8(1);
        row.kind = st.columnUtf8(2);
        row.amount = st.columnDouble(3);
        fn(row);
    }
}

void OwnershipReads::forEachInvoicePair(const std::function<void(const InvoicePairRow&)>& fn) const
{
    Statement st = m_db.prepare("SELECT seller_uscc, buyer_uscc, count(*), total(amount) FROM invoices "
                                "GROUP BY seller_uscc, buyer_uscc");
    InvoicePairRow row;
    while (st.step()) {
        row.sellerUscc = st.columnUtf8(0);
        row.buyerUscc = st.columnUtf8(1);
        row.months = st.columnInt(2);
        row.amount = st.columnDouble(3);
        fn(row);
    }
}

namespace {

std::vector<OwnershipReads::ShareholdingCopy> copies(Statement& st)
{
    std::vector<OwnershipReads::ShareholdingCopy> out;
    while (st.step()) {
        out.push_back({ st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3),
            st.columnOptDouble(4) });
    }
    return out;
}

} // namespace

std::vector<OwnershipReads::ShareholdingCopy> OwnershipReads::holdersOf(const QString& uscc) const
{
    Statement st = m_db.prepare("SELECT investee_uscc, holder_kind, holder_id, holder_name, share_pct "
                                "FROM shareholdings WHERE investee_uscc = ?1 ORDER BY share_pct DESC");
    st.bind(1, uscc);
    return copies(st);
}

std::vector<OwnershipReads::ShareholdingCopy> OwnershipReads::holdingsOf(
    const QString& holderKind, const QString& holderId) const
{
    Statement st = m_db.prepare("SELECT investee_uscc, holder_kind, holder_id, holder_name, share_pct "
                                "FROM shareholdings WHERE holder_id = ?1 AND holder_kind = ?2 "
                                "ORDER BY share_pct DESC");
    st.bind(1, holderId).bind(2, holderKind);
    return copies(st);
}

std::vector<OwnershipReads::RoleCopy> OwnershipReads::rolesOf(const QString& uscc) const
{
    Statement st = m_db.prepare("SELECT r.uscc, r.person_id, p.name, r.role FROM roles r "
                                "LEFT JOIN persons p ON p.person_id = r.person_id WHERE r.uscc = ?1");
    st.bind(1, uscc);
    std::vector<RoleCopy> out;
    while (st.step())
        out.push_back({ st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3) });
    return out;
}

QHash<QString, OwnershipReads::Figures> OwnershipReads::latestFigures(const QStringList& usccs) const
{
    QHash<QString, Figures> out;
    if (usccs.isEmpty())
        return out;
    // Each figure from its own latest year with a value (exchange-format.md, financials).
    Statement st = m_db.prepare("SELECT j.value, "
                                " (SELECT revenue FROM financials f WHERE f.uscc = j.value AND revenue IS "
                                "NOT NULL ORDER BY year DESC LIMIT 1),"
                                " (SELECT year FROM financials f WHERE f.uscc = j.value AND revenue IS NOT "
                                "NULL ORDER BY year DESC LIMIT 1),"
                                " (SELECT tax FROM financials f WHERE f.uscc = j.value AND tax IS NOT NULL "
                                "ORDER BY year DESC LIMIT 1),"
                                " (SELECT year FROM financials f WHERE f.uscc = j.value AND tax IS NOT NULL "
                                "ORDER BY year DESC LIMIT 1) "
                                "FROM json_each(?1) j");
    st.bind(1, jsonList(usccs));
    while (st.step()) {
        Figures f;
        f.revenue = st.columnOptDouble(1);
        if (const auto y = st.columnOptInt(2))
            f.revenueYear = int(*y);
        f.tax = st.columnOptDouble(3);
        if (const auto y = st.columnOptInt(4))
            f.taxYear = int(*y);
        out.insert(st.columnText(0), f);
    }
    return out;
}

QHash<QString, int> OwnershipReads::currentRiskCounts(const QStringList& usccs) const
{
    QHash<QString, int> out;
    if (usccs.isEmpty())
        return out;
    Statement st = m_db.prepare("SELECT j.value, (SELECT count(*) FROM risks r WHERE r.uscc = j.value "
                                "AND r.status = '有效') FROM json_each(?1) j");
    st.bind(1, jsonList(usccs));
    while (st.step()) {
        const int n = int(st.columnInt(1));
        if (n > 0)
            out.insert(st.columnText(0), n);
    }
    return out;
}

std::optional<OwnershipReads::EnterpriseCopy> OwnershipReads::enterprise(const QString& uscc) const
{
    Statement st
        = m_db.prepare("SELECT uscc, name, status, registered_capital FROM enterprises WHERE uscc = ?1");
    st.bind(1, uscc);
    if (!st.step())
        return std::nullopt;
    return EnterpriseCopy { st.columnText(0), st.columnText(1), st.columnText(2), st.columnOptDouble(3) };
}

QString OwnershipReads::personName(const QString& personId) const
{
    Statement st = m_db.prepare("SELECT name FROM persons WHERE person_id = ?1");
    st.bind(1, personId);
    return st.step() ? st.columnText(0) : QString();
}

bool OwnershipReads::hasEnterprise(const QString& uscc) const
{
    Statement st = m_db.prepare("SELECT 1 FROM enterprises WHERE uscc = ?1");
    st.bind(1, uscc);
    return st.step();
}

QHash<QString, double> OwnershipReads::ultimateSharesRecursiveSql(const QString& uscc, int maxDepth) const
{
    // Every path from the enterprise upwards, its share the product of the links; a path ends at a holder
    // that is not an enterprise or an enterprise without registered holders, and is cut at maxDepth.
    Statement st = m_db.prepare(
        "WITH RECURSIVE up(kind, id, share, depth) AS ("
        "  SELECT holder_kind, holder_id, coalesce(share_pct, 0) / 100.0, 1 FROM shareholdings"
        "  WHERE investee_uscc = ?1"
        "  UNION ALL"
        "  SELECT s.holder_kind, s.holder_id, up.share * coalesce(s.share_pct, 0) / 100.0, up.depth + 1"
        "  FROM up JOIN shareholdings s ON s.investee_uscc = up.id"
        "  WHERE up.kind = 'enterprise' AND up.depth < ?2"
        ") "
        "SELECT kind, id, sum(share) FROM up WHERE kind <> 'enterprise' OR NOT EXISTS "
        "(SELECT 1 FROM shareholdings s WHERE s.investee_uscc = up.id) GROUP BY kind, id");
    st.bind(1, uscc).bind(2, maxDepth);
    QHash<QString, double> out;
    while (st.step())
        out.insert(st.columnText(0) + u':' + st.columnText(1), st.columnDouble(2));
    return out;
}

} // namespace dj::store
