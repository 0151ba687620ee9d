#pragma once

#include "ui/common/reportwriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dj::ui {

/// The valuation report as a Chinese PDF: the asset, purpose and value type, the assumptions and the
/// parameter sources (what 中评协《数据资产评估指导意见》 and 财会〔2023〕11号 disclosure ask for), each
/// approach, the conclusion with its reasons, the uncertainty analyses and — separately — the book tables.
class ValuationReport
{
    Q_DECLARE_TR_FUNCTIONS(ValuationReport)
public:
    /// The report, laid out by the shared ReportWriter (A4, CJK font found at run time, page numbers);
    /// ReportWriter::writePdf writes it completely or not at all (throws dj::Error).
    static ReportWriter build(const QJsonObject& document, const QJsonObject& results);
};

} // namespace dj::ui
