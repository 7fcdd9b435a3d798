#include "securebytes.h"

namespace chairside::store {

void secureWipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    volatile char *p = bytes.data(); // detaches: wipes our copy, never a shared one
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

} // namespace chairside::store
