#pragma once

#include "domain/session.h"

namespace chairside {

// The session of the operating-system user running this process. Until staff sign-in exists,
// every audit record names the OS account ("os:<name>") and the workstation's host name.
[[nodiscard]] UserSession operatingSystemSession();

} // namespace chairside
