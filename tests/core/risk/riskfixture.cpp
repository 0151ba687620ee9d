#include "tests/core/risk/riskfixture.h"

#include "tests/support/testutil.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace dj::test {

CsvRows readCsv(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\n') {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
        } else if (c != u'\r') {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    CsvRows out;
    if (rows.isEmpty())
        return out;
    const QStringList header = rows.takeFirst();
    for (const QStringList& r : std::as_const(rows)) {
        QHash<QString, QString> h;
        for (int i = 0; i < header.size(); ++i)
            h.insert(header[i], i < r.size() ? r[i] : QString());
        out << h;
    }
    return out;
}

void writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    auto line = [&](const QStringList& cells) {
        QStringList q;
        for (QString c : cells) {
            if (c.contains(u',') || c.contains(u'"') || c.contains(u'\n'))
                c = u"\""_s + c.replace(u"\""_s, u"\"\""_s) + u"\""_s;
            q << c;
        }
        f.write((q.join(u',') + u"\n"_s).toUtf8());
    };
    line(header);
    for (const QStringList& r : rows)
        line(r);
}

void demoBundle(const QString& db, const QString& bundleDir, int n)
{
    const CliResult demo = runCli({ u"demo"_s, u"--db"_s, db, u"--enterprises"_s, QString::number(n) });
    REQUIRE(demo.exitCode == 0);
    const CliResult exp = runCli({ u"export"_s, u"--db"_s, db, u"--out"_s, bundleDir });
    REQUIRE(exp.exitCode == 0);
}

} // namespace dj::test
