#pragma once

#include <QtGlobal>

#include <optional>

namespace chairside::sync {

// When to try a PMS call again. Within one sync run a call is tried `tries` times with
// exponential backoff and full jitter (4 s, 8 s, ... capped at 60 s), a server's Retry-After
// wins when it asks for longer; after that the outbox entry waits on its own, doubling per
// failed run up to an hour, and stays in the outbox until the PMS acknowledges it.
struct RetryPolicy
{
    qint64 baseMs = 4000;
    qint64 capMs = 60000;
    int tries = 3;
    qint64 entryBaseMs = 60000;
    qint64 entryCapMs = 3600000;

    // The wait before try `attempt` (1 = the first retry), or empty when the tries are used
    // up. `unit` is a random number in [0, 1) (jitter); `retryAfterMs` what the server asked.
    [[nodiscard]] std::optional<qint64> delayBeforeRetry(int attempt, double unit,
                                                         std::optional<qint64> retryAfterMs = std::nullopt) const;
    // How long an outbox entry waits after `failures` failed runs (1 = the first).
    [[nodiscard]] qint64 entryBackoffMs(int failures) const;
};

// Whether an HTTP status is worth retrying: throttling and server-side trouble yes, a
// refusal of the request itself (4xx other than 408 and 429) no.
[[nodiscard]] bool isRetryableStatus(int httpStatus);

} // namespace chairside::sync
