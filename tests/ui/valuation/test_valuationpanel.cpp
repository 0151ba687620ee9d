// The valuation panel: live recalculation, one undo step per user action, refused values shown next to the
// cell, save/reopen/export giving the CLI's numbers, the ledger untouched by valuation edits.
#include "core/io/xlsxreader.h"
#include "core/valuation/worksheet.h"
#include "tests/support/testutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/valuation/fieldeditors.h"
#include "ui/valuation/jsontablemodel.h"
#include "ui/valuation/valuationcalculator.h"
#include "ui/valuation/valuationpanel.h"
#include "ui/valuation/worksheetdocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <cmath>

using namespace dj;

namespace {
template <typename T> T* findField(QWidget* root, const QString& path)
{
    for (T* f : root->findChildren<T*>())
        if (f->path() == path)
            return f;
    return nullptr;
}

double conclusion(const ui::ValuationPanel& p)
{
    return p.calculator()->result().conclusion.value;
}

void settle(int ms = 30)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}
} // namespace

TEST_CASE("Panel: a typed value recalculates at once and is one undo step", "[valuation][ui]")
{
    ui::AppContext ctx;
    ui::ValuationPanel panel(ctx);
    panel.resize(1300, 720);
    panel.show();
    panel.loadSample(QStringLiteral("bank-customer-data"));
    settle();
    REQUIRE(panel.calculator()->valuationOk());
    const double before = conclusion(panel);
    CHECK(panel.undoStack() == panel.document()->undoStack());
    CHECK(panel.undoStack()->count() == 0);

    panel.showTab(3);
    auto* k = findField<ui::FieldEdit>(&panel, QStringLiteral("income.share_k"));
    REQUIRE(k);
    auto* edit = qobject_cast<QLineEdit*>(k->editor());
    REQUIRE(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("0.24"));
    QTest::keyClick(edit, Qt::Key_Return);
    settle();
    // The value is linear in K: doubling K doubles it.
    CHECK(conclusion(panel) == Approx(2 * before).epsilon(1e-9));
    CHECK(panel.undoStack()->count() == 1);
    CHECK(panel.calculator()->lastMs() < 50);
    panel.undoStack()->undo();
    settle();
    CHECK(conclusion(panel) == Approx(before).epsilon(1e-12));
    panel.undoStack()->redo();
    settle();
    CHECK(conclusion(panel) == Approx(2 * before).epsilon(1e-9));
}

TEST_CASE("Panel: a refused value is shown next to its cell with the reason, and nothing else changes",
    "[valuation][ui]")
{
    ui::AppContext ctx;
    ui::ValuationPanel panel(ctx);
    panel.loadSample(QStringLiteral("bank-customer-data"));
    settle();
    const QJsonObject ledgerBefore = panel.resultsJson().value(QStringLiteral("ledger")).toObject();
    const auto models = panel.findChildren<ui::JsonTableModel*>();
    ui::JsonTableModel* periods = nullptr;
    for (auto* m : models)
        if (m->arrayPath() == u"income.periods")
            periods = m;
    REQUIRE(periods);
    QAbstractItemModelTester tester(periods, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(periods->rowCount() == 5);
    int revenue = -1;
    for (int c = 0; c < periods->columnCount(); ++c)
        if (periods->column(c).key == u"revenue")
            revenue = c;
    REQUIRE(revenue >= 0);
    const QModelIndex cell = periods->index(1, revenue);
    REQUIRE(periods->setData(cell, QStringLiteral("很多"), Qt::EditRole));
    settle();
    CHECK_FALSE(panel.calculator()->valuationOk());
    const QString reason = panel.calculator()->issueAt(QStringLiteral("income.periods[1].revenue"));
    CHECK(reason.contains(QStringLiteral("expected")));
    CHECK(cell.data(Qt::ToolTipRole).toString() == reason);
    CHECK(cell.data(Qt::BackgroundRole).isValid());
    CHECK(periods->issuesText().contains(reason));
    // The ledger is computed on its own: still there, unchanged.
    CHECK(panel.calculator()->ledgerOk());
    // Undo brings the valid value back.
    panel.undoStack()->undo();
    settle();
    CHECK(panel.calculator()->valuationOk());
    CHECK_FALSE(cell.data(Qt::BackgroundRole).isValid());

    // A valuation edit leaves the ledger's tables as they were.
    auto* k = findField<ui::FieldEdit>(&panel, QStringLiteral("income.share_k"));
    REQUIRE(k);
    panel.document()->setValue(QStringLiteral("income.share_k"), 0.3);
    settle();
    CHECK(panel.resultsJson().value(QStringLiteral("ledger")).toObject() == ledgerBefore);
}

TEST_CASE("Panel: an AHP judgement sets its reciprocal in one step and an inconsistent pair is named",
    "[valuation][ui]")
{
    ui::AppContext ctx;
    ui::ValuationPanel panel(ctx);
    panel.loadSample(QStringLiteral("bank-customer-data"));
    settle();
    QTableView* ahpView = nullptr;
    for (auto* v : panel.findChildren<QTableView*>())
        if (v->model() && v->model()->rowCount() == 6 && v->model()->columnCount() == 6)
            ahpView = v;
    REQUIRE(ahpView);
    QAbstractItemModel* m = ahpView->model();
    const int steps = panel.undoStack()->count();
    // Accessibility 9× more important than accuracy: wildly inconsistent with the rest.
    REQUIRE(m->setData(m->index(5, 2), QStringLiteral("9"), Qt::EditRole));
    settle();
    CHECK(panel.undoStack()->count() == steps + 1);
    CHECK(m->index(2, 5).data().toString() == QStringLiteral("1/9"));
    const auto& q = panel.calculator()->result().quality.ahp;
    CHECK_FALSE(q.consistent);
    CHECK(((q.worstI == 2 && q.worstJ == 5) || (q.worstI == 5 && q.worstJ == 2)));
    bool warned = false;
    for (const QString& w : panel.calculator()->result().warnings)
        warned = warned || w.contains(QStringLiteral("CR"));
    CHECK(warned);
}

TEST_CASE("Panel: save, reopen and export give the CLI's numbers", "[valuation][ui]")
{
    QTemporaryDir dir;
    ui::AppContext ctx;
    ui::ValuationPanel panel(ctx);
    panel.loadSample(QStringLiteral("map-data-product"));
    settle();
    panel.document()->setValue(QStringLiteral("cost.remaining_years"), 3);
    settle();
    const QString path = dir.filePath(QStringLiteral("map.json"));
    REQUIRE(panel.saveProject(path));
    CHECK_FALSE(panel.document()->isModified());
    const double shown = conclusion(panel);

    ui::ValuationPanel reopened(ctx);
    REQUIRE(reopened.openProject(path));
    settle();
    CHECK(conclusion(reopened) == Approx(shown).epsilon(1e-12));

    const QString xlsx = dir.filePath(QStringLiteral("map.xlsx"));
    REQUIRE(reopened.exportXlsx(xlsx));
    const auto cli = test::runCli({ QStringLiteral("valuate"), path });
    REQUIRE(cli.exitCode == 0);
    CHECK(cli.json()[QLatin1String("conclusion")][QLatin1String("value")].toDouble()
        == Approx(shown).epsilon(1e-12));
    io::XlsxReader book(xlsx);
    auto sheet = book.openSheet(QStringLiteral("结论"));
    QStringList row;
    double exported = -1;
    while (sheet->next(row))
        if (!row.isEmpty() && row.first() == QStringLiteral("评估结论"))
            exported = row.value(1).toDouble();
    CHECK(exported == Approx(shown).epsilon(1e-12));
    CHECK(book.sheetNames().contains(QStringLiteral("成本法")));
    CHECK(book.sheetNames().contains(QStringLiteral("市场法")));

    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    REQUIRE(reopened.exportPdf(pdf));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("%PDF"));
    // The report (shared ReportWriter, CJK font found at run time) reads back in Chinese with the conclusion.
    QString text = test::pdfText(pdf);
    if (text.isNull()) {
        WARN("pdftotext not found: the PDF's text is not checked");
    } else {
        CHECK(text.contains(QStringLiteral("数据资产评估报告")));
        CHECK(text.contains(QStringLiteral("评估结论")));
        CHECK(text.contains(QStringLiteral("数据资源入表信息")));
        CHECK(text.remove(u',').contains(QString::number(shown, 'f', 2)));
    }

    // The last project is remembered.
    QTemporaryDir sdir;
    ui::Settings settings(sdir.filePath(QStringLiteral("s.ini")));
    reopened.saveState(settings);
    ui::ValuationPanel restored(ctx);
    restored.restoreState(settings);
    CHECK(restored.document()->filePath() == path);
}

TEST_CASE("Panel: screenshot extras show every tab filled", "[valuation][ui]")
{
    ui::AppContext ctx;
    ui::ValuationPanel panel(ctx);
    panel.resize(1200, 700);
    panel.prepareScreenshot();
    const QList<QWidget*> extras = panel.screenshotExtras();
    QStringList names;
    for (QWidget* w : extras) {
        names << w->objectName();
        auto* p = qobject_cast<ui::ValuationPanel*>(w);
        REQUIRE(p);
        CHECK(p->calculator()->valuationOk());
        CHECK(p->calculator()->ledgerOk());
        w->close();
    }
    for (const char* n : { "card", "quality", "cost", "income", "market", "conclusion", "ledger" })
        CHECK(names.contains(QLatin1String(n)));
}

namespace {

/// The PDF's text without the separators pdftotext and the number format put in (wrapping, thousands).
QString flatPdfText(const QString& pdf)
{
    QString text = test::pdfText(pdf);
    if (text.isNull())
        return text;
    text.remove(u',');
    text.remove(QRegularExpression(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption));
    // pdftotext gives full-width brackets as ASCII ones: read them back as written.
    text.replace(u'(', u'（').replace(u')', u'）');
    return text;
}

/// How many images the PDF holds (pdfimages -list), -1 when pdfimages is missing.
int pdfImageCount(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    int n = 0;
    for (const QByteArray& l : lines)
        if (!l.trimmed().isEmpty() && QChar::fromLatin1(l.trimmed().at(0)).isDigit())
            ++n;
    return n;
}

QJsonObject sample(const char* name)
{
    QFile f(QStringLiteral(":/dj/valuation/%1.json").arg(QLatin1String(name)));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString fixed2(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

// Issue #10: the valuation PDF carries the charts a valuer expects — income projection and discounting,
// cost composition, value by method — each with a caption holding its figures, checked against values
// computed here from the sample worksheets (revenue × K discounted mid-period; amounts restated by the
// price index).
TEST_CASE("Report: the PDF has the income, cost and method charts with the right figures", "[valuation][ui]")
{
    QTemporaryDir dir;
    ui::AppContext ctx;
    {
        ui::ValuationPanel panel(ctx);
        panel.loadSample(QStringLiteral("bank-customer-data"));
        settle();
        const QString pdf = dir.filePath(QStringLiteral("bank.pdf"));
        REQUIRE(panel.exportPdf(pdf));
        const QString text = flatPdfText(pdf);
        if (text.isNull()) {
            WARN("pdftotext not found: the PDF's text is not checked");
        } else {
            CHECK(text.contains(QStringLiteral("图1收益预测与折现（万元）")));
            CHECK(text.contains(QStringLiteral("各方法评估值与结论（万元）")));
            // Independent: income = revenue × K, present value = income / (1 + r)^(t − 0.5), r the build-up
            // rate (risk-free + four risk premiums).
            const QJsonObject in = sample("bank-customer-data").value(QStringLiteral("income")).toObject();
            const QJsonObject d = in.value(QStringLiteral("discount")).toObject();
            double rate = 0;
            for (auto it = d.begin(); it != d.end(); ++it)
                rate += it.value().toDouble();
            const double k = in.value(QStringLiteral("share_k")).toDouble();
            const QJsonArray periods = in.value(QStringLiteral("periods")).toArray();
            REQUIRE(periods.size() == 5);
            for (qsizetype t = 0; t < periods.size(); ++t) {
                const double income = periods[t][QLatin1String("revenue")].toDouble() * k;
                const double pv = income / std::pow(1 + rate, double(t) + 0.5);
                const QString expected = QStringLiteral("%1年收益%2现值%3")
                                             .arg(periods[t][QLatin1String("year")].toInt())
                                             .arg(fixed2(income), fixed2(pv));
                INFO(expected.toStdString());
                CHECK(text.contains(expected));
            }
            CHECK(text.contains(QStringLiteral("评估结论") + fixed2(conclusion(panel))));
        }
        const int images = pdfImageCount(pdf);
        if (images >= 0)
            CHECK(images >= 2); // income bars, value by method
    }
    {
        ui::ValuationPanel panel(ctx);
        panel.loadSample(QStringLiteral("map-data-product"));
        settle();
        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        REQUIRE(panel.exportPdf(pdf));
        const QString text = flatPdfText(pdf);
        if (!text.isNull()) {
            CHECK(text.contains(QStringLiteral("成本构成（重置金额）（万元）")));
            // Independent: each amount × index(valuation year) / index(its year), summed by group.
            const QJsonObject doc = sample("map-data-product");
            const QJsonObject cost = doc.value(QStringLiteral("cost")).toObject();
            const QJsonObject index = cost.value(QStringLiteral("price_index")).toObject();
            const QString baseYear
                = doc[QLatin1String("asset")][QLatin1String("valuation_date")].toString().left(4);
            const double base = index.value(baseYear).toDouble();
            REQUIRE(base > 0);
            QMap<QString, double> groups;
            double total = 0;
            for (const QJsonValue& item : cost.value(QStringLiteral("items")).toArray()) {
                const double restated = item[QLatin1String("amount")].toDouble() * base
                    / index.value(QString::number(item[QLatin1String("year")].toInt())).toDouble();
                groups[item[QLatin1String("group")].toString()] += restated;
                total += restated;
            }
            const QMap<QString, QString> names { { QStringLiteral("planning"), QStringLiteral("前期费用") },
                { QStringLiteral("direct"), QStringLiteral("直接成本") },
                { QStringLiteral("indirect"), QStringLiteral("间接成本") },
                { QStringLiteral("opportunity"), QStringLiteral("机会成本") },
                { QStringLiteral("taxes"), QStringLiteral("相关税费") } };
            REQUIRE(groups.size() == 5);
            for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
                const QString expected = names.value(it.key()) + fixed2(it.value()) + QStringLiteral("（")
                    + QString::number(it.value() / total * 100, 'f', 2) + QStringLiteral("%）");
                INFO(expected.toStdString());
                CHECK(text.contains(expected));
            }
            CHECK(text.contains(QStringLiteral("评估结论") + fixed2(conclusion(panel))));
        }
        const int images = pdfImageCount(pdf);
        if (images >= 0)
            CHECK(images >= 2); // cost pie, value by method
    }
}
