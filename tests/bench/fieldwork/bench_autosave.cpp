#include "core/fieldwork/fieldworkstore.h"
#include "core/store/cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dj;

namespace {

// Median and p95 of n saves of a growing note (as typed), in ms.
std::pair<double, double> run(const QString& path, bool full, int n)
{
    store::Database db = store::Cache::createFresh(path);
    fieldwork::FieldWorkStore store(db);
    if (!full)
        db.exec("PRAGMA synchronous = NORMAL"); // the baseline: the cache's default setting
    store.setAuthor(QStringLiteral("bench"));
    const QString id = store.createVisit({ { QStringLiteral("summary"), QStringLiteral("开始") } });
    QString text = QStringLiteral("开始");
    std::vector<double> ms;
    for (int i = 0; i < n; ++i) {
        text += QStringLiteral("企业反映订单稳定");
        QElapsedTimer t;
        t.start();
        store.update(fieldwork::RecordKind::Visit, id, { { QStringLiteral("summary"), text } });
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { ms[ms.size() / 2], ms[ms.size() * 95 / 100] };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const int n = 200;
    const auto normal = run(dir.filePath(QStringLiteral("normal.djcache")), false, n);
    const auto full = run(dir.filePath(QStringLiteral("full.djcache")), true, n);
    std::printf("{\"bench\":\"autosave\",\"saves\":%d,\"normal_median_ms\":%.3f,\"normal_p95_ms\":%.3f,"
                "\"full_median_ms\":%.3f,\"full_p95_ms\":%.3f}\n",
        n, normal.first, normal.second, full.first, full.second);
    return 0;
}
