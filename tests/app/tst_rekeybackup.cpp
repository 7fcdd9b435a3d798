#include "testsupport.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/sqlcipherdriver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace chairside;

// Key rotation and backups through the real chairside-cli, the real keychain and real
// SQLCipher files: rekey killed after each of its steps still leaves a cache that opens,
// and a backup goes out and comes back (and refuses what it must).
class TestRekeyBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        bool crashed = false;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args, const QByteArray &input, const QByteArray &crashAt = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!crashAt.isEmpty())
            env.insert(u"CHAIRSIDE_CRASH_AT"_s, QString::fromLatin1(crashAt));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString cacheIdIn(const QString &dir)
    {
        return store::Cache::cacheIdFromFile(store::Cache::findCacheFile(dir));
    }

    // Whether `key` opens the cache file in `dir` (a raw SQLCipher connection, no recovery).
    static bool keyOpens(const QString &dir, const QByteArray &key)
    {
        const QString name = u"probe-"_s + QUuid::createUuid().toString();
        bool ok = false;
        {
            store::registerSqlCipherDriver();
            auto *driver = new store::SqlCipherDriver;
            driver->setRawKey(key);
            QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
            db.setDatabaseName(store::Cache::findCacheFile(dir));
            db.setConnectOptions(u"CHAIRSIDE_OPEN_EXISTING;CHAIRSIDE_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(u"PRAGMA cipher_page_size = 4096"_s) && q.exec(u"SELECT count(*) FROM appointments"_s)
                        && q.next();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    static qint64 appointments(const QString &dir)
    {
        store::KeychainCacheKeyStore keys;
        auto opened = store::Cache::open(dir, keys, store::Cache::OpenMode::OpenExisting);
        if (!opened.cache)
            return -1;
        QSqlQuery q(opened.cache->database());
        return q.exec(u"SELECT count(*) FROM appointments WHERE status != 'cancelled'"_s) && q.next()
                ? q.value(0).toLongLong()
                : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
    }

    void rekeyKilledAtEachStep_data()
    {
        QTest::addColumn<int>("step");
        for (int step = 0; step <= 5; ++step)
            QTest::addRow("%s", step == 0 ? "not killed" : qPrintable(u"killed after step %1"_s.arg(step))) << step;
    }

    void rekeyKilledAtEachStep()
    {
        QFETCH(int, step);
        const QString dir = m_dir.filePath(u"rekey-%1"_s.arg(step));
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}, {}).code, 0);
        const QString id = cacheIdIn(dir);
        store::KeychainCacheKeyStore keys;
        const QByteArray oldKey = keys.readKey(id).key;
        QCOMPARE(oldKey.size(), 32);
        const qint64 before = appointments(dir);
        QVERIFY(before > 0);

        const Run r = cli({u"rekey"_s, u"--data-dir"_s, dir, u"--user"_s, u"manager"_s}, "chairside-demo\n",
                          step == 0 ? QByteArray() : "rekey:" + QByteArray::number(step));
        if (step == 0) {
            QCOMPARE(r.code, 0);
        } else {
            QVERIFY2(r.crashed, qPrintable(r.out + r.err));
        }
        // Whatever the moment, the cache opens and holds everything.
        const Run verify = cli({u"audit"_s, u"verify"_s, u"--data-dir"_s, dir, u"--user"_s, u"manager"_s},
                               "chairside-demo\n");
        QCOMPARE(verify.code, 0);
        QCOMPARE(appointments(dir), before);
        QCOMPARE(cacheIdIn(dir), id);
        QVERIFY(!QFile::exists(store::Cache::findCacheFile(dir) + u".rekey"_s));
        const QByteArray nowKey = keys.readKey(id).key;
        QVERIFY(keyOpens(dir, nowKey));
        // Once the new file is in place (step 3 on), the old key opens nothing.
        QCOMPARE(keyOpens(dir, oldKey), step >= 1 && step <= 2);
        QCOMPARE(nowKey == oldKey, step >= 1 && step <= 2);
        // A finished rekey leaves no pending key. (One stopped after step 1 or 4 may leave one
        // that opens nothing new: the next rekey overwrites it.)
        if (step == 0 || step == 3 || step == 5)
            QCOMPARE(keys.readKey(store::Cache::pendingKeyId(id)).status, store::CacheKeyStore::Status::NotFound);
        // And a rekey after the interrupted one goes through.
        QCOMPARE(cli({u"rekey"_s, u"--data-dir"_s, dir, u"--user"_s, u"manager"_s}, "chairside-demo\n").code, 0);
        QVERIFY(!keyOpens(dir, nowKey));
        QCOMPARE(appointments(dir), before);
    }

    void rekeyNeedsTheManagerAndAClosedCache()
    {
        const QString dir = m_dir.filePath(u"rekey-roles"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}, {}).code, 0);
        QCOMPARE(cli({u"rekey"_s, u"--data-dir"_s, dir, u"--user"_s, u"frontdesk"_s}, "chairside-demo\n").code, 6);
        store::KeychainCacheKeyStore keys;
        auto open = store::Cache::open(dir, keys, store::Cache::OpenMode::OpenExisting);
        QVERIFY(open.cache);
        const Run busy = cli({u"rekey"_s, u"--data-dir"_s, dir, u"--user"_s, u"manager"_s}, "chairside-demo\n");
        QCOMPARE(busy.code, 4);
        QVERIFY2(busy.err.contains(u"open in another Chairside window"_s), qPrintable(busy.err));
    }

    // On a shared PC the cache, its WAL and a backup are the account's own (0600, the folder
    // 0700) even when the session's umask would let others read them; a folder found open
    // is made private, and staff are told once.
    void filesArePrivateWhateverTheUmask()
    {
        const mode_t before = ::umask(022); // the programs inherit the desktop's usual umask
        auto restore = qScopeGuard([before] { ::umask(before); });
        const QString dir = m_dir.filePath(u"private"_s);
        const QString file = m_dir.filePath(u"private.chairside-backup"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}, {}).code, 0);
        Run r = cli({u"backup"_s, u"--data-dir"_s, dir, u"--out"_s, file, u"--user"_s, u"manager"_s},
                    "chairside-demo\na long passphrase of words\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto others = [](const QString &path) {
            struct stat st{};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 077) : -1;
        };
        QCOMPARE(others(dir), 0);
        QCOMPARE(others(file), 0);
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo &f : files)
            QVERIFY2(others(f.filePath()) == 0, qPrintable(f.fileName()));

        // Opened up by someone: the next command closes it again and says so, once.
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(files.constFirst().filePath()).constData(), 0644) == 0);
        const QString date = test::officeToday().toString(Qt::ISODate);
        r = cli({u"day"_s, u"--data-dir"_s, dir, u"--date"_s, date, u"--user"_s, u"frontdesk"_s}, "chairside-demo\n");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"now private"_s), qPrintable(r.err));
        QCOMPARE(others(dir), 0);
        QCOMPARE(others(files.constFirst().filePath()), 0);
        r = cli({u"day"_s, u"--data-dir"_s, dir, u"--date"_s, date, u"--user"_s, u"frontdesk"_s}, "chairside-demo\n");
        QVERIFY(!r.err.contains(u"now private"_s));
    }

    void backupAndRestore()
    {
        const QString dir = m_dir.filePath(u"backup"_s);
        const QString file = m_dir.filePath(u"practice.chairside-backup"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}, {}).code, 0);
        const QStringList backupArgs{u"backup"_s, u"--data-dir"_s, dir, u"--out"_s, file, u"--user"_s, u"manager"_s};

        Run r = cli(backupArgs, "chairside-demo\nshort\n");
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(file));
        r = cli(backupArgs, "chairside-demo\n14 characters!\n"); // one short of the floor
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"at least 15 characters"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(cli({u"backup"_s, u"--data-dir"_s, dir, u"--out"_s, file, u"--user"_s, u"frontdesk"_s},
                     "chairside-demo\na long passphrase\n")
                         .code,
                 6);
        r = cli(backupArgs, "chairside-demo\na long passphrase\n");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Backup written"_s), qPrintable(r.out));
        // Encrypted: nothing of a patient's name in the file.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        raw.close();
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains("chairside-demo"));
        const qint64 before = appointments(dir);

        // A change after the backup: the cache in place is newer and is not replaced...
        // A visit still to come in the next working days (the demo closes at weekends and on a holiday).
        QString id;
        for (QDate d = test::workdayAhead(1); id.isEmpty() && d <= test::officeToday().addDays(10); d = d.addDays(1)) {
            r = cli({u"day"_s, u"--data-dir"_s, dir, u"--date"_s, d.toString(Qt::ISODate), u"--json"_s, u"--user"_s,
                     u"frontdesk"_s},
                    "chairside-demo\n");
            QCOMPARE(r.code, 0);
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
                const QString status = v.toObject().value(u"status"_s).toString();
                if (id.isEmpty() && (status == u"scheduled" || status == u"confirmed"))
                    id = v.toObject().value(u"id"_s).toString();
            }
        }
        QVERIFY2(!id.isEmpty(), "the demo has no visit to come in the next working days");
        QCOMPARE(cli({u"cancel"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--reason"_s, u"patient"_s, u"--user"_s,
                      u"frontdesk"_s},
                     "chairside-demo\n")
                         .code,
                 0);
        QCOMPARE(appointments(dir), before - 1);
        const QStringList restoreArgs{u"restore"_s, u"--data-dir"_s, dir, u"--from"_s, file, u"--user"_s, u"manager"_s};
        r = cli(restoreArgs, "chairside-demo\na long passphrase\n");
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"changed after this backup"_s), qPrintable(r.err));
        QCOMPARE(appointments(dir), before - 1);

        // ...a wrong passphrase or a damaged file changes nothing...
        r = cli(QStringList(restoreArgs) << u"--force"_s, "chairside-demo\nnot the passphrase\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"passphrase does not open"_s), qPrintable(r.err));
        const QString damaged = m_dir.filePath(u"damaged.chairside-backup"_s);
        QByteArray flipped = bytes;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(flipped);
        out.close();
        r = cli({u"restore"_s, u"--data-dir"_s, dir, u"--from"_s, damaged, u"--user"_s, u"manager"_s, u"--force"_s},
                "chairside-demo\na long passphrase\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
        QCOMPARE(appointments(dir), before - 1);

        // ...and --force puts the backup in place, keeping the replaced cache beside it.
        r = cli(QStringList(restoreArgs) << u"--force"_s, "chairside-demo\na long passphrase\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(appointments(dir), before);
        QCOMPARE(QDir(dir).entryList({u"*.replaced-*"_s}, QDir::Files).size(), 1);
        QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--data-dir"_s, dir, u"--user"_s, u"manager"_s}, "chairside-demo\n").code,
                 0);

        // Into an empty folder: a working cache with the backup's accounts.
        const QString fresh = m_dir.filePath(u"fresh"_s);
        r = cli({u"restore"_s, u"--data-dir"_s, fresh, u"--from"_s, file}, "a long passphrase\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(appointments(fresh), before);
        QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--data-dir"_s, fresh, u"--user"_s, u"manager"_s}, "chairside-demo\n")
                         .code,
                 0);

        // A cache that opens is restored over by its office manager only, --force or not.
        r = cli({u"restore"_s, u"--data-dir"_s, fresh, u"--from"_s, file, u"--force"_s}, "a long passphrase\n");
        QCOMPARE(r.code, 7);
        r = cli({u"restore"_s, u"--data-dir"_s, fresh, u"--from"_s, file, u"--force"_s, u"--user"_s, u"frontdesk"_s},
                "chairside-demo\na long passphrase\n");
        QCOMPARE(r.code, 6);
        QCOMPARE(QDir(fresh).entryList({u"*.replaced-*"_s}, QDir::Files).size(), 0);

        // One that cannot be opened at all: without --force nothing is replaced and the way
        // on is named; with it, the backup's passphrase is the only proof, the unreadable file
        // is kept, and the restore is on the record as the computer's user, without sign-in.
        const QString cacheFile = store::Cache::findCacheFile(fresh);
        QVERIFY(!cacheFile.isEmpty());
        {
            QFile f(cacheFile);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.write(QByteArray(4096, '\x5a')) == 4096);
        }
        r = cli({u"restore"_s, u"--data-dir"_s, fresh, u"--from"_s, file}, "a long passphrase\n");
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(u"--force"_s), qPrintable(r.err));
        r = cli({u"restore"_s, u"--data-dir"_s, fresh, u"--from"_s, file, u"--force"_s}, "a long passphrase\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(QDir(fresh).entryList({u"*.replaced-*"_s}, QDir::Files).size(), 1);
        QCOMPARE(appointments(fresh), before);
        {
            store::KeychainCacheKeyStore keys;
            auto opened = store::Cache::open(fresh, keys, store::Cache::OpenMode::OpenExisting);
            QVERIFY(opened.cache);
            QSqlQuery q(opened.cache->database());
            QVERIFY(q.exec(u"SELECT user_id, detail FROM audit_log WHERE action = 'restore' ORDER BY seq DESC LIMIT 1"_s)
                    && q.next());
            QVERIFY2(q.value(0).toString().startsWith(u"os:"_s), qPrintable(q.value(0).toString()));
            QVERIFY2(q.value(1).toString().contains(u"without sign-in: the cache in place could not be opened"_s),
                     qPrintable(q.value(1).toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestRekeyBackup)
#include "tst_rekeybackup.moc"
