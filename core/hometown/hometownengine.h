#pragma once

#include "core/common/error.h"
#include "core/hometown/hometowndata.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <stdexcept>

namespace dj::hometown {

/// The score's weights (user-settable). Each part is shown with the figure it rests on.
struct Weights
{
    double revenue = 1.0; ///< × log10(1 + weighted revenue in 万元)
    double tax = 1.5; ///< × log10(1 + weighted tax in 万元)
    double capital = 0.5; ///< × log10(1 + weighted registered capital in 万元)
    double enterprises = 1.0; ///< × number of enterprises
    double qualifications = 2.0; ///< × qualified enterprises (高新 1, 专精特新 1, 小巨人 2)
    double priorityFit = 2.0; ///< × enterprises in the origin's priority industries
    double risk = 3.0; ///< − × current risk kinds (失信被执行人, 被执行人, 限制高消费) over the enterprises
    /// How much of an enterprise's money counts for a person: max(share/100, legal rep factor, officer
    /// factor).
    double legalRepFactor = 0.5;
    double officerFactor = 0.2;

    QJsonObject toJson() const;
    /// Reads the keys present (others keep their value); throws QueryError for unknown keys or bad values.
    static Weights fromJson(const QJsonObject& o, const Weights& base);
    static Weights fromJson(const QJsonObject& o);
};

struct QueryError : dj::Error
{
    explicit QueryError(const QString& message)
        : dj::Error(message)
        , text(message)
    {
    }
    QString text;
};

struct Query
{
    QStringList origins; ///< 2/4/6-digit region prefixes of today (at least one)
    QStringList targets; ///< region prefixes (OR); empty = nationwide
    /// RoleBit set an enterprise link must intersect. 受益所有人/实际控制人 (kOwnershipRoles) are asked for
    /// explicitly; without them those links and their ultimate shares play no part (registered links only).
    quint16 roles = kRegisteredRoles;
    QStringList industries; ///< section letters or 2–4 digit GB/T 4754 prefixes; empty = all
    double minShare = 0; ///< a link that is only a shareholding counts when share ≥ this (percent)
    std::optional<double> minScore; ///< persons below are left out
    QStringList priorityIndustries; ///< the origin's priority industries (same form as industries)
    Weights weights;
    int limit = 0; ///< persons materialised (ranked first); 0 = all

    /// Checks the codes; throws QueryError naming the bad one.
    void validate() const;
};

struct Attribution
{
    QString source; ///< "birthplace" (身份证号 address code) or "native_place" (籍贯)
    QString code; ///< as stored
    QString resolvedCode; ///< today's code it rests on
    QString level; ///< exact, county, prefecture, province
    bool retired = false;
    QString historicalName; ///< name of a retired code
    bool matches = false; ///< lies under one of the query's origins
};

struct EnterpriseHit
{
    QString uscc, name, status, regionCode, industryCode;
    QStringList roles; ///< titles incl. 股东
    std::optional<double> share; ///< share_pct 0–100 when a registered shareholder
    std::optional<double> ultimateShare; ///< 0–100 through every path, for 受益所有人/实际控制人 links
    double factor = 0; ///< the part of its money counted for the person
    double revenue = 0, tax = 0, capital = 0; ///< the enterprise's own (latest) figures
    QStringList qualifications, risks;
    bool priority = false;
};

struct ScoreParts
{
    double revenue = 0, tax = 0, capital = 0, enterprises = 0, qualifications = 0, priorityFit = 0, risk = 0;
    double total() const
    {
        return revenue + tax + capital + enterprises + qualifications + priorityFit + risk;
    }
};

struct PersonHit
{
    QString personId, name, idMasked;
    int birthYear = 0;
    QString originCode; ///< the matching attribution's today code (birthplace first)
    QString originSource; ///< birthplace or native_place
    QString originLevel; ///< its level
    QList<Attribution> attributions;
    QList<EnterpriseHit>
        enterprises; ///< in the target, matching roles and industries; highest factor × revenue first
    double weightedRevenue = 0, weightedTax = 0, weightedCapital = 0;
    int qualified = 0, priority = 0, riskCount = 0;
    ScoreParts parts;
    double score = 0;
    QStringList registers; ///< registers the person is in
};

struct Result
{
    int totalPersons = 0; ///< all matching persons (before limit)
    QList<PersonHit> persons; ///< ranked by score (ties: more enterprises, then person_id)
};

struct SummaryRow
{
    QString key; ///< region code or industry section
    QString name;
    int persons = 0, enterprises = 0;
    double revenue = 0, tax = 0;
};

struct Summary
{
    QString direction; ///< "origin" or "target"
    QString code;
    int persons = 0, enterprises = 0;
    double revenue = 0, tax = 0;
    QList<SummaryRow> byProvince, byCity, bySection;
};

/// Ranking and aggregates over a HometownData snapshot (pure computation, any thread).
class HometownEngine
{
    Q_DECLARE_TR_FUNCTIONS(HometownEngine)
public:
    static Result run(const HometownData& data, const Query& query);
    /// Where an origin's entrepreneurs are (target provinces and cities, industries), money of their
    /// (distinct) enterprises; with byTarget, one target's entrepreneurs by origin province and city.
    static Summary summarizeOrigin(const HometownData& data, const QString& origin);
    static Summary summarizeTarget(const HometownData& data, const QString& target);
    /// Sets each hit's registers from the cache's members table (one lookup per hit). Needed with a persisted
    /// snapshot, which carries no memberships (they change with every register edit).
    static void attachRegisters(Result& result, const store::Database& db);
};

QJsonObject toJson(const PersonHit& p);
QJsonObject toJson(const Summary& s);

} // namespace dj::hometown
