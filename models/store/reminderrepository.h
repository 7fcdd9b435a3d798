#pragma once

#include "storeboundary.h"

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

    [[nodiscard]] bool insert(const ReminderJob &job, QSqlError *error);
    [[nodiscard]] QList<ReminderJob> pendingFor(const QString &appointmentId, QSqlError *error = nullptr) const;
    // The jobs planned for an appointment at `startUtc` and not withdrawn (pending, sent, failed).
    [[nodiscard]] QList<ReminderJob> plannedFor(const QString &appointmentId, const QDateTime &startUtc,
                                                QSqlError *error = nullptr) const;
    // Rows withdrawn, or -1 on error.
    [[nodiscard]] int withdrawPending(const QString &appointmentId, QSqlError *error);

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
