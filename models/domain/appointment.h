#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside {

enum class AppointmentStatus { Scheduled, Confirmed, Arrived, InChair, Completed, Cancelled, NoShow };
QString appointmentStatusName(AppointmentStatus status); // stable: "scheduled", "in_chair", …
// The status as staff say it, in the current language: "checked in", "in the chair", "no-show".
QString appointmentStatusText(AppointmentStatus status);
std::optional<AppointmentStatus> parseAppointmentStatus(const QString &name);
// Live appointments hold their chair and provider; cancelled and no-show ones do not.
[[nodiscard]] bool isLive(AppointmentStatus status);

// Where a local change stands with the practice-management system of record.
enum class SyncState { Local, Pending, Synced, Conflict };
QString syncStateName(SyncState state);
std::optional<SyncState> parseSyncState(const QString &name);

struct Appointment
{
    QString id;
    QString patientId;
    QString typeId;
    QString providerId;
    QString chairId;
    QDateTime startUtc;
    int minutes = 0;
    AppointmentStatus status = AppointmentStatus::Scheduled;
    QString notes;
    QString cancelReason; // patient, practice, emergency or other, once cancelled
    int version = 1;
    QString clientUuid;
    QString idempotencyKey;
    SyncState syncState = SyncState::Local;

    [[nodiscard]] QDateTime endUtc() const { return startUtc.addSecs(qint64(minutes) * 60); }
};

} // namespace chairside
