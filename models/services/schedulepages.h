#pragma once

#include "domain/session.h"

#include <QDate>
#include <QList>

#include <optional>

namespace chairside {

class Clock;
class ScheduleState;
struct DayFrame;
struct SchedulePage;

namespace store {
class Cache;
}

// The schedule as the screens read it, apart from the writes: the days a page draws (lanes,
// open and closed time, breaks and blocks, every appointment with the rules it now breaks) and
// the days' frames alone. Read through the same caught-up engine that validates bookings
// (ScheduleState), so what is shaded closed is exactly what the rules refuse. A provider sees
// their own visits in full and everyone else's as busy time.
class SchedulePages
{
public:
    SchedulePages(store::Cache &cache, const Clock &clock, ScheduleState &state);

    // See the BookingService methods of the same names, which hand on to these.
    [[nodiscard]] std::optional<SchedulePage> page(const QDate &from, int days, const UserSession &session,
                                                   QString *error);
    [[nodiscard]] std::optional<QList<DayFrame>> frames(const QDate &from, int days, const UserSession &session,
                                                        QString *error);

private:
    DayFrame frameOn(const QDate &date);

    store::Cache &m_cache;
    const Clock &m_clock;
    ScheduleState &m_state;
};

} // namespace chairside
