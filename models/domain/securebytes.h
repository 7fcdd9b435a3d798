#pragma once

#include <QByteArray>

#include <cstddef>

namespace chairside {

// Overwrites a buffer that held a key or password, in a way the optimiser may not drop.
void secureWipe(QByteArray &bytes);
void secureWipe(void *data, size_t size);

} // namespace chairside
