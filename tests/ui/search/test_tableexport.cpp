#include "core/common/progress.h"
#include "core/io/rowsource.h"
#include "core/io/workbookwriter.h"
#include "core/io/xlsxreader.h"
#include "tests/support/testutil.h"
#include "ui/search/listimport.h"
#include "ui/search/tableexport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch.hpp>

using namespace dj;

namespace {

QList<QStringList> readSheet(const QString& path, QString* sheetName = nullptr)
{
    const io::XlsxReader workbook(path);
    const QStringList sheets = workbook.sheetNames();
    REQUIRE(sheets.size() == 1);
    if (sheetName)
        *sheetName = sheets.front();
    const auto source = workbook.openSheet(sheets.front());
    QList<QStringList> rows;
    QStringList fields;
    while (source->next(fields))
        rows << fields;
    return rows;
}

QStringList dirEntries(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("XLSX export is a workbook other readers open", "[search][export]")
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("table.xlsx"));
    const QStringList headers { QStringLiteral("企业名称"), QStringLiteral("注册资本(万元)"),
        QStringLiteral("成立年份"), QStringLiteral("备注") };
    const QList<QVariantList> rows {
        { QStringLiteral("盐城恒达酒业有限公司"), 5000.5, 2008,
            QStringLiteral("A&B <\"quoted\">\nsecond line") },
        { QStringLiteral("南京鼎泰精密机械股份有限公司"), QVariant(), qint64(1999), QString() },
        { QStringLiteral("0012"), 0.1, -3, QStringLiteral("  leading blanks") },
    };
    QList<qint64> reported;
    ui::TableExport::write(
        xlsx, headers, rows.size(), [&rows](qint64 r) { return rows[int(r)]; },
        Progress([&reported](qint64 done, qint64, const QString&) { reported << done; }),
        QStringLiteral("结果: 江苏/2024"));
    CHECK(reported.value(reported.size() - 1) == rows.size());
    // Only the workbook is left: no temporary part next to it.
    CHECK(dirEntries(dir) == QStringList { QStringLiteral("table.xlsx") });

    QString sheet;
    const QList<QStringList> read = readSheet(xlsx, &sheet);
    CHECK(sheet == QStringLiteral("结果 江苏2024")); // characters Excel forbids in sheet names are dropped
    REQUIRE(read.size() == 4);
    CHECK(read[0] == headers);
    CHECK(read[1]
        == QStringList {
            rows[0][0].toString(), QStringLiteral("5000.5"), QStringLiteral("2008"), rows[0][3].toString() });
    CHECK(read[2].value(0) == rows[1][0].toString());
    CHECK(read[2].value(1).isEmpty()); // a null value stays an empty cell
    CHECK(read[2].value(2) == QStringLiteral("1999"));
    CHECK(read[2].value(3).isEmpty());
    CHECK(read[3]
        == QStringList { QStringLiteral("0012"), QStringLiteral("0.1"), QStringLiteral("-3"),
            QStringLiteral("  leading blanks") });

    const QString python = dj::test::pythonWithOpenpyxl();
    if (python.isEmpty()) {
        WARN("python3 openpyxl missing: workbook not cross-checked with openpyxl");
    } else {
        // openpyxl is strict about the package parts; it also tells numbers from text.
        QProcess p;
        p.start(python,
            { QStringLiteral("-c"),
                QStringLiteral("import sys, json, openpyxl\n"
                               "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                               "ws = wb[wb.sheetnames[0]]\n"
                               "print(json.dumps([wb.sheetnames, [[c for c in r] for r in "
                               "ws.iter_rows(values_only=True)]],"
                               " ensure_ascii=True))\n"),
                xlsx });
        REQUIRE(p.waitForFinished(60000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        INFO(out.toStdString());
        // json.dumps with ensure_ascii: Chinese as \u escapes, numbers as JSON numbers.
        CHECK(out.contains(QStringLiteral("\"\\u7ed3\\u679c \\u6c5f\\u82cf2024\"")));
        CHECK(out.contains(QStringLiteral(", 5000.5, 2008, \"A&B <\\\"quoted\\\">\\nsecond line\"]")));
        // Empty cells are not written, so a read-only openpyxl may end the row after its last value.
        CHECK(out.contains(QStringLiteral(", null, 1999")));
        CHECK(out.contains(QStringLiteral("[\"0012\", 0.1, -3, \"  leading blanks\"]")));
    }
}

TEST_CASE("Dates export as date cells in XLSX and ISO text in CSV", "[search][export]")
{
    QTemporaryDir dir;
    const QStringList headers { QStringLiteral("企业名称"), QStringLiteral("成立日期") };
    const QList<QVariantList> rows { { QStringLiteral("甲"), QDate(2008, 3, 1) },
        { QStringLiteral("乙"), QStringLiteral("2008-03") }, { QStringLiteral("丙"), QDate(1899, 1, 1) } };
    auto fetch = [&rows](qint64 r) { return rows[int(r)]; };
    const QString xlsx = dir.filePath(QStringLiteral("d.xlsx"));
    ui::TableExport::write(xlsx, headers, rows.size(), fetch, {}, QStringLiteral("d"));
    // Our reader turns date cells back into ISO dates; text stays text.
    const QList<QStringList> read = readSheet(xlsx, nullptr);
    REQUIRE(read.size() == 4);
    CHECK(read[1][1] == QStringLiteral("2008-03-01"));
    CHECK(read[2][1] == QStringLiteral("2008-03"));
    CHECK(read[3][1] == QStringLiteral("1899-01-01")); // before Excel's calendar: text
    const QString csv = dir.filePath(QStringLiteral("d.csv"));
    ui::TableExport::write(csv, headers, rows.size(), fetch, {}, QStringLiteral("d"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(f.readAll()).contains(QStringLiteral("甲,2008-03-01")));

    const QString python = dj::test::pythonWithOpenpyxl();
    if (python.isEmpty()) {
        WARN("python3 openpyxl missing: date cells not cross-checked with openpyxl");
        return;
    }
    QProcess p;
    p.start(python,
        { QStringLiteral("-c"),
            QStringLiteral("import sys, openpyxl\n"
                           "ws = openpyxl.load_workbook(sys.argv[1])['d']\n"
                           "print([type(ws.cell(r, 2).value).__name__ for r in range(2, 5)], ws.cell(2, "
                           "2).number_format)\n"),
            xlsx });
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).trimmed()
        == QStringLiteral("['datetime', 'str', 'str'] yyyy\\-mm\\-dd"));
}

TEST_CASE("XLSX export: cancel and errors leave an existing file alone, too many rows are refused",
    "[search][export]")
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("keep.xlsx"));
    {
        QFile f(xlsx);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("previous export");
    }
    auto fetch = [](qint64 r) { return QVariantList { QStringLiteral("row %1").arg(r), double(r) }; };
    std::atomic_bool cancel { false };
    const Progress progress(
        [&cancel](qint64 done, qint64, const QString&) {
            if (done >= 4000)
                cancel = true;
        },
        &cancel);
    CHECK_THROWS_AS(
        ui::TableExport::write(xlsx, { QStringLiteral("a"), QStringLiteral("b") }, 10000, fetch, progress),
        Cancelled);
    auto contents = [&xlsx] {
        QFile f(xlsx);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    CHECK(contents() == "previous export");
    CHECK(dirEntries(dir) == QStringList { QStringLiteral("keep.xlsx") });

    // More rows than a sheet holds: refused before anything is fetched or written.
    bool fetched = false;
    try {
        ui::TableExport::write(
            xlsx, { QStringLiteral("a") }, io::WorkbookWriter::kMaxRows, [&fetched](qint64) {
                fetched = true;
                return QVariantList {};
            });
        FAIL("no error for too many rows");
    } catch (const std::runtime_error& e) {
        CHECK(QString::fromStdString(e.what()).contains(QStringLiteral("CSV")));
    }
    CHECK_FALSE(fetched);
    CHECK(contents() == "previous export");

    // A folder that does not exist: a message, nothing written.
    CHECK_THROWS_AS(ui::TableExport::write(
                        dir.filePath(QStringLiteral("no/such/out.xlsx")), { QStringLiteral("a") }, 1, fetch),
        std::runtime_error);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("no/such/out.xlsx"))));

    // A complete export replaces the old file.
    ui::TableExport::write(xlsx, { QStringLiteral("a"), QStringLiteral("b") }, 10000, fetch);
    const QList<QStringList> read = readSheet(xlsx);
    REQUIRE(read.size() == 10001);
    CHECK(read[10000] == QStringList { QStringLiteral("row 9999"), QStringLiteral("9999") });
    CHECK(dirEntries(dir) == QStringList { QStringLiteral("keep.xlsx") });
}

TEST_CASE("List import reads the first column of the first sheet of an xlsx", "[search][batch]")
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("list.xlsx"));
    {
        // Two sheets: only the first counts; gaps in column A and a header row are skipped.
        io::WorkbookWriter w(xlsx);
        w.beginSheet(QStringLiteral("名单"));
        for (const auto& [a, b] : QList<std::pair<QByteArray, QByteArray>> { { "企业名称", "备注" },
                 { "盐城恒达酒业有限公司", "x" }, { "", "only B" }, { "91320902MA1XHD0001", "" } }) {
            w.beginRow();
            w.addText(a);
            w.addText(b);
            w.endRow();
        }
        w.beginRow();
        w.addNumber("12345");
        w.endRow();
        w.endSheet();
        w.beginSheet(QStringLiteral("other"));
        w.beginRow();
        w.addText("not this one");
        w.endRow();
        w.endSheet();
        w.close();
    }
    CHECK(ui::ListImport::readFirstColumn(xlsx)
        == QStringList { QStringLiteral("盐城恒达酒业有限公司"), QStringLiteral("91320902MA1XHD0001"),
            QStringLiteral("12345") });

    // Bad input: a missing workbook and a truncated one are refused with a message naming the file.
    try {
        ui::ListImport::readFirstColumn(dir.filePath(QStringLiteral("missing.xlsx")));
        FAIL("no error for a missing file");
    } catch (const std::runtime_error& e) {
        CHECK(QString::fromStdString(e.what()).contains(QStringLiteral("missing.xlsx")));
    }
    const QString cut = dir.filePath(QStringLiteral("cut.xlsx"));
    {
        QFile in(xlsx);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QFile out(cut);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().left(int(in.size() / 2)));
    }
    try {
        ui::ListImport::readFirstColumn(cut);
        FAIL("no error for a truncated workbook");
    } catch (const std::runtime_error& e) {
        CHECK(QString::fromStdString(e.what()).contains(QStringLiteral("cut.xlsx")));
    }
}
