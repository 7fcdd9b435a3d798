#pragma once

#include "storeboundary.h"

#include <QString>

namespace chairside::store {

// An advisory lock on a data directory's cache, between processes: every open cache holds it
// shared; replacing the file (rekey, restore) needs it exclusively, so no window or tool
// goes on writing to a file that was swapped out from under it. Released on destruction
// (and by the system when a process dies).
class CacheFileLock
{
public:
    enum class Mode { Shared, Exclusive };

    CacheFileLock() = default;
    ~CacheFileLock();
    CacheFileLock(const CacheFileLock &) = delete;
    CacheFileLock &operator=(const CacheFileLock &) = delete;

    // Tries for up to `waitMs`; false with `error` set when the lock is held elsewhere (or the
    // lock file cannot be made).
    [[nodiscard]] bool acquire(const QString &dataDir, Mode mode, int waitMs, QString *error);
    void release();

    static constexpr const char *kFileName = ".chairside-cache.lock";

private:
#ifdef Q_OS_WIN
    void *m_handle = nullptr;
#else
    int m_fd = -1;
#endif
};

} // namespace chairside::store
