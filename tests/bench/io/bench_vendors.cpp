// Vendor-layout import benchmark (issue #21): N rows as a 企查查-style workbook (title block, note row,
// region and industry names, 万元 amounts, vendor status spellings) against the same rows as a canonical
// bundle workbook (sheet enterprises, codes and yuan), both XLSX, imported into new caches in one run.
// Target: vendor ≤ 2 × canonical. Prints one JSON line; exit 1 when the target is missed.
//
//   bench_io_vendors [--rows N] [--repeat R] [--write-only DIR]   (DIR: keep the two workbooks, no import)
#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "core/codes/uscc.h"
#include "core/io/importer.h"
#include "core/io/tablewriter.h"
#include "core/store/cache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace dj;

namespace {

struct Row
{
    QString uscc, name, county, industry, address;
    const codes::Region *province, *city, *countyRegion;
    const codes::Industry* industryEntry;
    qint64 capital;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 n = 100000;
    int repeat = 2;
    QString writeOnly;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--write-only" && i + 1 < args.size())
            writeOnly = args[++i];
        else if (args[i] == u"--rows" && i + 1 < args.size())
            n = args[++i].toLongLong();
        else if (args[i] == u"--repeat" && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
    }
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/dj-bench-vendors-XXXXXX"));

    // Counties with a prefecture parent and industry classes, cycled through the rows.
    const codes::Regions& regions = codes::Regions::instance();
    QList<const codes::Region*> counties;
    for (const codes::Region* c : regions.counties())
        if (regions.prefecture(c->code) && regions.province(c->code) && counties.size() < 400)
            counties << c;
    const QList<const codes::Industry*> classes = codes::Industries::instance().classes();
    auto row = [&](qint64 i) {
        Row r;
        r.countyRegion = counties.at(int(i % counties.size()));
        r.province = regions.province(r.countyRegion->code);
        r.city = regions.prefecture(r.countyRegion->code);
        r.industryEntry = classes.at(int((i * 7) % classes.size()));
        const QString first17 = QStringLiteral("91") + r.countyRegion->code
            + QStringLiteral("%1").arg(10000000 + i, 8, 10, QLatin1Char('0')) + QLatin1Char('0');
        r.uscc = first17 + codes::Uscc::checkCharacter(first17);
        r.name = QStringLiteral("%1合成企业%2有限公司").arg(r.city->shortName).arg(i);
        r.address = r.countyRegion->name + QStringLiteral("人民路%1号").arg(i % 999);
        r.capital = 100 + i % 97 * 10; // 万元
        return r;
    };

    const QDir outDir(writeOnly.isEmpty() ? tmp.path() : writeOnly);
    const QString vendor = outDir.filePath(QStringLiteral("企查查导出.xlsx"));
    const QString canonical = outDir.filePath(QStringLiteral("bundle.xlsx"));
    const QStringList vendorHeaders { QStringLiteral("企业名称"), QStringLiteral("统一社会信用代码"),
        QStringLiteral("登记状态"), QStringLiteral("法定代表人"), QStringLiteral("注册资本"),
        QStringLiteral("成立日期"), QStringLiteral("所属省份"), QStringLiteral("所属城市"),
        QStringLiteral("所属区县"), QStringLiteral("国标行业小类"), QStringLiteral("企业地址"),
        QStringLiteral("经营范围") };
    QElapsedTimer t;
    t.start();
    // Title block (2 rows + blank), header, N rows, note row.
    io::TableWriter::write(
        vendor, { QStringLiteral("企查查 高级搜索 导出数据") }, n + 4,
        [&](qint64 i) -> QVariantList {
            if (i == 0)
                return { QStringLiteral("导出时间：2024-05-01 10:00:00") };
            if (i == 1)
                return {};
            if (i == 2) {
                QVariantList h;
                for (const QString& s : vendorHeaders)
                    h << s;
                return h;
            }
            if (i == n + 3)
                return { QStringLiteral("数据来源：企查查") };
            const Row r = row(i - 3);
            return { r.name, r.uscc, QStringLiteral("存续（在营、开业、在册）"), QStringLiteral("张三"),
                QStringLiteral("%1万元人民币").arg(r.capital), QStringLiteral("2015-03-08"), r.province->name,
                r.city->name, r.countyRegion->name, r.industryEntry->name, r.address,
                QStringLiteral("软件开发、技术咨询、技术服务") };
        },
        {}, QStringLiteral("企业列表"));
    io::TableWriter::write(
        canonical,
        { QStringLiteral("name"), QStringLiteral("uscc"), QStringLiteral("status"),
            QStringLiteral("legal_rep"), QStringLiteral("registered_capital"), QStringLiteral("established"),
            QStringLiteral("region_code"), QStringLiteral("industry_code"), QStringLiteral("address"),
            QStringLiteral("scope") },
        n,
        [&](qint64 i) -> QVariantList {
            const Row r = row(i);
            return { r.name, r.uscc, QStringLiteral("存续"), QStringLiteral("张三"), r.capital * 10000,
                QStringLiteral("2015-03-08"), r.countyRegion->code, r.industryEntry->code, r.address,
                QStringLiteral("软件开发、技术咨询、技术服务") };
        },
        {}, QStringLiteral("enterprises"));
    const double prepare = t.elapsed() / 1000.0;
    if (!writeOnly.isEmpty())
        return 0;

    double cpu = 0; // CPU time (user + system, all threads) of the last import
    auto importOnce = [&](const QString& path, qint64& rows, qint64& rejected, QString& table) {
        const QString db = tmp.filePath(QStringLiteral("c.djcache"));
        QFile::remove(db);
        store::Database c = store::Cache::createFresh(db);
        t.restart();
        const std::clock_t c0 = std::clock();
        const io::ImportReport r = io::Importer::run(c, { path });
        cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
        const double s = t.elapsed() / 1000.0;
        rows = r.imported.value(QStringLiteral("enterprises"));
        rejected = r.rejected.size();
        table = r.tables.isEmpty() ? QString() : r.tables.first();
        return s;
    };
    double bestVendor = 1e9, bestCanonical = 1e9;
    qint64 vendorRows = 0, canonicalRows = 0, vendorRejected = 0, canonicalRejected = 0;
    QString vendorTable, canonicalTable;
    double canonicalCpu = 0, vendorCpu = 0; // of the best runs
    for (int k = 0; k < repeat; ++k) { // interleaved, so that a busy machine hurts both alike
        const double sc = importOnce(canonical, canonicalRows, canonicalRejected, canonicalTable);
        if (sc < bestCanonical) {
            bestCanonical = sc;
            canonicalCpu = cpu;
        }
        const double sv = importOnce(vendor, vendorRows, vendorRejected, vendorTable);
        if (sv < bestVendor) {
            bestVendor = sv;
            vendorCpu = cpu;
        }
    }
    const double ratio = bestCanonical > 0 ? bestVendor / bestCanonical : 0;
    const QJsonObject out { { QStringLiteral("rows"), n }, { QStringLiteral("repeat"), repeat },
        { QStringLiteral("prepare_s"), prepare }, { QStringLiteral("canonical_xlsx_s"), bestCanonical },
        { QStringLiteral("canonical_rows"), canonicalRows },
        { QStringLiteral("canonical_rejected"), canonicalRejected },
        { QStringLiteral("vendor_xlsx_s"), bestVendor }, { QStringLiteral("vendor_rows"), vendorRows },
        { QStringLiteral("vendor_rejected"), vendorRejected },
        { QStringLiteral("vendor_table"), vendorTable }, { QStringLiteral("canonical_cpu_s"), canonicalCpu },
        { QStringLiteral("vendor_cpu_s"), vendorCpu }, { QStringLiteral("ratio"), ratio },
        { QStringLiteral("ratio_limit"), 2.0 } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return ratio <= 2.0 && vendorRows == n && canonicalRows == n ? 0 : 1;
}
