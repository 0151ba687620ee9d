#pragma once

#include "core/common/error.h"

namespace dj::map {

/// A map problem the user must act on (bad MBTiles file, unusable tile source), message translated.
class MapError : public Error
{
public:
    using Error::Error;
};

} // namespace dj::map
