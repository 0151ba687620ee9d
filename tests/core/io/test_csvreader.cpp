#include "core/io/csvreader.h"
#include "core/io/ioerror.h"
#include "tests/core/io/iotestutil.h"
#include "tests/support/testutil.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using dj::io::CsvReader;
using namespace Qt::StringLiterals;

namespace {
QList<QStringList> readAllRecords(
    const QString& path, QList<qint64>* lines = nullptr, QStringList* errors = nullptr)
{
    CsvReader r(path);
    QList<QStringList> out;
    QStringList fields;
    while (r.next(fields)) {
        out << fields;
        if (lines)
            *lines << r.line();
        if (errors)
            *errors << r.recordError();
    }
    return out;
}
} // namespace

TEST_CASE("RFC 4180: quotes, doubled quotes, embedded newlines, CRLF, BOM", "[io][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.csv"_s);
    dj::test::writeFile(path,
        "\xEF\xBB\xBF"
        "a,b,c\r\n"
        "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
        "2,\"line1\r\nline2\",\r\n"
        "3,,last");
    QList<qint64> lines;
    const auto rows = readAllRecords(path, &lines);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == QStringList { u"a"_s, u"b"_s, u"c"_s });
    CHECK(rows[1] == QStringList { u"1"_s, u"x, y"_s, u"say \"hi\""_s });
    CHECK(rows[2] == QStringList { u"2"_s, u"line1\r\nline2"_s, QString() });
    CHECK(rows[3] == QStringList { u"3"_s, QString(), u"last"_s });
    CHECK(lines == QList<qint64> { 1, 2, 3, 5 });
    CHECK(CsvReader(path).encoding() == u"UTF-8"_s);
}

TEST_CASE("records that span the reader's internal chunks", "[io][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.csv"_s);
    QByteArray bytes = "id,text\n";
    const QByteArray longText = QByteArray(300000, 'x') + "\"\"" + QByteArray(300000, 'y');
    for (int i = 0; i < 8; ++i)
        bytes += QByteArray::number(i) + ",\"" + longText + "\"\n";
    dj::test::writeFile(path, bytes);
    const auto rows = readAllRecords(path);
    REQUIRE(rows.size() == 9);
    for (int i = 1; i < 9; ++i) {
        CHECK(rows[i][0] == QString::number(i - 1));
        CHECK(rows[i][1].size() == 600001);
        CHECK(rows[i][1].at(300000) == u'"');
    }
}

TEST_CASE("GBK bytes are detected and decoded", "[io][csv]")
{
    const QString path = dj::test::dataPath(u"io/gbk/enterprises.csv"_s);
    CsvReader r(path);
    CHECK(r.encoding() == u"GB18030"_s);
    QStringList fields;
    REQUIRE(r.next(fields));
    CHECK(fields.first() == u"统一社会信用代码"_s);
    REQUIRE(r.next(fields));
    CHECK(fields.at(1) == u"上海点兢科技有限公司"_s);
    CHECK(fields.at(7) == u"软件开发，技术咨询"_s);
}

TEST_CASE("an unterminated quote is reported on its record", "[io][csv]")
{
    QStringList errors;
    const auto rows = readAllRecords(dj::test::dataPath(u"io/broken/financials.csv"_s), nullptr, &errors);
    REQUIRE(rows.size() == 4);
    CHECK(errors[2].isEmpty());
    CHECK_FALSE(errors[3].isEmpty());
}

TEST_CASE("a missing file is an IoError", "[io][csv]")
{
    CHECK_THROWS_AS(CsvReader(u"/nonexistent/x.csv"_s), dj::io::IoError);
}

TEST_CASE("one non-UTF-8 byte anywhere after long ASCII runs makes the file GB18030", "[io][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.csv"_s);
    for (int offset : { 0, 1, 7, 8, 9, 63, 1000, (1 << 20) - 1, (1 << 20) + 3 }) {
        INFO(offset);
        QByteArray ascii(offset, 'a');
        // Valid UTF-8 (a Chinese character, also split across the detector's 1 MiB chunks) stays UTF-8.
        dj::test::writeFile(path, ascii + "\xE4\xB8\xAD" + QByteArray(20, 'b') + "\xE6\x96\x87\n");
        CHECK(CsvReader::detectEncoding(path) == u"UTF-8"_s);
        // GBK 中 (D6 D0) is not UTF-8.
        dj::test::writeFile(path, ascii + "\xD6\xD0" + QByteArray(20, 'b') + "\n");
        CHECK(CsvReader::detectEncoding(path) == u"GB18030"_s);
        // A truncated sequence at the very end is not UTF-8 either.
        dj::test::writeFile(path, ascii + "\xE4\xB8");
        CHECK(CsvReader::detectEncoding(path) == u"GB18030"_s);
    }
}
