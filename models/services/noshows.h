#pragma once

#include "fillservice.h"

namespace chairside {

// Late arrivals and no-shows: today's patients past the grace minutes, marking them (by hand,
// or as the practice asks), and a patient's standing against the practice's no-show limit.
// FillService hands these on.
class NoShows
{
public:
    NoShows(store::Cache &cache, const Clock &clock, BookingService &booking, FillService &fill);

    [[nodiscard]] std::optional<QList<Appointment>> lateAppointments(const UserSession &session, QString *error);
    [[nodiscard]] std::optional<int> markLateNoShows(const UserSession &session, QString *error,
                                                     QList<FreedSlot> *freed = nullptr);
    [[nodiscard]] std::optional<int> noShowsInLastYear(const QString &patientId, const UserSession &session,
                                                       QString *error);
    [[nodiscard]] std::optional<FillService::NoShowStanding> noShowStanding(const QString &patientId,
                                                                            const UserSession &session,
                                                                            QString *error);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
    FillService &m_fill;
};

} // namespace chairside
