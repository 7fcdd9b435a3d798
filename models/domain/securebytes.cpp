#include "securebytes.h"

namespace chairside {

void secureWipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    secureWipe(bytes.data(), size_t(bytes.size())); // data() detaches: wipes our copy, never a shared one
    bytes.clear();
}

void secureWipe(void *data, size_t size)
{
    volatile char *p = static_cast<char *>(data);
    for (size_t i = 0; i < size; ++i)
        p[i] = 0;
}

} // namespace chairside
