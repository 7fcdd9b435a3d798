#pragma once

#include "bookingservice.h"

#include <QDate>
#include <QList>
#include <QString>

namespace chairside {

class Clock;
struct UserSession;

namespace store {
class Cache;
}

// What to do with one visit of an absent provider's day.
struct AbsenceProposal
{
    enum class Kind {
        Reassign,   // same time, another provider with the skill (maybe another chair)
        Reschedule, // the best other time
        NoPlace,    // nothing within the search: call the patient
    };
    Appointment appointment; // as read (its version is what a move expects)
    QString patientName;
    QString typeName;
    bool emergency = false;
    Kind kind = Kind::NoPlace;
    scheduling::Opening target;              // where it goes, for Reassign and Reschedule
    QList<scheduling::Opening> alternatives; // the best reschedule options, best first
};

struct AbsenceReview
{
    BookingOutcome::Result result = BookingOutcome::Result::Done;
    QString message;
    bool absent = false;              // the provider is marked absent that day
    QList<AbsenceProposal> proposals; // emergencies first, then by start

    [[nodiscard]] bool ok() const { return result == BookingOutcome::Result::Done; }
};

struct AbsenceOutcome
{
    BookingOutcome::Result result = BookingOutcome::Result::Done;
    QList<Appointment> moved;
    QString failedAppointmentId; // the one that stopped it; nothing was saved then
    QString message;

    [[nodiscard]] bool ok() const { return result == BookingOutcome::Result::Done; }
};

// A provider off for a day: the day is closed with an override, and each of their visits gets
// a proposal (per the practice's priority matrix: another provider with the same skill the
// same day, else the best reschedule), emergencies placed first so they get the first pick.
// Proposals are worked out together, each seeing the ones before it, and applied one by one
// or all in one write.
class AbsenceService
{
public:
    AbsenceService(store::Cache &cache, const Clock &clock, BookingService &booking);

    [[nodiscard]] bool markAbsent(const QString &providerId, const QDate &date, const UserSession &session,
                                  QString *error);
    // Back to the weekly hours for that date.
    [[nodiscard]] bool clearAbsence(const QString &providerId, const QDate &date, const UserSession &session,
                                    QString *error);
    [[nodiscard]] AbsenceReview review(const QString &providerId, const QDate &date, const UserSession &session);
    // Moves each visit to its proposal's target, in the order given; all or none.
    [[nodiscard]] AbsenceOutcome apply(const QList<AbsenceProposal> &proposals, const UserSession &session);

    // How far ahead reschedule options look.
    static constexpr int kRescheduleDays = 14;

private:
    [[nodiscard]] bool setAbsent(const QString &providerId, const QDate &date, bool absent, const UserSession &session,
                                 QString *error);

    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
};

} // namespace chairside
