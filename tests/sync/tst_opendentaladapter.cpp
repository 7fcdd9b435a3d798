#include "opendentalsimulator.h"
#include "domain/clock.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"
#include "sync/opendentaladapter.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"
#include "services/patientrecords.h"
#include "services/pmsmirror.h"
#include "services/reminderservice.h"
#include "store/fillrepository.h"
#include "store/outbox.h"
#include "sync/appointmentpull.h"
#include "sync/outboxpush.h"
#include "sync/referencelinker.h"
#include "store/appointmentrepository.h"

#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace chairside;
using namespace chairside::sync;

namespace {

// Who links a practice to its PMS: the sync, as SyncRun names it.
const UserSession kLinking{u"sync:opendental"_s, u"sync"_s, u"ws"_s};

// Two chairs, one dentist, 25 appointments on weekdays from 1 December.
QByteArray practice(bool withAppointments = true)
{
    QByteArray appointments;
    for (int i = 0; i < 25; ++i) {
        const QDate day = QDate(2026, 12, 1).addDays(i / 5);
        appointments += QStringLiteral(R"({ "id": "a%1", "patientId": "p%2", "typeId": "exam", "providerId": "dr-a",
            "chairId": "c%3", "start": "%4T%5:00" },)")
                                .arg(i)
                                .arg(i % 3 + 1)
                                .arg(i % 2 + 1)
                                .arg(day.toString(Qt::ISODate))
                                .arg(9 + i % 5, 2, 10, QLatin1Char('0'))
                                .toUtf8();
    }
    appointments.chop(1);
    if (!withAppointments)
        appointments.clear();
    return R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Sim Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] },
                 { "id": "hyg-g", "name": "Lucía García, RDH", "role": "hygienist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue"], "start": "08:00", "end": "12:00", "chairs": ["c2"] } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 30, "maxMinutes": 30 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz" }, { "id": "p2", "name": "Ben Ruiz" }, { "id": "p3", "name": "Cy Doe", "birthdate": "1979-11-02" } ],
  "appointments": [ )" + appointments + R"( ]
})";
}

// Runs the event loop until `done` is set, or fails after `ms`.
template<typename Fn>
bool waitFor(Fn done, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// One run of the outbox to the end.
PushReport drainOnce(OutboxPush &push)
{
    PushReport report;
    bool done = false;
    push.run([&](const PushReport &r) {
        report = r;
        done = true;
    });
    if (!waitFor([&] { return done; }))
        report.storeError = u"timed out"_s;
    return report;
}

} // namespace

// The Open Dental adapter against the simulator, over real loopback HTTP.
class TestOpenDentalAdapter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pmssim::OpenDentalSimulator> m_sim;

    std::unique_ptr<OpenDentalAdapter> adapter(int perMinute = 6000, int pageSize = 10)
    {
        OpenDentalAdapter::Settings s = OpenDentalAdapter::defaultsFor(QUrl(m_sim->baseUrl()));
        s.developerKey = u"dev"_s;
        s.customerKey = u"customer"_s;
        s.office = QTimeZone("America/Chicago");
        s.perMinute = perMinute;
        s.burst = 5;
        s.pageSize = pageSize;
        s.retry.baseMs = 40; // quick retries for tests; the product's are 4 s to 60 s
        s.retry.capMs = 200;
        return std::make_unique<OpenDentalAdapter>(s);
    }

    // Links the cache's chairs, providers, types and patients to the simulator's.
    bool linkPractice(OpenDentalAdapter &od, store::Cache &cache)
    {
        QList<PmsChair> chairs;
        QList<PmsProvider> providers;
        QList<PmsAppointmentType> types;
        QList<PmsPatient> patients;
        int answers = 0;
        od.listChairs([&](const QList<PmsChair> &c, const PmsError &) {
            chairs = c;
            ++answers;
        });
        od.listProviders([&](const QList<PmsProvider> &p, const PmsError &) {
            providers = p;
            ++answers;
        });
        od.listAppointmentTypes([&](const QList<PmsAppointmentType> &t, const PmsError &) {
            types = t;
            ++answers;
        });
        od.listAllPatients({}, [&](const QList<PmsPatient> &p, const QString &, const PmsError &) {
            patients = p;
            ++answers;
        });
        return waitFor([&] { return answers == 4; })
                && ReferenceLinker::link(cache, u"opendental"_s, chairs, providers, types, patients, systemClock(), kLinking).complete();
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<pmssim::OpenDentalSimulator>();
        QString error;
        QVERIFY2(m_sim->loadPractice(practice(), &error), qPrintable(error));
        QVERIFY(m_sim->listen() != 0);
    }

    void pullsEveryPage()
    {
        auto od = adapter();
        QList<PmsAppointment> all;
        bool finished = false;
        PmsError failure;
        std::function<void(int)> next = [&](int offset) {
            od->listAppointments({}, offset, [&, offset](const PmsAppointmentPage &page, const PmsError &e) {
                if (!e.ok()) {
                    failure = e;
                    finished = true;
                    return;
                }
                all += page.appointments;
                if (page.more)
                    next(offset + page.received);
                else
                    finished = true;
            });
        };
        next(0);
        QVERIFY(waitFor([&] { return finished; }));
        QVERIFY2(failure.ok(), qPrintable(failure.message));
        QCOMPARE(all.size(), 25);
        QSet<QString> ids;
        for (const PmsAppointment &a : all)
            ids.insert(a.pmsId);
        QCOMPARE(ids.size(), 25);
    }

    void readsTheChairsAndProviders()
    {
        auto od = adapter();
        QList<PmsChair> chairs;
        QList<PmsProvider> providers;
        int answers = 0;
        PmsError e1, e2;
        od->listChairs([&](const QList<PmsChair> &c, const PmsError &e) {
            chairs = c;
            e1 = e;
            ++answers;
        });
        od->listProviders([&](const QList<PmsProvider> &p, const PmsError &e) {
            providers = p;
            e2 = e;
            ++answers;
        });
        QVERIFY(waitFor([&] { return answers == 2; }));
        QVERIFY2(e1.ok(), qPrintable(e1.message));
        QVERIFY2(e2.ok(), qPrintable(e2.message));
        QCOMPARE(chairs.size(), 2);
        QCOMPARE(chairs.at(0).name, u"Chair 1"_s);
        QCOMPARE(chairs.at(1).pmsId, QString::number(m_sim->operatoryFor(u"c2"_s)));
        QCOMPARE(providers.size(), 2);
        QCOMPARE(providers.at(0).firstName, u"Ana"_s);
        QCOMPARE(providers.at(0).lastName, u"Alvarez"_s);
        QVERIFY(providers.at(1).hygienist);
        QCOMPARE(chairs.at(1).hygienistPmsId, QString::number(m_sim->providerFor(u"hyg-g"_s)));
        QCOMPARE(providers.at(0).pmsId, QString::number(m_sim->providerFor(u"dr-a"_s)));
        QVERIFY(od->supports(PmsAdapter::Capability::Chairs));
        QVERIFY(!od->supports(PmsAdapter::Capability::Waitlist));
    }

    // First connection: the practice's chairs and providers are linked to Open Dental's by
    // name; a second run finds them linked; a PMS record nobody matches is listed.
    void linksThePracticeByName()
    {
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        QVERIFY(PracticeImportService(*opened.cache, clock).importDocument(practice(), {u"t"_s, u"s"_s, u"w"_s}).ok());

        auto od = adapter();
        QList<PmsChair> chairs;
        QList<PmsProvider> providers;
        QList<PmsPatient> patients;
        QList<PmsAppointmentType> types;
        QString patientCursor;
        int answers = 0;
        od->listChairs([&](const QList<PmsChair> &c, const PmsError &) {
            chairs = c;
            ++answers;
        });
        od->listProviders([&](const QList<PmsProvider> &p, const PmsError &) {
            providers = p;
            ++answers;
        });
        od->listAllPatients({}, [&](const QList<PmsPatient> &p, const QString &cursor, const PmsError &e) {
            QVERIFY2(e.ok(), qPrintable(e.message));
            patients = p;
            patientCursor = cursor;
            ++answers;
        });
        od->listAppointmentTypes([&](const QList<PmsAppointmentType> &t, const PmsError &e) {
            QVERIFY2(e.ok(), qPrintable(e.message));
            types = t;
            ++answers;
        });
        QVERIFY(waitFor([&] { return answers == 4; }));
        QCOMPARE(patients.size(), 3);
        // Birthdate read; Open Dental's "0001-01-01" is none on file.
        QCOMPARE(patients.at(2).birthdate, QDate(1979, 11, 2));
        QVERIFY(!patients.at(0).birthdate.isValid());
        QCOMPARE(types.size(), 1);
        QCOMPARE(types.constFirst().name, u"Exam"_s);
        QCOMPARE(types.constFirst().pattern, u"XXXXXX"_s);
        QVERIFY(!patientCursor.isEmpty());
        // Nothing changed since: an incremental read is empty and keeps the cursor.
        answers = 0;
        od->listAllPatients(patientCursor, [&](const QList<PmsPatient> &p, const QString &cursor, const PmsError &) {
            QVERIFY(p.isEmpty());
            QCOMPARE(cursor, patientCursor);
            ++answers;
        });
        QVERIFY(waitFor([&] { return answers == 1; }));
        // Open Dental writes names its own way: "Ana" "Alvarez", "Lucía" "García" + Suffix.
        PmsProvider stranger;
        stranger.pmsId = u"77"_s;
        stranger.firstName = u"Zed"_s;
        stranger.lastName = u"Nobody"_s;
        providers.append(stranger);

        const LinkReport first = ReferenceLinker::link(*opened.cache, u"opendental"_s, chairs, providers, types, patients, systemClock(), kLinking);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        // Two chairs, two providers, one type, three patients matched; the stranger adopted.
        QCOMPARE(first.linked, 9);
        QCOMPARE(first.created, 1);
        QCOMPARE(first.unmatchedPatients, 0);
        QVERIFY(first.unmatchedProviders.isEmpty() && first.unmatchedChairs.isEmpty());
        bool adopted = false;
        for (const Provider &p : store::PracticeRepository(opened.cache->database()).providers())
            adopted = adopted || (p.id == u"opendental-prov-77" && p.name == u"Dr. Zed Nobody");
        QVERIFY(adopted);
        // The adopted provider and the linking are in the audit trail, by the sync.
        {
            QSqlQuery q(opened.cache->database());
            QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'pms-adopt' AND record_type = 'provider' "
                           "AND record_id = 'opendental-prov-77' AND user_id = 'sync:opendental'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            // One entry a unit: the reference data, then the patients.
            QVERIFY(q.exec(u"SELECT detail FROM audit_log WHERE action = 'pms-link' ORDER BY rowid"_s));
            QStringList details;
            while (q.next())
                details << q.value(0).toString();
            QCOMPARE(details, QStringList({u"opendental links=6"_s, u"opendental links=3"_s}));
        }
        store::PmsLinkRepository links(opened.cache->database());
        QCOMPARE(links.localId(u"opendental"_s, u"chair"_s, QString::number(m_sim->operatoryFor(u"c2"_s))).value(),
                 u"c2"_s);
        QCOMPARE(links.localId(u"opendental"_s, u"provider"_s, QString::number(m_sim->providerFor(u"hyg-g"_s))).value(),
                 u"hyg-g"_s);
        QCOMPARE(links.localId(u"opendental"_s, u"patient"_s, QString::number(m_sim->patientFor(u"p2"_s))).value(),
                 u"p2"_s);

        const LinkReport again = ReferenceLinker::link(*opened.cache, u"opendental"_s, chairs, providers, types, patients, systemClock(), kLinking);
        QCOMPARE(again.linked, 0);
        QCOMPARE(again.alreadyLinked, 9);
        QCOMPARE(again.created, 0);
        QCOMPARE(ReferenceLinker::comparable(u"Dr. Lucía  GARCÍA, DDS"_s), u"lucia garcia"_s);
    }

    // The book comes into the cache: all of it the first time, then what changed; a change
    // waiting to be sent is not overwritten.
    void pullsTheBookIntoTheCache()
    {
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        store::Cache &cache = *opened.cache;
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        const UserSession sync{u"sync:opendental"_s, u"sync"_s, u"ws"_s};
        QVERIFY(PracticeImportService(cache, clock).importDocument(practice(false), sync).ok());

        auto od = adapter();
        QVERIFY(linkPractice(*od, cache));

        auto pull = [&] {
            AppointmentPull puller(*od, cache, clock, sync);
            PullReport report;
            bool done = false;
            puller.run([&](const PullReport &r) {
                report = r;
                done = true;
            });
            if (!waitFor([&] { return done; }))
                report.storeError = u"timed out"_s;
            return report;
        };
        const PullReport first = pull();
        QVERIFY2(first.ok(), qPrintable(first.error.message + first.storeError));
        QCOMPARE(first.applied.inserted, 25);
        QCOMPARE(first.pages, 3); // ten a page; a short one (5) ends the read
        QVERIFY(!first.cursor.isEmpty());
        store::AppointmentRepository repo(cache.database());
        QCOMPARE(repo.count(), 25);
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM appointments WHERE sync_state = 'synced'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 25);
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'pull-create'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 25);

        // Nothing changed: an incremental pull brings nothing.
        QTest::qWait(1100);
        const PullReport quiet = pull();
        QVERIFY(quiet.ok());
        QCOMPARE(quiet.received, 0);

        // A change at the practice's desk arrives.
        const QDateTime moved(QDate(2026, 12, 1), QTime(22, 0), Qt::UTC);
        m_sim->changeOnServer(3, moved);
        const PullReport changed = pull();
        QVERIFY(changed.ok());
        QCOMPARE(changed.received, 1);
        QCOMPARE(changed.applied.updated, 1);
        QCOMPARE(repo.find(u"opendental-3"_s)->startUtc, moved);

        // Changed here and not yet sent: the server's later change does not overwrite it.
        QVERIFY(repo.setSyncState(u"opendental-4"_s, SyncState::Pending, nullptr));
        const QDateTime before = repo.find(u"opendental-4"_s)->startUtc;
        QTest::qWait(1100);
        m_sim->changeOnServer(4, moved.addDays(1));
        const PullReport kept = pull();
        QVERIFY(kept.ok());
        QCOMPARE(kept.applied.keptLocal, 1);
        QCOMPARE(repo.find(u"opendental-4"_s)->startUtc, before);
    }

    // Local changes reach the PMS exactly once: booked, moved, a reply lost, an outage, a
    // refusal, a cancellation.
    void pushesTheOutboxExactlyOnce()
    {
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        store::Cache &cache = *opened.cache;
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        const UserSession desk{u"frontdesk"_s, u"s"_s, u"ws"_s};
        QVERIFY(PracticeImportService(cache, clock).importDocument(practice(false), desk).ok());
        auto od = adapter();
        QVERIFY(linkPractice(*od, cache));
        {
            AppointmentPull pull(*od, cache, clock, desk);
            bool done = false;
            pull.run([&](const PullReport &r) {
                QVERIFY(r.ok());
                done = true;
            });
            QVERIFY(waitFor([&] { return done; }));
        }

        BookingService booking(cache, clock);
        PmsMirror mirror(cache, clock);
        RetryPolicy retry;
        OutboxPush push(*od, mirror, retry);
        auto drain = [&push] { return drainOnce(push); };
        auto bookAt = [&](const QString &patient, const QString &chair, const QDateTime &start) {
            BookRequest r;
            r.patientId = patient;
            r.typeId = u"exam"_s;
            r.providerId = u"dr-a"_s;
            r.chairId = chair;
            r.startUtc = start;
            return booking.book(r, desk);
        };
        auto onServer = [&](const QString &patient, const QDateTime &start) {
            int n = 0;
            for (const auto &a : m_sim->appointments()) {
                if (a.patNum == m_sim->patientFor(patient) && a.start.toUTC() == start && a.status == u"Scheduled")
                    ++n;
            }
            return n;
        };

        // Booked here: it reaches Open Dental, is linked and synced.
        const QDateTime first(QDate(2026, 12, 1), QTime(21, 0), Qt::UTC); // 15:00
        const BookingOutcome booked = bookAt(u"p1"_s, u"c1"_s, first);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        PushReport r = drain();
        QVERIFY2(r.complete(), qPrintable(r.storeError));
        QCOMPARE(r.acknowledged, 1);
        QCOMPARE(onServer(u"p1"_s, first), 1);
        QCOMPARE(BookingService(cache, clock).find(booked.appointment.id, nullptr)->syncState, SyncState::Synced);

        // Moved here: the PMS follows.
        MoveRequest move;
        move.appointmentId = booked.appointment.id;
        move.expectedVersion = booked.appointment.version;
        move.startUtc = first.addSecs(3600);
        QVERIFY(booking.move(move, desk).ok());
        r = drain();
        QCOMPARE(r.acknowledged, 1);
        QCOMPARE(onServer(u"p1"_s, first), 0);
        QCOMPARE(onServer(u"p1"_s, first.addSecs(3600)), 1);

        // The PMS books it but the reply is lost: the next run finds it instead of booking twice.
        const QDateTime second(QDate(2026, 12, 2), QTime(21, 0), Qt::UTC);
        QVERIFY(bookAt(u"p2"_s, u"c1"_s, second).ok());
        pmssim::OpenDentalSimulator::Faults faults;
        faults.lostReplies = 1;
        m_sim->setFaults(faults);
        r = drain();
        QCOMPARE(r.deferred, 1);
        QCOMPARE(r.waiting, 1);
        QCOMPARE(onServer(u"p2"_s, second), 1); // it did land
        QCOMPARE(drain().acknowledged, 0);       // not due yet: nothing is resent early
        clock.setNowUtc(clock.nowUtc().addSecs(120));
        r = drain();
        QCOMPARE(r.recovered, 1);
        QCOMPARE(r.acknowledged, 1);
        QCOMPARE(onServer(u"p2"_s, second), 1); // once
        QCOMPARE(r.waiting, 0);

        // An outage: kept and sent when it is back.
        const QDateTime third(QDate(2026, 12, 3), QTime(21, 0), Qt::UTC);
        QVERIFY(bookAt(u"p3"_s, u"c1"_s, third).ok());
        faults = {};
        faults.unavailable = 1000;
        m_sim->setFaults(faults);
        r = drain();
        QCOMPARE(r.deferred, 1);
        QCOMPARE(onServer(u"p3"_s, third), 0);
        m_sim->setFaults({});
        clock.setNowUtc(clock.nowUtc().addSecs(120));
        r = drain();
        QCOMPARE(r.acknowledged, 1);
        QCOMPARE(onServer(u"p3"_s, third), 1);

        // Booked at the practice's desk meanwhile (not pulled yet), then here: refused, shown
        // as a conflict, kept for a person.
        const QDateTime fourth(QDate(2026, 12, 4), QTime(21, 0), Qt::UTC);
        PmsAppointment theirs;
        theirs.patientPmsId = QString::number(m_sim->patientFor(u"p2"_s));
        theirs.operatoryPmsId = QString::number(m_sim->operatoryFor(u"c2"_s));
        theirs.providerPmsId = QString::number(m_sim->providerFor(u"dr-a"_s));
        theirs.startUtc = fourth;
        theirs.minutes = 30;
        bool made = false;
        od->createAppointment(theirs, [&](const PmsAppointment &, const PmsError &e) {
            QVERIFY(e.ok());
            made = true;
        });
        QVERIFY(waitFor([&] { return made; }));
        const BookingOutcome mine = bookAt(u"p3"_s, u"c2"_s, fourth);
        QVERIFY(mine.ok());
        r = drain();
        QCOMPARE(r.refused, 1);
        QCOMPARE(r.waiting, 1);
        QCOMPARE(BookingService(cache, clock).find(mine.appointment.id, nullptr)->syncState, SyncState::Conflict);
        QCOMPARE(onServer(u"p3"_s, fourth), 0);

        // Cancelled here: broken on the PMS.
        const Appointment current = *BookingService(cache, clock).find(booked.appointment.id, nullptr);
        QVERIFY(booking.cancel(current.id, current.version, CancelReason::Patient, desk).ok());
        r = drain();
        QCOMPARE(r.acknowledged, 1);
        QCOMPARE(onServer(u"p1"_s, first.addSecs(3600)), 0);
    }

    // A first-time caller made here and booked at once: the patient reaches Open Dental
    // (POST /patients) before the booking that names them, linked by the PatNum it returns;
    // a change to their details goes as PUT /patients/{PatNum} with only what changed; a
    // create whose reply was lost is found by name and birthdate, not made twice.
    void newPatientsReachOpenDentalBeforeTheirBookings()
    {
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        store::Cache &cache = *opened.cache;
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        const UserSession desk{u"frontdesk"_s, u"s"_s, u"ws"_s, Role::FrontDesk};
        QVERIFY(PracticeImportService(cache, clock).importDocument(practice(false), UserSession{}).ok());
        auto od = adapter();
        QVERIFY(od->supports(PmsAdapter::Capability::CreatePatient));
        QVERIFY(od->supports(PmsAdapter::Capability::UpdatePatient));
        QVERIFY(linkPractice(*od, cache));
        QSqlError linkError;
        QVERIFY(store::PmsLinkRepository(cache.database()).setConnection(u"opendental"_s, m_sim->baseUrl(), &linkError));

        PatientRecords records(cache, clock);
        PatientDetails caller;
        caller.firstName = u"María José"_s;
        caller.lastName = u"Núñez"_s;
        caller.birthdate = QDate(1990, 5, 4);
        caller.phone = u"(512) 555-0147"_s;
        caller.email = u"mj@example.com"_s;
        caller.language = u"es"_s;
        caller.contact = ContactChannel::Sms;
        caller.guarantorId = u"p1"_s;
        const PatientWriteOutcome made = records.create(caller, false, desk);
        QVERIFY2(made.ok(), qPrintable(made.message));
        BookRequest r;
        r.patientId = made.patientId;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = u"c1"_s;
        r.startUtc = QDateTime(QDate(2026, 12, 1), QTime(21, 0), Qt::UTC);
        BookingService booking(cache, clock);
        const BookingOutcome booked = booking.book(r, desk);
        QVERIFY2(booked.ok(), qPrintable(booked.message));

        PmsMirror mirror(cache, clock);
        OutboxPush push(*od, mirror, RetryPolicy{});
        const qsizetype before = m_sim->served().size();
        PushReport report = drainOnce(push);
        QVERIFY2(report.complete(), qPrintable(report.storeError));
        QCOMPARE(report.acknowledged, 2);
        // Request by request: the patient, then the booking that names them.
        QStringList writes;
        for (qsizetype i = before; i < m_sim->served().size(); ++i) {
            const auto &served = m_sim->served().at(i);
            if (!served.what.contains(u"Simple"_s) && (served.what.endsWith(u"/patients"_s)
                                                       || served.what.endsWith(u"/appointments"_s)))
                writes << served.what.section(u'/', -1) + u' ' + QString::number(served.status);
        }
        QCOMPARE(writes, QStringList({u"patients 201"_s, u"appointments 201"_s}));
        QCOMPARE(m_sim->createdPatients().size(), 1);
        const QString simId = m_sim->createdPatients().first();
        const qint64 patNum = m_sim->patientFor(simId);
        QVERIFY(patNum > 0);
        QCOMPARE(store::PmsLinkRepository(cache.database()).pmsId(u"opendental"_s, u"patient"_s, made.patientId),
                 std::optional<QString>(QString::number(patNum)));
        int booksForThem = 0;
        for (const auto &a : m_sim->appointments())
            booksForThem += a.patNum == patNum ? 1 : 0;
        QCOMPARE(booksForThem, 1);
        auto onServer = [&] {
            bool done = false;
            QList<PmsPatient> found;
            od->listAllPatients({}, [&](const QList<PmsPatient> &rows, const QString &, const PmsError &) {
                found = rows;
                done = true;
            });
            waitFor([&] { return done; });
            for (const PmsPatient &p : found)
                if (p.pmsId == QString::number(patNum))
                    return p;
            return PmsPatient{};
        };
        PmsPatient theirs = onServer();
        QCOMPARE(theirs.lastName, u"Núñez"_s);
        QCOMPARE(theirs.firstName, u"María José"_s);
        QCOMPARE(theirs.birthdate, QDate(1990, 5, 4));
        QCOMPARE(theirs.phone, u"+15125550147"_s);
        QCOMPARE(theirs.language, u"es"_s);
        QCOMPARE(theirs.contact, u"sms"_s);
        QCOMPARE(theirs.familyPmsId, QString::number(m_sim->patientFor(u"p1"_s)));
        QSqlQuery audited(cache.database());
        QVERIFY(audited.exec(u"SELECT count(*) FROM audit_log WHERE action = 'pms_patient_create'"_s) && audited.next());
        QCOMPARE(audited.value(0).toInt(), 1);

        // A change: only the e-mail goes, to that PatNum.
        PatientDetails changed = caller;
        changed.email = u"maria.nunez@example.org"_s;
        QVERIFY(records.edit(made.patientId, changed, desk).ok());
        const qsizetype beforeEdit = m_sim->served().size();
        report = drainOnce(push);
        QCOMPARE(report.acknowledged, 1);
        QCOMPARE(m_sim->served().at(beforeEdit).what, u"/api/v1/patients/%1"_s.arg(patNum));
        theirs = onServer();
        QCOMPARE(theirs.email, u"maria.nunez@example.org"_s);
        QCOMPARE(theirs.phone, u"+15125550147"_s);
        QCOMPARE(m_sim->lastPatientWrite().keys(), QStringList({u"Email"_s}));

        // A patient read before names were kept in parts ("Ben Ruiz" from the practice file):
        // a change of e-mail sends the e-mail, never a name split by guess.
        FrontDesk frontDesk(cache, clock);
        PatientDetails ben = PatientDetails::of(*frontDesk.patient(u"p2"_s, desk, nullptr));
        ben.email = u"ben@example.com"_s;
        ben.contact = ContactChannel::Email;
        QVERIFY(records.edit(u"p2"_s, ben, desk).ok());
        // Changed at Open Dental's own desk before this desk's change went: the pull leaves
        // the change waiting here alone, and what goes is this desk's.
        m_sim->changePatientOnServer(u"p2"_s, u"+13125550999"_s);
        QVERIFY(linkPractice(*od, cache));
        QCOMPARE(frontDesk.patient(u"p2"_s, desk, nullptr)->email, u"ben@example.com"_s);
        report = drainOnce(push);
        QCOMPARE(report.acknowledged, 1);
        QCOMPARE(m_sim->lastPatientWrite().keys(), QStringList({u"Email"_s, u"PreferConfirmMethod"_s,
                                                                u"PreferContactMethod"_s, u"PreferRecallMethod"_s}));

        // Made at Open Dental, reply lost: found by name and birthdate on the next try.
        PatientDetails second = caller;
        second.firstName = u"Inés"_s;
        second.phone = u"(512) 555-0188"_s;
        second.guarantorId.clear();
        const PatientWriteOutcome made2 = records.create(second, false, desk);
        QVERIFY2(made2.ok(), qPrintable(made2.message));
        pmssim::OpenDentalSimulator::Faults faults;
        faults.lostReplies = 1;
        m_sim->setFaults(faults);
        report = drainOnce(push);
        QCOMPARE(report.deferred, 1);
        QCOMPARE(m_sim->createdPatients().size(), 2); // it did land
        m_sim->setFaults({});
        clock.setNowUtc(clock.nowUtc().addSecs(120));
        report = drainOnce(push);
        QCOMPARE(report.recovered, 1);
        QCOMPARE(report.acknowledged, 1);
        QCOMPARE(m_sim->createdPatients().size(), 2); // once
        QCOMPARE(store::PmsLinkRepository(cache.database()).pmsId(u"opendental"_s, u"patient"_s, made2.patientId),
                 std::optional<QString>(QString::number(m_sim->patientFor(m_sim->createdPatients().last()))));
        QCOMPARE(report.waiting, 0);

        // Added again on purpose (a likely duplicate the desk let through), the reply lost:
        // Open Dental's lookup finds the chart already linked to the first. Not linked twice,
        // kept for a person with the reason, and the rest of the outbox goes on.
        const PatientWriteOutcome twin = records.create(second, true, desk);
        QVERIFY2(twin.ok(), qPrintable(twin.message));
        faults.lostReplies = 1;
        m_sim->setFaults(faults);
        report = drainOnce(push);
        QCOMPARE(report.deferred, 1);
        m_sim->setFaults({});
        clock.setNowUtc(clock.nowUtc().addSecs(120));
        report = drainOnce(push);
        QVERIFY2(report.storeError.isEmpty(), qPrintable(report.storeError));
        QCOMPARE(report.refused, 1);
        QCOMPARE(report.waiting, 1);
        QVERIFY(!store::PmsLinkRepository(cache.database()).pmsId(u"opendental"_s, u"patient"_s, twin.patientId));
        QSqlQuery reason(cache.database());
        QVERIFY(reason.exec(u"SELECT last_error FROM outbox WHERE entity_id = '%1'"_s.arg(twin.patientId))
                && reason.next());
        QVERIFY2(reason.value(0).toString().contains(u"duplicate"_s), qPrintable(reason.value(0).toString()));
    }

    // Contacts with patients (waitlist offers, rescheduling calls) go to the patient's
    // communication log in Open Dental through the outbox: once, even when a reply is lost,
    // audited, and held while the patient is not linked.
    void writesContactsToTheCommunicationLog()
    {
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        store::Cache &cache = *opened.cache;
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        const UserSession desk{u"frontdesk"_s, u"s"_s, u"ws"_s, Role::FrontDesk};
        QByteArray file = practice(false);
        file.replace(R"({ "id": "p1", "name": "Ana Ruiz" })",
                     R"({ "id": "p1", "name": "Ana Ruiz", "language": "es", "contact": { "preferred": "sms" } })");
        QVERIFY(PracticeImportService(cache, clock).importDocument(file, UserSession{}).ok());
        auto od = adapter();
        QVERIFY(od->supports(PmsAdapter::Capability::CommLog));
        QVERIFY(linkPractice(*od, cache));

        BookingService booking(cache, clock);
        FrontDesk frontDesk(cache, clock);
        FillService fill(cache, clock, booking, frontDesk);
        std::vector<std::unique_ptr<MessageChannel>> channels;
        channels.push_back(std::make_unique<PmsCommLogChannel>());
        fill.setChannels(std::move(channels));
        PmsMirror mirror(cache, clock);
        OutboxPush push(*od, mirror, RetryPolicy{});
        auto drain = [&push] { return drainOnce(push); };

        // A freed time offered to Ana, who reads Spanish and wants a text.
        QString error;
        WaitlistEntry wish{{}, u"p1"_s, u"exam"_s, {}, QDate(2026, 12, 1), QDate(2026, 12, 10), 5, {}};
        const std::optional<WaitlistEntry> anaWish = fill.addToWaitlist(wish, desk, &error);
        QVERIFY2(anaWish, qPrintable(error));
        const FreedSlot slot{u"c1"_s, u"dr-a"_s, QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC), 30};
        const auto offers = fill.offerSlot(slot, desk, &error);
        QVERIFY2(offers && offers->size() == 1, qPrintable(error));
        QCOMPARE(store::FillRepository(cache.database()).contactsByCorrelation(offers->first().correlationId)
                         .first().handledBy,
                 PmsCommLogChannel::kName);
        PushReport r = drain();
        QVERIFY2(r.complete(), qPrintable(r.storeError));
        QCOMPARE(r.acknowledged, 1);
        QCOMPARE(m_sim->commlogs().size(), 1);
        const pmssim::OpenDentalSimulator::Commlog note = m_sim->commlogs().first();
        QCOMPARE(note.patNum, m_sim->patientFor(u"p1"_s));
        QCOMPARE(note.mode, u"Text"_s);
        QCOMPARE(note.sentOrReceived, u"Sent"_s);
        QCOMPARE(note.commType, u"ApptRelated"_s);
        QCOMPARE(note.at.toUTC(), clock.nowUtc());
        QVERIFY2(note.note.contains(u"waitlist offer"_s), qPrintable(note.note));
        QVERIFY2(note.note.contains(u"Sim Dental"_s) && note.note.contains(u"diciembre"_s), qPrintable(note.note));
        QSqlQuery linked(cache.database());
        QVERIFY(linked.exec(u"SELECT count(*) FROM pms_links WHERE entity = 'commlog'"_s) && linked.next());
        QCOMPARE(linked.value(0).toInt(), 1);
        QSqlQuery audited(cache.database());
        QVERIFY(audited.exec(u"SELECT count(*) FROM audit_log WHERE action = 'pms_commlog'"_s) && audited.next());
        QCOMPARE(audited.value(0).toInt(), 1);

        // Her answer follows; the reply to the note is lost, and the next run finds the note
        // on her chart instead of writing it twice.
        pmssim::OpenDentalSimulator::Faults faults;
        faults.lostReplies = 1;
        m_sim->setFaults(faults);
        clock.setNowUtc(clock.nowUtc().addSecs(300));
        QVERIFY(fill.declineOffer(offers->first().id, desk, &error));
        r = drain();
        QCOMPARE(r.deferred, 1);
        QCOMPARE(m_sim->commlogs().size(), 2);
        clock.setNowUtc(clock.nowUtc().addSecs(120));
        r = drain();
        QCOMPARE(r.recovered, 1);
        QCOMPARE(r.acknowledged, 1);
        QCOMPARE(r.waiting, 0);
        QCOMPARE(m_sim->commlogs().size(), 2);
        QVERIFY2(m_sim->commlogs().last().note.contains(u"declined"_s), qPrintable(m_sim->commlogs().last().note));

        // A patient Open Dental does not know: the note waits, with the reason, and nothing
        // is lost.
        QSqlQuery unlink(cache.database());
        QVERIFY(unlink.exec(u"DELETE FROM pms_links WHERE entity = 'patient' AND local_id = 'p2'"_s));
        QVERIFY(fill.addToWaitlist({{}, u"p2"_s, u"exam"_s, {}, QDate(2026, 12, 1), QDate(2026, 12, 10), 5, {}},
                                   desk, &error));
        QVERIFY(fill.removeFromWaitlist(anaWish->id, desk, &error));
        const FreedSlot later{u"c2"_s, u"dr-a"_s, QDateTime(QDate(2026, 12, 2), QTime(15, 0), Qt::UTC), 30};
        const auto toBen = fill.offerSlot(later, desk, &error);
        QVERIFY2(toBen && toBen->size() == 1 && toBen->first().patientId == u"p2", qPrintable(error));
        r = drain();
        QCOMPARE(r.blocked, 1);
        QCOMPARE(r.waiting, 1);
        QCOMPARE(m_sim->commlogs().size(), 2);
        const QList<PendingOutboxEntry> held = store::Outbox(cache.database()).due(
                clock.nowUtc().addSecs(7200).toSecsSinceEpoch(), 10, nullptr);
        QCOMPARE(held.size(), 1);
        QVERIFY2(held.first().lastError.contains(u"not linked"_s), qPrintable(held.first().lastError));
    }

    // A confirmation call marked here reaches Open Dental: the appointment is confirmed there
    // (PUT .../Confirm) and the call is on the patient's communication log.
    void confirmationReachesOpenDental()
    {
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        store::Cache &cache = *opened.cache;
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        const UserSession desk{u"frontdesk"_s, u"s"_s, u"ws"_s, Role::FrontDesk};
        QVERIFY(PracticeImportService(cache, clock).importDocument(practice(false), UserSession{}).ok());
        auto od = adapter();
        QVERIFY(linkPractice(*od, cache));
        BookingService booking(cache, clock);
        ContactLog contacts;
        std::vector<std::unique_ptr<MessageChannel>> channels;
        channels.push_back(std::make_unique<PmsCommLogChannel>());
        contacts.setChannels(std::move(channels));
        ReminderService reminders(cache, clock, booking, contacts);
        PmsMirror mirror(cache, clock);
        OutboxPush push(*od, mirror, RetryPolicy{});
        auto drain = [&push] { return drainOnce(push); };
        BookRequest r;
        r.patientId = u"p1"_s;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = u"c1"_s;
        r.startUtc = QDateTime(QDate(2026, 12, 1), QTime(16, 0), Qt::UTC);
        const BookingOutcome booked = booking.book(r, desk);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        QCOMPARE(drain().acknowledged, 1);
        const qint64 aptNum = mirror.pmsIdOf(u"opendental"_s, booked.appointment.id).toLongLong();
        QVERIFY(aptNum > 0);
        auto confirmedThere = [&] {
            for (const auto &a : m_sim->appointments()) {
                if (a.aptNum == aptNum)
                    return a.confirmed;
            }
            return QString();
        };
        QVERIFY(confirmedThere() != u"Confirmed");

        const BookingOutcome confirmed = reminders.markConfirmation(booked.appointment.id, ConfirmationState::Confirmed, desk);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.message));
        const PushReport pushed = drain();
        QVERIFY2(pushed.complete(), qPrintable(pushed.storeError));
        QCOMPARE(pushed.acknowledged, 2); // the status and the call's note
        QCOMPARE(confirmedThere(), u"Confirmed"_s);
        QCOMPARE(m_sim->commlogs().size(), 1);
        QVERIFY2(m_sim->commlogs().first().note.contains(u"confirmation call: the patient accepted"_s),
                 qPrintable(m_sim->commlogs().first().note));
    }

    void createsAndIsRefusedCleanly()
    {
        auto od = adapter();
        PmsAppointment a;
        a.patientPmsId = QString::number(m_sim->patientFor(u"p1"_s));
        a.operatoryPmsId = QString::number(m_sim->operatoryFor(u"c1"_s));
        a.providerPmsId = QString::number(m_sim->providerFor(u"dr-a"_s));
        a.startUtc = QDateTime(QDate(2026, 12, 1), QTime(21, 0), Qt::UTC); // 15:00
        a.minutes = 30;
        PmsAppointment made;
        PmsError e{PmsError::Kind::Unsupported, 0, 0, u"not called"_s};
        od->createAppointment(a, [&](const PmsAppointment &x, const PmsError &err) {
            made = x;
            e = err;
        });
        QVERIFY(waitFor([&] { return e.ok() || e.message != u"not called"; }));
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(!made.pmsId.isEmpty());
        QCOMPARE(made.startUtc, a.startUtc);

        // Again on top of it: refused, with Open Dental's reason, and not retried.
        const qint64 before = m_sim->requests();
        bool done = false;
        od->createAppointment(a, [&](const PmsAppointment &, const PmsError &err) {
            e = err;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QCOMPARE(e.kind, PmsError::Kind::Refused);
        QCOMPARE(e.httpStatus, 409);
        QVERIFY(e.message.contains(u"already booked"_s));
        QCOMPARE(m_sim->requests(), before + 1);

        done = false;
        od->cancelAppointment(made.pmsId, true, [&](const PmsError &err) {
            e = err;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(e.ok(), qPrintable(e.message));
        done = false;
        od->findAppointment(made.pmsId, [&](const PmsAppointment &x, const PmsError &err) {
            made = x;
            e = err;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QCOMPARE(made.status, AppointmentStatus::Cancelled);
    }

    void retriesServerTroubleThenSucceeds()
    {
        auto od = adapter();
        pmssim::OpenDentalSimulator::Faults faults;
        faults.unavailable = 2;
        m_sim->setFaults(faults);
        bool done = false;
        PmsError e;
        od->findAppointment(u"1"_s, [&](const PmsAppointment &, const PmsError &err) {
            e = err;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(m_sim->requests(), 3); // two 503s, then the answer

        // A longer outage: three tries, then a transient error for the engine to keep.
        faults.unavailable = 10;
        m_sim->setFaults(faults);
        done = false;
        od->findAppointment(u"1"_s, [&](const PmsAppointment &, const PmsError &err) {
            e = err;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QCOMPARE(e.kind, PmsError::Kind::Server);
        QVERIFY(e.transient());
    }

    void honoursRetryAfter()
    {
        m_sim->setRateLimit(3, 1500); // three in any 1.5 s
        auto od = adapter();
        int answered = 0;
        int failed = 0;
        for (int i = 0; i < 7; ++i) {
            od->findAppointment(u"1"_s, [&](const PmsAppointment &, const PmsError &err) {
                ++answered;
                failed += err.ok() ? 0 : 1;
            });
        }
        QVERIFY(waitFor([&] { return answered == 7; }, 60000));
        QCOMPARE(failed, 0);
        // After every 429, nothing came before the Retry-After it gave.
        const auto &served = m_sim->served();
        int throttled = 0;
        for (int i = 0; i < served.size(); ++i) {
            if (served.at(i).status != 429)
                continue;
            ++throttled;
            for (int j = i + 1; j < served.size(); ++j)
                QVERIFY2(served.at(j).atMs >= served.at(i).atMs + served.at(i).retryAfterMs - 5,
                         qPrintable(QStringLiteral("request %1 came %2 ms after a 429 asking for %3 ms")
                                            .arg(j)
                                            .arg(served.at(j).atMs - served.at(i).atMs)
                                            .arg(served.at(i).retryAfterMs)));
        }
        QVERIFY(throttled >= 1);
    }

    void refusesToSendWhereItShouldNot()
    {
        OpenDentalAdapter::Settings s = OpenDentalAdapter::defaultsFor(QUrl(u"http://192.168.1.20:30222/api/v1"_s));
        s.developerKey = u"dev"_s;
        s.customerKey = u"customer"_s;
        OpenDentalAdapter od(s);
        QVERIFY(!od.configurationError().isEmpty());
        bool done = false;
        PmsError e;
        od.findAppointment(u"1"_s, [&](const PmsAppointment &, const PmsError &err) {
            e = err;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QCOMPARE(e.kind, PmsError::Kind::Unsupported);

        // Wrong keys: an auth error, not retried.
        OpenDentalAdapter::Settings wrong = OpenDentalAdapter::defaultsFor(QUrl(m_sim->baseUrl()));
        wrong.developerKey = u"dev"_s;
        wrong.customerKey = u"stolen"_s;
        OpenDentalAdapter bad(wrong);
        done = false;
        bad.findAppointment(u"1"_s, [&](const PmsAppointment &, const PmsError &err) {
            e = err;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QCOMPARE(e.kind, PmsError::Kind::Auth);
        QCOMPARE(m_sim->requests(), 1);
    }

    void malformedRepliesAreErrors()
    {
        auto od = adapter();
        pmssim::OpenDentalSimulator::Faults faults;
        faults.malformed = true;
        m_sim->setFaults(faults);
        bool done = false;
        PmsError e;
        od->listAppointments({}, 0, [&](const PmsAppointmentPage &page, const PmsError &err) {
            e = err;
            done = true;
            QVERIFY(page.appointments.isEmpty());
        });
        QVERIFY(waitFor([&] { return done; }));
        QCOMPARE(e.kind, PmsError::Kind::Malformed);
        QVERIFY(e.message.contains(u"not valid JSON"_s));
    }
};

QTEST_GUILESS_MAIN(TestOpenDentalAdapter)
#include "tst_opendentaladapter.moc"
