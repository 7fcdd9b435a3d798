#pragma once

#include <QByteArray>

namespace chairside::store {

// Overwrites a buffer that held a key or password, in a way the optimiser may not drop.
void secureWipe(QByteArray &bytes);

} // namespace chairside::store
