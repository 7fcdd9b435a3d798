#include "faultyvfs.h"

#include "store/sqlcipherdriver.h"

#include <sqlite3.h>

#include <cstring>

namespace chairside::test {

namespace {

struct State
{
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs{};
    sqlite3_io_methods methods{};
    bool armed = false;
    Fault fault = Fault::WriteIoError;
    int countdown = 0;
    bool fired = false;
};

State &state()
{
    static State s;
    return s;
}

// Our file: the real file's structure follows it in the same allocation.
struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<FaultyFile *>(f)->real;
}

// Whether this call is the one that fails.
bool failsNow(bool isWrite)
{
    State &s = state();
    if (!s.armed || s.fired)
        return false;
    if (isWrite != (s.fault != Fault::SyncIoError))
        return false;
    if (--s.countdown > 0)
        return false;
    s.fired = true;
    return true;
}

int xClose(sqlite3_file *f)
{
    const int rc = realOf(f)->pMethods->xClose(realOf(f));
    return rc;
}
int xRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), buf, amount, offset);
}
int xWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    if (failsNow(true))
        return state().fault == Fault::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    return realOf(f)->pMethods->xWrite(realOf(f), buf, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    if (failsNow(false))
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file *f, int lock)
{
    return realOf(f)->pMethods->xLock(realOf(f), lock);
}
int xUnlock(sqlite3_file *f, int lock)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), lock);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    State &s = state();
    auto *ours = reinterpret_cast<FaultyFile *>(file);
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    const int rc = s.real->xOpen(s.real, name, ours->real, flags, outFlags);
    if (rc != SQLITE_OK || !ours->real->pMethods) {
        ours->base.pMethods = nullptr;
        return rc;
    }
    // The same version as the real file's methods, so SQLite asks us only for what it has.
    s.methods.iVersion = ours->real->pMethods->iVersion;
    ours->base.pMethods = &s.methods;
    return rc;
}

} // namespace

void installFaultyVfs()
{
    State &s = state();
    if (!s.real) {
        s.real = sqlite3_vfs_find(nullptr);
        s.vfs = *s.real;
        s.vfs.zName = "chairside-faulty";
        s.vfs.szOsFile = int(sizeof(FaultyFile)) + s.real->szOsFile;
        s.vfs.xOpen = xOpen;
        s.vfs.pNext = nullptr;
        s.methods = sqlite3_io_methods{3,       xClose,      xRead,      xWrite,       xTruncate,
                                       xSync,   xFileSize,   xLock,      xUnlock,      xCheckReservedLock,
                                       xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock,
                                       xShmBarrier,  xShmUnmap,   xFetch,     xUnfetch};
        sqlite3_vfs_register(&s.vfs, 0);
    }
    store::SqlCipherDriver::setVfs(QByteArrayLiteral("chairside-faulty"));
}

void armFault(Fault fault, int nth)
{
    State &s = state();
    s.armed = true;
    s.fault = fault;
    s.countdown = nth;
    s.fired = false;
}

void disarmFault()
{
    state().armed = false;
}

bool faultFired()
{
    return state().fired;
}

} // namespace chairside::test
