// Demo generation speed (issue 3: 1,000,000 enterprises with all tables in ≤ 60 s on the 2-core build
// machine). Prints one JSON line: wall and CPU seconds for 100,000 (baseline) and for the large run, rows
// per second, and the file size. Usage: bench_demo [ENTERPRISES] (default 1000000).
#include "core/demo/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

namespace {

struct Figures
{
    double wall = 0;
    double cpu = 0;
    qint64 rows = 0;
    qint64 bytes = 0;
};

Figures measure(const QString& path, qint64 enterprises)
{
    QElapsedTimer timer;
    const std::clock_t cpu0 = std::clock();
    timer.start();
    const auto summary
        = dj::demo::DemoGenerator::generate(path, dj::demo::DemoOptions { enterprises, 20240601 });
    Figures f;
    f.wall = double(timer.nsecsElapsed()) / 1e9;
    f.cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    for (auto it = summary.rows.cbegin(); it != summary.rows.cend(); ++it)
        f.rows += it.value();
    f.bytes = QFileInfo(path).size();
    return f;
}

QJsonObject json(const Figures& f)
{
    return QJsonObject { { QStringLiteral("wall_s"), qRound(f.wall * 100) / 100.0 },
        { QStringLiteral("cpu_s"), qRound(f.cpu * 100) / 100.0 }, { QStringLiteral("rows"), f.rows },
        { QStringLiteral("rows_per_s"), qRound64(double(f.rows) / f.wall) },
        { QStringLiteral("file_mb"), qRound(double(f.bytes) / 1048576.0) } };
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 large = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const Figures baseline = measure(dir.filePath(QStringLiteral("base.djcache")), 100000);
    const Figures big = measure(dir.filePath(QStringLiteral("large.djcache")), large);
    QJsonObject out { { QStringLiteral("bench"), QStringLiteral("demo") },
        { QStringLiteral("enterprises"), large }, { QStringLiteral("baseline_100k"), json(baseline) },
        { QStringLiteral("large"), json(big) },
        { QStringLiteral("scaling"), qRound(big.wall / baseline.wall * 100) / 100.0 },
        { QStringLiteral("target_s"), 60 },
        { QStringLiteral("within_target"), big.wall <= 60.0 * double(large) / 1000000.0 } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
