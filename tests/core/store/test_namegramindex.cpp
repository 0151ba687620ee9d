#include "core/store/cache.h"
#include "core/store/namegramindex.h"
#include "core/store/transaction.h"

#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using namespace dj::store;

namespace {

void addEnterprise(Database& db, int i, const QString& name, const QString& former = {})
{
    Statement st = db.prepare("INSERT INTO enterprises(id, uscc, name, former_names, status, region_code) "
                              "VALUES (?1, ?2, ?3, ?4, '存续', '110101')");
    st.bind(1, i).bind(2, QStringLiteral("U%1").arg(i)).bind(3, name).bind(4, former);
    st.run();
}

// What a scan finds: ids whose name or a former name contains text.
std::vector<qint64> scan(const Database& db, const QString& text)
{
    Statement st = db.prepare("SELECT id FROM enterprises WHERE instr(lower(name), ?1) > 0 "
                              "OR instr(lower(coalesce(former_names, '')), ?1) > 0 ORDER BY id");
    st.bind(1, text);
    std::vector<qint64> out;
    while (st.step())
        out.push_back(st.columnInt(0));
    return out;
}

bool includes(const std::vector<qint64>& all, const std::vector<qint64>& some)
{
    return std::includes(all.begin(), all.end(), some.begin(), some.end());
}

} // namespace

TEST_CASE("grams fold case and full-width forms and do not cross former names", "[store][grams]")
{
    CHECK(NameGramIndex::grams(QStringLiteral("ＡＢＣ（北京）"))
        == NameGramIndex::grams(QStringLiteral("abc(北京)")));
    CHECK(NameGramIndex::grams(QStringLiteral("ab")).empty());
    CHECK(NameGramIndex::grams(QStringLiteral("恒达贸易")).size() == 2);
    CHECK(NameGramIndex::grams(QStringLiteral("甲乙丙|丁戊己"), true).size() == 2); // 乙丙| etc. not made
    CHECK(NameGramIndex::grams(QStringLiteral("甲乙丙|丁戊己"), false).size() == 5);
    CHECK(NameGramIndex::grams(QStringLiteral("哈哈哈哈哈")).size() == 1); // distinct
    // Characters beyond the BMP are one character each.
    CHECK(NameGramIndex::grams(QString::fromUcs4(U"𠀀𠀁𠀂")).size() == 1);
}

TEST_CASE("the name index finds every enterprise a scan finds, over any number of parts", "[store][grams]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(QStringLiteral("g.djcache")));
    const QStringList cities { QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("盐城") };
    const QStringList words { QStringLiteral("恒达"), QStringLiteral("鼎泰"), QStringLiteral("精密"),
        QStringLiteral("机械"), QStringLiteral("贸易"), QStringLiteral("科技"), QStringLiteral("ABC") };
    std::mt19937 rng(7);
    {
        Transaction tx(db);
        for (int i = 1; i <= 2000; ++i) {
            QString name = cities[int(rng() % cities.size())];
            for (int w = 0; w < 3; ++w)
                name += words[int(rng() % words.size())];
            name += QStringLiteral("有限公司");
            QString former;
            if (i % 7 == 0)
                former = QStringLiteral("旧名%1号|曾用%2").arg(i).arg(words[i % words.size()]);
            addEnterprise(db, i * 3, name, former); // ids with gaps
        }
        tx.commit();
    }
    const QStringList queries { QStringLiteral("恒达精密"), QStringLiteral("北京鼎泰"), QStringLiteral("abc"),
        QStringLiteral("ＡＢＣ科技"), QStringLiteral("旧名700号"), QStringLiteral("曾用机械"),
        QStringLiteral("有限公司"), QStringLiteral("名贸易"), QStringLiteral("不存在的") };

    for (const qsizetype budget : { NameGramIndex::kPairBudget, qsizetype(500), qsizetype(1) }) {
        INFO("pair budget " << budget);
        {
            Transaction tx(db);
            NameGramIndex::rebuild(db, {}, budget);
            tx.commit();
        }
        CHECK(NameGramIndex::problem(db).isEmpty());
        if (budget < 1000)
            CHECK(db.scalarInt("SELECT max(id % 4096) FROM name_grams") > 0); // several parts were written
        const NameGramIndex index(db);
        REQUIRE(index.available());
        for (const QString& q : queries) {
            INFO(q.toStdString());
            const auto found = index.containing(q);
            REQUIRE(found);
            CHECK(std::is_sorted(found->begin(), found->end()));
            const QString folded = QString(q).replace(QStringLiteral("ＡＢＣ"), QStringLiteral("abc"));
            const std::vector<qint64> expected = scan(db, folded);
            CHECK(includes(*found, expected));
            if (q == QStringLiteral("不存在的"))
                CHECK(found->empty());
        }
        CHECK_FALSE(index.containing(QStringLiteral("恒达")));
    }
}

TEST_CASE("similar names rank by the rare grams they share", "[store][grams]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(QStringLiteral("s.djcache")));
    {
        Transaction tx(db);
        addEnterprise(db, 1, QStringLiteral("盐城恒达精密机械有限公司"));
        addEnterprise(db, 2, QStringLiteral("盐城恒达贸易有限公司"));
        addEnterprise(db, 3, QStringLiteral("苏州精密机械有限公司"));
        addEnterprise(
            db, 4, QStringLiteral("北京鼎泰科技有限公司"), QStringLiteral("北京恒达精密仪器有限公司"));
        for (int i = 5; i < 200; ++i)
            addEnterprise(db, i, QStringLiteral("第%1号有限公司").arg(i));
        NameGramIndex::rebuild(db);
        tx.commit();
    }
    const NameGramIndex index(db);
    const auto top = index.similar(QStringLiteral("恒达精密机械"), 3);
    REQUIRE(top.size() == 3);
    CHECK(top[0].id == 1); // all four grams
    CHECK(top[0].score > top[1].score);
    std::vector<qint64> rest { top[1].id, top[2].id };
    std::sort(rest.begin(), rest.end());
    CHECK(rest == std::vector<qint64> { 3, 4 }); // 精密机械 / 恒达精密 (a former name)
    CHECK(
        index.similar(QStringLiteral("恒达精密机械"), 100).size() == 3); // 恒达贸易 shares 恒达 only: no gram
    CHECK(index.similar(QStringLiteral("毫不相干"), 10).empty());
    CHECK(index.similar(QStringLiteral("恒达"), 10).empty()); // too short for a gram
}

TEST_CASE("a rebuild follows renamed and removed enterprises", "[store][grams]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(QStringLiteral("r.djcache")));
    Transaction tx(db);
    addEnterprise(db, 1, QStringLiteral("上海旧称科技有限公司"));
    addEnterprise(db, 2, QStringLiteral("上海留下科技有限公司"));
    NameGramIndex::rebuild(db);
    CHECK(NameGramIndex(db).containing(QStringLiteral("旧称科技")) == std::vector<qint64> { 1 });
    db.exec("UPDATE enterprises SET name = '上海新称科技有限公司' WHERE id = 1");
    db.exec("DELETE FROM enterprises WHERE id = 2");
    CHECK_FALSE(NameGramIndex::problem(db).isEmpty()); // stale until rebuilt
    NameGramIndex::rebuild(db);
    CHECK(NameGramIndex::problem(db).isEmpty());
    CHECK(NameGramIndex(db).containing(QStringLiteral("旧称科技"))->empty());
    CHECK(NameGramIndex(db).containing(QStringLiteral("新称科技")) == std::vector<qint64> { 1 });
    CHECK(NameGramIndex(db).containing(QStringLiteral("留下科技"))->empty());
    CHECK(Cache::meta(db, QStringLiteral("name_grams_rows")) == QStringLiteral("1"));
}

TEST_CASE("without the index or with damaged rows the name index answers safely", "[store][grams]")
{
    QTemporaryDir dir;
    {
        // An older cache opened as it is: no name_grams table.
        Database raw = Database::openRaw(dir.filePath(QStringLiteral("old.db")), Database::Mode::Create);
        raw.exec("CREATE TABLE enterprises(id INTEGER PRIMARY KEY, name TEXT, former_names TEXT)");
        const NameGramIndex index(raw);
        CHECK_FALSE(index.available());
        CHECK_FALSE(index.containing(QStringLiteral("恒达精密")));
        CHECK(index.similar(QStringLiteral("恒达精密"), 10).empty());
    }
    Database db = Cache::openOrCreate(dir.filePath(QStringLiteral("d.djcache")));
    addEnterprise(db, 1, QStringLiteral("南京恒达精密有限公司"));
    NameGramIndex::rebuild(db);
    // Truncate every stored row: lookups stop at the damage instead of reading past it.
    db.exec("UPDATE name_grams SET data = substr(data, 1, length(data) - 1)");
    CHECK_FALSE(NameGramIndex::problem(db).isEmpty());
    const auto found = NameGramIndex(db).containing(QStringLiteral("恒达精密"));
    REQUIRE(found);
    CHECK(found->size() <= 1);
    CHECK_NOTHROW(NameGramIndex(db).similar(QStringLiteral("恒达精密"), 10));
}

TEST_CASE("a cancelled rebuild throws and the transaction keeps the old index", "[store][grams]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(QStringLiteral("c.djcache")));
    {
        Transaction tx(db);
        for (int i = 1; i <= 40000; ++i)
            addEnterprise(db, i, QStringLiteral("杭州第%1号网络有限公司").arg(i));
        NameGramIndex::rebuild(db);
        tx.commit();
    }
    const qint64 rows = db.scalarInt("SELECT count(*) FROM name_grams");
    std::atomic_bool cancel { true };
    {
        Transaction tx(db);
        db.exec("UPDATE enterprises SET name = '改名' || name");
        CHECK_THROWS_AS(NameGramIndex::rebuild(db, dj::Progress({}, &cancel)), dj::Cancelled);
    } // rolled back
    CHECK(db.scalarInt("SELECT count(*) FROM name_grams") == rows);
    CHECK(NameGramIndex::problem(db).isEmpty());
}
