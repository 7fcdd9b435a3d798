// Built as ui/ code, as app/ code and as services code by the store_sealed test: only the
// last may compile (see tests/CMakeLists.txt).
#include "store/cache.h"

int sealProbe()
{
    return sizeof(chairside::store::Cache);
}
