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
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
