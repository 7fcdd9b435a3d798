#pragma once

#include "fillservice.h"

namespace chairside {

// Bringing missed and cancelled visits back: the engine's best new times by the patient's
// preferences, the message offering them in the patient's language, the call's outcome (an
// accepted one books in the same write), the weekly no-show follow-up and the unscheduled
// list's dismissals. FillService hands these on.
class Rescheduling
{
public:
    Rescheduling(store::Cache &cache, const Clock &clock, BookingService &booking, ContactLog &contacts);

    [[nodiscard]] std::optional<QList<scheduling::Opening>> rescheduleOptions(const QString &appointmentId,
                                                                              const UserSession &session,
                                                                              QString *error);
    [[nodiscard]] std::optional<QString> rescheduleMessage(const QString &appointmentId,
                                                           const QList<scheduling::Opening> &options,
                                                           QString *error);
    [[nodiscard]] FillService::RescheduleResult logReschedule(const QString &appointmentId, ContactOutcome outcome,
                                                              const std::optional<scheduling::Opening> &chosen,
                                                              const UserSession &session);
    [[nodiscard]] std::optional<QList<FollowUp>> weeklySweep(const UserSession &session, QString *error);
    [[nodiscard]] bool dismissUnscheduled(const QString &appointmentId, const QString &reason,
                                          const UserSession &session, QString *error);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
    ContactLog &m_contacts;
};

} // namespace chairside
