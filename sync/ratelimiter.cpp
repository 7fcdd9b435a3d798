#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace chairside::sync {

RateLimiter::RateLimiter(int perMinute, int burst)
    : m_perMinute(std::max(1, perMinute)), m_burst(std::max(1, std::min(burst, m_perMinute))), m_tokens(m_burst),
      // The burst is carved out of the minute: refilling at (limit - burst) a minute, no
      // 60-second window ever holds more than the limit, so a server counting requests per
      // minute never has to answer 429.
      m_refillPerMinute(m_perMinute > m_burst ? double(m_perMinute - m_burst) : double(m_perMinute))
{
}

void RateLimiter::refill(qint64 nowMs)
{
    if (m_lastMs < 0)
        m_lastMs = nowMs;
    if (nowMs > m_lastMs) {
        m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_refillPerMinute / 60000.0);
        m_lastMs = nowMs;
    }
}

qint64 RateLimiter::waitMs(qint64 nowMs)
{
    if (nowMs < m_notBeforeMs)
        return m_notBeforeMs - nowMs;
    refill(nowMs);
    if (m_tokens >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - m_tokens) * 60000.0 / m_refillPerMinute));
}

void RateLimiter::take(qint64 nowMs)
{
    refill(nowMs);
    m_tokens = std::max(0.0, m_tokens - 1.0);
}

void RateLimiter::holdOff(qint64 nowMs, qint64 retryAfterMs)
{
    m_notBeforeMs = std::max(m_notBeforeMs, nowMs + std::max<qint64>(0, retryAfterMs));
    m_tokens = 0;
    m_lastMs = m_notBeforeMs;
}

} // namespace chairside::sync
