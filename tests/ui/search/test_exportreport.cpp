#include "core/search/searchengine.h"
#include "searchfixture.h"
#include "tests/support/testutil.h"
#include "testwait.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/search/enterpriseprofiledialog.h"
#include "ui/search/evaluationreport.h"
#include "ui/search/evaluationscore.h"
#include "ui/search/filtersidebar.h"
#include "ui/search/financialchart.h"
#include "ui/search/listimport.h"
#include "ui/search/profiledata.h"
#include "ui/search/resultcolumns.h"
#include "ui/search/resultmodel.h"
#include "ui/search/searchpanel.h"

#include <QFile>
#include <QItemSelectionModel>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj;
using dj::test::SearchFixture;
using dj::test::waitFor;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(30000))
        return {};
    // NFKC: the CJK font's glyphs for 行 etc. are shared with Kangxi radicals, which pdftotext may report.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("Export writes the visible columns of the result, all or selected", "[search][export][ui]")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("e.djcache"));
    SearchFixture::build(cache);
    ui::Settings::setInstance(std::make_unique<ui::Settings>(dir.filePath(QStringLiteral("s.ini"))));
    ui::AppContext ctx;
    ctx.openCache(cache);
    ui::SearchPanel panel(ctx);
    REQUIRE(waitFor([&] { return panel.engine() && !panel.isBusy() && panel.resultCount() >= 0; }));
    search::Filter f;
    f.regions = { QStringLiteral("32") };
    panel.sidebar()->setFilter(f);
    REQUIRE(waitFor([&] { return !panel.isBusy(); }));
    const qint64 total = panel.resultCount();
    REQUIRE(total == qint64(panel.engine()->matchIds(f).size()));
    panel.setColumnVisible(ui::ResultColumns::Industry, false);
    panel.setColumnVisible(ui::ResultColumns::LegalRep, true);
    const QList<int> columns = panel.visibleColumns();

    QString error = QStringLiteral("(not finished)");
    QObject::connect(
        &panel, &ui::SearchPanel::exportFinished, [&error](const QString&, const QString& e) { error = e; });
    const QString csv = dir.filePath(QStringLiteral("result.csv"));
    panel.exportResult(csv, false);
    REQUIRE(waitFor([&] { return error != QStringLiteral("(not finished)"); }));
    CHECK(error.isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == total + 1);
    QStringList header;
    for (int c : columns)
        header << ui::ResultColumns::title(c);
    CHECK(lines[0] == header.join(QLatin1Char(',')));
    CHECK_FALSE(lines[0].contains(ui::ResultColumns::title(ui::ResultColumns::Industry)));
    // Rows in the table's order (revenue, descending).
    CHECK(lines[1].startsWith(panel.resultModel()->rowAt(0).name + QLatin1Char(',')));

    // Selected rows to XLSX: the first column (names) reads back.
    panel.resultView()->selectRow(2);
    panel.resultView()->selectionModel()->select(
        panel.resultModel()->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    error = QStringLiteral("(not finished)");
    const QString xlsx = dir.filePath(QStringLiteral("selected.xlsx"));
    panel.exportResult(xlsx, true);
    REQUIRE(waitFor([&] { return error != QStringLiteral("(not finished)"); }));
    CHECK(error.isEmpty());
    CHECK(ui::ListImport::readFirstColumn(xlsx)
        == QStringList { panel.resultModel()->rowAt(2).name, panel.resultModel()->rowAt(4).name });

    // A target that cannot be written reports an error and leaves nothing behind.
    error = QStringLiteral("(not finished)");
    panel.exportResult(dir.filePath(QStringLiteral("missing/dir/out.csv")), false);
    REQUIRE(waitFor([&] { return error != QStringLiteral("(not finished)"); }));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing/dir/out.csv"))));
}

TEST_CASE("Evaluation score explains each component", "[search][report]")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("r.djcache"));
    SearchFixture::build(cache);
    const ui::ProfileData p = ui::ProfileData::load(cache, SearchFixture::hengdaUscc());
    const auto s = ui::EvaluationScore::evaluate(p, QDate(2024, 6, 30));
    REQUIRE(s.items.size() == 10);
    // Established 2008 (16 years) 15; capital 5,000万 10; revenue 3.2亿 16; revenue CAGR 30 % 15;
    // tax +30 % in 2022 and 2023: 15; 专精特新 3+2 = 5; IP 2 + 0.5 = 2.5; financing 5; one 行政处罚 −3.
    const QList<double> expected { 15, 10, 16, 15, 15, 5, 2.5, 5, -3, 0 };
    for (int i = 0; i < expected.size(); ++i) {
        INFO(s.items[i].component.toStdString() << ": " << s.items[i].reason.toStdString());
        CHECK(s.items[i].points == Approx(expected[i]));
        CHECK_FALSE(s.items[i].reason.isEmpty());
    }
    CHECK(s.total == Approx(80.5));
    CHECK(s.grade == QStringLiteral("A"));

    // Unknown enterprise: a clear error, not an empty profile.
    CHECK_THROWS_AS(ui::ProfileData::load(cache, QStringLiteral("91000000MA00000000")), std::runtime_error);
}

TEST_CASE("Profile dialog shows every tab, finds branches and writes the Chinese PDF report",
    "[search][report][ui]")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("p.djcache"));
    SearchFixture::build(cache);
    ui::EnterpriseProfileDialog dialog(cache, SearchFixture::dingtaiUscc());
    REQUIRE(waitFor([&] { return dialog.isLoaded(); }));
    REQUIRE(dialog.tabs()->count() == 13); // with 走访记录 and 未完成走访任务
    CHECK(dialog.profile()->branches.rows.size() == 1);
    CHECK(dialog.profile()->branches.rows[0][1].toString()
        == SearchFixture::dingtaiName() + QStringLiteral("玄武分公司"));

    ui::EnterpriseProfileDialog hengda(cache, SearchFixture::hengdaUscc());
    REQUIRE(waitFor([&] { return hengda.isLoaded(); }));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QString written;
    QObject::connect(
        &hengda, &ui::EnterpriseProfileDialog::reportWritten, [&written](const QString& p) { written = p; });
    hengda.writeReport(pdf);
    REQUIRE(waitFor([&] { return !written.isEmpty(); }, 60000));
    if (qEnvironmentVariableIsSet("DJ_KEEP_REPORT"))
        QFile::copy(pdf, qEnvironmentVariable("DJ_KEEP_REPORT"));
    CHECK(QFileInfo(pdf).size() > 10000);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) missing: PDF text not checked");
    } else {
        const QString text = pdfText(pdf);
        CHECK(text.contains(SearchFixture::hengdaName()));
        CHECK(text.contains(QStringLiteral("行政处罚")));
        CHECK(text.contains(QStringLiteral("盐城市市场监管局")));
    }

    // A report into a folder that does not exist fails with a message.
    QString failed;
    QObject::connect(
        &hengda, &ui::EnterpriseProfileDialog::reportFailed, [&failed](const QString& m) { failed = m; });
    hengda.writeReport(dir.filePath(QStringLiteral("nope/report.pdf")));
    REQUIRE(waitFor([&] { return !failed.isEmpty(); }));
}

TEST_CASE("Financial chart renders", "[search][report][ui]")
{
    store::TableRows fin;
    fin.columns = { QStringLiteral("year"), QStringLiteral("revenue"), QStringLiteral("tax"),
        QStringLiteral("profit") };
    fin.rows << QVariantList { 2022, 1e8, 5e6, 8e6 } << QVariantList { 2023, 1.3e8, 6e6, -1e6 };
    const QImage img = ui::FinancialChart::render(fin, QSize(800, 400));
    REQUIRE(img.size() == QSize(1600, 800)); // rendered at twice the pixels
    // Not blank: some pixels differ from white.
    int coloured = 0;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4)
            coloured += img.pixel(x, y) != qRgb(255, 255, 255);
    CHECK(coloured > 100);
}
