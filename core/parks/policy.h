#pragma once

#include "core/common/error.h"
#include "core/parks/parkengine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <optional>
#include <vector>

namespace dj::parks {

class PolicyError : public dj::Error
{
public:
    using Error::Error;
};

/// One condition of a policy: field op value. Fields (per enterprise of the park, report year Y):
/// class (actual/virtual/office_only), section, region_code (prefix), status, scale, revenue, tax, employees
/// (financials of Y), tax_growth (tax Y / tax Y−1 − 1), insured_count, age_years (whole years since
/// established at the as-of date), qualification (a current qualification kind), building_tax (the
/// building's tax of Y), building_occupancy. Ops: >=, <=, >, <, =, in (list), prefix (list), has.
struct PolicyCondition
{
    QString field, op;
    QVariant value; ///< number, string or string list
};

/// The amount: fixed (value yuan), per_head (value × employees), tax_share (value × tax), revenue_share
/// (value × revenue); capped at cap when set.
struct PolicyAmount
{
    QString kind = QStringLiteral("fixed");
    double value = 0;
    std::optional<double> cap;
};

struct Policy
{
    qint64 id = 0;
    QString name, description;
    std::vector<PolicyCondition> conditions;
    PolicyAmount amount;
    bool builtin = false;

    /// Throws PolicyError naming the key and what was expected.
    static Policy fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
};

struct ConditionResult
{
    QString field, op;
    bool pass = false;
    QString why; ///< the figure compared, translated
};

struct PolicyMatch
{
    QString uscc, name, buildingId;
    bool qualifies = false;
    double amount = 0;
    std::vector<ConditionResult> conditions;
};

/// Applies policies to a park (or one building) from its report; stores them in the cache.
class PolicyCalculator
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCalculator)
public:
    /// Fields and ops the rules may use.
    static const QStringList& fields();
    static const QStringList& ops();
    /// The shipped examples (realistic district policies).
    static QList<Policy> builtins();

    /// Every firm of the report (actual, virtual, office-only; once each, at its first building) or of
    /// one building, with each condition's result; qualifying firms first, by amount.
    static std::vector<PolicyMatch> apply(
        ParkStore& store, const ParkReport& report, const Policy& policy, const QString& buildingId = {});

    /// Policies stored in the cache (the shipped examples are added when missing, if the cache is writable).
    static QList<Policy> list(store::Database& db);
    /// Saves (insert or replace by name); returns the id. Throws PolicyError / StoreError.
    static qint64 save(store::Database& db, const Policy& policy);
    static bool remove(store::Database& db, qint64 id);

    static QJsonObject toJson(const PolicyMatch& m);
};

} // namespace dj::parks
