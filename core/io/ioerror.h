#pragma once

#include "core/common/error.h"

namespace dj::io {

/// A bundle that cannot be read or written at all (missing path, unreadable file, broken workbook).
/// Row-level problems are never thrown: they end up in the ImportReport.
class IoError : public Error
{
public:
    using Error::Error;
};

} // namespace dj::io
