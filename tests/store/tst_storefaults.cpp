#include "testsupport.h"

#include "domain/clock.h"
#include "services/practiceimportservice.h"
#include "services/useraccounts.h"
#include "store/cache.h"
#include "store/cachecheck.h"
#include "store/cachekeystore.h"
#include "store/cachemaintenance.h"
#include "services/bookingservice.h"
#include "store/storefailure.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace chairside;
using store::Cache;
using store::CacheError;
using store::StoreFault;

// Faults a practice's PC really has, on real files: a disk that fills up (a tmpfs of a few
// megabytes the test mounts and removes), a keychain that is locked or not running (a private
// D-Bus session with its own gnome-keyring, driven through the real chairside-cli). Each is
// told for what it is and never advised away with a healthy cache.
class TestStoreFaults : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC)};
    UserSession m_session{u"test-user"_s, u"test-session"_s, u"test-host"_s};
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;

    static QSqlError sqlError(int code, int systemErrno, const QString &words)
    {
        const QString driver = systemErrno ? u"Unable to fetch row [errno %1]"_s.arg(systemErrno)
                                           : u"Unable to fetch row"_s;
        return QSqlError(driver, words, QSqlError::StatementError, QString::number(code));
    }

    // Fills the test filesystem to the last byte; returns the filler to remove.
    QString fillDisk()
    {
        const QString filler = m_mountPoint.filePath(u"filler"_s);
        QFile f(filler);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
            return {};
        const QByteArray block(4096, 'x');
        while (f.write(block) == block.size() && f.flush()) {}
        const QByteArray byte(1, 'x');
        while (f.write(byte) == 1 && f.flush()) {}
        f.close();
        return filler;
    }

    // The Chairside entries in the session's keychain (QtKeychain files them under the
    // attribute server = the service name).
    static int chairsideKeyCount()
    {
        QProcess p;
        p.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"Chairside"_s});
        p.waitForFinished(20000);
        const QString all = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return int(all.count(u"[/org/freedesktop/secrets/"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
        QVERIFY(m_mountPoint.isValid());
    }

    void cleanup()
    {
        if (m_mounted) {
            QFile::remove(m_mountPoint.filePath(u"filler"_s));
            ::umount(QFile::encodeName(m_mountPoint.path()).constData());
            m_mounted = false;
        }
    }

    // One place tells the cause from SQLite's extended code, the errno and the free space.
    void classifiesFromTheRealCause()
    {
        const QString file = QDir::temp().filePath(u"chairside-x.cache"_s);
        struct Case
        {
            QSqlError error;
            StoreFault fault;
        };
        const Case cases[] = {
                {sqlError(13, 0, u"database or disk is full"_s), StoreFault::DiskFull},
                {sqlError(778, ENOSPC, u"disk I/O error"_s), StoreFault::DiskFull},   // IOERR_WRITE
                {sqlError(4874, ENOSPC, u"disk I/O error"_s), StoreFault::DiskFull},  // IOERR_SHMSIZE
                {sqlError(1290, EDQUOT, u"disk I/O error"_s), StoreFault::DiskFull},  // IOERR_FSYNC, quota
                {sqlError(266, EIO, u"disk I/O error"_s), StoreFault::Io},             // IOERR_READ
                {sqlError(11, 0, u"database disk image is malformed"_s), StoreFault::Damaged},
                {sqlError(26, 0, u"file is not a database"_s), StoreFault::Damaged},
                {sqlError(8, EROFS, u"attempt to write a readonly database"_s), StoreFault::ReadOnly},
                {sqlError(14, EACCES, u"unable to open database file"_s), StoreFault::ReadOnly},
                {sqlError(5, 0, u"database is locked"_s), StoreFault::Busy},
        };
        for (const Case &c : cases) {
            const store::StoreFailure f = store::classifyFailure(c.error, file);
            QCOMPARE(int(f.fault), int(c.fault));
            const QString text = store::describeStoreFailure(f, file);
            QVERIFY2(text.contains(u"nothing was saved"_s), qPrintable(text));
            if (c.fault == StoreFault::DiskFull) {
                QVERIFY2(text.contains(u"full"_s) && !text.contains(u"damaged"_s) && !text.contains(u"backup"_s),
                         qPrintable(text));
            }
            if (c.fault == StoreFault::Damaged)
                QVERIFY2(text.contains(u"damaged"_s) && !text.contains(u"full"_s), qPrintable(text));
        }
    }

    // A cache on a disk that fills up: it still opens and reads, every write (a booking, a
    // sign-in's audit record) says the disk is full and saves nothing, and once space is freed
    // everything is there and writes work again. A new cache on the full disk says so, creates
    // nothing and leaves no key behind.
    void fullDiskIsAFullDisk()
    {
        const QByteArray mountPoint = QFile::encodeName(m_mountPoint.path());
        if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=4m,mode=0700") != 0)
            QSKIP(qPrintable(u"this machine does not let the test mount a small tmpfs (%1); run the suite as root"_s
                                     .arg(QString::fromLocal8Bit(std::strerror(errno)))));
        m_mounted = true;
        const QString dir = m_mountPoint.filePath(u"cache"_s);
        qint64 appointments = 0;
        QString file;
        {
            auto opened = Cache::open(dir, m_keys, Cache::OpenMode::CreateIfMissing);
            QVERIFY2(opened.cache, qPrintable(opened.error.message));
            file = opened.cache->filePath();
            PracticeImportService importer(*opened.cache, m_clock);
            QVERIFY(importer.importDemo(m_session).ok());
            UserAccounts accounts(*opened.cache, m_clock);
            QString error;
            QVERIFY2(accounts.createDemoAccounts(u"ws"_s, &error), qPrintable(error));
            QSqlQuery q(opened.cache->database());
            QVERIFY(q.exec(u"SELECT count(*) FROM appointments"_s) && q.next());
            appointments = q.value(0).toLongLong();
        }
        const QByteArray before = test::sha256OfFile(file);
        const int keysBefore = chairsideKeyCount();
        const QString filler = fillDisk();
        QVERIFY(!filler.isEmpty());
        QCOMPARE(QStorageInfo(m_mountPoint.path()).bytesAvailable(), 0);

        {
            auto opened = Cache::open(dir, m_keys, Cache::OpenMode::OpenExisting);
            QVERIFY2(opened.cache, qPrintable(opened.error.message));
            QVERIFY(opened.cache->openedOnFullDisk());
            QVERIFY2(opened.notice.contains(u"full"_s), qPrintable(opened.notice));
            QSqlQuery q(opened.cache->database());
            QVERIFY2(q.exec(u"SELECT count(*) FROM appointments"_s) && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toLongLong(), appointments);

            UserAccounts accounts(*opened.cache, m_clock);
            QString error;
            QByteArray password = "chairside-demo";
            QVERIFY(!accounts.signIn(u"frontdesk"_s, password, u"ws"_s, &error));
            QVERIFY2(error.contains(u"full"_s) && !error.contains(u"damaged"_s) && !error.contains(u"rollback"_s),
                     qPrintable(error));

            const QString failure = opened.cache->describeFailure(
                    QSqlError(u"x [errno 28]"_s, u"disk I/O error"_s, QSqlError::StatementError, u"778"_s));
            QVERIFY2(failure.contains(u"is full"_s), qPrintable(failure));
        }

        // A new cache on the full disk: said so, nothing created, no key left behind.
        const QString second = m_mountPoint.filePath(u"second"_s);
        QDir().mkpath(second);
        {
            auto opened = Cache::open(second, m_keys, Cache::OpenMode::CreateIfMissing);
            QVERIFY(!opened.cache);
            QCOMPARE(int(opened.error.kind), int(CacheError::Kind::DiskFull));
            QVERIFY2(opened.error.message.contains(u"full"_s) && !opened.error.message.contains(u"left exactly"_s),
                     qPrintable(opened.error.message));
            QCOMPARE(Cache::findCacheFile(second), QString());
            QCOMPARE(chairsideKeyCount(), keysBefore);
        }
        // A few kilobytes free: the key is made, the file cannot be: both go.
        QFile::resize(filler, QFileInfo(filler).size() - 48 * 1024);
        {
            auto opened = Cache::open(second, m_keys, Cache::OpenMode::CreateIfMissing);
            QVERIFY(!opened.cache);
            QVERIFY2(opened.error.message.contains(u"full"_s) && !opened.error.message.contains(u"left exactly"_s),
                     qPrintable(opened.error.message));
            QCOMPARE(Cache::findCacheFile(second), QString());
            QCOMPARE(chairsideKeyCount(), keysBefore);
        }
        QCOMPARE(test::sha256OfFile(file), before);

        // Space again: everything is there and a sign-in is recorded.
        QVERIFY(QFile::remove(filler));
        auto opened = Cache::open(dir, m_keys, Cache::OpenMode::OpenExisting);
        QVERIFY2(opened.cache, qPrintable(opened.error.message));
        QVERIFY(!opened.cache->openedOnFullDisk());
        QVERIFY(opened.notice.isEmpty());
        UserAccounts accounts(*opened.cache, m_clock);
        QString error;
        QByteArray password = "chairside-demo";
        QVERIFY2(accounts.signIn(u"frontdesk"_s, password, u"ws"_s, &error), qPrintable(error));
        QSqlQuery q(opened.cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM appointments"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), appointments);
    }

    // Damage is found before it spreads: bytes flipped in a page in use are named by `check`
    // (and `audit verify`), a booking meeting them is refused as damage and the cache stops
    // writing; bytes flipped in a free page lose nothing and a backup still succeeds; a backup
    // of the damaged cache says damaged, not full; the earlier backup brings everything back.
    void damageIsFoundBeforeItSpreads()
    {
        QTemporaryDir home;
        const QString dir = home.filePath(u"cache"_s);
        QString file;
        qint64 appointmentsRoot = 0;
        qint64 pages = 0;
        {
            auto opened = Cache::open(dir, m_keys, Cache::OpenMode::CreateIfMissing);
            QVERIFY2(opened.cache, qPrintable(opened.error.message));
            file = opened.cache->filePath();
            QVERIFY(PracticeImportService(*opened.cache, m_clock).importDemo(m_session).ok());
            QString error;
            QVERIFY2(UserAccounts(*opened.cache, m_clock).createDemoAccounts(u"ws"_s, &error), qPrintable(error));
            // Pages the file keeps free: a table filled and dropped.
            QSqlQuery q(opened.cache->database());
            QVERIFY(q.exec(u"CREATE TABLE filler (x BLOB)"_s));
            QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                           "INSERT INTO filler SELECT randomblob(3000) FROM n"_s));
            QVERIFY(q.exec(u"DROP TABLE filler"_s));
            QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'appointments'"_s) && q.next());
            appointmentsRoot = q.value(0).toLongLong();
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
            pages = q.value(0).toLongLong();
            const store::CacheHealth health = store::checkCache(*opened.cache);
            QVERIFY2(health.intact, qPrintable(store::describeHealth(health)));
            QVERIFY(health.freePages >= 200);
            // The page-by-page read knows the file's format: an intact file has no bad page.
            QVERIFY2(health.pageScanError.isEmpty(), qPrintable(health.pageScanError));
            QCOMPARE(health.damagedFreePages, 0);
        }
        auto flip = [&file](qint64 page) {
            QFile f(file);
            if (!f.open(QIODevice::ReadWrite))
                return false;
            const qint64 at = (page - 1) * 4096 + 300;
            f.seek(at);
            QByteArray bytes = f.read(16);
            for (char &b : bytes)
                b = char(~b);
            f.seek(at);
            return f.write(bytes) == 16;
        };

        // A free page: nothing is lost, the check says the cache is intact, a backup is written.
        QVERIFY(flip(pages - 1));
        const QString good = home.filePath(u"good.backup"_s);
        {
            auto opened = Cache::open(dir, m_keys, Cache::OpenMode::OpenExisting);
            QVERIFY2(opened.cache, qPrintable(opened.error.message));
            const store::CacheHealth health = store::checkCache(*opened.cache);
            QVERIFY2(health.intact, qPrintable(store::describeHealth(health)));
            QCOMPARE(health.damagedFreePages, 1);
            QVERIFY2(store::describeHealth(health).contains(u"not in use are damaged"_s)
                             && store::describeHealth(health).contains(u"nothing is lost"_s),
                     qPrintable(store::describeHealth(health)));
            QByteArray passphrase = "a long enough backup passphrase";
            QString error;
            QVERIFY2(store::writeBackup(*opened.cache, good, passphrase, m_clock.nowUtc(), &error), qPrintable(error));
        }

        // A page in use: found and named; a booking meeting it is refused as damage, and the
        // cache writes nothing more.
        QVERIFY(flip(appointmentsRoot));
        {
            auto opened = Cache::open(dir, m_keys, Cache::OpenMode::OpenExisting);
            QVERIFY2(opened.cache, qPrintable(opened.error.message));
            const store::CacheHealth health = store::checkCache(*opened.cache);
            QVERIFY(!health.intact);
            QCOMPARE(health.damagedTable, u"appointments"_s);
            const QString said = store::describeHealth(health);
            QVERIFY2(said.contains(u"DAMAGED"_s) && said.contains(u"appointments"_s) && said.contains(u"restore"_s),
                     qPrintable(said));
            // A backup meeting the damage says so, never that the disk is full.
            QByteArray passphrase = "a long enough backup passphrase";
            QString error;
            QVERIFY(!store::writeBackup(*opened.cache, home.filePath(u"bad.backup"_s), passphrase, m_clock.nowUtc(),
                                        &error));
            QVERIFY2(error.contains(u"damaged"_s) && !error.contains(u"full"_s), qPrintable(error));
            QVERIFY(!QFile::exists(home.filePath(u"bad.backup"_s)));
        }
        {
            auto opened = Cache::open(dir, m_keys, Cache::OpenMode::OpenExisting);
            QVERIFY2(opened.cache, qPrintable(opened.error.message));
            BookingService booking(*opened.cache, m_clock);
            BookRequest r;
            r.patientId = u"pt-0001"_s;
            r.typeId = u"exam"_s;
            r.providerId = u"dr-chen"_s;
            r.chairId = u"op3"_s;
            r.startUtc = QDateTime(QDate(2026, 12, 1), QTime(16, 0), Qt::UTC);
            const BookingOutcome refused = booking.book(r, m_session);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.message.contains(u"damaged"_s) && !refused.message.contains(u"full"_s),
                     qPrintable(refused.message));
            QVERIFY(opened.cache->isDamaged());
            // Nothing more is written, and the refusal says why.
            QSqlQuery q(opened.cache->database());
            QVERIFY(!q.exec(u"INSERT INTO meta (key, value) VALUES ('x', 'y')"_s));
            const QString again = opened.cache->describeFailure(q.lastError());
            QVERIFY2(again.contains(u"damaged"_s) && again.contains(u"reading only"_s), qPrintable(again));
            // A backup of it says damaged, never a full disk.
            QByteArray passphrase = "a long enough backup passphrase";
            QString error;
            QVERIFY(!store::writeBackup(*opened.cache, home.filePath(u"bad.backup"_s), passphrase, m_clock.nowUtc(),
                                        &error));
            QVERIFY2(error.contains(u"damaged"_s) && !error.contains(u"full"_s), qPrintable(error));
        }

        // The command line: `check` and `audit verify` exit 3 and name the table.
        const QString cli = qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s;
        for (const QStringList &command : {QStringList{u"check"_s}, QStringList{u"audit"_s, u"verify"_s}}) {
            QProcess p;
            p.start(cli, command + QStringList{u"--data-dir"_s, dir, u"--user"_s, u"manager"_s});
            p.write("chairside-demo\n");
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60000));
            const QString said = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            QCOMPARE(p.exitCode(), 3);
            QVERIFY2(said.contains(u"DAMAGED"_s) && said.contains(u"appointments"_s), qPrintable(said));
        }

        // The backup taken before brings it all back.
        QByteArray passphrase = "a long enough backup passphrase";
        const store::RestoreOutcome restored = store::restoreBackup(dir, m_keys, good, passphrase, true, m_clock.nowUtc());
        QVERIFY2(restored.restored, qPrintable(restored.error));
        auto opened = Cache::open(dir, m_keys, Cache::OpenMode::OpenExisting);
        QVERIFY2(opened.cache, qPrintable(opened.error.message));
        const store::CacheHealth health = store::checkCache(*opened.cache);
        QVERIFY2(health.intact, qPrintable(store::describeHealth(health)));
        QSqlQuery q(opened.cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM appointments"_s) && q.next());
        QVERIFY(q.value(0).toLongLong() > 100);
    }

    // A keychain that is locked, or no keychain service at all, is told for what it is, with
    // what to do; never as a missing key. Driven through the real chairside-cli in a private
    // D-Bus session with its own gnome-keyring.
    void lockedAndMissingKeychainsAreToldApart()
    {
        const QString cli = qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s;
        QVERIFY(QFile::exists(cli));
        QTemporaryDir home;
        const QString script = uR"SH(
set -u
export HOME="$1" XDG_RUNTIME_DIR="$1/run"; mkdir -p -m 700 "$XDG_RUNTIME_DIR"
eval "$(echo -n pw | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
"$2" init --data-dir "$1/c" >/dev/null 2>&1 || { echo "INIT FAILED"; exit 9; }
echo "== found"; "$2" audit verify --data-dir "$1/c" 2>&1 | head -c 600; echo
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
  org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
echo "== locked"; "$2" audit verify --data-dir "$1/c" 2>&1; echo "exit $?"
echo "== init locked"; "$2" init --data-dir "$1/d" 2>&1; echo "exit $?"
echo "== no service"; env -u DBUS_SESSION_BUS_ADDRESS "$2" audit verify --data-dir "$1/c" 2>&1; echo "exit $?"
)SH"_s;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(u"dbus-run-session"_s, {u"--"_s, u"bash"_s, u"-c"_s, script, u"keyring"_s, home.path(), cli});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(!out.contains(u"INIT FAILED"_s), qPrintable(out));
        auto section = [&out](const QString &name) {
            const qsizetype from = out.indexOf(u"== "_s + name + u'\n');
            const qsizetype to = out.indexOf(u"\n== "_s, from + 1);
            return out.mid(from, to < 0 ? -1 : to - from);
        };
        const QString locked = section(u"locked"_s);
        QVERIFY2(locked.contains(u"is locked"_s) && locked.contains(u"nlock"_s), qPrintable(out));
        QVERIFY2(!locked.contains(u"has no key"_s) && locked.contains(u"exit 4"_s), qPrintable(out));
        const QString initLocked = section(u"init locked"_s);
        QVERIFY2(initLocked.contains(u"is locked"_s) && initLocked.contains(u"No cache was created"_s), qPrintable(out));
        const QString none = section(u"no service"_s);
        QVERIFY2(none.contains(u"No keychain service"_s) && !none.contains(u"has no key"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
