#pragma once

#include "ui/common/reportwriter.h"
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
    /// The report's blocks (the shared ReportWriter); chart may be null (no image).
    static ReportWriter build(const ProfileData& profile, const EvaluationScore& score, const QImage& chart);
    /// The report as HTML, without the chart.
    static QString html(const ProfileData& profile, const EvaluationScore& score);
    /// Writes the PDF (A4, page numbers). chart may be null (no image). Safe off the GUI thread (no widgets,
    /// no QtCharts: the chart arrives as an image). Written completely or not at all; throws dj::Error
    /// with a message for the user.
    static void writePdf(
        const QString& path, const ProfileData& profile, const EvaluationScore& score, const QImage& chart);
};

} // namespace dj::ui
