#pragma once

#include "core/io/rowsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <memory>
#include <string>

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

    /// "UTF-8" when the whole file is valid UTF-8, otherwise "GB18030". Throws IoError.
    static QString detectEncoding(const QString& path);

private:
    bool fill();
    QString decode(const std::string& bytes);

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
    std::string m_field;
};

} // namespace dj::io
