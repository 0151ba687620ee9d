#include "core/codes/industrytreemodel.h"
#include "core/codes/regiontreemodel.h"
#include "tests/support/testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using dj::codes::CodeTreeModel;
using dj::codes::IndustryTreeModel;
using dj::codes::RegionTreeModel;

namespace {

void setCheck(CodeTreeModel& model, const QString& code, Qt::CheckState state)
{
    const QModelIndex i = model.indexOf(code);
    REQUIRE(i.isValid());
    REQUIRE(model.setData(i, int(state), Qt::CheckStateRole));
}

Qt::CheckState checkOf(const CodeTreeModel& model, const QString& code)
{
    return Qt::CheckState(model.data(model.indexOf(code), Qt::CheckStateRole).toInt());
}

} // namespace

TEST_CASE("RegionTreeModel passes QAbstractItemModelTester", "[codes][models]")
{
    RegionTreeModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 34);
    CHECK(model.headerData(0, Qt::Horizontal).toString().size() > 0);
    const QModelIndex js = model.indexOf(u"32"_s);
    REQUIRE(js.isValid());
    CHECK(js.data().toString() == u"江苏省");
    CHECK(js.data(CodeTreeModel::LevelRole).toInt() == 1);
    CHECK(js.data(CodeTreeModel::ShortNameRole).toString() == u"江苏");
    const QModelIndex yc = model.indexOf(u"3209"_s);
    REQUIRE(yc.isValid());
    CHECK(yc.parent() == js);
    CHECK(model.indexOf(u"320902"_s).parent() == yc);
    CHECK(model.flags(yc) & Qt::ItemIsUserCheckable);
    // Placeholders are flattened: 北京's districts and 济源 sit right under their province.
    CHECK(model.indexOf(u"110105"_s).parent() == model.indexOf(u"11"_s));
    CHECK(model.indexOf(u"419001"_s).parent() == model.indexOf(u"41"_s));
    CHECK_FALSE(model.indexOf(u"1101"_s).isValid());
    CHECK_FALSE(model.indexOf(u"110101001"_s).isValid()); // streets only with maxLevel 4
    CHECK(RegionTreeModel::prefixOf(u"320000"_s) == u"32");
    CHECK(RegionTreeModel::prefixOf(u"320900"_s) == u"3209");
    CHECK(RegionTreeModel::prefixOf(u"320902"_s) == u"320902");
}

TEST_CASE("Region picker checks: tri-state parents and minimal code lists", "[codes][models]")
{
    RegionTreeModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &CodeTreeModel::checkedCodesChanged);

    setCheck(model, u"320902"_s, Qt::Checked);
    CHECK(checkOf(model, u"3209"_s) == Qt::PartiallyChecked);
    CHECK(checkOf(model, u"32"_s) == Qt::PartiallyChecked);
    CHECK(model.checkedCodes() == QStringList { u"320902"_s });

    setCheck(model, u"3209"_s, Qt::Checked);
    CHECK(checkOf(model, u"320902"_s) == Qt::Checked);
    CHECK(checkOf(model, u"320981"_s) == Qt::Checked);
    CHECK(model.checkedCodes() == QStringList { u"3209"_s });

    // Checking every prefecture of 江苏 checks the province: the list collapses to "32".
    for (int r = 0; r < model.rowCount(model.indexOf(u"32"_s)); ++r)
        setCheck(model, model.index(r, 0, model.indexOf(u"32"_s)).data(CodeTreeModel::CodeRole).toString(),
            Qt::Checked);
    CHECK(checkOf(model, u"32"_s) == Qt::Checked);
    CHECK(model.checkedCodes() == QStringList { u"32"_s });

    setCheck(model, u"320902"_s, Qt::Unchecked);
    CHECK(checkOf(model, u"32"_s) == Qt::PartiallyChecked);
    CHECK_FALSE(model.checkedCodes().contains(u"32"_s));
    CHECK(model.checkedCodes().contains(u"320903"_s));

    model.setCheckedCodes({ u"11"_s, u"3209"_s, u"nonsense"_s });
    CHECK(model.checkedCodes() == (QStringList { u"11"_s, u"3209"_s }));
    CHECK(checkOf(model, u"110105"_s) == Qt::Checked);
    model.clearChecks();
    CHECK(model.checkedCodes().isEmpty());
    CHECK(checkOf(model, u"32"_s) == Qt::Unchecked);
    CHECK(changed.count() >= 5);

    CHECK_FALSE(model.setData(model.indexOf(u"32"_s), u"x"_s, Qt::CheckStateRole));
    CHECK_FALSE(model.setData(model.indexOf(u"32"_s), 1, Qt::DisplayRole));
}

TEST_CASE("Region picker filters through a recursive proxy", "[codes][models]")
{
    RegionTreeModel model(3);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterRole(CodeTreeModel::SearchTextRole);
    proxy.setFilterFixedString(u"亭湖"_s);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(proxy.rowCount() == 1);
    const QModelIndex js = proxy.index(0, 0);
    CHECK(js.data(CodeTreeModel::CodeRole).toString() == u"32");
    proxy.setFilterFixedString(u"320902"_s); // the 6-digit code is searchable too
    CHECK(proxy.rowCount() == 1);
}

TEST_CASE("RegionTreeModel with streets", "[codes][models]")
{
    RegionTreeModel model(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex street = model.indexOf(u"110101001"_s);
    REQUIRE(street.isValid());
    CHECK(street.parent() == model.indexOf(u"110101"_s));
    setCheck(model, u"110101"_s, Qt::Checked);
    CHECK(checkOf(model, u"110101001"_s) == Qt::Checked);
}

TEST_CASE("IndustryTreeModel passes QAbstractItemModelTester", "[codes][models]")
{
    IndustryTreeModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 20);
    const QModelIndex c = model.indexOf(u"C"_s);
    REQUIRE(c.isValid());
    CHECK(c.data().toString() == u"C 制造业");
    CHECK(model.rowCount(c) == 31);
    CHECK(model.indexOf(u"3922"_s).parent() == model.indexOf(u"392"_s));

    setCheck(model, u"39"_s, Qt::Checked);
    CHECK(checkOf(model, u"C"_s) == Qt::PartiallyChecked);
    CHECK(checkOf(model, u"3922"_s) == Qt::Checked);
    CHECK(model.checkedCodes() == QStringList { u"39"_s });

    IndustryTreeModel divisionsOnly(1);
    QAbstractItemModelTester tester2(&divisionsOnly, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(divisionsOnly.rowCount(divisionsOnly.indexOf(u"39"_s)) == 0);
}
