#include "store/appointmentrepository.h"
#include "testsupport.h"
#include "practicecache.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "domain/session.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/useraccounts.h"
#include "services/frontdesk.h"
#include "services/patientmessages.h"
#include "scheduling/booking.h"
#include "scheduling/timeline.h"
#include "store/auditlog.h"
#include "store/fillrepository.h"
#include "store/practicerepository.h"
#include "translations/language.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// Two dentists on c1/c2 weekdays 08–17, dr-a with lunch 12–13; a 30-minute exam and a
// 90-minute root canal; a waitlist built so that each rule leaves out exactly one entry.
const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Fill Dental", "timeZone": "America/Chicago", "gridMinutes": 10,
                "chairTurnoverMinutes": 10, "providerBufferMinutes": 0, "noShowGraceMinutes": 15 },
  "chairs": [ { "id": "c1", "name": "Chair 1", "equipment": ["standard"] },
              { "id": "c2", "name": "Chair 2", "equipment": ["standard"] } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "skills": ["general"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ],
      "breaks": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "12:00", "end": "13:00", "label": "Lunch" } ] },
    { "id": "dr-b", "name": "Dr. B", "role": "dentist", "skills": ["general"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [
    { "id": "exam", "name": "Exam", "minutes": 30, "pattern": "XXXXXX", "skill": "general",
      "equipment": ["standard"], "complexity": 1 },
    { "id": "rct", "name": "Root canal", "minutes": 90, "pattern": "XXXXXXXXXXXXXXXXXX", "skill": "general",
      "equipment": ["standard"], "complexity": 1 } ],
  "patients": [
    { "id": "pt1", "name": "Ana", "language": "es", "contact": { "preferred": "sms" } },
    { "id": "pt2", "name": "Ben" }, { "id": "pt3", "name": "Cy" },
    { "id": "pt4", "name": "Di" }, { "id": "pt5", "name": "Ed" },
    { "id": "pt6", "name": "Flo", "contact": { "doNotContact": true } },
    { "id": "pt7", "name": "Gus" } ],
  "waitlist": [
    { "id": "w-ana", "patientId": "pt1", "typeId": "exam", "earliest": "2026-11-30", "latest": "2026-12-31", "urgency": 5, "since": "2026-11-01T10:00" },
    { "id": "w-ben", "patientId": "pt2", "typeId": "exam", "earliest": "2026-11-30", "latest": "2026-12-31", "urgency": 9, "since": "2026-11-20T10:00" },
    { "id": "w-cy", "patientId": "pt3", "typeId": "exam", "earliest": "2026-11-30", "latest": "2026-12-31", "urgency": 5, "since": "2026-10-01T10:00" },
    { "id": "w-di-too-long", "patientId": "pt4", "typeId": "rct", "earliest": "2026-11-30", "latest": "2026-12-31", "urgency": 9, "since": "2026-10-01T10:00" },
    { "id": "w-ed-other-provider", "patientId": "pt5", "typeId": "exam", "providerId": "dr-b", "earliest": "2026-11-30", "latest": "2026-12-31", "urgency": 9,
      "since": "2026-10-01T10:00" },
    { "id": "w-flo-later", "patientId": "pt6", "typeId": "exam", "earliest": "2026-12-10", "latest": "2026-12-31", "urgency": 9,
      "since": "2026-10-01T10:00" },
    { "id": "w-gus-busy", "patientId": "pt7", "typeId": "exam", "earliest": "2026-11-30", "latest": "2026-12-31", "urgency": 9, "since": "2026-10-01T10:00" } ]
})";

} // namespace

class TestFillService : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_session{u"frontdesk-1"_s, u"session-9"_s, u"ws-3"_s, Role::FrontDesk, {}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<FrontDesk> m_desk;
    std::unique_ptr<FillService> m_fill;

    Appointment book(const QString &patient, const QString &provider, const QString &chair, const QString &when,
                     const QString &type = u"exam"_s)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = type;
        r.providerId = provider;
        r.chairId = chair;
        r.startUtc = test::chicago(when);
        const BookingOutcome o = m_booking->book(r, m_session);
        if (!o.ok())
            qWarning() << "booking refused:" << o.message;
        return o.appointment;
    }

    QStringList candidateIds(const FreedSlot &slot)
    {
        QString error;
        const auto found = m_fill->candidatesFor(slot, m_session, &error);
        if (!found) {
            qWarning() << error;
            return {u"<error>"_s};
        }
        QStringList ids;
        for (const FillService::Candidate &c : *found)
            ids << c.shown.entry.id;
        return ids;
    }


    UserSession m_manager{u"manager-1"_s, u"session-2"_s, u"ws-1"_s, Role::OfficeManager, {}};
    const FreedSlot m_slot{u"c1"_s, u"dr-a"_s, test::chicago(u"2026-12-01T09:00"_s), 60};

    void setFill(int atOnce, int minutes = 30, bool autoNoShow = false, bool approval = false)
    {
        FillSettings s;
        s.offersAtOnce = atOnce;
        s.offerMinutes = minutes;
        s.autoNoShow = autoNoShow;
        s.noShowNeedsApproval = approval;
        QString error;
        QVERIFY2(m_fill->setSettings(s, m_manager, &error), qPrintable(error));
    }

    // "entry:state" of every offer made for `slot`, oldest first.
    QStringList offers(const FreedSlot &slot)
    {
        QStringList out;
        for (const WaitlistOffer &o : store::FillRepository(m_cache->database()).offersForSlot(slot.key()))
            out << o.entryId + u':' + offerStateName(o.state);
        return out;
    }

    int audited(const QString &action, const QString &recordId = {})
    {
        QSqlQuery q(m_cache->database());
        q.prepare(u"SELECT count(*) FROM audit_log WHERE action = ? AND (? = '' OR record_id = ?)"_s);
        q.addBindValue(action);
        q.addBindValue(recordId);
        q.addBindValue(recordId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    QStringList waitlistIds()
    {
        QStringList ids;
        for (const WaitlistEntry &e : store::PracticeRepository(m_cache->database()).waitlist())
            ids << e.id;
        ids.sort();
        return ids;
    }

    // A no-show of `patient` at `when` (the clock is moved there and left after the visit).
    Appointment noShow(const QString &patient, const QString &when, const QString &provider = u"dr-a"_s,
                       const QString &chair = u"c1"_s)
    {
        m_clock.setNowUtc(test::chicago(when).addSecs(-3600));
        const Appointment a = book(patient, provider, chair, when);
        m_clock.setNowUtc(test::chicago(when).addSecs(20 * 60));
        const BookingOutcome o = m_booking->changeStatus(a.id, a.version, AppointmentStatus::NoShow, m_session);
        if (!o.ok())
            qWarning() << "no-show refused:" << o.message;
        return o.appointment;
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
        m_desk = std::make_unique<FrontDesk>(*m_cache, m_clock);
        m_fill = std::make_unique<FillService>(*m_cache, m_clock, *m_booking, *m_desk);
    }

    void cleanup()
    {
        m_fill.reset();
        m_desk.reset();
        m_booking.reset();
        m_cache.reset();
        m_dir.reset();
    }

    // A freed hour with Dr. A: the entries that fit, in urgency then time-on-the-list order;
    // each rule leaves out its own entry.
    void candidatesFollowTheOrderAndEveryRule()
    {
        // Gus is already in Dr. B's chair at that time.
        QVERIFY(!book(u"pt7"_s, u"dr-b"_s, u"c2"_s, u"2026-12-01T09:00"_s).id.isEmpty());
        const FreedSlot slot{u"c1"_s, u"dr-a"_s, test::chicago(u"2026-12-01T09:00"_s), 60};
        // Ben (urgency 9); then Cy and Ana (urgency 5), Cy on the list longer. Left out: Di
        // (90 minutes do not fit in 60), Ed (asked for Dr. B), Flo (not before 10 Dec), Gus
        // (busy then).
        QCOMPARE(candidateIds(slot), QStringList({u"w-ben"_s, u"w-cy"_s, u"w-ana"_s}));

        QString error;
        // Each one left out has one line on why not, in names and the locale's dates.
        QList<FillService::NearMiss> misses;
        const auto found = m_fill->candidatesFor(slot, m_session, &error, &misses);
        QVERIFY(found);
        QHash<QString, QString> why;
        for (const FillService::NearMiss &m : misses)
            why.insert(m.shown.entry.id, m.why);
        QCOMPARE(why.size(), 4);
        QCOMPARE(why.value(u"w-di-too-long"_s), u"Root canal needs 90 minutes; 60 are free."_s);
        QCOMPARE(why.value(u"w-ed-other-provider"_s), u"asked for Dr. B."_s);
        QVERIFY2(why.value(u"w-flo-later"_s).contains(localformat::shortDay(QDate(2026, 12, 10))),
                 qPrintable(why.value(u"w-flo-later"_s)));
        QVERIFY2(why.value(u"w-gus-busy"_s).contains(u"already has another visit"_s), qPrintable(why.value(u"w-gus-busy"_s)));
        const BookRequest &first = found->constFirst().booking;
        QCOMPARE(first.patientId, u"pt2"_s);
        QCOMPARE(first.providerId, u"dr-a"_s);
        QCOMPARE(first.chairId, u"c1"_s);
        QCOMPARE(first.startUtc, test::chicago(u"2026-12-01T09:00"_s));
        QCOMPARE(first.waitlistEntryId, u"w-ben"_s);
        // The booking it carries is one the service takes, and it takes Ben off the list.
        const BookingOutcome booked = m_booking->book(first, m_session);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        QCOMPARE(candidateIds(slot), QStringList()); // the slot is Ben's now
        // An hour later Gus is free (his visit with Dr. B is over) and Ben is off the list.
        QCOMPARE(candidateIds({u"c1"_s, u"dr-a"_s, test::chicago(u"2026-12-01T10:00"_s), 60}),
                 QStringList({u"w-gus-busy"_s, u"w-cy"_s, u"w-ana"_s}));
    }

    void eachRuleOnItsOwn_data()
    {
        QTest::addColumn<QString>("chair");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QStringList>("expected");
        // Urgency 9 first, the longest waiting first among them (Gus, Di, Ed, Flo since 1 Oct, Ben
        // since 20 Nov); then urgency 5, Cy (1 Oct) before Ana (1 Nov). No booking here: Gus is free.
        const QStringList exams = {u"w-gus-busy"_s, u"w-ben"_s, u"w-cy"_s, u"w-ana"_s};
        QTest::newRow("an hour with Dr. A") << u"c1"_s << u"dr-a"_s << u"2026-12-01T09:00"_s << 60 << exams;
        QTest::newRow("two hours: the root canal fits")
                << u"c1"_s << u"dr-a"_s << u"2026-12-01T09:00"_s << 120
                << QStringList({u"w-di-too-long"_s, u"w-gus-busy"_s, u"w-ben"_s, u"w-cy"_s, u"w-ana"_s});
        QTest::newRow("Dr. B: Ed's provider")
                << u"c2"_s << u"dr-b"_s << u"2026-12-01T09:00"_s << 60
                << QStringList({u"w-ed-other-provider"_s, u"w-gus-busy"_s, u"w-ben"_s, u"w-cy"_s, u"w-ana"_s});
        QTest::newRow("inside Flo's window")
                << u"c1"_s << u"dr-a"_s << u"2026-12-10T09:00"_s << 60
                << QStringList({u"w-flo-later"_s, u"w-gus-busy"_s, u"w-ben"_s, u"w-cy"_s, u"w-ana"_s});
        QTest::newRow("20 minutes: no exam fits") << u"c1"_s << u"dr-a"_s << u"2026-12-01T09:00"_s << 20 << QStringList();
        QTest::newRow("Dr. A's lunch: no rule-abiding booking")
                << u"c1"_s << u"dr-a"_s << u"2026-12-01T12:00"_s << 60 << QStringList();
        QTest::newRow("after hours") << u"c1"_s << u"dr-a"_s << u"2026-12-01T16:50"_s << 60 << QStringList();
        QTest::newRow("already past") << u"c1"_s << u"dr-a"_s << u"2026-11-30T07:00"_s << 60 << QStringList();
    }

    void eachRuleOnItsOwn()
    {
        QFETCH(QString, chair);
        QFETCH(QString, provider);
        QFETCH(QString, start);
        QFETCH(int, minutes);
        QFETCH(QStringList, expected);
        QCOMPARE(candidateIds({chair, provider, test::chicago(start), minutes}), expected);
    }

    // Flagged from start + grace exactly, only while scheduled or confirmed, only today.
    void lateAppointmentsAtExactlyTheGraceMinute()
    {
        const Appointment ana = book(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-11-30T09:00"_s);
        const Appointment ben = book(u"pt2"_s, u"dr-b"_s, u"c2"_s, u"2026-11-30T09:00"_s);
        const Appointment cy = book(u"pt3"_s, u"dr-a"_s, u"c1"_s, u"2026-11-30T10:00"_s);
        const Appointment tomorrow = book(u"pt4"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s);
        QVERIFY(!ana.id.isEmpty() && !ben.id.isEmpty() && !cy.id.isEmpty() && !tomorrow.id.isEmpty());
        QVERIFY(m_booking->changeStatus(ben.id, ben.version, AppointmentStatus::Confirmed, m_session).ok());

        auto late = [&] {
            QString error;
            const auto found = m_fill->lateAppointments(m_session, &error);
            QStringList ids;
            for (const Appointment &a : found.value_or(QList<Appointment>{{u"<error>"_s}}))
                ids << a.id;
            ids.sort();
            return ids;
        };
        m_clock.setNowUtc(test::chicago(u"2026-11-30T09:14"_s).addSecs(59));
        QCOMPARE(late(), QStringList());
        m_clock.setNowUtc(test::chicago(u"2026-11-30T09:15"_s));
        QStringList both = {ana.id, ben.id};
        both.sort();
        QCOMPARE(late(), both);
        // Ana arrives: only Ben is late.
        const Appointment current = m_booking->find(ana.id, nullptr).value_or(ana);
        QVERIFY(m_booking->changeStatus(ana.id, current.version, AppointmentStatus::Arrived, m_session).ok());
        QCOMPARE(late(), QStringList({ben.id}));
        // Later in the day Cy is late too; tomorrow's never is today.
        m_clock.setNowUtc(test::chicago(u"2026-11-30T16:00"_s));
        both = {ben.id, cy.id};
        both.sort();
        QCOMPARE(late(), both);
    }

    // No-shows in the twelve months up to now; older ones and other statuses do not count.
    void noShowsCountOverTwelveMonths()
    {
        const QStringList days = {u"2025-10-06"_s, u"2026-01-05"_s, u"2026-04-06"_s, u"2026-07-06"_s,
                                  u"2026-10-05"_s, u"2026-11-02"_s};
        for (const QString &day : days) {
            m_clock.setNowUtc(test::chicago(day + u"T07:00"_s));
            const Appointment a = book(u"pt5"_s, u"dr-a"_s, u"c1"_s, day + u"T09:00"_s);
            QVERIFY2(!a.id.isEmpty(), qPrintable(day));
            m_clock.setNowUtc(test::chicago(day + u"T09:20"_s));
            QVERIFY(m_booking->changeStatus(a.id, a.version, AppointmentStatus::NoShow, m_session).ok());
        }
        // One kept visit in between does not count.
        m_clock.setNowUtc(test::chicago(u"2026-11-09T07:00"_s));
        const Appointment kept = book(u"pt5"_s, u"dr-a"_s, u"c1"_s, u"2026-11-09T09:00"_s);
        m_clock.setNowUtc(test::chicago(u"2026-11-09T09:05"_s));
        QVERIFY(m_booking->changeStatus(kept.id, kept.version, AppointmentStatus::Arrived, m_session).ok());

        m_clock.setNowUtc(test::chicago(u"2026-11-30T08:00"_s));
        QString error;
        // 2025-10-06 is more than twelve months back.
        QCOMPARE(m_fill->noShowsInLastYear(u"pt5"_s, m_session, &error), std::optional<int>(5));
        QCOMPARE(m_fill->noShowsInLastYear(u"pt1"_s, m_session, &error), std::optional<int>(0));
    }

    // One offer at a time: the top candidate, open 30 minutes; at exactly 30 minutes it expires
    // and the next one on the list gets it.
    void offerExpiresToTheNextCandidate()
    {
        QString error;
        const auto made = m_fill->offerSlot(m_slot, m_session, &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(made->size(), 1);
        QCOMPARE(made->first().entryId, u"w-gus-busy"_s); // urgency 9, on the list since October
        QCOMPARE(made->first().expiresUtc, m_clock.nowUtc().addSecs(30 * 60));
        QCOMPARE(offers(m_slot), QStringList({u"w-gus-busy:offered"_s}));
        // Asking again while the offer is open makes no second one.
        QCOMPARE(m_fill->offerSlot(m_slot, m_session, &error)->size(), 0);

        m_clock.advanceSeconds(30 * 60 - 1);
        QCOMPARE(m_fill->expireOffers(m_session, &error)->size(), 0);
        QCOMPARE(offers(m_slot), QStringList({u"w-gus-busy:offered"_s}));
        m_clock.advanceSeconds(1);
        const auto next = m_fill->expireOffers(m_session, &error);
        QVERIFY2(next, qPrintable(error));
        QCOMPARE(next->size(), 1);
        QCOMPARE(offers(m_slot), QStringList({u"w-gus-busy:expired"_s, u"w-ben:offered"_s}));
        QCOMPARE(audited(u"offer_expired"_s), 1);
        QCOMPARE(audited(u"offer"_s), 2);

        // Accepting the expired one is refused and books nothing.
        const WaitlistOffer gus = store::FillRepository(m_cache->database()).offersForSlot(m_slot.key()).first();
        const BookingOutcome late = m_fill->acceptOffer(gus.id, m_session);
        QCOMPARE(late.result, BookingOutcome::Result::Refused);
        QCOMPARE(late.violations.first().rule, u"offer_closed"_s);
        // Ben declines: Cy is next (urgency 5, longer on the list than Ana).
        const WaitlistOffer ben = store::FillRepository(m_cache->database()).offersForSlot(m_slot.key()).last();
        QVERIFY2(m_fill->declineOffer(ben.id, m_session, &error), qPrintable(error));
        QCOMPARE(offers(m_slot),
                 QStringList({u"w-gus-busy:expired"_s, u"w-ben:declined"_s, u"w-cy:offered"_s}));
        // Every offer made prepared its message and logged the contact.
        const auto contacts = m_fill->contactsFor(ben.id, m_session, &error);
        QVERIFY2(contacts, qPrintable(error));
        QCOMPARE(contacts->size(), 2); // offered, declined
        QCOMPARE(contacts->at(0).outcome, ContactOutcome::Prepared);
        QVERIFY2(contacts->at(0).message.contains(u"Dr. A"_s) && contacts->at(0).message.contains(u"30 minutes"_s),
                 qPrintable(contacts->at(0).message));
        QCOMPARE(contacts->at(1).outcome, ContactOutcome::Declined);
    }

    // Up to three at once; the first to accept books through the booking service, the other
    // open offers are withdrawn and the patient leaves their other lists for that type whose
    // window holds the day.
    void firstAcceptanceWinsAndCleansUp()
    {
        setFill(3);
        QString error;
        // Ben is also on another exam list that covers 1 Dec, one that does not, and a root canal list.
        WaitlistEntry covering{{}, u"pt2"_s, u"exam"_s, {}, QDate(2026, 11, 25), QDate(2026, 12, 5), 3, {}};
        WaitlistEntry later{{}, u"pt2"_s, u"exam"_s, {}, QDate(2027, 1, 4), QDate(2027, 1, 29), 3, {}};
        WaitlistEntry rct{{}, u"pt2"_s, u"rct"_s, {}, QDate(2026, 11, 25), QDate(2026, 12, 31), 3, {}};
        const auto c = m_fill->addToWaitlist(covering, m_session, &error);
        const auto l = m_fill->addToWaitlist(later, m_session, &error);
        const auto r = m_fill->addToWaitlist(rct, m_session, &error);
        QVERIFY2(c && l && r, qPrintable(error));
        // Gus is busy at 9:00 with Dr. B so only the exam lists of Ben, Cy and Ana are left.
        QVERIFY(!book(u"pt7"_s, u"dr-b"_s, u"c2"_s, u"2026-12-01T09:00"_s).id.isEmpty());
        const auto made = m_fill->offerSlot(m_slot, m_session, &error);
        QVERIFY2(made, qPrintable(error));
        QStringList entries;
        for (const WaitlistOffer &o : *made)
            entries << o.entryId;
        QCOMPARE(entries, QStringList({u"w-ben"_s, u"w-cy"_s, u"w-ana"_s}));

        const BookingOutcome won = m_fill->acceptOffer(made->at(0).id, m_session);
        QVERIFY2(won.ok(), qPrintable(won.message));
        QCOMPARE(won.appointment.patientId, u"pt2"_s);
        QCOMPARE(won.appointment.startUtc, m_slot.startUtc);
        QCOMPARE(offers(m_slot),
                 QStringList({u"w-ben:accepted"_s, u"w-cy:withdrawn"_s, u"w-ana:withdrawn"_s}));
        // Ben's w-ben and the covering exam entry are gone; the later one and the root canal stay.
        const QStringList left = waitlistIds();
        QVERIFY(!left.contains(u"w-ben"_s));
        QVERIFY(!left.contains(c->id));
        QVERIFY(left.contains(l->id));
        QVERIFY(left.contains(r->id));
        QVERIFY(left.contains(u"w-cy"_s));
        // A withdrawn offer cannot be accepted.
        const BookingOutcome lost = m_fill->acceptOffer(made->at(1).id, m_session);
        QCOMPARE(lost.result, BookingOutcome::Result::Refused);
        QCOMPARE(audited(u"offer_accepted"_s), 1);
        // The slot is not offered again once taken.
        QCOMPARE(m_fill->offerSlot(m_slot, m_session, &error)->size(), 0);
    }

    // Two receptionists at two computers accept two offers of the same time at the same moment:
    // one booking, one clean refusal.
    void concurrentAcceptancesBookOnce()
    {
        setFill(3);
        QString error;
        const auto made = m_fill->offerSlot(m_slot, m_session, &error);
        QVERIFY2(made && made->size() == 3, qPrintable(error));
        const QString file = store::Cache::findCacheFile(m_dir->path());
        const QString cacheId = store::Cache::cacheIdFromFile(file);
        const store::CacheKeyStore::ReadResult key = m_keys.readKey(cacheId);
        QCOMPARE(key.status, store::CacheKeyStore::Status::Ok);

        QSemaphore ready;
        QSemaphore go;
        BookingOutcome results[2];
        QString openErrors[2];
        auto desk = [&](int i, QString offerId) {
            return QThread::create([&, i, offerId] {
                store::MemoryCacheKeyStore keys;
                QString ignored;
                (void)keys.writeKey(cacheId, key.key, &ignored);
                auto opened = store::Cache::open(m_dir->path(), keys, store::Cache::OpenMode::OpenExisting);
                if (!opened.cache) {
                    openErrors[i] = opened.error.message;
                    ready.release();
                    return;
                }
                BookingService booking(*opened.cache, m_clock);
                FrontDesk frontDesk(*opened.cache, m_clock);
                FillService fill(*opened.cache, m_clock, booking, frontDesk);
                ready.release();
                go.acquire();
                results[i] = fill.acceptOffer(offerId, m_session);
            });
        };
        std::unique_ptr<QThread> a(desk(0, made->at(0).id));
        std::unique_ptr<QThread> b(desk(1, made->at(1).id));
        a->start();
        b->start();
        ready.acquire(2);
        go.release(2);
        QVERIFY(a->wait(30000));
        QVERIFY(b->wait(30000));
        QVERIFY2(openErrors[0].isEmpty() && openErrors[1].isEmpty(), qPrintable(openErrors[0] + openErrors[1]));
        const int done = int(results[0].ok()) + int(results[1].ok());
        QCOMPARE(done, 1);
        const BookingOutcome &loser = results[0].ok() ? results[1] : results[0];
        QCOMPARE(loser.result, BookingOutcome::Result::Refused);
        QVERIFY(!loser.message.isEmpty());
        // One appointment in that chair at that time, one accepted offer, the rest closed.
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM appointments WHERE chair_id = 'c1' AND start_utc = %1"_s.arg(
                m_slot.startUtc.toSecsSinceEpoch())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        const QStringList states = offers(m_slot);
        QCOMPARE(states.filter(u":accepted"_s).size(), 1);
        QCOMPARE(states.filter(u":offered"_s).size(), 0);
    }

    // Staff can give the time to a chosen entry out of order (audited); not to one that cannot take it.
    void directOfferIsAudited()
    {
        QString error;
        const auto direct = m_fill->offerDirect(m_slot, u"w-ana"_s, m_session, &error);
        QVERIFY2(direct, qPrintable(error));
        QVERIFY(direct->direct);
        QCOMPARE(audited(u"offer_direct"_s, direct->id), 1);
        QVERIFY(!m_fill->offerDirect(m_slot, u"w-ed-other-provider"_s, m_session, &error));
        QVERIFY(error.contains(u"cannot take this time"_s));
        // Ana speaks Spanish and prefers texts: her message is in Spanish.
        const auto contacts = m_fill->contactsFor(direct->id, m_session, &error);
        QVERIFY(contacts && contacts->size() == 1);
        QCOMPARE(contacts->first().language, u"es"_s);
        QCOMPARE(contacts->first().channel, ContactChannel::Sms);
        QVERIFY2(contacts->first().message.contains(u"se abrió"_s), qPrintable(contacts->first().message));
        // A read-only account may not offer.
        const UserSession viewer{u"viewer-1"_s, u"s"_s, u"w"_s, Role::ReadOnly, {}};
        QVERIFY(!m_fill->offerSlot(m_slot, viewer, &error));
        QVERIFY(!m_fill->offerDirect(m_slot, u"w-ben"_s, viewer, &error));
    }

    void messagesInBothLanguages()
    {
        const QDateTime at(QDate(2026, 12, 1), QTime(14, 0), QTimeZone("America/Chicago"));
        const QString en = patientmessage::slotOffer(u"en"_s, u"Fill Dental"_s, u"Dr. A"_s, at, 30);
        QCOMPARE(en, u"Fill Dental: a visit with Dr. A has opened on Tuesday, December 1 at 2:00 PM. Reply YES or "
                     "call us to take it; we hold it for you for 30 minutes."_s
                             .replace(u"2:00 PM"_s, language::localeFor(u"en"_s).toString(QTime(14, 0),
                                                                                        QLocale::ShortFormat)));
        const QString es = patientmessage::slotOffer(u"es"_s, u"Fill Dental"_s, u"Dr. A"_s, at, 30);
        QVERIFY2(es.startsWith(u"Fill Dental: se abrió una cita con Dr. A el martes, 1 de diciembre a las "_s),
                 qPrintable(es));
        QVERIFY2(es.endsWith(u"la guardamos para usted durante 30 minutos."_s), qPrintable(es));
        const QString rEs = patientmessage::reschedule(u"es"_s, u"Fill Dental"_s, u"Exam"_s, {at, at.addDays(1)});
        QVERIFY2(rEs.contains(u"1) martes, 1 de diciembre"_s) && rEs.contains(u"2) miércoles, 2 de diciembre"_s),
                 qPrintable(rEs));
        // A time that ends in "p. m." ends the sentence with one stop, not two.
        QVERIFY2(!rEs.contains(u".."_s), qPrintable(rEs));
        QVERIFY2(!patientmessage::reminder(u"es"_s, u"Fill Dental"_s, u"Dr. A"_s, at).contains(u".."_s),
                 qPrintable(patientmessage::reminder(u"es"_s, u"Fill Dental"_s, u"Dr. A"_s, at)));
        const QString rEn = patientmessage::reschedule(u"en"_s, u"Fill Dental"_s, u"Exam"_s, {});
        QCOMPARE(rEn, u"Fill Dental: we missed you at your Exam visit. Please call us to find a new time."_s);
        // The staff's own language does not change the patient's.
        QString langError;
        QVERIFY(language::use(u"es"_s, &langError));
        QCOMPARE(patientmessage::reschedule(u"en"_s, u"Fill Dental"_s, u"Exam"_s, {}), rEn);
        QVERIFY(language::use(u"en"_s, &langError));
    }

    // Over the limit (more than 3 in 12 months) the practice warns or asks for approval.
    void noShowLimitNeedsApprovalWhenAsked()
    {
        for (const QString &day : {u"2026-09-07"_s, u"2026-10-05"_s, u"2026-11-02"_s})
            QVERIFY(!noShow(u"pt5"_s, day + u"T09:00"_s).id.isEmpty());
        m_clock.setNowUtc(test::chicago(u"2026-11-30T08:00"_s));
        BookRequest r;
        r.patientId = u"pt5"_s;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = u"c1"_s;
        r.startUtc = test::chicago(u"2026-12-02T09:00"_s);
        setFill(1, 30, false, true);
        // Three: not over the limit.
        BookRequest first = r;
        const BookingOutcome three = m_booking->book(first, m_session);
        QVERIFY2(three.ok(), qPrintable(three.message));
        QVERIFY(m_booking->cancel(three.appointment.id, three.appointment.version, CancelReason::Patient, m_session).ok());
        QVERIFY(!noShow(u"pt5"_s, u"2026-11-16T09:00"_s).id.isEmpty());
        m_clock.setNowUtc(test::chicago(u"2026-11-30T08:00"_s));
        QString error;
        QCOMPARE(m_fill->noShowsInLastYear(u"pt5"_s, m_session, &error), std::optional<int>(4));
        r.startUtc = test::chicago(u"2026-12-03T09:00"_s);
        const BookingOutcome refused = m_booking->book(r, m_session);
        QCOMPARE(refused.result, BookingOutcome::Result::Refused);
        QCOMPARE(refused.violations.first().rule, BookingService::kNoShowApprovalRule);
        QVERIFY(refused.violations.first().message.contains(u"4"_s));
        // With an office manager's approval, or by the manager, it books; the approval is audited.
        // The service checks the approver itself: a wrong password or a front-desk account is
        // refused, whoever the caller is.
        UserAccounts accounts(*m_cache, m_clock);
        QString accountsError;
        const QByteArray password = "a manager's password";
        QByteArray typed = password;
        QVERIFY2(accounts.createFirstManager(u"manager"_s, typed, u"ws-1"_s, &accountsError), qPrintable(accountsError));
        typed = password;
        const std::optional<SignedIn> manager = accounts.signIn(u"manager"_s, typed, u"ws-1"_s, &accountsError);
        QVERIFY2(manager, qPrintable(accountsError));
        typed = password;
        QVERIFY2(accounts.addUser(*manager, u"frontdesk"_s, Role::FrontDesk, {}, typed, &accountsError),
                 qPrintable(accountsError));
        r.approval = Approval{u"manager"_s, "not the password"};
        QCOMPARE(m_booking->book(r, m_session).result, BookingOutcome::Result::Denied);
        r.approval = Approval{u"frontdesk"_s, password};
        const BookingOutcome notAManager = m_booking->book(r, m_session);
        QCOMPARE(notAManager.result, BookingOutcome::Result::Denied);
        QVERIFY2(notAManager.message.contains(u"office manager"_s), qPrintable(notAManager.message));
        r.approval = Approval{u"manager"_s, password};
        const BookingOutcome approved = m_booking->book(r, m_session);
        QVERIFY2(approved.ok(), qPrintable(approved.message));
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT detail FROM audit_log WHERE action = 'book' AND record_id = '%1'"_s.arg(
                approved.appointment.id)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(u"no_show_limit_approved_by="_s + manager->session.userId));
        r.approval.reset();
        r.startUtc = test::chicago(u"2026-12-04T09:00"_s);
        QVERIFY(m_booking->book(r, m_manager).ok());
        // Warning only (the default): front desk books; the dialog shows the count.
        setFill(1, 30, false, false);
        r.startUtc = test::chicago(u"2026-12-07T09:00"_s);
        QVERIFY(m_booking->book(r, m_session).ok());
    }

    void automaticNoShowMarking()
    {
        const Appointment ana = book(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-11-30T09:00"_s);
        m_clock.setNowUtc(test::chicago(u"2026-11-30T09:15"_s));
        QString error;
        QCOMPARE(m_fill->markLateNoShows(m_session, &error), std::optional<int>(0)); // off by default
        setFill(1, 30, true);
        m_clock.setNowUtc(test::chicago(u"2026-11-30T09:14"_s));
        QCOMPARE(m_fill->markLateNoShows(m_session, &error), std::optional<int>(0));
        m_clock.setNowUtc(test::chicago(u"2026-11-30T09:15"_s));
        QCOMPARE(m_fill->markLateNoShows(m_session, &error), std::optional<int>(1));
        QCOMPARE(m_booking->find(ana.id, &error)->status, AppointmentStatus::NoShow);
    }

    // The engine's three best times by the patient's preferences; the outcome is logged with
    // a correlation id, and an accepted time is booked.
    void rescheduleProposesBooksAndLogs()
    {
        const Appointment missed = noShow(u"pt3"_s, u"2026-11-30T09:00"_s);
        QString error;
        const auto options = m_fill->rescheduleOptions(missed.id, m_session, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->size(), 3);
        for (qsizetype i = 1; i < options->size(); ++i)
            QVERIFY(options->at(i - 1).score >= options->at(i).score);
        const auto message = m_fill->rescheduleMessage(missed.id, *options, &error);
        QVERIFY2(message && message->contains(u"3) "_s), qPrintable(error));

        const FillService::RescheduleResult noAnswer =
                m_fill->logReschedule(missed.id, ContactOutcome::NoAnswer, std::nullopt, m_session);
        QVERIFY2(noAnswer.booking.ok(), qPrintable(noAnswer.booking.message));
        QVERIFY(noAnswer.booking.appointment.id.isEmpty());
        const FillService::RescheduleResult accepted =
                m_fill->logReschedule(missed.id, ContactOutcome::Accepted, options->first(), m_session);
        QVERIFY2(accepted.booking.ok(), qPrintable(accepted.booking.message));
        QCOMPARE(accepted.booking.appointment.startUtc, scheduling::fromMinute(options->first().start));
        QCOMPARE(accepted.booking.appointment.typeId, missed.typeId);

        const auto log = m_fill->contactsFor(missed.id, m_session, &error);
        QVERIFY(log && log->size() == 2);
        QCOMPARE(log->at(0).outcome, ContactOutcome::NoAnswer);
        QCOMPARE(log->at(1).outcome, ContactOutcome::Accepted);
        QCOMPARE(log->at(1).newAppointmentId, accepted.booking.appointment.id);
        QVERIFY(log->at(0).correlationId != log->at(1).correlationId);
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'reschedule_call' AND correlation_id = '%1'"_s.arg(
                log->at(1).correlationId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Booked again: it leaves the unscheduled list and the sweep.
        QVERIFY(m_fill->weeklySweep(m_session, &error)->isEmpty());
        // An appointment still on the book is not rescheduled this way.
        QVERIFY(!m_fill->rescheduleOptions(accepted.booking.appointment.id, m_session, &error));
    }

    // Last week's no-shows not booked again or dismissed, each with its way of contact; no
    // message for a patient who asked not to be contacted.
    void weeklySweepRespectsContactChoices()
    {
        const Appointment old = noShow(u"pt1"_s, u"2026-11-20T09:00"_s);  // 10 days back
        const Appointment ana = noShow(u"pt1"_s, u"2026-11-24T09:00"_s);  // sms, Spanish
        const Appointment flo = noShow(u"pt6"_s, u"2026-11-25T10:00"_s);  // do not contact
        const Appointment ed = noShow(u"pt5"_s, u"2026-11-26T11:00"_s);   // dismissed below
        QVERIFY(!old.id.isEmpty() && !ana.id.isEmpty() && !flo.id.isEmpty() && !ed.id.isEmpty());
        m_clock.setNowUtc(test::chicago(u"2026-11-30T08:00"_s));
        QString error;
        QVERIFY(!m_fill->dismissUnscheduled(ed.id, u"  "_s, m_session, &error));
        QVERIFY(error.contains(u"why"_s));
        QVERIFY2(m_fill->dismissUnscheduled(ed.id, u"moved away"_s, m_session, &error), qPrintable(error));
        QCOMPARE(audited(u"dismiss"_s, ed.id), 1);

        const auto sweep = m_fill->weeklySweep(m_session, &error);
        QVERIFY2(sweep, qPrintable(error));
        QCOMPARE(sweep->size(), 2);
        const FollowUp &first = sweep->at(0); // latest first: Flo
        QCOMPARE(first.missed.appointment.id, flo.id);
        QVERIFY(first.doNotContact);
        QCOMPARE(first.channel, ContactChannel::None);
        QVERIFY(first.message.isEmpty());
        const FollowUp &second = sweep->at(1);
        QCOMPARE(second.missed.appointment.id, ana.id);
        QCOMPARE(second.channel, ContactChannel::Sms);
        QCOMPARE(second.options.size(), 3);
        QVERIFY2(second.message.contains(u"Te extrañamos"_s) || second.message.contains(u"lo extrañamos"_s),
                 qPrintable(second.message));
        // Ed's dismissal takes him off the unscheduled list too.
        for (const store::ScheduledAppointment &s : m_desk->unscheduled(30, m_session, &error))
            QVERIFY(s.appointment.id != ed.id);
    }

    void waitlistEntriesAreCheckedAndAudited()
    {
        QString error;
        WaitlistEntry e{{}, u"pt4"_s, u"exam"_s, u"dr-b"_s, QDate(2026, 12, 1), QDate(2026, 12, 20), 7, {}};
        WaitlistEntry backwards = e;
        backwards.latest = QDate(2026, 11, 1);
        QVERIFY(!m_fill->addToWaitlist(backwards, m_session, &error));
        WaitlistEntry tooUrgent = e;
        tooUrgent.urgency = 11;
        QVERIFY(!m_fill->addToWaitlist(tooUrgent, m_session, &error));
        WaitlistEntry nobody = e;
        nobody.patientId = u"pt-none"_s;
        QVERIFY(!m_fill->addToWaitlist(nobody, m_session, &error));
        const auto added = m_fill->addToWaitlist(e, m_session, &error);
        QVERIFY2(added, qPrintable(error));
        QCOMPARE(added->sinceUtc, m_clock.nowUtc());
        QCOMPARE(audited(u"create"_s, added->id), 1);
        WaitlistEntry edited = *added;
        edited.urgency = 10;
        QVERIFY2(m_fill->updateWaitlistEntry(edited, m_session, &error), qPrintable(error));
        QCOMPARE(audited(u"update"_s, added->id), 1);
        // Urgency 10 puts it first.
        QCOMPARE(m_desk->waitlist(m_session, &error).first().entry.id, added->id);
        const UserSession viewer{u"viewer-1"_s, u"s"_s, u"w"_s, Role::ReadOnly, {}};
        QVERIFY(!m_fill->removeFromWaitlist(added->id, viewer, &error));
        QVERIFY2(m_fill->removeFromWaitlist(added->id, m_session, &error), qPrintable(error));
        QVERIFY(!waitlistIds().contains(added->id));
        QVERIFY(!m_fill->removeFromWaitlist(added->id, m_session, &error));
    }
};

QTEST_MAIN(TestFillService)
#include "tst_fillservice.moc"
