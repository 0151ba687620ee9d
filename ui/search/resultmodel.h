#pragma once

// Moved to ui/common (the shared enterprise table); this header keeps older includes working.
#include "ui/common/resultmodel.h"
