#pragma once

#include "storeboundary.h"

#include <QString>

class QSqlError;

namespace chairside::store {

// Why a statement on the cache failed, told from the real cause: SQLite's extended result
// code, the errno the system gave SQLite, and the free space on the cache's disk. Every entry
// point (window, command line, sync, worker) words failures through here, so a full disk is
// never called damage and damage is never called a full disk.
enum class StoreFault {
    None,
    DiskFull, // no space (or quota) left: nothing can be written, what is stored is intact
    Io,       // the disk failed a read or write for another reason (gone, bad sectors)
    Damaged,  // the file's content fails its checks (a page altered or lost)
    Busy,     // another connection holds the lock too long
    ReadOnly, // the file, folder or disk may not be written
    Other,
};

struct StoreFailure
{
    StoreFault fault = StoreFault::None;
    int sqliteCode = 0;  // extended result code
    int systemErrno = 0; // 0 when the system gave none
    QString detail;      // SQLite's own words ("disk I/O error")
};

// `filePath`: the cache (or backup) file the statement ran on; its disk's free space helps
// tell a full disk from other I/O errors when SQLite gives no errno.
[[nodiscard]] StoreFailure classifyFailure(const QSqlError &error, const QString &filePath);
[[nodiscard]] StoreFault faultOfErrno(int systemErrno);

// What happened, that nothing of the change was saved, and what to do: one sentence per fault.
[[nodiscard]] QString describeStoreFailure(const StoreFailure &failure, const QString &filePath);

} // namespace chairside::store
