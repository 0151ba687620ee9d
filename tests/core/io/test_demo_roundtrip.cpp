#include "core/demo/demogenerator.h"
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "core/store/cache.h"
#include "tests/core/io/iotestutil.h"
#include "tests/support/testutil.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj;
using namespace Qt::StringLiterals;

TEST_CASE("demo round trip: 2,000 enterprises export, import into a new cache, export identically",
    "[io][roundtrip][demo]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(u"demo.djcache"_s);
    demo::DemoOptions options;
    options.enterprises = 2000;
    demo::DemoGenerator::generate(demo, options);
    store::Database a = store::Cache::open(demo);
    const auto counts = dj::test::tableCounts(a);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() > 0);
    }
    io::Exporter::run(a, dir.filePath(u"one"_s));

    store::Database b = store::Cache::openOrCreate(dir.filePath(u"copy.djcache"_s));
    const io::ImportReport r = io::Importer::run(b, { dir.filePath(u"one"_s) });
    INFO(QJsonDocument(r.toJson()).toJson().left(4000).toStdString());
    CHECK(r.rejected.isEmpty());
    CHECK(dj::test::tableCounts(b) == counts);
    io::Exporter::run(b, dir.filePath(u"two"_s));
    const auto one = dj::test::bundleFiles(dir.filePath(u"one"_s));
    const auto two = dj::test::bundleFiles(dir.filePath(u"two"_s));
    REQUIRE(one.keys() == two.keys());
    for (const QString& name : one.keys()) {
        INFO(name.toStdString());
        CHECK(one.value(name) == two.value(name));
    }
}
