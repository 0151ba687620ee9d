#pragma once

#include "ui/search/profiledata.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace dj::ui {

/// The explainable score of the evaluation report (评价报告). Each component has a maximum and gets
/// points by documented thresholds, with a sentence saying why; current risks and an inactive status
/// subtract points. The total is clamped to 0–100.
///
/// | component | max | rule |
/// |---|---|---|
/// | age | 15 | ≥10 y 15, ≥5 y 10, ≥3 y 6, ≥1 y 3 |
/// | registered capital | 10 | ≥5,000万 10, ≥1,000万 8, ≥500万 6, ≥100万 4, >0 2 |
/// | revenue scale (latest) | 20 | ≥5亿 20, ≥1亿 16, ≥5,000万 12, ≥1,000万 8, ≥100万 4 |
/// | revenue growth (CAGR over up to 3 years) | 15 | ≥30 % 15, ≥15 % 11, ≥5 % 7, ≥0 4 |
/// | tax growth (consecutive years ≥ 20 %) | 15 | 2+ years 15, 1 year 8, latest year grew 4 |
/// | qualifications | 10 | 3 per kind, +2 for 高新/专精特新/小巨人, capped |
/// | intellectual property | 10 | 2 per invention patent, 0.5 per other item, capped |
/// | financing | 5 | at least one round 5 |
/// | current risks | −40 | −10 each for 严重违法失信, 失信被执行人, 限制高消费, 税收违法, 欠税公告; −3 each
/// other | | status | −30 | not 存续/在业 |
struct EvaluationScore
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationScore)
public:
    struct Item
    {
        QString component;
        double points = 0;
        double max = 0; ///< 0 for penalties
        QString reason;
    };
    QList<Item> items;
    double total = 0;
    QString grade; ///< A (≥80), B (≥65), C (≥50), D

    static EvaluationScore evaluate(const ProfileData& profile, QDate today = QDate::currentDate());
    static QString gradeText(const QString& grade);
};

} // namespace dj::ui
