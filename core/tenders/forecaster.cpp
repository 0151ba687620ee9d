#include "core/tenders/forecaster.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace dj::tenders {

QString forecastKindName(ForecastKind k)
{
    switch (k) {
    case ForecastKind::NextPhase:
        return QStringLiteral("next_phase");
    case ForecastKind::Renewal:
        return QStringLiteral("renewal");
    case ForecastKind::BuyerRhythm:
        return QStringLiteral("buyer_rhythm");
    }
    return {};
}

namespace {

std::optional<double> valueOf(const Notice& n)
{
    if (n.budget && *n.budget > 0)
        return n.budget;
    if (n.amount && *n.amount > 0)
        return n.amount;
    return std::nullopt;
}

// Nearest-rank percentile of sorted values (p in 0..100).
double percentile(const std::vector<double>& sorted, double p)
{
    const size_t rank = size_t(std::max(1.0, std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[std::min(sorted.size(), rank) - 1];
}

QString money(double yuan)
{
    return QLocale(QLocale::Chinese, QLocale::China).toString(yuan / 10000.0, 'f', 0)
        + QStringLiteral("万元");
}

bool matchesFilter(const QString& region, const QString& category, const ForecastOptions& o)
{
    if (!o.regionPrefix.isEmpty() && !region.startsWith(o.regionPrefix))
        return false;
    if (!o.category.isEmpty() && !category.isEmpty() && category != o.category)
        return false;
    return true;
}

} // namespace

QDate Forecaster::dataToday(const std::vector<Notice>& notices)
{
    QDate latest;
    for (const Notice& n : notices) {
        if (n.announced.isValid() && (!latest.isValid() || n.announced > latest))
            latest = n.announced;
        if (n.awarded.isValid() && (!latest.isValid() || n.awarded > latest))
            latest = n.awarded;
    }
    return latest;
}

std::vector<Forecast> Forecaster::forecast(
    const std::vector<Notice>& notices, const std::vector<Project>& projects, const ForecastOptions& options)
{
    std::vector<Forecast> out;
    const QDate asOf = options.asOf.isValid() ? options.asOf : dataToday(notices);
    if (!asOf.isValid())
        return out;
    const QDate horizonEnd = asOf.addMonths(options.horizonMonths);
    auto keep = [&](Forecast&& f) {
        if (f.to < asOf || f.from > horizonEnd)
            return;
        if (!matchesFilter(f.regionCode, f.category, options))
            return;
        if (!options.category.isEmpty() && f.category.isEmpty())
            return; // a buyer's rhythm says nothing about one category
        out.push_back(std::move(f));
    };

    // Mean gap between announcements per multi-phase project; the category median for single phases.
    std::map<QString, std::vector<double>> gapsByCategory;
    std::vector<double> meanGap(projects.size(), 0);
    for (size_t p = 0; p < projects.size(); ++p) {
        const Project& pr = projects[p];
        if (pr.service || pr.phases.size() < 2)
            continue;
        double sum = 0;
        int count = 0;
        for (size_t i = 1; i < pr.phases.size(); ++i) {
            const QDate a = notices[size_t(pr.phases[i - 1].notice)].announced;
            const QDate b = notices[size_t(pr.phases[i].notice)].announced;
            if (a.isValid() && b.isValid()) {
                sum += double(a.daysTo(b));
                ++count;
            }
        }
        if (count > 0 && sum > 0) {
            meanGap[p] = sum / count;
            gapsByCategory[pr.category].push_back(meanGap[p]);
        }
    }
    std::map<QString, double> medianGap;
    for (auto& [category, gaps] : gapsByCategory) {
        std::sort(gaps.begin(), gaps.end());
        const size_t n = gaps.size();
        medianGap[category] = n % 2 ? gaps[n / 2] : (gaps[n / 2 - 1] + gaps[n / 2]) / 2;
    }

    for (size_t p = 0; p < projects.size(); ++p) {
        const Project& pr = projects[p];
        const Notice& last = notices[size_t(pr.phases.back().notice)];
        // budget range from the last two amounts
        std::vector<double> values;
        for (auto it = pr.phases.rbegin(); it != pr.phases.rend() && values.size() < 2; ++it)
            if (const auto v = valueOf(notices[size_t(it->notice)]))
                values.push_back(*v);
        Forecast base;
        base.project = int(p);
        base.buyerKey = pr.buyerKey;
        base.buyerUscc = pr.buyerUscc;
        base.buyerName = pr.buyerName;
        base.regionCode = pr.regionCode;
        base.category = pr.category;
        base.projectTitle = pr.title;
        base.incumbent = pr.incumbent(notices);
        base.incumbentUscc = pr.incumbentUscc(notices);
        if (!values.empty()) {
            base.budgetLow = 0.8 * *std::min_element(values.begin(), values.end());
            base.budgetHigh = 1.3 * *std::max_element(values.begin(), values.end());
        }
        const int lastNumber = pr.phases.back().number;
        if (pr.service) {
            // the last awarded notice that publishes its service period
            const Notice* contract = nullptr;
            for (auto it = pr.phases.rbegin(); it != pr.phases.rend(); ++it) {
                const Notice& n = notices[size_t(it->notice)];
                if (n.contractMonths > 0 && n.awarded.isValid()) {
                    contract = &n;
                    break;
                }
            }
            // a later notice without an award (being tendered now) is not forecast again
            if (!contract || !last.awarded.isValid())
                continue;
            for (int k = 0; k < 3; ++k) {
                Forecast f = base;
                f.kind = ForecastKind::Renewal;
                f.nextPhase = lastNumber + 1 + k;
                const QDate end = contract->awarded.addMonths(contract->contractMonths * (k + 1));
                f.expected = end.addMonths(-2);
                f.from = end.addMonths(-4);
                f.to = end.addMonths(1);
                f.reason
                    = tr("Service contract awarded on %1 to %2 for %3 months runs out on %4; the renewal is "
                         "usually tendered 2 to 4 months before.")
                          .arg(contract->awarded.toString(Qt::ISODate),
                              contract->winnerName.isEmpty() ? tr("an unnamed winner") : contract->winnerName)
                          .arg(contract->contractMonths * (k + 1))
                          .arg(end.toString(Qt::ISODate));
                keep(std::move(f));
            }
            continue;
        }
        if (!pr.phased || !last.announced.isValid())
            continue;
        double gap = meanGap[p];
        QString basis;
        if (gap > 0) {
            basis
                = tr("the mean gap between its %1 phases was %2 days").arg(pr.phases.size()).arg(qRound(gap));
        } else {
            const auto it = medianGap.find(pr.category);
            gap = it != medianGap.end() ? it->second : 540.0;
            basis = it != medianGap.end()
                ? tr("phased %1 projects follow up after a median of %2 days")
                      .arg(pr.category)
                      .arg(qRound(gap))
                : tr("phased projects usually follow up after about %1 days").arg(qRound(gap));
        }
        const qint64 half = std::max<qint64>(90, qRound64(0.35 * gap));
        {
            constexpr int k = 1; // one phase ahead: whether a project goes on after that is not foreseeable
            Forecast f = base;
            f.kind = ForecastKind::NextPhase;
            f.nextPhase = lastNumber + k;
            f.expected = last.announced.addDays(qRound64(gap * k));
            f.from = f.expected.addDays(-half);
            f.to = f.expected.addDays(half);
            f.reason = tr("Phase %1 was announced on %2; %3, so phase %4 is expected around %5.")
                           .arg(lastNumber)
                           .arg(last.announced.toString(Qt::ISODate), basis)
                           .arg(f.nextPhase)
                           .arg(f.expected.toString(Qt::ISODate));
            keep(std::move(f));
        }
    }

    // Buyer rhythm: the months a buyer tenders in.
    struct BuyerStats
    {
        QString uscc, name, region;
        int months[13] = {};
        std::set<int> years;
        std::vector<double> values;
        int total = 0;
    };
    std::map<QString, BuyerStats> buyers;
    for (const Notice& n : notices) {
        if (!n.announced.isValid() || n.announced > asOf)
            continue;
        BuyerStats& b = buyers[ProjectGrouper::buyerKey(n)];
        b.uscc = n.buyerUscc;
        b.name = n.buyerName;
        if (!n.regionCode.isEmpty())
            b.region = n.regionCode;
        ++b.months[n.announced.month()];
        b.years.insert(n.announced.year());
        if (const auto v = valueOf(n))
            b.values.push_back(*v);
        ++b.total;
    }
    for (auto& [key, b] : buyers) {
        if (b.total < 4 || b.years.size() < 2)
            continue;
        std::sort(b.values.begin(), b.values.end());
        QStringList monthNames;
        std::vector<int> rhythm;
        for (int m = 1; m <= 12; ++m) {
            if (b.months[m] >= 2 && double(b.months[m]) >= 0.2 * b.total) {
                rhythm.push_back(m);
                monthNames << tr("%1 (%2×)").arg(m).arg(b.months[m]);
            }
        }
        if (rhythm.empty())
            continue;
        const QDate start(asOf.year(), asOf.month(), 1);
        for (QDate month = start.addMonths(1); month <= horizonEnd; month = month.addMonths(1)) {
            if (std::find(rhythm.begin(), rhythm.end(), month.month()) == rhythm.end())
                continue;
            Forecast f;
            f.kind = ForecastKind::BuyerRhythm;
            f.buyerKey = key;
            f.buyerUscc = b.uscc;
            f.buyerName = b.name;
            f.regionCode = b.region;
            f.from = month;
            f.to = month.addMonths(1).addDays(-1);
            f.expected = month.addDays(14);
            if (!b.values.empty()) {
                f.budgetLow = percentile(b.values, 25);
                f.budgetHigh = percentile(b.values, 75);
            }
            f.reason = tr("%1 published %2 tenders in %3 years, most in months %4; typical budget %5 to %6.")
                           .arg(b.name)
                           .arg(b.total)
                           .arg(b.years.size())
                           .arg(monthNames.join(QStringLiteral("、")),
                               f.budgetLow ? money(*f.budgetLow) : tr("unknown"),
                               f.budgetHigh ? money(*f.budgetHigh) : tr("unknown"));
            keep(std::move(f));
        }
    }

    std::stable_sort(out.begin(), out.end(), [](const Forecast& a, const Forecast& b) {
        if (a.expected != b.expected)
            return a.expected < b.expected;
        if (a.buyerKey != b.buyerKey)
            return a.buyerKey < b.buyerKey;
        if (a.projectTitle != b.projectTitle)
            return a.projectTitle < b.projectTitle;
        return int(a.kind) < int(b.kind);
    });
    return out;
}

BacktestResult Forecaster::backtest(const std::vector<Notice>& notices, QDate asOf, int years)
{
    BacktestResult r;
    r.asOf = asOf.isValid() ? asOf : dataToday(notices);
    if (!r.asOf.isValid() || years < 1)
        return r;
    r.cutoff = r.asOf.addYears(-years);
    std::vector<Notice> visible;
    std::vector<const Notice*> hidden;
    for (const Notice& n : notices) {
        if (!n.announced.isValid())
            continue;
        if (n.announced <= r.cutoff) {
            Notice v = n;
            if (v.awarded.isValid() && v.awarded > r.cutoff) {
                v.awarded = {};
                v.winnerUscc.clear();
                v.winnerName.clear();
                v.amount.reset();
            }
            visible.push_back(std::move(v));
        } else if (n.announced <= r.asOf) {
            hidden.push_back(&n);
        }
    }
    r.visible = int(visible.size());
    r.hidden = int(hidden.size());
    const std::vector<Project> projects = ProjectGrouper::group(visible);
    ForecastOptions o;
    o.asOf = r.cutoff;
    o.horizonMonths = years * 12;
    const std::vector<Forecast> forecasts = forecast(visible, projects, o);
    std::multimap<QString, const Notice*> hiddenByBuyer;
    for (const Notice* h : hidden)
        hiddenByBuyer.emplace(ProjectGrouper::buyerKey(*h), h);
    std::set<const Notice*> covered;
    for (const Forecast& f : forecasts) {
        bool hit = false;
        const auto [begin, end] = hiddenByBuyer.equal_range(f.buyerKey);
        for (auto it = begin; it != end; ++it) {
            const Notice& h = *it->second;
            if (f.kind != ForecastKind::BuyerRhythm && h.category != f.category)
                continue;
            if (h.announced < f.from || h.announced > f.to)
                continue;
            hit = true;
            covered.insert(&h);
        }
        BacktestFigures& k = r.byKind[f.kind];
        ++k.forecasts;
        ++r.all.forecasts;
        if (hit) {
            ++k.hits;
            ++r.all.hits;
        }
    }
    for (auto& [kind, k] : r.byKind)
        k.precision = k.forecasts ? double(k.hits) / k.forecasts : 0;
    r.all.precision = r.all.forecasts ? double(r.all.hits) / r.all.forecasts : 0;
    r.covered = int(covered.size());
    r.recall = r.hidden ? double(r.covered) / r.hidden : 0;
    return r;
}

} // namespace dj::tenders
