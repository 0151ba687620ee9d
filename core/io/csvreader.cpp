#include "core/io/csvreader.h"

#include "core/io/ioerror.h"

#include <QFileInfo>
#include <cstring>

namespace dj::io {

namespace {

constexpr qint64 kChunk = 1 << 20;

// Strict UTF-8 check over a stream of chunks: `need` continuation bytes are carried between calls.
struct Utf8Validator
{
    int need = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the next continuation byte
    bool ok = true;

    void feed(const unsigned char* p, qint64 n)
    {
        for (qint64 i = 0; i < n && ok; ++i) {
            if (!need) {
                // Runs of ASCII (digits, commas, codes: much of a bundle) eight bytes at a time.
                while (i + 8 <= n) {
                    quint64 word;
                    std::memcpy(&word, p + i, 8);
                    if (word & 0x8080808080808080ULL)
                        break;
                    i += 8;
                }
                if (i >= n)
                    break;
            }
            step(p[i]);
        }
    }

    void step(unsigned char c)
    {
        if (need) {
            if (c < lo || c > hi) {
                ok = false;
                need = 0;
                return;
            }
            lo = 0x80;
            hi = 0xBF;
            --need;
            return;
        }
        if (c < 0x80)
            return;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;
        } else {
            ok = false;
        }
    }
    bool complete() const { return ok && need == 0; }
};

bool validUtf8(const char* p, qsizetype n)
{
    Utf8Validator v;
    v.feed(reinterpret_cast<const unsigned char*>(p), n);
    return v.complete();
}

// Counts, line by line, the lines with non-ASCII text that are valid UTF-8 and the lines that are not.
struct LineCensus
{
    qint64 utf8Lines = 0;
    qint64 badLines = 0;
    qint64 nulBytes = 0;
    qint64 bytes = 0;
    Utf8Validator line;
    bool nonAscii = false;
    bool pending = false; // bytes of an unfinished line

    void endLine()
    {
        if (!line.complete())
            ++badLines;
        else if (nonAscii)
            ++utf8Lines;
        line = Utf8Validator();
        nonAscii = false;
        pending = false;
    }

    void feed(const unsigned char* p, qint64 n)
    {
        bytes += n;
        constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        for (qint64 i = 0; i < n; ++i) {
            if (!line.need) {
                // Eight bytes at a time while they are ASCII, not NUL and not a newline.
                while (i + 8 <= n) {
                    quint64 w;
                    std::memcpy(&w, p + i, 8);
                    const quint64 nl = w ^ (ones * '\n');
                    if ((w & highs) || ((w - ones) & ~w & highs) || ((nl - ones) & ~nl & highs))
                        break;
                    pending = true;
                    i += 8;
                }
                if (i >= n)
                    break;
            }
            const unsigned char c = p[i];
            if (c == '\n') {
                endLine();
                continue;
            }
            pending = true;
            if (c == 0)
                ++nulBytes;
            if (c >= 0x80)
                nonAscii = true;
            if (line.ok)
                line.step(c);
        }
    }
    void finish()
    {
        if (pending)
            endLine();
    }
};

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

struct Detected
{
    QString encoding;
    bool mixed = false; // lines of the other kind exist (UTF-8 file with bad lines, GB file with UTF-8 lines)
};

Detected detect(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        throw IoError(CsvReader::tr("%1 is not a regular file (a folder, device or pipe); only files are "
                                    "imported.")
                          .arg(fileName(path)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw IoError(CsvReader::tr("Cannot read %1: %2").arg(fileName(path), f.errorString()));
    if (f.isSequential())
        throw IoError(CsvReader::tr("%1 is not a regular file (a folder, device or pipe); only files are "
                                    "imported.")
                          .arg(fileName(path)));
    const QByteArray head = f.peek(4);
    if (head.startsWith("\xFF\xFE"))
        return { QStringLiteral("UTF-16LE"), false };
    if (head.startsWith("\xFE\xFF"))
        return { QStringLiteral("UTF-16BE"), false };
    const bool utf8Bom = head.startsWith("\xEF\xBB\xBF");
    LineCensus census;
    QByteArray chunk;
    for (;;) {
        chunk = f.read(kChunk);
        if (chunk.isEmpty())
            break;
        census.feed(reinterpret_cast<const unsigned char*>(chunk.constData()), chunk.size());
    }
    if (f.error() != QFileDevice::NoError)
        throw IoError(CsvReader::tr("Cannot read %1: %2").arg(fileName(path), f.errorString()));
    census.finish();
    // Text tables hold no NUL bytes; many of them mean UTF-16 without a byte order mark (or no text at all).
    if (census.nulBytes > 0 && census.nulBytes * 8 > census.bytes)
        throw IoError(CsvReader::tr("%1 is not a text table in UTF-8 or GB18030 (it is mostly NUL bytes: "
                                    "UTF-16 without a byte order mark?). Save it as CSV UTF-8.")
                          .arg(fileName(path)));
    // Valid multi-byte UTF-8 is strong evidence (GBK text almost never is by accident), while one stray
    // byte makes a UTF-8 line invalid: UTF-8 also wins a tie.
    if (utf8Bom || census.badLines == 0 || census.utf8Lines >= census.badLines)
        return { QStringLiteral("UTF-8"), census.badLines > 0 };
    return { QStringLiteral("GB18030"), census.utf8Lines > 0 };
}

} // namespace

QString CsvReader::detectEncoding(const QString& path)
{
    return detect(path).encoding;
}

CsvReader::CsvReader(const QString& path)
    : m_file(path)
{
    const Detected d = detect(path);
    m_encoding = d.encoding;
    if (!m_file.open(QIODevice::ReadOnly))
        throw IoError(tr("Cannot read %1: %2").arg(fileName(path), m_file.errorString()));
    m_size = m_file.size();
    if (m_encoding == u"GB18030") {
        m_decoder = std::make_unique<QStringDecoder>("GB18030");
        if (!m_decoder->isValid())
            throw IoError(tr("%1 is not UTF-8, and this system cannot decode GB18030.").arg(fileName(path)));
        m_flagUtf8 = d.mixed;
    } else if (m_encoding.startsWith(u"UTF-16")) {
        m_utf16 = std::make_unique<QStringDecoder>(
            m_encoding == u"UTF-16LE" ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    } else {
        m_checkUtf8 = d.mixed;
    }
    fill();
    if (m_buf.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_consumed = 3;
    }
}

CsvReader::~CsvReader() = default;

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray more = m_file.read(kChunk);
    if (m_file.error() != QFileDevice::NoError)
        throw IoError(tr("Cannot read %1: %2").arg(fileName(m_file.fileName()), m_file.errorString()));
    if (more.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_utf16) {
        // Converted to UTF-8 here (the decoder keeps a character split between chunks); the record
        // parser below only ever sees UTF-8.
        const QString text = m_utf16->decode(more);
        m_utf16Error = m_utf16Error || m_utf16->hasError();
        m_buf.append(text.toUtf8());
        return true;
    }
    m_buf.append(more);
    return true;
}

qint64 CsvReader::position() const
{
    // UTF-16: bytes of the file read so far (the buffer holds converted text).
    return m_utf16 ? m_file.pos() : m_consumed;
}

void CsvReader::checkRecord()
{
    if (!m_recordError.isEmpty())
        return;
    if (m_record.find('\0') != std::string::npos) {
        m_recordError = tr("the row holds a NUL character; it was not imported");
        return;
    }
    if (m_checkUtf8 && !validUtf8(m_record.data(), qsizetype(m_record.size()))) {
        m_recordError = tr("the row is not valid UTF-8 text (the rest of the file is); it was not imported");
        return;
    }
    if (m_utf16Error && m_record.find("\xEF\xBF\xBD") != std::string::npos) {
        m_recordError = tr("the row is not valid UTF-16 text; it was not imported");
        return;
    }
    if (m_flagUtf8) {
        bool nonAscii = false;
        for (char c : m_record)
            if (uchar(c) >= 0x80) {
                nonAscii = true;
                break;
            }
        if (nonAscii && validUtf8(m_record.data(), qsizetype(m_record.size())))
            m_recordError = tr("the row is UTF-8 text in a file that is otherwise GB18030; it was not "
                               "imported (save the whole file in one encoding)");
    }
}

bool CsvReader::next(QStringList& fields)
{
    fields.clear();
    if (!nextRecord())
        return false;
    const qsizetype n = fieldCount();
    fields.reserve(n);
    bool badBytes = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArrayView f = field(i);
        if (m_decoder) {
            m_decoder->resetState(); // nothing carries over from one field into the next
            fields.append(m_decoder->decode(f));
            // Bytes GB18030 cannot map come out as U+FFFD (the ICU-backed decoder may not count them).
            badBytes
                = badBytes || m_decoder->hasError() || fields.last().contains(QChar::ReplacementCharacter);
        } else {
            fields.append(QString::fromUtf8(f));
        }
    }
    if (badBytes && m_recordError.isEmpty())
        m_recordError = tr("the row holds bytes that are not %1 text; it was not imported").arg(m_encoding);
    return true;
}

bool CsvReader::nextRecord()
{
    if (!readRecord())
        return false;
    checkRecord();
    return true;
}

bool CsvReader::readRecord()
{
    m_record.clear();
    m_ends.clear();
    m_recordError.clear();
    if (m_pos >= m_buf.size() && !fill())
        return false;
    m_recordLine = m_physLine;
    qsizetype fieldStart = 0; // offset of the current field in m_record
    bool inQuotes = false;
    bool quoted = false;
    auto consume = [this](qsizetype n) {
        m_pos += n;
        m_consumed += n;
    };
    auto endField = [this]() { m_ends.push_back(qsizetype(m_record.size())); };
    for (;;) {
        if (qsizetype(m_record.size()) > kMaxRecordBytes)
            throw IoError(tr("%1: the row at line %2 is longer than %3 MB; this is not a table (a quote "
                             "that is never closed?).")
                              .arg(fileName(m_file.fileName()))
                              .arg(m_recordLine)
                              .arg(kMaxRecordBytes >> 20));
        if (m_pos >= m_buf.size() && !fill()) {
            // End of file ends the record (a last line without a newline).
            if (inQuotes)
                m_recordError = tr("a quoted field is not closed before the end of the file");
            endField();
            return true;
        }
        const char* data = m_buf.constData();
        const qsizetype end = m_buf.size();
        if (inQuotes) {
            qsizetype i = m_pos;
            while (i < end && data[i] != '"') {
                if (data[i] == '\n')
                    ++m_physLine;
                ++i;
            }
            m_record.append(data + m_pos, size_t(i - m_pos));
            consume(i - m_pos);
            if (i >= end)
                continue;
            // A quote: doubled means a literal quote, single closes the field. Need one byte of lookahead.
            if (m_pos + 1 >= m_buf.size()) {
                if (fill())
                    continue; // buffer compacted: m_pos now 0 at the quote
                consume(1);
                inQuotes = false;
                continue;
            }
            if (m_buf.at(m_pos + 1) == '"') {
                m_record.push_back('"');
                consume(2);
            } else {
                consume(1);
                inQuotes = false;
            }
            continue;
        }
        qsizetype i = m_pos;
        while (i < end && data[i] != ',' && data[i] != '\n' && data[i] != '\r' && data[i] != '"')
            ++i;
        m_record.append(data + m_pos, size_t(i - m_pos));
        consume(i - m_pos);
        if (i >= end)
            continue;
        const char c = data[i];
        if (c == ',') {
            endField();
            fieldStart = qsizetype(m_record.size());
            quoted = false;
            consume(1);
        } else if (c == '"') {
            consume(1);
            if (qsizetype(m_record.size()) == fieldStart && !quoted) {
                inQuotes = true;
                quoted = true;
            } else {
                m_record.push_back('"'); // a stray quote inside an unquoted field is kept as text
            }
        } else if (c == '\n') {
            consume(1);
            ++m_physLine;
            endField();
            return true;
        } else { // '\r', optionally followed by '\n'
            consume(1);
            if (m_pos >= m_buf.size())
                fill();
            if (m_pos < m_buf.size() && m_buf.at(m_pos) == '\n')
                consume(1);
            ++m_physLine;
            endField();
            return true;
        }
    }
}

} // namespace dj::io
