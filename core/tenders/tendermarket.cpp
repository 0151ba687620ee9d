#include "core/tenders/tendermarket.h"

#include "core/codes/regions.h"

#include <algorithm>
#include <map>

namespace dj::tenders {

namespace {

bool matches(const Notice& n, const MarketOptions& o)
{
    return (o.regionPrefix.isEmpty() || n.regionCode.startsWith(o.regionPrefix))
        && (o.category.isEmpty() || n.category == o.category);
}

Market computeOver(const std::vector<Notice>& notices, const std::vector<int>& chosen, const QStringList& ops)
{
    Market m;
    std::map<int, MarketYear> years;
    std::map<QString, Party> buyers, winners;
    std::map<QString, int> categories;
    for (int i : chosen) {
        const Notice& n = notices[size_t(i)];
        ++m.tenders;
        const double budget = n.budget.value_or(0);
        m.budget += budget;
        ++categories[n.category];
        MarketYear* y = nullptr;
        if (n.announced.isValid()) {
            y = &years[n.announced.year()];
            y->year = n.announced.year();
            ++y->tenders;
            y->budget += budget;
        }
        Party& b = buyers[ProjectGrouper::buyerKey(n)];
        b.key = ProjectGrouper::buyerKey(n);
        b.uscc = n.buyerUscc;
        b.name = n.buyerName;
        ++b.count;
        b.amount += budget;
        const QString w = ProjectGrouper::winnerKey(n);
        if (w.isEmpty())
            continue;
        ++m.awards;
        const double amount = n.amount.value_or(0);
        m.amount += amount;
        if (y) {
            ++y->awards;
            y->amount += amount;
        }
        Party& p = winners[w];
        p.key = w;
        p.uscc = n.winnerUscc;
        p.name = n.winnerName;
        ++p.count;
        p.amount += amount;
        if (!n.winnerUscc.isEmpty() && ops.contains(n.winnerUscc)) {
            ++m.operatorWins.count;
            m.operatorWins.amount += amount;
        }
    }
    for (const auto& [year, y] : years)
        m.years.push_back(y);
    for (auto& [key, b] : buyers)
        m.buyers.push_back(b);
    for (auto& [key, p] : winners) {
        p.share = m.amount > 0 ? p.amount / m.amount : 0;
        m.hhi += (100 * p.share) * (100 * p.share);
        m.winners.push_back(p);
    }
    m.operatorWins.key = ops.join(u',');
    m.operatorWins.uscc = ops.join(u',');
    m.operatorWins.share = m.amount > 0 ? m.operatorWins.amount / m.amount : 0;
    auto byAmount = [](const Party& a, const Party& b) {
        if (a.amount != b.amount)
            return a.amount > b.amount;
        return a.key < b.key;
    };
    std::sort(m.buyers.begin(), m.buyers.end(), byAmount);
    std::sort(m.winners.begin(), m.winners.end(), byAmount);
    for (const auto& [c, count] : categories)
        m.categories.emplace_back(c, count);
    std::stable_sort(m.categories.begin(), m.categories.end(),
        [](const auto& a, const auto& b) { return a.second > b.second; });
    return m;
}

} // namespace

bool isRegionPrefix(const QString& code)
{
    if (code.size() != 2 && code.size() != 4 && code.size() != 6)
        return false;
    for (QChar c : code)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return codes::Regions::instance().find(code) != nullptr;
}

Market TenderMarket::compute(const std::vector<Notice>& notices, const MarketOptions& options)
{
    std::vector<int> chosen;
    for (size_t i = 0; i < notices.size(); ++i)
        if (matches(notices[i], options))
            chosen.push_back(int(i));
    return computeOver(notices, chosen, options.operatorUsccs);
}

std::optional<BuyerProfile> TenderMarket::buyer(
    const std::vector<Notice>& notices, const std::vector<Project>& projects, const QString& usccOrName)
{
    const QString wanted = usccOrName.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    QString key;
    for (const Notice& n : notices) {
        if (n.buyerUscc == wanted || n.buyerName == wanted) {
            key = ProjectGrouper::buyerKey(n);
            break;
        }
    }
    if (key.isEmpty())
        return std::nullopt;
    BuyerProfile p;
    p.key = key;
    for (size_t i = 0; i < notices.size(); ++i) {
        const Notice& n = notices[i];
        if (ProjectGrouper::buyerKey(n) != key)
            continue;
        p.notices.push_back(int(i));
        p.uscc = n.buyerUscc;
        p.name = n.buyerName;
        if (!n.regionCode.isEmpty())
            p.regionCode = n.regionCode;
    }
    std::stable_sort(p.notices.begin(), p.notices.end(),
        [&](int a, int b) { return notices[size_t(a)].announced < notices[size_t(b)].announced; });
    for (size_t i = 0; i < projects.size(); ++i)
        if (projects[i].buyerKey == key)
            p.projects.push_back(int(i));
    p.market = computeOver(notices, p.notices, {});
    return p;
}

} // namespace dj::tenders
