#pragma once

#include "core/risk/supplynetwork.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace dj::store {
class Database;
}

namespace dj::risk {

/// Watch lists in the cache (table risk_watch): enterprises added by hand, from a search or from a
/// network's tiers (then with their role, tier and the network's root). Adding an enterprise records its
/// current state (Monitor::snapshot) so that the next rule run reports only what changes afterwards.
class WatchList
{
    Q_DECLARE_TR_FUNCTIONS(WatchList)
public:
    struct Entry
    {
        QString list;
        QString uscc;
        QString name; ///< read back from enterprises (empty when unknown)
        QString role; ///< supplier, customer, rival, partner, investee, or "" (by hand)
        int tier = 0;
        QString root;
        QString added; ///< UTC ISO time
    };

    explicit WatchList(store::Database& db);

    QStringList lists() const;
    /// The entries of one list, or of all lists when list is empty.
    std::vector<Entry> entries(const QString& list = {}) const;
    qint64 count() const; ///< distinct watched enterprises
    /// Adds entries (an existing (list, uscc) keeps its first role). Every USCC must be in the cache and the
    /// list named, else RiskError and nothing is added. Returns the number of new entries.
    int add(const QString& list, const std::vector<Entry>& entries);
    int add(const QString& list, const QStringList& usccs);
    /// Adds a network's members (suppliers and customers up to maxTier, rivals, partners, investees).
    int addNetwork(const QString& list, const SupplyNetwork::Result& network, int maxTier = 3);
    int remove(const QString& list, const QStringList& usccs);
    int removeList(const QString& list);

private:
    store::Database& m_db;
};

} // namespace dj::risk
