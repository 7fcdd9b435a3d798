#pragma once

#include "domain/session.h"

#include <QString>
#include <QList>
#include <QStringList>

#include <optional>

namespace chairside {

class Clock;
namespace store {
class Cache;
}

// What a call does, for the role checks every service makes (GUI, CLI and sync alike).
// Booking writes are checked per appointment in BookingService; these are the rest.
enum class Access {
    ReadSchedule,      // the schedule; a provider sees other providers' visits as busy time
    ReadPatient,       // a patient's record and appointments; a provider only their own patients
    ReadWaitlist,      // the waitlist and the unscheduled list
    HoldAppointment,   // the holding tray
    ReadSyncIssues,    // refused changes with both versions
    ResolveSyncIssues, // keep mine / take theirs
    RunSync,           // a sync with the practice system
    ReadAudit,         // audit verify and the patient access report
    ManageUsers,       // accounts
    ManagePractice,    // practice file import, PMS connection, settings
    ManageCache,       // rekey, backup, restore
    EditPatient,       // new patients and changes to a patient's details
    FillBook,          // waitlist entries, offers, no-show follow-up, reschedule calls, the unscheduled list,
                       // reminders and confirmation calls
};

[[nodiscard]] QString accessName(Access access);
// Whether `role` may ever do `access` (a provider's own-patient limit is checked by the caller).
[[nodiscard]] bool roleMay(Role role, Access access);
// Which roles may do `access`, for messages and the README's table.
[[nodiscard]] QStringList rolesAllowed(Access access);

// The message a refused call returns: what was refused and who may do it.
[[nodiscard]] QString deniedMessage(Role role, Access access);

// Empty when `session` may do `access`. Otherwise a "denied" audit record is written (ids
// only) and the message returned is for the caller to show.
[[nodiscard]] std::optional<QString> refuseUnlessAllowed(store::Cache &cache, const Clock &clock,
                                                         const UserSession &session, Access access,
                                                         const QString &recordType = {}, const QString &recordId = {},
                                                         const QString &patientId = {});

// One record shown to someone: what it is and whose.
struct ReadOf
{
    QString recordType; // appointment, patient, day_sheet, ...
    QString recordId;
    QString patientId;
};
// Audits that `session` was shown `reads` (one record each, sharing one correlation id, in one
// transaction; action "read" with `detail` such as "day 2026-11-24"). False with `error` set
// when the cache refused it: callers then show nothing.
[[nodiscard]] bool auditReads(store::Cache &cache, const Clock &clock, const UserSession &session,
                              const QList<ReadOf> &reads, const QString &detail, QString *error);
// Writes one record of something done (to the cache as a whole: rekey, backup, restore; or
// about one patient: an access report) in its own transaction.
[[nodiscard]] bool auditEvent(store::Cache &cache, const Clock &clock, const UserSession &session,
                              const QString &action, const QString &recordType, const QString &patientId,
                              const QString &detail, QString *error);
// Writes one "denied" record (see refuseUnlessAllowed; BookingService uses it for writes).
[[nodiscard]] bool auditDenied(store::Cache &cache, const Clock &clock, const UserSession &session,
                               const QString &operation, const QString &recordType, const QString &recordId,
                               const QString &patientId, QString *error);

} // namespace chairside
