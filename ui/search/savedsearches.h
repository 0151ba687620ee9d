#pragma once

// The saved scenarios live in the store (core/store/savedsearches.h); the search panel's names for them.
#include "core/store/savedsearches.h"

namespace dj::ui {

using SavedSearch = store::SavedSearch;
using SavedSearches = store::SavedSearches;

} // namespace dj::ui
