#include "core/io/tableschema.h"
#include "core/store/cache.h"
#include "tests/support/testutil.h"
#include "translations/translations.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/io/exportdialog.h"
#include "ui/io/importdialog.h"
#include "ui/io/importresultdialog.h"
#include "ui/io/tabletitles.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace dj;
using namespace Qt::StringLiterals;

namespace {

template <typename F> bool waitFor(F done, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    QCoreApplication::processEvents();
    return done();
}

struct Fixture
{
    QTemporaryDir dir;
    ui::AppContext context;
    QString cache;
    Fixture()
    {
        ui::Settings::setInstance(std::make_unique<ui::Settings>(dir.filePath(u"settings.ini"_s)));
        cache = dir.filePath(u"c.djcache"_s);
        store::Cache::openOrCreate(cache);
        context.openCache(cache);
    }
};

} // namespace

TEST_CASE(
    "import dialog: mapping step shows each source, a user mapping imports and is remembered", "[io][ui]")
{
    Fixture f;
    const QString book = dj::test::dataPath(u"io/needs_mapping.xlsx"_s);
    {
        ui::ImportDialog dialog(f.context);
        dialog.show();
        dialog.setPaths({ book });
        REQUIRE(waitFor([&]() { return dialog.mappingTabs()->count() == 1 && !dialog.isBusy(); }));
        QWidget* tab = dialog.mappingTabs()->widget(0);
        auto* tableCombo = tab->findChild<QComboBox*>(u"tableCombo"_s);
        auto* preview = tab->findChild<QTableWidget*>(u"previewTable"_s);
        REQUIRE(tableCombo);
        REQUIRE(preview);
        CHECK(tableCombo->currentData().toString().isEmpty()); // nobody could guess these headers
        CHECK(preview->columnCount() == 4);
        CHECK(preview->item(1, 1)->text() == u"苏州园区新材料有限公司"_s);

        // Tables and columns read by the names users know, with the bundle's names beside them.
        CHECK(tableCombo->itemText(tableCombo->findData(u"enterprises"_s)) == u"Enterprises (enterprises)"_s);
        CHECK(tableCombo->count() == io::TableSchema::tableNames().size() + 1);
        tableCombo->setCurrentIndex(tableCombo->findData(u"enterprises"_s));
        auto* first = qobject_cast<QComboBox*>(preview->cellWidget(0, 0));
        REQUIRE(first);
        CHECK(first->itemText(first->findData(u"uscc"_s)) == u"统一社会信用代码 (uscc)"_s);
        CHECK(first->itemText(first->findData(u"name"_s)) == u"企业名称 (name)"_s);
        const QStringList wanted { u"uscc"_s, u"name"_s, u"status"_s, u"region_code"_s };
        for (int c = 0; c < 4; ++c) {
            auto* combo = qobject_cast<QComboBox*>(preview->cellWidget(0, c));
            REQUIRE(combo);
            combo->setCurrentIndex(combo->findData(wanted.at(c)));
        }
        const io::ImportOptions options = dialog.options();
        REQUIRE(options.mappings.size() == 1);
        CHECK(options.mappings.cbegin()->table == u"enterprises"_s);

        bool done = false;
        QObject::connect(&dialog, &ui::ImportDialog::imported, [&]() { done = true; });
        dialog.startImport();
        REQUIRE(waitFor([&]() { return done; }));
        CHECK(dialog.lastReport().imported.value(u"enterprises"_s) == 2);
    }
    for (QWidget* w : QApplication::topLevelWidgets())
        if (qobject_cast<ui::ImportResultDialog*>(w))
            w->close();
    CHECK(store::Cache::open(f.cache).scalarInt("SELECT count(*) FROM enterprises") == 2);

    // The same headers next time: mapped by themselves.
    ui::ImportDialog again(f.context);
    again.setPaths({ book });
    REQUIRE(waitFor([&]() { return again.mappingTabs()->count() == 1 && !again.isBusy(); }));
    auto* tableCombo = again.mappingTabs()->widget(0)->findChild<QComboBox*>(u"tableCombo"_s);
    CHECK(tableCombo->currentData().toString() == u"enterprises"_s);
    CHECK(again.options().mappings.isEmpty()); // nothing changed by the user
}

TEST_CASE("import result dialog lists rejected rows and saves them", "[io][ui]")
{
    QTemporaryDir dir;
    io::ImportReport report;
    report.imported.insert(u"enterprises"_s, 3);
    report.rejected.append({ u"enterprises.csv"_s, 4, u"established"_s, u"not a date"_s });
    report.rejected.append({ u"roles.csv"_s, 2, u"uscc"_s, u"unknown enterprise"_s });
    ui::ImportResultDialog dialog(report);
    CHECK(dialog.rejectedTable()->rowCount() == 2);
    CHECK(dialog.rejectedTable()->item(1, 3)->text() == u"unknown enterprise"_s);
    const QString path = dir.filePath(u"r.csv"_s);
    CHECK(dialog.saveRejected(path).isEmpty());
    CHECK(QFileInfo(path).size() > 40);
}

TEST_CASE("export dialog writes the cache or a result list", "[io][ui]")
{
    Fixture f;
    {
        store::Database db = store::Cache::open(f.cache);
        db.exec(
            "INSERT INTO enterprises(uscc, name, status, region_code) VALUES "
            "('913101150000100063', '甲', '存续', '310115'), ('91310115000010014X', '乙', '在业', '310115')");
    }
    ui::ExportDialog whole(f.context);
    whole.setFormat(io::ExportOptions::Format::Xlsx);
    whole.setDestination(f.dir.filePath(u"all.xlsx"_s));
    bool done = false;
    QObject::connect(&whole, &ui::ExportDialog::idle, [&]() { done = true; });
    whole.startExport();
    REQUIRE(waitFor([&]() { return done; }));
    CHECK(QFileInfo::exists(f.dir.filePath(u"all.xlsx"_s)));
    CHECK(whole.lastSummary().rows.value(u"enterprises"_s) == 2);

    ui::ExportDialog list(f.context, QStringList { u"91310115000010014X"_s });
    list.setDestination(f.dir.filePath(u"list"_s));
    done = false;
    QObject::connect(&list, &ui::ExportDialog::idle, [&]() { done = true; });
    list.startExport();
    REQUIRE(waitFor([&]() { return done; }));
    CHECK(list.lastSummary().rows.value(u"enterprises"_s) == 1);
    CHECK(QFileInfo::exists(f.dir.filePath(u"list/enterprises.csv"_s)));
}

TEST_CASE("tables and columns have the names users know", "[io][ui]")
{
    using io::TableSchema;
    CHECK(TableSchema::columnLabel(u"enterprises"_s, u"uscc"_s) == u"统一社会信用代码"_s);
    CHECK(TableSchema::columnLabel(u"shareholdings"_s, u"investee_uscc"_s) == u"统一社会信用代码"_s);
    CHECK(TableSchema::columnLabel(u"shareholdings"_s, u"holder_name"_s) == u"股东名称"_s);
    CHECK(TableSchema::columnLabel(u"enterprises"_s, u"no_such_column"_s).isEmpty());
    CHECK(ui::TableTitles::column(u"enterprises"_s, u"no_such_column"_s) == u"no_such_column"_s);
    CHECK(ui::TableTitles::table(u"no_such_table"_s) == u"no_such_table"_s);
    // Every table has a title, and most columns of the main tables a Chinese header.
    int labelled = 0, columns = 0;
    for (const io::TableSpec& t : TableSchema::tables()) {
        CHECK(ui::TableTitles::table(t.name) != t.name);
        for (const io::ColumnSpec& c : t.columns) {
            ++columns;
            labelled += TableSchema::columnLabel(t.name, c.name).isEmpty() ? 0 : 1;
        }
    }
    CHECK(labelled * 2 > columns);
    // The result dialog names tables the same way.
    io::ImportReport report;
    report.imported.insert(u"enterprises"_s, 3);
    ui::ImportResultDialog dialog(report);
    bool found = false;
    for (QLabel* l : dialog.findChildren<QLabel*>())
        found = found || l->text().contains(u"Enterprises (enterprises): 3"_s);
    CHECK(found);
}

// Issue #21: per sheet the table it was read as and why, mappings to derived columns, and the rows as they
// will be stored. DJ_IMPORT_SHOT=file.png saves the dialog (1366×768 screen) for the screenshots.
TEST_CASE("import dialog: a vendor workbook shows the table decision, the mapping and the converted rows",
    "[io][ui]")
{
    Fixture f;
    const QString book = dj::test::dataPath(u"io/vendors/企查查_高级搜索导出.xlsx"_s);
    ui::ImportDialog dialog(f.context);
    dialog.resize(1300, 720);
    dialog.show();
    dialog.setPaths({ book, dj::test::dataPath(u"io/vendors/企业全景_上海点兢.xlsx"_s) });
    REQUIRE(waitFor([&]() { return dialog.mappingTabs()->count() == 8 && !dialog.isBusy(); }));
    QWidget* tab = dialog.mappingTabs()->widget(0);
    auto* tableCombo = tab->findChild<QComboBox*>(u"tableCombo"_s);
    auto* decision = tab->findChild<QLabel*>(u"decisionLabel"_s);
    auto* preview = tab->findChild<QTableWidget*>(u"previewTable"_s);
    auto* converted = tab->findChild<QTableWidget*>(u"convertedTable"_s);
    REQUIRE(tableCombo);
    REQUIRE(decision);
    REQUIRE(preview);
    REQUIRE(converted);
    CHECK(tableCombo->currentData().toString() == u"enterprises"_s);
    CHECK(decision->text().contains(u"enterprises"_s));
    CHECK(decision->toolTip().contains(u"所属省份 → province_name"_s));
    // The header is row 4 of the sheet: the preview starts at the first company, the note row is gone.
    CHECK(preview->item(1, 0)->text() == u"盐城亭湖新材料有限公司"_s);
    CHECK(preview->rowCount() == 1 + 3);
    // 所属区县 is offered as a derived column and chosen by itself.
    auto* county = qobject_cast<QComboBox*>(preview->cellWidget(0, 10));
    REQUIRE(county);
    CHECK(county->currentData().toString() == u"county_name"_s);

    auto cell = [converted](int row, const QString& column) {
        for (int c = 0; c < converted->columnCount(); ++c)
            if (converted->horizontalHeaderItem(c)->text().endsWith(u"("_s + column + u")"_s))
                return converted->item(row, c) ? converted->item(row, c)->text() : QString();
        return u"<no column>"_s;
    };
    // 江苏省 盐城市 亭湖区 → 320902; 500万元人民币 → 5000000 yuan; 小类 集成电路制造 → 3973.
    CHECK(cell(0, u"region_code"_s) == u"320902"_s);
    CHECK(cell(0, u"registered_capital"_s) == u"5000000"_s);
    CHECK(cell(0, u"industry_code"_s) == u"3973"_s);
    CHECK(cell(0, u"status"_s) == u"存续"_s);

    // The user maps 所属区县 away: the county comes from the address then (福州 row) or the city stays.
    county->setCurrentIndex(county->findData(QString()));
    emit county->activated(county->currentIndex());
    CHECK(cell(0, u"region_code"_s) == u"320902"_s); // the address 盐城市亭湖区… names the county

    // 变更记录 has no table: not imported, and said so.
    int changes = -1;
    for (int i = 0; i < dialog.mappingTabs()->count(); ++i)
        if (dialog.mappingTabs()->tabText(i).contains(u"变更记录"_s))
            changes = i;
    REQUIRE(changes >= 0);
    auto* changesDecision = dialog.mappingTabs()->widget(changes)->findChild<QLabel*>(u"decisionLabel"_s);
    CHECK(changesDecision->text().contains(u"no table"_s));

    const QByteArray shot = qgetenv("DJ_IMPORT_SHOT");
    if (!shot.isEmpty()) {
        // The window as users see it: Chinese (the checks above read the English sources).
        dj::installTranslations(u"zh_CN"_s);
        dialog.close();
        ui::ImportDialog zh(f.context);
        zh.resize(1340, 740);
        zh.show();
        zh.setPaths({ book, dj::test::dataPath(u"io/vendors/企业全景_上海点兢.xlsx"_s) });
        REQUIRE(waitFor([&]() { return zh.mappingTabs()->count() == 8 && !zh.isBusy(); }));
        const int tab = qEnvironmentVariableIntValue("DJ_IMPORT_TAB");
        zh.mappingTabs()->setCurrentIndex(tab);
        waitFor([]() { return false; }, 300);
        zh.grab().save(QString::fromLocal8Bit(shot));
        waitFor([]() { return false; }, qEnvironmentVariableIntValue("DJ_IMPORT_HOLD_MS"));
        dj::installTranslations(u"en"_s);
    }
}

// A 企查查 company export: the sheets without a credit code column belong to the company of 基本信息, which
// the window says, and the converted rows carry its code. DJ_IMPORT_SOLO_SHOT=file.png saves the window
// (DJ_IMPORT_TAB selects the sheet).
TEST_CASE("import dialog: a one-company workbook's sheets are linked to its company", "[io][ui]")
{
    Fixture f;
    const QString book = dj::test::dataPath(u"io/vendors/企查查_企业详情_苏州点兢.xlsx"_s);
    auto check = [&book](ui::ImportDialog& dialog, bool english) {
        dialog.setPaths({ book });
        REQUIRE(waitFor([&]() { return dialog.mappingTabs()->count() == 7 && !dialog.isBusy(); }));
        int holders = -1;
        for (int i = 0; i < dialog.mappingTabs()->count(); ++i)
            if (dialog.mappingTabs()->tabText(i).endsWith(u"股东信息"_s))
                holders = i;
        REQUIRE(holders >= 0);
        QWidget* tab = dialog.mappingTabs()->widget(holders);
        auto* link = tab->findChild<QLabel*>(u"linkLabel"_s);
        REQUIRE(link);
        CHECK(link->text().contains(u"91320505200000419C"_s));
        CHECK(link->text().contains(u"苏州点兢智能科技有限公司"_s));
        if (english)
            CHECK(link->text().contains(u"no credit code column"_s));
        auto* preview = tab->findChild<QTableWidget*>(u"previewTable"_s);
        auto* converted = tab->findChild<QTableWidget*>(u"convertedTable"_s);
        REQUIRE(preview);
        REQUIRE(converted);
        // The two-cell title row (企业名称：… | 共 3 条) is not the header: the preview starts at 陈一.
        CHECK(preview->item(1, 1)->text() == u"陈一"_s);
        REQUIRE(converted->rowCount() == 3);
        int investee = -1;
        for (int c = 0; c < converted->columnCount(); ++c)
            if (converted->horizontalHeaderItem(c)->text().endsWith(u"(investee_uscc)"_s)
                || converted->horizontalHeaderItem(c)->text().endsWith(u"（investee_uscc）"_s))
                investee = c;
        REQUIRE(investee >= 0);
        for (int r = 0; r < 3; ++r)
            CHECK(converted->item(r, investee)->text() == u"91320505200000419C"_s);
        // 基本信息 itself has a credit code column: no link.
        CHECK_FALSE(dialog.mappingTabs()->widget(0)->findChild<QLabel*>(u"linkLabel"_s));
        return holders;
    };
    {
        ui::ImportDialog dialog(f.context);
        dialog.resize(1300, 720);
        dialog.show();
        check(dialog, true);
    }
    const QByteArray shot = qgetenv("DJ_IMPORT_SOLO_SHOT");
    if (!shot.isEmpty()) {
        dj::installTranslations(u"zh_CN"_s);
        ui::ImportDialog zh(f.context);
        zh.resize(1340, 740);
        zh.show();
        const int holders = check(zh, false);
        zh.mappingTabs()->setCurrentIndex(qEnvironmentVariableIsSet("DJ_IMPORT_TAB")
                ? qEnvironmentVariableIntValue("DJ_IMPORT_TAB")
                : holders);
        waitFor([]() { return false; }, 300);
        zh.grab().save(QString::fromLocal8Bit(shot));
        waitFor([]() { return false; }, qEnvironmentVariableIntValue("DJ_IMPORT_HOLD_MS"));
        dj::installTranslations(u"en"_s);
    }
}

TEST_CASE("import dialog: headers that fit two tables about equally make the window ask", "[io][ui]")
{
    Fixture f;
    const QString file = f.dir.filePath(u"list.csv"_s);
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("统一社会信用代码,类型,日期\n913101150000100063,发明专利,2020-01-01\n");
    }
    ui::ImportDialog dialog(f.context);
    dialog.setPaths({ file });
    REQUIRE(waitFor([&]() { return dialog.mappingTabs()->count() == 1 && !dialog.isBusy(); }));
    QWidget* tab = dialog.mappingTabs()->widget(0);
    auto* tableCombo = tab->findChild<QComboBox*>(u"tableCombo"_s);
    auto* decision = tab->findChild<QLabel*>(u"decisionLabel"_s);
    CHECK(tableCombo->currentData().toString().isEmpty()); // not chosen for the user
    CHECK(decision->text().contains(u"(risks)"_s));
    CHECK(decision->text().contains(u"(ip)"_s));
    CHECK(dialog.options().skip.size() == 1); // left as it is, the file is not imported
}
