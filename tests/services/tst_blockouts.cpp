// Blockouts and production blocks through their service: who may change them, the checks and
// their messages, the audit trail, and their effect on booking (the production-block warning
// and its audited override) through BookingService, as the dialog and the CLI use it.
#include "testsupport.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "services/blockoutservice.h"
#include "services/bookingservice.h"
#include "services/practiceimportservice.h"
#include "services/schedulepage.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

const char *kPractice = R"({
  "format": "chairside-practice/2",
  "practice": { "name": "Block Dental", "timeZone": "America/Chicago", "gridMinutes": 10,
                "chairTurnoverMinutes": 15, "providerBufferMinutes": 10, "productionReleaseDays": 2 },
  "chairs": [ { "id": "c1", "name": "Chair 1", "equipment": ["standard"] },
              { "id": "c2", "name": "Chair 2", "equipment": ["standard"] } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "skills": ["general"], "maxDailyPatients": 12,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [
    { "id": "exam", "name": "Exam", "minutes": 30, "skill": "general", "equipment": ["standard"] },
    { "id": "crown", "name": "Crown prep", "minutes": 60, "skill": "general", "equipment": ["standard"] } ],
  "patients": [ { "id": "pt1", "name": "Ana Ruiz" }, { "id": "pt2", "name": "Ben Ruiz" } ],
  "blocks": [ { "id": "meeting", "start": "2026-12-02T08:00", "end": "2026-12-02T08:30", "label": "Staff meeting",
                "repeat": { "days": ["wed"], "until": "2026-12-30", "skip": ["2026-12-23"] } } ],
  "productionBlocks": [ { "id": "pb-crown", "name": "Crown/bridge", "providerId": "dr-a", "chairId": "c2",
                          "days": ["tue"], "start": "08:00", "end": "10:00", "types": ["crown"],
                          "color": "#e6550d" } ]
})";

qint64 countRows(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestBlockouts : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_manager{u"manager-1"_s, u"s1"_s, u"ws-1"_s, Role::OfficeManager, {}};
    UserSession m_desk{u"frontdesk-1"_s, u"s2"_s, u"ws-2"_s, Role::FrontDesk, {}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<BlockoutService> m_blocks;

    Block blockout(const QString &label, const QString &from, const QString &to)
    {
        Block b;
        b.label = label;
        b.startUtc = test::chicago(from);
        b.endUtc = test::chicago(to);
        return b;
    }
    BookRequest visit(const QString &patient, const QString &type, const QString &chair, const QString &when)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = type;
        r.providerId = u"dr-a"_s;
        r.chairId = chair;
        r.startUtc = test::chicago(when);
        return r;
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
        const auto imported = PracticeImportService(*m_cache, m_clock).importDocument(kPractice, m_manager);
        QStringList issues;
        for (const PracticeFileIssue &i : imported.issues)
            issues << i.toString();
        QVERIFY2(imported.ok(), qPrintable(issues.join(u'\n') + imported.storeError));
        m_booking = std::make_unique<BookingService>(*m_cache, m_clock);
        m_blocks = std::make_unique<BlockoutService>(*m_cache, m_clock);
    }

    void cleanup()
    {
        m_blocks.reset();
        m_booking.reset();
        m_cache.reset();
        m_dir.reset();
    }

    // The file's repeating meeting reads back as the rule it is, and blocks each Wednesday
    // but the left-out one.
    void theFilesRepeatingBlockoutIsStoredAsARule()
    {
        QString error;
        const std::optional<Block> meeting = m_blocks->find(u"meeting"_s, &error);
        QVERIFY2(meeting, qPrintable(error));
        QVERIFY(meeting->repeat);
        QCOMPARE(meeting->repeat->until, QDate(2026, 12, 30));
        QCOMPARE(meeting->repeat->skipped, QList<QDate>{QDate(2026, 12, 23)});
        const BookingOutcome on16 = m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2026-12-16T08:00"_s));
        QCOMPARE(on16.result, BookingOutcome::Result::Refused);
        QCOMPARE(on16.violations.constFirst().rule, u"blocked"_s);
        QVERIFY(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2026-12-23T08:00"_s)).ok());
        QVERIFY(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2027-01-06T08:00"_s)).ok());
        // The schedule page draws it on the lanes of that day, and the production block too.
        const std::optional<QList<DayFrame>> frames = m_booking->frames(QDate(2026, 12, 15), 2, m_manager, &error);
        QVERIFY2(frames, qPrintable(error));
        const QList<DayRange> closed = frames->at(1).chairClosed.value(u"c1"_s);
        QVERIFY(std::any_of(closed.cbegin(), closed.cend(),
                            [](const DayRange &r) { return r.label == u"Staff meeting"_s && r.startMinute == 480; }));
        QCOMPARE(frames->at(0).production.size(), 1);
        QCOMPARE(frames->at(0).production.first().name, u"Crown/bridge"_s);
        QCOMPARE(frames->at(0).production.first().startMinute, 480);
    }

    void theOfficeManagerCreatesMovesResizesAndDeletesABlockout()
    {
        QSqlDatabase &db = m_cache->database();
        const qint64 audits = countRows(db, u"SELECT count(*) FROM audit_log"_s);
        Block lunch = blockout(u"Lunch and learn"_s, u"2026-12-03T12:00"_s, u"2026-12-03T13:00"_s);
        const BlockoutOutcome made = m_blocks->create(lunch, m_manager);
        QVERIFY2(made.ok(), qPrintable(made.message));
        QVERIFY(!made.block.id.isEmpty());
        QCOMPARE(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2026-12-03T12:00"_s)).violations.constFirst().rule,
                 u"blocked"_s);

        const BlockoutOutcome moved =
                m_blocks->move(made.block.id, QDate(2026, 12, 3), test::chicago(u"2026-12-03T14:00"_s), m_manager);
        QVERIFY2(moved.ok(), qPrintable(moved.message));
        QCOMPARE(moved.block.endUtc, test::chicago(u"2026-12-03T15:00"_s)); // keeps its length
        QVERIFY(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2026-12-03T12:00"_s)).ok());

        const BlockoutOutcome resized =
                m_blocks->resize(made.block.id, QDate(2026, 12, 3), test::chicago(u"2026-12-03T15:30"_s), m_manager);
        QVERIFY2(resized.ok(), qPrintable(resized.message));
        QCOMPARE(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2026-12-03T15:00"_s)).result,
                 BookingOutcome::Result::Refused);

        const BlockoutOutcome gone = m_blocks->remove(made.block.id, m_manager);
        QVERIFY2(gone.ok(), qPrintable(gone.message));
        QVERIFY(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2026-12-03T15:00"_s)).ok());

        QCOMPARE(countRows(db, u"SELECT count(*) FROM audit_log"_s), audits + 4);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT action, user_id, record_type, record_id FROM audit_log ORDER BY seq DESC LIMIT 4"_s));
        QStringList actions;
        while (q.next()) {
            actions.prepend(q.value(0).toString());
            QCOMPARE(q.value(1).toString(), u"manager-1"_s);
            QCOMPARE(q.value(2).toString(), u"block"_s);
            QCOMPARE(q.value(3).toString(), made.block.id);
        }
        QCOMPARE(actions, (QStringList{u"create_blockout"_s, u"move_blockout"_s, u"resize_blockout"_s,
                                       u"delete_blockout"_s}));
    }

    // A repeating blockout moves as a series, within its day, and keeps its wall clock.
    void aRepeatingBlockoutMovesAsASeries()
    {
        const BlockoutOutcome moved =
                m_blocks->move(u"meeting"_s, QDate(2026, 12, 16), test::chicago(u"2026-12-16T16:00"_s), m_manager);
        QVERIFY2(moved.ok(), qPrintable(moved.message));
        QCOMPARE(moved.block.startUtc, test::chicago(u"2026-12-02T16:00"_s));
        QVERIFY(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2026-12-09T08:00"_s)).ok());
        QCOMPARE(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2026-12-09T16:00"_s)).result,
                 BookingOutcome::Result::Refused);
        const BlockoutOutcome otherDay =
                m_blocks->move(u"meeting"_s, QDate(2026, 12, 16), test::chicago(u"2026-12-17T16:00"_s), m_manager);
        QCOMPARE(otherDay.result, BookingOutcome::Result::Refused);
        QVERIFY2(otherDay.message.contains(u"repeats weekly"_s), qPrintable(otherDay.message));
        // One date left out of the series.
        QVERIFY(m_blocks->skipDate(u"meeting"_s, QDate(2026, 12, 9), m_manager).ok());
        QVERIFY(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2026-12-09T16:00"_s)).ok());
    }

    void badBlockoutsAreRefusedWithWhatToDo_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("chair");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("says");
        QTest::newRow("end before start") << u"Meeting"_s << u"2026-12-03T12:00"_s << u"2026-12-03T11:00"_s << QString()
                                          << QString() << u"ends at or before it starts"_s;
        QTest::newRow("no label") << u"  "_s << u"2026-12-03T12:00"_s << u"2026-12-03T13:00"_s << QString() << QString()
                                  << u"label"_s;
        QTest::newRow("chair and provider") << u"Meeting"_s << u"2026-12-03T12:00"_s << u"2026-12-03T13:00"_s
                                            << u"c1"_s << u"dr-a"_s << u"not both"_s;
        QTest::newRow("unknown chair") << u"Meeting"_s << u"2026-12-03T12:00"_s << u"2026-12-03T13:00"_s << u"c9"_s
                                       << QString() << u"no chair \"c9\""_s;
    }
    void badBlockoutsAreRefusedWithWhatToDo()
    {
        QFETCH(QString, label);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, chair);
        QFETCH(QString, provider);
        QFETCH(QString, says);
        Block b = blockout(label, from, to);
        b.chairId = chair;
        b.providerId = provider;
        const BlockoutOutcome out = m_blocks->create(b, m_manager);
        QCOMPARE(out.result, BookingOutcome::Result::Refused);
        QVERIFY2(out.message.contains(says), qPrintable(out.message));
        QCOMPARE(countRows(m_cache->database(), u"SELECT count(*) FROM blocks"_s), 1); // the file's only
    }

    // A blockout over booked visits is refused, naming how many and which (by kind and time).
    void aBlockoutOverBookedVisitsSaysWhichAndHowMany()
    {
        QVERIFY(m_booking->book(visit(u"pt1"_s, u"exam"_s, u"c1"_s, u"2026-12-03T09:00"_s), m_desk).ok());
        QVERIFY(m_booking->book(visit(u"pt2"_s, u"exam"_s, u"c2"_s, u"2026-12-10T09:40"_s), m_desk).ok());
        Block weeklyChair = blockout(u"Chair 1 out of service"_s, u"2026-12-03T09:00"_s, u"2026-12-03T10:00"_s);
        weeklyChair.chairId = u"c1"_s;
        weeklyChair.repeat = BlockRepeat{Weekdays::fromMask(1 << 3), {}, {}}; // Thursdays
        const BlockoutOutcome chairOnly = m_blocks->create(weeklyChair, m_manager);
        QCOMPARE(chairOnly.result, BookingOutcome::Result::Refused);
        QCOMPARE(chairOnly.collidingAppointmentIds.size(), 1); // the Chair 2 visit is not covered
        QVERIFY2(chairOnly.message.contains(u"1 booked visit"_s), qPrintable(chairOnly.message));
        QVERIFY2(chairOnly.message.contains(u"Exam"_s), qPrintable(chairOnly.message));
        QVERIFY2(!chairOnly.message.contains(u"Ana"_s), qPrintable(chairOnly.message)); // no patient names

        Block practiceWide = weeklyChair;
        practiceWide.chairId.clear();
        practiceWide.label = u"Staff training"_s;
        const BlockoutOutcome both = m_blocks->create(practiceWide, m_manager);
        QCOMPARE(both.result, BookingOutcome::Result::Refused);
        QCOMPARE(both.collidingAppointmentIds.size(), 2);
        QVERIFY2(both.message.contains(u"2 booked visit"_s), qPrintable(both.message));
        QCOMPARE(countRows(m_cache->database(), u"SELECT count(*) FROM blocks"_s), 1);
    }

    void otherRolesSeeBlockoutsButCannotChangeThem()
    {
        QString why;
        QVERIFY(!BlockoutService::mayEdit(m_desk, &why));
        QVERIFY2(why.contains(u"office manager"_s), qPrintable(why));
        QVERIFY(BlockoutService::mayEdit(m_manager));
        QSqlDatabase &db = m_cache->database();
        const qint64 denied = countRows(db, u"SELECT count(*) FROM audit_log WHERE action = 'denied'"_s);
        const BlockoutOutcome made =
                m_blocks->create(blockout(u"Meeting"_s, u"2026-12-03T12:00"_s, u"2026-12-03T13:00"_s), m_desk);
        QCOMPARE(made.result, BookingOutcome::Result::Denied);
        QCOMPARE(m_blocks->remove(u"meeting"_s, m_desk).result, BookingOutcome::Result::Denied);
        ProductionBlock pb;
        pb.name = u"Hygiene"_s;
        pb.providerId = u"dr-a"_s;
        pb.days = Weekdays::all();
        pb.startMinute = 600;
        pb.endMinute = 660;
        pb.category = u"general"_s;
        QCOMPARE(m_blocks->saveProductionBlock(pb, m_desk).result, BookingOutcome::Result::Denied);
        QCOMPARE(m_blocks->setReleaseDays(5, m_desk).result, BookingOutcome::Result::Denied);
        QCOMPARE(countRows(db, u"SELECT count(*) FROM audit_log WHERE action = 'denied'"_s), denied + 4);
        QCOMPARE(countRows(db, u"SELECT count(*) FROM blocks"_s), 1);
        QCOMPARE(countRows(db, u"SELECT count(*) FROM production_blocks"_s), 1);
        // They still read the schedule with the blockout on it.
        QVERIFY(m_booking->frames(QDate(2026, 12, 2), 1, m_desk, &why));
    }

    // The production block's warning comes back through BookingService as an overridable
    // refusal; booking over it is an explicit request, and the override is audited.
    void aProductionBlockWarnsAndTheOverrideIsAudited()
    {
        QSqlDatabase &db = m_cache->database();
        BookRequest exam = visit(u"pt1"_s, u"exam"_s, u"c2"_s, u"2026-12-08T08:00"_s);
        const BookingOutcome warned = m_booking->book(exam, m_desk);
        QCOMPARE(warned.result, BookingOutcome::Result::Refused);
        QVERIFY(warned.overridable);
        QCOMPARE(warned.violations.size(), 1);
        QCOMPARE(warned.violations.first().rule, u"production_block"_s);
        QCOMPARE(warned.violations.first().otherId, u"pb-crown"_s);
        QCOMPARE(countRows(db, u"SELECT count(*) FROM appointments"_s), 0);

        // A hard rule is never overridable, even with the warning's rule named.
        BookRequest offHours = visit(u"pt1"_s, u"exam"_s, u"c2"_s, u"2026-12-08T07:00"_s);
        offHours.overrideWarnings = {u"production_block"_s};
        const BookingOutcome hard = m_booking->book(offHours, m_desk);
        QCOMPARE(hard.result, BookingOutcome::Result::Refused);
        QVERIFY(!hard.overridable);

        exam.overrideWarnings = {u"production_block"_s};
        const BookingOutcome booked = m_booking->book(exam, m_desk);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT user_id, record_id, detail FROM audit_log WHERE action = 'override_warning'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"frontdesk-1"_s);
        QCOMPARE(q.value(1).toString(), booked.appointment.id);
        QCOMPARE(q.value(2).toString(), u"production_block:pb-crown"_s);
        QVERIFY(q.exec(u"SELECT detail FROM audit_log WHERE action = 'book' ORDER BY seq DESC LIMIT 1"_s) && q.next());
        QVERIFY(q.value(0).toString().contains(u"overrode=production_block:pb-crown"_s));

        // The kind it is kept for books without a warning; a crown elsewhere too.
        QVERIFY(m_booking->book(visit(u"pt2"_s, u"crown"_s, u"c2"_s, u"2026-12-15T08:00"_s), m_desk).ok());
        // Within the release days (now Monday; Tuesday is one day ahead) any visit books.
        QVERIFY(m_booking->book(visit(u"pt2"_s, u"exam"_s, u"c2"_s, u"2026-12-01T08:00"_s), m_desk).ok());
        QCOMPARE(countRows(db, u"SELECT count(*) FROM audit_log WHERE action = 'override_warning'"_s), 1);
    }

    // The release days are the office manager's setting; the warning follows it.
    void theReleaseDaysSettingMovesTheRelease()
    {
        QCOMPARE(m_blocks->releaseDays(nullptr).value_or(-1), 2);
        QVERIFY(m_blocks->setReleaseDays(8, m_manager).ok());
        QCOMPARE(m_blocks->releaseDays(nullptr).value_or(-1), 8);
        QVERIFY(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c2"_s, u"2026-12-08T08:00"_s)).ok());
        QVERIFY(m_booking->check(visit(u"pt1"_s, u"exam"_s, u"c2"_s, u"2026-12-15T08:00"_s)).overridable);
        QCOMPARE(m_blocks->setReleaseDays(-1, m_manager).result, BookingOutcome::Result::BadRequest);
    }

    void productionBlocksAreSavedCheckedAndRemoved()
    {
        ProductionBlock pb;
        pb.name = u"Hygiene afternoons"_s;
        pb.providerId = u"dr-a"_s;
        pb.days = Weekdays::fromMask(0x1f);
        pb.startMinute = 13 * 60;
        pb.endMinute = 12 * 60;
        pb.typeIds = {u"exam"_s};
        const BlockoutOutcome backwards = m_blocks->saveProductionBlock(pb, m_manager);
        QCOMPARE(backwards.result, BookingOutcome::Result::Refused);
        QVERIFY2(backwards.message.contains(u"ends at or before"_s), qPrintable(backwards.message));
        pb.endMinute = 16 * 60;
        pb.typeIds = {u"nope"_s};
        QVERIFY(m_blocks->saveProductionBlock(pb, m_manager).message.contains(u"nope"_s));
        pb.typeIds = {u"exam"_s};
        const BlockoutOutcome saved = m_blocks->saveProductionBlock(pb, m_manager);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QString error;
        QCOMPARE(m_blocks->productionBlocks(&error)->size(), 2);
        // A crown at 14:00 on a weekday more than 2 days ahead now warns.
        QVERIFY(m_booking->check(visit(u"pt1"_s, u"crown"_s, u"c1"_s, u"2026-12-09T14:00"_s)).overridable);
        QVERIFY(m_blocks->removeProductionBlock(saved.productionBlock.id, m_manager).ok());
        QVERIFY(m_booking->check(visit(u"pt1"_s, u"crown"_s, u"c1"_s, u"2026-12-09T14:00"_s)).ok());
    }
};

QTEST_GUILESS_MAIN(TestBlockouts)
#include "tst_blockouts.moc"
