#include "core/common/csv.h"

namespace dj {

void Csv::appendField(QByteArray& out, QByteArrayView utf8)
{
    bool quote = false;
    for (char c : utf8)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

QByteArray Csv::field(QByteArrayView utf8)
{
    QByteArray out;
    appendField(out, utf8);
    return out;
}

QString Csv::field(const QString& value)
{
    return QString::fromUtf8(field(QByteArrayView(value.toUtf8())));
}

QByteArray Csv::line(const QStringList& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        appendField(out, fields[i].toUtf8());
    }
    out += "\r\n";
    return out;
}

} // namespace dj
