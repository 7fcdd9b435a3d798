#pragma once

#include "bookingservice.h"

#include "domain/practice.h"

#include <QList>

#include <optional>
#include <QString>

namespace chairside {

class Clock;
struct UserSession;

namespace store {
class Cache;
}

struct FamilyOpeningsOutcome
{
    QList<scheduling::GroupOpening> openings;
    QString error;
    bool badRequest = false;
};

struct FamilyOutcome
{
    BookingOutcome::Result result = BookingOutcome::Result::Done;
    QList<Appointment> appointments; // in the request's member order
    int failedMember = -1;           // the member that stopped it; nothing was saved then
    QList<scheduling::Violation> violations;
    QString message;

    [[nodiscard]] bool ok() const { return result == BookingOutcome::Result::Done; }
};

// Family booking: several patients back to back or side by side in neighbouring chairs,
// found together and booked as one write (all of them or none).
class FamilyBooking
{
public:
    FamilyBooking(store::Cache &cache, const Clock &clock, BookingService &booking);

    // The patient and the rest of their family, the patient first (names shown: audited).
    [[nodiscard]] std::optional<QList<Patient>> family(const QString &patientId, const UserSession &session,
                                                       QString *error);
    [[nodiscard]] FamilyOpeningsOutcome openings(const scheduling::GroupRequest &request, const UserSession &session);
    [[nodiscard]] FamilyOutcome book(const scheduling::GroupRequest &request, const scheduling::GroupOpening &opening,
                                     const UserSession &session);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
};

} // namespace chairside
