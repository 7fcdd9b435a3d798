#pragma once

#include "practice.h"
#include "session.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside {

// Freed time offered to a waitlist entry, and what became of the offer.
enum class OfferState { Offered, Accepted, Declined, Expired, Withdrawn };
QString offerStateName(OfferState state); // stable: "offered", "accepted", …
QString offerStateText(OfferState state); // as staff read it, in the current language
std::optional<OfferState> parseOfferState(const QString &name);

struct WaitlistOffer
{
    QString id;
    QString slotKey; // chair, provider and start: the offers of one freed time share it
    QString chairId;
    QString providerId;
    QDateTime startUtc;
    int minutes = 0;
    QString entryId;
    QString patientId;
    QString typeId;
    OfferState state = OfferState::Offered;
    bool direct = false; // made by staff to a chosen entry, outside the list's order
    QDateTime offeredUtc;
    QDateTime expiresUtc;
    QDateTime decidedUtc;
    QString appointmentId; // the booking an accepted offer made
    QString correlationId;
    QString offeredBy;     // user id
};

// Why staff contacted a patient about the schedule, and how it went.
enum class ContactPurpose { WaitlistOffer, Reschedule, NoShowFollowUp, Reminder, Confirmation, Recall };
QString contactPurposeName(ContactPurpose purpose);
std::optional<ContactPurpose> parseContactPurpose(const QString &name);

// Delivered: the provider reported the text delivered; Replied: the patient answered with
// something staff must read.
enum class ContactOutcome { Prepared, Accepted, Declined, NoAnswer, Sent, LeftMessage, Failed, Delivered, Replied };
QString contactOutcomeName(ContactOutcome outcome);
QString contactOutcomeText(ContactOutcome outcome);
QString contactPurposeText(ContactPurpose purpose);
std::optional<ContactOutcome> parseContactOutcome(const QString &name);

// One contact attempt: the message as prepared in the patient's language, the channel it
// went by and what came of it. Kept in the encrypted cache; the audit log has the ids only.
struct ContactRecord
{
    QString id;
    QString patientId;
    QString appointmentId;
    QString offerId;
    ContactPurpose purpose = ContactPurpose::WaitlistOffer;
    ContactChannel channel = ContactChannel::Phone;
    QString handledBy; // the message channel: "staff_call", "pms_commlog"
    QString language;
    QString message;
    ContactOutcome outcome = ContactOutcome::Prepared;
    QString newAppointmentId;
    QString correlationId;
    QString userId;
    QDateTime createdUtc;
};

// No-shows are counted over the months up to now: booking's warning, the no-show standing and
// the patient's card.
inline constexpr int kNoShowMonths = 12;

// The practice's choices for filling the book.
struct FillSettings
{
    int offersAtOnce = 1;     // 1, or up to 3 open offers for one freed time
    int offerMinutes = 30;    // how long an offer stays open
    bool autoNoShow = false;  // mark late appointments no-show without asking
    int noShowLimit = 3;      // more no-shows than this in 12 months and booking warns
    bool noShowNeedsApproval = false; // …or needs an office manager's approval instead

    // Whether `noShows` in twelve months is over the practice's limit.
    [[nodiscard]] bool overNoShowLimit(int noShows) const { return noShows > noShowLimit; }
    // Whether `role` booking a patient with `noShows` needs an office manager's approval.
    [[nodiscard]] bool bookingNeedsApproval(int noShows, Role role) const
    {
        return noShowNeedsApproval && overNoShowLimit(noShows) && role != Role::OfficeManager && role != Role::System;
    }
};

} // namespace chairside
