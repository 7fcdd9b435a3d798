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

// An appointment with the names a schedule shows next to it.
struct ScheduledAppointment
{
    Appointment appointment;
    QString patientName;
    QString typeName;
    QString typeColor;
    QString providerName;
    QString providerColor;
    QString chairName;
};

// Time that has come free in a chair with a provider: after a cancellation, a no-show, a move
// or a shortened visit.
struct FreedSlot
{
    QString chairId;
    QString providerId;
    QDateTime startUtc;
    int minutes = 0;

    // The offers of one freed time share this key.
    [[nodiscard]] QString key() const;
};

// The time a change from `before` to `after` gives back, worth offering to the waitlist: all
// of a live visit's place when it is cancelled, missed or moved elsewhere; the tail when it
// is shortened where it is. Nothing for a new booking (`before` without an id), a visit that
// was not holding its place, or a change that keeps every minute of it.
[[nodiscard]] std::optional<FreedSlot> freedBy(const Appointment &before, const Appointment &after);

} // namespace chairside
