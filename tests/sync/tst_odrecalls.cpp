#include "opendentalsimulator.h"

#include "domain/clock.h"
#include "domain/recall.h"
#include "services/pmsmirror.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/recallrepository.h"
#include "sync/opendentaladapter.h"
#include "sync/opendentalcodec.h"
#include "sync/referencelinker.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;
using namespace chairside::sync;

namespace {

const UserSession kSync{u"sync:opendental"_s, u"sync"_s, u"ws"_s};

// A hygienist's cleanings satisfy the 6-month prophy; perio every 3 months and 10 days.
// The simulator holds the recalls; the cache has only the prophy type (its visits set here).
QByteArray practice(bool withRecalls)
{
    QByteArray recalls = R"(,
  "recallTypes": [
    { "id": "prophy", "name": "Prophy", "kind": "prophy", "intervalMonths": 6, "appointmentTypes": ["cleaning"] } )";
    if (withRecalls)
        recalls += R"(,
    { "id": "perio", "name": "Perio Maintenance", "kind": "perio_maintenance", "intervalMonths": 3, "intervalDays": 10,
      "appointmentTypes": ["cleaning"] } ],
  "recalls": [
    { "patientId": "p1", "recallTypeId": "prophy", "due": "2026-11-01", "lastDone": "2026-05-01" },
    { "patientId": "p2", "recallTypeId": "prophy", "due": "2027-01-15" },
    { "patientId": "p3", "recallTypeId": "perio", "due": "2026-12-05", "lastDone": "2026-08-25", "disabled": true } ])";
    else
        recalls += " ]";
    return R"({
  "format": "chairside-practice/2",
  "practice": { "name": "Sim Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" } ],
  "providers": [ { "id": "hyg-g", "name": "Lucía García, RDH", "role": "hygienist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "cleaning", "name": "Cleaning", "minutes": 60 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz" }, { "id": "p2", "name": "Ben Ruiz" }, { "id": "p3", "name": "Cy Doe" } ])"
            + recalls + "\n}";
}

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

} // namespace

// Open Dental's recalls over real loopback HTTP: read, mirrored into the cache, and moved by
// visits the PMS completed.
class TestOdRecalls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pmssim::OpenDentalSimulator> m_sim;

    std::unique_ptr<OpenDentalAdapter> adapter()
    {
        OpenDentalAdapter::Settings s = OpenDentalAdapter::defaultsFor(QUrl(m_sim->baseUrl()));
        s.developerKey = u"dev"_s;
        s.customerKey = u"customer"_s;
        s.office = QTimeZone("America/Chicago");
        s.perMinute = 6000;
        s.burst = 5;
        s.pageSize = 2; // recalls come in pages
        s.retry.baseMs = 40;
        s.retry.capMs = 200;
        return std::make_unique<OpenDentalAdapter>(s);
    }

    struct Read
    {
        QList<PmsRecallType> types;
        QList<PmsRecall> recalls;
        PmsError error;
    };

    Read read(OpenDentalAdapter &od)
    {
        Read out;
        int answers = 0;
        od.listRecallTypes([&](const QList<PmsRecallType> &t, const PmsError &e) {
            out.types = t;
            if (!e.ok())
                out.error = e;
            ++answers;
        });
        od.listRecalls([&](const QList<PmsRecall> &r, const PmsError &e) {
            out.recalls = r;
            if (!e.ok())
                out.error = e;
            ++answers;
        });
        if (!waitFor([&] { return answers == 2; }))
            out.error.message = u"timed out"_s;
        return out;
    }

    bool link(OpenDentalAdapter &od, store::Cache &cache, const Clock &clock)
    {
        QList<PmsChair> chairs;
        QList<PmsProvider> providers;
        QList<PmsAppointmentType> types;
        QList<PmsPatient> patients;
        int answers = 0;
        od.listChairs([&](const QList<PmsChair> &c, const PmsError &) { chairs = c, ++answers; });
        od.listProviders([&](const QList<PmsProvider> &p, const PmsError &) { providers = p, ++answers; });
        od.listAppointmentTypes([&](const QList<PmsAppointmentType> &t, const PmsError &) { types = t, ++answers; });
        od.listAllPatients({}, [&](const QList<PmsPatient> &p, const QString &, const PmsError &) {
            patients = p;
            ++answers;
        });
        return waitFor([&] { return answers == 4; })
                && ReferenceLinker::link(cache, u"opendental"_s, chairs, providers, types, patients, clock, kSync)
                           .complete();
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<pmssim::OpenDentalSimulator>();
        QString error;
        QVERIFY2(m_sim->loadPractice(practice(true), &error), qPrintable(error));
        QVERIFY(m_sim->listen() != 0);
    }

    void intervalsAsOpenDentalWritesThem()
    {
        int months = -1, days = -1;
        QVERIFY(OpenDentalCodec::readInterval(u"6m1d"_s, &months, &days));
        QCOMPARE(months, 6);
        QCOMPARE(days, 1);
        QVERIFY(OpenDentalCodec::readInterval(u"1y"_s, &months, &days));
        QCOMPARE(months, 12);
        QVERIFY(OpenDentalCodec::readInterval(u"2w"_s, &months, &days));
        QCOMPARE(days, 14);
        QVERIFY(!OpenDentalCodec::readInterval(u"six months"_s, &months, &days));
    }

    void readsRecallTypesAndEveryPageOfRecalls()
    {
        auto od = adapter();
        QVERIFY(od->supports(PmsAdapter::Capability::Recalls));
        const Read r = read(*od);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.types.size(), 2);
        QCOMPARE(r.types.at(0).name, u"Prophy"_s);
        QCOMPARE(r.types.at(0).intervalMonths, 6);
        QCOMPARE(r.types.at(1).intervalMonths, 3);
        QCOMPARE(r.types.at(1).intervalDays, 10);
        QCOMPARE(r.recalls.size(), 3); // two pages of two
        QCOMPARE(r.recalls.at(0).patientPmsId, QString::number(m_sim->patientFor(u"p1"_s)));
        QCOMPARE(r.recalls.at(0).due, QDate(2026, 11, 1));
        QCOMPARE(r.recalls.at(0).previous, QDate(2026, 5, 1));
        QCOMPARE(r.recalls.at(1).previous, QDate()); // 0001-01-01: never
        QCOMPARE(r.recalls.at(2).recallTypePmsId, u"2"_s);
        QVERIFY(r.recalls.at(2).disabled);
        QVERIFY(!r.recalls.at(0).disabled);
    }

    // The PMS's recalls mirrored into the cache: its "Prophy" is the practice's own (with the
    // visits that satisfy it), "Perio Maintenance" is adopted; due dates follow the PMS.
    void mirrorsRecallsIntoTheCache()
    {
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        store::Cache &cache = *opened.cache;
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        const auto imported = PracticeImportService(cache, clock).importDocument(practice(false), {u"t"_s, u"s"_s, u"w"_s});
        QVERIFY2(imported.ok(), qPrintable(imported.storeError));
        auto od = adapter();
        QVERIFY(link(*od, cache, clock));
        const Read r = read(*od);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));

        int unmapped = -1;
        QString error;
        QCOMPARE(PmsMirror(cache, clock).applyRecalls(u"opendental"_s, r.types, r.recalls, kSync, &unmapped, &error), 3);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(unmapped, 0);
        store::RecallRepository repo(cache.database());
        const QList<RecallType> types = repo.types();
        QCOMPARE(types.size(), 2);
        QCOMPARE(types.at(0).id, u"prophy"_s);
        QCOMPARE(types.at(0).appointmentTypeIds, QStringList{u"cleaning"_s});
        QCOMPARE(types.at(1).id, u"opendental-rt-2"_s);
        QCOMPARE(types.at(1).kind, RecallKind::PerioMaintenance);
        QCOMPARE(repo.recall(recallIdFor(u"p1"_s, u"prophy"_s))->due, QDate(2026, 11, 1));
        QCOMPARE(repo.recall(recallIdFor(u"p1"_s, u"prophy"_s))->lastDone, QDate(2026, 5, 1));
        QVERIFY(repo.recall(recallIdFor(u"p3"_s, u"opendental-rt-2"_s))->disabled);

        // Nothing changed: nothing written again. Then Open Dental completes Ana's cleaning.
        QCOMPARE(PmsMirror(cache, clock).applyRecalls(u"opendental"_s, r.types, r.recalls, kSync, &unmapped, &error), 0);
        m_sim->setRecallDue(u"p1"_s, u"prophy"_s, QDate(2027, 5, 24), QDate(2026, 11, 24));
        const Read again = read(*od);
        QCOMPARE(PmsMirror(cache, clock).applyRecalls(u"opendental"_s, again.types, again.recalls, kSync, &unmapped, &error), 1);
        QCOMPARE(repo.recall(recallIdFor(u"p1"_s, u"prophy"_s))->due, QDate(2027, 5, 24));
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE record_type = 'recall' AND action = 'pull-update'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // Deleted in Open Dental: switched off here, kept for the record.
        m_sim->removeRecall(u"p1"_s, u"prophy"_s);
        const Read fewer = read(*od);
        QCOMPARE(fewer.recalls.size(), 2);
        QCOMPARE(PmsMirror(cache, clock).applyRecalls(u"opendental"_s, fewer.types, fewer.recalls, kSync, &unmapped, &error), 1);
        QVERIFY(repo.recall(recallIdFor(u"p1"_s, u"prophy"_s))->disabled);
        QCOMPARE(repo.recall(recallIdFor(u"p1"_s, u"prophy"_s))->due, QDate(2027, 5, 24));
        QVERIFY(!repo.recall(recallIdFor(u"p2"_s, u"prophy"_s))->disabled);
        // Made again there under a new number: the same recall here, on again.
        Recall remade;
        remade.id = u"p1-again"_s;
        remade.patientId = u"p1"_s;
        remade.recallTypeId = u"prophy"_s;
        remade.due = QDate(2027, 6, 1);
        m_sim->addRecall(remade);
        const Read back = read(*od);
        QCOMPARE(PmsMirror(cache, clock).applyRecalls(u"opendental"_s, back.types, back.recalls, kSync, &unmapped, &error), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!repo.recall(recallIdFor(u"p1"_s, u"prophy"_s))->disabled);
        QCOMPARE(repo.recall(recallIdFor(u"p1"_s, u"prophy"_s))->due, QDate(2027, 6, 1));
        QCOMPARE(PmsMirror(cache, clock).applyRecalls(u"opendental"_s, back.types, back.recalls, kSync, &unmapped, &error), 0);

        // A cleaning Open Dental completed, read by the appointment pull, moves the due date
        // as one completed here would.
        PmsAppointment done;
        done.pmsId = u"900"_s;
        done.patientPmsId = QString::number(m_sim->patientFor(u"p2"_s));
        done.operatoryPmsId = QString::number(m_sim->operatoryFor(u"c1"_s));
        done.providerPmsId = QString::number(m_sim->providerFor(u"hyg-g"_s));
        done.typePmsId = u"1"_s;
        done.startUtc = QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC);
        done.minutes = 60;
        done.status = AppointmentStatus::Completed;
        const MirrorReport applied = PmsMirror(cache, clock).applyAppointments(u"opendental"_s, {done}, kSync);
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        QCOMPARE(applied.inserted, 1);
        QCOMPARE(repo.recall(recallIdFor(u"p2"_s, u"prophy"_s))->due, QDate(2027, 5, 23));
        QCOMPARE(repo.recall(recallIdFor(u"p2"_s, u"prophy"_s))->providerId, u"hyg-g"_s);
    }
};

QTEST_GUILESS_MAIN(TestOdRecalls)
#include "tst_odrecalls.moc"
