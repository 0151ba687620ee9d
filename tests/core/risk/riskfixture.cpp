#include "tests/core/risk/riskfixture.h"

#include "tests/support/testutil.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace dj::test {

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
