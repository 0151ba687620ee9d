#include "core/risk/invoiceanalytics.h"

#include "core/graph/ownershipgraph.h"
#include "core/graph/relationfinder.h"
#include "core/risk/riskerror.h"
#include "core/store/database.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <map>

namespace dj::risk {

using namespace Qt::StringLiterals;

namespace {

/// YYYY-MM → year·12 + month − 1; −1 when malformed.
int monthIndex(std::string_view m)
{
    if (m.size() != 7 || m[4] != '-')
        return -1;
    int y = 0;
    for (int i = 0; i < 4; ++i) {
        if (m[size_t(i)] < '0' || m[size_t(i)] > '9')
            return -1;
        y = y * 10 + (m[size_t(i)] - '0');
    }
    if (m[5] < '0' || m[5] > '9' || m[6] < '0' || m[6] > '9')
        return -1;
    const int mo = (m[5] - '0') * 10 + (m[6] - '0');
    if (mo < 1 || mo > 12)
        return -1;
    return y * 12 + mo - 1;
}

QString monthText(int index)
{
    return u"%1-%2"_s.arg(index / 12, 4, 10, QChar(u'0')).arg(index % 12 + 1, 2, 10, QChar(u'0'));
}

struct Row
{
    QString other;
    int month;
    qint64 count;
    double amount;
};

void fill(InvoiceAnalytics::Side& side, const std::vector<Row>& rows, int first, int last)
{
    const int n = last >= first ? last - first + 1 : 0;
    side.monthly.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        side.monthly[size_t(i)].month = monthText(first + i);
    struct Acc
    {
        double amount = 0;
        qint64 count = 0;
        QSet<int> months;
    };
    std::map<QString, Acc> by;
    // windows for churn: L = the last 12 months, P = the 12 before
    const int lFrom = std::max(first, last - 11);
    const int pFrom = std::max(first, lFrom - 12);
    QSet<QString> inL, inP;
    std::vector<QHash<QString, double>> perMonth(static_cast<size_t>(n));
    for (const Row& r : rows) {
        perMonth[size_t(r.month - first)][r.other] += r.amount;
        auto& m = side.monthly[size_t(r.month - first)];
        m.amount += r.amount;
        m.count += r.count;
        Acc& a = by[r.other];
        a.amount += r.amount;
        a.count += r.count;
        a.months.insert(r.month);
        side.total += r.amount;
        side.count += r.count;
        if (r.month >= lFrom)
            inL.insert(r.other);
        else if (r.month >= pFrom)
            inP.insert(r.other);
    }
    for (auto& [uscc, a] : by) {
        InvoiceAnalytics::Counterparty c;
        c.uscc = uscc;
        c.amount = a.amount;
        c.count = a.count;
        c.months = int(a.months.size());
        c.share = side.total > 0 ? a.amount / side.total : 0;
        side.counterparties.push_back(std::move(c));
    }
    std::sort(side.counterparties.begin(), side.counterparties.end(), [](const auto& a, const auto& b) {
        return a.amount != b.amount ? a.amount > b.amount : a.uscc < b.uscc;
    });
    if (n > 0) {
        side.mean = side.total / n;
        double var = 0;
        for (const auto& m : side.monthly) {
            var += (m.amount - side.mean) * (m.amount - side.mean);
            if (m.count == 0 && m.amount == 0)
                ++side.emptyMonths;
        }
        var /= n;
        side.cv = side.mean > 0 ? std::sqrt(var) / side.mean : 0;
    }
    for (size_t i = 0; i < side.counterparties.size(); ++i) {
        const double s = side.counterparties[i].share;
        if (i == 0)
            side.top1 = s;
        if (i < 5)
            side.top5 += s;
        side.hhi += s * s;
    }
    side.monthlyTop1.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        double top = 0;
        for (const double a : std::as_const(perMonth[size_t(i)]))
            top = std::max(top, a);
        const double total = side.monthly[size_t(i)].amount;
        side.monthlyTop1[size_t(i)] = total > 0 ? top / total : 0;
    }
    side.currentCounterparties = int(inL.size());
    side.previousCounterparties = int(inP.size());
    for (const QString& u : std::as_const(inL))
        if (!inP.contains(u))
            ++side.newCounterparties;
    for (const QString& u : std::as_const(inP))
        if (!inL.contains(u))
            ++side.lostCounterparties;
    side.churn = inP.isEmpty() ? 0 : double(side.lostCounterparties) / double(inP.size());
}

} // namespace

double InvoiceAnalytics::Side::growth(int n) const
{
    const qsizetype size = qsizetype(monthly.size());
    if (n < 1 || size < 2 * n)
        return 0;
    double recent = 0, before = 0;
    for (qsizetype i = size - n; i < size; ++i)
        recent += monthly[size_t(i)].amount;
    for (qsizetype i = size - 2 * n; i < size - n; ++i)
        before += monthly[size_t(i)].amount;
    return before > 0 ? recent / before - 1 : 0;
}

std::vector<InvoiceAnalytics::Break> InvoiceAnalytics::trendBreaks(
    const std::vector<Month>& monthly, double breakRatio)
{
    std::vector<Break> out;
    const int n = int(monthly.size());
    if (n < 7)
        return out;
    std::vector<int> cal(static_cast<size_t>(n));
    double all = 0;
    std::array<double, 12> calSum {};
    std::array<int, 12> calCount {};
    for (int i = 0; i < n; ++i) {
        const int idx = monthIndex(monthly[size_t(i)].month.toLatin1().toStdString());
        cal[size_t(i)] = idx < 0 ? 0 : idx % 12;
        all += monthly[size_t(i)].amount;
        calSum[size_t(cal[size_t(i)])] += monthly[size_t(i)].amount;
        ++calCount[size_t(cal[size_t(i)])];
    }
    for (int i = 6; i < n; ++i) {
        const double a = monthly[size_t(i)].amount;
        const int ci = cal[size_t(i)];
        const double otherMean = (all - a) / (n - 1);
        auto index = [&](int c) {
            double sum = calSum[size_t(c)];
            int count = calCount[size_t(c)];
            if (c == ci) {
                sum -= a;
                --count;
            }
            if (count <= 0 || otherMean <= 0)
                return 1.0;
            return (sum / count) / otherMean;
        };
        double level = 0;
        int used = 0;
        for (int j = std::max(0, i - 12); j < i; ++j) {
            const double s = index(cal[size_t(j)]);
            if (s <= 0)
                continue;
            level += monthly[size_t(j)].amount / s;
            ++used;
        }
        if (used == 0)
            continue;
        level /= used;
        const double expected = level * index(ci);
        if (expected > 0 && a < breakRatio * expected)
            out.push_back(Break { monthly[size_t(i)].month, a, expected, a / expected });
    }
    return out;
}

InvoiceAnalytics::InvoiceAnalytics(const store::Database& db)
    : m_db(db)
{
}

InvoiceAnalytics::Result InvoiceAnalytics::compute(const PartyInfo& party,
    const std::vector<InvoiceRow>& sales, const std::vector<InvoiceRow>& purchases, double breakRatio)
{
    Result result;
    result.party = party;
    std::vector<Row> sold, bought;
    int first = INT_MAX, last = -1;
    auto take = [&](const std::vector<InvoiceRow>& in, std::vector<Row>& into) {
        for (const InvoiceRow& r : in) {
            const int m = monthIndex(r.month.toLatin1().toStdString());
            if (m < 0 || r.other == party.uscc)
                continue;
            into.push_back(Row { r.other, m, r.count, r.amount });
            first = std::min(first, m);
            last = std::max(last, m);
        }
    };
    take(sales, sold);
    take(purchases, bought);
    if (last < 0)
        first = 0;
    for (int m = first; m <= last; ++m)
        result.months << monthText(m);
    fill(result.sales, sold, first, last);
    fill(result.purchases, bought, first, last);
    result.sales.breaks = trendBreaks(result.sales.monthly, breakRatio);
    result.purchases.breaks = trendBreaks(result.purchases.monthly, breakRatio);
    return result;
}

InvoiceAnalytics::Result InvoiceAnalytics::analyse(const QString& uscc, const Options& options)
{
    PartyReader parties(m_db);
    const PartyInfo party = parties.get(uscc);
    if (!party.inCache)
        throw RiskError(tr("The enterprise %1 is not in the cache.").arg(uscc.left(80)));
    std::vector<InvoiceRow> sold, bought;
    auto read = [&](const char* sql, std::vector<InvoiceRow>& into) {
        store::Statement st = m_db.prepare(sql);
        st.bind(1, uscc);
        while (st.step())
            into.push_back(
                InvoiceRow { st.columnText(0), st.columnText(1), st.columnInt(2), st.columnDouble(3) });
    };
    read("SELECT buyer_uscc, month, invoice_count, amount FROM invoices WHERE seller_uscc = ?", sold);
    read("SELECT seller_uscc, month, invoice_count, amount FROM invoices WHERE buyer_uscc = ?", bought);
    Result result = compute(party, sold, bought, options.breakRatio);
    for (auto* side : { &result.sales, &result.purchases })
        for (auto& c : side->counterparties)
            c.name = parties.get(c.uscc).name;

    if (!options.related)
        return result;
    // counterparties, largest first over both sides
    std::map<QString, std::pair<double, double>> both; // uscc → (sales, purchases)
    for (const auto& c : result.sales.counterparties)
        both[c.uscc].first = c.amount;
    for (const auto& c : result.purchases.counterparties)
        both[c.uscc].second = c.amount;
    std::vector<std::pair<QString, double>> order;
    for (const auto& [u, v] : both)
        order.emplace_back(u, v.first + v.second);
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (qsizetype(order.size()) > options.relatedLimit)
        order.resize(size_t(options.relatedLimit));
    if (order.empty())
        return result;
    std::vector<graph::OwnershipGraph::Seed> seeds { { uscc, true, true } };
    for (const auto& o : order)
        seeds.push_back({ o.first, true, false });
    const auto g = graph::OwnershipGraph::buildAround(m_db, seeds);
    const auto root = g->enterprise(uscc);
    if (!root)
        return result;
    graph::RelationFinder finder(*g);
    QSet<QString> related;
    double relatedAmount = 0;
    for (const auto& o : order) {
        const auto other = g->enterprise(o.first);
        if (!other)
            continue;
        const auto found
            = finder.find(*root, *other, 4, 1, graph::RelationFinder::Share | graph::RelationFinder::Role);
        if (found.length <= 0 || found.paths.empty())
            continue;
        const auto& path = found.paths.front();
        RelatedParty rp;
        rp.uscc = o.first;
        rp.name = g->name(*other);
        rp.sales = both[o.first].first;
        rp.purchases = both[o.first].second;
        QString text = g->name(path.nodes.front());
        rp.pathNames << text;
        for (size_t i = 0; i < path.steps.size(); ++i) {
            const QString step = graph::RelationFinder::describe(*g, path.steps[i]);
            const QString next = g->name(path.nodes[i + 1]);
            text += path.steps[i].forward ? u" —%1→ %2"_s.arg(step, next) : u" ←%1— %2"_s.arg(step, next);
            rp.pathNames << next;
        }
        rp.connection = text;
        relatedAmount += rp.sales + rp.purchases;
        related.insert(o.first);
        result.related.push_back(std::move(rp));
    }
    for (auto* side : { &result.sales, &result.purchases })
        for (auto& c : side->counterparties)
            c.related = related.contains(c.uscc);
    const double totalBoth = result.sales.total + result.purchases.total;
    result.relatedShare = totalBoth > 0 ? relatedAmount / totalBoth : 0;
    return result;
}

} // namespace dj::risk
