#include "opendentalsimulator.h"
#include "syntheticpractice.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "services/bookingservice.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/pmslinkrepository.h"
#include "services/practiceservices.h"
#include "sync/backgroundsync.h"
#include "sync/deskhints.h"
#include "sync/opendentaladapter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace chairside;
using namespace chairside::sync;

namespace {

QByteArray practice(bool withAppointments)
{
    const QByteArray appointments = withAppointments ? QByteArray(R"(
    { "id": "a1", "patientId": "p1", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-12-01T09:00" },
    { "id": "a2", "patientId": "p2", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-12-01T10:00" })")
                                                     : QByteArray();
    return R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Sim Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 30, "maxMinutes": 30 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz" }, { "id": "p2", "name": "Ben Ruiz" } ],
  "appointments": [ )" + appointments + R"( ]
})";
}

// Two desks of one practice on one simulated PMS, each with its own cache, services and
// background sync polling every `pollMs`.
struct TwoDesks
{
    struct Desk
    {
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        std::unique_ptr<store::Cache> cache;
        std::unique_ptr<PracticeServices> services;
        std::unique_ptr<BackgroundSync> sync;
        int appointments()
        {
            QSqlQuery q(cache->database());
            return q.exec(u"SELECT count(*) FROM appointments"_s) && q.next() ? q.value(0).toInt() : -1;
        }
    };

    TwoDesks(pmssim::OpenDentalSimulator &sim, int pollMs)
    {
        opened = open(a, sim, pollMs) && open(b, sim, pollMs);
    }

    // Both started (their syncs run once the event loop does) and holding the PMS's book.
    bool ready()
    {
        if (!opened)
            return false;
        a.sync->start();
        b.sync->start();
        return QTest::qWaitFor([&] { return a.appointments() == 2 && b.appointments() == 2; }, 20000);
    }

    // Books at desk A as staff would, and how long until desk B shows it (-1: not in 10 s).
    qint64 bookAtAAndWaitForB()
    {
        BookRequest r;
        r.patientId = u"p1"_s;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = u"c1"_s;
        r.startUtc = QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC); // 11:00 in Chicago
        QElapsedTimer seen;
        seen.start();
        if (!a.services->booking().book(r, {u"frontdesk"_s, u"s"_s, u"ws"_s}).ok())
            return -1;
        a.sync->localChange();
        return QTest::qWaitFor([&] { return b.appointments() == 3; }, 10000) ? seen.elapsed() : -1;
    }

    bool open(Desk &d, pmssim::OpenDentalSimulator &sim, int pollMs)
    {
        d.cache = store::Cache::open(d.dir.path(), d.keys, store::Cache::OpenMode::CreateIfMissing).cache;
        QSqlError linkError;
        if (!d.cache
            || !PracticeImportService(*d.cache, clock).importDocument(practice(false), {u"t"_s, u"s"_s, u"w"_s}).ok()
            || !store::PmsLinkRepository(d.cache->database()).setConnection(u"opendental"_s, sim.baseUrl(), &linkError))
            return false;
        auto settings = OpenDentalAdapter::defaultsFor(QUrl(sim.baseUrl()));
        settings.developerKey = u"dev"_s;
        settings.customerKey = u"customer"_s;
        settings.office = QTimeZone("America/Chicago");
        d.services = std::make_unique<PracticeServices>(*d.cache, clock);
        d.sync = std::make_unique<BackgroundSync>(std::make_unique<OpenDentalAdapter>(settings), *d.services,
                                                  UserSession{u"sync:opendental"_s, u"s"_s, u"w"_s});
        d.sync->setInterval(pollMs);
        return true;
    }

    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};
    Desk a;
    Desk b;
    bool opened = false;
};

} // namespace

// The GUI's background sync: status, offline, sync soon after a local change.
class TestBackgroundSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Polling takes at most an eighth of the connection's limit, and never runs more often
    // than every 5 s.
    void pollsFollowTheConnectionsLimit()
    {
        QCOMPARE(BackgroundSync::pollIntervalMs(200), 5000);  // Open Dental's local API service
        QCOMPARE(BackgroundSync::pollIntervalMs(60), 16000);  // its remote API
        QCOMPARE(BackgroundSync::pollIntervalMs(100), 9600);  // Dentrix
        QCOMPARE(BackgroundSync::pollIntervalMs(1000), 5000);
    }

    void reportsOnlineOfflineAndFollowsLocalChanges()
    {
        pmssim::OpenDentalSimulator sim;
        QString error;
        QVERIFY(sim.loadPractice(practice(true), &error));
        QVERIFY(sim.listen() != 0);
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        QVERIFY(PracticeImportService(*opened.cache, clock).importDocument(practice(false), {u"t"_s, u"s"_s, u"w"_s}).ok());

        auto settings = OpenDentalAdapter::defaultsFor(QUrl(sim.baseUrl()));
        settings.developerKey = u"dev"_s;
        settings.customerKey = u"customer"_s;
        settings.office = QTimeZone("America/Chicago");
        settings.retry.baseMs = 20;
        settings.retry.capMs = 50;
        PracticeServices services(*opened.cache, clock);
        BackgroundSync background(std::make_unique<OpenDentalAdapter>(settings), services,
                                  {u"sync:opendental"_s, u"s"_s, u"w"_s});
        background.setInterval(3600 * 1000);
        QSignalSpy changed(&background, &BackgroundSync::cacheChanged);
        background.start();
        QTRY_VERIFY_WITH_TIMEOUT(!background.status().running && background.status().lastSyncedUtc.isValid(), 20000);
        QVERIFY(background.status().online);
        QCOMPARE(changed.count(), 1); // two appointments came in
        QString text = BackgroundSync::describe(background.system(), background.status(), clock.nowUtc());
        QCOMPARE(text, u"Open Dental: up to date, just now"_s);
        clock.setNowUtc(clock.nowUtc().addSecs(4));
        text = BackgroundSync::describe(background.system(), background.status(), clock.nowUtc());
        QCOMPARE(text, u"Open Dental: up to date, 4 s ago"_s);
        clock.setNowUtc(clock.nowUtc().addSecs(5 * 60 - 4));
        text = BackgroundSync::describe(background.system(), background.status(), clock.nowUtc());
        QCOMPARE(text, u"Open Dental: up to date, 5 min ago"_s);

        // The PMS goes away: offline, with the reason.
        pmssim::OpenDentalSimulator::Faults down;
        down.unavailable = 100000;
        sim.setFaults(down);
        background.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!background.status().running, 20000);
        QVERIFY(!background.status().online);
        QVERIFY(!background.status().message.isEmpty());
        const QDateTime wentOffline = clock.nowUtc();
        clock.setNowUtc(clock.nowUtc().addSecs(90));
        background.syncNow(); // still away: offline since the first attempt it did not answer
        QTRY_VERIFY_WITH_TIMEOUT(!background.status().running, 20000);
        text = BackgroundSync::describe(background.system(), background.status(), clock.nowUtc());
        QCOMPARE(text, u"Open Dental: offline since %1"_s.arg(localformat::time(wentOffline.toLocalTime().time())));

        // Back, and a change made here brings a sync within seconds.
        sim.setFaults({});
        const qint64 before = sim.requests();
        background.localChange();
        QTRY_VERIFY_WITH_TIMEOUT(sim.requests() > before, 6000);
        QTRY_VERIFY_WITH_TIMEOUT(!background.status().running && background.status().online, 20000);
    }

    // A first sync of a large practice takes minutes: staff may stop it from the status bar.
    // It stops after the page on its way, nothing more is asked of the PMS (no poll, no
    // local change) until "Sync now", and that goes on from where it stopped.
    void staffCanStopTheFirstSyncAndGoOnLater()
    {
        pmssim::OpenDentalSimulator sim;
        QString error;
        QVERIFY(sim.loadPractice(pmssim::syntheticPractice(600, QDate(2026, 12, 1)), &error));
        sim.setPageSize(100);
        QVERIFY(sim.listen() != 0);
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        QVERIFY(PracticeImportService(*opened.cache, clock).importDocument(practice(false), {u"t"_s, u"s"_s, u"w"_s}).ok());
        auto settings = OpenDentalAdapter::defaultsFor(QUrl(sim.baseUrl()));
        settings.developerKey = u"dev"_s;
        settings.customerKey = u"customer"_s;
        settings.office = QTimeZone("America/Chicago");
        settings.perMinute = 300; // a page every 200 ms: slow enough to stop halfway
        PracticeServices services(*opened.cache, clock);
        BackgroundSync background(std::make_unique<OpenDentalAdapter>(settings), services,
                                  {u"sync:opendental"_s, u"s"_s, u"w"_s});
        background.setInterval(200);
        auto appointments = [&] {
            QSqlQuery q(opened.cache->database());
            return q.exec(u"SELECT count(*) FROM appointments"_s) && q.next() ? q.value(0).toInt() : -1;
        };
        background.start();
        QTRY_VERIFY_WITH_TIMEOUT(background.status().cancellable() && appointments() >= 100, 20000);
        QVERIFY(BackgroundSync::describe(background.system(), background.status(), clock.nowUtc())
                        .startsWith(u"Open Dental: Reading appointments"_s));
        background.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!background.status().running, 20000);
        QVERIFY(background.status().paused);
        QVERIFY(!background.status().lastSyncedUtc.isValid());
        QCOMPARE(BackgroundSync::describe(background.system(), background.status(), clock.nowUtc()),
                 u"Open Dental: first sync stopped; Sync now (F5) goes on from where it stopped"_s);
        const int pulled = appointments();
        QVERIFY2(pulled < 600, qPrintable(QString::number(pulled)));
        // Paused: no poll and no local change reaches the PMS.
        const qint64 quiet = sim.requests();
        background.localChange();
        QTest::qWait(1500);
        QCOMPARE(sim.requests(), quiet);
        QCOMPARE(appointments(), pulled);

        const qsizetype logBefore = sim.served().size();
        background.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!background.status().running && background.status().lastSyncedUtc.isValid(), 30000);
        QVERIFY(!background.status().paused);
        QCOMPARE(appointments(), 600);
        // From the simulator's log: the appointments were not read from the start again.
        bool fromTheStart = false;
        for (qsizetype i = logBefore; i < sim.served().size(); ++i) {
            const QString what = sim.served().at(i).what;
            fromTheStart = fromTheStart || (what.contains(u"/appointments?"_s) && what.contains(u"Offset=0&"_s)
                                            && !what.contains(u"DateTStamp"_s));
        }
        QVERIFY(!fromTheStart);
    }

    // Stop asked for on the last page of the first sync, with nothing left to stop at: the
    // sync ends as any sync does, is not shown as stopped, and the polls go on.
    void aStopTooLateToStopAnythingLeavesPollsRunning()
    {
        pmssim::OpenDentalSimulator sim;
        QString error;
        QVERIFY(sim.loadPractice(pmssim::syntheticPractice(50, QDate(2026, 12, 1)), &error));
        sim.setPageSize(100); // the appointments come in one page
        QVERIFY(sim.listen() != 0);
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        QVERIFY(PracticeImportService(*opened.cache, clock).importDocument(practice(false), {u"t"_s, u"s"_s, u"w"_s}).ok());
        auto settings = OpenDentalAdapter::defaultsFor(QUrl(sim.baseUrl()));
        settings.developerKey = u"dev"_s;
        settings.customerKey = u"customer"_s;
        settings.office = QTimeZone("America/Chicago");
        settings.perMinute = 120; // a request every half second: time to ask while the page comes
        PracticeServices services(*opened.cache, clock);
        BackgroundSync background(std::make_unique<OpenDentalAdapter>(settings), services,
                                  {u"sync:opendental"_s, u"s"_s, u"w"_s});
        background.setInterval(300);
        background.start();
        QTRY_VERIFY_WITH_TIMEOUT(background.status().cancellable()
                                         && BackgroundSync::describe(background.system(), background.status(),
                                                                     clock.nowUtc())
                                                    .startsWith(u"Open Dental: Reading appointments"_s),
                                 30000);
        background.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!background.status().running, 20000);
        QVERIFY(!background.status().paused);
        QVERIFY(background.status().lastSyncedUtc.isValid());
        QVERIFY(BackgroundSync::describe(background.system(), background.status(), clock.nowUtc())
                        .startsWith(u"Open Dental: up to date"_s));
        // Not paused: the next polls still ask the PMS.
        const qint64 quiet = sim.requests();
        QTRY_VERIFY_WITH_TIMEOUT(sim.requests() > quiet, 10000);
    }

    // Two desks of one practice, each with its own cache and background sync, one PMS: a
    // booking made at one shows at the other within its poll interval and a second (the
    // change goes half a second after it is made; the other desk's next poll brings it).
    void aBookingAtOneDeskShowsAtTheNext()
    {
        pmssim::OpenDentalSimulator sim;
        QString error;
        QVERIFY(sim.loadPractice(practice(true), &error));
        QVERIFY(sim.listen() != 0);
        constexpr int kPollMs = 1000;
        TwoDesks desks(sim, kPollMs);
        QVERIFY(desks.ready());
        const qint64 ms = desks.bookAtAAndWaitForB();
        qInfo("desk to desk without hints: %lld ms (polling every %d ms)", ms, kPollMs);
        QVERIFY2(ms >= 0 && ms <= 500 + kPollMs + 1000, qPrintable(u"%1 ms"_s.arg(ms)));
    }

    // With hints the next desk pulls as soon as the change reached the PMS, long before its
    // poll (a minute here): within 2 s of the booking.
    void hintsBringABookingToTheNextDeskAtOnce()
    {
        pmssim::OpenDentalSimulator sim;
        QString error;
        QVERIFY(sim.loadPractice(practice(true), &error));
        QVERIFY(sim.listen() != 0);
        TwoDesks desks(sim, 60000);
        const QString tag = u"opendental "_s + sim.baseUrl();
        DeskHints hintsA(tag, "customer", {0, {}}, [] { return QDateTime::currentSecsSinceEpoch(); });
        DeskHints hintsB(tag, "customer", {0, {}}, [] { return QDateTime::currentSecsSinceEpoch(); });
        QVERIFY2(hintsA.listen(&error), qPrintable(error));
        QVERIFY2(hintsB.listen(&error), qPrintable(error));
        hintsA.setPeers({{QHostAddress::LocalHost, hintsB.port()}});
        hintsB.setPeers({{QHostAddress::LocalHost, hintsA.port()}});
        desks.a.sync->setHints(&hintsA);
        desks.b.sync->setHints(&hintsB);
        QVERIFY(desks.ready());
        const qint64 requestsBefore = sim.requests();
        const qint64 ms = desks.bookAtAAndWaitForB();
        qInfo("desk to desk with hints: %lld ms (polling every 60 s)", ms);
        QVERIFY2(ms >= 0 && ms <= 2000, qPrintable(u"%1 ms"_s.arg(ms)));
        QCOMPARE(hintsB.accepted(), 1);
        // The hint brought one pull, not a storm: create + A's sync, B's two reads.
        QVERIFY2(sim.requests() - requestsBefore <= 6, qPrintable(QString::number(sim.requests() - requestsBefore)));
    }

    // Only a hint made with this practice's key, on time and not seen before, moves a desk.
    void forgedReplayedAndStrangeHintsAreIgnored()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto clock = [now] { return now; };
        DeskHints listener(u"opendental https://od.example"_s, "customer", {0, {}}, clock);
        QString error;
        QVERIFY2(listener.listen(&error), qPrintable(error));
        QSignalSpy changed(&listener, &DeskHints::changed);
        DeskHints honest(u"opendental https://od.example"_s, "customer", {0, {}}, clock);
        DeskHints wrongKey(u"opendental https://od.example"_s, "guessed", {0, {}}, clock);
        DeskHints otherPractice(u"opendental https://other.example"_s, "customer", {0, {}}, clock);
        DeskHints late(u"opendental https://od.example"_s, "customer", {0, {}}, [now] { return now - 3600; });
        QUdpSocket raw;
        auto deliver = [&](const QByteArray &datagram) {
            raw.writeDatagram(datagram, QHostAddress::LocalHost, listener.port());
        };
        const QByteArray good = honest.packet();
        deliver(good);
        QTRY_COMPARE(changed.count(), 1);
        deliver(good); // replayed
        QByteArray tampered = honest.packet();
        tampered[30] = char(tampered.at(30) ^ 1);
        deliver(tampered);
        deliver(wrongKey.packet());
        deliver(otherPractice.packet());
        deliver(late.packet());
        deliver("not a hint");
        QTRY_COMPARE(listener.dropped(), 6);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(listener.accepted(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundSync)
#include "tst_backgroundsync.moc"
