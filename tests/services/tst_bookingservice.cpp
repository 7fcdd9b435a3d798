#include "testsupport.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "services/bookingservice.h"
#include "services/practiceimportservice.h"
#include "services/schedulepage.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// Two dentists on c1/c2 weekdays 08–17, lunch 12–13, grid 10, turnover 15, buffer 10.
const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Service Dental", "timeZone": "America/Chicago", "gridMinutes": 10,
                "chairTurnoverMinutes": 15, "providerBufferMinutes": 10, "noShowGraceMinutes": 15 },
  "chairs": [ { "id": "c1", "name": "Chair 1", "equipment": ["standard"] },
              { "id": "c2", "name": "Chair 2", "equipment": ["standard", "xray"] } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "skills": ["general"], "maxDailyPatients": 12,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ],
      "breaks": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "12:00", "end": "13:00", "label": "Lunch" } ] },
    { "id": "dr-b", "name": "Dr. B", "role": "dentist", "skills": ["general"], "maxDailyPatients": 12,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [
    { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 20, "maxMinutes": 60, "pattern": "/XXXX/",
      "skill": "general", "equipment": ["standard"], "complexity": 1 } ],
  "patients": [
    { "id": "pt1", "name": "Ana Ruiz", "familyId": "f1",
      "preferences": { "timeOfDay": "morning", "days": ["tue"], "providerId": "dr-a" } },
    { "id": "pt2", "name": "Ben Ruiz", "familyId": "f1" },
    { "id": "pt3", "name": "Cy Doe" } ]
})";

qint64 countRows(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestBookingService : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_session{u"frontdesk-1"_s, u"session-9"_s, u"ws-3"_s};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<BookingService> m_service;

    BookRequest examAt(const QString &patient, const QString &provider, const QString &chair, const QString &when)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = u"exam"_s;
        r.providerId = provider;
        r.chairId = chair;
        r.startUtc = test::chicago(when);
        return r;
    }

    std::unique_ptr<store::Cache> openAgain()
    {
        return store::Cache::open(m_dir->path(), m_keys, store::Cache::OpenMode::OpenExisting).cache;
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
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = store::Cache::open(m_dir->path(), m_keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY2(opened.cache, qPrintable(opened.error.message));
        m_cache = std::move(opened.cache);
        PracticeImportService importer(*m_cache, m_clock);
        const auto outcome = importer.importDocument(kPractice, m_session);
        QVERIFY(outcome.ok());
        m_service = std::make_unique<BookingService>(*m_cache, m_clock);
        m_clock.setNowUtc(QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC));
    }

    void cleanup()
    {
        m_service.reset();
        m_cache.reset();
        m_dir.reset();
    }

    void bookWritesTheAppointmentItsAuditRecordAndOutboxEntryTogether()
    {
        QSqlDatabase &db = m_cache->database();
        const qint64 audits = countRows(db, u"SELECT count(*) FROM audit_log"_s);
        const BookingOutcome done = m_service->book(examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session);
        QVERIFY2(done.ok(), qPrintable(done.message));
        QCOMPARE(done.appointment.version, 1);
        QCOMPARE(done.appointment.minutes, 30);
        // No practice system is connected: the booking is this cache's own, not waiting for one.
        QCOMPARE(done.appointment.syncState, SyncState::Local);
        QCOMPARE(countRows(db, u"SELECT count(*) FROM appointments"_s), 1);
        QCOMPARE(countRows(db, u"SELECT count(*) FROM audit_log"_s), audits + 1);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT user_id, session_id, workstation, action, record_id, patient_id, detail "
                       "FROM audit_log ORDER BY seq DESC LIMIT 1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"frontdesk-1"_s);
        QCOMPARE(q.value(1).toString(), u"session-9"_s);
        QCOMPARE(q.value(2).toString(), u"ws-3"_s);
        QCOMPARE(q.value(3).toString(), u"book"_s);
        QCOMPARE(q.value(4).toString(), done.appointment.id);
        QCOMPARE(q.value(5).toString(), u"pt1"_s);
        QVERIFY(!q.value(6).toString().contains(u"Ana"_s));
        QVERIFY(q.exec(u"SELECT entity, entity_id, operation, payload, idempotency_key FROM outbox"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"appointment"_s);
        QCOMPARE(q.value(1).toString(), done.appointment.id);
        QCOMPARE(q.value(2).toString(), u"create"_s);
        QCOMPARE(q.value(4).toString(), done.appointment.idempotencyKey);
        const QJsonObject payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(payload.value(u"startUtc"_s).toString(), u"2026-12-01T15:00:00Z"_s);
        QVERIFY(!q.value(3).toString().contains(u"Ana"_s));
        QVERIFY(!q.next());
    }

    void sameIdempotencyKeyBooksOnce()
    {
        BookRequest r = examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s);
        r.idempotencyKey = u"desk-3-7781"_s;
        const BookingOutcome first = m_service->book(r, m_session);
        QVERIFY(first.ok());
        const BookingOutcome again = m_service->book(r, m_session);
        QVERIFY(again.ok());
        QVERIFY(again.replayed);
        QCOMPARE(again.appointment.id, first.appointment.id);
        // A second process retrying the same request gets the same appointment too.
        auto other = openAgain();
        QVERIFY(other);
        BookingService otherService(*other, m_clock);
        QCOMPARE(otherService.book(r, m_session).appointment.id, first.appointment.id);
        QCOMPARE(countRows(m_cache->database(), u"SELECT count(*) FROM appointments"_s), 1);
        QCOMPARE(countRows(m_cache->database(), u"SELECT count(*) FROM outbox"_s), 1);
        // The key cannot be reused for a different booking.
        r.startUtc = test::chicago(u"2026-12-01T10:00"_s);
        const BookingOutcome misuse = m_service->book(r, m_session);
        QCOMPARE(misuse.result, BookingOutcome::Result::BadRequest);
        QVERIFY(misuse.message.contains(u"already used"_s));
    }

    void refusedBookingNamesEveryRuleOffersAlternativesAndWritesNothing()
    {
        QVERIFY(m_service->book(examAt(u"pt2"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session).ok());
        QSqlDatabase &db = m_cache->database();
        const qint64 outbox = countRows(db, u"SELECT count(*) FROM outbox"_s);
        const BookingOutcome refused =
                m_service->book(examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:15"_s), m_session);
        QCOMPARE(refused.result, BookingOutcome::Result::Refused);
        QStringList rules;
        for (const auto &v : refused.violations)
            rules.append(v.rule);
        QCOMPARE(rules, (QStringList{u"off_grid"_s, u"provider_busy"_s, u"chair_busy"_s}));
        QCOMPARE(refused.alternatives.size(), 3);
        // pt1 likes Tuesday mornings with Dr. A, and pt2 of the same family comes that day:
        // 10 + 8 + 5 + 3.
        for (const auto &o : refused.alternatives) {
            QCOMPARE(o.providerId, u"dr-a"_s);
            QCOMPARE(o.score, 26);
        }
        QCOMPARE(scheduling::fromMinute(refused.alternatives.first().start), test::chicago(u"2026-12-01T08:00"_s));
        QCOMPARE(countRows(db, u"SELECT count(*) FROM appointments"_s), 1);
        QCOMPARE(countRows(db, u"SELECT count(*) FROM outbox"_s), outbox);
        // "Find next opening" for the same visit and day offers what the refusal offered.
        scheduling::OpeningRequest find;
        find.typeId = u"exam"_s;
        find.patientId = u"pt1"_s;
        find.from = QDate(2026, 12, 1);
        find.days = 30;
        find.limit = 3;
        const OpeningsOutcome next = m_service->nearestOpenings(find);
        QVERIFY2(next.error.isEmpty(), qPrintable(next.error));
        QCOMPARE(next.openings.size(), refused.alternatives.size());
        for (qsizetype i = 0; i < next.openings.size(); ++i) {
            QCOMPARE(next.openings.at(i).start, refused.alternatives.at(i).start);
            QCOMPARE(next.openings.at(i).chairId, refused.alternatives.at(i).chairId);
            QCOMPARE(next.openings.at(i).providerId, refused.alternatives.at(i).providerId);
        }
        find.days = 0;
        QVERIFY(!m_service->nearestOpenings(find).error.isEmpty());
        // The booking dialog's search: the service's window and count, never before today.
        find.from = QDate(2026, 11, 1);
        const OpeningsOutcome dialog = m_service->nextOpenings(find);
        QVERIFY2(dialog.error.isEmpty(), qPrintable(dialog.error));
        QCOMPARE(dialog.openings.size(), BookingService::kOpeningsShown);
        for (const scheduling::Opening &o : dialog.openings)
            QVERIFY(scheduling::fromMinute(o.start) >= m_clock.nowUtc());
        const BookingOutcome unknown =
                m_service->book(examAt(u"nobody"_s, u"dr-a"_s, u"c9"_s, u"2026-12-01T09:00"_s), m_session);
        QCOMPARE(unknown.result, BookingOutcome::Result::BadRequest);
        QVERIFY(unknown.message.contains(u"nobody"_s));
        QVERIFY(unknown.message.contains(u"c9"_s));
    }

    // A refused move offers other places: never the one the appointment already holds, and
    // the day staff dropped it on first while that day has room.
    void refusedMoveOffersOtherPlacesOnTheChosenDay()
    {
        // Ana's favourite: Tuesday morning with Dr. A.
        const BookingOutcome booked =
                m_service->book(examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T08:00"_s), m_session);
        QVERIFY(booked.ok());
        MoveRequest move;
        move.appointmentId = booked.appointment.id;
        move.expectedVersion = 1;
        move.startUtc = test::chicago(u"2026-12-03T12:10"_s); // Thursday, in Dr. A's lunch
        const BookingOutcome refused = m_service->move(move, m_session);
        QCOMPARE(refused.result, BookingOutcome::Result::Refused);
        QCOMPARE(refused.alternatives.size(), 3);
        for (const scheduling::Opening &o : refused.alternatives) {
            const bool itsOwnPlace = scheduling::fromMinute(o.start) == booked.appointment.startUtc
                    && o.chairId == booked.appointment.chairId && o.providerId == booked.appointment.providerId;
            QVERIFY2(!itsOwnPlace, "offered the place it already holds");
            QCOMPARE(scheduling::fromMinute(o.start).toTimeZone(QTimeZone("America/Chicago")).date(), QDate(2026, 12, 3));
        }
        // A day with no room left: the best of the days after it, still never its own place.
        move.startUtc = test::chicago(u"2026-12-05T09:00"_s); // Saturday: closed
        const BookingOutcome closed = m_service->move(move, m_session);
        QCOMPARE(closed.result, BookingOutcome::Result::Refused);
        QVERIFY(!closed.alternatives.isEmpty());
        for (const scheduling::Opening &o : closed.alternatives)
            QVERIFY(scheduling::fromMinute(o.start) > test::chicago(u"2026-12-05T00:00"_s));
    }

    void moveCarriesTheVersionItRead()
    {
        const BookingOutcome booked =
                m_service->book(examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session);
        MoveRequest move;
        move.appointmentId = booked.appointment.id;
        move.expectedVersion = 1;
        move.startUtc = test::chicago(u"2026-12-01T10:00"_s);
        move.chairId = u"c2"_s;
        const BookingOutcome moved = m_service->move(move, m_session);
        QVERIFY2(moved.ok(), qPrintable(moved.message));
        QCOMPARE(moved.appointment.version, 2);
        QCOMPARE(moved.appointment.chairId, u"c2"_s);
        // A second desk still holding version 1 is told, and nothing changes.
        move.startUtc = test::chicago(u"2026-12-01T11:00"_s);
        const BookingOutcome stale = m_service->move(move, m_session);
        QCOMPARE(stale.result, BookingOutcome::Result::Refused);
        QCOMPARE(stale.violations.constFirst().rule, u"stale_version"_s);
        QCOMPARE(m_service->find(booked.appointment.id, nullptr)->startUtc, test::chicago(u"2026-12-01T10:00"_s));
        // Resizing past the type's bounds is refused; within them it is a resize.
        const BookingOutcome tooLong = m_service->resize(booked.appointment.id, 2, 90, m_session);
        QCOMPARE(tooLong.violations.constFirst().rule, u"duration_bounds"_s);
        const BookingOutcome resized = m_service->resize(booked.appointment.id, 2, 50, m_session);
        QVERIFY(resized.ok());
        QCOMPARE(resized.appointment.minutes, 50);
        // A move onto its own old time does not collide with itself.
        move.expectedVersion = 3;
        move.startUtc = test::chicago(u"2026-12-01T10:10"_s);
        move.chairId.reset();
        QVERIFY(m_service->move(move, m_session).ok());
    }

    void workflowCancelNoShowAndUndo()
    {
        const BookingOutcome booked =
                m_service->book(examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session);
        const QString id = booked.appointment.id;
        QVERIFY(m_service->changeStatus(id, 1, AppointmentStatus::Confirmed, m_session).ok());
        const BookingOutcome skip = m_service->changeStatus(id, 2, AppointmentStatus::Completed, m_session);
        QCOMPARE(skip.violations.constFirst().rule, u"invalid_transition"_s);
        const BookingOutcome early = m_service->changeStatus(id, 2, AppointmentStatus::NoShow, m_session);
        QCOMPARE(early.violations.constFirst().rule, u"invalid_transition"_s);
        m_clock.setNowUtc(test::chicago(u"2026-12-01T09:15"_s));
        const BookingOutcome noShow = m_service->changeStatus(id, 2, AppointmentStatus::NoShow, m_session);
        QVERIFY(noShow.ok());
        // The freed time can be booked by someone else...
        const BookingOutcome other =
                m_service->book(examAt(u"pt3"_s, u"dr-a"_s, u"c1"_s, u"2026-12-02T09:00"_s), m_session);
        QVERIFY(other.ok());
        // ...and undo walks the status back step by step.
        const BookingOutcome undone = m_service->undoStatus(id, 3, m_session);
        QVERIFY2(undone.ok(), qPrintable(undone.message));
        QCOMPARE(undone.appointment.status, AppointmentStatus::Confirmed);
        QCOMPARE(m_service->undoStatus(id, 4, m_session).appointment.status, AppointmentStatus::Scheduled);
        QCOMPARE(m_service->undoStatus(id, 5, m_session).violations.constFirst().rule, u"invalid_transition"_s);

        // Undoing a cancellation needs the time to be free still.
        const BookingOutcome cancelled = m_service->cancel(id, 5, CancelReason::Patient, m_session);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.appointment.cancelReason, u"patient"_s);
        m_clock.setNowUtc(QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC));
        const BookingOutcome taken =
                m_service->book(examAt(u"pt2"_s, u"dr-b"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session);
        QVERIFY2(taken.ok(), qPrintable(taken.violations.isEmpty() ? taken.message : taken.violations.first().message));
        const BookingOutcome blocked = m_service->undoStatus(id, 6, m_session);
        QCOMPARE(blocked.result, BookingOutcome::Result::Refused);
        QCOMPARE(blocked.violations.constFirst().rule, u"chair_busy"_s);
        QVERIFY(m_service->cancel(taken.appointment.id, 1, CancelReason::Practice, m_session).ok());
        QCOMPARE(m_service->undoStatus(id, 6, m_session).appointment.status, AppointmentStatus::Scheduled);
        QCOMPARE(m_service->changeStatus(id, 7, AppointmentStatus::Cancelled, m_session).result,
                 BookingOutcome::Result::BadRequest);
    }

    // What a change gives back is the service's answer, the same for every caller: all of a
    // moved, cancelled or missed visit's place, the tail of a shortened one, nothing otherwise.
    void theServiceSaysWhatTimeCameFree()
    {
        const BookingOutcome booked =
                m_service->book(examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session);
        QVERIFY(booked.ok());
        QVERIFY(!booked.freed);
        const QString id = booked.appointment.id;
        const BookingOutcome confirmed = m_service->changeStatus(id, 1, AppointmentStatus::Confirmed, m_session);
        QVERIFY(confirmed.ok());
        QVERIFY(!confirmed.freed);
        const BookingOutcome longer = m_service->resize(id, 2, 40, m_session);
        QVERIFY(longer.ok());
        QVERIFY(!longer.freed);
        const BookingOutcome shorter = m_service->resize(id, 3, 20, m_session);
        QVERIFY(shorter.ok());
        QVERIFY(shorter.freed);
        QCOMPARE(shorter.freed->startUtc, test::chicago(u"2026-12-01T09:20"_s));
        QCOMPARE(shorter.freed->minutes, 20);
        QCOMPARE(shorter.freed->chairId, u"c1"_s);
        QCOMPARE(shorter.freed->providerId, u"dr-a"_s);
        MoveRequest move;
        move.appointmentId = id;
        move.expectedVersion = 4;
        move.startUtc = test::chicago(u"2026-12-01T10:00"_s);
        move.chairId = u"c2"_s;
        const BookingOutcome moved = m_service->move(move, m_session);
        QVERIFY(moved.ok());
        QVERIFY(moved.freed);
        QCOMPARE(moved.freed->startUtc, test::chicago(u"2026-12-01T09:00"_s));
        QCOMPARE(moved.freed->minutes, 20);
        QCOMPARE(moved.freed->chairId, u"c1"_s);
        const BookingOutcome cancelled = m_service->cancel(id, 5, CancelReason::Patient, m_session);
        QVERIFY(cancelled.ok());
        QVERIFY(cancelled.freed);
        QCOMPARE(cancelled.freed->startUtc, test::chicago(u"2026-12-01T10:00"_s));
        QCOMPARE(cancelled.freed->chairId, u"c2"_s);
        // Taking a cancellation back frees nothing; a no-show frees its whole place.
        const BookingOutcome back = m_service->undoStatus(id, 6, m_session);
        QVERIFY(back.ok());
        QVERIFY(!back.freed);
        m_clock.setNowUtc(test::chicago(u"2026-12-01T10:16"_s));
        const BookingOutcome missed = m_service->changeStatus(id, 7, AppointmentStatus::NoShow, m_session);
        QVERIFY2(missed.ok(), qPrintable(missed.violations.isEmpty() ? missed.message : missed.violations.first().message));
        QVERIFY(missed.freed);
        QCOMPARE(missed.freed->startUtc, test::chicago(u"2026-12-01T10:00"_s));
        QCOMPARE(missed.freed->minutes, 20);
    }

    void anotherProcessesBookingIsSeen()
    {
        auto other = openAgain();
        QVERIFY(other);
        BookingService desk2(*other, m_clock);
        // Both desks have looked at Tuesday.
        QVERIFY(m_service->openings({u"exam"_s, QDate(2026, 12, 1), 1, {}, {}, 0, 3, {}, {}, {}}).error.isEmpty());
        QVERIFY(desk2.openings({u"exam"_s, QDate(2026, 12, 1), 1, {}, {}, 0, 3, {}, {}, {}}).error.isEmpty());
        QVERIFY(desk2.book(examAt(u"pt2"_s, u"dr-b"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session).ok());
        const BookingOutcome clash =
                m_service->book(examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session);
        QCOMPARE(clash.result, BookingOutcome::Result::Refused);
        QCOMPARE(clash.violations.constFirst().rule, u"chair_busy"_s);
        const auto openings = m_service->openings({u"exam"_s, QDate(2026, 12, 1), 1, u"dr-b"_s, {}, 0, 3, {}, {}, {}});
        QCOMPARE(scheduling::fromMinute(openings.openings.first().start), test::chicago(u"2026-12-01T08:00"_s));
        QCOMPARE(openings.openings.first().chairId, u"c1"_s);
        QVERIFY(std::none_of(openings.openings.cbegin(), openings.openings.cend(), [](const scheduling::Opening &o) {
            return scheduling::fromMinute(o.start) == test::chicago(u"2026-12-01T09:00"_s);
        }));
    }

    // The page the schedule draws: hours, the break, the standing conflicts of a booking that
    // came in from elsewhere (a PMS import) on top of another, and dry-run checks.
    void pageShowsHoursBreaksAndStandingConflicts()
    {
        QVERIFY(m_service->book(examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session).ok());
        Appointment imported;
        imported.id = u"pms-77"_s;
        imported.patientId = u"pt3"_s;
        imported.typeId = u"exam"_s;
        imported.providerId = u"dr-b"_s;
        imported.chairId = u"c1"_s;
        imported.startUtc = test::chicago(u"2026-12-01T09:10"_s);
        imported.minutes = 30;
        imported.syncState = SyncState::Synced;
        QSqlError error;
        QVERIFY(m_cache->database().transaction());
        QVERIFY(store::AppointmentRepository(m_cache->database()).upsertImported(imported, 0, &error));
        QVERIFY(m_cache->database().commit());

        QString why;
        const std::optional<SchedulePage> page = m_service->page(QDate(2026, 12, 1), 1, m_session, &why);
        QVERIFY2(page, qPrintable(why));
        QCOMPARE(page->frames.size(), 1);
        const DayFrame &frame = page->frames.constFirst();
        QCOMPARE(frame.providerOpen.value(u"dr-a"_s).size(), 1);
        QCOMPARE(frame.providerOpen.value(u"dr-a"_s).constFirst().startMinute, 8 * 60);
        QCOMPARE(frame.providerOpen.value(u"dr-a"_s).constFirst().endMinute, 17 * 60);
        QCOMPARE(frame.providerClosed.value(u"dr-a"_s).size(), 1);
        QCOMPARE(frame.providerClosed.value(u"dr-a"_s).constFirst().label, u"Lunch"_s);
        QVERIFY(frame.providerClosed.value(u"dr-a"_s).constFirst().isBreak);
        QCOMPARE(page->appointments.size(), 2);
        for (const PageAppointment &p : page->appointments) {
            QCOMPARE(p.date, QDate(2026, 12, 1));
            // Each stands on the other in chair 1.
            QVERIFY2(!p.conflicts.isEmpty(), qPrintable(p.shown.appointment.id));
            QVERIFY(p.conflicts.join(u' ').contains(u"chair"_s, Qt::CaseInsensitive));
            QCOMPARE(p.providerTime, u"/XXXX/"_s);
        }
        QCOMPARE(page->appointments.constFirst().startMinute, 9 * 60);

        // Dry runs write nothing and answer like the real call.
        const qint64 audits = countRows(m_cache->database(), u"SELECT count(*) FROM audit_log"_s);
        QVERIFY(m_service->check(examAt(u"pt2"_s, u"dr-b"_s, u"c2"_s, u"2026-12-01T10:00"_s)).ok());
        QCOMPARE(m_service->check(examAt(u"pt2"_s, u"dr-a"_s, u"c2"_s, u"2026-12-01T09:00"_s)).violations.constFirst().rule,
                 u"provider_busy"_s);
        MoveRequest move;
        move.appointmentId = u"pms-77"_s;
        move.expectedVersion = 1;
        move.startUtc = test::chicago(u"2026-12-01T14:00"_s);
        QVERIFY(m_service->check(move).ok());
        move.expectedVersion = 5;
        QCOMPARE(m_service->check(move).violations.constFirst().rule, u"stale_version"_s);
        QCOMPARE(countRows(m_cache->database(), u"SELECT count(*) FROM audit_log"_s), audits);
        QCOMPARE(countRows(m_cache->database(), u"SELECT count(*) FROM appointments WHERE id = 'pms-77' AND version = 1"_s), 1);
    }

    // Looking months ahead and back does not lose what the engine knows of the day in between.
    void farJumpsKeepTheEngineRight()
    {
        QVERIFY(m_service->book(examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session).ok());
        QString why;
        QVERIFY(m_service->page(QDate(2027, 6, 1), 1, m_session, &why));
        QVERIFY(m_service->page(QDate(2026, 12, 2), 1, m_session, &why));
        QVERIFY(m_service->page(QDate(2027, 3, 1), 7, m_session, &why));
        const BookingOutcome clash =
                m_service->check(examAt(u"pt2"_s, u"dr-b"_s, u"c1"_s, u"2026-12-01T09:00"_s));
        QCOMPARE(clash.result, BookingOutcome::Result::Refused);
        QCOMPARE(clash.violations.constFirst().rule, u"chair_busy"_s);
    }

    void newPracticeDataIsPickedUp()
    {
        QVERIFY(m_service->openings({u"exam"_s, QDate(2026, 12, 1), 1, u"dr-a"_s, {}, 0, 3, {}, {}, {}}).openings.size() == 3);
        // Another process closes Dr. A's Tuesday.
        auto other = openAgain();
        PracticeImportService importer(*other, m_clock);
        QJsonObject doc = QJsonDocument::fromJson(kPractice).object();
        QJsonArray providers = doc.value(u"providers"_s).toArray();
        QJsonObject a = providers.at(0).toObject();
        a.insert(u"overrides"_s, QJsonArray{QJsonObject{{u"date"_s, u"2026-12-01"_s}, {u"closed"_s, true}}});
        providers.replace(0, a);
        doc.insert(u"providers"_s, providers);
        QVERIFY(importer.importDocument(QJsonDocument(doc).toJson(), m_session).ok());
        QVERIFY(m_service->openings({u"exam"_s, QDate(2026, 12, 1), 1, u"dr-a"_s, {}, 0, 3, {}, {}, {}}).openings.isEmpty());
        const BookingOutcome refused =
                m_service->book(examAt(u"pt1"_s, u"dr-a"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_session);
        QCOMPARE(refused.violations.constFirst().rule, u"outside_hours"_s);
    }

    // A day nobody works says why in its heading: a practice-wide block's name, everyone off,
    // or nobody working that weekday; a working day says nothing.
    void closedDaysSayWhy()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QJsonObject doc = QJsonDocument::fromJson(kPractice).object();
        QJsonArray providers = doc.value(u"providers"_s).toArray();
        for (qsizetype i = 0; i < providers.size(); ++i) {
            QJsonObject p = providers.at(i).toObject();
            p.insert(u"overrides"_s, QJsonArray{QJsonObject{{u"date"_s, u"2026-12-03"_s}, {u"closed"_s, true}},
                                                QJsonObject{{u"date"_s, u"2026-12-04"_s}, {u"closed"_s, true}}});
            providers.replace(i, p);
        }
        doc.insert(u"providers"_s, providers);
        doc.insert(u"blocks"_s, QJsonArray{QJsonObject{{u"id"_s, u"founders"_s},
                                                       {u"start"_s, u"2026-12-04T07:00"_s},
                                                       {u"end"_s, u"2026-12-04T19:00"_s},
                                                       {u"label"_s, u"Founders' Day"_s}}});
        PracticeImportService importer(*m_cache, m_clock);
        const auto imported = importer.importDocument(QJsonDocument(doc).toJson(), m_session);
        QVERIFY2(imported.ok(), qPrintable(imported.storeError
                                            + (imported.issues.isEmpty() ? QString() : imported.issues.constFirst().toString())));

        QString why;
        const std::optional<SchedulePage> page = m_service->page(QDate(2026, 12, 1), 5, m_session, &why);
        QVERIFY2(page, qPrintable(why));
        QCOMPARE(page->frames.at(0).closedReason, QString()); // Tuesday, worked
        QCOMPARE(page->frames.at(2).closedReason, u"Every provider is off"_s);
        QCOMPARE(page->frames.at(3).closedReason, u"Founders' Day"_s);
        QCOMPARE(page->frames.at(4).closedReason, u"No one works on Saturday"_s);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestBookingService)
#include "tst_bookingservice.moc"
