#pragma once

#include <QtGlobal>

namespace chairside::sync {

// A token bucket for one PMS connection: up to `burst` requests at once after a quiet spell,
// and never more than `perMinute` in any 60 seconds (it refills at perMinute - burst a
// minute). A 429 with Retry-After closes the bucket until then.
// Pure: callers pass the time (milliseconds on any steady clock), so tests drive it.
class RateLimiter
{
public:
    RateLimiter(int perMinute, int burst);

    // How long to wait before the next request may go, 0 when it may go now. Does not take
    // a token; take() does.
    [[nodiscard]] qint64 waitMs(qint64 nowMs);
    // Takes a token for a request sent now. Only call when waitMs(now) is 0.
    void take(qint64 nowMs);
    // The server said "not before": no request until nowMs + retryAfterMs, and the bucket
    // starts empty then, so a storm of 429s is not answered with a burst.
    void holdOff(qint64 nowMs, qint64 retryAfterMs);

    [[nodiscard]] int perMinute() const { return m_perMinute; }

private:
    void refill(qint64 nowMs);

    int m_perMinute;
    double m_burst;
    double m_tokens;
    double m_refillPerMinute;
    qint64 m_lastMs = -1;
    qint64 m_notBeforeMs = 0;
};

} // namespace chairside::sync
