#include "retrypolicy.h"

#include <algorithm>

namespace chairside::sync {

std::optional<qint64> RetryPolicy::delayBeforeRetry(int attempt, double unit, std::optional<qint64> retryAfterMs) const
{
    if (attempt < 1 || attempt >= tries)
        return std::nullopt;
    // base * 2^(attempt-1), capped; full jitter keeps workstations from retrying in step,
    // but never below half the step, so a retry is not immediate.
    const qint64 step = std::min(capMs, baseMs << std::min(attempt - 1, 20));
    const double u = std::clamp(unit, 0.0, 1.0);
    qint64 wait = step / 2 + qint64(double(step / 2) * u);
    if (retryAfterMs)
        wait = std::max(wait, *retryAfterMs);
    return wait;
}

qint64 RetryPolicy::entryBackoffMs(int failures) const
{
    if (failures < 1)
        return 0;
    return std::min(entryCapMs, entryBaseMs << std::min(failures - 1, 20));
}

bool isRetryableStatus(int httpStatus)
{
    if (httpStatus == 0) // no reply: connection refused, dropped, timed out
        return true;
    if (httpStatus == 408 || httpStatus == 429)
        return true;
    return httpStatus >= 500 && httpStatus != 501 && httpStatus != 505;
}

} // namespace chairside::sync
