// Issue #11, crash tests: a real dianjing-cli child is killed with SIGKILL (QProcess::kill) at many
// moments during demo, import and export. Afterwards the cache passes the full integrity check, the data
// that was there before is unchanged (or the run completed as a whole), and a rerun completes.
#include "core/io/exporter.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/statement.h"
#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using dj::test::runCli;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileSha(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Runs dianjing-cli and kills it (SIGKILL) after ms; false when it finished before.
bool killAfter(const QStringList& args, int ms)
{
    QProcess p;
    p.setProgram(QStringLiteral(DJ_CLI_PATH));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForStarted());
    if (p.waitForFinished(ms))
        return false;
    p.kill();
    p.waitForFinished();
    return true;
}

/// The content of a cache as plain SQL sees it: row counts of every bundle table plus a hash of the
/// enterprises' keys and names (written independently of the importer).
QString content(const QString& path)
{
    dj::store::Database db = dj::store::Database::openRaw(path, dj::store::Database::Mode::ReadOnly);
    QString out;
    for (const QString& t : dj::store::Schema::bundleTables())
        out += t + u'=' + QString::number(db.scalarInt((u"SELECT count(*) FROM "_s + t).toStdString()))
            + u';';
    QCryptographicHash h(QCryptographicHash::Sha256);
    dj::store::Statement st = db.prepare("SELECT uscc, name, status FROM enterprises ORDER BY uscc");
    while (st.step())
        h.addData((st.columnText(0) + st.columnText(1) + st.columnText(2) + u'\n').toUtf8());
    return out + QString::fromLatin1(h.result().toHex());
}

QStringList problems(const QString& path)
{
    return dj::store::Cache::checkCache(path);
}

QMap<QString, QByteArray> folderShas(const QString& dir)
{
    QMap<QString, QByteArray> out;
    for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden))
        out.insert(f.fileName(), fileSha(f.absoluteFilePath()));
    return out;
}

const QList<int> kMoments = { 20, 60, 120, 200, 350, 500, 750, 1000, 1500, 2200, 3000 };

} // namespace

TEST_CASE(
    "a demo killed at any moment leaves the earlier cache intact, and the rerun completes", "[crash][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"t.djcache"_s);
    const QString prior = dir.filePath(u"prior.djcache"_s);
    REQUIRE(
        runCli({ u"demo"_s, u"--db"_s, prior, u"--enterprises"_s, u"1000"_s, u"--seed"_s, u"1"_s }).exitCode
        == 0);
    const QByteArray priorSha = fileSha(prior);
    int killed = 0;
    for (int ms : kMoments) {
        INFO("kill after " << ms << " ms");
        QFile::remove(db);
        REQUIRE(QFile::copy(prior, db));
        const bool wasKilled = killAfter(
            { u"demo"_s, u"--db"_s, db, u"--enterprises"_s, u"20000"_s, u"--seed"_s, u"2"_s }, ms);
        killed += wasKilled;
        REQUIRE(QFileInfo::exists(db));
        CHECK(problems(db).isEmpty());
        if (fileSha(db) != priorSha) {
            // Only a finished demo may replace the file: then it is the whole new one.
            dj::store::Database d = dj::store::Database::openRaw(db, dj::store::Database::Mode::ReadOnly);
            CHECK(dj::store::Cache::meta(d, u"demo_seed"_s) == u"2"_s);
            CHECK(d.scalarInt("SELECT count(*) FROM enterprises") == 20000);
            CHECK(d.scalarInt("SELECT count(*) FROM meta WHERE key = 'unfinished'") == 0);
        }
        // What every command then does with it: a search answers (no silent "total 0" on a broken file).
        const auto s = runCli({ u"check"_s, u"cache"_s, u"--db"_s, db });
        CHECK(s.exitCode == 0);
    }
    CHECK(killed >= 5); // the moments really interrupted the generator
    // The rerun completes, and no temporary file of the killed runs is left behind.
    const auto r = runCli({ u"demo"_s, u"--db"_s, db, u"--enterprises"_s, u"20000"_s, u"--seed"_s, u"2"_s });
    CHECK(r.exitCode == 0);
    CHECK(problems(db).isEmpty());
    CHECK(QDir(dir.path()).entryList({ u".t.djcache.partial-*"_s }, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE(
    "an import killed at any moment leaves the cache as it was or fully imported, and the rerun completes",
    "[crash][import]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.djcache"_s);
    const QString bundle = dir.filePath(u"bundle"_s);
    REQUIRE(
        runCli({ u"demo"_s, u"--db"_s, source, u"--enterprises"_s, u"20000"_s, u"--seed"_s, u"3"_s }).exitCode
        == 0);
    REQUIRE(runCli({ u"export"_s, u"--db"_s, source, u"--out"_s, bundle }).exitCode == 0);
    const QString prior = dir.filePath(u"prior.djcache"_s);
    REQUIRE(
        runCli({ u"demo"_s, u"--db"_s, prior, u"--enterprises"_s, u"1000"_s, u"--seed"_s, u"1"_s }).exitCode
        == 0);
    const QString before = content(prior);
    // The reference: the same import run to its end.
    const QString reference = dir.filePath(u"reference.djcache"_s);
    REQUIRE(QFile::copy(prior, reference));
    REQUIRE(runCli({ u"import"_s, u"--db"_s, reference, bundle }).exitCode == 0);
    const QString after = content(reference);
    REQUIRE(after != before);

    const QString db = dir.filePath(u"t.djcache"_s);
    int killed = 0;
    for (int ms : kMoments) {
        INFO("kill after " << ms << " ms");
        for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(db + suffix);
        REQUIRE(QFile::copy(prior, db));
        killed += killAfter({ u"import"_s, u"--db"_s, db, bundle }, ms);
        CHECK(problems(db).isEmpty());
        const QString now = content(db);
        CHECK((now == before || now == after));
    }
    CHECK(killed >= 5);
    REQUIRE(runCli({ u"import"_s, u"--db"_s, db, bundle }).exitCode == 0);
    CHECK(problems(db).isEmpty());
    CHECK(content(db) == after);
}

TEST_CASE("an export killed at any moment never looks like a complete bundle, and the rerun completes",
    "[crash][export]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.djcache"_s);
    const QString old = dir.filePath(u"old.djcache"_s);
    REQUIRE(
        runCli({ u"demo"_s, u"--db"_s, source, u"--enterprises"_s, u"20000"_s, u"--seed"_s, u"4"_s }).exitCode
        == 0);
    REQUIRE(runCli({ u"demo"_s, u"--db"_s, old, u"--enterprises"_s, u"1000"_s, u"--seed"_s, u"9"_s }).exitCode
        == 0);
    const QString reference = dir.filePath(u"reference"_s);
    QElapsedTimer exportTime;
    exportTime.start();
    REQUIRE(runCli({ u"export"_s, u"--db"_s, source, u"--out"_s, reference }).exitCode == 0);
    // Kill moments spread over this machine's own export time, so a fast machine still interrupts it.
    const qint64 fullMs = std::max<qint64>(exportTime.elapsed(), 50);
    QList<int> moments;
    for (double f : { 0.02, 0.08, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95 })
        moments << int(double(fullMs) * f);
    const QMap<QString, QByteArray> newFiles = folderShas(reference);
    const QString oldBundle = dir.filePath(u"oldbundle"_s);
    REQUIRE(runCli({ u"export"_s, u"--db"_s, old, u"--out"_s, oldBundle }).exitCode == 0);
    const QMap<QString, QByteArray> oldFiles = folderShas(oldBundle);
    REQUIRE(newFiles.keys() == oldFiles.keys());

    const QString out = dir.filePath(u"out"_s);
    int killed = 0, marked = 0;
    for (int ms : moments) {
        INFO("kill after " << ms << " ms");
        QDir(out).removeRecursively();
        REQUIRE(runCli({ u"export"_s, u"--db"_s, old, u"--out"_s, out }).exitCode == 0); // an earlier bundle
        killed += killAfter({ u"export"_s, u"--db"_s, source, u"--out"_s, out }, ms);
        const QMap<QString, QByteArray> now = folderShas(out);
        const QString probe = dir.filePath(u"probe.djcache"_s);
        for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(probe + suffix);
        if (now.contains(dj::io::Exporter::incompleteMarker())) {
            ++marked;
            // Partly moved: import refuses the folder and creates nothing.
            const auto r = runCli({ u"import"_s, u"--db"_s, probe, out });
            CHECK(r.exitCode == 1);
            CHECK_FALSE(QFileInfo::exists(probe));
        } else {
            CHECK((now == oldFiles || now == newFiles)); // the earlier bundle, or the whole new one
        }
    }
    CHECK(killed >= 5);
    REQUIRE(runCli({ u"export"_s, u"--db"_s, source, u"--out"_s, out }).exitCode == 0);
    CHECK(folderShas(out) == newFiles);
    CHECK(QDir(out).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty()); // no staging left
    Q_UNUSED(marked);
}

namespace {

/// Field work as plain SQL sees it: the tasks and visits with their field-work rows.
QString fieldWork(const QString& path)
{
    dj::store::Database db = dj::store::Database::openRaw(path, dj::store::Database::Mode::ReadOnly);
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* sql : { "SELECT task_id, uscc, assignee FROM tasks ORDER BY task_id",
             "SELECT visit_id, uscc FROM visits ORDER BY visit_id",
             "SELECT task_id, park_id FROM fieldwork_tasks ORDER BY task_id" }) {
        dj::store::Statement st = db.prepare(sql);
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c)
                h.addData((st.columnText(c) + u'|').toUtf8());
            h.addData("\n");
        }
    }
    return QString::number(db.scalarInt("SELECT count(*) FROM tasks")) + u'/'
        + QString::fromLatin1(h.result().toHex());
}

} // namespace

TEST_CASE("field work: task creation and a merge killed at any moment leave the cache as it was or done",
    "[crash][fieldwork]")
{
    QTemporaryDir dir;
    const QString prior = dir.filePath(u"prior.djcache"_s);
    REQUIRE(
        runCli({ u"demo"_s, u"--db"_s, prior, u"--enterprises"_s, u"20000"_s, u"--seed"_s, u"6"_s }).exitCode
        == 0);
    const QString filter = dir.filePath(u"all.json"_s);
    {
        QFile f(filter);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{}");
    }
    const QStringList tasks = { u"visits"_s, u"tasks"_s, u"--reason"_s, u"走访"_s, u"--filter"_s, filter };
    const QString before = fieldWork(prior);
    const QString reference = dir.filePath(u"reference.djcache"_s);
    REQUIRE(QFile::copy(prior, reference));
    const auto made
        = runCli(QStringList { tasks.mid(0, 2) } + QStringList { u"--db"_s, reference } + tasks.mid(2));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString after = fieldWork(reference);
    REQUIRE(after != before);
    // An export of the tasks to merge into the prior cache.
    const QString out = dir.filePath(u"fw"_s);
    REQUIRE(runCli({ u"visits"_s, u"export"_s, u"--db"_s, reference, u"--out"_s, out }).exitCode == 0);

    const QString db = dir.filePath(u"t.djcache"_s);
    int killed = 0;
    for (int ms : kMoments) {
        INFO("kill after " << ms << " ms");
        for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(db + suffix);
        REQUIRE(QFile::copy(prior, db));
        const bool mergeRun = ms % 2 == 0; // alternate: task creation, then a merge of the export
        if (mergeRun)
            killed += killAfter({ u"visits"_s, u"merge"_s, u"--db"_s, db, out }, ms);
        else
            killed += killAfter(
                QStringList { tasks.mid(0, 2) } + QStringList { u"--db"_s, db } + tasks.mid(2), ms);
        CHECK(problems(db).isEmpty());
        const QString now = fieldWork(db);
        CHECK((now == before || now.section(u'/', 0, 0) == after.section(u'/', 0, 0)));
    }
    CHECK(killed >= 3);
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(db + suffix);
    REQUIRE(QFile::copy(prior, db));
    REQUIRE(runCli({ u"visits"_s, u"merge"_s, u"--db"_s, db, out }).exitCode == 0);
    CHECK(problems(db).isEmpty());
    CHECK(fieldWork(db).section(u'/', 0, 0) == after.section(u'/', 0, 0));
}
