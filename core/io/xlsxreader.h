#pragma once

#include "core/io/rowsource.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace dj::io {

/// Reads an Office Open XML workbook (.xlsx) as written by Excel, WPS, LibreOffice or openpyxl: shared
/// and inline strings, numbers, booleans, dates (serial numbers with a date number format, 1900 and
/// 1904 systems) and sparse cells. Worksheets are streamed from the zip, never loaded whole.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    /// Opens the workbook and reads its sheet list, shared strings and styles. Throws IoError.
    explicit XlsxReader(const QString& path);
    ~XlsxReader();
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    QStringList sheetNames() const;
    /// A streaming reader over one sheet (independent of this object's lifetime). Throws IoError.
    std::unique_ptr<RowSource> openSheet(const QString& name) const;

    struct Data;

private:
    std::shared_ptr<const Data> m_data;
};

} // namespace dj::io
