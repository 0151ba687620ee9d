#include "core/valuation/qualitymeasure.h"

#include "core/codes/uscc.h"
#include "core/store/database.h"
#include "core/valuation/validationerror.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace dj::valuation {

double TableMeasure::missingRate() const
{
    if (columns.isEmpty() || rows == 0)
        return 0;
    double s = 0;
    for (const ColumnMeasure& c : columns)
        s += double(c.missing) / double(rows);
    return s / double(columns.size());
}

double TableMeasure::conformanceRate() const
{
    qint64 checked = 0, ok = 0;
    for (const ColumnMeasure& c : columns) {
        checked += c.checked;
        ok += c.conforming;
    }
    return checked ? double(ok) / double(checked) : 1;
}

QList<double> TableMeasure::scores() const
{
    const double freshness = ageDays < 0 ? -1 : std::clamp(100.0 * (1 - ageDays / 365.0), 0.0, 100.0);
    return {
        100 * conformanceRate(),
        100 * (1 - missingRate()),
        usccChecked ? 100.0 * double(usccValid) / double(usccChecked) : -1,
        rows ? 100 * (1 - double(duplicates) / double(rows)) : -1,
        freshness,
        -1,
    };
}

QStringList QualityMeasure::tables(const store::Database& db)
{
    QStringList out;
    store::Statement st
        = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "AND name NOT IN ('meta', 'name_grams') ORDER BY name");
    while (st.step())
        out << st.columnText(0);
    return out;
}

TableMeasure QualityMeasure::measure(
    const store::Database& db, const QString& table, const QDate& reference, qint64 limit)
{
    static const QRegularExpression ident(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!tables(db).contains(table) || !ident.match(table).hasMatch())
        throw ValidationError(
            { { QStringLiteral("table"), tr("%1 is not a table of this cache").arg(table) } });
    TableMeasure m;
    m.table = table;
    // Column names come from the cache's own schema (checked against ident), never from the user.
    store::Statement info = db.prepare("SELECT name FROM pragma_table_info(?1)");
    info.bind(1, table);
    QStringList cols;
    while (info.step()) {
        const QString c = info.columnText(0);
        if (ident.match(c).hasMatch() && c != u"id")
            cols << c;
    }
    for (const QString& c : std::as_const(cols)) {
        ColumnMeasure cm;
        cm.column = c;
        if (c == u"uscc" || c.endsWith(u"_uscc"))
            cm.rule = QStringLiteral("uscc");
        else if (c == u"region_code" || c.endsWith(u"_region"))
            cm.rule = QStringLiteral("region_code");
        else if (c == u"established" || c == u"date" || c.endsWith(u"_date") || c == u"valid_from"
            || c == u"valid_to" || c == u"visited_on" || c == u"due")
            cm.rule = QStringLiteral("date");
        m.columns << cm;
    }
    m.keyColumn = cols.contains(QStringLiteral("uscc")) ? QStringLiteral("uscc")
        : cols.contains(QStringLiteral("name"))         ? QStringLiteral("name")
                                                        : (cols.isEmpty() ? QString() : cols.first());
    QStringList quoted;
    for (const QString& c : std::as_const(cols))
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    const QString sql = QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY rowid LIMIT ?1")
                            .arg(quoted.join(QLatin1String(", ")), table);
    const QByteArray sqlUtf8 = sql.toUtf8();
    store::Statement st = db.prepare(std::string_view(sqlUtf8.constData(), size_t(sqlUtf8.size())));
    st.bind(1, limit);
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression regionRe(QStringLiteral("^\\d{6}$"));
    QSet<QString> keys;
    const int keyIndex = int(cols.indexOf(m.keyColumn));
    while (st.step()) {
        ++m.rows;
        for (int i = 0; i < int(cols.size()); ++i) {
            ColumnMeasure& cm = m.columns[i];
            const QString v = st.isNull(i) ? QString() : st.columnText(i).trimmed();
            if (v.isEmpty()) {
                ++cm.missing;
                continue;
            }
            if (i == keyIndex) {
                if (keys.contains(v))
                    ++m.duplicates;
                else
                    keys.insert(v);
            }
            if (cm.rule.isEmpty())
                continue;
            ++cm.checked;
            if (cm.rule == u"uscc") {
                const bool formed = codes::Uscc::isWellFormed(v);
                cm.conforming += formed ? 1 : 0;
                ++m.usccChecked;
                m.usccValid += codes::Uscc::parse(v).valid ? 1 : 0;
            } else if (cm.rule == u"region_code") {
                cm.conforming += regionRe.match(v).hasMatch() ? 1 : 0;
            } else {
                const QDate d = QDate::fromString(v, Qt::ISODate);
                const bool ok = dateRe.match(v).hasMatch() && d.isValid();
                cm.conforming += ok ? 1 : 0;
                if (ok && d <= reference && (!m.newest.isValid() || d > m.newest))
                    m.newest = d;
            }
        }
    }
    if (m.newest.isValid())
        m.ageDays = int(m.newest.daysTo(reference));
    return m;
}

} // namespace dj::valuation
