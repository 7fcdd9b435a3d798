#pragma once

#include "appointmentpull.h"
#include "outboxpush.h"
#include "referencelinker.h"

#include <QCoreApplication>

#include <optional>

namespace chairside::sync {

// What one full sync did: the practice's records linked, appointments pulled, the outbox
// pushed.
struct SyncSummary
{
    LinkReport links;
    PullReport pull;
    PushReport push;
    ScheduleReport schedules;
    int waitlistEntries = 0;  // the PMS's waitlist entries mirrored here
    int waitlistUnmapped = 0;
    QString waitlistError;
    int recalls = 0;          // the PMS's recalls written here (new or with new dates)
    int recallsUnmapped = 0;  // recalls of patients not linked
    QString recallsError;
    bool referenceRead = false; // chairs, providers, types, the 60-day schedule and the waitlist were read
    PmsError readError;     // reading chairs, providers, types or patients failed
    PmsError scheduleError; // reading the PMS's schedule failed (Unsupported: it has none to read)
    int patientsResumedAt = 0; // the offset an interrupted patient read went on from (0: the start)
    bool cancelled = false;    // stopped on request; the next sync goes on where this one stopped

    // Everything pushed and pulled, nothing left waiting or unresolved. A pulled record kept
    // because this desk had a change for it waiting is not a gap: the push sends the change
    // (or it is still waiting, which push.complete() reports).
    [[nodiscard]] bool complete() const
    {
        return !cancelled && readComplete() && pull.ok() && pull.applied.unmapped == 0 && push.complete();
    }
    // Everything read before the pull (patients, and the reference data when it was read) is
    // in and linked.
    [[nodiscard]] bool readComplete() const
    {
        return readError.ok() && links.error.isEmpty() && schedules.ok() && waitlistError.isEmpty()
                && recallsError.isEmpty() && (scheduleError.ok() || scheduleError.kind == PmsError::Kind::Unsupported);
    }
};

// Where a sync is, for a person watching a long one (the first sync of a large practice).
struct SyncProgress
{
    Q_DECLARE_TR_FUNCTIONS(chairside::sync::SyncProgress)
public:
    enum class Phase { Reference, Patients, Schedule, Waitlist, Recalls, Appointments, Sending };
    Phase phase = Phase::Patients;
    int records = 0;      // patients or appointments read so far
    int pages = 0;        // their pages read so far
    int pagesLeft = -1;   // -1: the PMS does not say how many rows the read holds
    int secondsLeft = -1; // the pages left at the connection's request limit; -1 unknown

    // In words, for the window's status bar and the command line: "Reading appointments:
    // 3,200 so far, 168 pages left, about 3 min left".
    [[nodiscard]] QString describe() const;
};

// One sync with a PMS, reading only what changed: the patients changed since the last sync
// (a cursor per resource, moved only when every page is in and linked; each page linked as it
// comes and kept as a checkpoint, so an interrupted read goes on from there), the appointments
// changed since the last pull, then the outbox pushed. Reference data — chairs, providers,
// appointment types, the schedule for the next 60 days, the waitlist — is read on the first
// sync, when asked (Reference::Now: "Sync now"), every kReferenceEvery, and at once when a
// pulled appointment names a chair, provider, type or patient not linked yet (that page is
// pulled again afterwards). Today's and tomorrow's schedule are read every kNearScheduleEvery
// between. So an idle sync asks the PMS twice: the patients and the appointments changed.
// Asynchronous; `done` reports.
class SyncRun final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kReferenceEverySecs = 15 * 60;
    static constexpr qint64 kNearScheduleEverySecs = 5 * 60;
    static constexpr int kScheduleDays = 60;
    enum class Reference { IfDue, Now };

    SyncRun(PmsAdapter &adapter, store::Cache &cache, const Clock &clock, UserSession session,
            QObject *parent = nullptr);
    void run(std::function<void(const SyncSummary &)> done, Reference reference = Reference::IfDue);
    // Stops the running sync once the page on its way is in (kept, so the next sync goes on
    // from there); `done` reports it cancelled.
    void cancel();

Q_SIGNALS:
    void progress(const chairside::sync::SyncProgress &progress);

private:
    void tell(SyncProgress::Phase phase);
    // Whether the stamp kept as `entity` (seconds since the epoch) is older than `everySecs`.
    [[nodiscard]] bool due(const QString &entity, qint64 everySecs) const;
    void stamp(const QString &entity);
    void reference();
    void patients();
    // Reports the sync cancelled when it was asked to stop; true then.
    bool stopIfCancelled();
    void schedules();
    void waitlist();
    void recalls();
    void pullAndPush();

    PmsAdapter &m_adapter;
    store::Cache &m_cache;
    const Clock &m_clock;
    UserSession m_session;
    PmsMirror m_mirror;
    AppointmentPull m_pull;
    OutboxPush m_push;
    SyncSummary m_summary;
    QList<PmsChair> m_chairs;
    QList<PmsProvider> m_providers;
    QList<PmsAppointmentType> m_types;
    std::unique_ptr<ReferenceLinker> m_linker; // one a sync: it keeps the patients' index between pages
    std::optional<PullReport> m_heldPull; // a pull that met unlinked records, before its second pass
    bool m_reference = false;
    bool m_readLists = false; // chairs, providers and types (part of the reference data)
    bool m_cancelled = false;
    int m_answers = 0;
    std::function<void(const SyncSummary &)> m_done;
};

} // namespace chairside::sync
