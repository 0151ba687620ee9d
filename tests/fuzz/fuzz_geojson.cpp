// libFuzzer target: GeoJSON import of map overlays.
#include "core/map/maperror.h"
#include "core/map/overlay.h"
#include "tests/fuzz/fuzzutil.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const QList<dj::map::Overlay> overlays = dj::map::Overlay::importGeoJson(json);
        // What was imported exports and imports again to as many overlays.
        const QByteArray again = dj::map::Overlay::exportGeoJson(overlays);
        dj::fuzz::require(dj::map::Overlay::importGeoJson(again).size() == overlays.size());
    } catch (const dj::map::MapError&) {
    }
    return 0;
}
