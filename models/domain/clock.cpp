#include "clock.h"

namespace chairside {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace chairside
