#pragma once

#include "domain/appointment.h"
#include "domain/reminders.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace chairside::store {

// Reminder jobs, the front desk's confirmation states and the practice's reminder plan.
// Writers expect the caller (a service) to hold the transaction.
class ReminderRepository
{
public:
    explicit ReminderRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] ReminderSettings settings(QSqlError *error = nullptr) const;
    [[nodiscard]] bool setSettings(const ReminderSettings &settings, QSqlError *error);

    // Keeps an appointment's pending reminders in step with it, after any change: a live
    // appointment (scheduled or confirmed, still to come) gets one job per lead time whose
    // send time is still ahead, by the patient's preferred way (the practice's first way
    // when that one is not used, none for do-not-contact); a move withdraws the jobs planned
    // for the old start and plans again; a cancelled, missed or past appointment has its
    // pending jobs withdrawn. Jobs already planned for the same start are left alone.
    [[nodiscard]] bool plan(const Appointment &a, const Patient &patient, const QDateTime &nowUtc,
                            QSqlError *error);

    [[nodiscard]] QList<ReminderJob> jobsFor(const QString &appointmentId, QSqlError *error = nullptr) const;
    // Pending jobs whose send time is at or before `untilUtc`, oldest first.
    [[nodiscard]] QList<ReminderJob> due(const QDateTime &untilUtc, int limit, QSqlError *error = nullptr) const;
    // The jobs of appointments starting in [fromUtc, toUtc), per appointment.
    [[nodiscard]] QHash<QString, QList<ReminderJob>> jobsStarting(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                                  QSqlError *error = nullptr) const;
    // A pending job went: `sentChannel`, the contact-log row. 0 rows when it was no longer
    // pending, -1 on error.
    [[nodiscard]] int markSent(const QString &jobId, const QDateTime &atUtc, ContactChannel sentChannel,
                               const QString &contactId, QSqlError *error);
    [[nodiscard]] int markFailed(const QString &jobId, const QString &why, const QString &contactId,
                                 QSqlError *error);
    [[nodiscard]] int withdraw(const QString &jobId, QSqlError *error);

    [[nodiscard]] std::optional<ConfirmationState> confirmation(const QString &appointmentId,
                                                                QSqlError *error = nullptr) const;
    [[nodiscard]] QHash<QString, ConfirmationState> confirmations(const QStringList &appointmentIds,
                                                                  QSqlError *error = nullptr) const;
    [[nodiscard]] bool setConfirmation(const QString &appointmentId, ConfirmationState state, const QString &userId,
                                       const QDateTime &atUtc, QSqlError *error);

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
