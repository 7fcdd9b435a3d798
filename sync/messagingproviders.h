#pragma once

#include "pmsadapter.h"

#include "domain/messaging.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace chairside::sync {

class PmsTransport;

// What a provider said to one send.
struct SendResult
{
    enum class Kind {
        Accepted,      // taken: providerId and status set
        Refused,       // never for this recipient this way (`why`; `stopped`: the number texted STOP)
        Misconfigured, // the practice's settings are wrong (credentials, sender): nothing goes until fixed
        Later,         // throttled or unreachable: try again later
        Unknown,       // the request went but no answer came: it may have been taken
    };
    Kind kind = Kind::Later;
    QString providerId;
    QString status;
    QString code;
    QString why;
    bool stopped = false;
};

// A text's delivery as the provider reports it.
struct DeliveryReport
{
    bool ok = false;   // the provider answered
    MessageState state = MessageState::Accepted; // Accepted while on its way, Delivered, Failed
    QString status;    // queued, sent, delivered, undelivered, failed
    QString code;
    QString why;       // for staff, when it failed
    QString error;     // when the provider did not answer
};

// A message found at the provider by what was sent (after a worker stopped mid-send).
struct Lookup
{
    bool answered = false; // false: the provider could not say (error set)
    bool available = true; // false: this provider offers no lookup to this account
    QString providerId;    // empty: not there
    QString status;
    QString error;
};

struct InboundPage
{
    bool ok = false;
    QList<InboundMessage> messages;
    QString nextPage; // where the next page is, empty on the last
    QString error;
};

// Twilio's Programmable Messaging REST API (2010-04-01), as documented: Messages.json with
// HTTP Basic (Account SID, auth token), form-encoded sends, delivery read per message, replies
// read by listing the practice number's inbound messages with paging. Errors by meaning:
// 21211 / 21614 (not a number that takes texts), 21610 (texted STOP), 21606 / 20003 (the
// practice's sender or credentials), 429 with Retry-After through the shared transport.
class TwilioClient final : public QObject
{
    Q_OBJECT
public:
    // `perMinute`: texts a minute the account may send; reads go at up to `readsPerMinute`.
    TwilioClient(const QUrl &base, const QString &accountSid, const QString &authToken, int perMinute,
                 QObject *parent = nullptr, int readsPerMinute = 600);
    ~TwilioClient() override;

    [[nodiscard]] QString configurationError() const;
    void send(const QString &to, const QString &from, const QString &body, std::function<void(SendResult)> done);
    void delivery(const QString &sid, std::function<void(DeliveryReport)> done);
    // A text to `to` from `from` with `body` sent at or after `sinceUtc`.
    void find(const QString &to, const QString &from, const QString &body, const QDateTime &sinceUtc,
              std::function<void(Lookup)> done);
    // Inbound texts to `practiceNumber` sent on or after `sinceUtc`'s date; `page` continues a read.
    void inbound(const QString &practiceNumber, const QDateTime &sinceUtc, const QString &page,
                 std::function<void(InboundPage)> done);

    // The meaning of a Twilio error or delivery code, for staff ("the number is not a mobile").
    [[nodiscard]] static QString meaning(const QString &code, const QString &fallback);

private:
    QString messagesPath() const;
    // Sends at the account's texts a minute (Twilio queues a number's texts at one a second);
    // reads (delivery states, replies, look-ups) on their own bucket, so they never slow a send.
    std::unique_ptr<PmsTransport> m_transport;
    std::unique_ptr<PmsTransport> m_reads;
    QString m_accountSid;
};

// SendGrid's v3 Web API, as documented: POST /v3/mail/send with a Bearer key, a 202 and its
// X-Message-Id; 4xx errors read from the `errors` array. A send carries the message's id in
// custom_args, so the Email Activity API (an add-on some accounts have) can find it again.
class SendGridClient final : public QObject
{
    Q_OBJECT
public:
    SendGridClient(const QUrl &base, const QString &apiKey, int perMinute, QObject *parent = nullptr);
    ~SendGridClient() override;

    [[nodiscard]] QString configurationError() const;
    void send(const QString &to, const QString &from, const QString &fromName, const QString &subject,
              const QString &body, const QString &messageId, std::function<void(SendResult)> done);
    void find(const QString &messageId, std::function<void(Lookup)> done);

private:
    std::unique_ptr<PmsTransport> m_transport;
};

} // namespace chairside::sync
