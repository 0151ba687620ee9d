#pragma once

#include "core/tenders/projectgrouper.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>
#include <vector>

namespace dj::tenders {

struct MarketOptions
{
    QString regionPrefix; ///< 2/4/6-digit prefix of region_code; empty = all
    QString category; ///< empty = all
    QStringList operatorUsccs; ///< the operator's own USCCs (its wins are reported apart)
};

/// Tenders of one year.
struct MarketYear
{
    int year = 0;
    int tenders = 0; ///< announced that year
    int awards = 0; ///< of those, with a winner
    double budget = 0; ///< sum of budgets (yuan)
    double amount = 0; ///< sum of awarded amounts (yuan)
};

/// A winner's (or buyer's) part of the market.
struct Party
{
    QString key; ///< USCC, else "name:" + name
    QString uscc;
    QString name;
    int count = 0; ///< wins (winners) or tenders (buyers)
    double amount = 0; ///< awarded amount (winners) or budget (buyers), yuan
    double share = 0; ///< winners: amount / all awarded amounts (0..1)
};

struct Market
{
    int tenders = 0;
    int awards = 0;
    double budget = 0;
    double amount = 0; ///< awarded amount of all awards
    std::vector<MarketYear> years; ///< ascending
    std::vector<Party> buyers; ///< by budget, descending
    std::vector<Party> winners; ///< by awarded amount, descending
    double hhi = 0; ///< Herfindahl-Hirschman index over the winners' amount shares in percent (0–10,000)
    Party operatorWins; ///< the operator's USCCs together (count, amount, share)
    std::vector<std::pair<QString, int>> categories; ///< tenders per category, descending
};

/// A buyer's history: its tenders, projects, budgets per year and winners (重点客户 profile).
struct BuyerProfile
{
    QString key;
    QString uscc;
    QString name;
    QString regionCode;
    Market market; ///< the buyer's tenders only
    std::vector<int> projects; ///< indices into the projects
    std::vector<int> notices; ///< indices into the notices, by announcement
};

/// A GB/T 2260 prefix of 2, 4 or 6 digits that exists today.
bool isRegionPrefix(const QString& code);

class TenderMarket
{
    Q_DECLARE_TR_FUNCTIONS(TenderMarket)
public:
    /// Market figures over the notices matching the options. Winner shares use awarded amounts of awards
    /// that publish one; HHI = Σ (100 · share)².
    static Market compute(const std::vector<Notice>& notices, const MarketOptions& options);
    /// The buyer with this USCC or exact name; nullopt when no notice has it.
    static std::optional<BuyerProfile> buyer(
        const std::vector<Notice>& notices, const std::vector<Project>& projects, const QString& usccOrName);
};

} // namespace dj::tenders
