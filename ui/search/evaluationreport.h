#pragma once

#include "ui/search/evaluationscore.h"
#include "ui/search/profiledata.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace dj::ui {

/// The PDF evaluation report (企业评价报告) of one enterprise, in Chinese: summary, financial chart,
/// risks, and the score with each component's points and reason.
class EvaluationReport
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationReport)
public:
    /// The report as HTML (images referenced as "chart://financials").
    static QString html(const ProfileData& profile, const EvaluationScore& score);
    /// Writes the PDF (A4). chart may be null (no image). Safe off the GUI thread (no widgets, no
    /// QtCharts: the chart arrives as an image). Written completely or not at all; throws
    /// std::runtime_error with a message for the user.
    static void writePdf(
        const QString& path, const ProfileData& profile, const EvaluationScore& score, const QImage& chart);
};

} // namespace dj::ui
