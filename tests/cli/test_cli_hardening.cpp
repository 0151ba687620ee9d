// Issue #11 through the real executables: refused caches, read-only media, bounded inputs, argument
// handling, the full check on demand and unattended screenshots. "No refused input changes a byte of the
// cache": every refusal compares the file's sha256 before and after.
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using dj::test::runCli;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

bool sidecarsAbsent(const QString& db)
{
    return !QFileInfo::exists(db + u"-wal"_s) && !QFileInfo::exists(db + u"-shm"_s)
        && !QFileInfo::exists(db + u".search"_s);
}

/// A small demo cache (1,000 enterprises), made once per test run.
QString demoCache()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(u"demo.djcache"_s);
        const auto r
            = runCli({ u"demo"_s, u"--db"_s, p, u"--enterprises"_s, u"1000"_s, u"--seed"_s, u"5"_s });
        REQUIRE(r.exitCode == 0);
        return p;
    }();
    return path;
}

QString copyOf(const QString& source, const QString& path)
{
    QFile::remove(path);
    REQUIRE(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

struct Page
{
    qint64 size;
    qint64 count;
};

Page pages(const QString& path)
{
    const QByteArray head = readAll(path).left(100);
    const qint64 raw = qint64(uchar(head[16])) << 8 | uchar(head[17]);
    return { raw == 1 ? 65536 : raw, qint64(QFileInfo(path).size() / (raw == 1 ? 65536 : raw)) };
}

/// Every kind of cache the workstation must refuse, by name.
QMap<QString, QString> refusedCaches(const QTemporaryDir& dir)
{
    QMap<QString, QString> out;
    const QString zero = dir.filePath(u"zero.djcache"_s);
    write(zero, {});
    out.insert(u"zero-byte"_s, zero);

    const QString random = dir.filePath(u"random.djcache"_s);
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char& c : noise)
        c = char(rng.bounded(256));
    write(random, noise);
    out.insert(u"random"_s, random);

    const QString foreign = dir.filePath(u"foreign.djcache"_s);
    {
        dj::store::Database db = dj::store::Database::openRaw(foreign, dj::store::Database::Mode::Create);
        db.exec("CREATE TABLE notes(x); INSERT INTO notes VALUES (1);");
    }
    out.insert(u"foreign"_s, foreign);

    const QString newer = copyOf(demoCache(), dir.filePath(u"newer.djcache"_s));
    {
        dj::store::Database db = dj::store::Database::openRaw(newer, dj::store::Database::Mode::ReadWrite);
        db.setUserVersion(dj::store::Schema::currentVersion() + 1);
        db.exec("PRAGMA journal_mode = DELETE");
    }
    out.insert(u"newer-schema"_s, newer);

    // Cut in half: what a copy that did not finish (or a full disk) leaves.
    const QString truncated = copyOf(demoCache(), dir.filePath(u"truncated.djcache"_s));
    write(truncated, readAll(truncated).left(QFileInfo(truncated).size() / 2));
    out.insert(u"truncated"_s, truncated);

    // The right size and header, but garbage in pages near the end (the quick check on open finds it).
    const QString damaged = copyOf(demoCache(), dir.filePath(u"damaged.djcache"_s));
    {
        QByteArray bytes = readAll(damaged);
        const Page p = pages(damaged);
        for (qint64 page = p.count * 2 / 5; page < p.count * 3 / 5; ++page)
            for (qint64 i = 0; i < p.size; ++i)
                bytes[page * p.size + i] = char(rng.bounded(256));
        write(damaged, bytes);
    }
    out.insert(u"damaged"_s, damaged);

    // Marked unfinished (a generator stopped before its end).
    const QString unfinished = copyOf(demoCache(), dir.filePath(u"unfinished.djcache"_s));
    {
        dj::store::Database db
            = dj::store::Database::openRaw(unfinished, dj::store::Database::Mode::ReadWrite);
        db.exec("INSERT INTO meta(key, value) VALUES ('unfinished', '1'); PRAGMA journal_mode = DELETE;");
    }
    out.insert(u"unfinished"_s, unfinished);
    return out;
}

QString filterFile(const QTemporaryDir& dir)
{
    const QString f = dir.filePath(u"f.json"_s);
    write(f, R"({"statuses":["在营"]})");
    return f;
}

} // namespace

TEST_CASE("read and write commands refuse every bad cache, change no byte of it and leave nothing beside it",
    "[cli][hardening][cache]")
{
    QTemporaryDir dir;
    const QString filter = filterFile(dir);
    const auto caches = refusedCaches(dir);
    for (auto it = caches.cbegin(); it != caches.cend(); ++it) {
        const QString& db = it.value();
        INFO(it.key().toStdString());
        const QByteArray before = sha256(db);
        const QList<QStringList> commands {
            { u"search"_s, u"--db"_s, db, u"--filter"_s, filter },
            { u"export"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"out-"_s + it.key()) },
            { u"import"_s, u"--db"_s, db, dj::test::dataPath(u"io/gbk"_s) },
            { u"geo"_s, u"geocode"_s, u"--db"_s, db, u"上海市徐汇区长乐路188号"_s },
        };
        for (const QStringList& c : commands) {
            INFO(c.first().toStdString());
            const auto r = runCli(c, {}, 60000);
            CHECK(r.exitCode == 1);
            CHECK_FALSE(r.err.trimmed().isEmpty());
            CHECK(sha256(db) == before);
            CHECK(sidecarsAbsent(db));
        }
        const auto check = runCli({ u"check"_s, u"cache"_s, u"--db"_s, db });
        CHECK(check.exitCode == 1);
        CHECK(check.json().value(u"ok"_s).toBool(true) == false);
        CHECK(sha256(db) == before);
    }
}

TEST_CASE("check cache: the full check on demand", "[cli][hardening][cache]")
{
    QTemporaryDir dir;
    const QString db = copyOf(demoCache(), dir.filePath(u"c.djcache"_s));
    const QByteArray before = sha256(db);
    const auto ok = runCli({ u"check"_s, u"cache"_s, u"--db"_s, db });
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.json().value(u"ok"_s).toBool() == true);
    CHECK(ok.json().value(u"problems"_s).toArray().isEmpty());
    CHECK(sha256(db) == before);
    CHECK(runCli({ u"check"_s, u"cache"_s }).exitCode == 2);
    CHECK(runCli({ u"check"_s, u"cache"_s, u"--db"_s, dir.filePath(u"absent"_s) }).exitCode == 1);
    CHECK(runCli({ u"--help"_s }).out.contains("check cache"));
}

TEST_CASE("a cache on read-only media is read, and a write says what is wrong", "[cli][hardening][cache]")
{
    // A read-only bind mount (real read-only media), where this machine lets a test make one.
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"stick"_s);
    QDir().mkpath(folder);
    const QString db = copyOf(demoCache(), folder + u"/c.djcache"_s);
    const QString filter = filterFile(dir);
    const QByteArray before = sha256(db);
    auto runReadOnly = [&](const QStringList& args) {
        QProcess p;
        p.start(unshare,
            QStringList { u"--mount"_s, u"sh"_s, u"-c"_s,
                u"mount --bind -o ro \"$0\" \"$0\" && shift && exec \"$@\""_s, folder, u"x"_s,
                QStringLiteral(DJ_CLI_PATH) }
                + args);
        p.waitForFinished(60000);
        return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
    };
    if (unshare.isEmpty() || std::get<0>(runReadOnly({ u"--version"_s })) != 0) {
        WARN("no read-only bind mount possible here (unshare --mount); skipped");
        return;
    }
    {
        const auto [code, out, err] = runReadOnly({ u"search"_s, u"--db"_s, db, u"--filter"_s, filter });
        INFO(err.toStdString());
        CHECK(code == 0);
        CHECK(QJsonDocument::fromJson(out).object().value(u"total"_s).toInt() > 0);
    }
    {
        const auto [code, out, err]
            = runReadOnly({ u"export"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"o"_s) });
        INFO(err.toStdString());
        CHECK(code == 0);
        CHECK(QFileInfo::exists(dir.filePath(u"o/enterprises.csv"_s)));
    }
    {
        const auto [code, out, err]
            = runReadOnly({ u"import"_s, u"--db"_s, db, dj::test::dataPath(u"io/gbk"_s) });
        CHECK(code == 1);
        CHECK(err.contains("read-only"));
        CHECK_FALSE(err.contains("not a Dianjing cache"));
    }
    CHECK(sha256(db) == before);
    CHECK(sidecarsAbsent(db));
}

TEST_CASE("the window opens a cache on read-only media read-only, with a notice, and writes nothing",
    "[cli][hardening][screenshot]")
{
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"stick"_s);
    QDir().mkpath(folder);
    const QString db = copyOf(demoCache(), folder + u"/c.djcache"_s);
    QFile::remove(db + u".search"_s);
    const QString shots = dir.filePath(u"shots"_s);
    const QByteArray before = sha256(db);
    auto runReadOnly = [&](const QString& program, const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(unshare,
            QStringList { u"--mount"_s, u"sh"_s, u"-c"_s,
                u"mount --bind -o ro \"$0\" \"$0\" && shift && exec \"$@\""_s, folder, u"x"_s, program }
                + args);
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
        }
        return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
    };
    if (unshare.isEmpty() || std::get<0>(runReadOnly(QStringLiteral(DJ_CLI_PATH), { u"--version"_s })) != 0) {
        WARN("no read-only bind mount possible here (unshare --mount); skipped");
        return;
    }
    // Before: the window refused such a cache ("on read-only media … copy it first") and exited 1.
    const auto [code, out, err]
        = runReadOnly(QStringLiteral(DJ_GUI_PATH), { u"--screenshot"_s, shots, u"--cache"_s, db });
    INFO(err.toStdString());
    CHECK(code == 0);
    const QString notice = QString::fromUtf8(err);
    CHECK((notice.contains(u"只读"_s) || notice.contains(u"read-only"_s, Qt::CaseInsensitive)));
    CHECK(QFileInfo::exists(shots + u"/search.png"_s));
    CHECK(QFileInfo::exists(shots + u"/fieldwork.png"_s));
    CHECK(sha256(db) == before);
    CHECK(sidecarsAbsent(db));
}

TEST_CASE(
    "an interrupted export is refused by import before a new cache is created", "[cli][hardening][export]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"bundle"_s);
    REQUIRE(QDir().mkpath(out));
    QFile csv(out + u"/enterprises.csv"_s);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("uscc,name,region_code\n");
    csv.close();
    QFile marker(out + u"/.dianjing-export-incomplete"_s); // what a kill while moving files into place leaves
    REQUIRE(marker.open(QIODevice::WriteOnly));
    marker.close();
    const QString probe = dir.filePath(u"new.djcache"_s);
    for (const QString& path : { out, out + u"/enterprises.csv"_s }) {
        const auto r = runCli({ u"import"_s, u"--db"_s, probe, path });
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("bundle")); // the message names the folder
        CHECK_FALSE(QFileInfo::exists(probe));
    }
}

TEST_CASE("arguments: extra positionals are refused, -- ends the options", "[cli][hardening]")
{
    QTemporaryDir dir;
    const QString filter = filterFile(dir);
    const auto extra = runCli({ u"search"_s, u"--db"_s, demoCache(), u"--filter"_s, filter, u"oops"_s });
    CHECK(extra.exitCode == 2);
    CHECK(extra.err.contains("oops"));

    const auto negative = runCli({ u"geo"_s, u"convert"_s, u"--from"_s, u"wgs84"_s, u"--to"_s, u"gcj02"_s,
        u"--"_s, u"-73.5"_s, u"-40.25"_s });
    INFO(negative.err.toStdString());
    CHECK(negative.exitCode == 0);
    CHECK(negative.json().value(u"lon"_s).toDouble() == Approx(-73.5).margin(0.01));
    CHECK(negative.json().value(u"lat"_s).toDouble() == Approx(-40.25).margin(0.01));
}

TEST_CASE("inputs are bounded: a filter from /dev/zero and an endless stdin are refused", "[cli][hardening]")
{
    if (!QFileInfo::exists(u"/dev/zero"_s))
        return;
    QElapsedTimer t;
    t.start();
    const auto zero
        = runCli({ u"search"_s, u"--db"_s, demoCache(), u"--filter"_s, u"/dev/zero"_s }, {}, 30000);
    CHECK(zero.exitCode == 1);
    CHECK(zero.err.contains("/dev/zero"));

    QProcess p;
    p.setProgram(QStringLiteral(DJ_CLI_PATH));
    p.setArguments({ u"geo"_s, u"address"_s, u"-"_s });
    p.setStandardInputFile(u"/dev/zero"_s);
    p.start();
    const bool finished = p.waitForFinished(60000);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    CHECK(finished);
    CHECK(p.exitCode() == 1);
    CHECK(p.readAllStandardError().contains("Standard input"));
    CHECK(t.elapsed() < 60000);
}

TEST_CASE("a long region list costs linear time", "[cli][hardening][search]")
{
    QTemporaryDir dir;
    // 200,000 six-digit codes (most of them not real regions: only their shape is checked).
    QByteArray json = R"({"regions":[)";
    for (int i = 0; i < 200000; ++i) {
        if (i)
            json += ',';
        json += '"' + QByteArray::number(100000 + i * 3) + '"';
    }
    json += "]}";
    const QString filter = dir.filePath(u"regions.json"_s);
    write(filter, json);
    QElapsedTimer t;
    t.start();
    const auto r = runCli(
        { u"search"_s, u"--db"_s, demoCache(), u"--filter"_s, filter, u"--limit"_s, u"0"_s }, {}, 60000);
    const qint64 ms = t.elapsed();
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    // Quadratic, this took more than 30 s; linear it is well under a second (generous for a busy machine).
    CHECK(ms < 10000);
    // Independent count: every demo enterprise lies in a region whose code is 100000 + 3k.
    dj::store::Database db = dj::store::Database::openRaw(demoCache(), dj::store::Database::Mode::ReadOnly);
    const qint64 expected
        = db.scalarInt("SELECT count(*) FROM enterprises WHERE CAST(region_code AS INTEGER) "
                       "BETWEEN 100000 AND 699997 AND (CAST(region_code AS INTEGER) - 100000) % 3 = 0");
    CHECK(expected > 0);
    CHECK(r.json().value(u"total"_s).toInt() == expected);
}

TEST_CASE("screenshot mode never waits on a dialog: a refused or missing cache exits 1 with the reason",
    "[cli][hardening][screenshot]")
{
    QTemporaryDir dir;
    auto caches = refusedCaches(dir);
    caches.insert(u"missing"_s, dir.filePath(u"missing.djcache"_s));
    for (auto it = caches.cbegin(); it != caches.cend(); ++it) {
        INFO(it.key().toStdString());
        const QByteArray before = sha256(it.value());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DJ_GUI_PATH),
            { u"--screenshot"_s, dir.filePath(u"shots"_s), u"--cache"_s, it.value() });
        const bool finished = p.waitForFinished(60000);
        if (!finished) {
            p.kill();
            p.waitForFinished();
        }
        CHECK(finished); // a modal message box would wait here for ever
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == 1);
        CHECK_FALSE(p.readAllStandardError().trimmed().isEmpty());
        CHECK(sha256(it.value()) == before);
    }
}
