#include "testsupport.h"
#include "practicecache.h"
#include "domain/clock.h"
#include "domain/session.h"
#include "services/bookingservice.h"
#include "services/dashboardservice.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// One dentist 08:00–12:00 with a 10:00–10:30 break (210 open minutes a day), two chairs any
// provider may use (240 minutes each), one waitlist entry.
const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Count Dental", "timeZone": "America/Chicago", "gridMinutes": 10,
                "chairTurnoverMinutes": 0, "providerBufferMinutes": 0, "noShowGraceMinutes": 15 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "12:00" } ],
      "breaks": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "10:00", "end": "10:30", "label": "Huddle" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30 } ],
  "patients": [ { "id": "p1", "name": "Ana" }, { "id": "p2", "name": "Ben" }, { "id": "p3", "name": "Cy" },
                { "id": "p4", "name": "Di" } ],
  "waitlist": [ { "id": "w1", "patientId": "p4", "typeId": "exam", "earliest": "2026-11-30", "latest": "2026-12-31",
                  "urgency": 5, "since": "2026-11-01T10:00" } ]
})";

// Scheduled production over the week of Sunday 2026-11-01, the day US clocks fall back (a
// 25-hour day). Dr. B works Monday to Friday but is off on Wednesday (an override) and blocked
// all of Friday: three days toward a $4,000 goal. Hygienist H works Tuesday to Saturday (Saturday
// with its own hours): five days toward $1,500.50.
const char *kProductionPractice = R"({
  "format": "chairside-practice/2",
  "practice": { "name": "Fee Dental", "timeZone": "America/Chicago", "gridMinutes": 10,
                "chairTurnoverMinutes": 0, "providerBufferMinutes": 0 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" } ],
  "providers": [
    { "id": "dr-b", "name": "Dr. B", "role": "dentist", "maxDailyPatients": 20, "dailyGoal": 4000,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ],
      "overrides": [ { "date": "2026-11-04", "closed": true } ] },
    { "id": "hyg-h", "name": "Hygienist H", "role": "hygienist", "maxDailyPatients": 10, "dailyGoal": 1500.50,
      "hours": [ { "days": ["tue", "wed", "thu", "fri", "sat"], "start": "07:00", "end": "15:00" } ],
      "overrides": [ { "date": "2026-11-07", "hours": [ { "start": "08:00", "end": "12:00" } ] } ] },
    { "id": "dr-away", "name": "Dr. Away", "role": "dentist", "maxDailyPatients": 10, "dailyGoal": 5000,
      "hours": [ { "days": ["mon"], "start": "08:00", "end": "12:00" } ],
      "overrides": [ { "date": "2026-11-02", "closed": true } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "fee": 65 },
                        { "id": "crown", "name": "Crown", "minutes": 90, "fee": 1200 },
                        { "id": "cleaning", "name": "Cleaning", "minutes": 60, "fee": 120 },
                        { "id": "consult", "name": "Consult", "minutes": 30 } ],
  "patients": [ { "id": "p1", "name": "Ana" } ],
  "blocks": [ { "id": "off", "providerId": "dr-b", "start": "2026-11-06T08:00", "end": "2026-11-06T17:00",
                "label": "Course" } ],
  "appointments": [
    { "id": "last-week", "patientId": "p1", "typeId": "crown", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-10-31T23:30" },
    { "id": "sun-early", "patientId": "p1", "typeId": "exam", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-01T00:30" },
    { "id": "crown", "patientId": "p1", "typeId": "crown", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-02T09:00", "status": "confirmed" },
    { "id": "exam", "patientId": "p1", "typeId": "exam", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-02T11:00", "status": "completed" },
    { "id": "cancelled", "patientId": "p1", "typeId": "crown", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-02T13:00", "status": "cancelled" },
    { "id": "missed", "patientId": "p1", "typeId": "crown", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-02T14:00", "status": "no_show" },
    { "id": "no-fee", "patientId": "p1", "typeId": "consult", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-02T15:00", "status": "arrived" },
    { "id": "cleaning", "patientId": "p1", "typeId": "cleaning", "providerId": "hyg-h", "chairId": "c2",
      "start": "2026-11-03T09:00", "status": "in_chair" },
    { "id": "sat-late", "patientId": "p1", "typeId": "exam", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-07T23:30" },
    { "id": "next-week", "patientId": "p1", "typeId": "crown", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-08T00:10" } ]
})";

} // namespace

// The dashboard's figures against ones worked out by hand on a small practice.
class TestDashboard : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_session{u"frontdesk-1"_s, u"s"_s, u"ws"_s, Role::FrontDesk, {}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<QTemporaryDir> m_feeDir;
    std::unique_ptr<store::Cache> m_feeCache;
    std::unique_ptr<BookingService> m_feeBooking;

    Appointment book(const QString &patient, const QString &chair, const QString &when)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = chair;
        r.startUtc = test::chicago(when);
        const BookingOutcome o = m_booking->book(r, m_session);
        if (!o.ok())
            qWarning() << "booking refused:" << o.message << (o.violations.isEmpty() ? QString() : o.violations.first().message);
        return o.appointment;
    }

    // A visit at `when` in the past that the patient missed (or, with `missed` false, that
    // nobody checked in).
    void past(const QString &patient, const QString &when, bool missed)
    {
        m_clock.setNowUtc(test::chicago(when).addSecs(-3600));
        const Appointment a = book(patient, u"c1"_s, when);
        if (missed) {
            m_clock.setNowUtc(test::chicago(when).addSecs(30 * 60));
            QVERIFY(m_booking->changeStatus(a.id, a.version, AppointmentStatus::NoShow, m_session).ok());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = test::practiceCache(m_dir->path(), m_keys, m_clock, kPractice, &why);
        QVERIFY2(m_cache, qPrintable(why));
        m_booking = std::make_unique<BookingService>(*m_cache, m_clock);

        past(u"p1"_s, u"2026-10-15T09:00"_s, true);  // 90-day window only
        past(u"p2"_s, u"2026-11-10T09:00"_s, true);
        past(u"p3"_s, u"2026-11-23T09:00"_s, true);
        past(u"p1"_s, u"2026-11-24T09:00"_s, false);
        m_clock.setNowUtc(test::chicago(u"2026-11-30T08:00"_s));
        QVERIFY(!book(u"p1"_s, u"c1"_s, u"2026-12-01T08:00"_s).id.isEmpty());
        const Appointment b = book(u"p2"_s, u"c1"_s, u"2026-12-01T08:30"_s);
        QVERIFY(m_booking->changeStatus(b.id, b.version, AppointmentStatus::Confirmed, m_session).ok());
        const Appointment c = book(u"p3"_s, u"c1"_s, u"2026-12-01T09:00"_s);
        QVERIFY(m_booking->cancel(c.id, c.version, CancelReason::Patient, m_session).ok());
        QVERIFY(!book(u"p4"_s, u"c2"_s, u"2026-12-01T11:00"_s).id.isEmpty());

        m_feeDir = std::make_unique<QTemporaryDir>();
        m_feeCache = test::practiceCache(m_feeDir->path(), m_keys, m_clock, kProductionPractice, &why);
        QVERIFY2(m_feeCache, qPrintable(why));
        m_feeBooking = std::make_unique<BookingService>(*m_feeCache, m_clock);
    }

    void countsTheDay()
    {
        QString error;
        DashboardService dashboard(*m_cache, m_clock, *m_booking);
        const std::optional<Dashboard> d = dashboard.compute(QDate(2026, 12, 1), 1, m_session, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->count(AppointmentStatus::Scheduled), 2);
        QCOMPARE(d->count(AppointmentStatus::Confirmed), 1);
        QCOMPARE(d->count(AppointmentStatus::Cancelled), 1);
        QCOMPARE(d->count(AppointmentStatus::NoShow), 0);
        QCOMPARE(d->providers.size(), 1);
        const ResourceFigures &dr = d->providers.first();
        QCOMPARE(dr.visits, 3);
        QCOMPARE(dr.bookedMinutes, 90);
        QCOMPARE(dr.openMinutes, 210);
        QCOMPARE(dr.cancellations, 1);
        QCOMPARE(d->chairs.size(), 2);
        QCOMPARE(d->chairs.at(0).bookedMinutes, 60);
        QCOMPARE(d->chairs.at(0).openMinutes, 240);
        QCOMPARE(d->chairs.at(1).bookedMinutes, 30);
        QCOMPARE(d->cancellationsByReason, (QList<std::pair<QString, int>>{{u"patient"_s, 1}}));
        QCOMPARE(d->waitlistSize, 1);
        // 09:00–10:00 free, 10:00–10:30 the huddle, 10:30–11:00 free, 11:30–12:00 free.
        QCOMPARE(d->gaps.size(), 3);
        QCOMPARE(d->gaps.at(0).startMinute, 9 * 60);
        QCOMPARE(d->gaps.at(0).minutes, 60);
        QCOMPARE(d->gaps.at(1).startMinute, 10 * 60 + 30);
        QCOMPARE(d->gaps.at(2).startMinute, 11 * 60 + 30);
        QCOMPARE(d->gaps.at(2).minutes, 30);
        // Up to now (Monday 08:00): 30 days hold 11-10, 11-23 (missed) and 11-24; 90 add 10-15.
        QCOMPARE(d->noShows30, 2);
        QCOMPARE(d->due30, 3);
        QCOMPARE(d->noShows90, 3);
        QCOMPARE(d->due90, 4);
        QVERIFY(qAbs(d->noShowRate30() - 2.0 / 3.0) < 1e-9);

        const QByteArray csv = d->toCsv();
        QVERIFY2(csv.contains("status,scheduled,2\n"), csv.constData());
        QVERIFY2(csv.contains("provider,dr-a,Dr. A,3,90,210,0.4286,0,1\n"), csv.constData());
        QVERIFY2(csv.contains("gap,2026-12-01,Dr. A,09:00,60\n"), csv.constData());
    }

    // Gaps are what is still ahead: later the same day, only the time after now counts.
    void gapsAreAhead()
    {
        m_clock.setNowUtc(test::chicago(u"2026-12-01T10:40"_s));
        QString error;
        DashboardService dashboard(*m_cache, m_clock, *m_booking);
        const std::optional<Dashboard> d = dashboard.compute(QDate(2026, 12, 1), 2, m_session, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->gaps.first().startMinute, 11 * 60 + 30); // 10:40–11:00 is 20 minutes
        QCOMPARE(d->gaps.at(1).date, QDate(2026, 12, 2));
        QCOMPARE(d->gaps.at(1).minutes, 120);                // 08:00–10:00 the next day
        QCOMPARE(d->providers.first().openMinutes, 420);
        m_clock.setNowUtc(test::chicago(u"2026-11-30T08:00"_s));
        const UserSession none{u"x"_s, u"s"_s, u"w"_s, Role::ReadOnly, {}};
        QVERIFY(dashboard.compute(QDate(2026, 12, 1), 1, none, &error)); // counts only: any role that reads the schedule
        QVERIFY(!dashboard.compute(QDate(2026, 12, 1), 0, m_session, &error));
    }

    // The practice's week starts on its country's first weekday, from its time zone.
    void weekStartsWhereThePracticeIs()
    {
        const QDate wednesday(2026, 11, 4);
        QCOMPARE(DashboardService::weekStart(wednesday, QTimeZone("America/Chicago")), QDate(2026, 11, 1));
        QCOMPARE(DashboardService::weekStart(QDate(2026, 11, 1), QTimeZone("America/Chicago")), QDate(2026, 11, 1));
        QCOMPARE(DashboardService::weekStart(QDate(2026, 11, 7), QTimeZone("America/Chicago")), QDate(2026, 11, 1));
        QCOMPARE(DashboardService::weekStart(wednesday, QTimeZone("Europe/Madrid")), QDate(2026, 11, 2));
    }

    // Fees of the visits on the books, per provider, for a day and its week; cancelled and
    // missed visits left out; goals times the days each provider works that week.
    void sumsFeesAgainstGoals()
    {
        QString error;
        DashboardService dashboard(*m_feeCache, m_clock, *m_feeBooking);
        const std::optional<Production> p = dashboard.production(QDate(2026, 11, 2), m_session, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->day, QDate(2026, 11, 2));
        QCOMPARE(p->weekFrom, QDate(2026, 11, 1));
        QCOMPARE(p->weekTo(), QDate(2026, 11, 7));
        // By name, who works that week or has visits in it: Dr. Away's one day is closed.
        QCOMPARE(p->providers.size(), 2);
        QCOMPARE(p->providers.at(0).name, u"Dr. B"_s);
        QCOMPARE(p->providers.at(1).name, u"Hygienist H"_s);
        QVERIFY(!p->provider(u"dr-away"_s));

        const ProductionFigures *b = p->provider(u"dr-b"_s);
        QVERIFY(b);
        // Monday: the crown (confirmed) and the exam (completed); the consult has no fee; the
        // cancelled and the missed crowns are not on the books.
        QCOMPARE(b->dayCents, qint64(126500));
        QCOMPARE(b->dayVisits, 3);
        QCOMPARE(b->dayUnpriced, 1);
        QCOMPARE(b->dayGoalCents, qint64(400000));
        QCOMPARE(b->dayPercent(), std::optional<int>(32)); // 31.6%
        // The week: Sunday 00:30 (before the clocks fall back) to Saturday 23:30 (after), not
        // Saturday the 31st nor Sunday the 8th.
        QCOMPARE(b->weekCents, qint64(6500 + 126500 + 6500));
        QCOMPARE(b->weekVisits, 5);
        QCOMPARE(b->daysWorked, 3); // Wednesday off, Friday blocked whole
        QCOMPARE(b->weekGoalCents, qint64(3 * 400000));
        QCOMPARE(b->weekPercent(), std::optional<int>(12));

        const ProductionFigures *h = p->provider(u"hyg-h"_s);
        QVERIFY(h);
        QCOMPARE(h->dayCents, qint64(0));
        QCOMPARE(h->dayGoalCents, qint64(0)); // not working on Mondays: no goal that day
        QCOMPARE(h->dayPercent(), std::optional<int>());
        QCOMPARE(h->weekCents, qint64(12000));
        QCOMPARE(h->daysWorked, 5);
        QCOMPARE(h->weekGoalCents, qint64(5 * 150050));

        QCOMPARE(p->practice.dayCents, qint64(126500));
        QCOMPARE(p->practice.dayGoalCents, qint64(400000));
        QCOMPARE(p->practice.weekCents, qint64(139500 + 12000));
        QCOMPARE(p->practice.weekGoalCents, qint64(1200000 + 750250));
        QCOMPARE(p->practice.weekUnpriced, 1);
        QCOMPARE(p->practice.daysWorked, 6); // Monday to Saturday; nobody on Sunday

        // Saturday's figures: the late exam is that day's, in the same week.
        const std::optional<Production> saturday = dashboard.production(QDate(2026, 11, 7), m_session, &error);
        QVERIFY2(saturday, qPrintable(error));
        QCOMPARE(saturday->weekFrom, QDate(2026, 11, 1));
        QCOMPARE(saturday->provider(u"dr-b"_s)->dayCents, qint64(6500));
        QCOMPARE(saturday->provider(u"dr-b"_s)->dayGoalCents, qint64(0)); // not a working day
        QCOMPARE(saturday->provider(u"hyg-h"_s)->dayGoalCents, qint64(150050));
        QCOMPARE(saturday->practice.weekCents, p->practice.weekCents);
    }

    // Today is the practice's date from the clock: late on Saturday evening in Chicago it is
    // already Sunday in UTC, and the figures are still Saturday's and that week's.
    void todayFromTheClock()
    {
        const QDateTime saved = m_clock.nowUtc();
        m_clock.setNowUtc(test::chicago(u"2026-11-07T23:50"_s));
        QString error;
        DashboardService dashboard(*m_feeCache, m_clock, *m_feeBooking);
        const std::optional<Production> p = dashboard.productionToday(m_session, &error);
        m_clock.setNowUtc(saved);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->day, QDate(2026, 11, 7));
        QCOMPARE(p->weekFrom, QDate(2026, 11, 1));
        QCOMPARE(p->practice.dayCents, qint64(6500));
    }

    // The dashboard carries the production of its first day, in its CSV as dollars and cents.
    void dashboardCarriesProduction()
    {
        QString error;
        DashboardService dashboard(*m_feeCache, m_clock, *m_feeBooking);
        const std::optional<Dashboard> d = dashboard.compute(QDate(2026, 11, 2), 7, m_session, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->production.day, QDate(2026, 11, 2));
        QCOMPARE(d->production.practice.weekCents, qint64(151500));
        const QByteArray csv = d->toCsv();
        QVERIFY2(csv.contains("provider,dr-b,Dr. B,2026-11-02,1265.00,4000.00,2026-11-01,1395.00,12000.00,3\n"),
                 csv.constData());
        QVERIFY2(csv.contains("provider,hyg-h,Hygienist H,2026-11-02,0.00,0.00,2026-11-01,120.00,7502.50,5\n"),
                 csv.constData());
        QVERIFY2(csv.contains("practice,,,2026-11-02,1265.00,4000.00,2026-11-01,1515.00,19502.50,6\n"), csv.constData());
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
