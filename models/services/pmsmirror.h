#pragma once

#include "domain/pmsrecords.h"
#include "domain/practicedata.h"
#include "domain/outboxentry.h"

#include <QList>
#include <QString>

namespace chairside {

// What applying the PMS's schedule did.
struct ScheduleReport
{
    int providerDays = 0;  // provider-days whose hours now follow the PMS (working or closed)
    int blocks = 0;        // blockouts and closed days written as blocks
    int unmapped = 0;      // rows naming a provider or operatory not linked: left out
    bool providerHoursUsed = false; // the PMS schedules providers at all
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// What linking the practice's records to a PMS writes: each local record's PMS id, and the
// PMS records nothing local matched, adopted as new local records (the PMS is the record).
// `adopted` holds whole lists where chairs or providers are adopted (the existing ones first,
// keeping the lanes' order), only the new records otherwise.
struct PmsLinkPlan
{
    struct Link
    {
        QString entity; // chair, provider, type or patient
        QString localId;
        QString pmsId;
    };
    QList<Link> links;
    PracticeData adopted;
    QStringList adoptedIds; // the new local records, by entity: "chair:odl-op-3"
    // Linked patients whose name or contact details changed at the PMS, as they are now.
    QList<Patient> updatedPatients;
    // Linked providers renamed at the PMS (their new names are in adopted.providers).
    QStringList renamedProviderIds;
};

// A PMS appointment kept in a sync conflict record, and read back.
[[nodiscard]] QByteArray pmsAppointmentJson(const PmsAppointment &a);
[[nodiscard]] std::optional<PmsAppointment> pmsAppointmentFromJson(const QByteArray &json);

class Clock;
struct UserSession;

namespace store {
class Cache;
}

// What applying a page of PMS appointments did.
struct MirrorReport
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int unmapped = 0;  // a patient, chair, provider or type not linked yet: left for later
    int keptLocal = 0; // changed here and not yet sent: the local version is kept (a conflict)
    int recognised = 0; // a booking made here whose create reply was lost, recognised and linked
    QString error;     // the cache could not be written; nothing of the page was applied

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Writes what the practice-management system holds into the cache: the one way sync changes
// appointments, so every change made here is counted, audited and seen by every screen. The
// PMS's ids are mapped to the practice's through the links made when it connected.
class PmsMirror
{
public:
    PmsMirror(store::Cache &cache, const Clock &clock);

    // Applies pulled appointments in one transaction: new ones are inserted (and linked),
    // changed ones updated, each marked synced and audited under `session`. An appointment
    // with local changes still waiting to be sent is not overwritten.
    [[nodiscard]] MirrorReport applyAppointments(const QString &pms, const QList<PmsAppointment> &appointments,
                                                 const UserSession &session);

    // Writes `plan` in one transaction: the adopted records, then the links, each adopted
    // record audited ("pms-adopt", with the patient's id for a patient) and the linking as
    // one record with its count, under `session`. False with `error` (nothing written) when
    // the cache cannot take it.
    [[nodiscard]] bool applyLinks(const QString &pms, const PmsLinkPlan &plan, const UserSession &session,
                                  QString *error);

    // --- the push side: local changes waiting in the outbox ---
    [[nodiscard]] QList<PendingOutboxEntry> dueOutbox(int limit, QString *error);
    [[nodiscard]] qint64 waitingInOutbox(QString *error);
    // The appointment as the PMS should hold it now, the practice's ids mapped to the PMS's;
    // empty with the reason when something it needs is not linked.
    [[nodiscard]] std::optional<PmsAppointment> outgoing(const QString &pms, const QString &appointmentId,
                                                         QString *why);
    // A contact with a patient (from the contact log) as a note for the PMS's communication
    // log on the patient's chart; empty with the reason when it cannot be sent (the contact
    // is gone, or the patient is not linked to the PMS).
    [[nodiscard]] std::optional<PmsCommlog> outgoingCommlog(const QString &pms, const QString &contactId,
                                                            QString *why);
    // A patient made or changed here as the PMS should hold them, their family's guarantor
    // mapped to the PMS's number; empty with the reason when the patient is gone, or their
    // guarantor is not linked yet.
    [[nodiscard]] std::optional<PmsPatient> outgoingPatient(const QString &pms, const QString &patientId,
                                                            QString *why);
    // When the appointment waits for its patient's own create to reach the PMS first: why
    // the patient has not gone yet (empty when it has simply not been tried).
    [[nodiscard]] std::optional<QString> waitsForPatient(const QString &pms, const QString &appointmentId);
    // The local patient already linked to the PMS's patient `pmsId`, or empty.
    [[nodiscard]] QString patientLinkedTo(const QString &pms, const QString &pmsId);
    // The PMS's id of a local appointment, or empty.
    [[nodiscard]] QString pmsIdOf(const QString &pms, const QString &appointmentId);
    // The PMS took the entry: it leaves the outbox, a new appointment (or a contact's note) is
    // linked to `pmsId`, and the appointment is synced once nothing else waits for it. A
    // contact's note is audited as disclosed to the PMS.
    [[nodiscard]] bool acknowledge(const QString &pms, const PendingOutboxEntry &entry, const QString &pmsId,
                                   QString *error);
    // A platform between here and the PMS (NexHealth) accepted a new appointment as
    // `pmsId` but the practice's system does not have it yet: it is linked (so it is never
    // sent twice) and the entry stays, looked at again after `waitSeconds`; the appointment
    // shows as still being sent.
    [[nodiscard]] bool accepted(const QString &pms, const PendingOutboxEntry &entry, const QString &pmsId,
                                qint64 waitSeconds, const QString &why, QString *error);
    // The PMS has no call for the change (a no-show through NexHealth): it is kept here with
    // `why`, for good, and no longer waits; the appointment is synced once nothing else waits.
    [[nodiscard]] bool keepHere(const PendingOutboxEntry &entry, const QString &why, QString *error);
    // Not sent now (the PMS was away or busy): the entry waits `waitSeconds`, its reason kept.
    [[nodiscard]] bool defer(const PendingOutboxEntry &entry, qint64 waitSeconds, const QString &why,
                             QString *error);
    // The PMS refused it: the appointment shows a conflict and the entry waits for a person.
    // Makes the cache's hours follow the PMS's schedule from `from` to `to` (office dates), so
    // bookings made offline are checked against the PMS's own hours: each linked provider's
    // days become overrides (the PMS's working spans, in its operatories, or closed when it
    // has none that day), and blockouts and closed days become blocks ("<pms>-sched-…",
    // replaced on every read). When the PMS schedules no provider at all in the window, the
    // practice's own weekly hours stay. One transaction.
    [[nodiscard]] ScheduleReport applySchedules(const QString &pms, const QDate &from, const QDate &to,
                                                const QList<PmsSchedule> &schedules);
    // Mirrors the PMS's waitlist: entries "<pms>-wl-<id>" follow it (added, changed, and gone
    // when the PMS no longer lists them); entries made here are left alone, and one booked or
    // removed here is not brought back while the PMS still lists it. Returns the
    // entries written, or -1 with `error`; `unmapped` counts entries whose patient or type is
    // not linked.
    [[nodiscard]] int applyWaitlist(const QString &pms, const QList<PmsWaitlistEntry> &entries, int *unmapped,
                                    QString *error);
    // Mirrors the PMS's continuing care: each recall type is linked to the local type of the
    // same name or adopted as "<pms>-rt-<id>" (its satisfying visits are the practice's to
    // set, in its practice file), and each patient's recall follows the PMS's due and
    // previous dates (the PMS moves them when it completes a visit). One transaction; each
    // recall whose dates changed is audited (ids only). Returns the recalls written, or -1
    // with `error`; `unmapped` counts recalls whose patient is not linked.
    [[nodiscard]] int applyRecalls(const QString &pms, const QList<PmsRecallType> &types,
                                   const QList<PmsRecall> &recalls, const UserSession &session, int *unmapped,
                                   QString *error);
    // A sync conflict record keeps both versions (`theirs` when the PMS has the appointment).
    [[nodiscard]] bool refuse(const QString &pms, const PendingOutboxEntry &entry, const QString &why,
                              const std::optional<PmsAppointment> &theirs, QString *error);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
