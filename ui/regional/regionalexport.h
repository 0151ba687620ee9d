#pragma once

#include "core/common/progress.h"
#include "core/regional/regionalengine.h"
#include "ui/common/reportwriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <utility>

namespace dj::ui {

/// The regional views' exports: the tables as an XLSX workbook and the brief (区域经济简报) as a Chinese PDF.
/// Both are safe off the GUI thread and write their file completely or not at all.
class RegionalExport
{
    Q_DECLARE_TR_FUNCTIONS(RegionalExport)
public:
    struct Tables
    {
        regional::FlowMatrix matrix;
        regional::IndexTable indices;
        regional::Ranking ranking;
        regional::Comparison comparison;
    };
    /// Sheets: flows (one row per cell), matrix (capital), indices (terms and values), ranking, comparison.
    /// Throws dj::Error with a message for the user, dj::Cancelled.
    static void writeXlsx(const QString& path, const Tables& tables, const Progress& progress = {});
    /// Holdings by enterprises across regional borders and their subscribed capital (yuan).
    static std::pair<qint64, double> crossBorder(const regional::FlowMatrix& matrix);
    /// The brief (区域经济简报), laid out by the shared ReportWriter with the Sankey and tile-grid pictures
    /// (drawn by the caller on the GUI thread). Safe off the GUI thread, and so is its writePdf (throws
    /// dj::Error; the file appears only when complete).
    static ReportWriter brief(const Tables& tables, const QString& dataSource, const QImage& sankey = {},
        const QImage& tileGrid = {});
};

} // namespace dj::ui
