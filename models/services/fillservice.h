#pragma once

#include "bookingservice.h"
#include "frontdesk.h"

#include "domain/appointment.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace chairside {

class Clock;
struct UserSession;

namespace store {
class Cache;
}

// Time that has come free in a chair with a provider: after a cancellation, a no-show, a move
// or a shortened visit.
struct FreedSlot
{
    QString chairId;
    QString providerId;
    QDateTime startUtc;
    int minutes = 0;
};

// Filling the book. The waitlist entries a freed slot can go to, and the appointments the front
// desk should look at because the patient has not arrived.
//
// Built: eligibility and order of waitlist candidates, late / possible no-shows, the 12-month
// no-show count. Not built yet: timed offers (offered, accepted, declined, expired), the
// reschedule proposals and outcome log, the weekly sweep, the message channel and the
// panel's highlighting.
class FillService
{
public:
    FillService(store::Cache &cache, const Clock &clock, BookingService &booking, FrontDesk &desk);

    // The entries that could be booked into `slot` as it is, in the waitlist's order (urgency,
    // high first, then the earliest on the list): the entry's type fits in the freed minutes,
    // the provider is the one the entry asked for (when it asked), the slot's date is inside
    // the entry's window, and the booking passes every rule of the engine (the patient free
    // then, hours, breaks, skills, equipment, chair turnover, daily limits…). Each carries the
    // booking that would take the slot, starting where the slot starts.
    struct Candidate
    {
        ShownWaitlistEntry shown;
        BookRequest booking;
    };
    [[nodiscard]] std::optional<QList<Candidate>> candidatesFor(const FreedSlot &slot, const UserSession &session,
                                                                QString *error);

    // Appointments of the practice's current day that are scheduled or confirmed and not
    // checked in although start + the practice's no-show grace has come (exactly at the grace
    // minute counts): "Late / possible no-show".
    [[nodiscard]] std::optional<QList<Appointment>> lateAppointments(const UserSession &session, QString *error);

    // How many of the patient's appointments in the twelve months up to now were no-shows.
    [[nodiscard]] std::optional<int> noShowsInLastYear(const QString &patientId, const UserSession &session,
                                                       QString *error);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
    FrontDesk &m_desk;
};

} // namespace chairside
