#pragma once

#include "core/hometown/hometownengine.h"
#include "ui/common/reportwriter.h"

#include <QCoreApplication>
#include <QString>

class QChart;

namespace dj::ui {

/// The PDF brief for a 恳谈会 (hometown entrepreneurs' meeting): the query, the aggregates, the ranked
/// persons with their score parts and enterprises. ID numbers appear masked only. Laid out by the shared
/// ReportWriter (A4, a CJK font found at run time, page numbers, written atomically).
class HometownBrief
{
    Q_DECLARE_TR_FUNCTIONS(HometownBrief)
public:
    /// The brief, ready for ReportWriter::writePdf (throws dj::Error). With `withChart` (GUI thread only) the
    /// aggregate by city is drawn as a bar chart.
    static ReportWriter build(const QString& originName, const QString& targetName,
        const hometown::Result& result, const hometown::Summary& summary, const hometown::Weights& weights,
        int top = 30, bool withChart = true);
    /// The persons per region of an aggregate as bars (the panel's chart and the brief's). GUI thread.
    static QChart* summaryChart(const QString& title, const QList<hometown::SummaryRow>& rows);
};

} // namespace dj::ui
