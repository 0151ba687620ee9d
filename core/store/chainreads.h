#pragma once

#include "core/store/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <string_view>

namespace dj::store {

/// A user copy of a chain template (schema step "chains"): the template file's JSON as edited.
struct ChainTemplateRow
{
    QString chainId;
    QString json;
    int version = 1;
    QString modified; ///< UTC ISO time
};

/// A correction of the rule-based chain assignment: the enterprise belongs (included) or does not belong
/// to the segment, whatever the rules say.
struct ChainCorrectionRow
{
    QString chainId;
    QString segmentId;
    QString uscc;
    bool included = true;
    QString note;
    QString created;
};

/// A person linked to an enterprise (role or registered shareholding) with the person's places of origin.
struct ChainPersonOrigin
{
    QString uscc;
    QString personId;
    QString name;
    QString birthplaceCode;
    QString nativePlaceCode;
    QString link; ///< the role title, or 股东 for a shareholding
};

/// One aggregated business link between two enterprises (supply relations or invoices).
struct ChainSupplyRow
{
    QString fromUscc; ///< supplier / seller
    QString toUscc; ///< customer / buyer
    double amount = 0; ///< yuan, summed over all years / months
    bool invoice = false; ///< from invoices.csv (else relations.csv kind 供应)
};

/// All reads and writes of the industry-chain capability (core/chains). No SQL elsewhere.
class ChainReads
{
public:
    explicit ChainReads(const Database& db);

    /// Supply relations (kind 供应, amounts summed over years) and invoices (amounts summed over months),
    /// aggregated per ordered pair, streamed as UTF-8 views valid during the call.
    void forEachSupply(
        const std::function<void(std::string_view from, std::string_view to, double amount, bool invoice)>&
            row) const;
    /// Supply links (both directions) of the given enterprises.
    QList<ChainSupplyRow> supplyOf(const QStringList& usccs) const;
    /// Enterprises the given enterprises hold shares in: (holder uscc, investee uscc, share_pct or -1).
    void holdingsOf(const QStringList& usccs,
        const std::function<void(const QString& holder, const QString& investee, double sharePct)>& row)
        const;
    /// Persons with a role or a registered shareholding in the given enterprises, with their origins.
    QList<ChainPersonOrigin> personOrigins(const QStringList& usccs) const;

    /// True when the cache has the chain tables (a cache of an older schema has not).
    bool hasChainTables() const;
    QList<ChainTemplateRow> templates() const;
    QList<ChainCorrectionRow> corrections(const QString& chainId) const;

private:
    const Database& m_db;
};

/// Writes of the chain tables (user templates and corrections). Each call is one transaction.
class ChainWrites
{
public:
    explicit ChainWrites(Database& db);
    void saveTemplate(const ChainTemplateRow& row);
    void removeTemplate(const QString& chainId);
    void setCorrection(const ChainCorrectionRow& row);
    void removeCorrection(const QString& chainId, const QString& segmentId, const QString& uscc);

private:
    Database& m_db;
};

} // namespace dj::store
