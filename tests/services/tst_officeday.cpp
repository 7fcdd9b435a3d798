#include "testsupport.h"
#include "practicecache.h"
#include "domain/clock.h"
#include "domain/session.h"
#include "services/absenceservice.h"
#include "services/bookingservice.h"
#include "services/familybooking.h"
#include "services/practiceimportservice.h"
#include "services/seriesservice.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/seriesrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// Two clinics. Dr. A works at Main Street Monday to Thursday and at Lakeside on Friday; Dr. B
// at Main Street every weekday and sees one patient a day at most; Dr. C only does
// pediatrics. Exams keep the provider for their first 10 minutes only.
const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Two Clinics Dental", "timeZone": "America/Chicago", "gridMinutes": 10,
                "chairTurnoverMinutes": 0, "providerBufferMinutes": 0, "noShowGraceMinutes": 15 },
  "clinics": [ { "id": "main", "name": "Main Street" }, { "id": "lake", "name": "Lakeside" } ],
  "chairs": [ { "id": "c1", "name": "Main 1", "clinicId": "main" }, { "id": "c2", "name": "Main 2", "clinicId": "main" },
              { "id": "c3", "name": "Main 3", "clinicId": "main" }, { "id": "l1", "name": "Lake 1", "clinicId": "lake" } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "skills": ["general"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu"], "start": "08:00", "end": "12:00", "clinic": "main" },
                 { "days": ["fri"], "start": "08:00", "end": "12:00", "clinic": "lake" } ] },
    { "id": "dr-b", "name": "Dr. B", "role": "dentist", "skills": ["general"], "maxDailyPatients": 1,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "12:00", "clinic": "main" } ] },
    { "id": "dr-c", "name": "Dr. C", "role": "dentist", "skills": ["pediatric"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "12:00", "clinic": "main" } ] } ],
  "appointmentTypes": [
    { "id": "exam", "name": "Exam", "minutes": 30, "skill": "general", "pattern": "XX\/\/\/\/" },
    { "id": "emergency", "name": "Emergency", "minutes": 30, "skill": "general", "emergency": true },
    { "id": "kids", "name": "Child visit", "minutes": 30, "skill": "pediatric" } ],
  "patients": [ { "id": "p1", "name": "Ana" }, { "id": "p2", "name": "Ben" }, { "id": "p3", "name": "Cy" },
                { "id": "p4", "name": "Di" }, { "id": "p5", "name": "Ed" },
                { "id": "p6", "name": "Flo Reyes", "familyId": "reyes" }, { "id": "p7", "name": "Gus Reyes", "familyId": "reyes" },
                { "id": "p8", "name": "Hal Reyes", "familyId": "reyes" } ],
  "blocks": [ { "id": "holiday", "start": "2026-12-23T00:00", "end": "2026-12-24T00:00", "label": "Closed" } ]
})";

} // namespace

// Series, family booking, a provider's absence and clinics, on a real encrypted cache.
class TestOfficeDay : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_session{u"frontdesk-1"_s, u"s"_s, u"ws"_s, Role::FrontDesk, {}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<BookingService> m_booking;

    BookingOutcome book(const QString &patient, const QString &type, const QString &provider, const QString &chair,
                        const QString &when)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = type;
        r.providerId = provider;
        r.chairId = chair;
        r.startUtc = test::chicago(when);
        return m_booking->book(r, m_session);
    }
    qint64 appointmentCount() { return store::AppointmentRepository(m_cache->database()).count(); }
    Appointment stored(const QString &id) { return *store::AppointmentRepository(m_cache->database()).find(id); }
    static QString issues(const PracticeImportService::Outcome &o)
    {
        QStringList out{o.storeError};
        for (const PracticeFileIssue &i : o.issues)
            out << i.toString();
        return out.join(u"\n"_s);
    }
    QString local(const QDateTime &utc) { return utc.toTimeZone(QTimeZone("America/Chicago")).toString(u"yyyy-MM-ddTHH:mm"_s); }

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
    }

    // Clinics: where a provider works on a day decides which chairs they can be booked in,
    // and a search can keep to one clinic.
    void clinicsBoundHoursAndSearches()
    {
        scheduling::OpeningRequest r;
        r.typeId = u"exam"_s;
        r.from = QDate(2026, 12, 4); // Friday: Dr. A at Lakeside
        r.limit = 50;
        r.clinicId = u"lake"_s;
        OpeningsOutcome lake = m_booking->openings(r);
        QVERIFY2(lake.error.isEmpty(), qPrintable(lake.error));
        QVERIFY(!lake.openings.isEmpty());
        for (const scheduling::Opening &o : lake.openings) {
            QCOMPARE(o.chairId, u"l1"_s);
            QCOMPARE(o.providerId, u"dr-a"_s);
        }
        r.clinicId = u"main"_s;
        for (const scheduling::Opening &o : m_booking->openings(r).openings) {
            QVERIFY(o.chairId != u"l1"_s);
            QCOMPARE(o.providerId, u"dr-b"_s); // Dr. A is not at Main Street on Fridays
        }
        r.from = QDate(2026, 12, 1); // Tuesday: nobody at Lakeside
        r.clinicId = u"lake"_s;
        QVERIFY(m_booking->openings(r).openings.isEmpty());
        r.clinicId = u"nowhere"_s;
        const OpeningsOutcome unknown = m_booking->openings(r);
        QVERIFY(unknown.badRequest);
        QVERIFY2(unknown.error.contains(u"nowhere"_s), qPrintable(unknown.error));

        // Dr. A cannot be booked at Main Street on a Friday, nor at Lakeside on a Tuesday.
        BookingOutcome o = m_booking->check(BookRequest{u"p1"_s, u"exam"_s, u"dr-a"_s, u"c1"_s,
                                                        test::chicago(u"2026-12-04T09:00"_s)});
        QCOMPARE(o.result, BookingOutcome::Result::Refused);
        o = m_booking->check(BookRequest{u"p1"_s, u"exam"_s, u"dr-a"_s, u"l1"_s, test::chicago(u"2026-12-01T09:00"_s)});
        QCOMPARE(o.result, BookingOutcome::Result::Refused);
        o = m_booking->check(BookRequest{u"p1"_s, u"exam"_s, u"dr-a"_s, u"l1"_s, test::chicago(u"2026-12-04T09:00"_s)});
        QVERIFY(o.ok());

        // A working span naming an unknown clinic is refused with where it is.
        QByteArray bad = QByteArray(kPractice).replace("\"clinic\": \"lake\"", "\"clinic\": \"lakeshore\"");
        const auto refused = PracticeImportService(*m_cache, m_clock).importDocument(bad, {u"setup"_s, u"s"_s, u"w"_s});
        QVERIFY(!refused.ok());
        QVERIFY2(issues(refused).contains(u"lakeshore"_s), qPrintable(issues(refused)));
    }

    // A Monday-and-Wednesday series with two instances that cannot be booked as asked: they
    // are listed with alternatives and nothing is saved until staff choose.
    void seriesWithPartialFailures()
    {
        QVERIFY(book(u"p1"_s, u"exam"_s, u"dr-a"_s, u"c2"_s, u"2026-12-14T08:00"_s).ok()); // Dr. A busy then

        SeriesService series(*m_cache, m_clock, *m_booking);
        SeriesRequest request;
        request.patientId = u"p4"_s;
        request.typeId = u"exam"_s;
        request.providerId = u"dr-a"_s;
        request.chairId = u"c1"_s;
        request.firstDate = QDate(2026, 12, 7);
        request.startMinute = 8 * 60;
        request.rule.days.insert(Qt::Monday);
        request.rule.days.insert(Qt::Wednesday);
        request.rule.count = 6;
        const qint64 before = appointmentCount();

        SeriesPlan plan = series.plan(request, m_session);
        QVERIFY2(plan.ok(), qPrintable(plan.message));
        QCOMPARE(plan.instances.size(), 6);
        QStringList dates;
        for (const SeriesInstance &i : plan.instances)
            dates << local(i.startUtc);
        QCOMPARE(dates, (QStringList{u"2026-12-07T08:00"_s, u"2026-12-09T08:00"_s, u"2026-12-14T08:00"_s,
                                     u"2026-12-16T08:00"_s, u"2026-12-21T08:00"_s, u"2026-12-23T08:00"_s}));
        QCOMPARE(plan.failing(), 2);
        const SeriesInstance &busy = plan.instances.at(2);
        const SeriesInstance &holiday = plan.instances.at(5);
        QVERIFY(!busy.bookable());
        QCOMPARE(busy.violations.first().rule, u"provider_busy"_s);
        QVERIFY(!busy.alternatives.isEmpty());
        QVERIFY(!holiday.bookable());
        QCOMPARE(holiday.violations.first().rule, u"blocked"_s);
        QVERIFY(!holiday.alternatives.isEmpty());
        QCOMPARE(appointmentCount(), before); // nothing saved by planning
        QVERIFY(store::SeriesRepository(m_cache->database()).members(u"x"_s).isEmpty());

        // Booking the failing ones as asked saves nothing at all.
        SeriesOutcome refused = series.book(request, plan.instances, m_session);
        QCOMPARE(refused.result, BookingOutcome::Result::Refused);
        QCOMPARE(refused.failedInstance, 3);
        QCOMPARE(appointmentCount(), before);

        // With the best alternatives: six visits, one series.
        plan.takeBestAlternatives();
        const SeriesOutcome booked = series.book(request, plan.instances, m_session);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        QCOMPARE(booked.appointments.size(), 6);
        QCOMPARE(appointmentCount(), before + 6);
        QString error;
        const std::optional<QList<SeriesMember>> members = series.members(booked.seriesId, &error);
        QVERIFY2(members, qPrintable(error));
        QCOMPARE(members->size(), 6);
        const scheduling::Opening &taken = busy.alternatives.first();
        QCOMPARE(members->at(2).instance, 3);
        QCOMPARE(scheduling::toMinute(members->at(2).appointment.startUtc), taken.start);
        QCOMPARE(members->at(2).appointment.providerId, taken.providerId);
        QCOMPARE(local(members->at(0).appointment.startUtc), u"2026-12-07T08:00"_s);
        QCOMPARE(store::SeriesRepository(m_cache->database()).series(booked.seriesId)->rule,
                 u"every=1;days=mon,wed;count=6"_s);

        // One instance on its own: cancelled through the booking service, still in the series.
        const Appointment second = members->at(1).appointment;
        QVERIFY(m_booking->cancel(second.id, second.version, CancelReason::Patient, m_session).ok());
        QCOMPARE(series.seriesOf(second.id, &error)->second, 2);

        // The rest of the series a day later: visits 4 to 6.
        SeriesShift shift;
        shift.seriesId = booked.seriesId;
        shift.fromInstance = 4;
        shift.days = 1;
        SeriesPlan moving = series.planMove(shift, m_session);
        QVERIFY2(moving.ok(), qPrintable(moving.message));
        QCOMPARE(moving.instances.size(), 3);
        // Visit 6 had moved to Thursday the 24th; a day later is a Friday, when Dr. A works at
        // Lakeside and cannot use chair 1.
        QCOMPARE(local(members->at(5).appointment.startUtc), u"2026-12-24T08:00"_s);
        QCOMPARE(moving.failing(), 1);
        QCOMPARE(moving.instances.at(2).number, 6);
        QCOMPARE(moving.instances.at(2).violations.first().rule, u"outside_hours"_s);
        QVERIFY(!moving.instances.at(2).alternatives.isEmpty());
        moving.takeBestAlternatives();
        const SeriesOutcome moved = series.move(moving.instances, m_session);
        QVERIFY2(moved.ok(), qPrintable(moved.message));
        QCOMPARE(local(stored(members->at(3).appointment.id).startUtc), u"2026-12-17T08:00"_s);
        QCOMPARE(local(stored(members->at(0).appointment.id).startUtc), u"2026-12-07T08:00"_s); // untouched

        // Cancel from visit 5 on: 5 and 6 go, the rest stay.
        const SeriesOutcome cancelled = series.cancel(booked.seriesId, 5, CancelReason::Practice, m_session);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.message));
        QCOMPARE(cancelled.appointments.size(), 2);
        QCOMPARE(stored(members->at(4).appointment.id).status, AppointmentStatus::Cancelled);
        QCOMPARE(stored(members->at(5).appointment.id).status, AppointmentStatus::Cancelled);
        QCOMPARE(stored(members->at(3).appointment.id).status, AppointmentStatus::Scheduled);
    }

    // A weekly series moved a week later: each visit moves into the time the next one left.
    void seriesMovesWholeIntoItsOwnTime()
    {
        SeriesService series(*m_cache, m_clock, *m_booking);
        SeriesRequest request{u"p5"_s, u"exam"_s, u"dr-a"_s, u"c3"_s, QDate(2026, 12, 3), 10 * 60, 0, {}, {}};
        request.rule.everyWeeks = 1;
        request.rule.count = 3;
        SeriesPlan plan = series.plan(request, m_session);
        QCOMPARE(plan.failing(), 0);
        const SeriesOutcome booked = series.book(request, plan.instances, m_session);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        SeriesShift shift;
        shift.seriesId = booked.seriesId;
        shift.days = 7;
        SeriesPlan moving = series.planMove(shift, m_session);
        QVERIFY2(moving.ok(), qPrintable(moving.message));
        QCOMPARE(moving.failing(), 0);
        QVERIFY(series.move(moving.instances, m_session).ok());
        QString error;
        QStringList starts;
        const std::optional<QList<SeriesMember>> members = series.members(booked.seriesId, &error);
        QVERIFY2(members, qPrintable(error));
        for (const SeriesMember &m : *members)
            starts << local(m.appointment.startUtc);
        QCOMPARE(starts, (QStringList{u"2026-12-10T10:00"_s, u"2026-12-17T10:00"_s, u"2026-12-24T10:00"_s}));

        // A rule out of range is refused before anything is tried.
        request.rule.count = 0;
        QCOMPARE(series.plan(request, m_session).result, BookingOutcome::Result::BadRequest);
        // A viewer may not book a series.
        request.rule.count = 2;
        const UserSession viewer{u"v"_s, u"s"_s, u"w"_s, Role::ReadOnly, {}};
        QCOMPARE(series.plan(request, viewer).result, BookingOutcome::Result::Denied);
    }

    // A parent and two children: back to back, and side by side in neighbouring chairs, booked
    // as one write.
    void familyBooking()
    {
        FamilyBooking family(*m_cache, m_clock, *m_booking);
        scheduling::GroupRequest request;
        request.members = {{u"p6"_s, u"exam"_s, 0}, {u"p7"_s, u"exam"_s, 0}, {u"p8"_s, u"kids"_s, 0}};
        request.from = QDate(2026, 12, 8);
        request.days = 3;
        request.clinicId = u"main"_s;
        const FamilyOpeningsOutcome found = family.openings(request, m_session);
        QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
        QVERIFY(!found.openings.isEmpty());
        const scheduling::GroupOpening first = found.openings.first();
        QCOMPARE(first.placements.size(), 3);
        for (qsizetype i = 1; i < first.placements.size(); ++i) {
            QVERIFY(first.placements.at(i).start >= first.placements.at(i - 1).end);
            QVERIFY(first.placements.at(i).start - first.placements.at(i - 1).end <= 10);
            QVERIFY(first.placements.at(i).chairId != u"l1"_s);
        }
        QCOMPARE(first.placements.at(2).providerId, u"dr-c"_s);
        const qint64 before = appointmentCount();
        const FamilyOutcome booked = family.book(request, first, m_session);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        QCOMPARE(booked.appointments.size(), 3);
        QCOMPARE(appointmentCount(), before + 3);

        // Side by side: the same start, neighbouring chairs.
        request.members = {{u"p7"_s, u"exam"_s, 0}, {u"p8"_s, u"kids"_s, 0}};
        request.arrangement = scheduling::GroupRequest::Arrangement::SideBySide;
        request.from = QDate(2026, 12, 15);
        request.days = 1;
        const FamilyOpeningsOutcome together = family.openings(request, m_session);
        QVERIFY(!together.openings.isEmpty());
        const scheduling::GroupOpening pair = together.openings.first();
        QCOMPARE(pair.placements.at(0).start, pair.placements.at(1).start);
        QVERIFY(pair.placements.at(0).chairId != pair.placements.at(1).chairId);
        QVERIFY(pair.placements.at(0).providerId != pair.placements.at(1).providerId);

        // If the second chair is taken meanwhile, nobody is booked.
        const scheduling::Opening &taken = pair.placements.at(1);
        QVERIFY(m_booking->book(BookRequest{u"p3"_s, u"kids"_s, taken.providerId, taken.chairId,
                                            scheduling::fromMinute(taken.start)},
                                m_session)
                        .ok());
        const qint64 beforeRace = appointmentCount();
        const FamilyOutcome raced = family.book(request, pair, m_session);
        QCOMPARE(raced.result, BookingOutcome::Result::Refused);
        QCOMPARE(raced.failedMember, 1);
        QCOMPARE(appointmentCount(), beforeRace);

        request.members = {{u"p7"_s, u"exam"_s, 0}};
        QVERIFY(family.openings(request, m_session).badRequest);
    }

    // Dr. A is off on Tuesday: the emergency gets the one place Dr. B has left, the routine
    // visit is rescheduled; applied one at a time, then the rest at once.
    void absenceReassignment()
    {
        const BookingOutcome routine = book(u"p1"_s, u"exam"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T08:00"_s);
        const BookingOutcome urgent = book(u"p2"_s, u"emergency"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T11:00"_s);
        const BookingOutcome kid = book(u"p3"_s, u"kids"_s, u"dr-c"_s, u"c2"_s, u"2026-12-01T08:00"_s);
        QVERIFY(routine.ok() && urgent.ok() && kid.ok());

        AbsenceService absence(*m_cache, m_clock, *m_booking);
        QString error;
        QVERIFY2(absence.markAbsent(u"dr-a"_s, QDate(2026, 12, 1), m_session, &error), qPrintable(error));
        QCOMPARE(book(u"p4"_s, u"exam"_s, u"dr-a"_s, u"c3"_s, u"2026-12-01T09:00"_s).violations.first().rule,
                 u"outside_hours"_s);

        AbsenceReview review = absence.review(u"dr-a"_s, QDate(2026, 12, 1), m_session);
        QVERIFY2(review.ok(), qPrintable(review.message));
        QVERIFY(review.absent);
        QCOMPARE(review.proposals.size(), 2);
        // The emergency comes first and takes Dr. B's only place (same skill, same time).
        const AbsenceProposal &e = review.proposals.at(0);
        QCOMPARE(e.appointment.id, urgent.appointment.id);
        QVERIFY(e.emergency);
        QCOMPARE(e.kind, AbsenceProposal::Kind::Reassign);
        QCOMPARE(e.target.providerId, u"dr-b"_s);
        QCOMPARE(e.target.start, scheduling::toMinute(urgent.appointment.startUtc));
        // Dr. C lacks the skill; Dr. B is full: the routine visit is rescheduled.
        const AbsenceProposal &r = review.proposals.at(1);
        QCOMPARE(r.appointment.id, routine.appointment.id);
        QCOMPARE(r.kind, AbsenceProposal::Kind::Reschedule);
        QVERIFY(!r.alternatives.isEmpty());
        QVERIFY(local(scheduling::fromMinute(r.target.start)) > u"2026-12-01T23:59"_s);
        QCOMPARE(stored(urgent.appointment.id).providerId, u"dr-a"_s); // nothing applied yet

        // One by one: the emergency first.
        AbsenceOutcome applied = absence.apply({e}, m_session);
        QVERIFY2(applied.ok(), qPrintable(applied.message));
        QCOMPARE(stored(urgent.appointment.id).providerId, u"dr-b"_s);
        QCOMPARE(stored(urgent.appointment.id).startUtc, urgent.appointment.startUtc);

        // A stale proposal saves nothing.
        QCOMPARE(absence.apply({e, r}, m_session).result, BookingOutcome::Result::Refused);

        review = absence.review(u"dr-a"_s, QDate(2026, 12, 1), m_session);
        QCOMPARE(review.proposals.size(), 1);
        applied = absence.apply(review.proposals, m_session);
        QVERIFY2(applied.ok(), qPrintable(applied.message));
        const Appointment rescheduled = stored(routine.appointment.id);
        QCOMPARE(scheduling::toMinute(rescheduled.startUtc), review.proposals.first().target.start);
        QVERIFY(absence.review(u"dr-a"_s, QDate(2026, 12, 1), m_session).proposals.isEmpty());

        // Back again: the day opens.
        QVERIFY2(absence.clearAbsence(u"dr-a"_s, QDate(2026, 12, 1), m_session, &error), qPrintable(error));
        QVERIFY(m_booking->check(BookRequest{u"p4"_s, u"exam"_s, u"dr-a"_s, u"c3"_s,
                                             test::chicago(u"2026-12-01T09:00"_s)})
                        .ok());
        QVERIFY(!absence.clearAbsence(u"dr-a"_s, QDate(2026, 12, 1), m_session, &error));
        const UserSession viewer{u"v"_s, u"s"_s, u"w"_s, Role::ReadOnly, {}};
        QVERIFY(!absence.markAbsent(u"dr-a"_s, QDate(2026, 12, 2), viewer, &error));
    }
};

QTEST_GUILESS_MAIN(TestOfficeDay)
#include "tst_officeday.moc"
