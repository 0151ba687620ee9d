#pragma once

#include "core/risk/partyinfo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace dj::store {
class Database;
}

namespace dj::risk {

/// 企票通: invoice analytics of one enterprise from invoices.csv (monthly VAT aggregates per pair).
///
/// Definitions (the tests recompute them from the bundle):
/// - months: every month from the first to the last month with an invoice on either side, gaps included.
/// - per side (sales = it is the seller, purchases = it is the buyer): monthly amount and count; cv = the
///   population standard deviation of the monthly amounts ÷ their mean; emptyMonths = months of the range
///   without an invoice on that side; top1/top5 = the largest one/five counterparties' share of the side's
///   total; hhi = Σ share² (0..1).
/// - churn: window L = the last 12 months of the range, P = the 12 before (fewer when the range is shorter);
///   newCounterparties in L not P, lostCounterparties in P not L, churn = lost ÷ |P| (0 when P is empty).
/// - trend breaks: month i with at least 6 months before it; leaving month i out, the seasonal index of a
///   calendar month c is the mean amount of the other months of c ÷ the mean of all other months (1 when
///   there is no other month of c or that mean is 0); the level is the mean of amount ÷ index over the up
///   to 12 months before i (months with index 0 skipped); expected = level × index(i). A break is
///   amount < breakRatio × expected (expected > 0).
/// - related parties: counterparties connected to the enterprise within 4 steps of shareholdings and
///   roles (core/graph RelationFinder on the part of the graph around both), with the shortest path in words.
class InvoiceAnalytics
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceAnalytics)
public:
    struct Month
    {
        QString month; ///< YYYY-MM
        double amount = 0;
        qint64 count = 0;
    };
    struct Counterparty
    {
        QString uscc;
        QString name;
        double amount = 0;
        qint64 count = 0;
        int months = 0; ///< months with an invoice
        double share = 0; ///< of the side's total
        bool related = false;
    };
    struct Break
    {
        QString month;
        double amount = 0;
        double expected = 0;
        double ratio = 0; ///< amount ÷ expected
    };
    struct Side
    {
        std::vector<Month> monthly; ///< one per month of the range
        std::vector<Counterparty> counterparties; ///< amount descending, then USCC
        double total = 0;
        qint64 count = 0;
        double mean = 0; ///< monthly mean over the range
        double cv = 0;
        int emptyMonths = 0;
        double top1 = 0;
        double top5 = 0;
        double hhi = 0;
        int currentCounterparties = 0; ///< in window L
        int previousCounterparties = 0; ///< in window P
        int newCounterparties = 0;
        int lostCounterparties = 0;
        double churn = 0;
        std::vector<Break> breaks;
        /// The largest counterparty's share of each month's amount (concentration over time), one per month.
        std::vector<double> monthlyTop1;
        /// Sum of the amounts of the last n months over the n before them, minus 1 (0 when unknown).
        double growth(int n = 12) const;
    };
    struct RelatedParty
    {
        QString uscc;
        QString name;
        double sales = 0; ///< sold to it
        double purchases = 0; ///< bought from it
        QString connection; ///< e.g. "A —持股 60.00%→ B —法定代表人→ C"
        QStringList pathNames;
    };
    struct Result
    {
        PartyInfo party;
        QStringList months;
        Side sales;
        Side purchases;
        std::vector<RelatedParty> related;
        double relatedShare = 0; ///< related amount ÷ the amount of both sides
    };
    struct Options
    {
        double breakRatio = 0.5;
        bool related = true; ///< look up related parties (core/graph)
        int relatedLimit = 200; ///< counterparties checked, largest first
    };

    /// One row of invoices.csv seen from the enterprise: the counterparty, the month, count and amount.
    struct InvoiceRow
    {
        QString other;
        QString month;
        qint64 count = 0;
        double amount = 0;
    };

    explicit InvoiceAnalytics(const store::Database& db);
    /// The figures from rows alone (no names, no related parties): what analyse() computes after reading.
    static Result compute(const PartyInfo& party, const std::vector<InvoiceRow>& sales,
        const std::vector<InvoiceRow>& purchases, double breakRatio = 0.5);
    /// Throws RiskError when uscc is not in the cache, store::StoreError on a read error.
    Result analyse(const QString& uscc, const Options& options);
    Result analyse(const QString& uscc) { return analyse(uscc, Options {}); }

    /// The trend breaks of a monthly series (see the class comment); months are YYYY-MM, consecutive.
    static std::vector<Break> trendBreaks(const std::vector<Month>& monthly, double breakRatio = 0.5);

private:
    const store::Database& m_db;
};

} // namespace dj::risk
