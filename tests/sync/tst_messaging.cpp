#include "testsupport.h"
#include "practicecache.h"
#include "faketwilio.h"
#include "fakesendgrid.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"
#include "services/patientmessaging.h"
#include "services/practiceservices.h"
#include "services/reminderservice.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/fillrepository.h"
#include "store/messagerepository.h"
#include "store/practicerepository.h"
#include "store/reminderrepository.h"
#include "sync/messagingworker.h"
#include "sync/pmscredentials.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// One dentist weekdays 08–17 in Chicago; patients reached by text, by e-mail, or neither.
const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Text Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "maxDailyPatients": 30,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Periodontal exam", "minutes": 30 } ],
  "patients": [
    { "id": "ana", "name": "Ana Ruiz", "phone": "512-555-0101", "email": "ana@example.com", "language": "es",
      "contact": { "preferred": "sms" } },
    { "id": "ben", "name": "Ben Ode", "phone": "512-555-0102", "email": "ben@example.com", "contact": { "preferred": "sms" } },
    { "id": "di", "name": "Di Lee", "phone": "512-555-0104", "contact": { "preferred": "sms" } },
    { "id": "eve", "name": "Eve Park", "phone": "512-555-0105", "contact": { "preferred": "sms" } },
    { "id": "fay", "name": "Fay Moss", "phone": "512-555-0106", "contact": { "preferred": "sms" } },
    { "id": "gus", "name": "Gus Lind", "phone": "512-555-0107", "contact": { "preferred": "sms" } },
    { "id": "ivy", "name": "Ivy Lee", "phone": "(512) 555-0104", "contact": { "preferred": "sms" } } ],
  "waitlist": [
    { "id": "w-fay", "patientId": "fay", "typeId": "exam", "earliest": "2026-11-30", "latest": "2026-12-31", "urgency": 9, "since": "2026-11-01T10:00" },
    { "id": "w-gus", "patientId": "gus", "typeId": "exam", "earliest": "2026-11-30", "latest": "2026-12-31", "urgency": 8, "since": "2026-11-02T10:00" } ]
})";

const QString kFrom = u"+15125550100"_s;

} // namespace

// The messaging worker over real HTTP against loopback fakes of Twilio and SendGrid, on a
// test clock: reminders at their times, delivery states, fallbacks, STOP, quiet hours, replies
// that confirm, cancel and take offers, and the lease.
class TestMessaging : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_desk{u"frontdesk-1"_s, u"s"_s, u"ws"_s, Role::FrontDesk, {}};
    UserSession m_manager{u"manager-1"_s, u"s"_s, u"ws"_s, Role::OfficeManager, {}};
    UserSession m_worker{u"worker:messaging"_s, u"w"_s, u"ws"_s, Role::System, {}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<PracticeServices> m_services;
    std::unique_ptr<msgsim::FakeTwilio> m_twilio;
    std::unique_ptr<msgsim::FakeSendGrid> m_sendGrid;
    std::unique_ptr<sync::MessagingWorker> m_workerA;
    QString m_cacheId;

    Appointment book(const QString &patient, const QString &when, const QString &chair = u"c1"_s)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = chair;
        r.startUtc = test::chicago(when);
        const BookingOutcome o = m_services->booking().book(r, m_desk);
        if (!o.ok())
            qWarning() << "booking refused:" << o.message;
        return o.appointment;
    }

    void at(const QString &chicago) { m_clock.setNowUtc(test::chicago(chicago)); }

    sync::MessagingWorker::Report pass()
    {
        return m_workerA->runOnce();
    }

    QList<QJsonObject> textsTo(const QString &number) const { return m_twilio->sentTo(number); }

    QStringList outcomes(const QString &appointmentId)
    {
        QStringList out;
        for (const ContactRecord &c : store::FillRepository(m_cache->database()).contactsFor(appointmentId))
            out << contactChannelName(c.channel) + u':' + contactOutcomeName(c.outcome);
        return out;
    }

    AppointmentStatus statusOf(const QString &id)
    {
        return store::AppointmentRepository(m_cache->database()).find(id)->status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
    }

    void init()
    {
        at(u"2026-11-30T08:00"_s);
        m_dir = std::make_unique<QTemporaryDir>();
        QString why;
        m_cache = test::practiceCache(m_dir->path(), m_keys, m_clock, kPractice, &why);
        QVERIFY2(m_cache, qPrintable(why));
        m_services = std::make_unique<PracticeServices>(*m_cache, m_clock);
        m_twilio = std::make_unique<msgsim::FakeTwilio>(u"ACtest"_s + QString(30, u'0'), u"token"_s);
        m_twilio->addNumber(kFrom);
        m_twilio->setNow([this] { return m_clock.nowUtc(); });
        QVERIFY(m_twilio->listen());
        m_sendGrid = std::make_unique<msgsim::FakeSendGrid>(u"SG.key"_s);
        m_sendGrid->addSender(u"desk@textdental.example"_s);
        m_sendGrid->setNow([this] { return m_clock.nowUtc(); });
        QVERIFY(m_sendGrid->listen());
        m_cacheId = u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY2(sync::PmsCredentialStore::write(m_cacheId, sync::MessagingWorker::kTwilioSecrets,
                                                 {u"ACtest"_s + QString(30, u'0'), u"token"_s, {}}, &why),
                 qPrintable(why));
        QVERIFY2(sync::PmsCredentialStore::write(m_cacheId, sync::MessagingWorker::kSendGridSecrets,
                                                 {{}, {}, u"SG.key"_s}, &why),
                 qPrintable(why));
        QVERIFY2(m_services->messaging().connectSms(u"twilio"_s, m_twilio->baseUrl(), kFrom,
                                                   u"ACtest"_s + QString(30, u'0'), m_manager, &why),
                 qPrintable(why));
        QVERIFY2(m_services->messaging().connectEmail(u"sendgrid"_s, m_sendGrid->baseUrl(),
                                                     u"desk@textdental.example"_s, m_manager, &why),
                 qPrintable(why));
        m_workerA = std::make_unique<sync::MessagingWorker>(*m_services, m_cacheId, m_worker);
        m_workerA->setSmsPerMinute(6000);
    }

    void cleanup()
    {
        m_workerA.reset();
        m_services.reset();
        m_cache.reset();
        m_twilio.reset();
        m_sendGrid.reset();
    }

    // The 24-hour reminder goes at its time, from the Spanish template, naming no procedure;
    // its delivery comes back step by step and is logged.
    void remindersGoOutAtTheirTimesAndDeliveryComesBack()
    {
        const Appointment a = book(u"ana"_s, u"2026-12-01T11:00"_s);
        QVERIFY(!a.id.isEmpty());
        sync::MessagingWorker::Report r = pass();
        QVERIFY2(r.worked && r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
        QCOMPARE(m_twilio->accepted(), 0);

        at(u"2026-11-30T10:57"_s); // within the dispatch lead of 11:00
        r = pass();
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
        QCOMPARE(r.sent, 1);
        const QList<QJsonObject> texts = textsTo(u"+15125550101"_s);
        QCOMPARE(texts.size(), 1);
        const QString body = texts.first().value(u"body"_s).toString();
        QVERIFY2(body.startsWith(u"Hola Ana"_s), qPrintable(body));
        QVERIFY2(body.contains(u"martes"_s) && body.contains(u"Text Dental"_s), qPrintable(body));
        QVERIFY2(!body.contains(u"exam"_s, Qt::CaseInsensitive), qPrintable(body));
        QCOMPARE(texts.first().value(u"from"_s).toString(), kFrom);
        const std::optional<OutgoingMessage> m =
                store::MessageRepository(m_cache->database()).byProviderId(texts.first().value(u"sid"_s).toString());
        QVERIFY(m);
        QCOMPARE(m->state, MessageState::Accepted);

        // Each delivery check a minute apart moves it on: sent, then delivered.
        m_clock.advanceSeconds(90);
        r = pass();
        QCOMPARE(r.delivered, 0);
        m_clock.advanceSeconds(90);
        r = pass();
        QCOMPARE(r.delivered, 1);
        QCOMPARE(store::MessageRepository(m_cache->database()).find(m->id)->state, MessageState::Delivered);
        QVERIFY2(outcomes(a.id).contains(u"sms:delivered"_s), qPrintable(outcomes(a.id).join(u' ')));
        QVERIFY(outcomes(a.id).contains(u"sms:sent"_s));
        QCOMPARE(m_twilio->accepted(), 1); // nothing twice

        // The 2-hour reminder the next morning.
        at(u"2026-12-01T09:00"_s);
        QCOMPARE(pass().sent, 1);
        QCOMPARE(textsTo(u"+15125550101"_s).size(), 2);
    }

    // A number Twilio refuses falls back to e-mail; a landline reported undelivered with no
    // address on file goes to staff with the reason.
    void failuresFallBackToEmailThenToStaff()
    {
        m_twilio->setInvalid(u"+15125550102"_s);
        m_twilio->setLandline(u"+15125550104"_s);
        const Appointment ben = book(u"ben"_s, u"2026-12-01T11:00"_s);
        const Appointment di = book(u"di"_s, u"2026-12-01T12:00"_s, u"c2"_s);
        at(u"2026-11-30T12:00"_s);
        sync::MessagingWorker::Report r = pass();
        QCOMPARE(r.refused, 1);  // Ben's number
        QCOMPARE(r.sent, 1);     // Di's, for now
        r = pass();              // Ben's e-mail goes
        QCOMPARE(m_sendGrid->accepted(), 1);
        const QJsonObject mail = m_sendGrid->mails().first();
        QCOMPARE(mail.value(u"personalizations"_s).toArray().first().toObject().value(u"to"_s).toArray().first()
                         .toObject().value(u"email"_s).toString(),
                 u"ben@example.com"_s);
        QVERIFY2(outcomes(ben.id).contains(u"sms:failed"_s) && outcomes(ben.id).contains(u"email:sent"_s),
                 qPrintable(outcomes(ben.id).join(u' ')));

        m_clock.advanceSeconds(90);
        (void)pass();
        m_clock.advanceSeconds(90);
        r = pass();
        QCOMPARE(r.undelivered, 1);
        QString error;
        const std::optional<QList<InboundMessage>> inbox = m_services->messaging().inbox(m_desk, &error);
        QVERIFY2(inbox, qPrintable(error));
        QCOMPARE(inbox->size(), 1);
        QCOMPARE(inbox->first().patientId, u"di"_s);
        QVERIFY(inbox->first().open);
        QVERIFY2(inbox->first().note.contains(u"not a mobile"_s), qPrintable(inbox->first().note));
        QVERIFY(outcomes(di.id).contains(u"phone:prepared"_s));
    }

    // STOP is kept: no more texts to that number, the next reminder goes by e-mail, and
    // the card's services can say so.
    void stopIsHonoured()
    {
        m_twilio->receive(u"+15125550101"_s, kFrom, u"STOP"_s);
        m_clock.advanceSeconds(60);
        sync::MessagingWorker::Report r = pass();
        QCOMPARE(r.replies, 1);
        const std::optional<Patient> ana = store::PracticeRepository(m_cache->database()).patient(u"ana"_s);
        QVERIFY(m_services->messaging().textsStopped(*ana).has_value());
        QString why;
        const PatientSearchResult found = m_services->desk().findPatients(u"ana ruiz"_s, 5, m_desk, &why);
        QVERIFY2(found.found.size() == 1 && found.found.first().textsStopped, qPrintable(why));
        const Appointment a = book(u"ana"_s, u"2026-12-01T11:00"_s);
        at(u"2026-11-30T11:00"_s);
        r = pass();
        QCOMPARE(m_twilio->accepted(), 0);
        QCOMPARE(m_sendGrid->accepted(), 1);
        QVERIFY2(outcomes(a.id).contains(u"email:sent"_s), qPrintable(outcomes(a.id).join(u' ')));
    }

    // No texts at night: a reminder due at 21:00 waits for 08:00; an offer is not texted.
    void quietHoursHold()
    {
        ReminderSettings s;
        s.leadMinutes = {13 * 60};
        QString error;
        QVERIFY2(m_services->reminders().setSettings(s, m_manager, &error), qPrintable(error));
        book(u"ana"_s, u"2026-12-01T10:00"_s); // 13 h before: Monday 21:00
        at(u"2026-11-30T21:00"_s);
        sync::MessagingWorker::Report r = pass();
        QCOMPARE(m_twilio->accepted(), 0);
        at(u"2026-12-01T07:59"_s);
        r = pass();
        QCOMPARE(m_twilio->accepted(), 0);
        at(u"2026-12-01T08:00"_s);
        r = pass();
        QCOMPARE(m_twilio->accepted(), 1);

        // A freed time at night: the offer is made for staff to call, not texted.
        at(u"2026-12-01T21:30"_s);
        const FreedSlot slot{u"c2"_s, u"dr-a"_s, test::chicago(u"2026-12-02T09:00"_s), 30};
        const std::optional<QList<WaitlistOffer>> made = m_services->fill().offerSlot(slot, m_desk, &error);
        QVERIFY2(made && !made->isEmpty(), qPrintable(error));
        r = pass();
        QCOMPARE(m_twilio->accepted(), 1);
        const QList<ContactRecord> contacts =
                store::FillRepository(m_cache->database()).contactsByCorrelation(made->first().correlationId);
        QVERIFY(!contacts.isEmpty());
        QCOMPARE(contacts.first().handledBy, u"staff_call"_s);
    }

    // Replies: "sí" confirms, "Cancelar" cancels (the time goes to the waitlist by text), a
    // question waits for staff.
    void repliesConfirmOrCancel()
    {
        const Appointment ana = book(u"ana"_s, u"2026-12-01T11:00"_s);
        const Appointment eve = book(u"eve"_s, u"2026-12-01T12:00"_s, u"c2"_s);
        const Appointment ben = book(u"ben"_s, u"2026-12-01T14:00"_s);
        at(u"2026-11-30T14:00"_s);
        QCOMPARE(pass().sent, 3);
        m_twilio->receive(u"+15125550101"_s, kFrom, u"Sí"_s);
        m_twilio->receive(u"+15125550105"_s, kFrom, u"cancelar"_s);
        m_twilio->receive(u"+15125550102"_s, kFrom, u"Can I come at 3 instead?"_s);
        m_clock.advanceSeconds(60);
        sync::MessagingWorker::Report r = pass();
        QCOMPARE(r.replies, 3);
        QCOMPARE(statusOf(ana.id), AppointmentStatus::Confirmed);
        QCOMPARE(statusOf(eve.id), AppointmentStatus::Cancelled);
        QCOMPARE(statusOf(ben.id), AppointmentStatus::Scheduled);
        QString error;
        const std::optional<QList<InboundMessage>> inbox = m_services->messaging().inbox(m_desk, &error);
        QVERIFY(inbox);
        int open = 0;
        for (const InboundMessage &m : *inbox)
            open += m.open ? 1 : 0;
        QCOMPARE(open, 1);
        // Eve's time went to Fay, first on the waitlist, by text.
        m_clock.advanceSeconds(60);
        (void)pass();
        QCOMPARE(textsTo(u"+15125550106"_s).size(), 1);
        QVERIFY(textsTo(u"+15125550106"_s).first().value(u"body"_s).toString().contains(u"Reply YES"_s));
        // A reply read twice is acted on once.
        m_clock.advanceSeconds(60);
        r = pass();
        QCOMPARE(r.replies, 0);
    }

    // Two patients are offered one time; both say YES; the first gets it, the other is told
    // by text that it is taken.
    void firstAcceptanceWins()
    {
        QString error;
        std::optional<FillSettings> fs = m_services->fill().settings(&error);
        QVERIFY(fs);
        fs->offersAtOnce = 2;
        QVERIFY2(m_services->fill().setSettings(*fs, m_manager, &error), qPrintable(error));
        at(u"2026-12-01T09:00"_s);
        const FreedSlot slot{u"c1"_s, u"dr-a"_s, test::chicago(u"2026-12-01T15:00"_s), 30};
        const std::optional<QList<WaitlistOffer>> made = m_services->fill().offerSlot(slot, m_desk, &error);
        QVERIFY2(made && made->size() == 2, qPrintable(error));
        QCOMPARE(pass().sent, 2);
        m_twilio->receive(u"+15125550107"_s, kFrom, u"YES"_s); // Gus first
        m_clock.advanceSeconds(5);
        m_twilio->receive(u"+15125550106"_s, kFrom, u"yes!"_s);
        m_clock.advanceSeconds(60);
        sync::MessagingWorker::Report r = pass();
        QCOMPARE(r.replies, 2);
        int booked = 0;
        QString who;
        for (const store::ScheduledAppointment &s : store::AppointmentRepository(m_cache->database())
                                                            .upcoming(slot.startUtc, slot.startUtc.addSecs(60))) {
            ++booked;
            who = s.appointment.patientId;
        }
        QCOMPARE(booked, 1);
        QCOMPARE(who, u"gus"_s);
        m_clock.advanceSeconds(60);
        (void)pass();
        const QList<QJsonObject> toFay = textsTo(u"+15125550106"_s);
        QCOMPARE(toFay.size(), 2);
        QVERIFY2(toFay.last().value(u"body"_s).toString().contains(u"already been taken"_s),
                 qPrintable(toFay.last().value(u"body"_s).toString()));
        QCOMPARE(textsTo(u"+15125550107"_s).size(), 1);
    }

    // Two workers on one practice: only the lease holder works; each message goes once.
    void oneWorkerHoldsTheLease()
    {
        book(u"ana"_s, u"2026-12-01T11:00"_s);
        book(u"eve"_s, u"2026-12-01T12:00"_s, u"c2"_s);
        at(u"2026-11-30T12:00"_s);
        sync::MessagingWorker second(*m_services, m_cacheId, m_worker);
        second.setSmsPerMinute(6000);
        const sync::MessagingWorker::Report a = pass();
        const sync::MessagingWorker::Report b = second.runOnce();
        QVERIFY(a.worked);
        QVERIFY(!b.worked);
        QCOMPARE(b.holder, m_workerA->holder());
        QCOMPARE(m_twilio->accepted(), 2);
        // The holder stops; after the lease runs out the other takes over.
        m_workerA->release();
        const sync::MessagingWorker::Report c = second.runOnce();
        QVERIFY(c.worked);
        QCOMPARE(m_twilio->accepted(), 2);
    }

    // A send whose answer never came is looked up at Twilio, not sent again.
    void aLostReplyIsLookedUpNotResent()
    {
        book(u"ana"_s, u"2026-12-01T11:00"_s);
        at(u"2026-11-30T11:00"_s);
        m_twilio->setDropReplies(1);
        sync::MessagingWorker::Report r = pass();
        QCOMPARE(r.sent, 0);
        QCOMPARE(m_twilio->accepted(), 1);
        m_clock.advanceSeconds(60);
        r = pass();
        QCOMPARE(r.recovered, 1);
        QCOMPARE(m_twilio->accepted(), 1);
        QCOMPARE(store::MessageRepository(m_cache->database()).counts().value(MessageState::Accepted), 1);
    }

    // An offer closed since (declined here) does not swallow the patient's "C" to their reminder.
    void aClosedOfferDoesNotTakeAConfirmation()
    {
        const Appointment visit = book(u"fay"_s, u"2026-12-01T14:00"_s);
        at(u"2026-11-30T14:00"_s);
        QCOMPARE(pass().sent, 1);
        QString error;
        const FreedSlot slot{u"c2"_s, u"dr-a"_s, test::chicago(u"2026-12-01T09:00"_s), 30};
        const std::optional<WaitlistOffer> offer = m_services->fill().offerDirect(slot, u"w-fay"_s, m_desk, &error);
        QVERIFY2(offer, qPrintable(error));
        QCOMPARE(pass().sent, 1);
        QVERIFY(m_services->fill().declineOffer(offer->id, m_desk, &error));
        m_twilio->receive(u"+15125550106"_s, kFrom, u"C"_s);
        m_clock.advanceSeconds(60);
        QCOMPARE(pass().replies, 1);
        QCOMPARE(statusOf(visit.id), AppointmentStatus::Confirmed);
        m_clock.advanceSeconds(60);
        (void)pass();
        QCOMPARE(textsTo(u"+15125550106"_s).size(), 2); // no "taken" text

        // A patient on file with nothing open writes: the inbox names them.
        m_twilio->receive(u"+15125550107"_s, kFrom, u"Hello, is Dr. A in on Friday?"_s);
        m_clock.advanceSeconds(60);
        QCOMPARE(pass().replies, 1);
        const std::optional<QList<InboundMessage>> inbox = m_services->messaging().inbox(m_desk, &error);
        QVERIFY(inbox && !inbox->isEmpty());
        QCOMPARE(inbox->first().patientId, u"gus"_s);
        QVERIFY(inbox->first().open);
    }

    // A STOP that comes while a reminder waits for the morning wins: it goes by e-mail.
    void aStopWhileQueuedWins()
    {
        ReminderSettings s;
        s.leadMinutes = {13 * 60};
        QString error;
        QVERIFY2(m_services->reminders().setSettings(s, m_manager, &error), qPrintable(error));
        const Appointment a = book(u"ana"_s, u"2026-12-01T10:00"_s);
        at(u"2026-11-30T21:00"_s);
        (void)pass();
        m_twilio->receive(u"+15125550101"_s, kFrom, u"Alto"_s);
        at(u"2026-11-30T22:00"_s);
        QCOMPARE(pass().replies, 1);
        at(u"2026-12-01T08:00"_s);
        (void)pass();
        (void)pass();
        QCOMPARE(m_twilio->accepted(), 0);
        QCOMPARE(m_sendGrid->accepted(), 1);
        QVERIFY2(outcomes(a.id).contains(u"email:sent"_s), qPrintable(outcomes(a.id).join(u' ')));
    }

    // An address with no messages API (a typo): messages wait, the office manager is told,
    // nothing is failed over to staff.
    void aWrongAddressHoldsMessages()
    {
        QString error;
        QVERIFY(m_services->messaging().connectSms(u"twilio"_s, m_twilio->baseUrl() + u"/nope"_s, kFrom,
                                                  u"ACtest"_s + QString(30, u'0'), m_manager, &error));
        QVERIFY(!m_services->messaging().connectSms(u"twilio"_s, u"https://AC1:secret@api.twilio.com"_s, kFrom,
                                                   u"ACtest"_s + QString(30, u'0'), m_manager, &error));
        QVERIFY2(error.contains(u"keychain"_s), qPrintable(error));
        book(u"ben"_s, u"2026-12-01T11:00"_s);
        at(u"2026-11-30T11:00"_s);
        const sync::MessagingWorker::Report r = pass();
        QVERIFY2(!r.problems.isEmpty() && r.problems.first().contains(u"404"_s), qPrintable(r.problems.join(u'\n')));
        QCOMPARE(store::MessageRepository(m_cache->database()).counts().value(MessageState::Queued), 1);
        QCOMPARE(m_sendGrid->accepted(), 0);
        QVERIFY(m_services->messaging().inbox(m_desk, &error)->isEmpty());
    }

    // Two patients on one phone, each with a reminder: a bare "C" is for staff to place; START
    // after STOP lets texts go again.
    void aSharedPhoneGoesToStaff()
    {
        const Appointment di = book(u"di"_s, u"2026-12-01T11:00"_s);
        const Appointment ivy = book(u"ivy"_s, u"2026-12-01T12:00"_s, u"c2"_s);
        QVERIFY(!ivy.id.isEmpty());
        at(u"2026-11-30T12:00"_s);
        QCOMPARE(pass().sent, 2);
        m_twilio->receive(u"+15125550104"_s, kFrom, u"C"_s);
        m_clock.advanceSeconds(60);
        QCOMPARE(pass().replies, 1);
        QCOMPARE(statusOf(di.id), AppointmentStatus::Scheduled);
        QCOMPARE(statusOf(ivy.id), AppointmentStatus::Scheduled);
        QString error;
        const std::optional<QList<InboundMessage>> inbox = m_services->messaging().inbox(m_desk, &error);
        QVERIFY(inbox && inbox->size() == 1 && inbox->first().open);

        m_twilio->receive(u"+15125550104"_s, kFrom, u"STOP"_s);
        m_clock.advanceSeconds(60);
        (void)pass();
        QVERIFY(store::MessageRepository(m_cache->database()).optedOutSince(u"+15125550104"_s));
        m_twilio->receive(u"+15125550104"_s, kFrom, u"START"_s);
        m_clock.advanceSeconds(60);
        (void)pass();
        QVERIFY(!store::MessageRepository(m_cache->database()).optedOutSince(u"+15125550104"_s));
    }

    // Templates: unknown placeholders are refused; a changed template is what goes out.
    void templatesAreCheckedAndUsed()
    {
        QString error;
        QVERIFY(!m_services->messaging().setTemplate(TemplateKind::Reminder, u"en"_s, u"Hi {surname}"_s, m_manager,
                                                     &error));
        QVERIFY2(error.contains(u"{surname}"_s), qPrintable(error));
        QVERIFY(!m_services->messaging().setTemplate(TemplateKind::Reminder, u"en"_s, u"Hi {first_name"_s, m_manager,
                                                     &error));
        QVERIFY(!m_services->messaging().setTemplate(TemplateKind::Reminder, u"en"_s, u"Hi {first_name}"_s, m_desk,
                                                     &error));
        QVERIFY2(m_services->messaging().setTemplate(TemplateKind::Reminder, u"en"_s,
                                                     u"{practice}: see you {date} at {time}, {first_name}."_s,
                                                     m_manager, &error),
                 qPrintable(error));
        book(u"ben"_s, u"2026-12-01T11:00"_s);
        at(u"2026-11-30T11:00"_s);
        QCOMPARE(pass().sent, 1);
        const QString body = textsTo(u"+15125550102"_s).first().value(u"body"_s).toString();
        QVERIFY2(body.startsWith(u"Text Dental: see you Tuesday, December 1 at 11:00"_s) && body.endsWith(u"M, Ben."_s),
                 qPrintable(body));
    }
};

QTEST_GUILESS_MAIN(TestMessaging)
#include "tst_messaging.moc"
