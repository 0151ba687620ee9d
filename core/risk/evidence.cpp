#include "core/risk/evidence.h"

#include "core/common/money.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <cmath>

namespace dj::risk {

using namespace Qt::StringLiterals;

bool Evidence::isMoney(const QString& key)
{
    return key == u"amount" || key == u"revenue" || key == u"tax" || key == u"expected";
}

QString Evidence::columnTitle(const QString& key)
{
    static const QHash<QString, const char*> titles {
        { u"kind"_s, QT_TR_NOOP("Kind") },
        { u"date"_s, QT_TR_NOOP("Date") },
        { u"amount"_s, QT_TR_NOOP("Amount (10k yuan)") },
        { u"authority"_s, QT_TR_NOOP("Authority") },
        { u"detail"_s, QT_TR_NOOP("Detail") },
        { u"status"_s, QT_TR_NOOP("Status") },
        { u"year"_s, QT_TR_NOOP("Year") },
        { u"revenue"_s, QT_TR_NOOP("Revenue (10k yuan)") },
        { u"tax"_s, QT_TR_NOOP("Tax (10k yuan)") },
        { u"insured_count"_s, QT_TR_NOOP("Insured staff") },
        { u"employees"_s, QT_TR_NOOP("Employees") },
        { u"name"_s, QT_TR_NOOP("Name") },
        { u"id"_s, QT_TR_NOOP("Holder key") },
        { u"share_pct"_s, QT_TR_NOOP("Share") },
        { u"month"_s, QT_TR_NOOP("Month") },
        { u"expected"_s, QT_TR_NOOP("Expected (10k yuan)") },
    };
    const auto it = titles.constFind(key);
    return it == titles.cend() ? key : tr(*it);
}

QString Evidence::format(const QString& key, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (isMoney(key))
            return Money::wan(d);
        if (key == u"share_pct")
            return QString::number(d, 'f', 2) + u" %"_s;
        if (key == u"ratio")
            return QString::number(d * 100, 'f', 1) + u" %"_s;
        if (key == u"year" || key == u"tier")
            return QString::number(qint64(std::llround(d)));
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'f', 2);
    }
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    const QString s = v.toString();
    if (key == u"date") {
        // ISO dates and times (2024-03-05T00:00:00) as yyyy-MM-dd; anything else as written
        const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (d.isValid())
            return d.toString(u"yyyy-MM-dd"_s);
    }
    return s;
}

Evidence::Table Evidence::table(const QJsonArray& rows)
{
    Table t;
    for (const auto& r : rows)
        for (const QString& k : r.toObject().keys())
            if (!t.keys.contains(k))
                t.keys << k;
    for (const QString& k : t.keys)
        t.headers << columnTitle(k);
    for (const auto& r : rows) {
        const QJsonObject o = r.toObject();
        QStringList cells;
        for (const QString& k : t.keys)
            cells << format(k, o.value(k));
        t.rows << cells;
    }
    return t;
}

QString Evidence::text(const QJsonArray& rows)
{
    const Table t = table(rows);
    QStringList lines;
    for (const QStringList& r : t.rows) {
        QStringList parts;
        for (int c = 0; c < r.size(); ++c)
            if (!r[c].isEmpty())
                parts << t.headers[c] + u": "_s + r[c];
        lines << parts.join(u"; "_s);
    }
    return lines.join(u'\n');
}

} // namespace dj::risk
