#pragma once

#include "messagingfake.h"

#include <QHash>
#include <QSet>

namespace chairside::msgsim {

// Twilio's Programmable Messaging REST API (2010-04-01) on loopback: sending with the documented
// error codes, delivery that advances one step each time a message is fetched, inbound replies
// with STOP/START handling, and the paged, filtered message list.
//
// Usage: FakeTwilio sms(u"AC..."_s, u"token"_s); sms.addNumber(u"+15125550100"_s); sms.listen();
// then point the client at sms.baseUrl() instead of https://api.twilio.com.
// Simulator-only route (no auth, never Twilio's): POST /sim/inbound with form From, To, Body.
class FakeTwilio : public MessagingFake
{
    Q_OBJECT
public:
    FakeTwilio(const QString &accountSid, const QString &authToken, QObject *parent = nullptr);

    // The practice's Twilio numbers: the only `From` a send may use.
    void addNumber(const QString &e164) { m_numbers.insert(e164); }
    // The rate limit counts sends only (a number's texts a second), not reads.
    void setLimitSendsOnly(bool on) { m_limitSendsOnly = on; }
    // A `To` Twilio refuses as not a phone number (21211).
    void setInvalid(const QString &number) { m_invalid.insert(number); }
    // Delivery ends "undelivered", 30006 (landline or unreachable carrier).
    void setLandline(const QString &number) { m_landline.insert(number); }
    // Delivery ends "failed", 30003 (unreachable destination handset).
    void setUnreachable(const QString &number) { m_unreachable.insert(number); }

    // A reply from a patient's phone to a practice number; its sid. STOP, STOPALL, UNSUBSCRIBE,
    // CANCEL, END, QUIT, REVOKE, OPTOUT opt the sender out of that number; START, YES, UNSTOP
    // opt back in (the whole trimmed body, any case).
    QString receive(const QString &fromE164, const QString &toPracticeNumber, const QString &body);
    // Whether `number` replied STOP to `practiceNumber` (to any practice number when empty).
    [[nodiscard]] bool optedOut(const QString &number, const QString &practiceNumber = {}) const;
    // Moves every outbound message to its final state.
    void settleAll();

    // Every message, outbound and inbound, oldest first, as Twilio's Message resource.
    [[nodiscard]] QList<QJsonObject> messages() const;
    // The outbound messages to `number`, oldest first.
    [[nodiscard]] QList<QJsonObject> sentTo(const QString &number) const;

protected:
    Reply respond(const QHttpServerRequest &request) override;

private:
    struct Message
    {
        QJsonObject json;
        QDateTime created, sent; // sent is invalid until it is sent
        bool outbound = true;
    };

    [[nodiscard]] static Reply error(int status, int code, const QString &message);
    [[nodiscard]] bool authorized(const QHttpServerRequest &request) const;
    Reply send(const QHttpServerRequest &request);
    Reply list(const QHttpServerRequest &request) const;
    Reply fetch(const QString &sid);
    Reply simulateInbound(const QHttpServerRequest &request);
    Message &store(const QString &from, const QString &to, const QString &body, bool outbound);
    void advance(Message &m); // one step of queued → sent → delivered / undelivered / failed
    [[nodiscard]] QString messagesUri() const;

    QString m_accountSid;
    bool m_limitSendsOnly = false;
    QString m_authToken;
    QSet<QString> m_numbers, m_invalid, m_landline, m_unreachable;
    QHash<QString, QSet<QString>> m_optedOut; // by practice number
    QList<Message> m_messages; // oldest first
    QHash<QString, qsizetype> m_bySid;
};

} // namespace chairside::msgsim
