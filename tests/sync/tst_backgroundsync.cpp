#include "opendentalsimulator.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "services/bookingservice.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/pmslinkrepository.h"
#include "services/practiceservices.h"
#include "sync/backgroundsync.h"
#include "sync/opendentaladapter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

    // Two desks of one practice, each with its own cache and background sync, one PMS: a
    // booking made at one shows at the other within its poll interval and a second (the
    // change goes half a second after it is made; the other desk's next poll brings it).
    void aBookingAtOneDeskShowsAtTheNext()
    {
        pmssim::OpenDentalSimulator sim;
        QString error;
        QVERIFY(sim.loadPractice(practice(true), &error));
        QVERIFY(sim.listen() != 0);
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        constexpr int kPollMs = 1000;
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
        auto open = [&](Desk &d) {
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
            d.sync->setInterval(kPollMs);
            d.sync->start();
            return true;
        };
        Desk a;
        Desk b;
        QVERIFY(open(a));
        QVERIFY(open(b));
        QTRY_VERIFY_WITH_TIMEOUT(a.appointments() == 2 && b.appointments() == 2, 20000);

        BookRequest r;
        r.patientId = u"p1"_s;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = u"c1"_s;
        r.startUtc = QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC); // 11:00 in Chicago
        const BookingOutcome booked = a.services->booking().book(r, {u"frontdesk"_s, u"s"_s, u"ws"_s});
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        QElapsedTimer seen;
        seen.start();
        a.sync->localChange();
        QTRY_VERIFY_WITH_TIMEOUT(b.appointments() == 3, 10000);
        const qint64 ms = seen.elapsed();
        qInfo("desk to desk without hints: %lld ms (polling every %d ms)", ms, kPollMs);
        QVERIFY2(ms <= 500 + kPollMs + 1000, qPrintable(u"%1 ms"_s.arg(ms)));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundSync)
#include "tst_backgroundsync.moc"
