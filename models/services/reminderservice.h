#pragma once

#include "bookingservice.h"

#include "domain/reminders.h"
#include "domain/appointment.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlError;

namespace chairside {

class Clock;
class ContactLog;
struct UserSession;

namespace store {
class Cache;
}

// One appointment of the confirmation list: where the patient stands and the reminders.
struct ConfirmationRow
{
    ScheduledAppointment shown;
    ConfirmationState state = ConfirmationState::Unconfirmed;
    ContactChannel contact = ContactChannel::Phone; // the patient's preferred way
    QString phone;                                  // the number to dial, when the chart has one
    bool doNotContact = false;
    QList<ReminderJob> reminders; // planned, sent and failed, in send order
};

// What one pass over the due reminders did, with what staff must know.
struct DispatchReport
{
    int sent = 0;       // handed to the patient's preferred way
    int fellBack = 0;   // handed to another way the practice uses, the preferred one failing
    int failed = 0;     // no way worked: staff must reach the patient
    int withdrawn = 0;  // the visit changed meanwhile
    QStringList forStaff; // one line per fallback or failure: whom, why, what to do
};

// Reminders and confirmations. Reminder jobs are planned by every booking write (see
// store::ReminderRepository::plan); this service hands the due ones to the contact log's
// channels in the patient's language, falls back through the practice's other ways when one
// fails (no number for a text, an address that is not one, a channel that refuses), and
// keeps the front desk's confirmation calls: confirming moves the visit to Confirmed (which
// reaches the PMS through the outbox: Open Dental's Confirm), the other outcomes are kept
// per appointment. Every contact goes to the contact log; reads and writes are audited.
class ReminderService
{
public:
    // Due = at or before now plus this lead, so a pass every few minutes is on time.
    static constexpr int kDispatchAheadMinutes = 5;

    ReminderService(store::Cache &cache, const Clock &clock, BookingService &booking, ContactLog &contacts);

    // Keeps an appointment's pending reminders in step with it, in the caller's transaction
    // (every booking write calls it): a live appointment (scheduled or confirmed, still to
    // come) gets one job per lead time whose send time is still ahead, by the patient's
    // preferred way (the practice's first way when that one is not used, none for
    // do-not-contact); a move withdraws the jobs planned for the old start and plans again;
    // a cancelled, missed or past appointment has its pending jobs withdrawn. Jobs already
    // planned for the same start are left alone.
    [[nodiscard]] static bool plan(store::Cache &cache, const Appointment &a, const Patient &patient,
                                   const QDateTime &nowUtc, QSqlError *error);

    [[nodiscard]] std::optional<ReminderSettings> settings(QString *error);
    [[nodiscard]] std::optional<QTimeZone> practiceZone(QString *error) { return m_booking.practiceZone(error); }
    // Office manager: lead times (1 minute to 30 days, at most 5) and the ways used, in
    // fallback order. Applies to reminders planned from then on.
    [[nodiscard]] bool setSettings(const ReminderSettings &settings, const UserSession &session, QString *error);

    [[nodiscard]] std::optional<DispatchReport> dispatchDue(const UserSession &session, QString *error);

    // Scheduled and confirmed visits from `from` for `days` office days, in time order.
    [[nodiscard]] std::optional<QList<ConfirmationRow>> confirmations(const QDate &from, int days,
                                                                      const UserSession &session, QString *error);
    // The front desk's outcome of a confirmation call (or of a reply): Confirmed moves the
    // visit to Confirmed, Unconfirmed takes a confirmation back; every outcome is logged.
    // `via`: how the patient answered (a call, or a text read back by the messaging worker).
    [[nodiscard]] BookingOutcome markConfirmation(const QString &appointmentId, ConfirmationState state,
                                                  const UserSession &session,
                                                  ContactChannel via = ContactChannel::Phone);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
    ContactLog &m_contacts;
};

} // namespace chairside
