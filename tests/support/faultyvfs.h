#pragma once

namespace chairside::test {

// An SQLite VFS over the default one that fails a chosen write or sync, as a failing disk
// would: the model is SQLite's own I/O-error tests. Every connection the cache opens after
// installFaultyVfs() goes through it; nothing fails until a fault is armed.
enum class Fault {
    WriteIoError, // the nth xWrite returns SQLITE_IOERR_WRITE
    DiskFull,     // the nth xWrite returns SQLITE_FULL
    SyncIoError   // the nth xSync returns SQLITE_IOERR_FSYNC
};

void installFaultyVfs();
// From now on, the `nth` (1-based) write or sync of `fault`'s kind fails, once.
void armFault(Fault fault, int nth);
void disarmFault();
// Whether the armed fault has fired.
[[nodiscard]] bool faultFired();

} // namespace chairside::test
