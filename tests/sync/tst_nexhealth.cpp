#include "nexhealthsimulator.h"
#include "syntheticpractice.h"

#include "domain/clock.h"
#include "services/bookingservice.h"
#include "services/patientrecords.h"
#include "services/schedulepage.h"
#include "services/practiceimportservice.h"
#include "services/syncissues.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"
#include "store/recallrepository.h"
#include "sync/adapterfactory.h"
#include "sync/nexhealthadapter.h"
#include "sync/syncrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;
using namespace chairside::sync;

namespace {

const QDate kFirstDay(2026, 12, 1);

// Every log line while a test runs, to look for secrets in.
QStringList g_log;
void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

// One desk with a cache of the practice (its settings and patients from the same synthetic
// practice the simulator serves), connected to NexHealth as `pms connect` leaves it.
struct Desk
{
    QTemporaryDir dir;
    store::MemoryCacheKeyStore keys;
    std::unique_ptr<store::Cache> cache;
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};
    std::unique_ptr<PmsAdapter> adapter;
    UserSession desk{u"frontdesk"_s, u"s"_s, u"ws"_s};

    bool open(const QString &url)
    {
        cache = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing).cache;
        // Only the office's settings: everything else comes from NexHealth.
        PracticeData settings;
        Practice p;
        p.name = u"Sim Dental"_s;
        p.timeZoneId = "America/Chicago";
        settings.practice = p;
        QSqlError error;
        if (!cache || !store::PracticeRepository(cache->database()).write(settings, 0, &error))
            return false;
        PmsConnection c;
        c.system = u"nexhealth"_s;
        c.url = QUrl(url);
        c.office = QTimeZone("America/Chicago");
        c.subdomain = u"sim-dental"_s;
        c.locationId = u"101"_s;
        c.pageSize = 100;
        c.retry.baseMs = 30;
        c.retry.capMs = 100;
        PmsCredentials keysOf;
        keysOf.apiKey = u"nexkey"_s;
        QString why;
        adapter = makePmsAdapter(c, keysOf, clock, &why);
        QSqlError linkError;
        return adapter != nullptr
                && store::PmsLinkRepository(cache->database()).setConnection(c.system, url, &linkError)
                && store::PmsLinkRepository(cache->database()).setScope(c.subdomain, c.locationId, &linkError);
    }

    SyncSummary sync(SyncRun::Reference reference = SyncRun::Reference::IfDue)
    {
        SyncRun run(*adapter, *cache, clock, {u"sync:nexhealth"_s, u"s"_s, u"ws"_s});
        std::optional<SyncSummary> summary;
        run.run([&](const SyncSummary &s) { summary = s; }, reference);
        if (!QTest::qWaitFor([&] { return summary.has_value(); }, 120000))
            return {};
        return *summary;
    }

    int count(const QString &where) const
    {
        QSqlQuery q(cache->database());
        return q.exec(u"SELECT count(*) FROM appointments WHERE "_s + where) && q.next() ? q.value(0).toInt() : -1;
    }
    QString localId(const QString &entity, qint64 pmsId) const
    {
        return store::PmsLinkRepository(cache->database())
                .localId(u"nexhealth"_s, entity, QString::number(pmsId))
                .value_or(QString());
    }
    Appointment appointment(const QString &id) const
    {
        return store::AppointmentRepository(cache->database()).find(id).value_or(Appointment{});
    }
};

QString why(const SyncSummary &s)
{
    return s.readError.message + s.pull.error.message + s.pull.storeError + s.push.storeError + s.links.error
            + u" (waiting %1, refused %2, unmapped %3)"_s.arg(s.push.waiting).arg(s.push.refused).arg(
                    s.pull.applied.unmapped);
}

// Requests the simulator served from `from` on that asked for `what`.
int asked(const pmssim::PmsSimulator &sim, qsizetype from, const QString &what)
{
    int n = 0;
    for (qsizetype i = from; i < sim.served().size(); ++i)
        n += sim.served().at(i).what.contains(what) ? 1 : 0;
    return n;
}

} // namespace

// The NexHealth adapter against a simulator of NexHealth's published API, over loopback HTTP.
class TestNexHealth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pmssim::NexHealthSimulator> start(int appointments, int pageSize = 100)
    {
        auto sim = std::make_unique<pmssim::NexHealthSimulator>();
        QString error;
        if (!sim->loadPractice(pmssim::syntheticPractice(appointments, kFirstDay), &error))
            qWarning("%s", qPrintable(error));
        sim->setPageSize(pageSize);
        sim->listen();
        return sim;
    }

private Q_SLOTS:
    // The first sync reads the practice over several pages and adopts it; then an idle
    // sync asks twice, and one changed visit costs no more than three requests.
    void readsThePracticeThenOnlyWhatChanged()
    {
        auto sim = start(1200);
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        QElapsedTimer t;
        t.start();
        const SyncSummary first = desk.sync();
        QVERIFY2(first.complete(), qPrintable(why(first)));
        const qint64 firstRequests = sim->requests();
        qInfo("first sync of 1,200 appointments: %lld requests, %lld ms", firstRequests, t.elapsed());
        QVERIFY(first.pull.pages >= 12);
        QCOMPARE(desk.count(u"status IN ('scheduled','confirmed')"_s), 1200);
        // Patients come with their birthdates (bio.date_of_birth), found by them at the desk.
        const std::optional<Patient> first1 =
                store::PracticeRepository(desk.cache->database()).patient(desk.localId(u"patient"_s, 1));
        QVERIFY(first1);
        QCOMPARE(first1->birthdate, QDate(1984, 3, 7));
        // Every request named the version, and the key went only to /authenticates.
        for (const auto &served : sim->served())
            QVERIFY2(!served.what.contains(u"nexkey"_s), qPrintable(served.what));

        desk.clock.advanceSeconds(60);
        qint64 before = sim->requests();
        const SyncSummary idle = desk.sync();
        QVERIFY2(idle.complete(), qPrintable(why(idle)));
        qInfo("idle sync: %lld requests", sim->requests() - before);
        QVERIFY2(sim->requests() - before <= 2, qPrintable(QString::number(sim->requests() - before)));
        QCOMPARE(idle.pull.applied.inserted + idle.pull.applied.updated, 0);

        QTest::qWait(1100);
        const auto changed = sim->appointments().at(10);
        sim->changeOnServer(changed.aptNum, QDateTime(QDate(2026, 12, 3), QTime(21, 30), Qt::UTC));
        desk.clock.advanceSeconds(60);
        before = sim->requests();
        const SyncSummary one = desk.sync();
        QVERIFY2(one.complete(), qPrintable(why(one)));
        QCOMPARE(one.pull.applied.updated, 1);
        qInfo("one changed appointment: %lld requests", sim->requests() - before);
        QVERIFY2(sim->requests() - before <= 3, qPrintable(QString::number(sim->requests() - before)));
        QCOMPARE(desk.appointment(desk.localId(u"appointment"_s, changed.aptNum)).startUtc,
                 QDateTime(QDate(2026, 12, 3), QTime(21, 30), Qt::UTC));
    }

    // NexHealth documents GET /recall_types and /patient_recalls (read from Dentrix, Eaglesoft
    // and Open Dental alike): the first sync mirrors them with the reference data.
    void readsPatientRecalls()
    {
        QJsonDocument doc = QJsonDocument::fromJson(pmssim::syntheticPractice(10, kFirstDay));
        QJsonObject root = doc.object();
        const QJsonArray patients = root.value(u"patients"_s).toArray();
        QVERIFY(patients.size() >= 2);
        root.insert(u"format"_s, u"chairside-practice/2"_s);
        root.insert(u"recallTypes"_s,
                    QJsonArray{QJsonObject{{u"id"_s, u"prophy"_s}, {u"name"_s, u"Prophy"_s}, {u"kind"_s, u"prophy"_s},
                                           {u"intervalMonths"_s, 6}, {u"appointmentTypes"_s, QJsonArray{}}}});
        root.insert(u"recalls"_s,
                    QJsonArray{QJsonObject{{u"patientId"_s, patients.at(0).toObject().value(u"id"_s)},
                                           {u"recallTypeId"_s, u"prophy"_s}, {u"due"_s, u"2026-11-02"_s}},
                               QJsonObject{{u"patientId"_s, patients.at(1).toObject().value(u"id"_s)},
                                           {u"recallTypeId"_s, u"prophy"_s}, {u"due"_s, u"2027-02-20"_s}}});
        auto sim = std::make_unique<pmssim::NexHealthSimulator>();
        QString error;
        QVERIFY2(sim->loadPractice(QJsonDocument(root).toJson(), &error), qPrintable(error));
        sim->setPageSize(1); // recalls come a page at a time
        sim->listen();
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        const SyncSummary s = desk.sync(SyncRun::Reference::Now);
        QVERIFY2(s.recallsError.isEmpty(), qPrintable(s.recallsError));
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(s.recalls, 2);
        QCOMPARE(s.recallsUnmapped, 0);
        store::RecallRepository recalls(desk.cache->database());
        const QList<RecallType> types = recalls.types();
        QCOMPARE(types.size(), 1);
        QCOMPARE(types.first().intervalMonths, 6);
        const std::optional<Recall> first =
                recalls.recall(recallIdFor(desk.localId(u"patient"_s, 1), types.first().id));
        QVERIFY(first);
        QCOMPARE(first->due, QDate(2026, 11, 2));
    }

    // Blocks come as appointments marked unavailable: blocked time on the lanes, never a
    // visit. A cancelled appointment is not booked time.
    void blocksAreBlockedTimeAndCancelledIsNotBooked()
    {
        auto sim = start(30);
        const auto first = sim->appointments().at(0);
        const qint64 block = sim->addBlockOnServer(first.op, first.provNum,
                                                   QDateTime(QDate(2026, 11, 25), QTime(12, 0), sim->appointments().at(0).start.timeZone()),
                                                   60, u"Staff meeting"_s);
        QVERIFY(block > 0);
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        const SyncSummary s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(desk.count(u"1"_s), 30);
        QVERIFY(desk.localId(u"appointment"_s, block).isEmpty());
        QSqlQuery q(desk.cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM blocks WHERE id LIKE 'nexhealth-sched-%'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // Cancelled at the practice: the visit's time is free here.
        QTest::qWait(1100);
        const auto gone = sim->appointments().at(3);
        QVERIFY(sim->cancelOnServer(gone.aptNum));
        desk.clock.advanceSeconds(60);
        QVERIFY(desk.sync().complete());
        QCOMPARE(desk.appointment(desk.localId(u"appointment"_s, gone.aptNum)).status, AppointmentStatus::Cancelled);
    }

    // A booking is POSTed once and NexHealth accepts it; it stays "sending" across syncs,
    // never POSTed again, until a read shows it written into the practice's system.
    void aBookingIsSentOnceAndSyncedOnlyWhenWritten()
    {
        auto sim = start(20);
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        BookRequest r;
        r.patientId = desk.localId(u"patient"_s, 3);
        r.typeId = desk.localId(u"type"_s, 1);
        r.providerId = desk.localId(u"provider"_s, 1);
        r.chairId = desk.localId(u"chair"_s, 1);
        r.startUtc = QDateTime(QDate(2026, 11, 25), QTime(21, 0), Qt::UTC);
        const BookingOutcome booked = BookingService(*desk.cache, desk.clock).book(r, desk.desk);
        QVERIFY2(booked.ok(), qPrintable(booked.message));

        SyncSummary s = desk.sync();
        QCOMPARE(sim->posts(), 1);
        QCOMPARE(sim->pendingWrites(), 1);
        QVERIFY(!s.complete()); // not in the practice's system yet: not "synced"
        QCOMPARE(s.push.awaitingWrite, 1);
        QVERIFY(s.push.waiting > 0);
        QCOMPARE(desk.appointment(booked.appointment.id).syncState, SyncState::Pending);
        // Accepted, not written: a second sync looks, and sends nothing again.
        desk.clock.advanceSeconds(60);
        s = desk.sync();
        QCOMPARE(sim->posts(), 1);
        QVERIFY(!s.complete());
        QCOMPARE(desk.appointment(booked.appointment.id).syncState, SyncState::Pending);

        QCOMPARE(sim->writePendingToEhr(), 1);
        desk.clock.advanceSeconds(60);
        s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(sim->posts(), 1);
        QCOMPARE(desk.appointment(booked.appointment.id).syncState, SyncState::Synced);
        QCOMPARE(desk.count(u"1"_s), 21);
    }

    // A first-time caller made here reaches NexHealth (POST /patients, with the sex the
    // practice's system needs) before the booking that names them, which NexHealth then
    // writes into the practice's system with the patient; after a lost reply the patient is
    // recognised, not made twice. Changes to details are not NexHealth's.
    void aNewPatientIsCreatedBeforeTheirFirstBooking()
    {
        auto sim = start(20);
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        QVERIFY(desk.adapter->supports(PmsAdapter::Capability::CreatePatient));
        QVERIFY(!desk.adapter->supports(PmsAdapter::Capability::UpdatePatient));
        QVERIFY(desk.sync().complete());

        const UserSession frontDesk{u"frontdesk"_s, u"s"_s, u"ws"_s, Role::FrontDesk};
        PatientRecords records(*desk.cache, desk.clock);
        const PatientWritePlace place = records.place(nullptr);
        QVERIFY(place.canCreate);
        QVERIFY(!place.canEdit);
        PatientDetails caller;
        caller.firstName = u"Rosa"_s;
        caller.lastName = u"Villanueva"_s;
        caller.birthdate = QDate(1979, 8, 14);
        caller.phone = u"(512) 555-0163"_s;
        caller.contact = ContactChannel::Sms;
        PatientWriteOutcome made = records.create(caller, false, frontDesk);
        QCOMPARE(made.result, PatientWriteOutcome::Result::Invalid);
        QCOMPARE(made.field, u"sex"_s);
        caller.sex = u"female"_s;
        made = records.create(caller, false, frontDesk);
        QVERIFY2(made.ok(), qPrintable(made.message));
        QVERIFY2(made.message.contains(u"first booking"_s), qPrintable(made.message));
        QCOMPARE(records.edit(made.patientId, caller, frontDesk).result, PatientWriteOutcome::Result::NotHere);

        BookRequest r;
        r.patientId = made.patientId;
        r.typeId = desk.localId(u"type"_s, 1);
        r.providerId = desk.localId(u"provider"_s, 1);
        r.chairId = desk.localId(u"chair"_s, 1);
        r.startUtc = QDateTime(QDate(2026, 11, 25), QTime(21, 0), Qt::UTC);
        const BookingOutcome booked = BookingService(*desk.cache, desk.clock).book(r, desk.desk);
        QVERIFY2(booked.ok(), qPrintable(booked.message));

        // Made at NexHealth, the reply lost: never made twice.
        pmssim::PmsSimulator::Faults faults;
        faults.lostReplies = 1;
        sim->setFaults(faults);
        const qsizetype before = sim->served().size();
        SyncSummary s = desk.sync();
        QCOMPARE(sim->createdPatients().size(), 1);
        QCOMPARE(sim->posts(), 0); // the booking waits for its patient
        sim->setFaults({});
        desk.clock.advanceSeconds(120);
        s = desk.sync();
        QCOMPARE(sim->createdPatients().size(), 1);
        QCOMPARE(sim->posts(), 1);
        QStringList writes;
        for (qsizetype i = before; i < sim->served().size(); ++i) {
            const QString what = sim->served().at(i).what;
            if (what.startsWith(u"/patients?"_s) && what.contains(u"return_existing_if_match=true"_s))
                writes << u"patient"_s;
            else if (what.startsWith(u"/appointments?"_s) && what.contains(u"notify_patient"_s))
                writes << u"appointment"_s;
        }
        // One POST of the patient (its reply lost): the next sync read them back from
        // NexHealth and linked them to the patient made here, so nothing was sent twice.
        QCOMPARE(writes, QStringList({u"patient"_s, u"appointment"_s}));
        const QString theirs = sim->createdPatients().first();
        QCOMPARE(sim->genderOf(theirs), u"Female"_s);
        const qint64 id = sim->patientFor(theirs);
        QCOMPARE(desk.localId(u"patient"_s, id), made.patientId);
        int forThem = 0;
        for (const auto &a : sim->appointments())
            forThem += a.patNum == id ? 1 : 0;
        QCOMPARE(forThem, 1);
        QCOMPARE(s.push.awaitingWrite, 1);
        QCOMPARE(sim->writePendingToEhr(), 1);
        desk.clock.advanceSeconds(60);
        s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(desk.appointment(booked.appointment.id).syncState, SyncState::Synced);
        QSqlQuery q(desk.cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM patients WHERE name = 'Rosa Villanueva'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // read back from NexHealth as the same patient

        // Sent again (a retry before any pull): NexHealth answers with the patient it has.
        PmsPatient again;
        again.firstName = u"Rosa"_s;
        again.lastName = u"Villanueva"_s;
        again.birthdate = QDate(1979, 8, 14);
        again.sex = u"female"_s;
        again.phone = u"+15125550163"_s;
        again.providerPmsId = u"1"_s;
        std::optional<PmsPatient> found;
        desk.adapter->findPatient(again, [&](const PmsPatient &p, const PmsError &e) {
            QVERIFY2(e.ok(), qPrintable(e.message));
            found = p;
        });
        QVERIFY(QTest::qWaitFor([&] { return found.has_value(); }, 10000));
        QCOMPARE(found->pmsId, QString::number(id));
        QCOMPARE(sim->createdPatients().size(), 1);
    }

    // Cancelled before NexHealth wrote the booking into the practice's system: the cancel
    // waits behind the booking, is not sent early (no conflict over it), and goes once the
    // booking is written.
    void aChangeWaitsForItsBookingToBeWritten()
    {
        auto sim = start(20);
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        BookRequest r;
        r.patientId = desk.localId(u"patient"_s, 5);
        r.typeId = desk.localId(u"type"_s, 1);
        r.providerId = desk.localId(u"provider"_s, 1);
        r.chairId = desk.localId(u"chair"_s, 1);
        r.startUtc = QDateTime(QDate(2026, 11, 25), QTime(20, 0), Qt::UTC);
        BookingService booking(*desk.cache, desk.clock);
        const BookingOutcome booked = booking.book(r, desk.desk);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        (void)desk.sync();
        QCOMPARE(sim->posts(), 1);
        QCOMPARE(sim->pendingWrites(), 1);
        const Appointment made = desk.appointment(booked.appointment.id);
        QVERIFY(booking.cancel(made.id, made.version, CancelReason::Patient, desk.desk).ok());

        desk.clock.advanceSeconds(60);
        SyncSummary s = desk.sync();
        QCOMPARE(sim->patches(), 0);
        QCOMPARE(s.push.refused, 0);
        QCOMPARE(SyncIssues(*desk.cache, desk.clock).openCount(), 0);
        QCOMPARE(desk.appointment(made.id).syncState, SyncState::Pending);
        QCOMPARE(desk.appointment(made.id).status, AppointmentStatus::Cancelled);

        QCOMPARE(sim->writePendingToEhr(), 1);
        desk.clock.advanceSeconds(60);
        s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(sim->patches(), 1);
        QCOMPARE(sim->posts(), 1);
        QCOMPARE(sim->appointments().constLast().status, u"Broken"_s);
        QCOMPARE(desk.appointment(made.id).syncState, SyncState::Synced);
        QCOMPARE(desk.appointment(made.id).status, AppointmentStatus::Cancelled);
    }

    // NexHealth gave up writing the booking: it becomes a sync issue a person sees.
    void aFailedWriteBecomesASyncIssue()
    {
        auto sim = start(20);
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        BookRequest r;
        r.patientId = desk.localId(u"patient"_s, 4);
        r.typeId = desk.localId(u"type"_s, 1);
        r.providerId = desk.localId(u"provider"_s, 1);
        r.chairId = desk.localId(u"chair"_s, 2);
        r.startUtc = QDateTime(QDate(2026, 11, 25), QTime(22, 0), Qt::UTC);
        const BookingOutcome booked = BookingService(*desk.cache, desk.clock).book(r, desk.desk);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        (void)desk.sync();
        QCOMPARE(sim->failPendingWrites(), 1);
        desk.clock.advanceSeconds(60);
        const SyncSummary s = desk.sync();
        QCOMPARE(s.push.refused, 1);
        QCOMPARE(sim->posts(), 1);
        QCOMPARE(desk.appointment(booked.appointment.id).syncState, SyncState::Conflict);
        QCOMPARE(SyncIssues(*desk.cache, desk.clock).openCount(), 1);
    }

    // Cancel, confirm, check-in and a move reach NexHealth; a no-show cannot and stays here.
    void sendsWhatNexHealthTakes()
    {
        auto sim = start(20);
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        BookingService booking(*desk.cache, desk.clock);
        const auto book = sim->appointments();
        auto local = [&](int i) { return desk.appointment(desk.localId(u"appointment"_s, book.at(i).aptNum)); };
        auto server = [&](int i) {
            for (const auto &a : sim->appointments())
                if (a.aptNum == book.at(i).aptNum)
                    return a;
            return pmssim::PmsSimulator::Appointment{};
        };
        QVERIFY(booking.cancel(local(0).id, local(0).version, CancelReason::Patient, desk.desk).ok());
        QVERIFY(booking.changeStatus(local(1).id, local(1).version, AppointmentStatus::Confirmed, desk.desk).ok());
        // Checked in on the visit's day.
        desk.clock.setNowUtc(local(2).startUtc.addSecs(-600));
        const BookingOutcome arrived =
                booking.changeStatus(local(2).id, local(2).version, AppointmentStatus::Arrived, desk.desk);
        QVERIFY2(arrived.ok(), qPrintable(arrived.message));
        MoveRequest move;
        move.appointmentId = local(3).id;
        move.expectedVersion = local(3).version;
        // The first free hour later that day.
        BookingOutcome moved;
        moved.result = BookingOutcome::Result::Refused;
        for (int hours = 1; hours <= 8 && !moved.ok(); ++hours) {
            move.startUtc = local(3).startUtc.addSecs(hours * 3600);
            moved = booking.move(move, desk.desk);
        }
        QVERIFY2(moved.ok(), qPrintable(moved.message + (moved.violations.isEmpty() ? QString() : moved.violations.first().message)));
        desk.clock.setNowUtc(local(4).startUtc.addSecs(1800)); // did not come
        const BookingOutcome missed =
                booking.changeStatus(local(4).id, local(4).version, AppointmentStatus::NoShow, desk.desk);
        QVERIFY2(missed.ok(), qPrintable(missed.message));
        desk.clock.advanceSeconds(60);
        const SyncSummary s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(s.push.refused, 0);
        QCOMPARE(server(0).status, u"Broken"_s);
        QCOMPARE(server(1).confirmed, u"Confirmed"_s);
        QVERIFY(server(2).arrived.isValid());
        QCOMPARE(server(3).start.toUTC(), *move.startUtc);
        // The no-show stays in Chairside, said so; nothing was sent for it.
        QCOMPARE(server(4).status, u"Scheduled"_s);
        QCOMPARE(s.push.unsupported, 1);
        // Nothing waits for it (it is kept here for good), and the schedule says so on the visit.
        const Appointment noShow = local(4);
        QCOMPARE(noShow.syncState, SyncState::Synced);
        QCOMPARE(s.push.waiting, 0);
        QString error;
        const QDate day = noShow.startUtc.toTimeZone(QTimeZone("America/Chicago")).date();
        const std::optional<SchedulePage> page = booking.page(day, 1, desk.desk, &error);
        QVERIFY2(page, qPrintable(error));
        QString note;
        for (const PageAppointment &p : page->appointments)
            note = p.shown.appointment.id == noShow.id ? p.syncNote : note;
        QVERIFY2(note.contains(u"kept in Chairside only"_s), qPrintable(note));
    }

    // The token runs out (or is revoked) mid-sync: one new token, the call once more.
    void renewsTheTokenOnce()
    {
        auto sim = start(300);
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        const int tokens = sim->tokensIssued();
        sim->revokeTokens();
        QTest::qWait(1100);
        sim->changeOnServer(sim->appointments().at(2).aptNum, QDateTime(QDate(2026, 12, 4), QTime(20, 0), Qt::UTC));
        desk.clock.advanceSeconds(60);
        const SyncSummary s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(sim->tokensIssued(), tokens + 1);
        QCOMPARE(s.pull.applied.updated, 1);
        // A key NexHealth refuses is an error that says what to do, not a loop.
        sim->setCredentials(u"another-key"_s, u"sim-dental"_s, 101);
        sim->revokeTokens();
        desk.clock.advanceSeconds(60);
        const qint64 before = sim->requests();
        const SyncSummary refused = desk.sync();
        QCOMPARE(refused.readError.kind, PmsError::Kind::Auth);
        QVERIFY2(refused.readError.message.contains(u"API key"_s), qPrintable(refused.readError.message));
        QVERIFY2(sim->requests() - before <= 3, qPrintable(QString::number(sim->requests() - before)));
    }

    // 429 with Retry-After: the sync slows down and finishes.
    void honoursRetryAfter()
    {
        auto sim = start(600);
        sim->setRateLimit(4, 1500);
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        const SyncSummary s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        int throttled = 0;
        for (const auto &served : sim->served())
            throttled += served.status == 429 ? 1 : 0;
        QVERIFY(throttled > 0);
        QCOMPARE(desk.count(u"1"_s), 600);
    }

    // The API key is in no log line and no address.
    void theKeyIsInNoLogOrUrl()
    {
        auto sim = start(50);
        Desk desk;
        QVERIFY(desk.open(sim->baseUrl()));
        QLoggingCategory::setFilterRules(u"chairside.*.debug=true"_s);
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(keepLog);
        const SyncSummary s = desk.sync();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(u"nexkey"_s), qPrintable(line));
        for (const auto &served : sim->served())
            QVERIFY2(!served.what.contains(u"nexkey"_s), qPrintable(served.what));
        QVERIFY(asked(*sim, 0, u"/authenticates"_s) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestNexHealth)
#include "tst_nexhealth.moc"
