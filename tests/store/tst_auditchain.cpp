#include "store/auditlog.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

// The audit trail's hash chain on a real SQLCipher cache: intact as written; a record
// changed, removed or moved is named by verify, whatever an intruder with the key does.
class TestAuditChain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_caches = 0;

    std::unique_ptr<store::Cache> cacheWithRecords(int count, store::MemoryCacheKeyStore &keys)
    {
        auto cache = store::Cache::open(m_dir.filePath(QString::number(++m_caches)), keys,
                                        store::Cache::OpenMode::CreateIfMissing)
                             .cache;
        if (!cache)
            return nullptr;
        QSqlDatabase &db = cache->database();
        db.transaction();
        store::AuditLog log(db);
        for (int i = 0; i < count; ++i) {
            store::AuditRecord r;
            r.atUtc = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).addSecs(i * 60);
            r.userId = i % 2 ? u"frontdesk"_s : u"dr-chen"_s;
            r.sessionId = u"s1"_s;
            r.workstation = u"desk-1"_s;
            r.patientId = u"p%1"_s.arg(i % 5);
            r.recordType = u"appointment"_s;
            r.recordId = u"a%1"_s.arg(i);
            r.action = u"book"_s;
            r.correlationId = u"c%1"_s.arg(i);
            QSqlError error;
            if (!log.append(r, &error))
                return nullptr;
        }
        db.commit();
        return cache;
    }

    static void exec(store::Cache &cache, const QString &sql)
    {
        QSqlQuery q(cache.database());
        QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
    }

private Q_SLOTS:
    void intactAsWritten()
    {
        store::MemoryCacheKeyStore keys;
        auto cache = cacheWithRecords(40, keys);
        QVERIFY(cache);
        const AuditVerification v = store::AuditLog(cache->database()).verify(nullptr);
        QVERIFY(v.intact);
        QCOMPARE(v.checked, 40);
        // The triggers refuse changes and deletions outright.
        QSqlQuery q(cache->database());
        QVERIFY(!q.exec(u"UPDATE audit_log SET detail = 'x' WHERE seq = 3"_s));
        QVERIFY(!q.exec(u"DELETE FROM audit_log WHERE seq = 3"_s));
    }

    void aChangedRecordIsNamed()
    {
        store::MemoryCacheKeyStore keys;
        auto cache = cacheWithRecords(40, keys);
        QVERIFY(cache);
        exec(*cache, u"DROP TRIGGER audit_log_no_update"_s);
        exec(*cache, u"UPDATE audit_log SET record_id = 'a99' WHERE seq = 20"_s);
        const AuditVerification v = store::AuditLog(cache->database()).verify(nullptr);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 20);
        QVERIFY2(v.problem.contains(u"changed"_s), qPrintable(v.problem));
        QVERIFY(!v.firstBadAuditId.isEmpty());
    }

    // Read and hashed in batches by two threads: a change deep in a long trail is still the
    // first one named, with the count up to it.
    void aChangeAcrossBatchesIsNamed()
    {
        store::MemoryCacheKeyStore keys;
        auto cache = cacheWithRecords(10000, keys);
        QVERIFY(cache);
        QVERIFY(store::AuditLog(cache->database()).verify(nullptr).intact);
        QCOMPARE(store::AuditLog(cache->database()).verify(nullptr).checked, 10000);
        exec(*cache, u"DROP TRIGGER audit_log_no_update"_s);
        exec(*cache, u"UPDATE audit_log SET detail = 'changed' WHERE seq IN (9000, 9500)"_s);
        const AuditVerification v = store::AuditLog(cache->database()).verify(nullptr);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 9000);
        QCOMPARE(v.checked, 9000);
        QVERIFY(!v.firstBadAuditId.isEmpty());
    }

    void aRemovedRecordIsNamed()
    {
        store::MemoryCacheKeyStore keys;
        auto cache = cacheWithRecords(40, keys);
        QVERIFY(cache);
        exec(*cache, u"DROP TRIGGER audit_log_no_delete"_s);
        exec(*cache, u"DELETE FROM audit_log WHERE seq = 30"_s);
        const AuditVerification v = store::AuditLog(cache->database()).verify(nullptr);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 31);
        QVERIFY2(v.problem.contains(u"removed"_s), qPrintable(v.problem));
    }

    void aReorderedRecordIsNamed()
    {
        store::MemoryCacheKeyStore keys;
        auto cache = cacheWithRecords(40, keys);
        QVERIFY(cache);
        // Records 10 and 11 swap places, each keeping its own (valid) hashes.
        exec(*cache, u"DROP TRIGGER audit_log_no_update"_s);
        exec(*cache, u"UPDATE audit_log SET seq = -10 WHERE seq = 10"_s);
        exec(*cache, u"UPDATE audit_log SET seq = 10 WHERE seq = 11"_s);
        exec(*cache, u"UPDATE audit_log SET seq = 11 WHERE seq = -10"_s);
        const AuditVerification v = store::AuditLog(cache->database()).verify(nullptr);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 10);
        QVERIFY2(v.problem.contains(u"reordered"_s), qPrintable(v.problem));
    }

    void aPatientsRecordsByTime()
    {
        store::MemoryCacheKeyStore keys;
        auto cache = cacheWithRecords(40, keys);
        QVERIFY(cache);
        store::AuditLog log(cache->database());
        const QList<store::AuditEntry> all = log.forPatient(u"p2"_s, {}, {}, nullptr);
        QCOMPARE(all.size(), 8);
        for (const store::AuditEntry &e : all)
            QCOMPARE(e.record.patientId, u"p2"_s);
        const QDateTime from(QDate(2026, 11, 23), QTime(9, 10), Qt::UTC);
        const QDateTime to(QDate(2026, 11, 23), QTime(9, 20), Qt::UTC);
        const QList<store::AuditEntry> some = log.forPatient(u"p2"_s, from, to, nullptr);
        QCOMPARE(some.size(), 2); // records 12 and 17 (09:12, 09:17)
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
