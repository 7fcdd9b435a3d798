#include "practicecache.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "domain/recall.h"
#include "domain/session.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"
#include "services/patientmessaging.h"
#include "services/practiceservices.h"
#include "services/recallservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/recallrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// Two hygienists and a dentist; cleanings satisfy the 6-month prophy recall, perio visits the
// 3-month perio maintenance. Today (the injected clock) is Monday 2026-11-30, 08:00 Chicago.
const char *kPractice = R"({
  "format": "chairside-practice/2",
  "practice": { "name": "Recall Dental", "timeZone": "America/Chicago", "gridMinutes": 10,
                "chairTurnoverMinutes": 0, "providerBufferMinutes": 0 },
  "chairs": [ { "id": "c1", "name": "Hygiene 1", "equipment": ["standard"] },
              { "id": "c2", "name": "Hygiene 2", "equipment": ["standard"] },
              { "id": "c3", "name": "Op 3", "equipment": ["standard"] } ],
  "providers": [
    { "id": "hyg-a", "name": "Hana A, RDH", "role": "hygienist", "skills": ["hygiene"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] },
    { "id": "hyg-b", "name": "Bo B, RDH", "role": "hygienist", "skills": ["hygiene"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] },
    { "id": "dr-c", "name": "Dr. C", "role": "dentist", "skills": ["general"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [
    { "id": "cleaning", "name": "Cleaning", "minutes": 60, "skill": "hygiene", "equipment": ["standard"] },
    { "id": "perio", "name": "Perio maintenance", "minutes": 60, "skill": "hygiene", "equipment": ["standard"] },
    { "id": "exam", "name": "Exam", "minutes": 30, "skill": "general", "equipment": ["standard"] } ],
  "patients": [
    { "id": "pt1", "name": "Ana Overdue", "phone": "(312) 555-0101", "language": "es",
      "contact": { "preferred": "sms" } }, { "id": "pt2", "name": "Ben Soon" },
    { "id": "pt3", "name": "Cy Perio" }, { "id": "pt4", "name": "Di Later" },
    { "id": "pt5", "name": "Ed Booked" }, { "id": "pt6", "name": "Flo Off" },
    { "id": "pt7", "name": "Gus New", "birthdate": "1980-02-02" } ],
  "appointments": [
    { "id": "done-ana", "patientId": "pt1", "typeId": "cleaning", "providerId": "hyg-b", "chairId": "c2",
      "start": "2026-05-01T09:00", "status": "completed" },
    { "id": "booked-ed", "patientId": "pt5", "typeId": "cleaning", "providerId": "hyg-a", "chairId": "c1",
      "start": "2026-12-02T09:00" },
    { "id": "exam-cy", "patientId": "pt3", "typeId": "exam", "providerId": "dr-c", "chairId": "c3",
      "start": "2026-12-03T09:00" } ],
  "waitlist": [ { "id": "w-di", "patientId": "pt4", "typeId": "cleaning", "earliest": "2026-11-30",
                  "latest": "2026-12-31", "urgency": 5, "since": "2026-11-01T10:00" } ],
  "recallTypes": [
    { "id": "prophy", "name": "Prophy", "kind": "prophy", "intervalMonths": 6, "appointmentTypes": ["cleaning"] },
    { "id": "perio-m", "name": "Perio maintenance", "kind": "perio_maintenance", "intervalMonths": 3,
      "appointmentTypes": ["perio"] } ],
  "recalls": [
    { "patientId": "pt1", "recallTypeId": "prophy", "due": "2026-11-01", "lastDone": "2026-05-01", "providerId": "hyg-a" },
    { "patientId": "pt2", "recallTypeId": "prophy", "due": "2026-12-15", "providerId": "hyg-b", "chairId": "c2" },
    { "patientId": "pt3", "recallTypeId": "perio-m", "lastDone": "2026-08-20", "providerId": "hyg-a" },
    { "patientId": "pt4", "recallTypeId": "prophy", "due": "2027-03-01" },
    { "patientId": "pt5", "recallTypeId": "prophy", "due": "2026-11-10", "providerId": "hyg-a" },
    { "patientId": "pt6", "recallTypeId": "prophy", "due": "2026-10-01", "disabled": true } ]
})";

} // namespace

class TestRecall : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_desk{u"frontdesk-1"_s, u"session-1"_s, u"ws-1"_s, Role::FrontDesk, {}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<RecallService> m_recalls;

    Recall recall(const QString &patient, const QString &type)
    {
        return store::RecallRepository(m_cache->database()).recall(recallIdFor(patient, type)).value_or(Recall{});
    }

    Appointment book(const QString &patient, const QString &type, const QString &provider, const QString &chair,
                     const QString &when)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = type;
        r.providerId = provider;
        r.chairId = chair;
        r.startUtc = test::chicago(when);
        const BookingOutcome o = m_booking->book(r, m_desk);
        if (!o.ok())
            qWarning() << "booking refused:" << o.message << (o.violations.isEmpty() ? QString() : o.violations.first().message);
        return o.appointment;
    }

    Appointment step(Appointment a, AppointmentStatus to)
    {
        const BookingOutcome o = m_booking->changeStatus(a.id, a.version, to, m_desk);
        if (!o.ok())
            qWarning() << "status refused:" << o.message << (o.violations.isEmpty() ? QString() : o.violations.first().message);
        return o.appointment;
    }

    Appointment complete(const Appointment &a)
    {
        return step(step(step(a, AppointmentStatus::Arrived), AppointmentStatus::InChair), AppointmentStatus::Completed);
    }

    QStringList listed(const RecallListRequest &request)
    {
        QString error;
        const std::optional<RecallListResult> r = m_recalls->list(request, m_desk, &error);
        if (!r)
            return {u"<error: "_s + error + u'>'};
        QStringList out;
        for (const RecallListRow &row : r->rows)
            out << row.due.recall.patientId;
        return out;
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
        m_cache = test::practiceCache(m_dir->filePath(u"cache"_s), m_keys, m_clock, kPractice, &why);
        QVERIFY2(m_cache, qPrintable(why));
        m_booking = std::make_unique<BookingService>(*m_cache, m_clock);
        m_recalls = std::make_unique<RecallService>(*m_cache, m_clock);
    }

    void cleanup()
    {
        m_recalls.reset();
        m_booking.reset();
        m_cache.reset();
        m_dir.reset();
    }

    // The practice file's recalls: a due date given, or counted from the last visit.
    void practiceFileRecalls()
    {
        QCOMPARE(recall(u"pt1"_s, u"prophy"_s).due, QDate(2026, 11, 1));
        QCOMPARE(recall(u"pt3"_s, u"perio-m"_s).due, QDate(2026, 11, 20)); // 2026-08-20 + 3 months
        QVERIFY(recall(u"pt6"_s, u"prophy"_s).disabled);
        const QList<RecallType> types = m_recalls->types(nullptr);
        QCOMPARE(types.size(), 2);
        QCOMPARE(types.at(1).appointmentTypeIds, QStringList{u"perio"_s});
        QCOMPARE(types.at(1).intervalMonths, 3);
    }

    void badRecallsAreReportedByPath()
    {
        const QByteArray bad = R"({"format": "chairside-practice/2",
            "recallTypes": [ { "id": "x", "name": "X", "kind": "yearly", "appointmentTypes": ["nope"] } ],
            "recalls": [ { "patientId": "pt1", "recallTypeId": "zzz", "due": "2026-13-01" },
                         { "patientId": "pt2", "recallTypeId": "prophy" } ] })";
        const auto outcome = PracticeImportService(*m_cache, m_clock).importDocument(bad, {u"setup"_s, u"s"_s, u"w"_s});
        QVERIFY(!outcome.ok());
        QStringList said;
        for (const PracticeFileIssue &i : outcome.issues)
            said << i.toString();
        const QString all = said.join(u'\n');
        QVERIFY2(all.contains(u"recallTypes[0].kind: \"yearly\" is not a recall kind"_s), qPrintable(all));
        QVERIFY2(all.contains(u"recallTypes[0]: has no interval"_s), qPrintable(all));
        QVERIFY2(all.contains(u"recallTypes[0].appointmentTypes[0]: \"nope\" is not a known appointment type"_s), qPrintable(all));
        QVERIFY2(all.contains(u"recalls[0].recallTypeId: \"zzz\" is not a known recall type"_s), qPrintable(all));
        QVERIFY2(all.contains(u"recalls[0].due: \"2026-13-01\" is not a date"_s), qPrintable(all));
        QVERIFY2(all.contains(u"recalls[1].due: missing"_s), qPrintable(all));
        // Nothing was written.
        QCOMPARE(recall(u"pt1"_s, u"prophy"_s).due, QDate(2026, 11, 1));
    }

    // Booking does not move the due date; completing the visit does, to its date plus the
    // interval, with its hygienist and chair as the usual ones; undoing the completion takes
    // it back.
    void completionMovesTheDueDate()
    {
        const Appointment a = book(u"pt2"_s, u"cleaning"_s, u"hyg-a"_s, u"c1"_s, u"2026-11-30T09:00"_s);
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(recall(u"pt2"_s, u"prophy"_s).due, QDate(2026, 12, 15));
        m_clock.setNowUtc(test::chicago(u"2026-11-30T09:55"_s));
        const Appointment arrived = step(a, AppointmentStatus::Arrived);
        const Appointment seated = step(arrived, AppointmentStatus::InChair);
        QCOMPARE(recall(u"pt2"_s, u"prophy"_s).due, QDate(2026, 12, 15));
        const Appointment done = step(seated, AppointmentStatus::Completed);
        QCOMPARE(done.status, AppointmentStatus::Completed);
        const Recall moved = recall(u"pt2"_s, u"prophy"_s);
        QCOMPARE(moved.due, QDate(2027, 5, 30));
        QCOMPARE(moved.lastDone, QDate(2026, 11, 30));
        QCOMPARE(moved.providerId, u"hyg-a"_s);
        QCOMPARE(moved.chairId, u"c1"_s);
        // Audited by id.
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT patient_id, record_id, detail FROM audit_log WHERE action = 'recall-due'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"pt2"_s);
        QCOMPARE(q.value(1).toString(), recallIdFor(u"pt2"_s, u"prophy"_s));
        QVERIFY(!q.value(2).toString().contains(u"Ben"_s));

        const BookingOutcome undone = m_booking->undoStatus(done.id, done.version, m_desk);
        QVERIFY2(undone.ok(), qPrintable(undone.message));
        QCOMPARE(recall(u"pt2"_s, u"prophy"_s).due, QDate(2026, 12, 15));
        QCOMPARE(recall(u"pt2"_s, u"prophy"_s).lastDone, QDate());
    }

    void otherTypesAndCancellingLeaveItAlone()
    {
        // A perio visit satisfies perio maintenance only; an exam satisfies nothing.
        const Appointment perio = book(u"pt3"_s, u"perio"_s, u"hyg-b"_s, u"c2"_s, u"2026-11-30T10:00"_s);
        const Appointment exam = book(u"pt1"_s, u"exam"_s, u"dr-c"_s, u"c3"_s, u"2026-11-30T10:00"_s);
        const Appointment cleaning = book(u"pt4"_s, u"cleaning"_s, u"hyg-a"_s, u"c1"_s, u"2026-12-01T10:00"_s);
        QVERIFY(!perio.id.isEmpty() && !exam.id.isEmpty() && !cleaning.id.isEmpty());
        const BookingOutcome cancelled = m_booking->cancel(cleaning.id, cleaning.version, CancelReason::Patient, m_desk);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.message));
        QCOMPARE(recall(u"pt4"_s, u"prophy"_s).due, QDate(2027, 3, 1));
        m_clock.setNowUtc(test::chicago(u"2026-11-30T11:00"_s));
        QCOMPARE(complete(exam).status, AppointmentStatus::Completed);
        QCOMPARE(recall(u"pt1"_s, u"prophy"_s).due, QDate(2026, 11, 1));
        QCOMPARE(complete(perio).status, AppointmentStatus::Completed);
        QCOMPARE(recall(u"pt3"_s, u"perio-m"_s).due, QDate(2027, 2, 28)); // Nov 30 + 3 months
        QCOMPARE(recall(u"pt3"_s, u"prophy"_s).id, QString());            // no prophy made for a perio patient
    }

    // A patient without a recall gets one from their first completed satisfying visit.
    void aFirstCleaningStartsARecall()
    {
        const Appointment a = book(u"pt7"_s, u"cleaning"_s, u"hyg-b"_s, u"c2"_s, u"2026-11-30T13:00"_s);
        m_clock.setNowUtc(test::chicago(u"2026-11-30T14:10"_s));
        QCOMPARE(complete(a).status, AppointmentStatus::Completed);
        const Recall made = recall(u"pt7"_s, u"prophy"_s);
        QCOMPARE(made.due, QDate(2027, 5, 30));
        QCOMPARE(made.providerId, u"hyg-b"_s);
    }

    void listShowsDueOverdueAndSoonNotBooked()
    {
        QString error;
        const std::optional<RecallListResult> r = m_recalls->list({}, m_desk, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->today, QDate(2026, 11, 30));
        QCOMPARE(r->to, QDate(2026, 12, 30)); // 30 days of "due soon" by default
        QStringList ids;
        for (const RecallListRow &row : r->rows)
            ids << row.due.recall.patientId;
        // Earliest due first; Ed is booked, Di not due yet, Flo's recall is off.
        QCOMPARE(ids, (QStringList{u"pt1"_s, u"pt3"_s, u"pt2"_s}));
        const RecallListRow &ana = r->rows.at(0);
        QCOMPARE(ana.standing, RecallStanding::Overdue);
        QCOMPARE(ana.daysOverdue, 29);
        QCOMPARE(ana.due.patientName, u"Ana Overdue"_s);
        QCOMPARE(ana.due.recallTypeName, u"Prophy"_s);
        // The usual hygienist is the one of her latest completed cleaning, not the file's.
        QCOMPARE(ana.due.usualProviderName, u"Bo B, RDH"_s);
        QCOMPARE(ana.due.usualChairName, u"Hygiene 2"_s);
        QCOMPARE(r->rows.at(2).standing, RecallStanding::DueSoon);
        QCOMPARE(r->rows.at(2).due.usualProviderName, u"Bo B, RDH"_s);

        // The rows shown are audited, by id.
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'read' AND record_type = 'recall' "
                       "AND detail = 'recall list'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void listFilters()
    {
        RecallListRequest booked;
        booked.includeBooked = true;
        QCOMPARE(listed(booked), (QStringList{u"pt1"_s, u"pt5"_s, u"pt3"_s, u"pt2"_s}));

        RecallListRequest byProvider;
        byProvider.providerId = u"hyg-b"_s;
        QCOMPARE(listed(byProvider), (QStringList{u"pt1"_s, u"pt2"_s}));
        byProvider.providerId = u"hyg-a"_s;
        QCOMPARE(listed(byProvider), (QStringList{u"pt3"_s}));

        RecallListRequest byType;
        byType.recallTypeId = u"perio-m"_s;
        QCOMPARE(listed(byType), (QStringList{u"pt3"_s}));

        RecallListRequest range;
        range.from = QDate(2026, 11, 15);
        range.to = QDate(2026, 11, 30);
        QCOMPARE(listed(range), (QStringList{u"pt3"_s}));
        range.to = QDate(2027, 6, 1);
        QCOMPARE(listed(range), (QStringList{u"pt3"_s, u"pt2"_s, u"pt4"_s}));

        RecallListRequest backwards;
        backwards.from = QDate(2026, 12, 1);
        backwards.to = QDate(2026, 11, 1);
        QString error;
        QVERIFY(!m_recalls->list(backwards, m_desk, &error));
        QVERIFY2(error.contains(u"before the start date"_s), qPrintable(error));

        // Booking the soon-due patient takes them off the list; cancelling puts them back.
        const Appointment a = book(u"pt2"_s, u"cleaning"_s, u"hyg-b"_s, u"c2"_s, u"2026-12-07T09:00"_s);
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(listed({}), (QStringList{u"pt1"_s, u"pt3"_s}));
        QVERIFY(m_booking->cancel(a.id, a.version, CancelReason::Patient, m_desk).ok());
        QCOMPARE(listed({}), (QStringList{u"pt1"_s, u"pt3"_s, u"pt2"_s}));

        // The window follows the practice's setting.
        QString why;
        UserSession manager{u"manager-1"_s, u"session-2"_s, u"ws-1"_s, Role::OfficeManager, {}};
        QVERIFY2(m_recalls->setSettings({10, true}, manager, &why), qPrintable(why));
        QCOMPARE(listed({}), (QStringList{u"pt1"_s, u"pt3"_s}));
        QVERIFY(!m_recalls->setSettings({20, true}, m_desk, &why));
    }

    void nameLookupsSayWhatExists()
    {
        QString error;
        QCOMPARE(m_recalls->providerNamed(u"bo b, rdh"_s, &error).value_or(QString()), u"hyg-b"_s);
        QCOMPARE(m_recalls->recallTypeNamed(u"Perio Maintenance"_s, &error).value_or(QString()), u"perio-m"_s);
        QVERIFY(!m_recalls->providerNamed(u"Dr. Nobody"_s, &error));
        QVERIFY2(error.contains(u"Hana A, RDH"_s), qPrintable(error));
    }

    // Freed hygiene time: the waitlist's own entries first, then overdue recall patients
    // (most overdue first; booked, switched-off and not-yet-due ones left out) whose recall
    // visit fits; the practice can turn the recall patients off.
    void freedTimeGoesToTheWaitlistThenOverdueRecalls()
    {
        FrontDesk desk(*m_cache, m_clock);
        FillService fill(*m_cache, m_clock, *m_booking, desk);
        const FreedSlot slot{u"c1"_s, u"hyg-a"_s, test::chicago(u"2026-11-30T13:00"_s), 60};
        QString error;
        auto ids = [&] {
            QStringList out;
            const auto found = fill.candidatesFor(slot, m_desk, &error);
            if (!found)
                return QStringList{u"<error: "_s + error + u'>'};
            for (const FillService::Candidate &c : *found)
                out << c.shown.entry.id;
            return out;
        };
        QCOMPARE(ids(), (QStringList{u"w-di"_s, RecallService::offerEntryId(recallIdFor(u"pt1"_s, u"prophy"_s)),
                                     RecallService::offerEntryId(recallIdFor(u"pt3"_s, u"perio-m"_s))}));
        const auto found = fill.candidatesFor(slot, m_desk, &error);
        QVERIFY(found);
        QCOMPARE(found->at(1).booking.typeId, u"cleaning"_s);
        QCOMPARE(found->at(2).booking.typeId, u"perio"_s);
        QCOMPARE(found->at(1).shown.patientName, u"Ana Overdue"_s);

        // Offered in that order: the waitlist first.
        const auto offers = fill.offerSlot(slot, m_desk, &error);
        QVERIFY2(offers, qPrintable(error));
        QCOMPARE(offers->size(), 1);
        QCOMPARE(offers->first().entryId, u"w-di"_s);
        // Di says no: the time goes to the most overdue recall patient, who takes it.
        const auto next = fill.declineOffer(offers->first().id, m_desk, &error);
        QVERIFY2(next, qPrintable(error));
        QCOMPARE(next->size(), 1);
        QCOMPARE(next->first().patientId, u"pt1"_s);
        QCOMPARE(next->first().typeId, u"cleaning"_s);
        const BookingOutcome taken = fill.acceptOffer(next->first().id, m_desk);
        QVERIFY2(taken.ok(), qPrintable(taken.message));
        QCOMPARE(taken.appointment.patientId, u"pt1"_s);
        QCOMPARE(taken.appointment.providerId, u"hyg-a"_s);
        // Booked: off the recall list, due date unchanged until the visit is completed.
        QCOMPARE(recall(u"pt1"_s, u"prophy"_s).due, QDate(2026, 11, 1));
        QVERIFY(!listed({}).contains(u"pt1"_s));
        const FreedSlot later{u"c1"_s, u"hyg-a"_s, test::chicago(u"2026-11-30T15:00"_s), 60};

        QCOMPARE(fill.candidatesFor(later, m_desk, &error).value_or(QList<FillService::Candidate>()).size(), 2);
        // Too short for a cleaning: nobody from recall.
        const FreedSlot shortSlot{u"c1"_s, u"hyg-a"_s, test::chicago(u"2026-11-30T16:10"_s), 30};
        const auto none = fill.candidatesFor(shortSlot, m_desk, &error);
        QVERIFY(none);
        QVERIFY(none->isEmpty());

        UserSession manager{u"manager-1"_s, u"session-2"_s, u"ws-1"_s, Role::OfficeManager, {}};
        QVERIFY2(m_recalls->setSettings({30, false}, manager, &error), qPrintable(error));
        const auto off = fill.candidatesFor(later, m_desk, &error);
        QVERIFY(off);
        QCOMPARE(off->size(), 1); // Di only
    }

    // The recall text goes out through the messaging worker's queue, in the patient's
    // language, naming no treatment, and is noted in the contact log.
    void recallMessageIsQueuedWhenMessagingIsConnected()
    {
        PracticeServices services(*m_cache, m_clock);
        MessagingService &messaging = services.messaging();
        QString error;
        QVERIFY(!messaging.sendRecall(u"pt1"_s, m_desk, &error));
        QVERIFY2(error.contains(u"not connected"_s), qPrintable(error));
        UserSession manager{u"manager-1"_s, u"session-2"_s, u"ws-1"_s, Role::OfficeManager, {}};
        QVERIFY2(messaging.connectSms(u"twilio"_s, u"https://api.twilio.com"_s, u"+13125550100"_s, u"AC1"_s, manager,
                                      &error),
                 qPrintable(error));
        const std::optional<ContactRecord> sent = messaging.sendRecall(u"pt1"_s, m_desk, &error);
        QVERIFY2(sent, qPrintable(error));
        QCOMPARE(sent->purpose, ContactPurpose::Recall);
        QCOMPARE(sent->channel, ContactChannel::Sms);
        QCOMPARE(sent->language, u"es"_s);
        QVERIFY2(sent->message.contains(u"Ana"_s), qPrintable(sent->message));
        for (const char *word : {"clean", "perio", "prophy", "hygien"})
            QVERIFY2(!sent->message.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(sent->message));
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT purpose, recipient, state FROM outgoing_messages"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"recall"_s);
        QCOMPARE(q.value(1).toString(), u"+13125550101"_s);
        QCOMPARE(q.value(2).toString(), u"queued"_s);
        // Ben has no number on file: refused with the reason, nothing queued.
        QVERIFY(!messaging.sendRecall(u"pt2"_s, m_desk, &error));
        QVERIFY2(error.contains(u"no mobile number"_s), qPrintable(error));
    }

    void contactsAndRoles()
    {
        QString error;
        const std::optional<ContactRecord> c = m_recalls->recordContact(u"pt1"_s, ContactChannel::Phone,
                                                                        ContactOutcome::LeftMessage, {}, m_desk, &error);
        QVERIFY2(c, qPrintable(error));
        const std::optional<RecallListResult> r = m_recalls->list({}, m_desk, &error);
        QVERIFY(r);
        QCOMPARE(r->rows.at(0).due.lastContactOutcome, u"left_message"_s);
        QCOMPARE(r->rows.at(0).due.lastContactPurpose, u"recall"_s);
        QCOMPARE(r->rows.at(0).due.lastContactUtc, m_clock.nowUtc());

        UserSession provider{u"hyg-user"_s, u"session-3"_s, u"ws-2"_s, Role::Provider, u"hyg-a"_s};
        QVERIFY(!m_recalls->list({}, provider, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_recalls->recordContact(u"pt1"_s, ContactChannel::Phone, ContactOutcome::NoAnswer, {}, provider, &error));
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'denied' AND user_id = 'hyg-user'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRecall)
#include "tst_recall.moc"
