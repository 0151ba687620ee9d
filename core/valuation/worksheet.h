#pragma once

#include "core/valuation/validationerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace dj::valuation {

/// The six data-quality dimensions of GB/T 36344-2018, in this order everywhere.
enum class Dimension { Normative, Completeness, Accuracy, Consistency, Timeliness, Accessibility };
constexpr int kDimensions = 6;
/// "normative", "completeness", … (the worksheet's keys).
QString dimensionKey(int dimension);
/// 规范性, 完整性, … (translated).
QString dimensionName(int dimension);

struct Indicator
{
    QString name;
    double score = 0; ///< 0..100
    QString source; ///< how it was measured (e.g. "measured on enterprises, 2024-12-31")
};

struct QualityInput
{
    bool present = false;
    std::array<QList<Indicator>, kDimensions> indicators;
    QList<QList<double>> ahp; ///< n×n judgements (n = 6)
    QList<QList<double>> entropySamples; ///< m × 6 dimension scores of m parts of the data (optional)
    double ahpShare = 1.0; ///< blend: w = share·w_AHP + (1 − share)·w_entropy
};

struct IncomePeriod
{
    int year = 0;
    double revenue = 0; ///< revenue_split, excess_earnings
    double income = 0; ///< direct
    double margin = 0; ///< excess_earnings: operating margin before tax
    double with = 0; ///< incremental: with the data asset
    double without = 0; ///< incremental: without it
    std::optional<double> k; ///< revenue_split: this period's share, else share_k
};

struct ContributoryCharge
{
    QString name;
    double rate = 0; ///< charge as a share of revenue
};

struct DiscountBuildUp
{
    double riskFree = 0;
    double management = 0;
    double circulation = 0;
    double security = 0;
    double regulatory = 0;
    double total() const { return riskFree + management + circulation + security + regulatory; }
};

struct IncomeInput
{
    bool present = false;
    QString method; ///< direct | revenue_split | excess_earnings | incremental
    QList<IncomePeriod> periods;
    double shareK = 0;
    double taxRate = 0.25;
    QList<ContributoryCharge> charges;
    DiscountBuildUp discount;
    double growth = 0; ///< growth after the explicit periods
    int remainingLife = 0; ///< years of economic life from the valuation date
    bool perpetuity = false; ///< Gordon terminal value after the last year of life
    bool midPeriod = false;
    double revenueFactor = 1; ///< not in the file: scales every revenue/income (tornado, Monte Carlo)
};

enum class CostGroup { Planning, Direct, Indirect, Opportunity, Taxes };
constexpr int kCostGroups = 5;
QString costGroupKey(int group);
QString costGroupName(int group);

struct CostItem
{
    int group = 0;
    QString name;
    double amount = 0;
    int year = 0;
};

struct CostInput
{
    bool present = false;
    QList<CostItem> items;
    QMap<int, double> priceIndex; ///< year → index (empty: no restatement)
    std::optional<double> qualityFactor; ///< absent: the quality assessment's coefficient
    std::optional<double> usedYears;
    std::optional<double> remainingYears;
    std::optional<double> depreciationRate; ///< instead of used/remaining years: δ_life = 1 − rate
    double costFactor = 1; ///< not in the file (tornado, Monte Carlo)
};

constexpr int kMarketFactors = 5;
QString marketFactorKey(int factor); ///< quality, supply_demand, date, volume, other
QString marketFactorName(int factor);

struct Comparable
{
    QString name;
    double price = 0;
    std::array<double, kMarketFactors> factors { 1, 1, 1, 1, 1 };
    double weight = 1;
    QString source;
};

struct MarketInput
{
    bool present = false;
    QList<Comparable> comparables;
    double priceFactor = 1; ///< not in the file
};

struct ConclusionInput
{
    QHash<QString, double> weights; ///< "income" | "cost" | "market" → weight
    QString reasons;
};

struct VariableRange
{
    QString variable;
    QString distribution; ///< uniform | triangular | normal
    double min = 0, mode = 0, max = 0; ///< normal: mode = mean, (max − min)/4 = σ, truncated to [min, max]
};

struct AnalysisInput
{
    QString target = QStringLiteral("conclusion"); ///< conclusion | income | cost | market
    QString sensX, sensY;
    QList<double> sensXValues, sensYValues;
    QStringList tornadoVariables; ///< empty: every applicable variable
    double tornadoChange = 0.10;
    int draws = 10000;
    quint64 seed = 20231231;
    QList<VariableRange> ranges;
};

/// The valuation part of a worksheet, parsed and validated. Everything else is computed from it.
struct Worksheet
{
    static constexpr int kFormatVersion = 2;

    // Asset card (资产卡片)
    QString assetName;
    QString holder;
    QDate valuationDate;
    QString purpose;
    QString valueType; ///< market_value | investment_value | in_use_value | liquidation_value
    QStringList rights; ///< holding | use | operation (持有权/使用权/经营权)
    QJsonObject card; ///< the whole card, shown and exported as given
    QStringList assumptions;
    QMap<QString, QString> parameterSources; ///< worksheet path → where the figure comes from

    QualityInput quality;
    IncomeInput income;
    CostInput cost;
    MarketInput market;
    ConclusionInput conclusion;
    AnalysisInput analysis;
    std::optional<double> qualityOverride; ///< not in the file (tornado, Monte Carlo)

    /// Validates and reads a worksheet document (after migration). Throws ValidationError listing every
    /// refused field by path. The "ledger" part is not read here (see Ledger).
    static Worksheet fromJson(const QJsonObject& document);
    /// Upgrades an older document to kFormatVersion (v1 held a single "discount_rate"). Throws
    /// ValidationError for a missing or newer version.
    static QJsonObject migrate(const QJsonObject& document);
    /// Reads a file (UTF-8 JSON) and migrates it. Throws ValidationError (with path "" for unreadable files).
    static QJsonObject load(const QString& path);
    /// Writes the document human-readably (indented, format_version first). Throws ValidationError on
    /// failure.
    static void save(const QJsonObject& document, const QString& path);
};

} // namespace dj::valuation
