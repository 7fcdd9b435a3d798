#pragma once

#include "storeboundary.h"

#include <QString>

namespace chairside::store {

// Keeps keys and patient data out of core dumps: no core file (RLIMIT_CORE 0) and the process
// marked not dumpable (no ptrace attach by other users' processes either). Called first
// thing by both executables; CHAIRSIDE_ALLOW_CORE_DUMPS=1 leaves dumps on for debugging.
// Returns what was done, or why not, for a diagnostic line.
QString disableCoreDumps();

// Whether core dumps are off for this process now.
[[nodiscard]] bool coreDumpsDisabled();

} // namespace chairside::store
