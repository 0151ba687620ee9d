#pragma once

#include "core/valuation/validationerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <array>

namespace dj::valuation {

/// 财会〔2023〕11号: the book side of data resources. Read from the worksheet's "ledger" part only and
/// computed from its own costs: the valuation never feeds it (the valuation result is not a book value).
struct LedgerCost
{
    QDate date;
    QString phase; ///< acquisition | research | development (intangible, developed) | processing (inventory)
    double amount = 0;
    QString description;
};

struct DatedAmount
{
    QDate date;
    double amount = 0;
};

constexpr int kCapitalisationCriteria = 5;

struct LedgerResource
{
    QString name;
    QString classification; ///< intangible (无形资产) | inventory (存货)
    QString reason; ///< why this classification
    QString source; ///< purchased (外购) | developed (自行开发 / 自行加工) | other (其他方式取得)
    std::array<bool, kCapitalisationCriteria> criteria {}; ///< CAS 6 §9 (1)–(5)
    QDate criteriaMetOn; ///< development costs from this date on are capitalised (when all criteria hold)
    QList<LedgerCost> costs;
    QDate inService; ///< intangible: ready for use (amortisation starts that month)
    int usefulLifeMonths = 0;
    QList<double> pattern; ///< yearly shares of amortisation (empty: straight line)
    QList<DatedAmount> impairments;
    QList<DatedAmount> costOfSales; ///< inventory: cost carried out when sold
};

struct Ledger
{
    QString entity;
    QDate periodStart, periodEnd;
    QList<LedgerResource> resources;

    /// Reads document["ledger"] only. Throws ValidationError naming fields. An absent ledger is empty.
    static Ledger fromJson(const QJsonObject& document);
    static QString criterionKey(int i); ///< technical_feasibility, intention, benefits, resources, measurable
    static QString criterionName(int i);
};

struct CostTreatment
{
    bool capitalised = false;
    QString reason;
};

struct ScheduleRow
{
    int year = 0;
    double opening = 0;
    double amortisation = 0;
    double impairment = 0;
    double closing = 0;
};

struct ResourceResult
{
    bool criteriaMet = false;
    QList<CostTreatment> treatments; ///< per cost
    double capitalised = 0;
    double expensedResearch = 0;
    double expensedDevelopment = 0; ///< development before the criteria were met
    double inProgress = 0; ///< capitalised development not yet in service (开发支出)
    QList<ScheduleRow> schedule; ///< intangible, per calendar year
};

/// One column of a disclosure table (a source, or the total).
struct DisclosureColumn
{
    QString key; ///< purchased | developed | other | total
    double costOpening = 0, costAdditions = 0, costDecreases = 0, costClosing = 0;
    double amortOpening = 0, amortAdditions = 0, amortDecreases = 0, amortClosing = 0; ///< intangible only
    double impOpening = 0, impAdditions = 0, impDecreases = 0, impClosing = 0;
    double carryingOpening = 0, carryingClosing = 0;
};

struct RollCheck
{
    QString column;
    QString what; ///< cost | amortisation | impairment | carrying | total
    double expected = 0;
    double actual = 0;
    bool ok = true;
};

struct DisclosureTable
{
    QList<DisclosureColumn> columns; ///< purchased, developed, other, total
    QList<RollCheck> checks;
    bool balanced = true;
};

struct LedgerResult
{
    QList<ResourceResult> resources;
    DisclosureTable intangible;
    DisclosureTable inventory;
    double expensedInPeriod = 0; ///< research and non-qualifying development within the period
};

class LedgerEngine
{
    Q_DECLARE_TR_FUNCTIONS(LedgerEngine)
public:
    /// Throws ValidationError when an impairment or a sale exceeds what is on the books.
    static LedgerResult evaluate(const Ledger& ledger);
};

} // namespace dj::valuation
