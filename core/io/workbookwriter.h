#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class QuaZip;
class QuaZipFile;

namespace dj::io {

/// Streams an Office Open XML workbook (.xlsx): one sheet after the other, rows in order, inline strings,
/// numbers in their shortest exact text. Memory stays flat in the row count.
///
/// Written with QuaZip rather than libxlsxwriter: both libraries export minizip's zip* symbols, and with
/// the two in one process libxlsxwriter's calls land in QuaZip's copy and crash.
class WorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookWriter)
public:
    static constexpr qint64 kMaxRows = 1048576;

    /// Creates the file (replacing it). Throws IoError.
    explicit WorkbookWriter(const QString& path);
    ~WorkbookWriter();
    WorkbookWriter(const WorkbookWriter&) = delete;
    WorkbookWriter& operator=(const WorkbookWriter&) = delete;

    void beginSheet(const QString& name);
    void beginRow();
    void addText(const QByteArray& utf8); ///< empty text leaves the cell empty
    void addNumber(const QByteArray& canonical);
    /// A YYYY-MM-DD date as a date cell shown yyyy-mm-dd; other text (partial dates) as text.
    void addDate(const QByteArray& iso);
    void endRow();
    void endSheet();
    /// Writes the workbook parts and closes the file. Throws IoError.
    void close();

private:
    void flush(bool force);
    void writeEntry(const QString& name, const QByteArray& bytes);
    QByteArray cellRef() const;

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QStringList m_sheets;
    QByteArray m_buf;
    qint64 m_row = 0;
    int m_col = 0;
};

} // namespace dj::io
