#include "core/risk/watchlist.h"

#include "core/risk/monitor.h"
#include "core/risk/riskerror.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QSet>

namespace dj::risk {

using namespace Qt::StringLiterals;

WatchList::WatchList(store::Database& db)
    : m_db(db)
{
}

QStringList WatchList::lists() const
{
    QStringList out;
    store::Statement st = m_db.prepare("SELECT DISTINCT list FROM risk_watch ORDER BY list");
    while (st.step())
        out << st.columnText(0);
    return out;
}

std::vector<WatchList::Entry> WatchList::entries(const QString& list) const
{
    store::Statement st = m_db.prepare(
        "SELECT w.list, w.uscc, coalesce(e.name, ''), w.role, w.tier, w.root, w.added FROM risk_watch w "
        "LEFT JOIN enterprises e ON e.uscc = w.uscc WHERE ?1 = '' OR w.list = ?1 ORDER BY w.list, w.tier, "
        "w.uscc");
    st.bind(1, list.isNull() ? u""_s : list);
    std::vector<Entry> out;
    while (st.step())
        out.push_back(Entry { st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3),
            int(st.columnInt(4)), st.columnText(5), st.columnText(6) });
    return out;
}

qint64 WatchList::count() const
{
    return m_db.scalarInt("SELECT count(DISTINCT uscc) FROM risk_watch");
}

int WatchList::add(const QString& list, const std::vector<Entry>& entries)
{
    const QString name = list.trimmed();
    if (name.isEmpty())
        throw RiskError(tr("A watch list needs a name."));
    store::Statement known = m_db.prepare("SELECT 1 FROM enterprises WHERE uscc = ?");
    QStringList usccs;
    for (const Entry& e : entries) {
        known.bind(1, e.uscc);
        const bool found = known.step();
        known.reset();
        if (!found)
            throw RiskError(
                tr("The enterprise %1 is not in the cache: nothing was added.").arg(e.uscc.left(80)));
        usccs << e.uscc;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    store::Transaction tx(m_db);
    store::Statement ins = m_db.prepare(
        "INSERT OR IGNORE INTO risk_watch (list, uscc, role, tier, root, added) VALUES (?, ?, ?, ?, ?, ?)");
    int added = 0;
    for (const Entry& e : entries) {
        ins.bind(1, name).bind(2, e.uscc).bind(3, e.role.isNull() ? u""_s : e.role).bind(4, qint64(e.tier));
        ins.bind(5, e.root.isNull() ? u""_s : e.root).bind(6, now);
        ins.run();
        ins.reset();
        added += m_db.changes();
    }
    Monitor(m_db).snapshot(usccs, true);
    tx.commit();
    return added;
}

int WatchList::add(const QString& list, const QStringList& usccs)
{
    std::vector<Entry> entries;
    for (const QString& u : usccs)
        entries.push_back(Entry { list, u.trimmed().toUpper(), {}, {}, 0, {}, {} });
    return add(list, entries);
}

int WatchList::addNetwork(const QString& list, const SupplyNetwork::Result& network, int maxTier)
{
    std::vector<Entry> entries;
    const QString root = network.root.uscc;
    for (const auto* members : { &network.suppliers, &network.customers })
        for (const auto& m : *members)
            if (m.tier <= maxTier && m.party.inCache)
                entries.push_back(
                    Entry { list, m.party.uscc, {}, SupplyNetwork::sideName(m.side), m.tier, root, {} });
    for (const auto& p : network.rivals)
        if (p.party.inCache)
            entries.push_back(Entry { list, p.party.uscc, {}, u"rival"_s, 1, root, {} });
    for (const auto& p : network.partners)
        if (p.party.inCache)
            entries.push_back(Entry { list, p.party.uscc, {}, u"partner"_s, 1, root, {} });
    for (const auto& i : network.investees)
        if (i.party.inCache)
            entries.push_back(Entry { list, i.party.uscc, {}, u"investee"_s, i.level, root, {} });
    entries.push_back(Entry { list, root, {}, {}, 0, root, {} });
    return add(list, entries);
}

int WatchList::remove(const QString& list, const QStringList& usccs)
{
    store::Transaction tx(m_db);
    store::Statement st = m_db.prepare("DELETE FROM risk_watch WHERE list = ? AND uscc = ?");
    int removed = 0;
    for (const QString& u : usccs) {
        st.bind(1, list).bind(2, u);
        st.run();
        st.reset();
        removed += m_db.changes();
    }
    // states of enterprises no longer watched anywhere are dropped: watching again starts afresh
    m_db.exec("DELETE FROM risk_snapshots WHERE uscc NOT IN (SELECT uscc FROM risk_watch)");
    tx.commit();
    return removed;
}

int WatchList::removeList(const QString& list)
{
    store::Transaction tx(m_db);
    store::Statement st = m_db.prepare("DELETE FROM risk_watch WHERE list = ?");
    st.bind(1, list);
    st.run();
    const int removed = m_db.changes();
    m_db.exec("DELETE FROM risk_snapshots WHERE uscc NOT IN (SELECT uscc FROM risk_watch)");
    tx.commit();
    return removed;
}

} // namespace dj::risk
