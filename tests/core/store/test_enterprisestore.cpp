#include "core/store/cache.h"
#include "core/store/enterprisestore.h"
#include "tests/support/testutil.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj::store;

TEST_CASE("the enterprise store reads an enterprise and its related rows", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.djcache"));
    {
        Database db = Cache::openOrCreate(path);
        db.exec(
            "INSERT INTO enterprises(uscc, name, former_names, status, region_code, registered_capital) "
            "VALUES "
            "('91110000600037341L','北京测试科技有限公司','北京旧名贸易有限公司|北京更早名称有限公司','存续',"
            "'110105',5000000),"
            "('91310115MA1K3BTP2B','上海样例餐饮有限公司',NULL,'在业','310115',NULL);"
            "INSERT INTO financials(uscc, year, revenue, tax) VALUES ('91110000600037341L',2022,1e7,5e5),"
            "('91110000600037341L',2023,1.2e7,6e5);"
            "INSERT INTO shareholdings(investee_uscc, holder_kind, holder_id, holder_name, share_pct) VALUES "
            "('91310115MA1K3BTP2B','enterprise','91110000600037341L','北京测试科技有限公司',60);");
        Cache::rebuildDerivedIndexes(db);
        Cache::setMeta(db, QStringLiteral("data_source"), QStringLiteral("演示数据"));
    }
    auto store = openEnterpriseStore(path);
    CHECK(store->dataSource() == QStringLiteral("演示数据"));
    CHECK(store->enterpriseCount() == 2);
    auto e = store->enterprise(QStringLiteral("91110000600037341L"));
    REQUIRE(e);
    CHECK(e->name == QStringLiteral("北京测试科技有限公司"));
    CHECK(e->formerNames.size() == 2);
    CHECK(e->registeredCapital.value() == 5000000.0);
    CHECK_FALSE(store->enterprise(QStringLiteral("nope")));

    const TableRows fin
        = store->related(QStringLiteral("91110000600037341L"), EnterpriseStore::Related::Financials);
    REQUIRE(fin.rows.size() == 2);
    CHECK(fin.rows[1][fin.column(QStringLiteral("revenue"))].toDouble() == 1.2e7);
    const TableRows inv
        = store->related(QStringLiteral("91110000600037341L"), EnterpriseStore::Related::Investments);
    REQUIRE(inv.rows.size() == 1);
    CHECK(
        inv.rows[0][inv.column(QStringLiteral("name"))].toString() == QStringLiteral("上海样例餐饮有限公司"));

    CHECK(store->enterprisesByName(QStringLiteral("北京旧名贸易有限公司")).size() == 1);
    CHECK(store->enterprisesByName(QStringLiteral("北京旧名贸易"))
              .isEmpty()); // a whole former name, not a part
    CHECK(store->enterprisesByName(QStringLiteral("上海样例餐饮有限公司")).size() == 1);
}
