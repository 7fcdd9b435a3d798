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

    // The office manager lists accounts, disables and enables them and resets a forgotten
    // password; everyone changes their own. All audited, all refused to other roles.
    void theOfficeManagerLooksAfterAccounts()
    {
        UserAccounts accounts(*m_cache, m_clock);
        QString error;
        QByteArray first("manager password 1");
        QVERIFY(accounts.createFirstManager(u"maria"_s, first, u"desk-1"_s, &error));
        auto signIn = [&](const QString &name, const char *password) {
            QByteArray p(password);
            QString why;
            return accounts.signIn(name, p, u"desk-1"_s, &why);
        };
        const std::optional<SignedIn> maria = signIn(u"maria"_s, "manager password 1");
        QVERIFY(maria);
        QByteArray deskPassword("front desk password");
        QVERIFY(accounts.addUser(*maria, u"lucia"_s, Role::FrontDesk, {}, deskPassword, &error));

        const std::optional<QList<StaffAccount>> list = accounts.accounts(maria->session, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, u"lucia"_s);
        QCOMPARE(list->at(0).role, Role::FrontDesk);
        QVERIFY(!list->at(0).disabled);

        // Disabled: cannot sign in; enabled again: can.
        QVERIFY2(accounts.setDisabled(maria->session, u"lucia"_s, true, &error), qPrintable(error));
        QVERIFY(!signIn(u"lucia"_s, "front desk password"));
        QVERIFY(accounts.accounts(maria->session, &error)->at(0).disabled);
        QVERIFY(accounts.setDisabled(maria->session, u"lucia"_s, false, &error));
        const std::optional<SignedIn> lucia = signIn(u"lucia"_s, "front desk password");
        QVERIFY(lucia);
        QCOMPARE(audited(u"disable-user"_s), 1);
        QCOMPARE(audited(u"enable-user"_s), 1);

        // Nobody disables themselves (so an office manager who can sign in always remains);
        // another office manager can.
        QVERIFY(!accounts.setDisabled(maria->session, u"maria"_s, true, &error));
        QVERIFY2(error.contains(u"your own"_s), qPrintable(error));
        QByteArray second("second manager pw");
        QVERIFY(accounts.addUser(*maria, u"jorge"_s, Role::OfficeManager, {}, second, &error));
        const std::optional<SignedIn> jorge = signIn(u"jorge"_s, "second manager pw");
        QVERIFY(jorge);
        QVERIFY2(accounts.setDisabled(jorge->session, u"maria"_s, true, &error), qPrintable(error));
        QVERIFY(!accounts.setDisabled(jorge->session, u"jorge"_s, true, &error));
        QVERIFY(accounts.setDisabled(jorge->session, u"maria"_s, false, &error));

        // A forgotten password, and a lockout, cleared by the office manager.
        for (int i = 0; i < UserAccounts::kMaxFailures; ++i)
            QVERIFY(!signIn(u"lucia"_s, "guessing wrong!!"));
        QVERIFY(accounts.accounts(maria->session, &error)->at(1).locked); // jorge, lucia, maria by name
        QByteArray reset("a brand new password");
        QVERIFY2(accounts.resetPassword(maria->session, u"lucia"_s, reset, &error), qPrintable(error));
        QVERIFY(reset.isEmpty() || reset.count('\0') == reset.size()); // wiped
        QVERIFY(!signIn(u"lucia"_s, "front desk password"));
        QVERIFY(signIn(u"lucia"_s, "a brand new password"));
        QByteArray shortOne("short");
        QVERIFY(!accounts.resetPassword(maria->session, u"lucia"_s, shortOne, &error));
        QVERIFY2(error.contains(u"at least"_s), qPrintable(error));
        QCOMPARE(audited(u"reset-password"_s), 1);

        // Her own password: the current one first.
        QByteArray wrongCurrent("not my password");
        QByteArray next("lucia chose this one");
        QVERIFY(!accounts.changeOwnPassword(lucia->session, wrongCurrent, next, &error));
        QVERIFY2(error.contains(u"current password"_s), qPrintable(error));
        QByteArray current("a brand new password");
        next = "lucia chose this one";
        QVERIFY2(accounts.changeOwnPassword(lucia->session, current, next, &error), qPrintable(error));
        QVERIFY(signIn(u"lucia"_s, "lucia chose this one"));
        QCOMPARE(audited(u"change-password"_s), 1);
        QCOMPARE(audited(u"change-password-refused"_s), 1);

        // The front desk may do none of the office manager's part (each refusal audited).
        const int deniedBefore = audited(u"denied"_s);
        QVERIFY(!accounts.accounts(lucia->session, &error));
        QVERIFY(!accounts.setDisabled(lucia->session, u"maria"_s, true, &error));
        QByteArray sneaky("sneaky password!");
        QVERIFY(!accounts.resetPassword(lucia->session, u"maria"_s, sneaky, &error));
        QCOMPARE(audited(u"denied"_s), deniedBefore + 3);
    }
};

QTEST_GUILESS_MAIN(TestUserAccounts)
#include "tst_useraccounts.moc"
