#include "domain/clock.h"
#include "services/passwordhash.h"
#include "services/practiceimportservice.h"
#include "services/useraccounts.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

// Staff accounts on a real SQLCipher cache: the first office manager, accounts only the
// office manager adds, PBKDF2 hashes, sign-in, lockout after five failures, all audited.
class TestUserAccounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::MemoryCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};

    int audited(const QString &action)
    {
        QSqlQuery q(m_cache->database());
        q.prepare(u"SELECT count(*) FROM audit_log WHERE action = ?"_s);
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_cache = store::Cache::open(m_dir.filePath(QString::number(++n)), m_keys,
                                     store::Cache::OpenMode::CreateIfMissing)
                          .cache;
        QVERIFY(m_cache);
        const QByteArray practice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Acct Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 30, "maxMinutes": 30 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz" } ],
  "appointments": [ ]
})";
        QVERIFY(PracticeImportService(*m_cache, m_clock).importDocument(practice, {u"t"_s, u"s"_s, u"w"_s}).ok());
    }

    void firstManagerThenAccountsByTheManager()
    {
        UserAccounts accounts(*m_cache, m_clock);
        QCOMPARE(accounts.hasUsers(), std::optional<bool>(false));
        QString error;
        QByteArray shortPassword("short");
        QVERIFY(!accounts.createFirstManager(u"maria"_s, shortPassword, u"desk-1"_s, &error));
        QVERIFY2(error.contains(u"10 characters"_s), qPrintable(error));
        QByteArray password("correct horse battery");
        QVERIFY2(accounts.createFirstManager(u"maria"_s, password, u"desk-1"_s, &error), qPrintable(error));
        QCOMPARE(password, QByteArray(password.size(), '\0')); // wiped after use
        QByteArray again("another long password");
        QVERIFY(!accounts.createFirstManager(u"mallory"_s, again, u"desk-1"_s, &error));

        // Stored as a salted PBKDF2 hash, never the password.
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT salt, hash, iterations, role FROM users WHERE name = 'maria'"_s) && q.next());
        QCOMPARE(q.value(0).toByteArray().size(), 16);
        QCOMPARE(q.value(1).toByteArray().size(), 32);
        QVERIFY(q.value(2).toInt() >= 600000);
        QCOMPARE(q.value(3).toString(), u"office_manager"_s);
        QVERIFY(passwordhash::matches("correct horse battery", q.value(0).toByteArray(), q.value(2).toInt(),
                                      q.value(1).toByteArray()));

        QByteArray signInPassword("correct horse battery");
        const std::optional<SignedIn> manager = accounts.signIn(u"Maria"_s, signInPassword, u"desk-1"_s, &error);
        QVERIFY2(manager, qPrintable(error));
        QCOMPARE(manager->role, Role::OfficeManager);
        QByteArray deskPassword("front desk password");
        QVERIFY2(accounts.addUser(*manager, u"tom"_s, Role::FrontDesk, {}, deskPassword, &error), qPrintable(error));
        QByteArray providerPassword("provider password!");
        QVERIFY(!accounts.addUser(*manager, u"ana"_s, Role::Provider, {}, providerPassword, &error));
        providerPassword = "provider password!";
        QVERIFY2(accounts.addUser(*manager, u"ana"_s, Role::Provider, u"dr-a"_s, providerPassword, &error),
                 qPrintable(error));
        QByteArray tomPassword("front desk password");
        const std::optional<SignedIn> tom = accounts.signIn(u"tom"_s, tomPassword, u"desk-2"_s, &error);
        QVERIFY(tom);
        QCOMPARE(tom->role, Role::FrontDesk);
        // Tom may not add accounts; the attempt is refused and audited.
        QByteArray sneaky("sneaky long password");
        QVERIFY(!accounts.addUser(*tom, u"eve"_s, Role::OfficeManager, {}, sneaky, &error));
        QCOMPARE(audited(u"denied"_s), 1);
        QCOMPARE(audited(u"add-user"_s), 3);
        QCOMPARE(audited(u"sign-in"_s), 2);
    }

    void fiveFailuresLockForFiveMinutes()
    {
        UserAccounts accounts(*m_cache, m_clock);
        QString error;
        QByteArray password("correct horse battery");
        QVERIFY(accounts.createFirstManager(u"maria"_s, password, u"desk-1"_s, &error));
        QString wrongMessage;
        for (int i = 0; i < 5; ++i) {
            QByteArray wrong("wrong password!!");
            QVERIFY(!accounts.signIn(u"maria"_s, wrong, u"desk-1"_s, &wrongMessage));
        }
        // An unknown name is told the same thing as a wrong password.
        QByteArray any("whatever password");
        QVERIFY(!accounts.signIn(u"nobody"_s, any, u"desk-1"_s, &error));
        QCOMPARE(error, wrongMessage);
        QCOMPARE(audited(u"sign-in-failed"_s), 6);
        QCOMPARE(audited(u"locked-out"_s), 1);
        // Locked: even the right password is refused, with how long to wait.
        QByteArray right("correct horse battery");
        QVERIFY(!accounts.signIn(u"maria"_s, right, u"desk-1"_s, &error));
        QVERIFY2(error.contains(u"locked"_s) && error.contains(u"5 minute"_s), qPrintable(error));
        m_clock.advanceSeconds(4 * 60);
        right = "correct horse battery";
        QVERIFY(!accounts.signIn(u"maria"_s, right, u"desk-1"_s, &error));
        m_clock.advanceSeconds(61);
        right = "correct horse battery";
        QVERIFY2(accounts.signIn(u"maria"_s, right, u"desk-1"_s, &error), qPrintable(error));
        // The count starts over after a good sign-in.
        for (int i = 0; i < 4; ++i) {
            QByteArray wrong("wrong password!!");
            QVERIFY(!accounts.signIn(u"maria"_s, wrong, u"desk-1"_s, &error));
        }
        right = "correct horse battery";
        QVERIFY(accounts.signIn(u"maria"_s, right, u"desk-1"_s, &error));
        QCOMPARE(audited(u"locked-out"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestUserAccounts)
#include "tst_useraccounts.moc"
