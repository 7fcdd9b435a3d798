#include "messagingworker.h"

#include "messagingproviders.h"
#include "pmscredentials.h"

#include "domain/clock.h"
#include "domain/messaging.h"
#include "services/fillservice.h"
#include "services/patientmessaging.h"
#include "services/practiceservices.h"
#include "services/reminderservice.h"
#include "services/servicewrites.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/fillrepository.h"
#include "store/messagerepository.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <optional>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorker, "chairside.messaging.worker")

namespace chairside::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::MessagingWorker)
};

const QString kLease = u"messaging"_s;

// Runs one provider call to its answer.
template<typename Result, typename Call>
Result await(Call &&call)
{
    std::optional<Result> out;
    QEventLoop loop;
    call([&](Result r) {
        out = std::move(r);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

// Whether `holder` ("host/pid/nonce") is a worker on this machine that is no longer running.
bool deadHere(const QString &holder)
{
    const QStringList parts = holder.split(u'/');
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

MessagingWorker::MessagingWorker(PracticeServices &services, QString cacheId, UserSession session)
    : m_services(services), m_cacheId(std::move(cacheId)), m_session(std::move(session)),
      m_holder(QSysInfo::machineHostName() + u'/' + QString::number(::getpid()) + u'/'
               + QUuid::createUuid().toString(QUuid::Id128).left(8))
{
}

MessagingWorker::~MessagingWorker() = default;

bool MessagingWorker::lease(Report &report)
{
    store::Cache &cache = m_services.cache();
    const QDateTime now = m_services.clock().nowUtc();
    QString current;
    QString error;
    bool held = false;
    const bool ok = inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        store::MessageRepository repo(db);
        held = repo.takeLease(kLease, m_holder, now, kLeaseSeconds, &current, e);
        if (e->isValid())
            return false;
        // A worker on this machine that died holds it: taken over at once, not after it runs out.
        if (!held && deadHere(current)) {
            if (!repo.releaseLease(kLease, current, e))
                return false;
            held = repo.takeLease(kLease, m_holder, now, kLeaseSeconds, &current, e);
        }
        return !e->isValid();
    });
    if (!ok) {
        report.problems.append(error);
        return false;
    }
    if (!held)
        report.holder = current;
    return held;
}

void MessagingWorker::release()
{
    QString error;
    (void)inWrite(m_services.cache(), &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::MessageRepository(db).releaseLease(kLease, m_holder, e);
    });
}

bool MessagingWorker::connectProviders(Report &report)
{
    QString error;
    const std::optional<MessagingSettings> s = m_services.messaging().settings(&error);
    if (!s) {
        report.problems.append(error);
        return false;
    }
    const QString shape = s->smsProvider + s->smsUrl + s->smsFrom + u'|' + s->emailProvider + s->emailUrl + s->emailFrom;
    if (shape == m_connectedAs)
        return true;
    m_twilio.reset();
    m_sendGrid.reset();
    m_smsFrom = s->smsFrom;
    m_emailFrom = s->emailFrom;
    if (s->sms()) {
        QString why;
        const std::optional<PmsCredentials> keys = PmsCredentialStore::read(m_cacheId, kTwilioSecrets, &why);
        if (keys)
            m_twilio = std::make_unique<TwilioClient>(QUrl(s->smsUrl), keys->identity, keys->secret, m_smsPerMinute);
        else
            report.problems.append(Text::tr("Texts cannot go: the Twilio keys are not in this computer's keychain "
                                            "(%1). Connect messaging again.")
                                           .arg(why));
    }
    if (s->email()) {
        QString why;
        const std::optional<PmsCredentials> keys = PmsCredentialStore::read(m_cacheId, kSendGridSecrets, &why);
        if (keys)
            m_sendGrid = std::make_unique<SendGridClient>(QUrl(s->emailUrl), keys->apiKey, 600);
        else
            report.problems.append(Text::tr("E-mails cannot go: the SendGrid key is not in this computer's keychain "
                                            "(%1). Connect messaging again.")
                                           .arg(why));
    }
    m_connectedAs = report.problems.isEmpty() ? shape : QString();
    return true;
}

MessagingWorker::Report MessagingWorker::runOnce()
{
    Report report;
    if (!lease(report))
        return report;
    report.worked = true;
    if (!connectProviders(report))
        return report;
    QString error;
    // Reminders fall due; offers run out and pass to the next patient.
    // (What staff must know of them is on the confirmation list, not in this report: it names
    // patients, and the report may go to a system log.)
    if (const std::optional<DispatchReport> d = m_services.reminders().dispatchDue(m_session, &error)) {
        report.queued = d->sent + d->fellBack;
    } else {
        report.problems.append(error);
    }
    if (!m_services.fill().expireOffers(m_session, &error))
        report.problems.append(error);
    recoverUnclear(report);
    if (lease(report))
        sendDue(report);
    // Replies before delivery states: an offer's YES is worth minutes, a delivery state is not.
    if (lease(report))
        readReplies(report);
    if (lease(report))
        readDelivery(report);
    return report;
}

void MessagingWorker::recoverUnclear(Report &report)
{
    store::Cache &cache = m_services.cache();
    MessagingService &messaging = m_services.messaging();
    const QDateTime now = m_services.clock().nowUtc();
    QSqlError sqlError;
    store::MessageRepository repo(cache.database());
    QList<OutgoingMessage> unclear = repo.inState(MessageState::Unclear, 100, &sqlError);
    // A send still marked as going, claimed by a worker that no longer holds the lease.
    for (const OutgoingMessage &m : repo.inState(MessageState::Sending, 100, &sqlError)) {
        // Claimed by a worker that died here, or so long ago that no send of its can still be
        // on its way (the transport gives up on a request after 30 s and does not retry it).
        if (m.claim != m_holder && (deadHere(m.claim) || m.claimedUtc.secsTo(now) > kUnclearAfterSeconds))
            unclear.append(m);
    }
    QString error;
    for (const OutgoingMessage &m : unclear) {
        Lookup found;
        if (m.channel == ContactChannel::Sms && m_twilio) {
            found = await<Lookup>([&](auto done) { m_twilio->find(m.recipient, m_smsFrom, m.body, m.claimedUtc, done); });
        } else if (m.channel == ContactChannel::Email && m_sendGrid) {
            found = await<Lookup>([&](auto done) { m_sendGrid->find(m.id, done); });
        } else {
            continue;
        }
        bool ok = true;
        if (found.answered && !found.providerId.isEmpty()) {
            ok = messaging.accepted(m, found.providerId, found.status, m_session, &error);
            ++report.recovered;
        } else if (found.answered && (m.channel == ContactChannel::Sms || m.claimedUtc.secsTo(now) > 600)) {
            // The provider never had it: it may go again.
            ok = messaging.retryLater(m, now, Text::tr("not found at the provider after an interrupted send"),
                                      &error);
            ++report.resent;
        } else if (!found.available) {
            ok = messaging.failed(m, {},
                                  Text::tr("the e-mail may or may not have gone (the sending was interrupted, and "
                                           "this SendGrid account cannot look it up)"),
                                  false, m_session, &error);
        } else if (m.state != MessageState::Unclear) {
            ok = inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
                return store::MessageRepository(db).setState(m.id, MessageState::Unclear, {}, {}, found.error, now, e)
                        >= 0;
            });
        }
        if (!ok)
            report.problems.append(error);
    }
}

void MessagingWorker::sendDue(Report &report)
{
    store::Cache &cache = m_services.cache();
    MessagingService &messaging = m_services.messaging();
    const Clock &clock = m_services.clock();
    QSqlError sqlError;
    const QList<OutgoingMessage> due = store::MessageRepository(cache.database()).due(clock.nowUtc(), 500, &sqlError);
    const MessagingSettings settings = store::MessageRepository(cache.database()).settings(&sqlError);
    store::PracticeRepository practice(cache.database());
    const std::optional<Practice> office = practice.practice(&sqlError);
    const QTimeZone zone = office ? office->timeZone() : QTimeZone::utc();
    bool smsStopped = false;
    bool emailStopped = false;
    QString error;
    int sinceLease = 0;
    for (const OutgoingMessage &m : due) {
        const bool sms = m.channel == ContactChannel::Sms;
        if ((sms && (smsStopped || !m_twilio)) || (!sms && (emailStopped || !m_sendGrid))) {
            ++report.waiting;
            continue;
        }
        const QDateTime now = clock.nowUtc();
        // What it is about may have changed while it waited.
        if (!m.offerId.isEmpty() && m.purpose == ContactPurpose::WaitlistOffer) {
            const std::optional<WaitlistOffer> o = store::FillRepository(cache.database()).offer(m.offerId, &sqlError);
            if (!o || o->state != OfferState::Offered || o->expiresUtc <= now) {
                (void)inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
                    return store::MessageRepository(db).setState(m.id, MessageState::Cancelled, {}, {},
                                                                 u"offer closed"_s, now, e) >= 0;
                });
                continue;
            }
        }
        if (!m.appointmentId.isEmpty() && m.purpose == ContactPurpose::Reminder) {
            const std::optional<Appointment> a = store::AppointmentRepository(cache.database()).find(m.appointmentId,
                                                                                                     &sqlError);
            if (!a || a->startUtc <= now
                || (a->status != AppointmentStatus::Scheduled && a->status != AppointmentStatus::Confirmed)) {
                (void)inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
                    return store::MessageRepository(db).setState(m.id, MessageState::Cancelled, {}, {},
                                                                 u"visit changed"_s, now, e) >= 0;
                });
                continue;
            }
        }
        // Consent is read again as it goes: a STOP or "do not contact" since it was queued wins.
        const std::optional<Patient> patient =
                store::PracticeRepository(cache.database()).patient(m.patientId, &sqlError);
        const std::optional<QDateTime> stopped =
                sms ? store::MessageRepository(cache.database()).optedOutSince(m.recipient, &sqlError) : std::nullopt;
        if ((patient && patient->doNotContact) || stopped) {
            const QString why = stopped ? Text::tr("the patient texted STOP") : Text::tr("the patient asked not to be contacted");
            if (!messaging.failed(m, {}, why, false, m_session, &error))
                report.problems.append(error);
            ++report.refused;
            continue;
        }
        if (sms && settings.quiet.contains(now.toTimeZone(zone).time())) {
            if (m.purpose == ContactPurpose::WaitlistOffer) {
                if (!messaging.failed(m, {}, Text::tr("quiet hours: offers are not texted at night"), false,
                                      m_session, &error))
                    report.problems.append(error);
            } else if (!messaging.retryLater(m, settings.quiet.nextAllowed(now, zone), Text::tr("quiet hours"),
                                             &error)) {
                report.problems.append(error);
            }
            ++report.waiting;
            continue;
        }
        // Claimed first, in its own write: another worker cannot take it from here on.
        int claimed = 0;
        if (!inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
                claimed = store::MessageRepository(db).claim(m.id, m_holder, now, e);
                return claimed >= 0;
            })) {
            report.problems.append(error);
            return;
        }
        if (claimed == 0)
            continue;
        if (++sinceLease >= 20) {
            sinceLease = 0;
            if (!lease(report))
                return;
        }
        OutgoingMessage claimedMessage = m;
        claimedMessage.claim = m_holder;
        claimedMessage.claimedUtc = now;
        const SendResult r = sms ? await<SendResult>([&](auto done) {
            m_twilio->send(m.recipient, m_smsFrom, m.body, done);
        })
                                 : await<SendResult>([&](auto done) {
                                       m_sendGrid->send(m.recipient, m_emailFrom, office ? office->name : QString(),
                                                        m.subject, m.body, m.id, done);
                                   });
        bool ok = true;
        switch (r.kind) {
        case SendResult::Kind::Accepted:
            ok = messaging.accepted(claimedMessage, r.providerId, r.status, m_session, &error);
            ++report.sent;
            break;
        case SendResult::Kind::Refused:
            ok = messaging.failed(claimedMessage, r.code, r.why, r.stopped, m_session, &error);
            ++report.refused;
            break;
        case SendResult::Kind::Misconfigured:
            ok = messaging.retryLater(claimedMessage, clock.nowUtc().addSecs(300), r.why, &error);
            report.problems.append(r.why);
            (sms ? smsStopped : emailStopped) = true;
            ++report.waiting;
            break;
        case SendResult::Kind::Later:
            ok = messaging.retryLater(claimedMessage, clock.nowUtc().addSecs(60), r.why, &error);
            (sms ? smsStopped : emailStopped) = true;
            if (r.code == u"not_connected" && !report.problems.contains(r.why))
                report.problems.append(r.why);
            ++report.waiting;
            break;
        case SendResult::Kind::Unknown:
            if (!report.problems.contains(r.why))
                report.problems.append(r.why);
            ok = inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
                return store::MessageRepository(db).setState(m.id, MessageState::Unclear, {}, {}, r.why,
                                                             clock.nowUtc(), e) >= 0;
            });
            ++report.waiting;
            break;
        }
        if (!ok)
            report.problems.append(error);
    }
    const store::MessageRepository::Step step{clock.nowUtc(),
                                              u"sent %1, refused %2, waiting %3"_s.arg(report.sent)
                                                      .arg(report.refused)
                                                      .arg(report.waiting)};
    (void)inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::MessageRepository(db).setLastStep(u"send"_s, step, e);
    });
}

void MessagingWorker::readDelivery(Report &report)
{
    if (!m_twilio)
        return;
    store::Cache &cache = m_services.cache();
    MessagingService &messaging = m_services.messaging();
    const Clock &clock = m_services.clock();
    QSqlError sqlError;
    // Texts sent in the last three days whose delivery is not known, each checked once a minute at most.
    const QList<OutgoingMessage> waiting = store::MessageRepository(cache.database())
                                                   .awaitingDelivery(clock.nowUtc().addSecs(-60),
                                                                     clock.nowUtc().addDays(-3), 30, &sqlError);
    QString error;
    int unanswered = 0;
    for (const OutgoingMessage &m : waiting) {
        const DeliveryReport d = await<DeliveryReport>([&](auto done) { m_twilio->delivery(m.providerId, done); });
        bool ok = true;
        if (!d.ok) {
            // This one is asked again later; the others still are now.
            ++unanswered;
            (void)inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
                return store::MessageRepository(db).setState(m.id, MessageState::Accepted, {}, {}, d.error,
                                                             clock.nowUtc(), e) >= 0;
            });
            continue;
        }
        if (d.state == MessageState::Delivered) {
            ok = messaging.delivered(m, d.status, m_session, &error);
            ++report.delivered;
        } else if (d.state == MessageState::Failed) {
            ok = messaging.failed(m, d.code, d.why, d.code == u"21610", m_session, &error);
            ++report.undelivered;
        } else {
            ok = inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
                return store::MessageRepository(db).setState(m.id, MessageState::Accepted, d.status, {}, {},
                                                             clock.nowUtc(), e) >= 0;
            });
        }
        if (!ok)
            report.problems.append(error);
    }
    const MessagingStep step{
            clock.nowUtc(), unanswered == 0 || unanswered < waiting.size()
                    ? u"delivered %1, undelivered %2"_s.arg(report.delivered).arg(report.undelivered)
                    : u"Twilio did not answer"_s};
    (void)inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::MessageRepository(db).setLastStep(u"delivery"_s, step, e);
    });
}

void MessagingWorker::readReplies(Report &report)
{
    if (!m_twilio)
        return;
    store::Cache &cache = m_services.cache();
    MessagingService &messaging = m_services.messaging();
    const Clock &clock = m_services.clock();
    QSqlError sqlError;
    const store::MessageRepository::Step last =
            store::MessageRepository(cache.database()).lastStep(u"replies"_s, &sqlError);
    // From the day before the last read (a day boundary in another zone loses nothing).
    const QDateTime since = (last.atUtc.isValid() && last.result.startsWith(u"read")) ? last.atUtc.addDays(-1)
                                                                                     : clock.nowUtc().addDays(-2);
    QList<InboundMessage> replies;
    QString page;
    QString failure;
    for (int pages = 0; pages < 50; ++pages) {
        const InboundPage p = await<InboundPage>([&](auto done) { m_twilio->inbound(m_smsFrom, since, page, done); });
        if (!p.ok) {
            failure = p.error;
            break;
        }
        replies.append(p.messages);
        page = p.nextPage;
        if (page.isEmpty())
            break;
    }
    std::sort(replies.begin(), replies.end(),
              [](const InboundMessage &a, const InboundMessage &b) { return a.receivedUtc < b.receivedUtc; });
    QString error;
    int read = 0;
    for (const InboundMessage &in : replies) {
        if (store::MessageRepository(cache.database()).hasInbound(in.providerId, &sqlError))
            continue;
        if (!messaging.handleReply(in, m_session, &error)) {
            report.problems.append(error);
            break;
        }
        ++read;
    }
    report.replies = read;
    const store::MessageRepository::Step step{clock.nowUtc(), failure.isEmpty()
                                                                      ? u"read %1 new"_s.arg(read)
                                                                      : u"Twilio did not answer: "_s + failure};
    (void)inWrite(cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::MessageRepository(db).setLastStep(u"replies"_s, step, e);
    });
}

} // namespace chairside::sync
