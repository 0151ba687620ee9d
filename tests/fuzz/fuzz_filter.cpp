// libFuzzer target: the search filter parser (cli.md "Filter file").
#include "core/search/filter.h"
#include "core/search/filtererror.h"
#include "tests/fuzz/fuzzutil.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const dj::search::Filter f = dj::search::Filter::fromJson(json);
        // The documented contract: fromJsonObject(toJson()) == *this.
        dj::fuzz::require(dj::search::Filter::fromJsonObject(f.toJson()) == f);
    } catch (const dj::search::FilterError&) {
    }
    return 0;
}
