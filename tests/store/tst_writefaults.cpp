#include "faultyvfs.h"
#include "practicecache.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "domain/weekdays.h"
#include "services/access.h"
#include "services/bookingservice.h"
#include "services/pmsmirror.h"
#include "services/seriesservice.h"
#include "services/practiceimportservice.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// One dentist, two chairs, weekdays 08–17 in Chicago; three patients.
QByteArray practiceJson(bool withNewPatient)
{
    QByteArray json = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Fault Dental", "timeZone": "America/Chicago", "gridMinutes": 10,
                "chairTurnoverMinutes": 0, "providerBufferMinutes": 0, "noShowGraceMinutes": 15 },
  "chairs": [ { "id": "c1", "name": "Chair 1", "equipment": ["standard"] },
              { "id": "c2", "name": "Chair 2", "equipment": ["standard"] } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "skills": ["general"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [
    { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 20, "maxMinutes": 60, "pattern": "/XXXX/",
      "skill": "general", "equipment": ["standard"], "complexity": 1 } ],
  "patients": [ { "id": "pt1", "name": "Ana Ruiz" }, { "id": "pt2", "name": "Ben Ruiz" },
                { "id": "pt3", "name": "Cy Doe" }PATIENT ]
})";
    json.replace("PATIENT", withNewPatient ? R"(, { "id": "pt4", "name": "Di Lee" })" : "");
    return json;
}

// Everything a write could have touched, as one comparable row.
QStringList fingerprint(store::Cache &cache)
{
    QSqlQuery q(cache.database());
    const QString sql = u"SELECT (SELECT count(*) FROM appointments), "
                        "(SELECT coalesce(sum(version), 0) || ':' || coalesce(group_concat(status), '') FROM appointments), "
                        "(SELECT coalesce(group_concat(start_utc || chair_id), '') FROM appointments), "
                        "(SELECT count(*) FROM audit_log), (SELECT count(*) FROM outbox), "
                        "(SELECT count(*) FROM patients), (SELECT count(*) FROM pms_links), "
                        "(SELECT count(*) FROM reminder_jobs), (SELECT count(*) FROM status_history)"_s;
    if (!q.exec(sql) || !q.next())
        return {u"unreadable: "_s + q.lastError().text()};
    QStringList out;
    for (int i = 0; i < 9; ++i)
        out << q.value(i).toString();
    return out;
}

QString integrity(store::Cache &cache)
{
    QSqlQuery q(cache.database());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

} // namespace

// Each write a desk makes, failed at its 1st, 2nd, … write or sync to the disk until it gets
// through: every failure leaves the cache as it was (seen from a fresh connection, so a
// half-written log would show), intact, the audit chain whole, the caller told, and the next
// write works.
class TestWriteFaults : public QObject
{
    Q_OBJECT

    store::MemoryCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 Chicago; the visits are on Tuesday.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_desk{u"frontdesk-1"_s, u"s"_s, u"ws"_s, Role::FrontDesk};
    UserSession m_manager{u"manager-1"_s, u"s"_s, u"ws"_s, Role::OfficeManager};
    UserSession m_sync{u"sync:opendental"_s, u"s"_s, u"ws"_s, Role::System};
    int m_failures = 0;
    int m_sites = 0;

    // What one operation did: ok, or the message the caller got.
    struct Result
    {
        bool ok = false;
        QString message;
    };
    using Operation = std::function<Result(store::Cache &)>;

    store::Cache::OpenResult reopen(const QString &dir)
    {
        return store::Cache::open(dir, m_keys, store::Cache::OpenMode::OpenExisting, nullptr, m_clock);
    }

    // Runs `op` on a cache prepared by `prepare`, with each fault at every position in turn.
    void exercise(const char *name, const std::function<bool(store::Cache &)> &prepare, const Operation &op)
    {
        for (const test::Fault fault : {test::Fault::WriteIoError, test::Fault::DiskFull, test::Fault::SyncIoError}) {
            QTemporaryDir dir;
            QString why;
            {
                std::unique_ptr<store::Cache> cache =
                        test::practiceCache(dir.path(), m_keys, m_clock, practiceJson(false), &why);
                QVERIFY2(cache, qPrintable(why));
                QVERIFY(prepare(*cache));
            }
            ++m_sites;
            const int failuresBefore = m_failures;
            bool done = false;
            for (int nth = 1; nth <= 400 && !done; ++nth) {
                QStringList before;
                Result result;
                bool fired = false;
                {
                    store::Cache::OpenResult opened = reopen(dir.path());
                    QVERIFY2(opened.cache, qPrintable(opened.error.message));
                    before = fingerprint(*opened.cache);
                    test::armFault(fault, nth);
                    result = op(*opened.cache);
                    fired = test::faultFired();
                    test::disarmFault();
                }
                const QString where = u"%1, fault %2 at %3"_s.arg(QString::fromLatin1(name)).arg(int(fault)).arg(nth);
                store::Cache::OpenResult after = reopen(dir.path());
                QVERIFY2(after.cache, qPrintable(where + u": "_s + after.error.message));
                QCOMPARE(integrity(*after.cache), u"ok"_s);
                QSqlError sqlError;
                QVERIFY2(store::AuditLog(after.cache->database()).verify(&sqlError).intact, qPrintable(where));
                if (result.ok) {
                    // Through (the fault, if it fired, hit a checkpoint after the commit): the
                    // change is there.
                    QVERIFY2(fingerprint(*after.cache) != before, qPrintable(where));
                    done = true;
                    continue;
                }
                QVERIFY2(fired, qPrintable(where + u": failed without a fault: "_s + result.message));
                ++m_failures;
                QVERIFY2(!result.message.isEmpty(), qPrintable(where));
                QCOMPARE(fingerprint(*after.cache), before);
                // The next write gets through.
                QString error;
                QVERIFY2(auditEvent(*after.cache, m_clock, m_desk, u"fault-test"_s, u"cache"_s, {}, where, &error),
                         qPrintable(where + u": "_s + error));
            }
            QVERIFY2(done, name);
            qInfo("%s, %s: failed at each of its first %d %s, then went through", name,
                  fault == test::Fault::WriteIoError ? "I/O error"
                          : fault == test::Fault::DiskFull ? "disk full"
                                                           : "fsync error",
                  m_failures - failuresBefore, fault == test::Fault::SyncIoError ? "syncs" : "writes");
            // A fault that never made the operation fail would test nothing.
            QVERIFY2(m_failures > failuresBefore, name);
        }
    }

    BookRequest examAt(const QString &patient, const QString &chair, const QString &when)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = chair;
        r.startUtc = test::chicago(when);
        return r;
    }

    // The appointment booked by `prepare` (the only one).
    static std::optional<Appointment> only(store::Cache &cache, const Clock &clock)
    {
        QSqlQuery q(cache.database());
        if (!q.exec(u"SELECT id FROM appointments"_s) || !q.next())
            return std::nullopt;
        return BookingService(cache, clock).find(q.value(0).toString(), nullptr);
    }

    static Result of(const BookingOutcome &o)
    {
        return {o.ok(), o.message};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::installFaultyVfs();
    }

    void book()
    {
        exercise("book", [](store::Cache &) { return true; }, [this](store::Cache &cache) {
            return of(BookingService(cache, m_clock).book(examAt(u"pt1"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_desk));
        });
    }

    void move()
    {
        auto prepare = [this](store::Cache &cache) {
            return BookingService(cache, m_clock).book(examAt(u"pt1"_s, u"c1"_s, u"2026-12-01T09:00"_s), m_desk).ok();
        };
        exercise("move", prepare, [this](store::Cache &cache) {
            const std::optional<Appointment> a = only(cache, m_clock);
            if (!a)
                return Result{false, u"(no appointment)"_s};
            MoveRequest move;
            move.appointmentId = a->id;
            move.expectedVersion = a->version;
            move.startUtc = test::chicago(u"2026-12-01T11:00"_s);
            move.chairId = u"c2"_s;
            return of(BookingService(cache, m_clock).move(move, m_desk));
        });
    }

    void cancel()
    {
        auto prepare = [this](store::Cache &cache) {
            return BookingService(cache, m_clock).book(examAt(u"pt2"_s, u"c1"_s, u"2026-12-01T10:00"_s), m_desk).ok();
        };
        exercise("cancel", prepare, [this](store::Cache &cache) {
            const std::optional<Appointment> a = only(cache, m_clock);
            if (!a)
                return Result{false, u"(no appointment)"_s};
            return of(BookingService(cache, m_clock).cancel(a->id, a->version, CancelReason::Patient, m_desk));
        });
    }

    // Several bookings in one batch: a failure at any step drops them all.
    void seriesBatch()
    {
        exercise("series", [](store::Cache &) { return true; }, [this](store::Cache &cache) {
            BookingService booking(cache, m_clock);
            SeriesService series(cache, m_clock, booking);
            SeriesRequest request;
            request.patientId = u"pt1"_s;
            request.typeId = u"exam"_s;
            request.providerId = u"dr-a"_s;
            request.chairId = u"c1"_s;
            request.firstDate = QDate(2026, 12, 1);
            request.startMinute = 9 * 60;
            request.rule.days = Weekdays::fromMask(0x2); // Tuesdays
            request.rule.count = 3;
            const SeriesPlan plan = series.plan(request, m_desk);
            if (!plan.ok())
                return Result{false, plan.message};
            const SeriesOutcome o = series.book(request, plan.instances, m_desk);
            return Result{o.ok() && o.appointments.size() == 3, o.message};
        });
    }

    void import()
    {
        exercise("import", [](store::Cache &) { return true; }, [this](store::Cache &cache) {
            const PracticeImportService::Outcome o =
                    PracticeImportService(cache, m_clock).importDocument(practiceJson(true), m_manager);
            return Result{o.ok(), o.storeError};
        });
    }

    void pull()
    {
        auto prepare = [this](store::Cache &cache) {
            PmsLinkPlan plan;
            plan.links = {{u"patient"_s, u"pt3"_s, u"31"_s},
                          {u"chair"_s, u"c2"_s, u"2"_s},
                          {u"provider"_s, u"dr-a"_s, u"7"_s},
                          {u"type"_s, u"exam"_s, u"5"_s}};
            QString error;
            return PmsMirror(cache, m_clock).applyLinks(u"opendental"_s, plan, m_sync, &error);
        };
        exercise("pull", prepare, [this](store::Cache &cache) {
            PmsAppointment p;
            p.pmsId = u"9001"_s;
            p.patientPmsId = u"31"_s;
            p.operatoryPmsId = u"2"_s;
            p.providerPmsId = u"7"_s;
            p.typePmsId = u"5"_s;
            p.startUtc = test::chicago(u"2026-12-02T09:00"_s);
            p.minutes = 30;
            p.pattern = u"/XXXX/"_s;
            p.changedUtc = m_clock.nowUtc();
            const MirrorReport r = PmsMirror(cache, m_clock).applyAppointments(u"opendental"_s, {p}, m_sync);
            return Result{r.ok() && r.inserted == 1, r.error};
        });
    }

    void cleanupTestCase()
    {
        qInfo("write faults: %d operations x faults, %d failures injected, every one left the cache unchanged and "
              "intact",
              m_sites, m_failures);
    }
};

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "tst_writefaults.moc"
