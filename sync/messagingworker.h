#pragma once

#include "domain/session.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace chairside {
class PracticeServices;
}

namespace chairside::sync {

class TwilioClient;
class SendGridClient;

// The practice's messaging worker: one pass sends the messages that are due, reads delivery
// states and replies. Only the holder of the practice's lease (a row in the cache, renewed at
// every step) works, so two desks never send the same message; each message is claimed before
// its request goes and the provider's id recorded the moment it answers. A message a worker
// was sending when it stopped is looked up at the provider, never sent again blindly. Runs in
// `chairside-cli worker` and beside the window; its calls block (each request in a local
// event loop), so it lives in a process or thread of its own.
class MessagingWorker
{
public:
    static constexpr int kLeaseSeconds = 120;
    // A send still marked as going after this long was cut off: it is looked up.
    static constexpr int kUnclearAfterSeconds = 600;

    struct Report
    {
        bool worked = false;  // held the lease and did the pass
        QString holder;       // who holds the lease when another worker does
        int queued = 0;       // reminders due, written and queued this pass
        int sent = 0;
        int refused = 0;      // could not go this way: fell back or went to staff
        int delivered = 0;
        int undelivered = 0;
        int recovered = 0;    // unclear sends found at the provider
        int resent = 0;       // unclear sends the provider never had, queued again
        int replies = 0;
        int waiting = 0;      // left for later: quiet hours, throttled, a provider down
        QStringList problems; // what staff or the office manager must fix
    };

    // `cacheId`: where the keychain keeps the providers' secrets.
    MessagingWorker(PracticeServices &services, QString cacheId, UserSession session);
    ~MessagingWorker();

    // Texts a minute the SMS account allows (Twilio: one a second from a long code).
    void setSmsPerMinute(int perMinute) { m_smsPerMinute = perMinute; m_connectedAs.clear(); }

    [[nodiscard]] Report runOnce();
    // Gives the lease up (a worker that stops cleanly).
    void release();
    [[nodiscard]] const QString &holder() const { return m_holder; }

    // The keychain entries of the providers' secrets.
    static inline const QString kTwilioSecrets = QStringLiteral("messaging-twilio");
    static inline const QString kSendGridSecrets = QStringLiteral("messaging-sendgrid");

private:
    bool lease(Report &report);
    void recoverUnclear(Report &report);
    void sendDue(Report &report);
    void readDelivery(Report &report);
    void readReplies(Report &report);
    bool connectProviders(Report &report);

    PracticeServices &m_services;
    QString m_cacheId;
    UserSession m_session;
    QString m_holder;
    std::unique_ptr<TwilioClient> m_twilio;
    std::unique_ptr<SendGridClient> m_sendGrid;
    QString m_smsFrom;
    QString m_emailFrom;
    QString m_connectedAs; // the settings the clients were made for
    int m_smsPerMinute = 60;
};

} // namespace chairside::sync
