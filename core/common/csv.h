#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace dj {

/// The one CSV quoter (RFC 4180): a field with a comma, quote, CR or LF is quoted and its quotes doubled.
///
///     Csv::field(u"a,b"_s)                 // "\"a,b\""
///     Csv::line({ a, b, c })               // UTF-8 bytes "a,b,c\r\n"
///     Csv::appendField(buffer, utf8Bytes)  // the fast path of the bundle exporter
class Csv
{
public:
    static QString field(const QString& value);
    /// Appends one UTF-8 field to out, quoted as needed (no separator).
    static void appendField(QByteArray& out, QByteArrayView utf8);
    static QByteArray field(QByteArrayView utf8);
    /// UTF-8 bytes of one record, fields quoted as needed, ending in CRLF.
    static QByteArray line(const QStringList& fields);
    /// The UTF-8 byte-order mark Excel on Chinese Windows needs to read a CSV as UTF-8.
    static QByteArray utf8Bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace dj
