#pragma once

#include "storeboundary.h"

#include "domain/securebytes.h"

namespace chairside::store {

using chairside::secureWipe;

} // namespace chairside::store
