#pragma once

#include "messagingfake.h"

#include <QSet>

namespace chairside::msgsim {

// SendGrid's Web API v3 on loopback: POST /v3/mail/send with its field-level validation and
// verified senders, and the Email Activity add-on's GET /v3/messages, searched by recipient
// and by the custom_args a mail carried.
//
// Usage: FakeSendGrid mail(u"SG.key"_s); mail.addSender(u"desk@practice.example"_s);
// mail.listen(); then point the client at mail.baseUrl() instead of https://api.sendgrid.com.
class FakeSendGrid : public MessagingFake
{
    Q_OBJECT
public:
    explicit FakeSendGrid(const QString &apiKey, QObject *parent = nullptr);

    // A verified Sender Identity: the only `from` a send may use.
    void addSender(const QString &email) { m_senders.insert(email.toLower()); }
    // Mail to this address shows "not_delivered" in the activity feed.
    void setBouncing(const QString &email) { m_bouncing.insert(email.toLower()); }
    // Without the Email Activity add-on, GET /v3/messages answers 403.
    void setActivityAvailable(bool available) { m_activity = available; }

    // Every accepted mail, oldest first: the request's JSON plus "msg_id" (its X-Message-Id).
    [[nodiscard]] QList<QJsonObject> mails() const;

protected:
    Reply respond(const QHttpServerRequest &request) override;

private:
    struct Mail
    {
        QJsonObject json;
        QDateTime at;
    };

    Reply send(const QHttpServerRequest &request);
    [[nodiscard]] Reply activity(const QHttpServerRequest &request) const;

    QString m_apiKey;
    QSet<QString> m_senders, m_bouncing;
    bool m_activity = true;
    QList<Mail> m_mails; // oldest first
};

} // namespace chairside::msgsim
