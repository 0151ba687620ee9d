#pragma once

#include "core/io/tablewriter.h"

namespace dj::ui {

/// The search panel's name for the shared table writer (core/io/tablewriter.h).
using TableExport = io::TableWriter;

} // namespace dj::ui
