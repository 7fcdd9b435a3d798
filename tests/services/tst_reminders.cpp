#include "testsupport.h"
#include "practicecache.h"
#include "domain/clock.h"
#include "domain/session.h"
#include "services/bookingservice.h"
#include "services/messagechannel.h"
#include "services/practiceimportservice.h"
#include "services/reminderservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/fillrepository.h"
#include "store/reminderrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// One dentist weekdays 08–17; patients with each kind of contact details.
const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Remind Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30 } ],
  "patients": [
    { "id": "ana", "name": "Ana", "phone": "555-201-3344", "email": "ana@example.org", "language": "es",
      "contact": { "preferred": "sms" } },
    { "id": "ben", "name": "Ben", "email": "ben@example.org", "contact": { "preferred": "sms" } },
    { "id": "cy", "name": "Cy", "email": "cy@example", "contact": { "preferred": "email" } },
    { "id": "di", "name": "Di", "phone": "555-201-9999", "contact": { "doNotContact": true } } ]
})";

// A text-message gateway that is down: every text is refused.
class DownSmsGateway final : public MessageChannel
{
public:
    [[nodiscard]] QString name() const override { return u"sms_gateway"_s; }
    [[nodiscard]] bool handles(ContactChannel channel) const override { return channel == ContactChannel::Sms; }
    [[nodiscard]] bool hand(store::Cache &, ContactRecord &, QString *error) override
    {
        *error = u"the gateway did not answer"_s;
        return false;
    }
};

} // namespace

// Reminder jobs through a booking's life with a test clock, delivery with fallback through
// the practice's ways, and the front desk's confirmation calls.
class TestReminders : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_session{u"frontdesk-1"_s, u"session-9"_s, u"ws-3"_s, Role::FrontDesk, {}};
    UserSession m_manager{u"manager-1"_s, u"session-2"_s, u"ws-1"_s, Role::OfficeManager, {}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<ContactLog> m_contacts;
    std::unique_ptr<ReminderService> m_reminders;

    Appointment book(const QString &patient, const QString &when, const QString &chair = u"c1"_s)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = chair;
        r.startUtc = test::chicago(when);
        const BookingOutcome o = m_booking->book(r, m_session);
        if (!o.ok())
            qWarning() << "booking refused:" << o.message
                       << (o.violations.isEmpty() ? QString() : o.violations.first().message);
        return o.appointment;
    }

    // "lead:status" of an appointment's jobs, in send order, with the start they were for.
    QStringList jobs(const QString &appointmentId)
    {
        QStringList out;
        for (const ReminderJob &j : store::ReminderRepository(m_cache->database()).jobsFor(appointmentId))
            out << u"%1:%2@%3"_s.arg(j.leadMinutes).arg(reminderStatusName(j.status))
                            .arg(j.appointmentStartUtc.toString(u"MM-dd HH:mm"_s));
        return out;
    }

    int audited(const QString &action)
    {
        QSqlQuery q(m_cache->database());
        return q.exec(u"SELECT count(*) FROM audit_log WHERE action = '%1'"_s.arg(action)) && q.next()
                ? q.value(0).toInt()
                : -1;
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
        m_clock.setNowUtc(QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC));
        m_dir = std::make_unique<QTemporaryDir>();
        QString why;
        m_cache = test::practiceCache(m_dir->path(), m_keys, m_clock, kPractice, &why);
        QVERIFY2(m_cache, qPrintable(why));
        m_booking = std::make_unique<BookingService>(*m_cache, m_clock);
        m_contacts = std::make_unique<ContactLog>();
        m_reminders = std::make_unique<ReminderService>(*m_cache, m_clock, *m_booking, *m_contacts);
    }

    void cleanup()
    {
        m_reminders.reset();
        m_contacts.reset();
        m_booking.reset();
        m_cache.reset();
        m_dir.reset();
    }

    // Booked Friday for the next Friday 10:00: 72, 24 and 2 hours before; a move plans them
    // again for the new time; a cancellation withdraws what is left; a visit too close for
    // the earlier ones gets only those still ahead; do-not-contact gets none.
    void jobsFollowTheBooking()
    {
        m_clock.setNowUtc(test::chicago(u"2026-11-27T09:00"_s));
        const Appointment a = book(u"ana"_s, u"2026-12-04T10:00"_s);
        QCOMPARE(jobs(a.id), (QStringList{u"4320:pending@12-04 16:00"_s, u"1440:pending@12-04 16:00"_s,
                                          u"120:pending@12-04 16:00"_s}));
        const QList<ReminderJob> planned = store::ReminderRepository(m_cache->database()).jobsFor(a.id);
        QCOMPARE(planned.at(0).sendAtUtc, test::chicago(u"2026-12-01T10:00"_s));
        QCOMPARE(planned.at(2).sendAtUtc, test::chicago(u"2026-12-04T08:00"_s));
        QCOMPARE(planned.at(0).channel, ContactChannel::Sms);

        // Confirming is not a move: nothing is planned twice.
        const BookingOutcome confirmed = m_booking->changeStatus(a.id, a.version, AppointmentStatus::Confirmed, m_session);
        QVERIFY(confirmed.ok());
        QCOMPARE(jobs(a.id).size(), 3);

        MoveRequest move;
        move.appointmentId = a.id;
        move.expectedVersion = confirmed.appointment.version;
        move.startUtc = test::chicago(u"2026-12-03T14:00"_s);
        const BookingOutcome moved = m_booking->move(move, m_session);
        QVERIFY2(moved.ok(), qPrintable(moved.message));
        QStringList afterMove = jobs(a.id);
        afterMove.sort();
        QCOMPARE(afterMove, (QStringList{u"120:pending@12-03 20:00"_s, u"120:withdrawn@12-04 16:00"_s,
                                         u"1440:pending@12-03 20:00"_s, u"1440:withdrawn@12-04 16:00"_s,
                                         u"4320:pending@12-03 20:00"_s, u"4320:withdrawn@12-04 16:00"_s}));

        QVERIFY(m_booking->cancel(a.id, moved.appointment.version, CancelReason::Patient, m_session).ok());
        for (const QString &j : jobs(a.id))
            QVERIFY2(!j.contains(u"pending"_s), qPrintable(j));

        // Booked the day before: only the 2-hour reminder is still ahead.
        const Appointment soon = book(u"ana"_s, u"2026-11-27T15:00"_s, u"c2"_s);
        QCOMPARE(jobs(soon.id), QStringList{u"120:pending@11-27 21:00"_s});
        QVERIFY(jobs(book(u"di"_s, u"2026-12-04T11:00"_s).id).isEmpty());
    }

    // Due jobs (at or before now + 5 minutes) are handed over once, in the patient's language;
    // later ones wait.
    void dispatchesWhenDue()
    {
        m_clock.setNowUtc(test::chicago(u"2026-11-27T09:00"_s));
        const Appointment a = book(u"ana"_s, u"2026-12-04T10:00"_s);
        QString error;
        std::optional<DispatchReport> r = m_reminders->dispatchDue(m_session, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->sent, 0);

        m_clock.setNowUtc(test::chicago(u"2026-12-01T09:54"_s)); // 6 minutes early: not yet
        QCOMPARE(m_reminders->dispatchDue(m_session, &error)->sent, 0);
        m_clock.setNowUtc(test::chicago(u"2026-12-01T09:55"_s)); // within the 5-minute lead
        r = m_reminders->dispatchDue(m_session, &error);
        QCOMPARE(r->sent, 1);
        QCOMPARE(m_reminders->dispatchDue(m_session, &error)->sent, 0); // once
        QCOMPARE(jobs(a.id).first(), u"4320:sent@12-04 16:00"_s);
        const ReminderJob sent = store::ReminderRepository(m_cache->database()).jobsFor(a.id).first();
        QCOMPARE(sent.sentChannel, ContactChannel::Sms);
        const QList<ContactRecord> contacts = store::FillRepository(m_cache->database()).contactsFor(a.id);
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().id, sent.contactId);
        QCOMPARE(contacts.first().purpose, ContactPurpose::Reminder);
        QCOMPARE(contacts.first().handledBy, StaffCallChannel::kName);
        QVERIFY2(contacts.first().message.contains(u"viernes, 4 de diciembre"_s), qPrintable(contacts.first().message));
        QVERIFY2(contacts.first().message.startsWith(u"Remind Dental"_s), qPrintable(contacts.first().message));
        QCOMPARE(audited(u"remind"_s), 1);

        // The visit is cancelled after the 24-hour job fell due but before it went: withdrawn.
        m_clock.setNowUtc(test::chicago(u"2026-12-03T10:00"_s));
        const Appointment now = *m_booking->find(a.id, &error);
        QVERIFY(m_booking->cancel(a.id, now.version, CancelReason::Practice, m_session).ok());
        r = m_reminders->dispatchDue(m_session, &error);
        QCOMPARE(r->sent, 0);
        QCOMPARE(store::FillRepository(m_cache->database()).contactsFor(a.id).size(), 1);
    }

    // The preferred way fails (no number; a gateway that refuses; not an address): the next
    // way the practice uses is tried, staff are told; with no way left the job fails, with
    // the reasons, for staff to call.
    void fallsBackThroughTheWays()
    {
        std::vector<std::unique_ptr<MessageChannel>> channels;
        channels.push_back(std::make_unique<DownSmsGateway>());
        channels.push_back(std::make_unique<StaffCallChannel>());
        m_contacts->setChannels(std::move(channels));
        m_clock.setNowUtc(test::chicago(u"2026-11-30T08:00"_s));
        const Appointment ana = book(u"ana"_s, u"2026-11-30T11:00"_s);      // sms refused -> email
        const Appointment ben = book(u"ben"_s, u"2026-11-30T11:40"_s, u"c2"_s); // no phone -> email
        const Appointment cy = book(u"cy"_s, u"2026-11-30T13:00"_s);        // bad email, no phone: fails
        m_clock.setNowUtc(test::chicago(u"2026-11-30T09:40"_s));
        QString error;
        std::optional<DispatchReport> r = m_reminders->dispatchDue(m_session, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->sent, 0);
        QCOMPARE(r->fellBack, 2);
        QCOMPARE(r->forStaff.size(), 2);
        QVERIFY2(r->forStaff.join(u'\n').contains(u"the gateway did not answer"_s), qPrintable(r->forStaff.join(u'\n')));
        QVERIFY2(r->forStaff.join(u'\n').contains(u"no phone number on file"_s), qPrintable(r->forStaff.join(u'\n')));
        for (const Appointment &a : {ana, ben}) {
            const ReminderJob j = store::ReminderRepository(m_cache->database()).jobsFor(a.id).first();
            QCOMPARE(j.status, ReminderStatus::Sent);
            QCOMPARE(j.sentChannel, ContactChannel::Email);
        }
        // A refused hand-over leaves nothing half written: one contact per reminder.
        QCOMPARE(store::FillRepository(m_cache->database()).contactsFor(ana.id).size(), 1);

        m_clock.setNowUtc(test::chicago(u"2026-11-30T11:00"_s));
        r = m_reminders->dispatchDue(m_session, &error);
        QCOMPARE(r->failed, 1);
        const ReminderJob failed = store::ReminderRepository(m_cache->database()).jobsFor(cy.id).first();
        QCOMPARE(failed.status, ReminderStatus::Failed);
        QVERIFY2(failed.lastError.contains(u"is not an email address"_s), qPrintable(failed.lastError));
        QVERIFY2(failed.lastError.contains(u"no phone number"_s), qPrintable(failed.lastError));
        QVERIFY2(r->forStaff.first().contains(u"Cy"_s) && r->forStaff.first().contains(u"Call the patient"_s),
                 qPrintable(r->forStaff.first()));
        QCOMPARE(store::FillRepository(m_cache->database()).contactsFor(cy.id).first().outcome, ContactOutcome::Failed);
        QCOMPARE(audited(u"remind_failed"_s), 1);
    }

    // Visits still to come in an imported practice file (the demo's too) get their reminders
    // as a booking made here does; past and cancelled ones get none.
    void importPlansRemindersAsBookingDoes()
    {
        QByteArray doc(kPractice);
        doc.replace(R"(    { "id": "di", "name": "Di", "phone": "555-201-9999", "contact": { "doNotContact": true } } ])",
                    R"(    { "id": "di", "name": "Di", "phone": "555-201-9999", "contact": { "doNotContact": true } } ],
  "appointments": [
    { "id": "a-soon", "patientId": "ana", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-12-03T10:00" },
    { "id": "a-past", "patientId": "ana", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-11-27T10:00" },
    { "id": "a-gone", "patientId": "ben", "typeId": "exam", "providerId": "dr-a", "chairId": "c2", "start": "2026-12-03T10:00",
      "status": "cancelled" },
    { "id": "a-quiet", "patientId": "di", "typeId": "exam", "providerId": "dr-a", "chairId": "c2", "start": "2026-12-04T10:00" } ])");
        QVERIFY(doc.contains("a-soon"));
        QTemporaryDir dir;
        QString why;
        std::unique_ptr<store::Cache> imported = test::practiceCache(dir.path(), m_keys, m_clock, doc, &why);
        QVERIFY2(imported, qPrintable(why));
        // What a booking of the same visit plans here.
        const QStringList booked = jobs(book(u"ana"_s, u"2026-12-03T10:00"_s).id);
        QVERIFY(!booked.isEmpty());
        QStringList planned;
        for (const ReminderJob &j : store::ReminderRepository(imported->database()).jobsFor(u"a-soon"_s))
            planned << u"%1:%2@%3"_s.arg(j.leadMinutes).arg(reminderStatusName(j.status))
                               .arg(j.appointmentStartUtc.toString(u"MM-dd HH:mm"_s));
        QCOMPARE(planned, booked);
        for (const char *none : {"a-past", "a-gone", "a-quiet"})
            QVERIFY2(store::ReminderRepository(imported->database()).jobsFor(QString::fromLatin1(none)).isEmpty(), none);
    }

    // The confirmation list: each visit's state and reminders; confirming moves the visit to
    // Confirmed (the tile, the outbox for the PMS), taking it back returns it to scheduled,
    // the other outcomes are kept and logged.
    void confirmationCalls()
    {
        m_clock.setNowUtc(test::chicago(u"2026-11-27T09:00"_s));
        const Appointment ana = book(u"ana"_s, u"2026-12-01T10:00"_s);
        const Appointment ben = book(u"ben"_s, u"2026-12-01T11:00"_s);
        const Appointment later = book(u"cy"_s, u"2026-12-08T11:00"_s);
        QString error;
        std::optional<QList<ConfirmationRow>> rows = m_reminders->confirmations(QDate(2026, 12, 1), 3, m_session, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).shown.appointment.id, ana.id);
        QCOMPARE(rows->at(0).state, ConfirmationState::Unconfirmed);
        QCOMPARE(rows->at(0).reminders.size(), 3);
        QCOMPARE(rows->at(0).contact, ContactChannel::Sms);
        QCOMPARE(rows->at(0).phone, u"555-201-3344"_s); // the number to dial
        QCOMPARE(rows->at(1).phone, QString());

        BookingOutcome o = m_reminders->markConfirmation(ana.id, ConfirmationState::Confirmed, m_session);
        QVERIFY2(o.ok(), qPrintable(o.message));
        QCOMPARE(o.appointment.status, AppointmentStatus::Confirmed);
        QSqlQuery outbox(m_cache->database());
        QVERIFY(outbox.exec(u"SELECT count(*) FROM outbox WHERE entity_id = '%1' AND operation = 'status'"_s.arg(ana.id))
                && outbox.next());
        QCOMPARE(outbox.value(0).toInt(), 1);
        QVERIFY(m_reminders->markConfirmation(ben.id, ConfirmationState::LeftMessage, m_session).ok());
        rows = m_reminders->confirmations(QDate(2026, 12, 1), 3, m_session, &error);
        QCOMPARE(rows->at(0).state, ConfirmationState::Confirmed);
        QCOMPARE(rows->at(1).state, ConfirmationState::LeftMessage);
        QCOMPARE(store::FillRepository(m_cache->database()).contactsFor(ben.id).last().outcome,
                 ContactOutcome::LeftMessage);

        o = m_reminders->markConfirmation(ana.id, ConfirmationState::Unconfirmed, m_session);
        QVERIFY2(o.ok(), qPrintable(o.message));
        QCOMPARE(m_booking->find(ana.id, &error)->status, AppointmentStatus::Scheduled);
        QVERIFY(m_reminders->markConfirmation(later.id, ConfirmationState::Declined, m_session).ok());
        QCOMPARE(m_reminders->confirmations(QDate(2026, 12, 8), 1, m_session, &error)->first().state,
                 ConfirmationState::Declined);
        QCOMPARE(audited(u"confirmation"_s), 4);

        // A viewer may not; a cancelled visit is not confirmed.
        const UserSession viewer{u"viewer"_s, u"s"_s, u"w"_s, Role::ReadOnly, {}};
        QCOMPARE(m_reminders->markConfirmation(ben.id, ConfirmationState::Confirmed, viewer).result,
                 BookingOutcome::Result::Denied);
        QVERIFY(!m_reminders->confirmations(QDate(2026, 12, 1), 3, viewer, &error));
        const Appointment current = *m_booking->find(ben.id, &error);
        QVERIFY(m_booking->cancel(ben.id, current.version, CancelReason::Patient, m_session).ok());
        QCOMPARE(m_reminders->markConfirmation(ben.id, ConfirmationState::Confirmed, m_session).result,
                 BookingOutcome::Result::BadRequest);
    }

    // The office manager's plan: other lead times and ways apply to visits booked next;
    // nonsense is refused with the reason.
    void practiceChoosesThePlan()
    {
        ReminderSettings s;
        s.leadMinutes = {48 * 60, 30};
        s.channels = {ContactChannel::Email, ContactChannel::Phone};
        QString error;
        QVERIFY(!m_reminders->setSettings(s, m_session, &error)); // front desk
        QVERIFY2(m_reminders->setSettings(s, m_manager, &error), qPrintable(error));
        m_clock.setNowUtc(test::chicago(u"2026-11-27T09:00"_s));
        const Appointment a = book(u"ana"_s, u"2026-12-04T10:00"_s);
        const QList<ReminderJob> planned = store::ReminderRepository(m_cache->database()).jobsFor(a.id);
        QCOMPARE(planned.size(), 2);
        QCOMPARE(planned.first().leadMinutes, 48 * 60);
        QCOMPARE(planned.first().channel, ContactChannel::Email); // texts are not used: the first way
        s.leadMinutes = {0};
        QVERIFY(!m_reminders->setSettings(s, m_manager, &error));
        QVERIFY2(error.contains(u"1 minute to 30 days"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
