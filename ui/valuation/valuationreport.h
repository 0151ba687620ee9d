#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dj::ui {

class ValuationCalculator;

/// The valuation report as a Chinese PDF: the asset, purpose and value type, the assumptions and the
/// parameter sources (what 中评协《数据资产评估指导意见》 and 财会〔2023〕11号 disclosure ask for), each
/// approach, the conclusion with its reasons, the uncertainty analyses and — separately — the book tables.
class ValuationReport
{
    Q_DECLARE_TR_FUNCTIONS(ValuationReport)
public:
    /// The report as HTML (also what the PDF is printed from).
    static QString html(const QJsonObject& document, const QJsonObject& results);
    /// Writes the PDF; false when the file cannot be written.
    static bool writePdf(const QString& path, const QJsonObject& document, const QJsonObject& results);
};

} // namespace dj::ui
