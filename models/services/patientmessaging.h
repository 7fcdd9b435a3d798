#pragma once

#include "domain/messaging.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSqlError;

namespace chairside {

class Clock;
class PracticeServices;
struct Patient;
struct UserSession;

namespace store {
class Cache;
}

namespace messaging {

// What became of a contact offered to the messaging providers.
enum class Routed {
    NotMine, // not a text or e-mail the practice sends (not connected, not a reminder or offer, an
             // offer that may not be texted now): it goes to staff as before
    Queued,  // written from the template and queued for the worker, in the caller's write
    Refused, // a reminder that cannot go this way (`why`): the next way is tried
};

// Offers a prepared reminder or offer to the practice's SMS or e-mail provider, in the caller's
// transaction: the recipient checked (a number that can take texts and did not text STOP; an
// address), the text written from the practice's template in the patient's language, quiet
// hours applied (a reminder waits for the morning, an offer is left to staff), and the message
// queued with the ways to fall back to. Sets the contact's message and handledBy when queued.
Routed route(store::Cache &cache, ContactRecord &contact, QString *why, QSqlError *error);

} // namespace messaging

// What `messaging status` and the settings page show.
struct MessagingStatus
{
    MessagingSettings settings;
    QHash<MessageState, int> counts;
    MessagingStep lastSend, lastDelivery, lastReplies;
    int openInbox = 0;
};

// The practice's messaging, for the window, the command line and the worker: the settings
// (providers, sender, quiet hours, templates), what the worker sees and does with each message
// and reply, and the staff inbox. Replies reach the book only through the booking, reminder
// and waitlist services, with the worker's session. Every change is audited with ids only.
class MessagingService
{
public:
    MessagingService(store::Cache &cache, const Clock &clock, PracticeServices &services);

    [[nodiscard]] std::optional<MessagingSettings> settings(QString *error);
    // Office manager: the SMS provider at `url`, sending from `from` (E.164). The secrets
    // are the caller's to keep in the keychain.
    [[nodiscard]] bool connectSms(const QString &provider, const QString &url, const QString &from,
                                  const QString &accountSid, const UserSession &session, QString *error);
    [[nodiscard]] bool connectEmail(const QString &provider, const QString &url, const QString &from,
                                    const UserSession &session, QString *error);
    [[nodiscard]] bool setQuietHours(const QuietHours &quiet, const UserSession &session, QString *error);
    [[nodiscard]] bool setPracticePhone(const QString &phone, const UserSession &session, QString *error);
    // The practice's text for `kind` in `language`, or the default.
    [[nodiscard]] std::optional<QString> templateText(TemplateKind kind, const QString &language, QString *error);
    [[nodiscard]] bool isDefaultTemplate(TemplateKind kind, const QString &language);
    // Office manager: checked first (messagetemplate::check); an empty text goes back to the default.
    [[nodiscard]] bool setTemplate(TemplateKind kind, const QString &language, const QString &text,
                                   const UserSession &session, QString *error);
    [[nodiscard]] std::optional<MessagingStatus> status(QString *error);
    // Whether texts or e-mails can go out at all (a provider is connected).
    [[nodiscard]] bool connected(QString *error = nullptr);

    // A recall message (TemplateKind::Recall, in the patient's language) queued for the
    // worker by the patient's preferred way, text or e-mail, and noted in the contact log
    // (purpose recall), in one write. Refused, with the reason, when messaging is not
    // connected that way, the patient asked not to be contacted, their number texted STOP or
    // they have no number or address for it. Access::FillBook; audited with ids only.
    [[nodiscard]] std::optional<ContactRecord> sendRecall(const QString &patientId, const UserSession &session,
                                                          QString *error);

    // Replies staff must read, and texts that could not reach a patient, newest first.
    [[nodiscard]] std::optional<QList<InboundMessage>> inbox(const UserSession &session, QString *error);
    [[nodiscard]] bool closeInboxItem(const QString &id, const UserSession &session, QString *error);
    // When the patient's mobile number texted STOP (no more texts), or empty.
    [[nodiscard]] std::optional<QDateTime> textsStopped(const Patient &patient);

    // The worker's side. A message the provider took: its id first, then the contact log.
    [[nodiscard]] bool accepted(const OutgoingMessage &message, const QString &providerId, const QString &status,
                                const UserSession &session, QString *error);
    // The provider reported it delivered.
    [[nodiscard]] bool delivered(const OutgoingMessage &message, const QString &status, const UserSession &session,
                                 QString *error);
    // It cannot reach the patient this way (`why` for staff; `stopped`: the number texted STOP):
    // the next way is tried, or staff are asked to call.
    [[nodiscard]] bool failed(const OutgoingMessage &message, const QString &code, const QString &why, bool stopped,
                              const UserSession &session, QString *error);
    // Back to the queue (a passing failure, quiet hours), not before `notBeforeUtc`.
    [[nodiscard]] bool retryLater(const OutgoingMessage &message, const QDateTime &notBeforeUtc, const QString &why,
                                  QString *error);
    // A reply read from the provider: matched to the patient by number and to the latest open
    // request to it, acted on (confirm, cancel, take or decline an offer, stop texts), or left
    // in the staff inbox. Read once: a reply already seen is skipped. False only when the
    // cache failed.
    [[nodiscard]] bool handleReply(const InboundMessage &reply, const UserSession &session, QString *error);

private:
    // These write in the caller's unit of work; false with `e` set when the cache refused.
    bool recordContact(const OutgoingMessage &message, ContactOutcome outcome, const QString &note,
                       const QString &handledBy, const UserSession &session, const QString &auditAction,
                       QSqlError *e);
    bool toStaff(const OutgoingMessage &message, const QString &why, const UserSession &session, QSqlError *e);
    bool queueText(const QString &patientId, const QString &offerId, const QString &recipient, TemplateKind kind,
                   QSqlError *e);
    // The one patient whose mobile is `e164`, or empty.
    QString knownPatient(const QString &e164);
    bool settingsChange(const MessagingSettings &next, const UserSession &session, const QString &detail,
                        QString *error);

    store::Cache &m_cache;
    const Clock &m_clock;
    PracticeServices &m_services;
};

} // namespace chairside
