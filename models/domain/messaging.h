#pragma once

#include "fill.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

// Texts and e-mails to patients, sent through the practice's providers (Twilio, SendGrid) by
// the messaging worker: what a queued message is, the practice's settings, quiet hours, the
// templates messages are written from, and how a patient's reply is read.
namespace chairside {

// A message's way to the patient. Queued → Sending (claimed by a worker, the request on its
// way) → Accepted (the provider took it and gave its id) → Delivered, or Failed (refused, or
// reported undelivered). Unclear: a worker stopped between sending and hearing back; it is
// looked up at the provider, never sent again blindly. Cancelled: withdrawn before it went.
enum class MessageState { Queued, Sending, Accepted, Delivered, Failed, Unclear, Cancelled };
QString messageStateName(MessageState state);
std::optional<MessageState> parseMessageState(const QString &name);
QString messageStateText(MessageState state);

struct OutgoingMessage
{
    QString id;
    QString patientId;
    QString appointmentId;
    QString offerId;
    QString contactId; // the contact-log row it was written for
    ContactPurpose purpose = ContactPurpose::Reminder;
    ContactChannel channel = ContactChannel::Sms; // Sms or Email
    QString recipient;  // E.164 number or e-mail address
    QString subject;    // e-mail only
    QString body;
    QString language;
    MessageState state = MessageState::Queued;
    QDateTime notBeforeUtc;       // quiet hours or a retry push it later
    QList<ContactChannel> fallbacks; // ways still to try when this one fails, in order
    QString claim;                // the worker that is sending it
    QDateTime claimedUtc;
    QString providerId;           // Twilio's sid, SendGrid's X-Message-Id
    QString providerStatus;       // the provider's own word: queued, sent, delivered, undelivered…
    QString errorCode;
    QString error;                // why it failed, for staff
    int attempts = 0;
    QDateTime sentUtc;
    QDateTime updatedUtc;
    QDateTime createdUtc;
};

// A reply read back from the SMS provider.
struct InboundMessage
{
    QString providerId;
    QString from;   // E.164
    QString body;
    QDateTime receivedUtc;
    QString patientId;
    QString messageId; // the request it answered, when one matched
    QString action;    // confirmed, cancelled, accepted, taken, declined, stopped, inbox
    bool open = false; // waits in the staff inbox
    QString note;      // what was done, for staff
};

// The practice's quiet hours, in its own zone: no texts from `from` to `to` (over midnight
// when `from` is later than `to`). Off when from == to.
struct QuietHours
{
    QTime from{20, 0};
    QTime to{8, 0};

    [[nodiscard]] bool off() const { return from == to; }
    [[nodiscard]] bool contains(const QTime &local) const;
    // The first instant at or after `utc` outside quiet hours.
    [[nodiscard]] QDateTime nextAllowed(const QDateTime &utc, const QTimeZone &zone) const;
    // "20:00-08:00" or "off"; parse() takes the same (and "20:00–08:00").
    [[nodiscard]] QString text() const;
    [[nodiscard]] static std::optional<QuietHours> parse(const QString &text);
};

// The practice's messaging: the SMS and e-mail providers (empty when not connected), where
// they are, whom messages come from. Secrets are in the keychain, not here.
struct MessagingSettings
{
    QString smsProvider;   // "twilio" or empty
    QString smsUrl;        // https://api.twilio.com, or a Twilio-compatible provider
    QString smsFrom;       // E.164
    QString accountSid;    // Twilio's account (not a secret: it is in every URL)
    QString emailProvider; // "sendgrid" or empty
    QString emailUrl;      // https://api.sendgrid.com
    QString emailFrom;
    QString practicePhone; // the number patients call, in messages ({phone}); the SMS number when empty
    QuietHours quiet;

    [[nodiscard]] bool sms() const { return !smsProvider.isEmpty(); }
    [[nodiscard]] bool email() const { return !emailProvider.isEmpty(); }
    [[nodiscard]] bool sends(ContactChannel way) const
    {
        return (way == ContactChannel::Sms && sms()) || (way == ContactChannel::Email && email());
    }
};

// What the messaging worker last did in one of its steps (send, delivery, replies).
struct MessagingStep
{
    QDateTime atUtc;
    QString result;
};

// The messages written from templates, per language.
enum class TemplateKind { Reminder, Offer, OfferTaken, EmailFooter, Recall };
QString templateKindName(TemplateKind kind);
std::optional<TemplateKind> parseTemplateKind(const QString &name);
QList<TemplateKind> templateKinds();

namespace messagetemplate {
// The placeholders a template may use: {first_name}, {date}, {time}, {practice}, {phone},
// {minutes} (how long an offer is held).
QStringList placeholders();
// Why `text` cannot be saved (an unknown or unclosed placeholder, empty, too long for three
// text segments), or empty.
QString check(const QString &text);
// `text` with each {name} replaced by `fields[name]`.
QString render(const QString &text, const QHash<QString, QString> &fields);
} // namespace messagetemplate

// What a patient's reply says, read without regard to case or accents.
enum class ReplyIntent { Yes, No, Stop, Start, Other };
ReplyIntent readReply(const QString &body);

} // namespace chairside
