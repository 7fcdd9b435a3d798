#include "testsupport.h"

#include "domain/clock.h"
#include "services/practiceimportservice.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/migrations.h"
#include "store/practicerepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;
using store::Cache;
using store::CacheError;

namespace {

const QByteArray kSmallPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Cache Test Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1", "equipment": ["standard"] } ],
  "providers": [ { "id": "p1", "name": "Dr. One", "role": "dentist", "maxDailyPatients": 10,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30 } ],
  "patients": [ { "id": "pt1", "name": "PATIENT_NAME", "phone": "PATIENT_PHONE", "email": "patient-email@example.org" } ],
  "appointments": [ { "id": "a1", "patientId": "pt1", "typeId": "exam", "providerId": "p1", "chairId": "c1",
                      "start": "2026-11-24T09:00", "status": "scheduled", "notes": "PATIENT_NOTE" } ]
})";

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC)};
    UserSession m_session{u"test-user"_s, u"test-session"_s, u"test-host"_s};

    // A cache holding the small practice, closed again; returns its file.
    QString makeCache(const QString &dir, const QByteArray &doc = kSmallPractice)
    {
        auto opened = Cache::open(dir, m_keys, Cache::OpenMode::CreateIfMissing);
        if (!opened.cache)
            return {};
        PracticeImportService importer(*opened.cache, m_clock);
        const auto outcome = importer.importDocument(doc, m_session);
        if (!outcome.ok())
            return {};
        return opened.cache->filePath();
    }

    void expectRefusedUntouched(const QString &dir, const QString &file, CacheError::Kind kind)
    {
        const QByteArray before = test::sha256OfFile(file);
        auto opened = Cache::open(dir, m_keys, Cache::OpenMode::CreateIfMissing);
        QVERIFY(!opened.cache);
        QCOMPARE(int(opened.error.kind), int(kind));
        QVERIFY2(opened.error.message.contains(u"left exactly as it was"_s), qPrintable(opened.error.message));
        QCOMPARE(test::sha256OfFile(file), before);
        QCOMPARE(Cache::findCacheFile(dir), file); // no second cache was created beside it
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
    }

    void createReopenAndRead()
    {
        QTemporaryDir dir;
        const QString file = makeCache(dir.path());
        QVERIFY(!file.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.read(16).startsWith("SQLite format 3"));

        auto opened = Cache::open(dir.path(), m_keys, Cache::OpenMode::OpenExisting);
        QVERIFY2(opened.cache, qPrintable(opened.error.message));
        QCOMPARE(opened.cache->schemaVersion(), store::currentSchemaVersion());
        store::AppointmentRepository appointments(opened.cache->database());
        const auto day = appointments.day(QDate(2026, 11, 24), QTimeZone("America/Chicago"));
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.constFirst().patientName, u"PATIENT_NAME"_s);
        QCOMPARE(day.constFirst().appointment.startUtc, QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC));
        QSqlQuery q(opened.cache->database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
    }

    void openExistingWithoutCacheSaysHowToCreateOne()
    {
        QTemporaryDir dir;
        auto opened = Cache::open(dir.path(), m_keys, Cache::OpenMode::OpenExisting);
        QVERIFY(!opened.cache);
        QCOMPARE(int(opened.error.kind), int(CacheError::Kind::NotFound));
        QVERIFY(opened.error.message.contains(u"chairside-cli init"_s));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void wrongKeyIsRefused()
    {
        QTemporaryDir dir;
        const QString file = makeCache(dir.path());
        QVERIFY(!file.isEmpty());
        QByteArray other(32, Qt::Uninitialized);
        for (char &c : other)
            c = char(QRandomGenerator::global()->bounded(256));
        QCOMPARE(m_keys.writeKey(Cache::cacheIdFromFile(file), other, nullptr), store::CacheKeyStore::Status::Ok);
        expectRefusedUntouched(dir.path(), file, CacheError::Kind::WrongKey);
    }

    void missingKeyIsRefused()
    {
        QTemporaryDir dir;
        const QString file = makeCache(dir.path());
        QVERIFY(!file.isEmpty());
        QCOMPARE(m_keys.deleteKey(Cache::cacheIdFromFile(file), nullptr), store::CacheKeyStore::Status::Ok);
        expectRefusedUntouched(dir.path(), file, CacheError::Kind::KeyMissing);
    }

    void truncatedFileIsRefused()
    {
        QTemporaryDir dir;
        const QString file = makeCache(dir.path());
        QVERIFY(!file.isEmpty());
        QFile f(file);
        QVERIFY(f.resize(f.size() / 2 + 100));
        expectRefusedUntouched(dir.path(), file, CacheError::Kind::Corrupt);
    }

    void damagedFileIsRefused()
    {
        QTemporaryDir dir;
        const QString file = makeCache(dir.path());
        QVERIFY(!file.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray garbage(int(f.size()), 'x');
        f.write(garbage);
        f.close();
        expectRefusedUntouched(dir.path(), file, CacheError::Kind::WrongKey);
    }

    void emptyFileIsRefused()
    {
        QTemporaryDir dir;
        const QString file = makeCache(dir.path());
        QVERIFY(!file.isEmpty());
        QFile f(file);
        QVERIFY(f.resize(0));
        expectRefusedUntouched(dir.path(), file, CacheError::Kind::Corrupt);
    }

    void plaintextFileIsRefused()
    {
        QTemporaryDir dir;
        const QString file = makeCache(dir.path());
        QVERIFY(!file.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        f.close();
        expectRefusedUntouched(dir.path(), file, CacheError::Kind::NotEncrypted);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        QString file;
        {
            auto opened = Cache::open(dir.path(), m_keys, Cache::OpenMode::CreateIfMissing);
            QVERIFY(opened.cache);
            file = opened.cache->filePath();
            QSqlQuery q(opened.cache->database());
            QVERIFY(q.exec(u"INSERT INTO schema_version VALUES (99, 0, 'from the future')"_s));
        }
        expectRefusedUntouched(dir.path(), file, CacheError::Kind::NewerSchema);
    }

    void migrationUpgradesToALaterSchema()
    {
        QTemporaryDir dir;
        QString file;
        {
            auto opened = Cache::open(dir.path(), m_keys, Cache::OpenMode::CreateIfMissing);
            QVERIFY(opened.cache);
            file = opened.cache->filePath();
            PracticeImportService importer(*opened.cache, m_clock);
            QVERIFY(importer.importDocument(kSmallPractice, m_session).ok());
            QSqlDatabase &db = opened.cache->database();
            store::Migrator current(store::cacheMigrations());
            const int base = store::currentSchemaVersion();
            QCOMPARE(current.installedVersion(db, nullptr), base);

            // A later schema: a new column filled from existing data, then a new table.
            QList<store::Migration> withV2 = store::cacheMigrations();
            withV2.append({base + 1, u"Add chair colour"_s,
                           {u"ALTER TABLE chairs ADD COLUMN colour TEXT NOT NULL DEFAULT ''"_s,
                            u"UPDATE chairs SET colour = '#' || substr(id, 1, 2)"_s,
                            u"CREATE TABLE recall_rules (type_id TEXT PRIMARY KEY)"_s}});
            // A broken step must leave the file at its version with none of its statements applied.
            QList<store::Migration> broken = store::cacheMigrations();
            broken.append({base + 1, u"Broken"_s,
                           {u"CREATE TABLE half_done (x INTEGER)"_s, u"ALTER TABLE no_such_table ADD COLUMN y"_s}});
            QString error;
            QVERIFY(!store::Migrator(broken).migrate(db, QDateTime::currentDateTimeUtc(), &error));
            QVERIFY(error.contains(u"no_such_table"_s));
            QCOMPARE(current.installedVersion(db, nullptr), base);
            QVERIFY(!db.tables().contains(u"half_done"_s));

            store::Migrator upgrade(withV2);
            QVERIFY2(upgrade.migrate(db, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
            QCOMPARE(upgrade.installedVersion(db, nullptr), base + 1);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT colour FROM chairs WHERE id = 'c1'"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"#c1"_s);
            QVERIFY(db.tables().contains(u"recall_rules"_s));
            QCOMPARE(store::AppointmentRepository(db).count(), 1);
        }
        // This build does not know the added step, so the upgraded file now reads as newer.
        expectRefusedUntouched(dir.path(), file, CacheError::Kind::NewerSchema);
    }

    void patientDetailsNeverReachTheDisk()
    {
        QTemporaryDir dir;
        const QString unique = u"Zephyrine Quillfeather-%1"_s.arg(QRandomGenerator::global()->generate());
        const QString phone = u"+1-555-%1"_s.arg(QRandomGenerator::global()->bounded(1000000, 9999999));
        const QString email = u"zq%1@example.org"_s.arg(QRandomGenerator::global()->generate());
        QByteArray doc = kSmallPractice;
        doc.replace("PATIENT_NAME", unique.toUtf8())
                .replace("PATIENT_PHONE", phone.toUtf8())
                .replace("patient-email@example.org", email.toUtf8());
        {
            auto opened = Cache::open(dir.path(), m_keys, Cache::OpenMode::CreateIfMissing);
            QVERIFY(opened.cache);
            PracticeImportService importer(*opened.cache, m_clock);
            QVERIFY(importer.importDocument(doc, m_session).ok());
            // Read it back while the WAL still holds the pages, and scan with the file open.
            store::AppointmentRepository appointments(opened.cache->database());
            QCOMPARE(appointments.day(QDate(2026, 11, 24), QTimeZone("America/Chicago")).constFirst().patientName, unique);
            const QByteArray whileOpen = test::allBytesUnder(dir.path());
            QVERIFY(!whileOpen.contains(unique.toUtf8()));
        }
        const QByteArray bytes = test::allBytesUnder(dir.path());
        QVERIFY(bytes.size() > 4096);
        for (const QString &needle : {unique, phone, email, u"PATIENT_NOTE"_s, u"Quillfeather"_s}) {
            QVERIFY2(!bytes.contains(needle.toUtf8()), qPrintable(needle));
            const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(needle));
        }
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
