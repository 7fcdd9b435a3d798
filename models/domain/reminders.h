#pragma once

#include "practice.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace chairside {

// A reminder to send before an appointment, planned when it is booked (one per lead time),
// moved with it and withdrawn when it is cancelled.
enum class ReminderStatus { Pending, Sent, Failed, Withdrawn };
QString reminderStatusName(ReminderStatus status);
std::optional<ReminderStatus> parseReminderStatus(const QString &name);

struct ReminderJob
{
    QString id;
    QString appointmentId;
    QString patientId;
    QDateTime appointmentStartUtc; // the start it was planned for
    int leadMinutes = 0;           // before the start: 4320 (72 h), 1440 (24 h), 120 (2 h)
    QDateTime sendAtUtc;
    ContactChannel channel = ContactChannel::Sms; // the patient's preferred way when planned
    ReminderStatus status = ReminderStatus::Pending;
    QDateTime sentAtUtc;
    ContactChannel sentChannel = ContactChannel::None; // the way it went (a fallback, maybe)
    int attempts = 0;
    QString lastError;
    QString contactId; // the contact-log row of the message
    QDateTime createdUtc;
};

// The practice's reminder plan: lead times, and the ways of contact it uses, in the order a
// failed delivery falls back through.
struct ReminderSettings
{
    QList<int> leadMinutes{72 * 60, 24 * 60, 2 * 60};
    QList<ContactChannel> channels{ContactChannel::Sms, ContactChannel::Email, ContactChannel::Phone};

    // The way `patient`'s reminders are planned: their preferred way when the practice uses
    // it, else the practice's first; none for a patient who asked not to be contacted.
    [[nodiscard]] std::optional<ContactChannel> channelFor(const Patient &patient) const;
};

// Where a patient stands on coming to an appointment, as the front desk recorded it.
enum class ConfirmationState { Unconfirmed, LeftMessage, Confirmed, Declined };
QString confirmationStateName(ConfirmationState state);
std::optional<ConfirmationState> parseConfirmationState(const QString &name);
QString confirmationStateText(ConfirmationState state);

// "text message", "email", "phone call", "do not contact": a way of contact as staff read it.
QString contactChannelText(ContactChannel channel);

// "72 h", "2 h", "30 min": a lead time as staff read it.
QString leadText(int minutes);

} // namespace chairside
