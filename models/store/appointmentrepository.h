#pragma once

#include "storeboundary.h"

#include "domain/appointment.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace chairside::store {

using ScheduledAppointment = chairside::ScheduledAppointment;

// Appointment rows: the day read every schedule screen starts from, and the writes services
// make. Writers expect the caller to hold the transaction. Keep one instance per connection
// alive to reuse its prepared statements.
class AppointmentRepository
{
public:
    explicit AppointmentRepository(QSqlDatabase db);

    // Every appointment (any status) starting on the local date `day` in `zone`, by start
    // time then chair.
    [[nodiscard]] QList<ScheduledAppointment> day(const QDate &day, const QTimeZone &zone, QSqlError *error = nullptr);
    [[nodiscard]] std::optional<Appointment> find(const QString &id, QSqlError *error = nullptr);
    // Scheduled and confirmed visits starting in [fromUtc, toUtc), in time order: the
    // confirmation list.
    [[nodiscard]] QList<ScheduledAppointment> upcoming(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                       QSqlError *error = nullptr);
    // Every appointment of one patient, any status, by start.
    // A provider's live appointments starting in [fromUtc, toUtc), by start.
    [[nodiscard]] QList<Appointment> liveForProvider(const QString &providerId, const QDateTime &fromUtc,
                                                     const QDateTime &toUtc, QSqlError *error = nullptr);
    [[nodiscard]] QList<ScheduledAppointment> forPatient(const QString &patientId, QSqlError *error = nullptr);

    // Cancelled and no-show appointments from `fromUtc` on whose patient has no live visit of
    // the same type after it or still ahead of `nowUtc` and that staff have not dismissed: the
    // visits that still need a time. Latest first. `noShowsOnly` leaves out cancellations.
    [[nodiscard]] QList<ScheduledAppointment> unscheduled(const QDateTime &fromUtc, const QDateTime &nowUtc, int limit,
                                                          QSqlError *error = nullptr, bool noShowsOnly = false);
    // The same list for one patient (an index read of their visits), latest first.
    [[nodiscard]] QList<ScheduledAppointment> unscheduledFor(const QString &patientId, const QDateTime &fromUtc,
                                                             const QDateTime &nowUtc, QSqlError *error = nullptr);

    // The holding tray: appointments put aside while the receptionist finds them a new time.
    // They keep their place in the book until they are dropped somewhere else.
    [[nodiscard]] QList<ScheduledAppointment> held(QSqlError *error = nullptr);
    [[nodiscard]] bool hold(const QString &id, qint64 nowUtc, const QString &userId, QSqlError *error);
    [[nodiscard]] bool release(const QString &id, QSqlError *error);
    [[nodiscard]] qint64 count(QSqlError *error = nullptr);

    [[nodiscard]] std::optional<Appointment> findByIdempotencyKey(const QString &key, QSqlError *error = nullptr);
    // Live (not cancelled, not no-show) appointments starting in [fromUtc, toUtc), seconds;
    // placement and status only (no notes, keys or sync state).
    [[nodiscard]] QList<Appointment> liveStartingBetween(qint64 fromUtc, qint64 toUtc, QSqlError *error = nullptr);
    // How many of the patient's appointments starting in [fromUtc, toUtc], seconds, are in `status`;
    // -1 with `error` set when the read failed.
    [[nodiscard]] int countForPatient(const QString &patientId, AppointmentStatus status, qint64 fromUtc,
                                      qint64 toUtc, QSqlError *error = nullptr);
    // Every appointment written after change number `seq`, in any status.
    [[nodiscard]] QList<Appointment> changedSince(qint64 seq, QSqlError *error = nullptr);
    // The latest change number; every write raises it, so readers in other processes can
    // pick up exactly what changed.
    [[nodiscard]] qint64 changeSeq(QSqlError *error = nullptr);
    // The provider of the patient's latest completed appointment, or empty.
    [[nodiscard]] QString lastCompletedProvider(const QString &patientId, QSqlError *error = nullptr);

    [[nodiscard]] bool insert(const Appointment &a, qint64 nowUtc, QSqlError *error);
    // A live appointment at this patient, chair and start that `pms` has no link for and whose
    // create still waits in the outbox (a booking whose reply from the PMS was lost).
    [[nodiscard]] std::optional<QString> unsentCreateAt(const QString &pms, const QString &patientId,
                                                        const QString &chairId, const QDateTime &startUtc,
                                                        QSqlError *error);
    // Import: an id already present is updated (its version rises), else inserted.
    [[nodiscard]] bool upsertImported(const Appointment &a, qint64 nowUtc, QSqlError *error);
    // Optimistic update of every field from `a` where the stored version is still
    // expectedVersion; the version becomes expectedVersion + 1. Returns the rows changed
    // (0 = someone else changed it first), or -1 on error.
    [[nodiscard]] int update(const Appointment &a, int expectedVersion, qint64 nowUtc, QSqlError *error);

    // Where the row stands with the PMS; does not count as a change of the appointment.
    [[nodiscard]] bool setSyncState(const QString &id, SyncState state, QSqlError *error);
    // Once a practice system is connected, what this cache changed on its own (local, with
    // changes in the outbox) waits to reach it.
    [[nodiscard]] bool markUnsentPending(QSqlError *error);

    // Status steps, for undo.
    struct StatusStep
    {
        qint64 seq = 0;
        AppointmentStatus from = AppointmentStatus::Scheduled;
        AppointmentStatus to = AppointmentStatus::Scheduled;
        QString cancelReason;
    };
    [[nodiscard]] bool recordStatusStep(const QString &appointmentId, const StatusStep &step, qint64 nowUtc,
                                        const QString &userId, QSqlError *error);
    // The latest step not yet undone.
    [[nodiscard]] std::optional<StatusStep> lastStatusStep(const QString &appointmentId, QSqlError *error);
    [[nodiscard]] bool markStepUndone(qint64 seq, QSqlError *error);

private:
    [[nodiscard]] qint64 nextChangeSeq(QSqlError *error);
    [[nodiscard]] QList<Appointment> select(const QString &where, const QVariantList &values, QSqlError *error);
    [[nodiscard]] QList<ScheduledAppointment> selectShown(const QString &tail, const QVariantList &values,
                                                          QSqlError *error);

    QSqlDatabase m_db;
    QSqlQuery m_dayQuery;
    QSqlQuery m_insertQuery;
    QSqlQuery m_updateImportedQuery;
    QSqlQuery m_updateQuery;
    QSqlQuery m_counterQuery;
    QSqlQuery m_seqQuery;
};

} // namespace chairside::store
