#pragma once

// The batch matcher lives in core/match (the tenders engine links names with it too); the lookup dialog and
// its model keep their names for it.
#include "core/match/batchmatcher.h"

namespace dj::ui {

using match::BatchMatch;
using match::BatchMatcher;
using match::MatchCandidate;

} // namespace dj::ui
