#include "ui/search/zipfile.h"

#include <QDateTime>

#include <zlib.h>

#include <stdexcept>

namespace dj::ui {

namespace {

void le16(QByteArray& b, quint16 v)
{
    b.append(char(v & 0xff));
    b.append(char(v >> 8));
}

void le32(QByteArray& b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}

quint16 rd16(const QByteArray& b, qsizetype at)
{
    return quint16(uchar(b[at])) | quint16(uchar(b[at + 1])) << 8;
}

quint32 rd32(const QByteArray& b, qsizetype at)
{
    return quint32(rd16(b, at)) | quint32(rd16(b, at + 2)) << 16;
}

constexpr quint16 kFlags = 0x0008 | 0x0800; // sizes in a data descriptor; UTF-8 names

} // namespace

struct ZipWriter::Impl
{
    struct Central
    {
        QByteArray name;
        quint32 crc = 0, csize = 0, usize = 0, offset = 0;
    };
    QIODevice* device = nullptr;
    quint32 offset = 0;
    QList<Central> entries;
    bool open = false;
    z_stream z{};
    quint32 crc = 0, csize = 0, usize = 0;
    quint16 dosTime = 0, dosDate = 0;
};

ZipWriter::ZipWriter(QIODevice* device)
    : d(new Impl)
{
    d->device = device;
    const QDateTime now = QDateTime::currentDateTime();
    d->dosTime = quint16((now.time().hour() << 11) | (now.time().minute() << 5) | (now.time().second() / 2));
    d->dosDate = quint16(((now.date().year() - 1980) << 9) | (now.date().month() << 5) | now.date().day());
}

ZipWriter::~ZipWriter()
{
    if (d->open)
        deflateEnd(&d->z);
    delete d;
}

void ZipWriter::put(const QByteArray& bytes)
{
    if (d->device->write(bytes) != bytes.size())
        throw std::runtime_error(tr("Cannot write the file: %1").arg(d->device->errorString()).toStdString());
    d->offset += quint32(bytes.size());
}

void ZipWriter::begin(const QString& name)
{
    if (d->open)
        endEntry();
    Impl::Central c;
    c.name = name.toUtf8();
    c.offset = d->offset;
    QByteArray h;
    le32(h, 0x04034b50);
    le16(h, 20);
    le16(h, kFlags);
    le16(h, 8);
    le16(h, d->dosTime);
    le16(h, d->dosDate);
    le32(h, 0);
    le32(h, 0);
    le32(h, 0);
    le16(h, quint16(c.name.size()));
    le16(h, 0);
    h += c.name;
    put(h);
    d->entries << c;
    d->z = z_stream{};
    if (deflateInit2(&d->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error(tr("Cannot compress the file.").toStdString());
    d->open = true;
    d->crc = quint32(crc32(0, nullptr, 0));
    d->csize = d->usize = 0;
}

void ZipWriter::write(const QByteArray& data)
{
    if (!d->open || data.isEmpty())
        return;
    d->crc = quint32(crc32(d->crc, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    d->usize += quint32(data.size());
    d->z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    d->z.avail_in = uInt(data.size());
    char buf[65536];
    do {
        d->z.next_out = reinterpret_cast<Bytef*>(buf);
        d->z.avail_out = sizeof buf;
        deflate(&d->z, Z_NO_FLUSH);
        const auto n = qsizetype(sizeof buf - d->z.avail_out);
        if (n > 0) {
            put(QByteArray(buf, n));
            d->csize += quint32(n);
        }
    } while (d->z.avail_out == 0);
}

void ZipWriter::endEntry()
{
    char buf[65536];
    int rc = Z_OK;
    d->z.next_in = nullptr;
    d->z.avail_in = 0;
    do {
        d->z.next_out = reinterpret_cast<Bytef*>(buf);
        d->z.avail_out = sizeof buf;
        rc = deflate(&d->z, Z_FINISH);
        const auto n = qsizetype(sizeof buf - d->z.avail_out);
        if (n > 0) {
            put(QByteArray(buf, n));
            d->csize += quint32(n);
        }
    } while (rc == Z_OK);
    deflateEnd(&d->z);
    d->open = false;
    QByteArray dd;
    le32(dd, 0x08074b50);
    le32(dd, d->crc);
    le32(dd, d->csize);
    le32(dd, d->usize);
    put(dd);
    auto& c = d->entries.last();
    c.crc = d->crc;
    c.csize = d->csize;
    c.usize = d->usize;
}

void ZipWriter::finish()
{
    if (d->open)
        endEntry();
    const quint32 cdStart = d->offset;
    QByteArray cd;
    for (const auto& c : std::as_const(d->entries)) {
        le32(cd, 0x02014b50);
        le16(cd, 20);
        le16(cd, 20);
        le16(cd, kFlags);
        le16(cd, 8);
        le16(cd, d->dosTime);
        le16(cd, d->dosDate);
        le32(cd, c.crc);
        le32(cd, c.csize);
        le32(cd, c.usize);
        le16(cd, quint16(c.name.size()));
        le16(cd, 0);
        le16(cd, 0);
        le16(cd, 0);
        le16(cd, 0);
        le32(cd, 0);
        le32(cd, c.offset);
        cd += c.name;
    }
    put(cd);
    QByteArray end;
    le32(end, 0x06054b50);
    le16(end, 0);
    le16(end, 0);
    le16(end, quint16(d->entries.size()));
    le16(end, quint16(d->entries.size()));
    le32(end, quint32(cd.size()));
    le32(end, cdStart);
    le16(end, 0);
    put(end);
}

ZipReader::ZipReader(QByteArray archive)
    : m_data(std::move(archive))
{
    auto bad = [] { return std::runtime_error(tr("The file is not a ZIP archive (XLSX).").toStdString()); };
    if (m_data.size() < 22)
        throw bad();
    qsizetype eocd = -1;
    for (qsizetype i = m_data.size() - 22; i >= 0 && i >= m_data.size() - 22 - 65535; --i)
        if (rd32(m_data, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        throw bad();
    const quint16 count = rd16(m_data, eocd + 10);
    qsizetype at = rd32(m_data, eocd + 16);
    for (int i = 0; i < count; ++i) {
        if (at + 46 > m_data.size() || rd32(m_data, at) != 0x02014b50)
            throw bad();
        Entry e;
        e.method = rd16(m_data, at + 10);
        e.crc = rd32(m_data, at + 16);
        e.compressedSize = rd32(m_data, at + 20);
        e.size = rd32(m_data, at + 24);
        const quint16 nameLen = rd16(m_data, at + 28), extraLen = rd16(m_data, at + 30), commentLen = rd16(m_data, at + 32);
        e.offset = rd32(m_data, at + 42);
        if (at + 46 + nameLen > m_data.size())
            throw bad();
        e.name = QString::fromUtf8(m_data.mid(at + 46, nameLen));
        m_entries << e;
        at += 46 + nameLen + extraLen + commentLen;
    }
}

QStringList ZipReader::names() const
{
    QStringList out;
    for (const Entry& e : m_entries)
        out << e.name;
    return out;
}

bool ZipReader::contains(const QString& name) const { return names().contains(name, Qt::CaseInsensitive); }

QByteArray ZipReader::read(const QString& name) const
{
    auto damaged = [] { return std::runtime_error(tr("The ZIP archive (XLSX) is damaged.").toStdString()); };
    for (const Entry& e : m_entries) {
        if (e.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype h = e.offset;
        if (h + 30 > m_data.size() || rd32(m_data, h) != 0x04034b50)
            throw damaged();
        const qsizetype start = h + 30 + rd16(m_data, h + 26) + rd16(m_data, h + 28);
        if (start + qsizetype(e.compressedSize) > m_data.size())
            throw damaged();
        const QByteArray raw = m_data.mid(start, e.compressedSize);
        if (e.size == 0)
            return {};
        if (e.method == 0)
            return raw;
        if (e.method != 8)
            throw damaged();
        QByteArray out(qsizetype(e.size), Qt::Uninitialized);
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            throw damaged();
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.constData()));
        z.avail_in = uInt(raw.size());
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = uInt(out.size());
        const int rc = inflate(&z, Z_FINISH);
        inflateEnd(&z);
        if (rc != Z_STREAM_END || z.total_out != e.size)
            throw damaged();
        if (quint32(crc32(0, reinterpret_cast<const Bytef*>(out.constData()), uInt(out.size()))) != e.crc)
            throw damaged();
        return out;
    }
    return {};
}

} // namespace dj::ui
