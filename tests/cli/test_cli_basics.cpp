#include "tests/support/testutil.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using dj::test::runCli;

TEST_CASE("dianjing-cli --version and --help", "[cli]")
{
    const auto v = runCli({ QStringLiteral("--version") });
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith("dianjing-cli "));

    const auto h = runCli({ QStringLiteral("--help") });
    CHECK(h.exitCode == 0);
    CHECK(h.out.contains("Usage"));
}

TEST_CASE("usage errors exit 2 with a message on stderr", "[cli]")
{
    const auto none = runCli({});
    CHECK(none.exitCode == 2);

    const auto unknown = runCli({ QStringLiteral("frobnicate") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains("frobnicate"));
}

TEST_CASE("arbitrary bytes as a command do not crash or hang", "[cli]")
{
    QRandomGenerator rng(42);
    for (int i = 0; i < 10; ++i) {
        QByteArray bytes(int(rng.bounded(1, 64)), Qt::Uninitialized);
        for (char& c : bytes)
            c = char(rng.bounded(1, 256)); // no NUL: it cannot be part of an argument
        const auto r = runCli({ QString::fromLocal8Bit(bytes) }, {}, 20000);
        CHECK((r.exitCode == 1 || r.exitCode == 2));
    }
}
