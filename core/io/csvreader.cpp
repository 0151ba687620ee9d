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
            const unsigned char c = p[i];
            if (need) {
                if (c < lo || c > hi) {
                    ok = false;
                    return;
                }
                lo = 0x80;
                hi = 0xBF;
                --need;
                continue;
            }
            if (c < 0x80)
                continue;
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
    }
};

} // namespace

QString CsvReader::detectEncoding(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw IoError(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), f.errorString()));
    Utf8Validator v;
    QByteArray chunk;
    while (v.ok) {
        chunk = f.read(kChunk);
        if (chunk.isEmpty())
            break;
        v.feed(reinterpret_cast<const unsigned char*>(chunk.constData()), chunk.size());
    }
    if (f.error() != QFileDevice::NoError)
        throw IoError(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), f.errorString()));
    return v.ok && v.need == 0 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
}

CsvReader::CsvReader(const QString& path)
    : m_file(path)
{
    m_encoding = detectEncoding(path);
    if (!m_file.open(QIODevice::ReadOnly))
        throw IoError(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), m_file.errorString()));
    m_size = m_file.size();
    if (m_encoding != QLatin1String("UTF-8")) {
        m_decoder = std::make_unique<QStringDecoder>("GB18030");
        if (!m_decoder->isValid())
            throw IoError(tr("%1 is not UTF-8, and this system cannot decode GB18030.")
                              .arg(QFileInfo(path).fileName()));
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
        throw IoError(
            tr("Cannot read %1: %2").arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString()));
    if (more.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buf.append(more);
    return true;
}

bool CsvReader::next(QStringList& fields)
{
    fields.clear();
    if (!nextRecord())
        return false;
    const qsizetype n = fieldCount();
    fields.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArrayView f = field(i);
        fields.append(m_decoder ? m_decoder->decode(f) : QString::fromUtf8(f));
    }
    return true;
}

bool CsvReader::nextRecord()
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
