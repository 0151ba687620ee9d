#pragma once

#include "core/common/progress.h"
#include "core/regional/regionalengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QString>

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
    /// The brief as HTML; images referenced as "img://tilegrid" and "img://sankey".
    static QString briefHtml(const Tables& tables, const QString& dataSource);
    /// Writes the brief (A4) with its images. Throws dj::Error.
    static void writePdf(const QString& path, const QString& html, const QHash<QString, QImage>& images);
};

} // namespace dj::ui
