// libFuzzer target: the Chinese address normaliser.
#include "core/geo/addressnormalizer.h"
#include "tests/fuzz/fuzzutil.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto& n = dj::geo::AddressNormalizer::instance();
    const dj::geo::AddressParts parts = n.parse(text);
    dj::fuzz::require(parts.buildingKey == n.parse(text).buildingKey); // deterministic
    const dj::geo::AddressParts inCounty = n.parse(text, u"320902");
    (void)inCounty;
    return 0;
}
