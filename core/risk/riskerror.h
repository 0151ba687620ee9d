#pragma once

#include "core/common/error.h"

namespace dj::risk {

/// Errors of the supply-chain risk engine (unknown enterprise, bad rule, unreadable weights file).
class RiskError : public dj::Error
{
public:
    using Error::Error;
};

} // namespace dj::risk
