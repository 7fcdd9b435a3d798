#include "timeline.h"

namespace chairside::scheduling {

namespace {

Minute instantOf(const QDate &date, int minuteOfDay, const QTimeZone &zone)
{
    const QDate d = date.addDays(minuteOfDay / 1440);
    const int m = minuteOfDay % 1440;
    return toMinute(QDateTime(d, QTime(m / 60, m % 60), zone));
}

Minute wallMidnightOf(const QDate &date)
{
    static const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    return (date.toJulianDay() - epochDay) * 1440;
}

} // namespace

LocalDay::LocalDay(const QDate &date, const QTimeZone &zone)
    : m_date(date), m_start(instantOf(date, 0, zone)), m_end(instantOf(date, 1440, zone)),
      m_wallMidnight(wallMidnightOf(date))
{
    const QDateTime startUtc = fromMinute(m_start);
    m_offsetBefore = zone.offsetFromUtc(startUtc) / 60;
    m_offsetAfter = m_offsetBefore;
    const QTimeZone::OffsetData next = zone.nextTransition(startUtc);
    if (next.atUtc.isValid()) {
        const Minute at = toMinute(next.atUtc);
        if (at < m_end) {
            m_transition = at;
            m_offsetAfter = next.offsetFromUtc / 60;
        }
    }
}

Minute LocalDay::at(int minuteOfDay) const
{
    // Walk the wall clock back to UTC with the offset in force at that wall time.
    const Minute wallTarget = m_wallMidnight + minuteOfDay;
    const Minute before = wallTarget - m_offsetBefore;
    if (before < m_transition)
        return before;
    const Minute after = wallTarget - m_offsetAfter;
    // A wall time skipped when clocks spring forward lands on the transition itself.
    return after < m_transition ? m_transition : after;
}

QDate localDate(Minute utc, const QTimeZone &zone)
{
    return fromMinute(utc).toTimeZone(zone).date();
}

void BusyTimeline::seal()
{
    std::sort(m_items.begin(), m_items.end(), [](const Interval &a, const Interval &b) { return a.start < b.start; });
    std::vector<Interval> merged;
    merged.reserve(m_items.size());
    for (const Interval &i : m_items) {
        if (!merged.empty() && i.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, i.end);
        else
            merged.push_back(i);
    }
    m_items.swap(merged);
}

} // namespace chairside::scheduling
