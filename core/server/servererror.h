#pragma once

#include "core/common/error.h"

namespace dj::server {

/// A team-server problem (connection refused, SQL failed, bad bundle, refused sync), in the user's words.
class ServerError : public dj::Error
{
public:
    using dj::Error::Error;
};

} // namespace dj::server
