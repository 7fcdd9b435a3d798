#include "domain/clock.h"
#include "services/auditreport.h"
#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "services/schedulepage.h"
#include "services/useraccounts.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

// Who may write what, checked in the services for every caller: the role × operation
// matrix. A denied call changes nothing, says so, and leaves a "denied" audit record.
class TestPermissions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_caches = 0;
    // 24 November 2026, 09:00 Chicago: the visits below are today's, so steps are allowed.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC)};

    static QByteArray practice()
    {
        return R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Perm Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00", "chairs": ["c1"] } ] },
                 { "id": "dr-b", "name": "Dr. Ben Brooks", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00", "chairs": ["c2"] } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 30, "maxMinutes": 60 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz" }, { "id": "p2", "name": "Ben Ruiz" } ],
  "appointments": [
    { "id": "mine", "patientId": "p1", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-11-24T09:00" },
    { "id": "theirs", "patientId": "p2", "typeId": "exam", "providerId": "dr-b", "chairId": "c2", "start": "2026-11-24T09:00" } ]
})";
    }

    static UserSession as(Role role, const QString &providerId = {})
    {
        return {roleName(role), u"s"_s, u"ws"_s, role, providerId};
    }

    // One data row per role and operation, allowed or not.
    static void addRows(const QStringList &operations, const QList<QPair<Role, QStringList>> &allowed)
    {
        for (const auto &[role, may] : allowed) {
            for (const QString &op : operations)
                QTest::addRow("%s %s", qPrintable(roleName(role)), qPrintable(op)) << int(role) << op << may.contains(op);
        }
    }

    // A fresh cache holding the practice above; empty when it could not be made.
    std::unique_ptr<store::Cache> practiceCache(store::MemoryCacheKeyStore &keys)
    {
        auto cache = store::Cache::open(m_dir.filePath(QString::number(++m_caches)), keys,
                                        store::Cache::OpenMode::CreateIfMissing)
                             .cache;
        if (cache && !PracticeImportService(*cache, m_clock).importDocument(practice(), {u"t"_s, u"s"_s, u"w"_s}).ok())
            cache.reset();
        return cache;
    }

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("allowed");
        const QStringList operations{u"book"_s,         u"move"_s,           u"cancel"_s,       u"confirm"_s,
                                     u"arrive-own"_s,   u"arrive-other"_s,   u"no-show-own"_s,  u"undo-own"_s};
        const QList<QPair<Role, QStringList>> allowed{
                {Role::OfficeManager, operations},
                {Role::FrontDesk, operations},
                {Role::System, operations},
                {Role::Provider, {u"arrive-own"_s, u"undo-own"_s}},
                {Role::ReadOnly, {}}};
        addRows(operations, allowed);
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(QString, operation);
        QFETCH(bool, allowed);
        store::MemoryCacheKeyStore keys;
        const std::unique_ptr<store::Cache> cache = practiceCache(keys);
        QVERIFY(cache);
        BookingService booking(*cache, m_clock);
        const UserSession user = as(Role(role), u"dr-a"_s);
        const UserSession desk = as(Role::FrontDesk);
        auto version = [&](const QString &id) { return booking.find(id, nullptr)->version; };
        // "undo-own" needs a step to take back first.
        if (operation == u"undo-own")
            QVERIFY(booking.changeStatus(u"mine"_s, version(u"mine"_s), AppointmentStatus::Arrived, desk).ok());
        const int before = version(u"mine"_s) + version(u"theirs"_s);

        BookingOutcome out;
        if (operation == u"book") {
            BookRequest r;
            r.patientId = u"p2"_s;
            r.typeId = u"exam"_s;
            r.providerId = u"dr-a"_s;
            r.chairId = u"c1"_s;
            r.startUtc = QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);
            out = booking.book(r, user);
        } else if (operation == u"move") {
            MoveRequest m;
            m.appointmentId = u"mine"_s;
            m.expectedVersion = version(u"mine"_s);
            m.startUtc = QDateTime(QDate(2026, 11, 24), QTime(17, 0), Qt::UTC);
            out = booking.move(m, user);
        } else if (operation == u"cancel") {
            out = booking.cancel(u"mine"_s, version(u"mine"_s), CancelReason::Patient, user);
        } else if (operation == u"confirm") {
            out = booking.changeStatus(u"mine"_s, version(u"mine"_s), AppointmentStatus::Confirmed, user);
        } else if (operation == u"arrive-own") {
            out = booking.changeStatus(u"mine"_s, version(u"mine"_s), AppointmentStatus::Arrived, user);
        } else if (operation == u"arrive-other") {
            out = booking.changeStatus(u"theirs"_s, version(u"theirs"_s), AppointmentStatus::Arrived, user);
        } else if (operation == u"no-show-own") {
            m_clock.advanceSeconds(3600); // past the grace minutes
            out = booking.changeStatus(u"mine"_s, version(u"mine"_s), AppointmentStatus::NoShow, user);
            m_clock.advanceSeconds(-3600);
        } else if (operation == u"undo-own") {
            out = booking.undoStatus(u"mine"_s, version(u"mine"_s), user);
        }
        QSqlQuery q(cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'denied'"_s) && q.next());
        const int denied = q.value(0).toInt();
        if (allowed) {
            QVERIFY2(out.ok(), qPrintable(out.message));
            QCOMPARE(denied, 0);
        } else {
            QCOMPARE(out.result, BookingOutcome::Result::Denied);
            QVERIFY2(out.message.contains(roleText(Role(role))), qPrintable(out.message)); // as staff call it
            QCOMPARE(denied, 1);
            // Nothing changed.
            QCOMPARE(version(u"mine"_s) + version(u"theirs"_s), before);
        }
    }

    // The reads and the other services: who may see the schedule, open a patient, read the
    // waitlist and tray, hold, see and resolve sync issues, read the audit trail, import the
    // practice and add accounts. A refusal leaves one "denied" record; an opened patient one "read".
    void otherServices_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("allowed");
        const QStringList operations{u"schedule"_s,    u"patient-own"_s,   u"patient-other"_s, u"search"_s,
                                     u"waitlist"_s,    u"tray"_s,          u"hold"_s,          u"sync-issues"_s,
                                     u"resolve"_s,     u"audit-verify"_s,  u"audit-export"_s,  u"import"_s,
                                     u"add-user"_s};
        const QStringList managerOnly{u"audit-verify"_s, u"audit-export"_s, u"import"_s, u"add-user"_s};
        QStringList frontDesk = operations;
        for (const QString &m : managerOnly)
            frontDesk.removeAll(m);
        const QList<QPair<Role, QStringList>> allowed{
                {Role::OfficeManager, operations},
                {Role::FrontDesk, frontDesk},
                // A provider finds their own patients (see tst_patientsearch).
                {Role::Provider, {u"schedule"_s, u"patient-own"_s, u"search"_s}},
                {Role::ReadOnly,
                 {u"schedule"_s, u"patient-own"_s, u"patient-other"_s, u"search"_s, u"waitlist"_s, u"tray"_s,
                  u"sync-issues"_s}}};
        addRows(operations, allowed);
    }

    void otherServices()
    {
        QFETCH(int, role);
        QFETCH(QString, operation);
        QFETCH(bool, allowed);
        store::MemoryCacheKeyStore keys;
        const std::unique_ptr<store::Cache> cache = practiceCache(keys);
        QVERIFY(cache);
        BookingService booking(*cache, m_clock);
        FrontDesk desk(*cache, m_clock);
        const UserSession user = as(Role(role), u"dr-a"_s);
        QString error;
        bool done = false;
        if (operation == u"schedule") {
            const std::optional<SchedulePage> page = booking.page(QDate(2026, 11, 24), 1, user, &error);
            done = page.has_value();
            for (const PageAppointment &a : page ? page->appointments : QList<PageAppointment>()) {
                const bool hidden = Role(role) == Role::Provider && a.shown.appointment.id == u"theirs";
                QCOMPARE(a.shown.patientName, hidden ? u"Busy"_s : a.shown.appointment.id == u"mine" ? u"Ana Ruiz"_s
                                                                                                     : u"Ben Ruiz"_s);
                QCOMPARE(a.shown.appointment.patientId.isEmpty(), hidden);
            }
        } else if (operation == u"patient-own") {
            done = desk.patient(u"p1"_s, user, &error).has_value();
        } else if (operation == u"patient-other") {
            done = desk.patient(u"p2"_s, user, &error).has_value();
        } else if (operation == u"search") {
            done = !desk.searchPatients(u"Ruiz"_s, 5, user, &error).isEmpty();
        } else if (operation == u"waitlist") {
            (void)desk.waitlist(user, &error);
            done = error.isEmpty();
        } else if (operation == u"tray") {
            (void)desk.tray(user, &error);
            done = error.isEmpty();
        } else if (operation == u"hold") {
            done = desk.hold(u"mine"_s, user, &error);
        } else if (operation == u"sync-issues") {
            (void)desk.syncIssues(user, &error);
            done = error.isEmpty();
        } else if (operation == u"resolve") {
            // No such issue: an allowed caller hears that, a refused one is refused first.
            done = !desk.keepMine(42, user, &error) && !error.contains(u"may not"_s);
        } else if (operation == u"audit-verify") {
            done = AuditReport(*cache, m_clock).verify(user, &error).intact && error.isEmpty();
        } else if (operation == u"audit-export") {
            int rows = 0;
            done = AuditReport(*cache, m_clock).patientAccessCsv(u"p1"_s, {}, {}, user, &rows, &error).has_value();
        } else if (operation == u"import") {
            const PracticeImportService::Outcome out = PracticeImportService(*cache, m_clock).importDocument(practice(), user);
            done = out.ok();
            error = out.storeError;
        } else if (operation == u"add-user") {
            QByteArray password("long enough password");
            SignedIn by{user, Role(role), user.providerId};
            done = UserAccounts(*cache, m_clock).addUser(by, u"new"_s, Role::FrontDesk, {}, password, &error);
        }
        QSqlQuery q(cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'denied'"_s) && q.next());
        const int denied = q.value(0).toInt();
        if (allowed) {
            QVERIFY2(done, qPrintable(error));
            QCOMPARE(denied, 0);
        } else {
            QVERIFY(!done);
            QVERIFY2(error.contains(u"may"_s) || error.contains(u"Only"_s), qPrintable(error));
            QCOMPARE(denied, 1);
        }
        if (operation.startsWith(u"patient") && allowed) {
            QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'read' AND patient_id = '%1'"_s.arg(
                            operation == u"patient-own" ? u"p1"_s : u"p2"_s))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
