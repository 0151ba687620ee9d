#pragma once

#include "ui/search/evaluationscore.h"
#include "ui/search/profiledata.h"

#include <QFrame>

class QLabel;

namespace dj::ui {

class FlowLayout;

/// The card above the profile's tabs, read at a glance: name and status, code, legal representative,
/// region and industry; the key figures of the latest financial year (revenue, tax, profit, staff, 万元);
/// qualification tags and current-risk tags; the evaluation score and grade.
class ProfileHeaderCard : public QFrame
{
    Q_OBJECT
public:
    explicit ProfileHeaderCard(QWidget* parent = nullptr);

    void setProfile(const ProfileData& profile, const EvaluationScore& score);

    /// For tests: the texts shown.
    QString statusText() const;
    QString figuresText() const;
    QStringList qualificationTags() const { return m_qualTags; }
    QStringList riskTags() const { return m_riskTags; }
    QString scoreText() const;
    /// The latest year with financial data (0 when none).
    int latestYear() const { return m_latestYear; }

private:
    QLabel* m_name = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_score = nullptr;
    QWidget* m_tags = nullptr;
    FlowLayout* m_tagLayout = nullptr;
    QStringList m_qualTags;
    QStringList m_riskTags;
    int m_latestYear = 0;
};

} // namespace dj::ui
