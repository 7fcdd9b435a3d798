#include "storefailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStorageInfo>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::store::Cache)
};

// Below this, a disk that fails a write is taken as full: SQLite writes whole 4 KiB pages, a
// journal and a shared-memory index of 32 KiB.
constexpr qint64 kNearlyFullBytes = 256 * 1024;

int errnoOf(const QSqlError &error)
{
    static const QRegularExpression pattern(u"\\[errno (\\d+)\\]$"_s);
    const QRegularExpressionMatch m = pattern.match(error.driverText());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool diskNearlyFull(const QString &filePath)
{
    QString dir = QFileInfo(filePath).absolutePath();
    const QStorageInfo volume(dir);
    return volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < kNearlyFullBytes;
}

} // namespace

StoreFault faultOfErrno(int systemErrno)
{
    switch (systemErrno) {
    case ENOSPC:
    case EDQUOT:
        return StoreFault::DiskFull;
    case EACCES:
    case EPERM:
    case EROFS:
        return StoreFault::ReadOnly;
    case EIO:
    case ENXIO:
    case ENODEV:
    case ESTALE:
        return StoreFault::Io;
    default:
        return StoreFault::None;
    }
}

StoreFailure classifyFailure(const QSqlError &error, const QString &filePath)
{
    StoreFailure f;
    if (!error.isValid())
        return f;
    f.sqliteCode = error.nativeErrorCode().toInt();
    f.systemErrno = errnoOf(error);
    f.detail = error.databaseText();
    const StoreFault bySystem = faultOfErrno(f.systemErrno);
    switch (f.sqliteCode & 0xff) {
    case 13: // SQLITE_FULL
        f.fault = StoreFault::DiskFull;
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        f.fault = StoreFault::Busy;
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        f.fault = StoreFault::Damaged;
        break;
    case 8: // SQLITE_READONLY
        f.fault = bySystem == StoreFault::DiskFull ? StoreFault::DiskFull : StoreFault::ReadOnly;
        break;
    case 10: // SQLITE_IOERR (any of its extended codes)
    case 14: // SQLITE_CANTOPEN
        if (bySystem != StoreFault::None)
            f.fault = bySystem;
        else if (diskNearlyFull(filePath))
            f.fault = StoreFault::DiskFull;
        else
            f.fault = StoreFault::Io;
        break;
    default:
        f.fault = bySystem == StoreFault::DiskFull ? StoreFault::DiskFull : StoreFault::Other;
        // A statement run inside a function (sqlcipher_export) reports the inner failure as a
        // plain SQLITE_ERROR with the inner one's words: read them.
        if (f.fault == StoreFault::Other) {
            const QString words = f.detail.toLower();
            if (words.contains(u"malformed"_s) || words.contains(u"not a database"_s)
                || words.contains(u"file is encrypted"_s))
                f.fault = StoreFault::Damaged;
            else if (words.contains(u"disk is full"_s))
                f.fault = StoreFault::DiskFull;
            else if (words.contains(u"disk i/o error"_s))
                f.fault = diskNearlyFull(filePath) ? StoreFault::DiskFull : StoreFault::Io;
        }
        break;
    }
    return f;
}

QString describeStoreFailure(const StoreFailure &failure, const QString &filePath)
{
    const QString file = QDir::toNativeSeparators(filePath);
    switch (failure.fault) {
    case StoreFault::DiskFull:
        return Text::tr("The disk holding the cache (%1) is full, so nothing was saved; what the cache already holds "
                        "is intact. Free some space (empty the trash, move large files away) and try again.")
                .arg(file);
    case StoreFault::Busy:
        return Text::tr("The cache is busy in another Chairside window or process. Try again in a moment; nothing was "
                        "saved.");
    case StoreFault::Damaged:
        return Text::tr("The cache file %1 is damaged (%2). Restore it from a backup; nothing was saved.")
                .arg(file, failure.detail);
    case StoreFault::ReadOnly:
        return Text::tr("The cache file %1 may not be written: the file, its folder or the disk is read-only (%2). "
                        "Check the file's permissions and the disk; nothing was saved.")
                .arg(file, failure.detail);
    case StoreFault::Io:
        return Text::tr("The disk failed to read or write the cache file %1 (%2). Check that the disk or network "
                        "drive is connected and sound, then try again; nothing was saved.")
                .arg(file, failure.detail);
    case StoreFault::Other:
    case StoreFault::None:
        break;
    }
    return Text::tr("The cache refused the change (%1, SQLite code %2); nothing was saved.")
            .arg(failure.detail)
            .arg(failure.sqliteCode);
}

} // namespace chairside::store
