#pragma once

#include <QString>
#include <QStringList>

namespace dj::io {

/// A table of text cells read one record at a time (a CSV file or one worksheet). Memory stays flat:
/// implementations stream and never hold the whole table.
class RowSource
{
public:
    virtual ~RowSource() = default;
    /// Reads the next record into fields; false at the end. Blank records are returned as they are.
    virtual bool next(QStringList& fields) = 0;
    /// Line (CSV) or row number (worksheet) where the last record starts, 1-based, as a user would find it.
    virtual qint64 line() const = 0;
    /// A problem with the last record's syntax (e.g. an unterminated quote); empty when it is sound.
    virtual QString recordError() const { return {}; }
    /// Bytes consumed and total, for progress.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
    /// Text encoding the source was decoded with ("UTF-8", "GB18030").
    virtual QString encoding() const = 0;
    /// True for worksheets: plain numbers in date columns may be Excel serial dates.
    virtual bool isWorksheet() const { return false; }
};

} // namespace dj::io
