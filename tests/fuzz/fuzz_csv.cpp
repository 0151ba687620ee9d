// libFuzzer target: the CSV reader with its encoding detection, then the importer over the same file
// (per-row decoding, value conversion, the upsert) into a scratch cache.
#include "core/io/csvreader.h"
#include "core/io/importer.h"
#include "core/io/ioerror.h"
#include "core/store/cache.h"
#include "core/store/storeerror.h"
#include "tests/fuzz/fuzzutil.h"

#include <QFile>
#include <QStringList>

namespace {

dj::store::Database& cache()
{
    static const QString cachePath = dj::fuzz::scratchPath(QStringLiteral("cache.djcache"));
    static dj::store::Database db = [] {
        for (const char* suffix : { "", "-wal", "-shm" })
            QFile::remove(cachePath + QLatin1String(suffix));
        return dj::store::Cache::openOrCreate(cachePath);
    }();
    return db;
}

} // namespace

// The schema, the code tables and the importer's first run cost seconds under the sanitizers: done here,
// not in the first unit.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    const QString path = dj::fuzz::scratchPath(QStringLiteral("enterprises.csv"));
    const QByteArray warm
        = "uscc,name,status,region_code,industry_code\n91310115000010014X,企业,存续,310115,3922\n";
    dj::fuzz::writeFile(path, reinterpret_cast<const uint8_t*>(warm.constData()), size_t(warm.size()));
    dj::io::Importer::run(cache(), { path });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The first byte picks the table the file is named after: every table's conversion gets exercised.
    static const char* const tables[]
        = { "enterprises", "persons", "roles", "financials", "shareholdings", "risks", "parks", "buildings" };
    if (size < 1)
        return 0;
    const QString table = QString::fromLatin1(tables[data[0] % (sizeof tables / sizeof *tables)]);
    const QString path = dj::fuzz::scratchPath(table + QStringLiteral(".csv"));
    dj::fuzz::writeFile(path, data + 1, size - 1);

    try {
        dj::io::CsvReader reader(path);
        const QString encoding = reader.encoding();
        dj::fuzz::require(!encoding.isEmpty());
        QStringList fields;
        qint64 records = 0;
        qint64 lastLine = 0;
        while (reader.next(fields)) {
            dj::fuzz::require(reader.line() >= lastLine); // lines never go backwards
            lastLine = reader.line();
            dj::fuzz::require(++records <= qint64(size) + 1); // every record consumes input
            for (const QString& f : fields)
                dj::fuzz::require(f.size() <= qsizetype(size));
        }
        dj::fuzz::require(reader.position() <= reader.size());
    } catch (const dj::io::IoError&) {
    }

    dj::store::Database& db = cache();
    try {
        dj::io::Importer::run(db, { path });
    } catch (const dj::io::IoError&) {
    } catch (const dj::store::StoreError&) {
        std::abort(); // the importer turns every bad row into a reported rejection, never a store error
    }
    return 0;
}
