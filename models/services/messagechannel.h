#pragma once

#include "domain/fill.h"

#include <QString>

class QSqlDatabase;

namespace chairside {

// A message to a patient about the schedule, prepared in their language.
struct OutgoingMessage
{
    QString patientId;
    QString appointmentId;
    QString offerId;
    ContactPurpose purpose = ContactPurpose::WaitlistOffer;
    ContactChannel channel = ContactChannel::Phone; // the patient's preferred way
    QString language;
    QString text;
    QString correlationId;
};

// Where prepared messages go. Chairside sends no SMS or email itself: a channel hands the
// message on (to staff, to the practice system's communication log…) inside the write that
// records the contact, so the hand-over and the contact log stand or fall together.
class MessageChannel
{
public:
    virtual ~MessageChannel() = default;
    // Stable name kept with each contact: "staff_call", …
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual bool handles(ContactChannel channel) const = 0;
    // False with `error` set when the message could not be handed on.
    [[nodiscard]] virtual bool hand(QSqlDatabase &db, const OutgoingMessage &message, QString *error) = 0;
};

// Staff make the call, or send the text from the practice's own phone or mail, themselves:
// the message waits in the contact log ("to contact") for them to read out, and they record
// the answer. Handles every way of contact.
class StaffCallChannel final : public MessageChannel
{
public:
    static inline const QString kName = QStringLiteral("staff_call");
    [[nodiscard]] QString name() const override { return kName; }
    [[nodiscard]] bool handles(ContactChannel channel) const override { return channel != ContactChannel::None; }
    [[nodiscard]] bool hand(QSqlDatabase &, const OutgoingMessage &, QString *) override { return true; }
};

} // namespace chairside
