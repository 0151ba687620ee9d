// `dianjing-cli import` of a bundle's visits.csv/tasks.csv goes through the field-work merge: a deleted
// record stays deleted, a later local edit is kept, the history records the import, nothing is duplicated,
// and a bad visits file refuses the whole import with the cache unchanged. Checked with plain SQL.
#include "core/fieldwork/fieldworkstore.h"
#include "core/store/cache.h"
#include "fieldworktestutil.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace dj;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("import routes visits and tasks through the field-work merge", "[fieldwork][cli]")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(s("c.djcache"));
    const QString out = dir.filePath(s("export"));
    QString v1, v2, t1;
    {
        store::Database db = test::makeFieldworkCache(cache);
        fieldwork::FieldWorkStore store(db);
        store.setAuthor(s("甲"));
        v1 = store.createVisit(
            { { s("uscc"), test::kUsccA }, { s("date"), s("2026-11-02") }, { s("summary"), s("初访") } });
        v2 = store.createVisit(
            { { s("uscc"), test::kUsccB }, { s("date"), s("2026-11-03") }, { s("summary"), s("待删") } });
        t1 = store.createTask({ { s("uscc"), test::kUsccC }, { s("reason"), s("融资需求对接") } });
    }
    REQUIRE(test::runCli({ s("visits"), s("export"), s("--db"), cache, s("--out"), out }).exitCode == 0);
    // After the export: a later edit of v1 and the deletion of v2 here.
    QThread::msleep(30);
    {
        store::Database db = store::Cache::open(cache, store::Cache::Access::ReadWrite);
        fieldwork::FieldWorkStore store(db);
        store.setAuthor(s("甲"));
        store.update(fieldwork::RecordKind::Visit, v1, { { s("summary"), s("复访：扩产用地已落实") } });
        store.remove(fieldwork::RecordKind::Visit, v2);
    }
    qint64 historyBefore = 0;
    {
        store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
        historyBefore = test::sqlInt(db, "SELECT count(*) FROM fieldwork_history");
    }
    // The older export imported as a plain bundle (visits.csv, tasks.csv in a folder).
    QFile::remove(QDir(out).filePath(s("fieldwork.xlsx")));
    const auto r = test::runCli({ s("import"), s("--db"), cache, out });
    REQUIRE(r.exitCode == 0);
    const QJsonObject fw = r.json().value(s("fieldwork")).toObject();
    REQUIRE_FALSE(fw.isEmpty());
    CHECK(fw.value(s("added")).toArray().isEmpty());
    {
        store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
        // The later local edit wins; the deleted visit does not come back; nothing is duplicated.
        CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", v1)
            == s("复访：扩产用地已落实"));
        CHECK(test::sqlInt(db, "SELECT count(*) FROM visits WHERE visit_id = ?1", v2) == 0);
        CHECK(test::sqlInt(db, "SELECT count(*) FROM visits") == 1);
        CHECK(test::sqlInt(db, "SELECT count(*) FROM tasks") == 1);
        CHECK(test::sqlText(db, "SELECT reason FROM tasks WHERE task_id = ?1", t1) == s("融资需求对接"));
        // The stale values were not taken: no history line says they were.
        CHECK(test::sqlInt(db, "SELECT count(*) FROM fieldwork_history") == historyBefore);
    }
    // Importing the same bundle again changes nothing in the field-work tables.
    QString dumpOnce;
    {
        store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
        dumpOnce = test::dumpFieldwork(db);
    }
    const auto again = test::runCli({ s("import"), s("--db"), cache, out });
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(s("fieldwork")).toObject().value(s("added")).toArray().isEmpty());
    CHECK(again.json().value(s("fieldwork")).toObject().value(s("updated")).toArray().isEmpty());
    {
        store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
        CHECK(test::dumpFieldwork(db) == dumpOnce);
    }

    // A colleague's new visit arrives through import as an added record, with its history line.
    const QString other = dir.filePath(s("other.djcache"));
    const QString otherOut = dir.filePath(s("other-export"));
    QString v3;
    {
        store::Database db = test::makeFieldworkCache(other);
        fieldwork::FieldWorkStore store(db);
        store.setAuthor(s("乙"));
        v3 = store.createVisit({ { s("uscc"), test::kUsccC }, { s("date"), s("2026-11-20") },
            { s("summary"), s("座谈：人才公寓") } });
    }
    REQUIRE(test::runCli({ s("visits"), s("export"), s("--db"), other, s("--out"), otherOut }).exitCode == 0);
    QFile::remove(QDir(otherOut).filePath(s("fieldwork.xlsx")));
    const auto added = test::runCli({ s("import"), s("--db"), cache, otherOut });
    REQUIRE(added.exitCode == 0);
    CHECK(added.json().value(s("fieldwork")).toObject().value(s("added")).toArray() == QJsonArray { v3 });
    {
        store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
        CHECK(test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", v3) == s("座谈：人才公寓"));
        CHECK(test::sqlInt(db, "SELECT count(*) FROM fieldwork_history WHERE record_id = ?1", v3) >= 1);
    }
}

TEST_CASE("import refuses a bundle whose visits.csv is bad and changes nothing", "[fieldwork][cli]")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(s("c.djcache"));
    {
        test::makeFieldworkCache(cache);
    }
    const QString bundle = dir.filePath(s("bundle"));
    QDir().mkpath(bundle);
    {
        QFile e(QDir(bundle).filePath(s("enterprises.csv")));
        REQUIRE(e.open(QIODevice::WriteOnly));
        e.write("uscc,name,status\r\n91320500MA1XD0004D,新增企业有限公司,存续\r\n");
        QFile v(QDir(bundle).filePath(s("visits.csv")));
        REQUIRE(v.open(QIODevice::WriteOnly));
        v.write("visit_id,uscc,date,visitor,kind,summary,needs,follow_up\r\n"
                "b9d1c0de-0000-4000-8000-000000000001,91320500MA1XA0001A,2026-13-45,甲,走访,日期错,,\r\n");
    }
    const QByteArray before = test::sha256(cache);
    const auto r = test::runCli({ s("import"), s("--db"), cache, bundle });
    CHECK(r.exitCode == 1);
    CHECK(QString::fromUtf8(r.err).contains(s("visits.csv")));
    CHECK(test::sha256(cache) == before);
}
