#pragma once

#include <QDateTime>

namespace chairside {

// The only source of "now" in Chairside: a scheduler is all about time, so tests replace it.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override;
};

// The machine's clock, for code that is handed no other.
[[nodiscard]] const Clock &systemClock();

// A clock that stands still until told otherwise; for tests, demos and benchmarks.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void setNowUtc(const QDateTime &now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace chairside
