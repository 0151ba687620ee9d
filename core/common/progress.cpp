#include "core/common/progress.h"
