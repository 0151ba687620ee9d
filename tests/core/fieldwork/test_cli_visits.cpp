// dianjing-cli visits export | merge | tasks, and bad files refused with the cache unchanged.
#include "core/fieldwork/fieldworkstore.h"
#include "core/store/cache.h"
#include "fieldworktestutil.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("visits export and merge from the command line", "[fieldwork][cli]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.djcache"));
    const QString m = dir.filePath(QStringLiteral("m.djcache"));
    QString v1;
    {
        store::Database db = test::makeFieldworkCache(a);
        fieldwork::FieldWorkStore store(db);
        store.setAuthor(s("甲"));
        v1 = store.createVisit(
            { { s("uscc"), test::kUsccA }, { s("date"), s("2026-12-01") }, { s("summary"), s("一") } });
        store.createTask({ { s("uscc"), test::kUsccB }, { s("reason"), s("融资需求对接") } });
        test::makeFieldworkCache(m);
    }
    const auto exported
        = test::runCli({ s("visits"), s("export"), s("--db"), a, s("--out"), dir.filePath(s("out")) });
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json().value(s("visits")).toInt() == 1);
    CHECK(exported.json().value(s("tasks")).toInt() == 1);
    CHECK(QFileInfo::exists(dir.filePath(s("out/fieldwork.xlsx"))));
    // --since after every change: nothing to export.
    const auto none = test::runCli({ s("visits"), s("export"), s("--db"), a, s("--out"),
        dir.filePath(s("none")), s("--since"), s("2999-01-01") });
    CHECK(none.json().value(s("visits")).toInt() == 0);

    const auto merged = test::runCli({ s("visits"), s("merge"), s("--db"), m, dir.filePath(s("out")) });
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.json().value(s("added")).toArray().size() == 2);
    CHECK(merged.json().value(s("conflicts")).toArray().isEmpty());
    const auto again = test::runCli({ s("visits"), s("merge"), s("--db"), m, dir.filePath(s("out")) });
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(s("added")).toArray().isEmpty());
    CHECK(again.json().value(s("updated")).toArray().isEmpty());
    CHECK(again.json().value(s("unchanged")).toInt() == 2);
    {
        store::Database db = store::Cache::open(m, store::Cache::Access::ReadOnly);
        CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", v1) == s("一"));
        CHECK(test::sqlInt(db, "SELECT count(*) FROM visits") == 1);
    }

    CHECK(test::runCli({ s("visits"), s("merge"), s("--db"), m }).exitCode == 2);
    CHECK(test::runCli(
              { s("visits"), s("export"), s("--db"), m, s("--out"), dir.path(), s("--since"), s("昨天") })
              .exitCode
        == 2);
    CHECK(test::runCli({ s("visits"), s("merge"), s("--db"), dir.filePath(s("missing.djcache")),
                           dir.filePath(s("out")) })
              .exitCode
        == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(s("missing.djcache"))));
}

TEST_CASE("bad files are refused with a clear message and the cache unchanged", "[fieldwork][cli]")
{
    QTemporaryDir dir;
    const QString m = dir.filePath(QStringLiteral("m.djcache"));
    {
        store::Database db = test::makeFieldworkCache(m);
        fieldwork::FieldWorkStore store(db);
        store.createVisit({ { s("uscc"), test::kUsccA }, { s("summary"), s("原有记录") } });
    } // closed: the WAL is folded into the file, so the file's bytes are the whole cache
    const QByteArray header = "visit_id,uscc,date,visitor,kind,summary,needs,follow_up\r\n";
    const QString good = dir.filePath(s("good/visits.csv"));
    writeFile(good, header + "G1,91320500MA1XA0001A,2026-12-01,张三,走访,好的,,\r\n");
    struct Bad
    {
        QString path;
        QByteArray bytes;
        QString says; ///< part of the message
    };
    const QList<Bad> bad {
        { dir.filePath(s("kind/visits.csv")), header + "X1,,2026-12-01,张三,拜访,内容,,\r\n", s("拜访") },
        { dir.filePath(s("date/visits.csv")), header + "X2,,2026-02-30,张三,走访,内容,,\r\n",
            s("2026-02-30") },
        { dir.filePath(s("noid/visits.csv")), QByteArray("uscc,date,summary\r\n,2026-12-01,x\r\n"),
            s("visit_id") },
        { dir.filePath(s("dup/visits.csv")), header + "D1,,,,,一,,\r\nD1,,,,,二,,\r\n", s("D1") },
        { dir.filePath(s("stamps/visits.csv")), QByteArray("visit_id,summary,stamps\r\nS1,x,{not json\r\n"),
            s("stamps") },
        { dir.filePath(s("status/tasks.csv")),
            QByteArray("task_id,uscc,assignee,due,status,reason,created\r\nT1,,,2026-12-01,完成了,x,\r\n"),
            s("完成了") },
        { dir.filePath(s("junk.xlsx")), QByteArray("PK\x03\x04 this is not a workbook"), s("junk.xlsx") },
        { dir.filePath(s("notes.csv")), header, s("visits.csv") },
    };
    const QByteArray before = test::sha256(m);
    REQUIRE_FALSE(before.isEmpty());
    for (const Bad& b : bad) {
        writeFile(b.path, b.bytes);
        // With a good file first: all or nothing.
        const auto r = test::runCli({ s("visits"), s("merge"), s("--db"), m, good, b.path });
        INFO(b.path.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(QString::fromUtf8(r.err).contains(b.says));
        CHECK(test::sha256(m) == before);
    }
    const auto empty
        = test::runCli({ s("visits"), s("merge"), s("--db"), m, dir.path() + s("/kind/..") + s("/nothing") });
    CHECK(empty.exitCode == 1);
    CHECK(test::sha256(m) == before);
    // And the good file alone merges.
    CHECK(test::runCli({ s("visits"), s("merge"), s("--db"), m, good }).exitCode == 0);
    store::Database db = store::Cache::open(m, store::Cache::Access::ReadOnly);
    CHECK(test::sqlInt(db, "SELECT count(*) FROM visits") == 2);
}

TEST_CASE("tasks generated from a search result land with their reason", "[fieldwork][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.djcache"));
    REQUIRE(test::runCli({ s("demo"), s("--db"), db, s("--enterprises"), s("3000") }).exitCode == 0);
    QString prefix;
    QStringList expected;
    {
        store::Database c = store::Cache::open(db, store::Cache::Access::ReadOnly);
        prefix = test::sqlText(
            c, "SELECT substr(region_code, 1, 4) p FROM enterprises GROUP BY p ORDER BY count(*) DESC, p");
        // The search result, computed here by plain SQL: region prefix and establishment years (cli.md
        // filter).
        auto st
            = c.prepare("SELECT uscc FROM enterprises WHERE substr(region_code, 1, 4) = ?1 AND established "
                        "BETWEEN '2015-01-01' AND '2019-12-31' ORDER BY uscc");
        st.bind(1, prefix);
        while (st.step())
            expected << st.columnText(0);
    }
    REQUIRE(expected.size() > 0);
    const QString filter = dir.filePath(s("f.json"));
    writeFile(filter,
        QStringLiteral(R"({"regions":["%1"],"established":{"from":"2015-01-01","to":"2019-12-31"}})")
            .arg(prefix)
            .toUtf8());
    const auto r
        = test::runCli({ s("visits"), s("tasks"), s("--db"), db, s("--reason"), s("专精特新培育走访"),
            s("--assignee"), s("招商一科"), s("--due"), s("2027-03-31"), s("--filter"), filter });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(s("created")).toArray().size() == expected.size());
    {
        store::Database c = store::Cache::open(db, store::Cache::Access::ReadOnly);
        auto st = c.prepare(
            "SELECT uscc FROM tasks WHERE reason = '专精特新培育走访' AND assignee = '招商一科' AND "
            "due = '2027-03-31' AND status = '待办' ORDER BY uscc");
        QStringList got;
        while (st.step())
            got << st.columnText(0);
        CHECK(got == expected);
    }
    // The same search again: every enterprise already has that open task.
    const auto again = test::runCli({ s("visits"), s("tasks"), s("--db"), db, s("--reason"),
        s("专精特新培育走访"), s("--filter"), filter });
    CHECK(again.json().value(s("created")).toArray().isEmpty());
    CHECK(again.json().value(s("already_open")).toArray().size() == expected.size());
    CHECK(test::runCli({ s("visits"), s("tasks"), s("--db"), db, s("--filter"), filter }).exitCode == 2);
}
