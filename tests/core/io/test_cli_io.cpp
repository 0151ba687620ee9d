#include "core/store/cache.h"
#include "tests/core/io/iotestutil.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using dj::test::runCli;
using namespace Qt::StringLiterals;

TEST_CASE("cli import prints imported, rejected and encoding", "[io][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"c.djcache"_s);
    const auto r = runCli({ u"import"_s, u"--db"_s, db, dj::test::dataPath(u"io/broken"_s),
        dj::test::dataPath(u"io/gbk/enterprises.csv"_s) });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o.value(u"imported"_s).toObject().value(u"enterprises"_s).toInt()
        == 4); // rows written: U1 twice (GBK updates it)
    const QJsonArray rejected = o.value(u"rejected"_s).toArray();
    CHECK(rejected.size() == 8);
    const QJsonObject first = rejected.first().toObject();
    CHECK(first.contains(u"file"_s));
    CHECK(first.contains(u"line"_s));
    CHECK(first.contains(u"column"_s));
    CHECK(first.contains(u"reason"_s));
    CHECK(o.value(u"encoding"_s).toObject().value(u"enterprises.csv"_s).toString() == u"GB18030"_s);
    CHECK(dj::store::Cache::isCache(db));
}

TEST_CASE("cli import and export: usage and user errors", "[io][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"c.djcache"_s);
    CHECK(runCli({ u"import"_s, dj::test::dataPath(u"io/gbk"_s) }).exitCode == 2);
    CHECK(runCli({ u"import"_s, u"--db"_s, db }).exitCode == 2);
    CHECK(runCli({ u"export"_s, u"--out"_s, dir.filePath(u"o"_s) }).exitCode == 2);
    CHECK(runCli({ u"export"_s, u"--db"_s, db }).exitCode == 2);

    const auto missing = runCli({ u"import"_s, u"--db"_s, db, dir.filePath(u"nope"_s) });
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(db)); // nothing created for a typo

    const QString notes = dir.filePath(u"notes.db"_s);
    const QByteArray bytes = "名称,代码\n华为,123\n";
    dj::test::writeFile(notes, bytes);
    CHECK(runCli({ u"import"_s, u"--db"_s, notes, dj::test::dataPath(u"io/gbk"_s) }).exitCode == 1);
    CHECK(dj::test::readFile(notes) == bytes);
    CHECK(runCli({ u"export"_s, u"--db"_s, notes, u"--out"_s, dir.filePath(u"o"_s) }).exitCode == 1);
    CHECK(dj::test::readFile(notes) == bytes);
    CHECK(runCli(
              { u"export"_s, u"--db"_s, dir.filePath(u"absent.djcache"_s), u"--out"_s, dir.filePath(u"o"_s) })
              .exitCode
        == 1);
}

TEST_CASE("cli export writes a CSV folder or a workbook", "[io][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"c.djcache"_s);
    REQUIRE(runCli({ u"import"_s, u"--db"_s, db, dj::test::dataPath(u"io/vendor.xlsx"_s) }).exitCode == 0);
    const auto csv = runCli({ u"export"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"csv"_s) });
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.json().value(u"exported"_s).toObject().value(u"enterprises"_s).toInt() == 5);
    CHECK(QFileInfo::exists(dir.filePath(u"csv/enterprises.csv"_s)));
    const auto xlsx
        = runCli({ u"export"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"x"_s), u"--format"_s, u"xlsx"_s });
    REQUIRE(xlsx.exitCode == 0);
    CHECK(QFileInfo::exists(dir.filePath(u"x/bundle.xlsx"_s)));
    CHECK(runCli({ u"export"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"x"_s), u"--format"_s, u"ods"_s })
              .exitCode
        == 2);
}
