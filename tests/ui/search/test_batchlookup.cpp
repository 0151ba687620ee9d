#include "searchfixture.h"
#include "tests/support/testutil.h"
#include "testwait.h"
#include "ui/search/batchlookupdialog.h"
#include "ui/search/batchmatcher.h"
#include "ui/search/batchmatchmodel.h"
#include "ui/search/listimport.h"
#include "ui/search/tableexport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj;
using dj::test::SearchFixture;
using dj::test::waitFor;
using Kind = ui::BatchMatch::Kind;

namespace {
QString cacheIn(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("b.djcache"));
    SearchFixture::build(path);
    return path;
}
} // namespace

TEST_CASE("Name normalisation and bigram Dice", "[search][batch]")
{
    using M = ui::BatchMatcher;
    CHECK(M::normalizeName(QStringLiteral("盐城恒达酒业有限公司")) == QStringLiteral("恒达酒业"));
    CHECK(M::normalizeName(QStringLiteral("江苏省盐城市恒达酒业股份有限公司")) == QStringLiteral("恒达酒业"));
    CHECK(M::normalizeName(QStringLiteral("恒达酒业（盐城）有限公司")) == QStringLiteral("恒达酒业盐城"));
    CHECK(M::normalizeName(QStringLiteral(" ＡＢＣ 科技 有限公司")) == QStringLiteral("abc科技"));
    // A city of another province after a province is part of the brand, not a place.
    CHECK(M::normalizeName(QStringLiteral("北京三明科技有限公司")) == QStringLiteral("三明科技"));
    CHECK(M::normalizeName(QStringLiteral("福建三明科技有限公司")) == QStringLiteral("科技"));
    CHECK(M::dice(QStringLiteral("恒达酒业"), QStringLiteral("恒达酒业")) == 1.0);
    CHECK(M::dice(QStringLiteral("恒达酒业"), QStringLiteral("恒达酒厂")) == Approx(2.0 * 2 / 6));
    CHECK(M::dice(QStringLiteral("甲乙"), QStringLiteral("丙丁")) == 0.0);
    CHECK(M::dice(QString(), QStringLiteral("丙丁")) == 0.0);
}

TEST_CASE("Batch matching: code, name, former name, similar, ambiguous, not found", "[search][batch]")
{
    QTemporaryDir dir;
    const QString cache = cacheIn(dir);
    ui::BatchMatcher matcher(cache);

    auto byCode
        = matcher.match(QStringLiteral(" ") + SearchFixture::hengdaUscc().toLower() + QStringLiteral(" "));
    CHECK(byCode.kind == Kind::Uscc);
    REQUIRE(byCode.isMatched());
    CHECK(byCode.match()->name == SearchFixture::hengdaName());

    auto unknownCode = matcher.match(QStringLiteral("91110000MA00000000"));
    CHECK(unknownCode.kind == Kind::NotFound);
    CHECK_FALSE(unknownCode.isMatched());

    auto byName = matcher.match(SearchFixture::dingtaiName());
    CHECK(byName.kind == Kind::Name);
    REQUIRE(byName.isMatched());
    CHECK(byName.match()->uscc == SearchFixture::dingtaiUscc());

    auto byFormer = matcher.match(SearchFixture::hengdaFormer());
    CHECK(byFormer.kind == Kind::FormerName);
    REQUIRE(byFormer.isMatched());
    CHECK(byFormer.match()->uscc == SearchFixture::hengdaUscc());

    auto similar = matcher.match(QStringLiteral("江苏省盐城市恒达酒业股份有限公司"));
    CHECK(similar.kind == Kind::Fuzzy);
    REQUIRE(similar.isMatched());
    CHECK(similar.match()->uscc == SearchFixture::hengdaUscc());
    CHECK(similar.match()->score >= ui::BatchMatcher::kAcceptScore);

    auto ambiguous = matcher.match(QStringLiteral("华信科技有限公司"));
    CHECK(ambiguous.kind == Kind::Ambiguous);
    CHECK_FALSE(ambiguous.isMatched());
    REQUIRE(ambiguous.candidates.size() >= 2);
    QStringList names { ambiguous.candidates[0].name, ambiguous.candidates[1].name };
    CHECK(names.contains(QStringLiteral("苏州华信科技有限公司")));
    CHECK(names.contains(QStringLiteral("无锡华信科技有限公司")));

    // A generic two-character core is never accepted on its own.
    auto generic = matcher.match(QStringLiteral("酒业有限公司"));
    CHECK_FALSE(generic.kind == Kind::Fuzzy);

    auto none = matcher.match(QStringLiteral("完全不存在的某某某企业"));
    CHECK(none.kind == Kind::NotFound);
    CHECK(none.candidates.isEmpty());

    // Arbitrary bytes and FTS syntax in the input neither crash nor match everything.
    auto odd = matcher.match(QStringLiteral("\"有限\" OR * NEAR(公司) \x01"));
    CHECK_FALSE(odd.isMatched());

    // Empty lines are skipped; cancellation is honoured.
    const QStringList lines { SearchFixture::hengdaName(), QString(), QStringLiteral("  "),
        SearchFixture::dingtaiName() };
    CHECK(matcher.matchAll(lines).size() == 2);
    std::atomic_bool cancel { true };
    CHECK_THROWS_AS(matcher.matchAll(lines, Progress({}, &cancel)), Cancelled);
}

TEST_CASE("Batch match model is valid, choosing resolves an ambiguous line", "[search][batch]")
{
    QTemporaryDir dir;
    const QString cache = cacheIn(dir);
    ui::BatchMatcher matcher(cache);
    ui::BatchMatchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMatches(matcher.matchAll(
        { SearchFixture::hengdaName(), QStringLiteral("华信科技"), QStringLiteral("无此企业甲乙丙") }));
    REQUIRE(model.rowCount() == 3);
    CHECK(model.matchedCount() == 1);
    CHECK(model.unresolvedCount() == 1);
    CHECK(model.countOf(Kind::NotFound) == 1);
    model.choose(1, 1);
    CHECK(model.unresolvedCount() == 0);
    CHECK(model.matchedCount() == 2);
    CHECK_FALSE(model.data(model.index(1, ui::BatchMatchModel::Uscc)).toString().isEmpty());
    model.choose(1, -1);
    CHECK(model.matchedCount() == 1);
}

TEST_CASE("List import reads txt (GB18030), csv and xlsx first columns", "[search][batch]")
{
    QTemporaryDir dir;
    // GB18030 text as Excel on Chinese Windows writes it.
    {
        QFile f(dir.filePath(QStringLiteral("list.txt")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        QStringEncoder gb("GB18030");
        REQUIRE(gb.isValid());
        f.write(gb.encode(
            QStringLiteral("企业名称\r\n盐城恒达酒业有限公司\r\n\r\n南京鼎泰精密机械股份有限公司\r\n")));
    }
    CHECK(ui::ListImport::readFirstColumn(dir.filePath(QStringLiteral("list.txt")))
        == QStringList {
            QStringLiteral("盐城恒达酒业有限公司"), QStringLiteral("南京鼎泰精密机械股份有限公司") });
    {
        QFile f(dir.filePath(QStringLiteral("list.csv")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBFname,note\n\"\xE7\x94\xB2,\"\"\xE4\xB9\x99\"\"\",x\nABC,y\n");
    }
    CHECK(ui::ListImport::readFirstColumn(dir.filePath(QStringLiteral("list.csv")))
        == QStringList { QStringLiteral("甲,\"乙\""), QStringLiteral("ABC") });
    // XLSX written by our own exporter, read back.
    const QString xlsx = dir.filePath(QStringLiteral("list.xlsx"));
    const QList<QVariantList> rows { { QStringLiteral("盐城恒达酒业有限公司"), 1.5 },
        { QStringLiteral("91320902MA1XHD0001"), 2.0 } };
    ui::TableExport::write(xlsx, { QStringLiteral("uscc"), QStringLiteral("x") }, rows.size(),
        [&rows](qint64 r) { return rows[int(r)]; });
    CHECK(ui::ListImport::readFirstColumn(xlsx)
        == QStringList { QStringLiteral("盐城恒达酒业有限公司"), QStringLiteral("91320902MA1XHD0001") });
    // Bad input: a binary file and a fake xlsx are refused with a message.
    {
        QFile f(dir.filePath(QStringLiteral("bin.txt")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x00\x01\x02garbage", 10));
        QFile g(dir.filePath(QStringLiteral("fake.xlsx")));
        REQUIRE(g.open(QIODevice::WriteOnly));
        g.write("not a zip");
    }
    CHECK_THROWS_AS(
        ui::ListImport::readFirstColumn(dir.filePath(QStringLiteral("bin.txt"))), std::runtime_error);
    CHECK_THROWS_AS(
        ui::ListImport::readFirstColumn(dir.filePath(QStringLiteral("fake.xlsx"))), std::runtime_error);
    CHECK_THROWS_AS(
        ui::ListImport::readFirstColumn(dir.filePath(QStringLiteral("missing.csv"))), std::runtime_error);
}

TEST_CASE("Batch lookup dialog matches a pasted list and exports it", "[search][batch][ui]")
{
    QTemporaryDir dir;
    const QString cache = cacheIn(dir);
    ui::BatchLookupDialog dialog(cache);
    dialog.setInput({ SearchFixture::hengdaUscc(), SearchFixture::dingtaiName(),
        SearchFixture::hengdaFormer(), QStringLiteral("华信科技"), QStringLiteral("查无此企业甲乙") });
    bool finished = false;
    QObject::connect(&dialog, &ui::BatchLookupDialog::finished, [&finished] { finished = true; });
    dialog.startMatching();
    REQUIRE(waitFor([&] { return finished; }));
    REQUIRE(dialog.model()->rowCount() == 5);
    CHECK(dialog.model()->matchedCount() == 3);
    CHECK(dialog.matchedUsccs() == QStringList { SearchFixture::hengdaUscc(), SearchFixture::dingtaiUscc() });

    const QString csv = dir.filePath(QStringLiteral("matched.csv"));
    dialog.exportTo(csv);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines[1].contains(SearchFixture::hengdaUscc()));
    CHECK(lines[2].contains(SearchFixture::dingtaiName()));

    // Exporting into a folder that does not exist fails with a message and writes nothing.
    CHECK_THROWS_AS(dialog.exportTo(dir.filePath(QStringLiteral("no/such/dir/x.xlsx"))), std::runtime_error);
}
