#include "cachefilelock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::store::CacheFileLock)
};

} // namespace

CacheFileLock::~CacheFileLock()
{
    release();
}

bool CacheFileLock::acquire(const QString &dataDir, Mode mode, int waitMs, QString *error)
{
    release();
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(kFileName));
    const QDeadlineTimer deadline(waitMs);
#ifdef Q_OS_WIN
    HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), GENERIC_READ | GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                           FILE_ATTRIBUTE_HIDDEN, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        if (error)
            *error = Text::tr("Cannot create the lock file %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (mode == Mode::Exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    for (;;) {
        OVERLAPPED at{};
        if (LockFileEx(h, flags, 0, 1, 0, &at)) {
            m_handle = h;
            return true;
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(50);
    }
    CloseHandle(h);
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = Text::tr("Cannot create the lock file %1 (%2).").arg(QDir::toNativeSeparators(path),
                                                                  QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const int op = (mode == Mode::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
    for (;;) {
        if (::flock(fd, op) == 0) {
            m_fd = fd;
            return true;
        }
        if (errno != EWOULDBLOCK && errno != EINTR)
            break;
        if (deadline.hasExpired())
            break;
        QThread::msleep(50);
    }
    ::close(fd);
#endif
    if (error)
        *error = mode == Mode::Exclusive
                ? Text::tr("The cache is open in another Chairside window or tool on this computer; close it and try again.")
                : Text::tr("The cache is being re-encrypted or restored by another Chairside tool; try again when it ends.");
    return false;
}

void CacheFileLock::release()
{
#ifdef Q_OS_WIN
    if (m_handle) {
        CloseHandle(static_cast<HANDLE>(m_handle));
        m_handle = nullptr;
    }
#else
    if (m_fd >= 0) {
        ::close(m_fd); // drops the flock
        m_fd = -1;
    }
#endif
}

} // namespace chairside::store
