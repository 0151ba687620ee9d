#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dj::valuation {

/// Writes a worksheet's inputs and results to an XLSX workbook, one named sheet per part (资产卡片, 质量评价,
/// 收益法, 成本法, 市场法, 结论, 敏感性分析, 龙卷风, 蒙特卡洛, 入表台账, 输入JSON). Numbers stay numbers.
class ValuationExport
{
    Q_DECLARE_TR_FUNCTIONS(ValuationExport)
public:
    /// Throws ValidationError for a refused worksheet and io::IoError when the file cannot be written.
    static void writeXlsx(const QJsonObject& document, const QString& path);
    /// As above with results already computed (ResultJson::evaluate of the same document).
    static void writeXlsx(const QJsonObject& document, const QJsonObject& results, const QString& path);
};

} // namespace dj::valuation
