#include "core/store/chainreads.h"

#include "core/store/transaction.h"

#include <QDateTime>

namespace dj::store {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ChainReads::ChainReads(const Database& db)
    : m_db(db)
{
}

void ChainReads::forEachSupply(
    const std::function<void(std::string_view, std::string_view, double, bool)>& row) const
{
    {
        Statement st = m_db.prepare("SELECT from_uscc, to_uscc, SUM(COALESCE(amount, 0)) FROM relations "
                                    "WHERE kind = '供应' GROUP BY from_uscc, to_uscc");
        while (st.step())
            row(st.columnUtf8(0), st.columnUtf8(1), st.columnDouble(2), false);
    }
    Statement st = m_db.prepare("SELECT seller_uscc, buyer_uscc, SUM(COALESCE(amount, 0)) FROM invoices "
                                "GROUP BY seller_uscc, buyer_uscc");
    while (st.step())
        row(st.columnUtf8(0), st.columnUtf8(1), st.columnDouble(2), true);
}

QList<ChainSupplyRow> ChainReads::supplyOf(const QStringList& usccs) const
{
    QList<ChainSupplyRow> out;
    Statement relFrom = m_db.prepare("SELECT from_uscc, to_uscc, SUM(COALESCE(amount, 0)) FROM relations "
                                     "WHERE from_uscc = ?1 AND kind = '供应' GROUP BY to_uscc");
    Statement relTo = m_db.prepare("SELECT from_uscc, to_uscc, SUM(COALESCE(amount, 0)) FROM relations "
                                   "WHERE to_uscc = ?1 AND kind = '供应' GROUP BY from_uscc");
    Statement invFrom = m_db.prepare("SELECT seller_uscc, buyer_uscc, SUM(COALESCE(amount, 0)) FROM invoices "
                                     "WHERE seller_uscc = ?1 GROUP BY buyer_uscc");
    Statement invTo = m_db.prepare("SELECT seller_uscc, buyer_uscc, SUM(COALESCE(amount, 0)) FROM invoices "
                                   "WHERE buyer_uscc = ?1 GROUP BY seller_uscc");
    for (const QString& u : usccs) {
        for (Statement* st : { &relFrom, &relTo, &invFrom, &invTo }) {
            st->bind(1, u);
            while (st->step())
                out.append({ st->columnText(0), st->columnText(1), st->columnDouble(2),
                    st == &invFrom || st == &invTo });
            st->reset();
        }
    }
    return out;
}

void ChainReads::holdingsOf(
    const QStringList& usccs, const std::function<void(const QString&, const QString&, double)>& row) const
{
    Statement st = m_db.prepare("SELECT investee_uscc, share_pct FROM shareholdings "
                                "WHERE holder_id = ?1 AND holder_kind = 'enterprise'");
    for (const QString& u : usccs) {
        st.bind(1, u);
        while (st.step())
            row(u, st.columnText(0), st.columnOptDouble(1).value_or(-1.0));
        st.reset();
    }
}

QList<ChainPersonOrigin> ChainReads::personOrigins(const QStringList& usccs) const
{
    QList<ChainPersonOrigin> out;
    Statement roles = m_db.prepare(
        "SELECT p.person_id, p.name, p.birthplace_code, p.native_place_code, r.role FROM roles r "
        "JOIN persons p ON p.person_id = r.person_id WHERE r.uscc = ?1 ORDER BY p.person_id, r.role");
    Statement shares = m_db.prepare(
        "SELECT p.person_id, p.name, p.birthplace_code, p.native_place_code FROM shareholdings s "
        "JOIN persons p ON p.person_id = s.holder_id WHERE s.investee_uscc = ?1 AND s.holder_kind = 'person' "
        "ORDER BY p.person_id");
    for (const QString& u : usccs) {
        roles.bind(1, u);
        while (roles.step())
            out.append({ u, roles.columnText(0), roles.columnText(1), roles.columnText(2),
                roles.columnText(3), roles.columnText(4) });
        roles.reset();
        shares.bind(1, u);
        while (shares.step())
            out.append({ u, shares.columnText(0), shares.columnText(1), shares.columnText(2),
                shares.columnText(3), QStringLiteral("股东") });
        shares.reset();
    }
    return out;
}

bool ChainReads::hasChainTables() const
{
    Statement st
        = m_db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'chain_corrections'");
    return st.step();
}

QList<ChainTemplateRow> ChainReads::templates() const
{
    QList<ChainTemplateRow> out;
    if (!hasChainTables())
        return out;
    Statement st
        = m_db.prepare("SELECT chain_id, json, version, modified FROM chain_templates ORDER BY chain_id");
    while (st.step())
        out.append({ st.columnText(0), st.columnText(1), int(st.columnInt(2)), st.columnText(3) });
    return out;
}

QList<ChainCorrectionRow> ChainReads::corrections(const QString& chainId) const
{
    QList<ChainCorrectionRow> out;
    if (!hasChainTables())
        return out;
    Statement st
        = m_db.prepare("SELECT chain_id, segment_id, uscc, included, note, created FROM chain_corrections "
                       "WHERE chain_id = ?1 ORDER BY segment_id, uscc");
    st.bind(1, chainId);
    while (st.step())
        out.append({ st.columnText(0), st.columnText(1), st.columnText(2), st.columnInt(3) != 0,
            st.columnText(4), st.columnText(5) });
    return out;
}

ChainWrites::ChainWrites(Database& db)
    : m_db(db)
{
}

void ChainWrites::saveTemplate(const ChainTemplateRow& row)
{
    Transaction tx(m_db);
    Statement st = m_db.prepare("INSERT OR REPLACE INTO chain_templates (chain_id, json, version, modified) "
                                "VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, row.chainId).bind(2, row.json).bind(3, row.version);
    st.bind(4, row.modified.isEmpty() ? nowUtc() : row.modified);
    st.run();
    tx.commit();
}

void ChainWrites::removeTemplate(const QString& chainId)
{
    Transaction tx(m_db);
    Statement st = m_db.prepare("DELETE FROM chain_templates WHERE chain_id = ?1");
    st.bind(1, chainId);
    st.run();
    tx.commit();
}

void ChainWrites::setCorrection(const ChainCorrectionRow& row)
{
    Transaction tx(m_db);
    Statement st = m_db.prepare(
        "INSERT OR REPLACE INTO chain_corrections "
        "(chain_id, segment_id, uscc, included, note, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, row.chainId).bind(2, row.segmentId).bind(3, row.uscc).bind(4, row.included ? 1 : 0);
    st.bind(5, row.note).bind(6, row.created.isEmpty() ? nowUtc() : row.created);
    st.run();
    tx.commit();
}

void ChainWrites::removeCorrection(const QString& chainId, const QString& segmentId, const QString& uscc)
{
    Transaction tx(m_db);
    Statement st
        = m_db.prepare("DELETE FROM chain_corrections WHERE chain_id = ?1 AND segment_id = ?2 AND uscc = ?3");
    st.bind(1, chainId).bind(2, segmentId).bind(3, uscc);
    st.run();
    tx.commit();
}

} // namespace dj::store
