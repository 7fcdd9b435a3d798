#pragma once

#include "appointmentpull.h"
#include "outboxpush.h"
#include "referencelinker.h"

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
    PmsError readError;     // reading chairs, providers, types or patients failed
    PmsError scheduleError; // reading the PMS's schedule failed (Unsupported: it has none to read)

    // Everything pushed and pulled, nothing left waiting or unresolved. A pulled record kept
    // because this desk had a change for it waiting is not a gap: the push sends the change
    // (or it is still waiting, which push.complete() reports).
    [[nodiscard]] bool complete() const
    {
        return readError.ok() && links.error.isEmpty() && schedules.ok() && waitlistError.isEmpty()
                && (scheduleError.ok() || scheduleError.kind == PmsError::Kind::Unsupported) && pull.ok()
                && pull.applied.unmapped == 0 && push.complete();
    }
};

// One sync with a PMS: reads its chairs, providers, appointment types and patients and
// links (or adopts) new ones, follows its schedule for the next 60 days and mirrors its
// waitlist where it has them, pulls appointments, then pushes the outbox. Asynchronous;
// `done` reports.
class SyncRun final : public QObject
{
    Q_OBJECT
public:
    SyncRun(PmsAdapter &adapter, store::Cache &cache, const Clock &clock, UserSession session,
            QObject *parent = nullptr);
    void run(std::function<void(const SyncSummary &)> done);

private:
    void reference();
    void schedules();
    void waitlist();
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
    QList<PmsPatient> m_patients;
    int m_answers = 0;
    std::function<void(const SyncSummary &)> m_done;
};

} // namespace chairside::sync
