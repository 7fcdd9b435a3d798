#pragma once

#include "domain/cachehealth.h"

#include "access.h"
#include "patientcard.h"
#include "syncissues.h"

#include "domain/practice.h"
#include "domain/appointment.h"
#include "domain/patientsearch.h"

#include <QList>
#include <QString>

#include <optional>

namespace chairside {

class Clock;
struct UserSession;

namespace store {
class Cache;
}

// A waitlist entry with the names and dates its panel shows.
struct ShownWaitlistEntry
{
    WaitlistEntry entry;
    QString patientName;
    QString typeName;
    int typeMinutes = 0;
    QString providerName;   // the provider asked for; empty when any will do
    QDateTime lastContactUtc; // the latest contact with the patient about anything; invalid if none
};

// The reads behind the schedule's side panels and dialogs (patient lookup, a patient's other
// appointments, the waitlist) and the holding tray, which every window on the cache shares.
class FrontDesk
{
public:
    FrontDesk(store::Cache &cache, const Clock &clock);

    // Every call checks the session's role (a refusal is audited and leaves `error` set).
    // Opening a patient or their appointments is audited as a read; a provider may open only
    // patients who have a visit with them.
    [[nodiscard]] QList<Patient> searchPatients(const QString &text, int limit, const UserSession &session,
                                                QString *error);
    // Patients by name (any order, case and accents ignored), phone ending, birthdate or the
    // practice system's number for the patient (see patientsearch::parse), each with their next visit; at most `limit`. The
    // best matches first, a family's members together. Every patient shown is audited (ids
    // only); a provider finds only patients who have a visit with them.
    [[nodiscard]] PatientSearchResult findPatients(const QString &text, int limit, const UserSession &session,
                                                   QString *error);
    [[nodiscard]] std::optional<Patient> patient(const QString &id, const UserSession &session, QString *error);
    [[nodiscard]] QList<ScheduledAppointment> patientAppointments(const QString &patientId,
                                                                        const UserSession &session, QString *error);
    // Everything the patient's card shows (see PatientCard), read for `session`: role-checked
    // like patient() (a provider opens only their own patients and sees only their own among
    // the family; the waitlist, the unscheduled visits and the contact log only for the roles
    // that may read them) and audited as a read of the patient and of each family member shown.
    [[nodiscard]] std::optional<PatientCard> patientCard(const QString &patientId, const UserSession &session,
                                                         QString *error);
    // An appointment opened to be read or changed: role-checked (a provider opens only their
    // own visits) and audited as a read.
    [[nodiscard]] std::optional<Appointment> openAppointment(const QString &id, const UserSession &session,
                                                             QString *error);
    // Records that `session` was shown these records (a printed or exported day sheet).
    [[nodiscard]] bool recordShown(const QList<ReadOf> &reads, const QString &detail, const UserSession &session,
                                   QString *error);
    // By urgency (high first), then time on the list.
    [[nodiscard]] QList<ShownWaitlistEntry> waitlist(const UserSession &session, QString *error);

    // Cancelled and no-show visits of the last `days` days and ahead that the patient has not
    // been booked again for (same type, later): the unscheduled list.
    [[nodiscard]] QList<ScheduledAppointment> unscheduled(int days, const UserSession &session,
                                                                QString *error);

    // Moves whenever another connection (window, process, sync) commits to the cache; -1 on
    // error. Screens poll it to follow changes made elsewhere.
    [[nodiscard]] qint64 dataVersion();

    // Reads every page of the cache in use (store::checkCache), for the office manager; the
    // check is audited. Damage found stops writing (the cache turns read-only).
    [[nodiscard]] std::optional<CacheHealth> checkCache(const UserSession &session, QString *error);
    // A sentence for people: intact with what was read, or which part is damaged and the way back.
    [[nodiscard]] static QString describeHealth(const CacheHealth &health);
    // The cache was found damaged (by a check or a failed statement): read-only until restored.
    [[nodiscard]] bool cacheDamaged() const;

    [[nodiscard]] QList<ScheduledAppointment> tray(const UserSession &session, QString *error);
    // Puts an appointment on the tray; it keeps its time until it is dropped elsewhere.
    [[nodiscard]] bool hold(const QString &appointmentId, const UserSession &session, QString *error);
    [[nodiscard]] bool release(const QString &appointmentId, const UserSession &session, QString *error);

    // Changes the practice system refused, both versions kept (see SyncIssues).
    [[nodiscard]] QList<SyncIssue> syncIssues(const UserSession &session, QString *error);
    [[nodiscard]] bool keepMine(qint64 issueId, const UserSession &session, QString *error);
    [[nodiscard]] bool takeTheirs(qint64 issueId, const UserSession &session, QString *error);

private:
    // Whether `session` may do `access` (to `patientId`'s record, or to `visit`, when given); else
    // false with `error` set, the refusal audited.
    bool allowed(const UserSession &session, Access access, QString *error, const QString &patientId = {},
                 const Appointment *visit = nullptr);

    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
