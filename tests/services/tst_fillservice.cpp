#include "testsupport.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QTemporaryDir>
#include <QTest>

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
    { "id": "pt1", "name": "Ana" }, { "id": "pt2", "name": "Ben" }, { "id": "pt3", "name": "Cy" },
    { "id": "pt4", "name": "Di" }, { "id": "pt5", "name": "Ed" }, { "id": "pt6", "name": "Flo" },
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
        auto opened = store::Cache::open(m_dir->path(), m_keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY2(opened.cache, qPrintable(opened.error.message));
        m_cache = std::move(opened.cache);
        const auto outcome = PracticeImportService(*m_cache, m_clock).importDocument(kPractice, {u"setup"_s, u"s"_s, u"w"_s});
        QVERIFY2(outcome.ok(), qPrintable(outcome.issues.isEmpty() ? outcome.storeError
                                                                   : outcome.issues.constFirst().toString()));
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
        const auto found = m_fill->candidatesFor(slot, m_session, &error);
        QVERIFY(found);
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
};

QTEST_MAIN(TestFillService)
#include "tst_fillservice.moc"
