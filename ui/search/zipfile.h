#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

namespace dj::ui {

/// Minimal ZIP writing and reading (deflate via zlib) for XLSX workbooks.
///
/// Why not QuaZip or libxlsxwriter: both bring a minizip whose exported symbols (zipOpen3, …) collide
/// on Linux, so a process that links both crashes inside workbook_close(). This small code has no such
/// symbols and streams, so memory stays flat for big exports.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)
public:
    /// Writes to device (opened for writing, sequential is fine).
    explicit ZipWriter(QIODevice* device);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    /// Starts an entry; data follows through write() until the next begin() or finish().
    void begin(const QString& name);
    void write(const QByteArray& data);
    void addFile(const QString& name, const QByteArray& data)
    {
        begin(name);
        write(data);
    }
    /// Writes the central directory. Throws std::runtime_error on a device error.
    void finish();

private:
    void endEntry();
    void put(const QByteArray& bytes);
    struct Impl;
    Impl* d;
};

/// Reads entries of a ZIP archive held in memory (XLSX parts are small enough; a list to look up is).
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)
public:
    /// Throws std::runtime_error when the bytes are not a ZIP archive.
    explicit ZipReader(QByteArray archive);
    QStringList names() const;
    bool contains(const QString& name) const;
    /// The entry's uncompressed bytes; empty when absent. Throws std::runtime_error when damaged.
    QByteArray read(const QString& name) const;

private:
    struct Entry
    {
        QString name;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    QByteArray m_data;
    QList<Entry> m_entries;
};

} // namespace dj::ui
