// Done-when of issue 13: a real kill -9 of a process typing a note the way the editor does, at random
// moments; reopening finds every character saved, everything typed more than a second before the kill,
// and a sound cache.
#include "core/fieldwork/fieldworkstore.h"
#include "core/store/cache.h"
#include "fieldworktestutil.h"
#include "tests/support/testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <random>

using namespace dj;

TEST_CASE("a note typed into a visit survives kill -9 at random moments", "[fieldwork][crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A long note with no repeated prefix, so that any prefix tells how much arrived.
    QString text;
    for (int i = 0; text.size() < 400; ++i)
        text
            += QStringLiteral("第%1条：企业反映订单稳定，计划扩大产能，需要用地%2亩。").arg(i).arg(i * 3 + 1);
    const QString textPath = dir.filePath(QStringLiteral("note.txt"));
    {
        QFile f(textPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

    std::random_device device;
    const unsigned seed = device();
    std::mt19937 random(seed);
    INFO("seed " << seed);
    std::uniform_int_distribution<int> killAfter(300, 3000);
    int roundsWithSaves = 0;

    for (int round = 0; round < 5; ++round) {
        const QString path = dir.filePath(QStringLiteral("crash%1.djcache").arg(round));
        QString visitId;
        {
            store::Database db = test::makeFieldworkCache(path);
            fieldwork::FieldWorkStore store(db);
            store.setAuthor(QStringLiteral("tester"));
            visitId = store.createVisit({ { QStringLiteral("uscc"), test::kUsccA },
                { QStringLiteral("date"), QStringLiteral("2026-12-01") },
                { QStringLiteral("kind"), QStringLiteral("走访") } });
        }
        QProcess child;
        child.start(QStringLiteral(DJ_TYPIST_PATH), { path, visitId, textPath, QStringLiteral("12") });
        REQUIRE(child.waitForStarted(10000));
        QElapsedTimer clock;
        clock.start();
        const int waitMs = killAfter(random);
        qint64 lastSaved = 0;
        QList<QPair<qint64, qint64>> typedAt; // (characters typed, when the line arrived)
        QByteArray pending;
        auto readLines = [&] {
            pending += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl).trimmed();
                pending.remove(0, nl + 1);
                if (line.startsWith("typed "))
                    typedAt << qMakePair(line.mid(6).toLongLong(), clock.elapsed());
                else if (line.startsWith("saved "))
                    lastSaved = std::max(lastSaved, line.mid(6).toLongLong());
            }
        };
        while (clock.elapsed() < waitMs) {
            child.waitForReadyRead(20);
            readLines();
        }
        const qint64 killedAt = clock.elapsed();
        child.kill(); // SIGKILL: no destructor, no final save
        REQUIRE(child.waitForFinished(10000));
        CHECK(child.exitStatus() == QProcess::CrashExit);
        readLines(); // lines written before the kill; reading them is after it
        qint64 typedOneSecondBefore = 0;
        for (const auto& [count, at] : typedAt)
            if (at <= killedAt - 1000)
                typedOneSecondBefore = std::max(typedOneSecondBefore, count);
        // Lines still in the pipe at the kill can only say the child got further, never less far.
        INFO("round " << round << ": killed after " << killedAt << " ms, typed " << typedAt.size()
                      << ", saved " << lastSaved << ", typed a second before " << typedOneSecondBefore);

        store::Database db = store::Cache::open(path);
        CHECK(test::sqlText(db, "PRAGMA integrity_check") == QStringLiteral("ok"));
        const QString saved = test::sqlText(db, "SELECT summary FROM visits WHERE visit_id = ?1", visitId);
        CHECK(text.startsWith(saved));
        CHECK(saved.size() >= lastSaved);
        CHECK(saved.size() >= typedOneSecondBefore);
        if (lastSaved > 0 && !saved.isEmpty())
            ++roundsWithSaves;
        // The crash left a sound record: its history names the typist's edit.
        CHECK(
            test::sqlInt(db,
                "SELECT count(*) FROM fieldwork_history WHERE record_id = ?1 AND action = 'create'", visitId)
            == 1);
    }
    // The kills are not all before the first save: the test is about notes, not empty records.
    CHECK(roundsWithSaves >= 3);
}
