// Issue #11: hostile and damaged input files. Each case reproduces one defect class of the issue; the
// expected values are written out here (names, counts), never taken from the importer.
#include "core/io/csvreader.h"
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "core/io/ioerror.h"
#include "core/io/xlsxreader.h"
#include "core/store/cache.h"
#include "core/store/statement.h"
#include "tests/core/io/iotestutil.h"
#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <quazip.h>
#include <quazipfile.h>

using namespace dj;
using namespace Qt::StringLiterals;
using store::Cache;
using store::Database;

namespace {

const QStringList kNames = { u"张磊"_s, u"王芳"_s, u"李娜"_s, u"刘洋"_s, u"陈静"_s, u"杨帆"_s, u"赵敏"_s,
    u"黄磊"_s, u"周杰"_s, u"吴昊"_s };

// persons.csv with P0..P9 named kNames, UTF-8 bytes.
QByteArray personsUtf8()
{
    QByteArray out = "person_id,name,gender\n";
    for (int i = 0; i < kNames.size(); ++i)
        out += "P" + QByteArray::number(i) + "," + kNames[i].toUtf8() + ",男\n";
    return out;
}

QStringList storedNames(const Database& db)
{
    QStringList out;
    store::Statement st = db.prepare("SELECT name FROM persons ORDER BY person_id");
    while (st.step())
        out << st.columnText(0);
    return out;
}

bool rejectedLine(const io::ImportReport& r, qint64 line)
{
    for (const io::Issue& i : r.rejected)
        if (i.line == line && !i.reason.isEmpty())
            return true;
    return false;
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(dj::test::readFile(path), QCryptographicHash::Sha256).toHex();
}

QString validUscc(int i)
{
    // Check characters computed by hand-written GB 32100 arithmetic would duplicate the engine; these
    // codes only need to be well formed (an invalid check character is imported with a flag).
    return u"91310115%1"_s.arg(10000000 + i, 8, 10, QLatin1Char('0')) + u"XY"_s;
}

// A minimal workbook: one sheet "enterprises" with the given sheet XML body rows and shared strings.
void writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& entries)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (const auto& [name, data] : entries) {
        QuaZipFile f(&zip);
        REQUIRE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        REQUIRE(f.write(data) == data.size());
        f.close();
    }
    zip.close();
}

QList<QPair<QString, QByteArray>> workbookParts(
    const QByteArray& sheetRows, const QByteArray& sharedStrings = {})
{
    QList<QPair<QString, QByteArray>> parts {
        { u"xl/workbook.xml"_s,
            R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
            R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
            R"(<sheet name="enterprises" sheetId="1" r:id="rId1"/></sheets></workbook>)" },
        { u"xl/_rels/workbook.xml.rels"_s,
            R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="worksheet"/></Relationships>)" },
        { u"xl/worksheets/sheet1.xml"_s,
            R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
            "<sheetData>"
                + sheetRows + "</sheetData></worksheet>" },
    };
    if (!sharedStrings.isEmpty())
        parts.append({ u"xl/sharedStrings.xml"_s,
            R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                + sharedStrings + "</sst>" });
    return parts;
}

QByteArray inlineRow(int r, const QStringList& cells)
{
    QByteArray out = "<row r=\"" + QByteArray::number(r) + "\">";
    for (const QString& c : cells)
        out += "<c t=\"inlineStr\"><is><t>" + c.toUtf8() + "</t></is></c>";
    return out + "</row>";
}

quint32 le32(const QByteArray& b, qsizetype at)
{
    return quint32(uchar(b[at])) | quint32(uchar(b[at + 1])) << 8 | quint32(uchar(b[at + 2])) << 16
        | quint32(uchar(b[at + 3])) << 24;
}
void setLe32(QByteArray& b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

} // namespace

// ---- 1. one bad byte must not garble a whole file ---------------------------------------------------

TEST_CASE("one invalid byte in a UTF-8 file rejects that row and never garbles good names",
    "[io][hardening][encoding]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    dj::test::writeFile(dir.filePath(u"a/persons.csv"_s), personsUtf8());
    REQUIRE(io::Importer::run(db, { dir.filePath(u"a"_s) }).imported.value(u"persons"_s) == 10);
    REQUIRE(storedNames(db) == kNames);

    // The same file again, with one invalid byte appended to the line of P3 (line 5).
    QList<QByteArray> lines = personsUtf8().split('\n');
    lines[4] += "\xFF";
    dj::test::writeFile(dir.filePath(u"b/persons.csv"_s), lines.join('\n'));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"b"_s) });
    CHECK(r.encodings.value(u"persons.csv"_s) == u"UTF-8"_s);
    CHECK(r.imported.value(u"persons"_s) == 9);
    CHECK(rejectedLine(r, 5));
    CHECK(storedNames(db) == kNames); // no mojibake, and P3 kept its good name
}

TEST_CASE("a UTF-8 file cut off inside a character loses only its last row", "[io][hardening][encoding]")
{
    QTemporaryDir dir;
    QByteArray bytes = personsUtf8();
    bytes.chop(2); // the final "\n" and the last byte of 男 (E7 94 B7): cut inside the last row
    dj::test::writeFile(dir.filePath(u"persons.csv"_s), bytes);
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"persons.csv"_s) });
    CHECK(r.encodings.value(u"persons.csv"_s) == u"UTF-8"_s);
    CHECK(r.imported.value(u"persons"_s) == 9);
    CHECK(rejectedLine(r, 11));
    CHECK(storedNames(db) == kNames.mid(0, 9));
}

TEST_CASE("one GBK row in a UTF-8 enterprises.csv is rejected alone", "[io][hardening][encoding]")
{
    QTemporaryDir dir;
    QByteArray bytes = "uscc,name,status,region_code\n";
    for (int i = 0; i < 6; ++i) {
        const QString name = u"上海第%1号科技有限公司"_s.arg(i);
        QStringEncoder gbk("GB18030");
        const QByteArray encoded = i == 2 ? QByteArray(gbk.encode(name)) : name.toUtf8();
        bytes += validUscc(i).toUtf8() + "," + encoded + ",存续,310115\n";
    }
    dj::test::writeFile(dir.filePath(u"enterprises.csv"_s), bytes);
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"enterprises.csv"_s) });
    CHECK(r.encodings.value(u"enterprises.csv"_s) == u"UTF-8"_s);
    CHECK(r.imported.value(u"enterprises"_s) == 5);
    CHECK(rejectedLine(r, 4));
    CHECK(db.scalarInt("SELECT count(*) FROM enterprises WHERE name LIKE '上海第%号科技有限公司'") == 5);
}

TEST_CASE("a UTF-8 row in a GBK file is rejected, not decoded as GB18030", "[io][hardening][encoding]")
{
    QTemporaryDir dir;
    QStringEncoder gbk("GB18030");
    QByteArray bytes = "person_id,name\n";
    for (int i = 0; i < 5; ++i)
        bytes += "P" + QByteArray::number(i) + ","
            + (i == 1 ? kNames[i].toUtf8() : QByteArray(gbk.encode(kNames[i]))) + "\n";
    dj::test::writeFile(dir.filePath(u"persons.csv"_s), bytes);
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"persons.csv"_s) });
    CHECK(r.encodings.value(u"persons.csv"_s) == u"GB18030"_s);
    CHECK(r.imported.value(u"persons"_s) == 4);
    CHECK(rejectedLine(r, 3));
    CHECK(storedNames(db) == QStringList { kNames[0], kNames[2], kNames[3], kNames[4] });
}

TEST_CASE("a UTF-8 Chinese header outweighs one GBK row", "[io][hardening][encoding]")
{
    QTemporaryDir dir;
    QStringEncoder gbk("GB18030");
    const QByteArray bytes
        = u"人员编号,姓名\nP1,"_s.toUtf8() + QByteArray(gbk.encode(kNames[1])) + "\nP2,Li Na\n";
    dj::test::writeFile(dir.filePath(u"persons.csv"_s), bytes);
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"persons.csv"_s) });
    CHECK(r.encodings.value(u"persons.csv"_s) == u"UTF-8"_s);
    CHECK(r.imported.value(u"persons"_s) == 1);
    CHECK(rejectedLine(r, 2));
    CHECK(storedNames(db) == QStringList { u"Li Na"_s });
}

// ---- 12. UTF-16 ---------------------------------------------------------------------------------------

TEST_CASE("UTF-16 files with a byte order mark import, without one they are refused by name",
    "[io][hardening][encoding]")
{
    QTemporaryDir dir;
    const QString text = QString::fromUtf8(personsUtf8()).replace(u"\n"_s, u"\r\n"_s);
    for (const auto encoding : { QStringConverter::Utf16LE, QStringConverter::Utf16BE }) {
        QStringEncoder enc(encoding, QStringConverter::Flag::WriteBom);
        const QString sub = encoding == QStringConverter::Utf16LE ? u"le"_s : u"be"_s;
        dj::test::writeFile(dir.filePath(sub + u"/persons.csv"_s), enc.encode(text));
        Database db = Cache::openOrCreate(dir.filePath(sub + u".djcache"_s));
        const io::ImportReport r = io::Importer::run(db, { dir.filePath(sub) });
        INFO(sub.toStdString());
        CHECK(r.encodings.value(u"persons.csv"_s).startsWith(u"UTF-16"_s));
        CHECK(r.rejected.isEmpty());
        CHECK(r.imported.value(u"persons"_s) == 10);
        CHECK(storedNames(db) == kNames);
    }
    QStringEncoder noBom(QStringConverter::Utf16LE);
    dj::test::writeFile(dir.filePath(u"nobom/persons.csv"_s), noBom.encode(text));
    try {
        io::CsvReader reader(dir.filePath(u"nobom/persons.csv"_s));
        FAIL("UTF-16 without a byte order mark was read as " << reader.encoding().toStdString());
    } catch (const io::IoError& e) {
        CHECK(e.message().contains(u"UTF-16"_s));
    }
}

// ---- 8. short rows, 13. duplicate keys and NUL ------------------------------------------------------------

TEST_CASE(
    "a row with fewer fields than the header is reported, not stored with empty columns", "[io][hardening]")
{
    QTemporaryDir dir;
    QByteArray bytes = "person_id,name,gender,birth_year\n"
                       "P1,张磊,男,1980\n"
                       "P2,王芳\n" // cut short: gender and birth year missing
                       "P3,李娜,女,1990\n";
    dj::test::writeFile(dir.filePath(u"persons.csv"_s), bytes);
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"persons.csv"_s) });
    CHECK(r.imported.value(u"persons"_s) == 2);
    CHECK(rejectedLine(r, 3));
    CHECK(db.scalarInt("SELECT count(*) FROM persons WHERE person_id = 'P2'") == 0);
}

TEST_CASE("duplicate keys within one file are reported", "[io][hardening]")
{
    QTemporaryDir dir;
    dj::test::writeFile(dir.filePath(u"persons.csv"_s), "person_id,name\nP1,张磊\nP2,王芳\nP1,张三\n");
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"persons.csv"_s) });
    bool reported = false;
    for (const io::Issue& w : r.warnings)
        reported = reported || (w.line == 4 && w.reason.contains(u"P1"_s));
    CHECK(reported);
    CHECK(r.warningCount >= 1);
    CHECK(db.scalarText("SELECT name FROM persons WHERE person_id = 'P1'") == u"张三"_s);
}

TEST_CASE("a NUL inside a name is refused", "[io][hardening]")
{
    QTemporaryDir dir;
    dj::test::writeFile(dir.filePath(u"persons.csv"_s),
        QByteArray("person_id,name\nP1,张磊\nP2,王", 33) + QByteArray(1, '\0') + "芳\n");
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { dir.filePath(u"persons.csv"_s) });
    CHECK(r.imported.value(u"persons"_s) == 1);
    CHECK(rejectedLine(r, 3));
    CHECK(
        db.scalarInt("SELECT count(*) FROM persons WHERE instr(name, char(0)) > 0 OR person_id = 'P2'") == 0);
}

// ---- 12. nothing imported changes nothing ---------------------------------------------------------------

TEST_CASE("an import that imports nothing leaves the cache byte for byte as it was", "[io][hardening][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"c.djcache"_s);
    dj::test::writeFile(dir.filePath(u"good/persons.csv"_s), personsUtf8());
    REQUIRE(dj::test::runCli({ u"import"_s, u"--db"_s, db, dir.filePath(u"good"_s) }).exitCode == 0);
    const QByteArray before = sha256(db);

    dj::test::writeFile(dir.filePath(u"empty/persons.csv"_s), QByteArray());
    dj::test::writeFile(dir.filePath(u"header/persons.csv"_s), "person_id,name\n");
    dj::test::writeFile(dir.filePath(u"bad/persons.csv"_s), "person_id,name\nP1,\n,无编号\n");
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    dj::test::writeFile(dir.filePath(u"utf16/persons.csv"_s), utf16.encode(u"person_id,name\r\n"_s));
    for (const QString& sub : { u"empty"_s, u"header"_s, u"bad"_s, u"utf16"_s }) {
        INFO(sub.toStdString());
        const auto r = dj::test::runCli({ u"import"_s, u"--db"_s, db, dir.filePath(sub) });
        // Every row of a file rejected is a failure (issue #21); nothing to import is not.
        CHECK(r.exitCode == (sub == u"bad"_s ? 1 : 0));
        CHECK(sha256(db) == before);
        CHECK_FALSE(QFileInfo::exists(db + u"-wal"_s));
    }
}

// ---- 10. devices and endless files
// -------------------------------------------------------------------------

TEST_CASE("a symlink to /dev/zero named like a table is refused at once", "[io][hardening][cli]")
{
    if (!QFileInfo::exists(u"/dev/zero"_s))
        return; // not on this platform
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"b"_s));
    REQUIRE(QFile::link(u"/dev/zero"_s, dir.filePath(u"b/enterprises.csv"_s)));
    const QString db = dir.filePath(u"c.djcache"_s);
    QElapsedTimer t;
    t.start();
    const auto r
        = dj::test::runCli({ u"import"_s, u"--db"_s, db, dir.filePath(u"b/enterprises.csv"_s) }, {}, 20000);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("enterprises.csv"));
    CHECK(t.elapsed() < 15000);
    CHECK_THROWS_AS(io::CsvReader(dir.filePath(u"b/enterprises.csv"_s)), io::IoError);
}

// ---- 3, 4, 5. XLSX
// ------------------------------------------------------------------------------------------

TEST_CASE(
    "an XLSX whose zip header claims a larger sheet ends with an error, not a loop", "[io][hardening][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    QByteArray rows = inlineRow(1, { u"uscc"_s, u"name"_s, u"status"_s, u"region_code"_s });
    for (int i = 0; i < 50; ++i)
        rows += inlineRow(i + 2, { validUscc(i), u"企业%1"_s.arg(i), u"存续"_s, u"310115"_s });
    // Cut the XML short so that the parser asks for more than the entry holds.
    rows.chop(10);
    writeZip(path, workbookParts(rows));
    QByteArray zip = dj::test::readFile(path);
    // Make the sheet's uncompressed size (central directory and local header) lie: 100 kB larger.
    const QByteArray name = "xl/worksheets/sheet1.xml";
    qsizetype central = zip.indexOf("PK\x01\x02");
    bool patched = false;
    while (central >= 0) {
        const quint32 nameLen = uchar(zip[central + 28]) | uchar(zip[central + 29]) << 8;
        if (zip.mid(central + 46, nameLen) == name) {
            const quint32 usize = le32(zip, central + 24);
            setLe32(zip, central + 24, usize + 100000);
            const qsizetype local = qsizetype(le32(zip, central + 42));
            if (le32(zip, local + 22) == usize)
                setLe32(zip, local + 22, usize + 100000);
            patched = true;
        }
        central = zip.indexOf("PK\x01\x02", central + 4);
    }
    REQUIRE(patched);
    dj::test::writeFile(path, zip);

    const auto r
        = dj::test::runCli({ u"import"_s, u"--db"_s, dir.filePath(u"c.djcache"_s), path }, {}, 30000);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1); // -2 = hung
    CHECK(r.err.contains("book.xlsx"));
}

TEST_CASE("a zip bomb workbook is refused with a message", "[io][hardening][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bomb.xlsx"_s);
    // One inline cell of 256 MiB of the same letter: about 250 kB compressed.
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (const auto& [name, data] : workbookParts({})) {
        QuaZipFile f(&zip);
        REQUIRE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        if (name.endsWith(u"sheet1.xml"_s)) {
            f.write(R"(<?xml version="1.0"?><worksheet><sheetData>)");
            f.write(inlineRow(1, { u"uscc"_s, u"name"_s, u"status"_s, u"region_code"_s }));
            f.write(R"(<row r="2"><c t="inlineStr"><is><t>)");
            const QByteArray chunk(1 << 20, 'a');
            for (int i = 0; i < 256; ++i)
                f.write(chunk);
            f.write("</t></is></c></row></sheetData></worksheet>");
        } else {
            f.write(data);
        }
        f.close();
    }
    zip.close();
    REQUIRE(QFileInfo(path).size() < 2 * 1024 * 1024);

    try {
        io::XlsxReader book(path);
        auto rows = book.openSheet(u"enterprises"_s);
        QStringList fields;
        while (rows->next(fields)) { }
        FAIL("the bomb was read");
    } catch (const io::IoError& e) {
        CHECK(e.message().contains(u"bomb.xlsx"_s));
        CHECK(e.message().contains(u"MB"_s));
    }
}

TEST_CASE("an out-of-range shared string index is refused, never read as empty", "[io][hardening][xlsx]")
{
    QTemporaryDir dir;
    const QByteArray strings = "<si><t>uscc</t></si><si><t>name</t></si><si><t>status</t></si>";
    QByteArray rows = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
                      R"(<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>7</v></c></row>)";
    rows += inlineRow(2, { validUscc(1), u"企业"_s, u"存续"_s, u"310115"_s });
    const QString path = dir.filePath(u"header.xlsx"_s);
    writeZip(path, workbookParts(rows, strings));
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    const io::ImportReport r = io::Importer::run(db, { path });
    // D1 (region_code) points past the three strings: the sheet is refused with a reason naming it.
    CHECK(r.totalImported() == 0);
    bool named = false;
    for (const io::Issue& i : r.rejected)
        named = named || i.reason.contains(u"D1"_s);
    CHECK(named);

    // In a data row: that row is rejected, the others import.
    QByteArray rows2 = inlineRow(1, { u"uscc"_s, u"name"_s, u"status"_s, u"region_code"_s });
    rows2 += inlineRow(2, { validUscc(1), u"企业一"_s, u"存续"_s, u"310115"_s });
    rows2 += "<row r=\"3\"><c t=\"inlineStr\"><is><t>" + validUscc(2).toUtf8()
        + "</t></is></c><c t=\"s\"><v>99</v></c><c t=\"inlineStr\"><is><t>存续</t></is></c>"
          "<c t=\"inlineStr\"><is><t>310115</t></is></c></row>";
    const QString path2 = dir.filePath(u"row.xlsx"_s);
    writeZip(path2, workbookParts(rows2, strings));
    const io::ImportReport r2 = io::Importer::run(db, { path2 });
    CHECK(r2.imported.value(u"enterprises"_s) == 1);
    CHECK(rejectedLine(r2, 3));
}

TEST_CASE("a cell reference with a long run of letters is skipped, never overflows (fuzz finding)",
    "[io][hardening][xlsx]")
{
    QTemporaryDir dir;
    QByteArray rows = inlineRow(1, { u"uscc"_s, u"name"_s, u"status"_s, u"region_code"_s });
    rows += "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + validUscc(1).toUtf8()
        + "</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>企业</t></is></c>"
          "<c r=\"C2\" t=\"inlineStr\"><is><t>存续</t></is></c><c r=\"D2\" "
          "t=\"inlineStr\"><is><t>310115</t></is></c>"
          "<c r=\"ZZZZZZZZZZZZZZZZ2\" t=\"inlineStr\"><is><t>far away</t></is></c></row>";
    const QString path = dir.filePath(u"wide.xlsx"_s);
    writeZip(path, workbookParts(rows));
    io::XlsxReader book(path);
    auto sheet = book.openSheet(u"enterprises"_s);
    QStringList fields;
    REQUIRE(sheet->next(fields));
    REQUIRE(sheet->next(fields));
    CHECK(fields.size() == 4); // the cell past column XFD is not placed anywhere
    CHECK(fields.at(1) == u"企业"_s);
}

// ---- 9. an interrupted export is never taken for a bundle -------------------------------------------------

TEST_CASE("a CSV export leaves no staging files, and a folder marked unfinished is refused by import",
    "[io][hardening][export]")
{
    QTemporaryDir dir;
    Database db = Cache::openOrCreate(dir.filePath(u"c.djcache"_s));
    dj::test::fillEveryTable(db);
    const QString out = dir.filePath(u"out"_s);
    dj::test::writeFile(out + u"/notes.txt"_s, "mine"); // a file of the user's in the folder stays
    io::Exporter::run(db, out);
    const QStringList entries = QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK(entries.contains(u"enterprises.csv"_s));
    CHECK(entries.contains(u"notes.txt"_s));
    for (const QString& e : entries)
        CHECK((e.endsWith(u".csv"_s) || e == u"notes.txt"_s));

    // What a kill in the middle of moving the files into place leaves: the marker.
    dj::test::writeFile(QDir(out).filePath(io::Exporter::incompleteMarker()), "x");
    Database other = Cache::openOrCreate(dir.filePath(u"d.djcache"_s));
    CHECK_THROWS_AS(io::Importer::run(other, { out }), io::IoError);
    CHECK_THROWS_AS(io::Importer::run(other, { out + u"/enterprises.csv"_s }), io::IoError);
    CHECK(other.scalarInt("SELECT count(*) FROM enterprises") == 0);
}
