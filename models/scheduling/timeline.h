#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <vector>

namespace chairside::scheduling {

// Scheduling works in whole minutes since 1970-01-01T00:00Z: instants compare and subtract as
// integers, and a practice's wall clock is applied only where a rule is stated in local time.
using Minute = qint64;

[[nodiscard]] inline Minute toMinute(const QDateTime &utc) { return utc.toSecsSinceEpoch() / 60; }
[[nodiscard]] inline QDateTime fromMinute(Minute m) { return QDateTime::fromSecsSinceEpoch(m * 60, Qt::UTC); }

// A half-open stretch of time [start, end).
struct Interval
{
    Minute start = 0;
    Minute end = 0;

    [[nodiscard]] bool isEmpty() const { return end <= start; }
    [[nodiscard]] bool overlaps(const Interval &o) const { return start < o.end && o.start < end; }
    [[nodiscard]] bool contains(const Interval &o) const { return start <= o.start && o.end <= end; }
    [[nodiscard]] bool holds(Minute m) const { return start <= m && m < end; }
    [[nodiscard]] Interval grownBy(Minute before, Minute after) const { return {start - before, end + after}; }
    friend bool operator==(const Interval &a, const Interval &b) { return a.start == b.start && a.end == b.end; }
};

// One local calendar day of the practice: where its midnights fall in UTC and what the wall
// clock reads at any instant in it, including on the days daylight saving starts or ends.
class LocalDay
{
public:
    LocalDay() = default;
    LocalDay(const QDate &date, const QTimeZone &zone);

    [[nodiscard]] const QDate &date() const { return m_date; }
    [[nodiscard]] Interval span() const { return {m_start, m_end}; }
    // The instant the wall clock shows minuteOfDay (0…1440) on this date. A time skipped by
    // a daylight-saving change maps to the instant the clock jumps to.
    [[nodiscard]] Minute at(int minuteOfDay) const;
    // Wall-clock minutes since the local epoch; on the grid when divisible by the grid step.
    [[nodiscard]] Minute wall(Minute utc) const { return utc + offsetAt(utc); }
    [[nodiscard]] int minuteOfDay(Minute utc) const { return int(wall(utc) - m_wallMidnight); }
    [[nodiscard]] int offsetAt(Minute utc) const { return utc < m_transition ? m_offsetBefore : m_offsetAfter; }

private:
    QDate m_date;
    Minute m_start = 0;
    Minute m_end = 0;
    Minute m_wallMidnight = 0;
    Minute m_transition = std::numeric_limits<Minute>::max();
    int m_offsetBefore = 0;
    int m_offsetAfter = 0;
};

// The local date an instant falls on in zone.
[[nodiscard]] QDate localDate(Minute utc, const QTimeZone &zone);

// Sorted, merged busy time with fast overlap tests; built once per day and lane.
class BusyTimeline
{
public:
    void add(const Interval &i)
    {
        if (!i.isEmpty())
            m_items.push_back(i);
    }
    // Sorts and merges; call once after the last add().
    void seal();
    [[nodiscard]] bool overlaps(const Interval &probe) const
    {
        // First item ending after probe.start; it overlaps when it starts before probe.end.
        auto it = std::upper_bound(m_items.begin(), m_items.end(), probe.start,
                                   [](Minute v, const Interval &i) { return v < i.end; });
        return it != m_items.end() && it->start < probe.end;
    }
    [[nodiscard]] bool isEmpty() const { return m_items.empty(); }
    void clear() { m_items.clear(); }

private:
    std::vector<Interval> m_items;
};

} // namespace chairside::scheduling
