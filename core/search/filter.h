#pragma once

#include "core/search/filtererror.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace dj::search {

/// An inclusive numeric range of cli.md (`{"min":x,"max":y}` plus `"year":Y` for revenue and tax).
/// An enterprise without a value fails a range that has a min or a max.
struct Range
{
    std::optional<double> min;
    std::optional<double> max;
    std::optional<int> year; ///< revenue/tax only: read this year instead of the latest year with a value

    bool isActive() const { return min.has_value() || max.has_value(); }
    bool operator==(const Range&) const = default;
};

/// The search filter of cli.md ("Filter file"). Every member is optional; absent = no condition; the
/// conditions combine with AND. The JSON form (fromJson/toJson) is the contract shared by the CLI, saved
/// searches (saved_searches.filter) and the panel.
///
/// Semantics (exactly cli.md):
/// - regions: GB/T 2260 prefixes (2, 4 or 6 digits) of region_code; OR within the list.
/// - industries / excludeIndustries: section letters ("C") or 2–4 digit GB/T 4754 prefixes ("39", "392");
///   OR within the list; an enterprise matching any excluded entry is dropped.
/// - statuses: 登记状态 values; "在营" stands for 存续 and 在业.
/// - establishedFrom/To: inclusive; an enterprise without a date fails when either is set.
/// - registeredCapital, revenue, tax, insuredCount: inclusive ranges; revenue and tax read the latest year
///   with a value of that field unless Range::year is given.
/// - taxGrowthYears N, taxGrowthMinRate r: with L the latest year having tax, for k in 0..N-1:
///   tax(L−k) ≥ (1+r)·tax(L−k−1) and tax(L−k−1) > 0 (a missing year fails).
/// - financing: true = at least one financing row; false = no financing row.
/// - licensesAny: at least one *current* licence (valid_to empty or ≥ today) of one of these kinds.
/// - qualificationsAny: at least one qualification row of one of these kinds.
/// - risksNone: no row with status 有效 of any of these kinds.
/// - text: Chinese (exact) substring of name, any former name or scope; or, when the text is Latin letters
///   only (spaces and apostrophes ignored, case-insensitive), a pinyin match on the name: a run of
///   consecutive characters whose readings (any reading of a polyphone) spell the text, each character
///   contributing its full syllable or its initial letter, the last one possibly a syllable prefix
///   (`hwjs`, `huaweijishu`, `huaweij` → 华为技术…; `cq` and `zq` → 重庆…).
struct Filter
{
    QStringList regions;
    QStringList industries;
    QStringList excludeIndustries;
    QStringList statuses;
    std::optional<QDate> establishedFrom;
    std::optional<QDate> establishedTo;
    Range registeredCapital;
    Range revenue;
    Range tax;
    Range insuredCount;
    std::optional<int> taxGrowthYears; ///< N ≥ 1
    double taxGrowthMinRate = 0; ///< r, e.g. 0.2 for 20 %
    std::optional<bool> financing;
    QStringList licensesAny;
    QStringList qualificationsAny;
    QStringList risksNone;
    QString text;

    /// Parses a filter file. Throws FilterError naming the key and what was expected for invalid JSON,
    /// an unknown key, or a value of the wrong type or range. Never returns a partially applied filter.
    static Filter fromJson(const QByteArray& json);
    /// Same for an already parsed object (saved searches, the panel).
    static Filter fromJsonObject(const QJsonObject& object);
    /// The JSON form; fromJsonObject(toJson()) == *this. Absent conditions are omitted.
    QJsonObject toJson() const;

    /// True when no condition is set (matches every enterprise).
    bool isEmpty() const;

    bool operator==(const Filter&) const = default;
};

} // namespace dj::search
