#pragma once

#include "core/tenders/projectgrouper.h"

#include <QCoreApplication>
#include <QDate>
#include <map>
#include <optional>
#include <vector>

namespace dj::tenders {

enum class ForecastKind {
    NextPhase, ///< the project's next phase, after the mean gap between its earlier phases
    Renewal, ///< a service contract that runs out (awarded + contract_months) is tendered again
    BuyerRhythm, ///< the buyer tenders in the same months year after year
};
QString forecastKindName(ForecastKind k); ///< next_phase, renewal, buyer_rhythm

/// An expected tender: who, what, when (a window), how much, who holds it now, and why.
struct Forecast
{
    ForecastKind kind = ForecastKind::NextPhase;
    int project = -1; ///< index into the projects; -1 for a buyer-rhythm forecast
    QString buyerKey;
    QString buyerUscc;
    QString buyerName;
    QString regionCode;
    QString category; ///< empty for a buyer-rhythm forecast (any category)
    QString projectTitle;
    int nextPhase = 0; ///< the phase number expected (next phase / renewal)
    QDate expected;
    QDate from; ///< window, inclusive
    QDate to;
    std::optional<double> budgetLow; ///< yuan
    std::optional<double> budgetHigh;
    QString incumbent;
    QString incumbentUscc;
    QString reason; ///< in words
};

struct ForecastOptions
{
    QDate asOf; ///< invalid: the data's own latest date (Forecaster::dataToday)
    int horizonMonths = 12; ///< windows starting up to this many months after asOf
    QString regionPrefix; ///< 2/4/6-digit GB/T 2260 prefix of the buyer's region_code; empty = all
    QString category; ///< empty = all
};

/// Precision and recall of one forecast kind (or all) in the back-test.
struct BacktestFigures
{
    int forecasts = 0;
    int hits = 0; ///< forecasts with a hidden tender of the buyer (and category) inside the window
    double precision = 0;
};

struct BacktestResult
{
    QDate asOf;
    QDate cutoff; ///< asOf − years: notices after it are hidden
    int visible = 0; ///< notices the forecast was made from
    int hidden = 0; ///< notices announced after the cutoff
    int covered = 0; ///< hidden notices inside a matching forecast window
    BacktestFigures all;
    std::map<ForecastKind, BacktestFigures> byKind;
    double recall = 0; ///< covered / hidden
};

/// Forecasts of the next tenders from the notices' history (pure functions of their input).
///
/// Rules (the tests recompute them independently):
/// - next phase: a phased project that is not a service contract; gap g = mean of the days between its
///   announcements, or for a single phase the median of that mean over the category's multi-phase projects
///   (540 days when there are none); expected = last announcement + g, window ± max(90, 0.35·g) days.
/// - renewal: a project's last awarded notice with contract_months m; end = awarded + m months (+ k·m for
///   later renewals, k = 0…2); expected = end − 2 months, window [end − 4 months, end + 1 month].
/// - buyer rhythm: a buyer with ≥ 4 notices in ≥ 2 calendar years; its months with ≥ 2 notices and
///   ≥ 20 % of them; each such month after asOf is a window (the whole month, expected on the 15th).
/// - budget: projects 0.8 × min … 1.3 × max of their last two amounts (budget, else awarded amount);
///   buyers the 25th … 75th percentile (nearest rank) of all their amounts.
/// - kept: windows ending on or after asOf and starting no later than asOf + horizon months.
class Forecaster
{
    Q_DECLARE_TR_FUNCTIONS(Forecaster)
public:
    /// The data's "today": the latest announced or awarded date of any notice (invalid when none).
    static QDate dataToday(const std::vector<Notice>& notices);
    /// Forecasts ordered by expected date, then buyer, then project title.
    static std::vector<Forecast> forecast(const std::vector<Notice>& notices,
        const std::vector<Project>& projects, const ForecastOptions& options);
    /// Hides the notices announced in the last `years` before asOf (and awards after the cutoff), forecasts
    /// them from the rest with a horizon of `years`, and scores the forecasts: a hit is a hidden notice of
    /// the same buyer (and category, except for buyer rhythm) announced inside the window.
    static BacktestResult backtest(const std::vector<Notice>& notices, QDate asOf = {}, int years = 2);
};

} // namespace dj::tenders
