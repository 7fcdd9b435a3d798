#include "dentrixsimulator.h"
#include "eaglesoftsimulator.h"
#include "faultylink.h"
#include "opendentalsimulator.h"
#include "syntheticpractice.h"

#include "domain/clock.h"
#include "domain/practicedata.h"
#include "services/bookingservice.h"
#include "services/pmsmirror.h"
#include "services/practiceimportservice.h"
#include "services/syncissues.h"
#include "sync/outboxpush.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"
#include "sync/adapterfactory.h"
#include "sync/dentrixadapter.h"
#include "sync/syncrun.h"

#include <QProcess>
#include <QScopeGuard>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;
using namespace chairside::sync;

namespace {

// The practice's visits start a week after the desks' fixed clock (2026-11-24).
QByteArray practice(int count)
{
    return pmssim::syntheticPractice(count, QDate(2026, 12, 1));
}

std::unique_ptr<pmssim::PmsSimulator> simulator(const QString &flavor)
{
    if (flavor == u"opendental")
        return std::make_unique<pmssim::OpenDentalSimulator>();
    if (flavor == u"dentrix")
        return std::make_unique<pmssim::DentrixSimulator>();
    return std::make_unique<pmssim::EaglesoftSimulator>();
}

// The simulators' default credentials.
PmsCredentials credentials(const QString &flavor)
{
    if (flavor == u"opendental")
        return {u"dev"_s, u"customer"_s, {}};
    if (flavor == u"dentrix")
        return {u"client"_s, u"secret"_s, u"apikey"_s};
    return {u"frontdesk"_s, u"password"_s, {}};
}

// One workstation: its own encrypted cache of the practice, its clock, its adapter.
struct Desk
{
    QTemporaryDir dir;
    store::MemoryCacheKeyStore keys;
    std::unique_ptr<store::Cache> cache;
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};
    std::unique_ptr<PmsAdapter> adapter;
    UserSession desk{u"frontdesk"_s, u"s"_s, u"ws"_s};

    bool open(const QString &flavor, const QString &url, int timeoutMs = 30000, int perMinute = 1000000,
              bool withPractice = true)
    {
        cache = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing).cache;
        if (!cache)
            return false;
        if (withPractice && !PracticeImportService(*cache, clock).importDocument(practice(0), desk).ok())
            return false;
        if (!withPractice) {
            // Only the office's settings: everything else comes from the PMS.
            PracticeData settings;
            Practice p;
            p.name = u"New Office"_s;
            p.timeZoneId = "America/Chicago";
            settings.practice = p;
            QSqlError error;
            if (!store::PracticeRepository(cache->database()).write(settings, 0, &error))
                return false;
        }
        PmsConnection c;
        c.system = flavor;
        c.url = QUrl(url);
        c.office = QTimeZone("America/Chicago");
        c.perMinute = perMinute;
        c.burst = 50;
        c.timeoutMs = timeoutMs;
        c.retry.baseMs = 30; // quick retries for tests; the product's are 4 s to 60 s
        c.retry.capMs = 100;
        QString error;
        adapter = makePmsAdapter(c, credentials(flavor), clock, &error);
        // Connected as `pms connect` leaves a cache: changes made here wait for this PMS.
        QSqlError linkError;
        return adapter != nullptr
                && store::PmsLinkRepository(cache->database()).setConnection(flavor, url, &linkError);
    }

    SyncSummary sync(int timeoutMs = 120000)
    {
        SyncRun run(*adapter, *cache, clock, {u"sync"_s, u"s"_s, u"ws"_s});
        SyncSummary summary;
        bool done = false;
        run.run([&](const SyncSummary &s) {
            summary = s;
            done = true;
        });
        QElapsedTimer t;
        t.start();
        while (!done && t.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!done)
            summary.push.storeError = u"sync did not finish"_s;
        return summary;
    }

    BookingOutcome book(const QString &patient, const QString &chair, const QDateTime &start)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = chair;
        r.startUtc = start;
        return BookingService(*cache, clock).book(r, desk);
    }

    int count(const QString &where) const
    {
        QSqlQuery q(cache->database());
        return q.exec(u"SELECT count(*) FROM appointments WHERE "_s + where) && q.next() ? q.value(0).toInt() : -1;
    }
};

QString why(const SyncSummary &s)
{
    return s.readError.message + s.pull.error.message + s.pull.storeError + s.push.storeError
            + u" (received %6, kept local %1, unmapped %2, waiting %3, refused %4, deferred %5)"_s.arg(s.pull.applied.keptLocal)
                      .arg(s.pull.applied.unmapped)
                      .arg(s.push.waiting)
                      .arg(s.push.refused)
                      .arg(s.push.deferred)
                      .arg(s.pull.received);
}

// Every live appointment on the server has exactly one appointment in the cache at the same
// chair and start, and every local appointment the server knows is there once: nothing
// lost, nothing doubled.
void compareBooks(const pmssim::PmsSimulator &sim, Desk &desk)
{
    store::AppointmentRepository repo(desk.cache->database());
    store::PmsLinkRepository links(desk.cache->database());
    const QString system = sim.flavor();
    QHash<QString, int> liveOnServer; // "op|start" -> count
    for (const auto &a : sim.appointments()) {
        if (a.live())
            ++liveOnServer[u"%1|%2"_s.arg(a.op).arg(a.start.toUTC().toString(Qt::ISODate))];
    }
    for (auto it = liveOnServer.cbegin(); it != liveOnServer.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(u"doubled on the server: "_s + it.key()));
    int live = 0;
    for (const auto &a : sim.appointments()) {
        if (!a.live())
            continue;
        ++live;
        const std::optional<QString> local = links.localId(system, u"appointment"_s, QString::number(a.aptNum));
        QVERIFY2(local, qPrintable(u"server appointment %1 has no local copy"_s.arg(a.aptNum)));
        const std::optional<Appointment> mine = repo.find(*local);
        QVERIFY(mine);
        QCOMPARE(mine->startUtc, a.start.toUTC());
        QCOMPARE(links.localId(system, u"chair"_s, QString::number(a.op)).value_or(QString()), mine->chairId);
        QVERIFY(isLive(mine->status));
    }
    QCOMPARE(desk.count(u"status IN ('scheduled','confirmed')"_s), live);
}

} // namespace

// The whole sync, for each PMS flavour, against its simulator over real loopback HTTP.
class TestPmsFlavours : public QObject
{
    Q_OBJECT

private:
    static void flavours()
    {
        QTest::addColumn<QString>("flavor");
        QTest::newRow("opendental") << u"opendental"_s;
        QTest::newRow("dentrix") << u"dentrix"_s;
        QTest::newRow("eaglesoft") << u"eaglesoft"_s;
    }

    std::unique_ptr<pmssim::PmsSimulator> start(const QString &flavor, int appointments)
    {
        auto sim = simulator(flavor);
        QString error;
        if (!sim->loadPractice(practice(appointments), &error))
            qWarning("%s", qPrintable(error));
        sim->setPageSize(1000);
        sim->listen();
        return sim;
    }

private Q_SLOTS:
    void pullsA5000AppointmentPracticeThenChanges_data() { flavours(); }
    void pullsA5000AppointmentPracticeThenChanges()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 5000);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        const SyncSummary first = desk.sync();
        QVERIFY2(first.complete(), qPrintable(why(first)));
        QCOMPARE(first.links.linked, 4 + 4 + 1 + 40);
        QCOMPARE(first.pull.applied.inserted, 5000);
        QCOMPARE(desk.count(u"sync_state = 'synced'"_s), 5000);
        compareBooks(*sim, desk);

        // A change at the practice's desk arrives with the next, incremental pull.
        QTest::qWait(1100);
        const QDateTime moved(QDate(2026, 12, 1), QTime(23, 30), Qt::UTC);
        sim->changeOnServer(7, moved);
        const SyncSummary second = desk.sync();
        QVERIFY2(second.complete(), qPrintable(why(second)));
        QCOMPARE(second.pull.received, 1);
        QCOMPARE(second.pull.applied.updated, 1);
        compareBooks(*sim, desk);
    }

    // Reading only what changed, counted from the simulator's own log: an idle sync asks the
    // PMS twice (the patients and the appointments changed) and writes nothing; a change at the
    // practice's desk costs no more; the reference data comes again when it is due or asked
    // for, or at once when a pulled visit names something not linked.
    void syncsReadOnlyWhatChanged_data() { flavours(); }
    void syncsReadOnlyWhatChanged()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 300);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        const SyncSummary first = desk.sync();
        QVERIFY2(first.complete(), qPrintable(why(first)));
        QVERIFY(first.referenceRead);
        const qint64 firstRequests = sim->requests();

        // Another connection sees whether the idle sync wrote anything.
        auto watcher = store::Cache::open(desk.dir.path(), desk.keys, store::Cache::OpenMode::OpenExisting).cache;
        QVERIFY(watcher);
        const qint64 version = watcher->dataVersion();
        desk.clock.advanceSeconds(60);
        qint64 before = sim->requests();
        const SyncSummary idle = desk.sync();
        QVERIFY2(idle.complete(), qPrintable(why(idle)));
        QVERIFY(!idle.referenceRead);
        const qint64 idleRequests = sim->requests() - before;
        qInfo("%s: first sync %lld requests, idle sync %lld", qPrintable(flavor), firstRequests, idleRequests);
        QVERIFY2(idleRequests <= 2, qPrintable(u"%1 requests"_s.arg(idleRequests)));
        QCOMPARE(watcher->dataVersion(), version);

        // One visit moved at the practice's desk: it arrives, for no more than three requests.
        QTest::qWait(1100);
        const pmssim::PmsSimulator::Appointment changed = sim->appointments().at(7);
        const QDateTime moved(QDate(2026, 12, 2), QTime(23, 30), Qt::UTC);
        sim->changeOnServer(changed.aptNum, moved);
        desk.clock.advanceSeconds(60);
        before = sim->requests();
        const SyncSummary one = desk.sync();
        QVERIFY2(one.complete(), qPrintable(why(one)));
        QCOMPARE(one.pull.applied.updated, 1);
        QVERIFY2(sim->requests() - before <= 3, qPrintable(u"%1 requests"_s.arg(sim->requests() - before)));
        compareBooks(*sim, desk);

        // A patient's new mobile number at the practice's desk is here after one sync.
        QTest::qWait(1100);
        sim->changePatientOnServer(u"p5"_s, u"+1 312 555 7777"_s);
        desk.clock.advanceSeconds(60);
        before = sim->requests();
        const SyncSummary patient = desk.sync();
        QVERIFY2(patient.complete(), qPrintable(why(patient)));
        QCOMPARE(patient.links.updated, 1);
        QVERIFY2(sim->requests() - before <= 2, qPrintable(u"%1 requests"_s.arg(sim->requests() - before)));
        QCOMPARE(store::PracticeRepository(desk.cache->database()).patient(u"p5"_s)->phone, u"+1 312 555 7777"_s);

        // A first-time caller registered at the practice's desk is here after one sync, for
        // the same two requests.
        QTest::qWait(1100);
        Patient newcomer;
        newcomer.id = u"p-new"_s;
        newcomer.name = u"Inés Quiroga"_s;
        newcomer.phone = u"+1 312 555 0199"_s;
        const qint64 newcomerNumber = sim->addPatientOnServer(newcomer);
        desk.clock.advanceSeconds(60);
        before = sim->requests();
        const SyncSummary registered = desk.sync();
        QVERIFY2(registered.complete(), qPrintable(why(registered)));
        QCOMPARE(registered.links.created, 1);
        QVERIFY2(sim->requests() - before <= 2, qPrintable(u"%1 requests"_s.arg(sim->requests() - before)));
        const std::optional<QString> newcomerHere = store::PmsLinkRepository(desk.cache->database())
                                                            .localId(flavor, u"patient"_s, QString::number(newcomerNumber));
        QVERIFY(newcomerHere);
        QCOMPARE(store::PracticeRepository(desk.cache->database()).patient(*newcomerHere)->name, u"Inés Quiroga"_s);

        // A visit moved into a chair this desk has no link for: the reference data is read at
        // once and the same visit pulled again, so nothing is skipped.
        QSqlQuery unlink(desk.cache->database());
        QVERIFY(unlink.exec(u"DELETE FROM pms_links WHERE pms = '%1' AND entity = 'chair' AND pms_id = '%2'"_s
                                    .arg(flavor)
                                    .arg(sim->appointments().at(9).op)));
        QVERIFY(unlink.numRowsAffected() == 1);
        QTest::qWait(1100);
        sim->changeOnServer(sim->appointments().at(9).aptNum, QDateTime(QDate(2026, 12, 3), QTime(21, 45), Qt::UTC));
        desk.clock.advanceSeconds(60);
        const SyncSummary relinked = desk.sync();
        QVERIFY2(relinked.complete(), qPrintable(why(relinked)));
        QVERIFY(relinked.referenceRead);
        QCOMPARE(relinked.pull.applied.unmapped, 0);
        compareBooks(*sim, desk);

        // A provider renamed at the practice: the reference data is not read between
        // refreshes (an idle sync stays at two requests), and the new name is here after the
        // next one, due again after fifteen minutes.
        sim->renameProviderOnServer(u"dr-a"_s, u"Dr. Ana Ruiz"_s);
        desk.clock.advanceSeconds(60);
        before = sim->requests();
        QVERIFY(desk.sync().complete());
        QVERIFY2(sim->requests() - before <= 2, qPrintable(u"%1 requests"_s.arg(sim->requests() - before)));
        desk.clock.advanceSeconds(SyncRun::kReferenceEverySecs);
        before = sim->requests();
        const SyncSummary refresh = desk.sync();
        QVERIFY2(refresh.complete(), qPrintable(why(refresh)));
        QVERIFY(refresh.referenceRead);
        const qint64 refreshRequests = sim->requests() - before;
        QVERIFY(refreshRequests >= 5);
        // The three lists, the patients and appointments changed, and the schedule's pages.
        QVERIFY2(refreshRequests <= 10, qPrintable(u"%1 requests"_s.arg(refreshRequests)));
        qInfo("%s: reference refresh %lld requests", qPrintable(flavor), refreshRequests);
        QString drA;
        for (const Provider &p : store::PracticeRepository(desk.cache->database()).providers())
            drA = p.id == u"dr-a" ? p.name : drA;
        QCOMPARE(drA, u"Dr. Ana Ruiz"_s);
        QCOMPARE(refresh.links.updated, 1);
    }

    // A first sync stopped halfway (the window closed, the machine restarted) goes on from
    // the last page it applied, not from the start, and misses nothing.
    void anInterruptedFirstSyncGoesOn_data() { flavours(); }
    void anInterruptedFirstSyncGoesOn()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 600);
        sim->setPageSize(100);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        {
            auto run = std::make_unique<SyncRun>(*desk.adapter, *desk.cache, desk.clock,
                                                 UserSession{u"sync"_s, u"s"_s, u"ws"_s});
            run->run([](const SyncSummary &) {});
            QVERIFY(QTest::qWaitFor([&] { return desk.count(u"1"_s) >= 200; }, 30000));
        } // stopped here
        const int before = desk.count(u"1"_s);
        QVERIFY(before < 600);
        const SyncSummary resumed = desk.sync();
        QVERIFY2(resumed.complete(), qPrintable(why(resumed)));
        QVERIFY2(resumed.pull.resumedAt >= 200, qPrintable(QString::number(resumed.pull.resumedAt)));
        QVERIFY2(resumed.pull.received <= 600 - resumed.pull.resumedAt, qPrintable(QString::number(resumed.pull.received)));
        QCOMPARE(desk.count(u"1"_s), 600);
        compareBooks(*sim, desk);
        // And the next sync reads only what changed again.
        desk.clock.advanceSeconds(60);
        const SyncSummary idle = desk.sync();
        QVERIFY2(idle.complete(), qPrintable(why(idle)));
        QCOMPARE(idle.pull.resumedAt, 0);
        QCOMPARE(idle.pull.received, 0);
    }

    // The same for the patients: a first sync stopped while reading a large practice's
    // patients goes on from the last page it linked, without reading the chairs, providers
    // and types again.
    void anInterruptedPatientReadGoesOn_data() { flavours(); }
    void anInterruptedPatientReadGoesOn()
    {
        QFETCH(QString, flavor);
        constexpr int kPatients = 1000;
        auto sim = simulator(flavor);
        QString error;
        QVERIFY2(sim->loadPractice(pmssim::syntheticPractice(50, QDate(2026, 12, 1), kPatients), &error),
                 qPrintable(error));
        sim->setPageSize(100);
        QVERIFY(sim->listen() != 0);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        auto linkedPatients = [&] {
            QSqlQuery q(desk.cache->database());
            return q.exec(u"SELECT count(*) FROM pms_links WHERE entity = 'patient'"_s) && q.next() ? q.value(0).toInt()
                                                                                                     : -1;
        };
        {
            SyncRun run(*desk.adapter, *desk.cache, desk.clock, UserSession{u"sync"_s, u"s"_s, u"ws"_s});
            run.run([](const SyncSummary &) {});
            QVERIFY(QTest::qWaitFor([&] { return linkedPatients() >= 300; }, 30000));
        } // stopped here
        QTest::qWait(200); // the request it had on its way reaches the simulator
        const int linkedBefore = linkedPatients();
        QVERIFY(linkedBefore < kPatients);
        const qsizetype logBefore = sim->served().size();
        desk.clock.advanceSeconds(60);
        const SyncSummary resumed = desk.sync();
        QVERIFY2(resumed.complete(), qPrintable(why(resumed)));
        QVERIFY2(resumed.patientsResumedAt >= 300, qPrintable(QString::number(resumed.patientsResumedAt)));
        QCOMPARE(linkedPatients(), kPatients);
        // From the simulator's log: no list of chairs, providers or appointment types, and
        // only the patient pages not read before. (Recall types come after the patients, so
        // the stopped sync never read them: they are read now.)
        int patientPages = 0;
        for (qsizetype i = logBefore; i < sim->served().size(); ++i) {
            const QString what = sim->served().at(i).what;
            QVERIFY2(!what.contains(u"operator"_s, Qt::CaseInsensitive)
                             && !what.contains(u"provider"_s, Qt::CaseInsensitive)
                             && (!what.contains(u"types"_s, Qt::CaseInsensitive)
                                 || what.contains(u"recalltypes"_s, Qt::CaseInsensitive)),
                     qPrintable(what));
            if (what.contains(u"patients/Simple"_s) || what.startsWith(u"/v1/patients?"_s) || what == u"ListPatients")
                ++patientPages;
        }
        QVERIFY2(patientPages <= (kPatients - resumed.patientsResumedAt) / 100 + 1,
                 qPrintable(QString::number(patientPages)));
        compareBooks(*sim, desk);
    }

    // A sync cancelled partway stops after the page on its way, reports itself cancelled
    // (not complete), and the next sync goes on from there.
    void aCancelledSyncGoesOnNextTime()
    {
        auto sim = start(u"opendental"_s, 600);
        sim->setPageSize(100);
        Desk desk;
        QVERIFY(desk.open(u"opendental"_s, sim->baseUrl()));
        SyncRun run(*desk.adapter, *desk.cache, desk.clock, UserSession{u"sync"_s, u"s"_s, u"ws"_s});
        std::optional<SyncSummary> cancelled;
        run.run([&](const SyncSummary &s) { cancelled = s; });
        QVERIFY(QTest::qWaitFor([&] { return desk.count(u"1"_s) >= 200; }, 30000));
        run.cancel();
        QVERIFY(QTest::qWaitFor([&] { return cancelled.has_value(); }, 30000));
        QVERIFY(cancelled->cancelled);
        QVERIFY(!cancelled->complete());
        const int pulled = desk.count(u"1"_s);
        QVERIFY2(pulled < 600, qPrintable(QString::number(pulled)));
        const SyncSummary next = desk.sync();
        QVERIFY2(next.complete(), qPrintable(why(next)));
        QVERIFY2(next.pull.resumedAt >= 200, qPrintable(QString::number(next.pull.resumedAt)));
        QCOMPARE(desk.count(u"1"_s), 600);
        compareBooks(*sim, desk);
    }

    // A cache with nothing but the office's settings adopts the PMS's chairs, providers,
    // types and patients, and shows its book.
    void aFreshCacheAdoptsThePractice_data() { flavours(); }
    void aFreshCacheAdoptsThePractice()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 100);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl(), 30000, 1000000, false));
        const SyncSummary s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(s.links.created, 4 + 4 + 1 + 40);
        store::PracticeRepository practice(desk.cache->database());
        QCOMPARE(practice.chairs().size(), 4);
        QCOMPARE(practice.chairs().constFirst().name, u"Chair 1"_s);
        QCOMPARE(practice.providers().size(), 4);
        QCOMPARE(practice.providers().constFirst().name, u"Dr. Ana Alvarez"_s);
        QCOMPARE(practice.patients().size(), 40);
        QCOMPARE(desk.count(u"1"_s), 100);
        compareBooks(*sim, desk);
        // And it books: offline-capable from the first sync on.
        BookRequest r;
        r.patientId = u"%1-pat-3"_s.arg(flavor);
        r.typeId = u"%1-type-1"_s.arg(flavor);
        r.providerId = u"%1-prov-1"_s.arg(flavor);
        r.chairId = u"%1-op-2"_s.arg(flavor);
        r.startUtc = QDateTime(QDate(2026, 12, 8), QTime(21, 0), Qt::UTC); // Tuesday 15:00
        const BookingOutcome b = BookingService(*desk.cache, desk.clock).book(r, desk.desk);
        QVERIFY2(b.ok(), qPrintable(b.message));
        const SyncSummary again = desk.sync();
        QVERIFY2(again.complete(), qPrintable(why(again)));
        QCOMPARE(again.links.created, 0);
        QCOMPARE(again.push.acknowledged, 1);
        compareBooks(*sim, desk);
    }

    // A PMS appointment without a type still shows, under the general "Appointment" type.
    void anUntypedAppointmentStillShows_data() { flavours(); }
    void anUntypedAppointmentStillShows()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 4);
        pmssim::PmsSimulator::Appointment untyped;
        untyped.patNum = 3;
        untyped.op = 2;
        untyped.provNum = 1;
        untyped.start = QDateTime(QDate(2026, 12, 9), QTime(17, 0), Qt::UTC);
        untyped.pattern = u"XXXXXXXXX"_s; // 45 minutes
        const qint64 num = sim->bookOnServer(untyped);
        QVERIFY(num != 0);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        const SyncSummary s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        const std::optional<Appointment> a =
                store::AppointmentRepository(desk.cache->database()).find(u"%1-%2"_s.arg(flavor).arg(num));
        QVERIFY(a);
        QCOMPARE(a->typeId, u"%1-type-untyped"_s.arg(flavor));
        QCOMPARE(a->minutes, 45);
        compareBooks(*sim, desk);
    }

    void bookingsMadeOfflineLandOnce_data() { flavours(); }
    void bookingsMadeOfflineLandOnce()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 20);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        pmssim::PmsSimulator::Faults down;
        down.unavailable = 1000000;
        sim->setFaults(down);
        for (int i = 0; i < 3; ++i) {
            const BookingOutcome b = desk.book(u"p%1"_s.arg(i + 1), u"c1"_s,
                                               QDateTime(QDate(2026, 12, 10), QTime(14 + i, 0), Qt::UTC));
            QVERIFY2(b.ok(), qPrintable(b.message));
        }
        const SyncSummary offline = desk.sync();
        QVERIFY(!offline.complete());
        QCOMPARE(desk.count(u"sync_state = 'pending'"_s), 3);
        sim->setFaults({});
        desk.clock.advanceSeconds(2 * 3600);
        const SyncSummary back = desk.sync();
        QVERIFY2(back.complete(), qPrintable(why(back)));
        QCOMPARE(back.push.acknowledged, 3);
        QCOMPARE(desk.count(u"sync_state = 'synced'"_s), 23);
        compareBooks(*sim, desk);
    }

    void honoursA429Storm_data() { flavours(); }
    void honoursA429Storm()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 20);
        // Many small pages, many requests (Open Dental's lists come 100 at a time, always).
        sim->setPageSize(flavor == u"opendental" ? 100 : 5);
        sim->setRateLimit(4, 1500);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        const SyncSummary s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(desk.count(u"1"_s), 20);
        int throttled = 0;
        const auto &served = sim->served();
        for (qsizetype i = 0; i < served.size(); ++i) {
            if (served.at(i).status != 429)
                continue;
            ++throttled;
            if (i + 1 < served.size())
                QVERIFY2(served.at(i + 1).atMs >= served.at(i).atMs + served.at(i).retryAfterMs - 20,
                         qPrintable(u"request %1 came %2 ms after a 429 asking for %3 ms"_s.arg(i + 1)
                                            .arg(served.at(i + 1).atMs - served.at(i).atMs)
                                            .arg(served.at(i).retryAfterMs)));
        }
        QVERIFY(throttled >= 1);
    }

    // Server errors, replies lost after the server acted, dropped connections and hangs: the
    // books end the same on both sides, nothing lost, nothing doubled.
    void networkFaultsEndConsistent_data() { flavours(); }
    void networkFaultsEndConsistent()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 20);
        pmssim::FaultyLink link(sim->port());
        const quint16 linkPort = link.listen();
        QVERIFY(linkPort != 0);
        QString url = sim->baseUrl();
        url.replace(u":%1/"_s.arg(sim->port()), u":%1/"_s.arg(linkPort));
        Desk desk;
        QVERIFY(desk.open(flavor, url, 1500));
        QVERIFY(desk.sync().complete());
        for (int i = 0; i < 8; ++i) {
            const BookingOutcome b = desk.book(u"p%1"_s.arg(i + 1), u"c%1"_s.arg(i % 4 + 1),
                                               QDateTime(QDate(2026, 12, 11), QTime(14 + i, 0), Qt::UTC));
            QVERIFY2(b.ok(), qPrintable(b.message));
        }
        pmssim::PmsSimulator::Faults faults;
        faults.errorRate = 0.15;
        faults.lostReplies = 2;
        faults.unavailable = 2;
        sim->setFaults(faults);
        pmssim::FaultyLink::Plan plan;
        plan.every = 3;
        plan.dropBeforeServer = 1;
        plan.dropAfterServer = 2;
        plan.hang = 1;
        link.setPlan(plan);
        SyncSummary s = desk.sync();
        for (int round = 0; round < 12 && !s.complete(); ++round) {
            desk.clock.advanceSeconds(2 * 3600);
            s = desk.sync();
        }
        sim->setFaults({});
        link.setPlan({});
        if (!s.complete())
            s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QVERIFY2(link.faultsInjected() >= 3, qPrintable(u"%1 faults in %2 requests"_s.arg(link.faultsInjected()).arg(link.requests())));
        QCOMPARE(desk.count(u"sync_state = 'synced'"_s), 28);
        compareBooks(*sim, desk);
    }

    // Two workstations book the same chair at the same time: the first to reach the PMS wins,
    // the other's booking is kept as a visible conflict.
    void twoWorkstationsBookTheSameSlot_data() { flavours(); }
    void twoWorkstationsBookTheSameSlot()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 4);
        Desk a, b;
        QVERIFY(a.open(flavor, sim->baseUrl()));
        QVERIFY(b.open(flavor, sim->baseUrl()));
        QVERIFY(a.sync().complete());
        QVERIFY(b.sync().complete());
        const QDateTime slot(QDate(2026, 12, 14), QTime(15, 0), Qt::UTC);
        const BookingOutcome mine = a.book(u"p1"_s, u"c2"_s, slot);
        const BookingOutcome theirs = b.book(u"p2"_s, u"c2"_s, slot);
        QVERIFY(mine.ok() && theirs.ok());
        QVERIFY(a.sync().complete());
        const SyncSummary lost = b.sync();
        QVERIFY(!lost.complete());
        QCOMPARE(lost.push.refused, 1);
        QCOMPARE(BookingService(*b.cache, b.clock).find(theirs.appointment.id, nullptr)->syncState, SyncState::Conflict);
        QCOMPARE(BookingService(*a.cache, a.clock).find(mine.appointment.id, nullptr)->syncState, SyncState::Synced);
        int onServer = 0;
        for (const auto &x : sim->appointments())
            onServer += x.live() && x.start.toUTC() == slot && x.op == sim->operatoryFor(u"c2"_s) ? 1 : 0;
        QCOMPARE(onServer, 1);

        // The losing desk sees a sync issue with the PMS's reason, and the engine offers other
        // times: the winner's booking came in with the pull, so the slot is taken there too.
        SyncIssues issues(*b.cache, b.clock);
        QString error;
        const QList<SyncIssue> open = issues.open(b.desk, &error);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().appointmentId, theirs.appointment.id);
        QCOMPARE(open.first().operation, u"create"_s);
        QVERIFY(!open.first().reason.isEmpty());
        QVERIFY(!open.first().theirs); // the PMS never took this booking
        BookingService booking(*b.cache, b.clock);
        QCOMPARE(b.count(u"chair_id = 'c2' AND start_utc = %1"_s.arg(slot.toSecsSinceEpoch())), 2);
        scheduling::OpeningRequest other;
        other.typeId = u"exam"_s;
        other.patientId = u"p2"_s;
        other.from = QDate(2026, 12, 14);
        other.days = 2;
        other.replacingId = theirs.appointment.id;
        const OpeningsOutcome alternatives = booking.openings(other);
        QVERIFY2(alternatives.error.isEmpty(), qPrintable(alternatives.error));
        QVERIFY(!alternatives.openings.isEmpty());
        MoveRequest same;
        same.appointmentId = theirs.appointment.id;
        same.expectedVersion = open.first().mine.version;

        // Keep mine after moving it to an alternative: it lands; the issue is closed.
        MoveRequest moved = same;
        moved.startUtc = slot.addSecs(3600);
        const BookingOutcome m = booking.move(moved, b.desk);
        QVERIFY2(m.ok(), qPrintable(m.message));
        QVERIFY2(issues.keepMine(open.first().id, b.desk, &error), qPrintable(error));
        QCOMPARE(issues.openCount(), 0);
        const SyncSummary resolved = b.sync();
        QVERIFY2(resolved.complete(), qPrintable(why(resolved)));
        QCOMPARE(booking.find(theirs.appointment.id, nullptr)->syncState, SyncState::Synced);
        compareBooks(*sim, b);
    }

    // A move the PMS refuses keeps both versions; taking theirs puts the PMS's back.
    void takeTheirsRestoresThePmsVersion_data() { flavours(); }
    void takeTheirsRestoresThePmsVersion()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 8);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        // The practice's desk books chair 3 at 14:00 Chicago on 1 December; this desk, not yet
        // knowing, moves appointment 1 there.
        pmssim::PmsSimulator::Appointment blocker;
        blocker.patNum = 5;
        blocker.op = sim->operatoryFor(u"c3"_s);
        blocker.provNum = 1;
        blocker.start = QDateTime(QDate(2026, 12, 1), QTime(20, 0), Qt::UTC);
        blocker.pattern = u"XXXXXX"_s;
        blocker.typeNum = 1;
        QVERIFY(sim->bookOnServer(blocker) != 0);
        const QString id = u"%1-1"_s.arg(flavor);
        BookingService booking(*desk.cache, desk.clock);
        const Appointment before = *booking.find(id, nullptr);
        MoveRequest move;
        move.appointmentId = id;
        move.expectedVersion = before.version;
        move.startUtc = blocker.start.toUTC();
        move.chairId = u"c3"_s;
        QVERIFY(booking.move(move, desk.desk).ok());
        // Pushed before the pull brings the blocker in.
        SyncRun run(*desk.adapter, *desk.cache, desk.clock, {u"sync"_s, u"s"_s, u"ws"_s});
        PmsMirror mirror(*desk.cache, desk.clock);
        OutboxPush push(*desk.adapter, mirror);
        bool done = false;
        PushReport report;
        push.run([&](const PushReport &r) {
            report = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(report.refused, 1);
        SyncIssues issues(*desk.cache, desk.clock);
        QString error;
        const QList<SyncIssue> open = issues.open(desk.desk, &error);
        QCOMPARE(open.size(), 1);
        QVERIFY(open.first().theirs); // both versions kept
        QCOMPARE(open.first().theirs->startUtc, before.startUtc);
        QCOMPARE(open.first().mine.startUtc, blocker.start.toUTC());
        QVERIFY2(issues.takeTheirs(open.first().id, desk.desk, &error), qPrintable(error));
        const Appointment after = *booking.find(id, nullptr);
        QCOMPARE(after.startUtc, before.startUtc);
        QCOMPARE(after.chairId, before.chairId);
        QCOMPARE(after.syncState, SyncState::Synced);
        QCOMPARE(issues.openCount(), 0);
        QVERIFY(desk.sync().complete());
        compareBooks(*sim, desk);
    }

    void malformedRepliesLeaveTheCacheUnchanged_data() { flavours(); }
    void malformedRepliesLeaveTheCacheUnchanged()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 12);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        QTest::qWait(1100);
        sim->changeOnServer(3, QDateTime(QDate(2026, 12, 1), QTime(23, 30), Qt::UTC));
        pmssim::PmsSimulator::Faults bad;
        bad.malformed = true;
        sim->setFaults(bad);
        const QDateTime before = store::AppointmentRepository(desk.cache->database())
                                         .find(u"%1-3"_s.arg(flavor))
                                         .value_or(Appointment{})
                                         .startUtc;
        const SyncSummary s = desk.sync();
        QVERIFY(!s.complete());
        const PmsError &e = !s.readError.ok() ? s.readError : s.pull.error;
        QCOMPARE(e.kind, PmsError::Kind::Malformed);
        QVERIFY2(e.message.contains(u"nothing was read"_s), qPrintable(e.message));
        QCOMPARE(desk.count(u"1"_s), 12);
        QCOMPARE(store::AppointmentRepository(desk.cache->database()).find(u"%1-3"_s.arg(flavor))->startUtc, before);
    }

    void wrongCredentialsAreClearErrors_data() { flavours(); }
    void wrongCredentialsAreClearErrors()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 2);
        PmsConnection c;
        c.system = flavor;
        c.url = QUrl(sim->baseUrl());
        c.office = QTimeZone("America/Chicago");
        PmsCredentials wrong = credentials(flavor);
        wrong.secret = u"stolen"_s;
        QString error;
        std::unique_ptr<PmsAdapter> adapter = makePmsAdapter(c, wrong, systemClock(), &error);
        QVERIFY(adapter);
        PmsError got;
        bool done = false;
        adapter->listChairs([&](const QList<PmsChair> &, const PmsError &e) {
            got = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(got.kind, PmsError::Kind::Auth);
        QVERIFY2(!got.message.isEmpty() && !got.message.contains(u"stolen"_s), qPrintable(got.message));
        QCOMPARE(sim->requests(), 1); // refused credentials are not tried again
    }

    // HTTPS to a server whose certificate comes from the practice's own CA: trusted with the
    // CA file configured; without it, a clear error and nothing sent.
    void tlsTrustsOnlyTheConfiguredCa_data() { flavours(); }
    void tlsTrustsOnlyTheConfiguredCa()
    {
        QFETCH(QString, flavor);
        QTemporaryDir pki;
        auto openssl = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(pki.path());
            p.start(u"openssl"_s, args);
            return p.waitForFinished(60000) && p.exitCode() == 0;
        };
        QFile ext(pki.filePath(u"server.ext"_s));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
        ext.close();
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s,
                         u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Practice Test CA"_s}));
        QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s,
                         u"server.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s}));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                         u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s,
                         u"-extfile"_s, u"server.ext"_s}));
        auto sim = simulator(flavor);
        QString error;
        QVERIFY(sim->loadPractice(practice(3), &error));
        QVERIFY(sim->listenTls(pki.filePath(u"server.pem"_s), pki.filePath(u"server.key"_s)) != 0);
        QVERIFY(sim->baseUrl().startsWith(u"https://"_s));

        auto chairs = [&](const QString &caFile) {
            PmsConnection c;
            c.system = flavor;
            c.url = QUrl(sim->baseUrl());
            c.office = QTimeZone("America/Chicago");
            c.caFile = caFile;
            c.retry.baseMs = 20;
            c.retry.capMs = 40;
            QString why;
            std::unique_ptr<PmsAdapter> adapter = makePmsAdapter(c, credentials(flavor), systemClock(), &why);
            PmsError got;
            QList<PmsChair> read;
            bool done = false;
            adapter->listChairs([&](const QList<PmsChair> &rows, const PmsError &e) {
                read = rows;
                got = e;
                done = true;
            });
            QElapsedTimer t;
            t.start();
            while (!done && t.elapsed() < 30000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            return qMakePair(read, got);
        };
        const auto trusted = chairs(pki.filePath(u"ca.pem"_s));
        QVERIFY2(trusted.second.ok(), qPrintable(trusted.second.message));
        QCOMPARE(trusted.first.size(), 4);
        const qint64 served = sim->requests();

        const auto untrusted = chairs({});
        QCOMPARE(untrusted.second.kind, PmsError::Kind::Auth);
        QVERIFY2(untrusted.second.message.contains(u"not trusted"_s), qPrintable(untrusted.second.message));
        QCOMPARE(sim->requests(), served); // the request never reached the server

        QFile notPem(pki.filePath(u"not.pem"_s));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("hello");
        notPem.close();
        const auto unreadable = chairs(notPem.fileName());
        QCOMPARE(unreadable.second.kind, PmsError::Kind::Unsupported);
        QVERIFY2(unreadable.second.message.contains(u"CA file"_s), qPrintable(unreadable.second.message));
        QCOMPARE(sim->requests(), served);
    }

    // Open Dental's schedule decides when its providers work and what is blocked out, so a
    // booking made offline is checked against the PMS's own hours; whether the schedules name
    // their operatories or /scheduleops has them.
    void followsOpenDentalSchedules_data()
    {
        QTest::addColumn<bool>("named");
        QTest::newRow("operatories in /schedules") << true;
        QTest::newRow("operatories from /scheduleops") << false;
    }
    void followsOpenDentalSchedules()
    {
        QFETCH(bool, named);
        auto sim = start(u"opendental"_s, 10);
        auto *od = static_cast<pmssim::OpenDentalSimulator *>(sim.get());
        od->setSchedulesNameOperatories(named);
        od->setProviderOff(1, QDate(2026, 12, 2));
        od->addBlockout(QDate(2026, 12, 3), QTime(9, 0), QTime(12, 0), sim->operatoryFor(u"c2"_s), u"Staff meeting"_s);
        Desk desk;
        QVERIFY(desk.open(u"opendental"_s, sim->baseUrl()));
        const SyncSummary s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s) + s.scheduleError.message));
        QVERIFY(s.schedules.providerHoursUsed);
        QCOMPARE(s.schedules.providerDays, 4 * 60);
        QCOMPARE(s.schedules.blocks, 1);
        QCOMPARE(s.schedules.unmapped, 0);

        // The dentist is off on 2 December at the practice: not bookable here either.
        BookingOutcome b = desk.book(u"p1"_s, u"c1"_s, QDateTime(QDate(2026, 12, 2), QTime(16, 0), Qt::UTC));
        QVERIFY(!b.ok());
        // Chair 2 is blocked out 09:00-12:00 on 3 December; chair 1 is free then.
        const QDateTime tenOClock(QDate(2026, 12, 3), QTime(16, 0), Qt::UTC);
        b = desk.book(u"p1"_s, u"c2"_s, tenOClock);
        QVERIFY(!b.ok());
        b = desk.book(u"p1"_s, u"c1"_s, tenOClock);
        QVERIFY2(b.ok(), qPrintable(b.message));
        const QList<Block> blocks = store::PracticeRepository(desk.cache->database())
                                            .blocksBetween(tenOClock.addDays(-1), tenOClock.addDays(1));
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().label, u"Staff meeting"_s);
        QCOMPARE(blocks.first().chairId, u"c2"_s);

        // The next read of the schedule (the reference data's, fifteen minutes on) replaces the
        // PMS's blocks rather than adding to them, and a new day off arrives.
        od->setProviderOff(1, QDate(2026, 12, 4));
        desk.clock.advanceSeconds(SyncRun::kReferenceEverySecs);
        const SyncSummary again = desk.sync();
        QVERIFY(again.complete());
        QCOMPARE(store::PracticeRepository(desk.cache->database())
                         .blocksBetween(tenOClock.addDays(-1), tenOClock.addDays(1))
                         .size(),
                 1);
        b = desk.book(u"p2"_s, u"c1"_s, QDateTime(QDate(2026, 12, 4), QTime(16, 0), Qt::UTC));
        QVERIFY(!b.ok());
    }

    // The seeds' other calls: the PMS's openings, a patient's preferences, its waitlist
    // (mirrored into the cache with every sync). Open Dental's are not read (Unsupported).
    void readsOpeningsPreferencesAndTheWaitlist_data() { flavours(); }
    void readsOpeningsPreferencesAndTheWaitlist()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 8);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        const SyncSummary s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s) + s.waitlistError));
        const bool supported = flavor != u"opendental";
        QCOMPARE(desk.adapter->supports(PmsAdapter::Capability::CheckAvailability), supported);
        QCOMPARE(desk.adapter->supports(PmsAdapter::Capability::PatientPreferences), supported);
        QCOMPARE(desk.adapter->supports(PmsAdapter::Capability::Waitlist), supported);

        QList<PmsSlot> slots;
        PmsPreferences preferences;
        QList<PmsWaitlistEntry> waitlist;
        PmsError slotsError, preferencesError, waitlistError;
        int answers = 0;
        desk.adapter->checkAvailability(QDate(2026, 12, 1), QDate(2026, 12, 1), u"1"_s, u"1"_s,
                                        [&](const QList<PmsSlot> &rows, const PmsError &e) {
                                            slots = rows;
                                            slotsError = e;
                                            ++answers;
                                        });
        desk.adapter->patientPreferences(QString::number(sim->patientFor(u"p1"_s)),
                                         [&](const PmsPreferences &p, const PmsError &e) {
                                             preferences = p;
                                             preferencesError = e;
                                             ++answers;
                                         });
        desk.adapter->listWaitlist([&](const QList<PmsWaitlistEntry> &rows, const PmsError &e) {
            waitlist = rows;
            waitlistError = e;
            ++answers;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 3, 20000);
        if (!supported) {
            for (const PmsError &e : {slotsError, preferencesError, waitlistError})
                QCOMPARE(e.kind, PmsError::Kind::Unsupported);
            QCOMPARE(s.waitlistEntries, 0);
            return;
        }
        QVERIFY2(slotsError.ok(), qPrintable(slotsError.message));
        QVERIFY(!slots.isEmpty());
        // The dentist has exams at 07:00 and 08:00 (Chicago): 07:30 is the first opening, and
        // no opening overlaps an exam.
        QCOMPARE(slots.first().startUtc, QDateTime(QDate(2026, 12, 1), QTime(13, 30), Qt::UTC));
        QCOMPARE(slots.first().minutes, 30);
        for (const PmsSlot &slot : slots) {
            QVERIFY(slot.startUtc != QDateTime(QDate(2026, 12, 1), QTime(13, 0), Qt::UTC));
            QVERIFY(slot.startUtc != QDateTime(QDate(2026, 12, 1), QTime(14, 0), Qt::UTC));
        }
        QVERIFY2(preferencesError.ok(), qPrintable(preferencesError.message));
        QCOMPARE(preferences.days, (QStringList{u"tue"_s, u"thu"_s}));
        QCOMPARE(preferences.timeOfDay, u"morning"_s);
        QCOMPARE(preferences.providerPmsId, u"1"_s);
        QCOMPARE(preferences.contact, u"sms"_s);
        QVERIFY2(waitlistError.ok(), qPrintable(waitlistError.message));
        QCOMPARE(waitlist.size(), 2);
        QCOMPARE(waitlist.first().urgency, 8);
        QCOMPARE(waitlist.first().earliest, QDate(2026, 12, 1));

        // Mirrored into the cache by the sync: the PMS's two entries, mapped to local records.
        QCOMPARE(s.waitlistEntries, 2);
        int mirrored = 0;
        for (const WaitlistEntry &w : store::PracticeRepository(desk.cache->database()).waitlist()) {
            if (!w.id.startsWith(flavor + u"-wl-"_s))
                continue;
            ++mirrored;
            QVERIFY(w.patientId == u"p7"_s || w.patientId == u"p9"_s);
            QCOMPARE(w.typeId, u"exam"_s);
        }
        QCOMPARE(mirrored, 2);
        QVERIFY(desk.sync().complete()); // again: still two, not four
        mirrored = 0;
        for (const WaitlistEntry &w : store::PracticeRepository(desk.cache->database()).waitlist())
            mirrored += w.id.startsWith(flavor + u"-wl-"_s) ? 1 : 0;
        QCOMPARE(mirrored, 2);
        // Booked from the waitlist here: the entry leaves and does not come back.
        BookRequest r;
        r.patientId = u"p7"_s;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = u"c4"_s;
        r.startUtc = QDateTime(QDate(2026, 12, 15), QTime(15, 0), Qt::UTC);
        r.waitlistEntryId = flavor + u"-wl-1"_s;
        const BookingOutcome booked = BookingService(*desk.cache, desk.clock).book(r, desk.desk);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        QVERIFY(desk.sync().complete());
        QStringList left;
        for (const WaitlistEntry &w : store::PracticeRepository(desk.cache->database()).waitlist()) {
            if (w.id.startsWith(flavor + u"-wl-"_s))
                left.append(w.id);
        }
        QCOMPARE(left, QStringList{flavor + u"-wl-2"_s});
    }

    // The visit's steps taken here reach the PMS in order, and a step taken back follows.
    void sendsTheVisitSteps_data() { flavours(); }
    void sendsTheVisitSteps()
    {
        QFETCH(QString, flavor);
        auto sim = start(flavor, 8);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        BookingService booking(*desk.cache, desk.clock);
        const QString id = u"%1-2"_s.arg(flavor);
        auto serverState = [&] {
            for (const auto &a : sim->appointments()) {
                if (a.aptNum == 2)
                    return a.state();
            }
            return AppointmentStatus::Cancelled;
        };
        auto step = [&](AppointmentStatus to) {
            const Appointment now = *booking.find(id, nullptr);
            return booking.changeStatus(id, now.version, to, desk.desk).ok();
        };
        QVERIFY(step(AppointmentStatus::Confirmed));
        // The patient comes in on the day of the visit (not before: that is refused).
        QVERIFY(!step(AppointmentStatus::Arrived));
        desk.clock.setNowUtc(booking.find(id, nullptr)->startUtc.addSecs(-10 * 60));
        QVERIFY(step(AppointmentStatus::Arrived));
        QVERIFY(step(AppointmentStatus::InChair));
        SyncSummary s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(s.push.acknowledged, 3);
        QCOMPARE(serverState(), AppointmentStatus::InChair);
        // Taken back to arrived (seated by mistake), then completed.
        Appointment now = *booking.find(id, nullptr);
        QVERIFY(booking.undoStatus(id, now.version, desk.desk).ok());
        s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(serverState(), AppointmentStatus::Arrived);
        QVERIFY(step(AppointmentStatus::InChair));
        QVERIFY(step(AppointmentStatus::Completed));
        s = desk.sync();
        QVERIFY2(s.complete(), qPrintable(why(s)));
        QCOMPARE(serverState(), AppointmentStatus::Completed);
        // The pull agrees: nothing is changed back here.
        QCOMPARE(booking.find(id, nullptr)->status, AppointmentStatus::Completed);
        QCOMPARE(booking.find(id, nullptr)->syncState, SyncState::Synced);
    }

    // At debug level the HTTP log shows requests with credentials redacted (Authorization,
    // X-API-Key, the SOAP password) and no patient details.
    void logsNoSecretsOrPatientDetails_data() { flavours(); }
    void logsNoSecretsOrPatientDetails()
    {
        QFETCH(QString, flavor);
        static QStringList captured;
        captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
                [](QtMsgType, const QMessageLogContext &, const QString &message) { captured.append(message); });
        QLoggingCategory::setFilterRules(u"chairside.*.debug=true"_s);
        auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });
        auto sim = start(flavor, 12);
        Desk desk;
        QVERIFY(desk.open(flavor, sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        BookRequest r;
        r.patientId = u"p5"_s;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = u"c3"_s;
        r.startUtc = QDateTime(QDate(2026, 12, 10), QTime(15, 0), Qt::UTC);
        r.notes = u"Allergic to latex"_s;
        QVERIFY(BookingService(*desk.cache, desk.clock).book(r, desk.desk).ok());
        QVERIFY(desk.sync().complete());
        restore.dismiss();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString log = captured.join(u'\n');
        QVERIFY2(log.contains(u"[redacted]"_s), qPrintable(log.left(2000)));
        const PmsCredentials secrets = credentials(flavor);
        QVERIFY(!log.contains(u">"_s + secrets.secret + u"<"_s) && !log.contains(u"/"_s + secrets.secret));
        if (!secrets.apiKey.isEmpty())
            QVERIFY(!log.contains(secrets.apiKey));
        if (flavor == u"dentrix")
            QVERIFY(!log.contains(u"client_secret"_s) && !log.contains(u"Bearer "_s));
        QVERIFY(!log.contains(u"Person"_s)); // patient names
        QVERIFY(!log.contains(u"latex"_s));  // notes
        QVERIFY(!log.contains(u"312 555"_s)); // phones
    }

    // A Dentrix token that is revoked or runs out is fetched again and the call goes through.
    void dentrixRefreshesItsToken()
    {
        auto sim = start(u"dentrix"_s, 2);
        Desk desk;
        QVERIFY(desk.open(u"dentrix"_s, sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        auto *dentrix = qobject_cast<DentrixAdapter *>(desk.adapter.get());
        QVERIFY(dentrix);
        QCOMPARE(dentrix->tokenRequests(), 1);
        static_cast<pmssim::DentrixSimulator *>(sim.get())->revokeTokens();
        QVERIFY(desk.sync().complete());
        QCOMPARE(dentrix->tokenRequests(), 2);
    }

    // The token is renewed when the desk's clock says it is about to run out (a minute before
    // its expires_in), not on the machine's clock.
    void dentrixRenewsItsTokenByTheDesksClock()
    {
        auto sim = start(u"dentrix"_s, 2);
        Desk desk;
        QVERIFY(desk.open(u"dentrix"_s, sim->baseUrl()));
        QVERIFY(desk.sync().complete());
        auto *dentrix = qobject_cast<DentrixAdapter *>(desk.adapter.get());
        QVERIFY(dentrix);
        QCOMPARE(dentrix->tokenRequests(), 1);
        desk.clock.advanceSeconds(3600 - 120); // still two minutes to go
        QVERIFY(desk.sync().complete());
        QCOMPARE(dentrix->tokenRequests(), 1);
        desk.clock.advanceSeconds(90); // inside the last minute
        QVERIFY(desk.sync().complete());
        QCOMPARE(dentrix->tokenRequests(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPmsFlavours)
#include "tst_pmsflavours.moc"
