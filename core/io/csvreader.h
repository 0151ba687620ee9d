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
/// The encoding is detected when the file is opened: valid UTF-8 (checked over the whole file, in
/// chunks) is read as UTF-8, anything else as GB18030 (a superset of GBK and GB2312).
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
    qint64 position() const override { return m_consumed; }
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

    /// "UTF-8" when the whole file is valid UTF-8, otherwise "GB18030". Throws IoError.
    static QString detectEncoding(const QString& path);

private:
    bool fill();

    QFile m_file;
    QString m_encoding;
    std::unique_ptr<QStringDecoder> m_decoder; // GB18030 only
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
