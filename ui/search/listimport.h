#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dj::ui {

/// Reads the list of a batch lookup from a file: the lines of a .txt, the first column of a .csv
/// (UTF-8 or GB18030, as Excel on Chinese Windows writes it) or of the first sheet of an .xlsx.
/// A header row ("名称", "企业名称", "统一社会信用代码", "name", "uscc") is skipped.
class ListImport
{
    Q_DECLARE_TR_FUNCTIONS(ListImport)
public:
    /// Throws dj::Error with a message for the user when the file cannot be read.
    static QStringList readFirstColumn(const QString& path);
    /// Decodes bytes as UTF-8 (with or without BOM) or, when that fails, as GB18030.
    static QString decodeText(const QByteArray& bytes);
    /// The first field of one CSV line (quotes and doubled quotes handled).
    static QString firstCsvField(const QString& line);
    static bool isHeader(const QString& cell);
};

} // namespace dj::ui
