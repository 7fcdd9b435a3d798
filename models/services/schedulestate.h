#pragma once

#include "scheduling/scheduler.h"

#include <QSqlError>

#include <memory>

namespace chairside {

namespace store {
class AppointmentRepository;
class Cache;
} // namespace store

// Keeps one process's scheduling engine in step with the shared cache: rebuilt when the
// practice's reference data changed, and fed exactly the appointment rows other processes
// wrote since it last looked (by the cache's change counter). Appointments are loaded for
// the stretches of time asked about, never the whole book.
class ScheduleState
{
public:
    explicit ScheduleState(store::Cache &cache);
    ~ScheduleState();

    // Catch up with the cache. Call at the start of every service call (inside its
    // transaction when it writes). False with an error when the cache cannot be read;
    // hasPractice() tells whether there is anything to schedule.
    [[nodiscard]] bool refresh(QSqlError *error);
    [[nodiscard]] bool hasPractice() const { return m_scheduler != nullptr; }
    // refresh() and hasPractice() together, as every read starts: false with `error` saying
    // why (the cache described, or no practice yet, then *noPractice is set).
    [[nodiscard]] bool readyToRead(QString *error, bool *noPractice = nullptr);
    // Makes sure every live appointment meeting `window` is in the index.
    [[nodiscard]] bool cover(const scheduling::Interval &window, QSqlError *error);

    [[nodiscard]] scheduling::Scheduler &scheduler() { return *m_scheduler; }
    [[nodiscard]] store::AppointmentRepository &appointments() { return *m_appointments; }
    // The practice's clinics, read with the rest of the reference data.
    [[nodiscard]] const QList<Clinic> &clinics() const { return m_clinics; }

    // This process wrote `a`; `seq` is the change counter read inside the same transaction.
    void applied(const Appointment &a, qint64 seq);
    // A write failed after changing the index or counters: start over on the next refresh.
    void invalidate();

private:
    [[nodiscard]] bool rebuild(qint64 revision, QSqlError *error);
    [[nodiscard]] bool load(const scheduling::Interval &range, QSqlError *error);

    store::Cache &m_cache;
    std::unique_ptr<store::AppointmentRepository> m_appointments;
    std::unique_ptr<scheduling::Scheduler> m_scheduler;
    QList<Clinic> m_clinics;
    qint64 m_referenceRevision = -1;
    qint64 m_seenSeq = 0;
    scheduling::Interval m_covered;
};

} // namespace chairside
