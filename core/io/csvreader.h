#pragma once

#include "core/io/rowsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <memory>
#include <string>
#include <vector>

namespace dj::io {

/// Streaming RFC 4180 reader: quoted fields, doubled quotes, embedded newlines, CRLF or LF, a UTF-8 BOM.
///
/// The encoding is decided once per file, on strong evidence, when it is opened (detectEncoding): a byte
/// order mark (UTF-8, UTF-16 LE/BE), else the lines of the whole file are counted: UTF-8 wins when its
/// lines with non-ASCII text outnumber the lines that are not valid UTF-8, otherwise GB18030 (a superset
/// of GBK and GB2312). The records that do not fit the decision are not guessed at but reported with a
/// recordError() (and not imported): invalid UTF-8 in a UTF-8 file, bytes GB18030 cannot decode or text
/// that reads as UTF-8 in a GB18030 file, a NUL character. UTF-16 is converted to UTF-8 while reading.
/// Only regular files are read (not devices, pipes or sockets); a record longer than kMaxRecordBytes is
/// refused with an IoError.
class CsvReader : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    /// Opens the file; throws IoError when it cannot be read.
    explicit CsvReader(const QString& path);
    ~CsvReader() override;

    bool next(QStringList& fields) override;
    qint64 line() const override { return m_recordLine; }
    QString recordError() const override { return m_recordError; }
    qint64 position() const override;
    qint64 size() const override { return m_size; }
    QString encoding() const override { return m_encoding; }

    /// Reads the next record without decoding it; false at the end. The fields are then fieldCount()
    /// and field(i): raw bytes in the file's encoding (UTF-8 when isUtf8()), quotes resolved, valid until
    /// the next call. next() is this plus decoding.
    bool nextRecord();
    qsizetype fieldCount() const { return qsizetype(m_ends.size()); }
    QByteArrayView field(qsizetype i) const
    {
        const qsizetype begin = i ? m_ends[size_t(i - 1)] : 0;
        return QByteArrayView(m_record.data() + begin, m_ends[size_t(i)] - begin);
    }
    bool isUtf8() const { return !m_decoder; }

    /// A record (all its fields) longer than this is refused: no table holds such a cell, but a file with
    /// an unclosed quote (or one that is no CSV at all) would otherwise be read into memory whole.
    static constexpr qsizetype kMaxRecordBytes = 64 << 20;

    /// "UTF-8", "GB18030", "UTF-16LE" or "UTF-16BE" (see the class comment). Throws IoError for a file
    /// that cannot be read, is not a regular file, or looks like UTF-16 without a byte order mark.
    static QString detectEncoding(const QString& path);

private:
    bool fill();
    bool readRecord();
    void checkRecord();

    QFile m_file;
    QString m_encoding;
    std::unique_ptr<QStringDecoder> m_decoder; // GB18030 only
    std::unique_ptr<QStringDecoder> m_utf16; // UTF-16 files: converted to UTF-8 in fill()
    bool m_utf16Error = false; // the UTF-16 decoder met invalid text: refuse records holding U+FFFD
    bool m_checkUtf8 = false; // the file holds lines that are not UTF-8: check each record
    bool m_flagUtf8 = false; // GB18030 file that also holds UTF-8 lines: refuse records that read as UTF-8
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_consumed = 0;
    qint64 m_size = 0;
    qint64 m_physLine = 1;
    qint64 m_recordLine = 0;
    QString m_recordError;
    std::string m_record; // the fields of the current record, back to back
    std::vector<qsizetype> m_ends; // end offset of each field in m_record
};

} // namespace dj::io
