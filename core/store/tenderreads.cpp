#include "core/store/tenderreads.h"

#include "core/store/statement.h"

namespace dj::store {

namespace {

QDate dateOf(const Statement& st, int column)
{
    if (st.isNull(column))
        return {};
    return QDate::fromString(st.columnText(column).left(10), Qt::ISODate);
}

// Names compared with brackets and spaces folded: registries and notices spell （ ） and ( ) alike.
QString nameKey(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c.isSpace() || c.unicode() == 0x3000)
            continue;
        if (c == u'（')
            c = u'(';
        else if (c == u'）')
            c = u')';
        out.append(c);
    }
    return out;
}

} // namespace

TenderReads::TenderReads(const Database& db)
    : m_db(db)
{
}

bool TenderReads::available() const
{
    return m_db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'tenders'") > 0;
}

QList<TenderRow> TenderReads::all() const
{
    QList<TenderRow> rows;
    if (!available())
        return rows;
    Statement st = m_db.prepare(
        "SELECT tender_id, buyer_uscc, buyer_name, region_code, project, phase, category, budget, announced, "
        "awarded, winner_uscc, winner_name, amount, contract_months, source FROM tenders ORDER BY tender_id");
    QHash<QString, QString> codeByName; // from the notices themselves
    while (st.step()) {
        TenderRow t;
        t.tenderId = st.columnText(0);
        t.buyerUscc = st.columnText(1).trimmed();
        t.buyerName = st.columnText(2).trimmed();
        t.regionCode = st.columnText(3);
        t.project = st.columnText(4).trimmed();
        t.phase = st.columnText(5).trimmed();
        t.category = st.columnText(6).trimmed();
        t.budget = st.columnOptDouble(7);
        t.announced = dateOf(st, 8);
        t.awarded = dateOf(st, 9);
        t.winnerUscc = st.columnText(10).trimmed();
        t.winnerName = st.columnText(11).trimmed();
        t.amount = st.columnOptDouble(12);
        t.contractMonths = int(st.columnOptInt(13).value_or(0));
        t.source = st.columnText(14);
        if (!t.buyerUscc.isEmpty()) {
            t.buyerLink = PartyLink::Uscc;
            codeByName.insert(nameKey(t.buyerName), t.buyerUscc);
        }
        if (!t.winnerUscc.isEmpty()) {
            t.winnerLink = PartyLink::Uscc;
            codeByName.insert(nameKey(t.winnerName), t.winnerUscc);
        }
        rows.append(t);
    }
    // Missing codes: from the other notices, else the enterprise of that exact name (indexed lookup).
    Statement byName = m_db.prepare("SELECT uscc FROM enterprises WHERE name = ?1 OR name = ?2 LIMIT 1");
    QHash<QString, QString> found;
    auto lookup = [&](const QString& name) -> QString {
        const QString key = nameKey(name);
        if (key.isEmpty())
            return {};
        if (const auto it = codeByName.constFind(key); it != codeByName.constEnd())
            return *it;
        if (const auto it = found.constFind(key); it != found.constEnd())
            return *it;
        QString ascii = key;
        QString wide = key;
        wide.replace(u'(', u'（').replace(u')', u'）');
        byName.bind(1, ascii).bind(2, wide);
        const QString uscc = byName.step() ? byName.columnText(0) : QString();
        byName.reset();
        found.insert(key, uscc);
        return uscc;
    };
    Statement exists = m_db.prepare("SELECT 1 FROM enterprises WHERE uscc = ?1");
    QHash<QString, bool> known;
    auto inCache = [&](const QString& uscc) {
        if (uscc.isEmpty())
            return false;
        if (const auto it = known.constFind(uscc); it != known.constEnd())
            return *it;
        exists.bind(1, uscc);
        const bool yes = exists.step();
        exists.reset();
        known.insert(uscc, yes);
        return yes;
    };
    for (TenderRow& t : rows) {
        if (t.buyerUscc.isEmpty()) {
            t.buyerUscc = lookup(t.buyerName);
            if (!t.buyerUscc.isEmpty())
                t.buyerLink = PartyLink::Name;
        }
        if (t.winnerUscc.isEmpty() && !t.winnerName.isEmpty()) {
            t.winnerUscc = lookup(t.winnerName);
            if (!t.winnerUscc.isEmpty())
                t.winnerLink = PartyLink::Name;
        }
        t.buyerInCache = inCache(t.buyerUscc);
        t.winnerInCache = inCache(t.winnerUscc);
    }
    return rows;
}

} // namespace dj::store
