#pragma once

#include "bookingservice.h"
#include "frontdesk.h"
#include "messagechannel.h"

#include "domain/appointment.h"
#include "domain/fill.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace chairside {

class Clock;
class NoShows;
class Rescheduling;
class WaitlistOffers;
struct UserSession;

namespace scheduling {
struct Opening;
}
namespace store {
class Cache;
}

// A no-show of the last week that nobody has booked again, for the weekly follow-up: how the
// patient wants to be reached and the message to read out or send (empty when the patient
// asked not to be contacted).
struct FollowUp
{
    ScheduledAppointment missed;
    ContactChannel channel = ContactChannel::Phone;
    bool doNotContact = false;
    QString language;
    QString message;
    QList<scheduling::Opening> options;
};

// Filling the book: the waitlist itself (its entries, its settings, who can take freed time),
// and the front door to its use cases, each a class of its own: timed offers of freed time
// (WaitlistOffers), late arrivals and no-shows (NoShows), reschedule calls, the weekly
// follow-up and the unscheduled list (Rescheduling). Every write checks the role
// (Access::FillBook), is audited with ids only and, for bookings, goes through BookingService
// like any other booking.
class FillService
{
public:
    FillService(store::Cache &cache, const Clock &clock, BookingService &booking, FrontDesk &desk);
    ~FillService();

    // Where prepared messages go, tried in order for the patient's preferred way of contact;
    // a StaffCallChannel unless replaced.
    void setChannels(std::vector<std::unique_ptr<MessageChannel>> channels);
    // The contact log with those channels, shared with reminders and confirmations.
    [[nodiscard]] ContactLog &contacts() { return m_contacts; }

    [[nodiscard]] std::optional<FillSettings> settings(QString *error);
    // The practice's time zone, for showing offered times.
    [[nodiscard]] std::optional<QTimeZone> practiceZone(QString *error) { return m_booking.practiceZone(error); }
    // Office manager only; audited.
    [[nodiscard]] bool setSettings(const FillSettings &settings, const UserSession &session, QString *error);

    // The waitlist. An entry needs a patient, a type, a window (earliest ≤ latest) and an
    // urgency from 1 to 10; a new one gets an id and "now" as its time on the list.
    [[nodiscard]] std::optional<WaitlistEntry> addToWaitlist(WaitlistEntry entry, const UserSession &session,
                                                             QString *error);
    [[nodiscard]] bool updateWaitlistEntry(const WaitlistEntry &entry, const UserSession &session, QString *error);
    [[nodiscard]] bool removeFromWaitlist(const QString &entryId, const UserSession &session, QString *error);

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
    // An entry that cannot take the slot, with the one reason staff would give the patient:
    // the visit is longer than the time, the window, the provider asked for, or the first
    // rule the booking breaks (the provider's skills, the patient's other visit that day…).
    struct NearMiss
    {
        ShownWaitlistEntry shown;
        QString why;
    };
    // `nearMisses`, when given, receives the entries that cannot take it, in the same order.
    [[nodiscard]] std::optional<QList<Candidate>> candidatesFor(const FreedSlot &slot, const UserSession &session,
                                                                QString *error, QList<NearMiss> *nearMisses = nullptr);

    // Recall patients (see RecallService::overdueForFreedTime) are candidates after every
    // waitlist entry, each with a visit of their recall that fits and passes every rule; their
    // entry id is RecallService::offerEntryId. The practice can turn them off.
    static constexpr int kRecallCandidatesRead = 40;
    static constexpr int kRecallCandidatesOffered = 5;

    // Offers `slot` to the next candidates not yet offered it, until the practice's number of
    // open offers (1 to 3) is reached; each offer is open for the practice's offer minutes, its
    // message prepared in the patient's language and handed to a channel. The new offers;
    // empty when nobody (else) can take it or an offer was already accepted.
    [[nodiscard]] std::optional<QList<WaitlistOffer>> offerSlot(const FreedSlot &slot, const UserSession &session,
                                                                QString *error);
    // Offers `slot` to one chosen entry outside the list's order (an urgent case); the entry
    // must still be able to take it. Audited as a direct offer.
    [[nodiscard]] std::optional<WaitlistOffer> offerDirect(const FreedSlot &slot, const QString &entryId,
                                                           const UserSession &session, QString *error);
    // The patient took it: books through BookingService (a time someone else took first is a
    // clean refusal), and in the same write marks the offer accepted, withdraws the slot's
    // other open offers and takes the patient off their other lists for the same type whose
    // window holds the day. An offer no longer open (expired, withdrawn…) is refused.
    [[nodiscard]] BookingOutcome acceptOffer(const QString &offerId, const UserSession &session);
    // The patient said no: the offer is closed and the slot offered to the next candidate.
    // The new offers.
    [[nodiscard]] std::optional<QList<WaitlistOffer>> declineOffer(const QString &offerId, const UserSession &session,
                                                                   QString *error);
    // Closes every open offer whose time is up and offers those slots to the next candidates;
    // the new offers. Screens call it every few seconds.
    [[nodiscard]] std::optional<QList<WaitlistOffer>> expireOffers(const UserSession &session, QString *error);
    // Offers still open and those made in the last `hours`, newest first.
    [[nodiscard]] std::optional<QList<WaitlistOffer>> recentOffers(int hours, const UserSession &session,
                                                                   QString *error);
    // Patients' names for the panels' lists (like the waitlist panel, not audited per view).
    [[nodiscard]] QHash<QString, QString> patientNames(const QStringList &patientIds, const UserSession &session,
                                                       QString *error);
    // Every contact about one appointment or offer, oldest first.
    [[nodiscard]] std::optional<QList<ContactRecord>> contactsFor(const QString &appointmentOrOfferId,
                                                                  const UserSession &session, QString *error);

    // Appointments of the practice's current day that are scheduled or confirmed and not
    // checked in although start + the practice's no-show grace has come (exactly at the grace
    // minute counts): "Late / possible no-show".
    [[nodiscard]] std::optional<QList<Appointment>> lateAppointments(const UserSession &session, QString *error);
    // With the practice's automatic marking on, marks every late appointment a no-show (through
    // BookingService); how many it marked, 0 with the setting off. `freed`, when given,
    // receives the time each marking gave back, for the waitlist.
    [[nodiscard]] std::optional<int> markLateNoShows(const UserSession &session, QString *error,
                                                     QList<FreedSlot> *freed = nullptr);

    // A patient's no-shows over twelve months as booking them sees it: the count, whether it
    // is over the practice's limit (the booking dialog warns) and whether `session` then needs
    // an office manager's approval to book them.
    struct NoShowStanding
    {
        int count = 0;
        bool overLimit = false;
        bool needsApproval = false;
    };
    [[nodiscard]] std::optional<NoShowStanding> noShowStanding(const QString &patientId, const UserSession &session,
                                                               QString *error);
    // How many of the patient's appointments in the twelve months up to now were no-shows.
    [[nodiscard]] std::optional<int> noShowsInLastYear(const QString &patientId, const UserSession &session,
                                                       QString *error);

    // The engine's three best new times for a no-show or cancelled appointment, by the
    // patient's preferences (time of day, day, their provider), from today over 30 days.
    [[nodiscard]] std::optional<QList<scheduling::Opening>> rescheduleOptions(const QString &appointmentId,
                                                                              const UserSession &session,
                                                                              QString *error);
    // The message that offers `options` for `appointmentId`, in the patient's language.
    [[nodiscard]] std::optional<QString> rescheduleMessage(const QString &appointmentId,
                                                           const QList<scheduling::Opening> &options,
                                                           QString *error);
    // Logs how a reschedule call about `appointmentId` went; with Accepted, books `chosen` for
    // the same patient, type and length in the same write. The contact log row (and the
    // booking) share `correlationId` with the call's audit records.
    struct RescheduleResult
    {
        BookingOutcome booking; // Done without a booking for declined / no answer
        ContactRecord contact;
    };
    [[nodiscard]] RescheduleResult logReschedule(const QString &appointmentId, ContactOutcome outcome,
                                                 const std::optional<scheduling::Opening> &chosen,
                                                 const UserSession &session);

    // No-shows of the last 7 days that nobody has booked again or dismissed, with each
    // patient's way of contact and, unless they asked not to be contacted, the reschedule
    // message with the three best options. Reads of the patients are audited.
    [[nodiscard]] std::optional<QList<FollowUp>> weeklySweep(const UserSession &session, QString *error);

    // Takes a cancelled or missed visit off the unscheduled list; the reason is required.
    [[nodiscard]] bool dismissUnscheduled(const QString &appointmentId, const QString &reason,
                                          const UserSession &session, QString *error);

    // The use cases this hands on, each its own class: timed offers, no-shows, rescheduling.
    [[nodiscard]] WaitlistOffers &offers() { return *m_offers; }
    [[nodiscard]] NoShows &noShows() { return *m_noShows; }
    [[nodiscard]] Rescheduling &rescheduling() { return *m_rescheduling; }

private:
    bool appendRecallCandidates(const FreedSlot &slot, const QDate &day, QList<Candidate> *out, QString *error);

    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
    FrontDesk &m_desk;
    ContactLog m_contacts;
    std::unique_ptr<WaitlistOffers> m_offers;
    std::unique_ptr<NoShows> m_noShows;
    std::unique_ptr<Rescheduling> m_rescheduling;
};

} // namespace chairside
