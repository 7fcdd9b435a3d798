#include "processhardening.h"

#include <QByteArray>

#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace chairside::store {

QString disableCoreDumps()
{
    if (qgetenv("CHAIRSIDE_ALLOW_CORE_DUMPS") == "1")
        return u"core dumps left on (CHAIRSIDE_ALLOW_CORE_DUMPS=1)"_s;
#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        return u"could not set RLIMIT_CORE to 0"_s;
#endif
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return u"could not mark the process not dumpable"_s;
#endif
    // Windows writes no user-mode dumps unless WER LocalDumps is configured by IT.
    return u"core dumps off"_s;
}

bool coreDumpsDisabled()
{
#if defined(Q_OS_LINUX)
    struct rlimit limit = {};
    return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#elif defined(Q_OS_MACOS)
    struct rlimit limit = {};
    return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0;
#else
    return true;
#endif
}

} // namespace chairside::store
