#include "core/store/cache.h"
#include "core/store/namegramindex.h"
#include "core/store/schema.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"
#include "tests/support/testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj::store;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
}
} // namespace

TEST_CASE("a new cache gets the whole schema and its version", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.djcache"));
    Database db = Cache::openOrCreate(path);
    CHECK(db.userVersion() == Schema::currentVersion());
    CHECK(Cache::meta(db, QStringLiteral("app")) == QStringLiteral("dianjing"));
    for (const QString& table : Schema::bundleTables()) {
        Statement st = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name=?1");
        st.bind(1, table);
        REQUIRE(st.step());
        CHECK(st.columnInt(0) == 1);
    }
    CHECK(db.scalarText("PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(db.scalarInt("PRAGMA foreign_keys") == 1);
    CHECK(Cache::isCache(path));
}

TEST_CASE("opening refuses files that are not caches and leaves them untouched", "[store]")
{
    QTemporaryDir dir;

    SECTION("plain text")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        const QByteArray bytes = "名称,代码\n华为,123\n";
        writeFile(path, bytes);
        try {
            Cache::open(path);
            FAIL("opened a text file");
        } catch (const StoreError& e) {
            CHECK(e.kind() == StoreError::Kind::NotSqlite);
        }
        CHECK_THROWS_AS(Cache::openOrCreate(path), StoreError);
        CHECK_THROWS_AS(Cache::createFresh(path), StoreError);
        CHECK(readAll(path) == bytes);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            Database other = Database::openRaw(path, Database::Mode::Create);
            other.exec("CREATE TABLE x(a); INSERT INTO x VALUES (1);");
        }
        const QByteArray before = readAll(path);
        try {
            Cache::open(path);
            FAIL("opened a foreign database");
        } catch (const StoreError& e) {
            CHECK(e.kind() == StoreError::Kind::NotACache);
        }
        CHECK_THROWS_AS(Cache::createFresh(path), StoreError);
        CHECK(readAll(path) == before);
    }
    SECTION("a cache from a newer version")
    {
        const QString path = dir.filePath(QStringLiteral("newer.djcache"));
        {
            Database db = Cache::openOrCreate(path);
            db.setUserVersion(Schema::currentVersion() + 1);
        }
        try {
            Cache::open(path);
            FAIL("opened a newer cache");
        } catch (const StoreError& e) {
            CHECK(e.kind() == StoreError::Kind::NewerSchema);
            CHECK(e.message().contains(QString::number(Schema::currentVersion() + 1)));
        }
    }
    SECTION("a damaged file")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.djcache"));
        {
            Database db = Cache::openOrCreate(path);
            db.exec("PRAGMA journal_mode = DELETE");
        }
        QByteArray bytes = readAll(path);
        REQUIRE(bytes.size() > 4096);
        // Keep the magic, break the rest of the header page and the schema page.
        for (int i = 20; i < 4096; ++i)
            bytes[i] = char(0xA5);
        writeFile(path, bytes);
        CHECK_THROWS_AS(Cache::open(path), StoreError);
        CHECK(readAll(path) == bytes);
    }
    SECTION("a missing file is not created by open")
    {
        const QString path = dir.filePath(QStringLiteral("missing.djcache"));
        try {
            Cache::open(path);
            FAIL("opened a missing file");
        } catch (const StoreError& e) {
            CHECK(e.kind() == StoreError::Kind::NotFound);
        }
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("transactions roll back unless committed", "[store]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(QStringLiteral("t.djcache")));
    {
        Transaction tx(db);
        Cache::setMeta(db, QStringLiteral("k"), QStringLiteral("v1"));
    }
    CHECK(Cache::meta(db, QStringLiteral("k")).isNull());
    {
        Transaction tx(db);
        Cache::setMeta(db, QStringLiteral("k"), QStringLiteral("v2"));
        tx.commit();
    }
    CHECK(Cache::meta(db, QStringLiteral("k")) == QStringLiteral("v2"));
}

TEST_CASE("a transaction inside another is part of it", "[store]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(QStringLiteral("n.djcache")));
    const auto value
        = [&db]() { return db.scalarInt("SELECT count(*) FROM meta WHERE key IN ('n1', 'n2', 'n3', 'n4')"); };
    {
        Transaction outer(db);
        Cache::setMeta(db, QStringLiteral("n1"), QStringLiteral("kept"));
        {
            Transaction inner(db); // rolled back alone: the outer work stays
            Cache::setMeta(db, QStringLiteral("n2"), QStringLiteral("dropped"));
        }
        CHECK(value() == 1);
        {
            Transaction inner(db);
            Cache::setMeta(db, QStringLiteral("n3"), QStringLiteral("kept"));
            inner.commit();
        }
        outer.commit();
    }
    CHECK(value() == 2);
    CHECK(Cache::meta(db, QStringLiteral("n2")).isNull());
    {
        Transaction outer(db); // an inner commit is undone with the outer rollback
        {
            Transaction inner(db);
            Cache::setMeta(db, QStringLiteral("n4"), QStringLiteral("undone"));
            inner.commit();
        }
    }
    CHECK(value() == 2);
    CHECK(Cache::meta(db, QStringLiteral("n4")).isNull());
}

TEST_CASE("natural keys stop a second import from duplicating rows", "[store]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(QStringLiteral("k.djcache")));
    db.exec("INSERT INTO enterprises(uscc, name, status, region_code) VALUES "
            "('91110000600037341L','甲公司','存续','110000')");
    db.exec("INSERT OR REPLACE INTO risks(uscc, kind) VALUES ('91110000600037341L', '经营异常')");
    db.exec("INSERT OR REPLACE INTO risks(uscc, kind) VALUES ('91110000600037341L', '经营异常')");
    CHECK(db.scalarInt("SELECT count(*) FROM risks") == 1);
    // Foreign keys hold: no financials for an unknown enterprise.
    CHECK_THROWS_AS(db.exec("INSERT INTO financials(uscc, year) VALUES ('X', 2023)"), StoreError);
}

TEST_CASE("data version and derived indexes", "[store]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(QStringLiteral("d.djcache")));
    CHECK(Cache::dataVersion(db) == 0);
    db.exec("INSERT INTO enterprises(uscc, name, former_names, status, region_code, lon, lat, scope) VALUES "
            "('91110000600037341L','北京测试科技有限公司','北京旧名贸易有限公司','存续','110105',116.4,39.9,'"
            "软件开发'),"
            "('91310115MA1K3BTP2B','上海样例餐饮有限公司',NULL,'在业','310115',NULL,NULL,'餐饮服务')");
    Cache::rebuildDerivedIndexes(db);
    Cache::bumpDataVersion(db);
    CHECK(Cache::dataVersion(db) == 1);
    const NameGramIndex index(db);
    CHECK(index.containing(QStringLiteral("测试科")) == std::vector<qint64> { 1 });
    CHECK(index.containing(QStringLiteral("旧名贸易")) == std::vector<qint64> { 1 });
    // Names and former names only: scope text is core/search's business.
    CHECK(index.containing(QStringLiteral("软件开")) == std::vector<qint64> {});
    CHECK(NameGramIndex::problem(db).isEmpty());
    // v5: the hometown engine's own tables.
    CHECK(db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name IN "
                       "('member_status','member_contacts','hometown_priorities')")
        == 3);
}

TEST_CASE("migrations are numbered in order and upgrade an older cache in place", "[store]")
{
    const auto steps = Schema::migrations();
    REQUIRE(steps.size() >= 2);
    for (std::size_t i = 0; i < steps.size(); ++i)
        CHECK(steps[i].version == int(i) + 1);
    CHECK(Schema::currentVersion()
        == steps.back().version); // never the literal number (steps land in any order)

    // A cache written by the first schema (no map_overlays), with data in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.djcache"));
    {
        Database db = Database::openRaw(path, Database::Mode::Create);
        {
            Transaction tx(db);
            db.exec(steps[0].sql);
            db.setUserVersion(1);
            tx.commit();
        }
        Cache::setMeta(db, QStringLiteral("app"), QStringLiteral("dianjing"));
        db.exec("INSERT INTO enterprises(uscc, name, status, region_code) VALUES "
                "('91110000600037341L','甲公司','存续','110000')");
    }
    // Read-only reads it as it is (v2 only added a table): the data is there, the file stays at version 1.
    {
        REQUIRE(Schema::oldestReadableVersion() <= 1);
        Database ro = Cache::open(path, Cache::Access::ReadOnly);
        CHECK(ro.scalarInt("SELECT count(*) FROM enterprises") == 1);
    }
    CHECK(Database::openRaw(path, Database::Mode::ReadOnly).userVersion() == 1);
    // Read-write upgrades to the current version and keeps the data.
    Database db = Cache::open(path, Cache::Access::ReadWrite);
    CHECK(db.userVersion() == Schema::currentVersion());
    CHECK(db.scalarInt("SELECT count(*) FROM enterprises") == 1);
    CHECK(db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name='map_overlays'") == 1);
    // v4 replaced the FTS5 table by the name index, built over the rows already there.
    CHECK(db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'enterprises_fts%'") == 0);
    CHECK(NameGramIndex(db).containing(QStringLiteral("甲公司")) == std::vector<qint64> { 1 });
    CHECK(NameGramIndex::problem(db).isEmpty());
    CHECK_FALSE(Schema::bundleTables().contains(QStringLiteral("map_overlays")));
    // v5 added the regional aggregates (empty until the regional views first read them).
    CHECK(db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name IN "
                       "('regional_flows', 'regional_firms')")
        == 2);
    CHECK_FALSE(Schema::bundleTables().contains(QStringLiteral("regional_flows")));
    // v6 added the field-work side tables next to visits and tasks, which keep their bundle columns.
    CHECK(db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name IN "
                       "('fieldwork_visits','fieldwork_tasks','fieldwork_history')")
        == 3);
    // v7: the hometown engine's own tables.
    CHECK(db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'member_status'") == 1);
}
