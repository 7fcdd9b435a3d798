#include "auditlog.h"

#include "sqlcipherdriver.h"
#include "sqlhelpers.h"

#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <charconv>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <cstring>
#include <vector>
#include <limits>

#include <openssl/evp.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace chairside::store {

AuditRecord AuditRecord::by(const UserSession &session, const QDateTime &atUtc, const QString &action,
                            const QString &recordType, const QString &recordId, const QString &patientId,
                            const QString &detail)
{
    AuditRecord r;
    r.atUtc = atUtc;
    r.userId = session.userId;
    r.sessionId = session.sessionId;
    r.workstation = session.workstation;
    r.patientId = patientId;
    r.recordType = recordType;
    r.recordId = recordId;
    r.action = action;
    r.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.detail = detail;
    return r;
}

QByteArray AuditLog::canonical(const QString &auditId, const AuditRecord &r)
{
    // Length-prefixed fields: no field's content can pass for a boundary.
    QByteArray out;
    const QStringList fields = {auditId,     QString::number(r.atUtc.toSecsSinceEpoch()),
                                r.userId,    r.sessionId,
                                r.workstation, r.patientId,
                                r.recordType, r.recordId,
                                r.action,    r.correlationId,
                                r.detail};
    for (const QString &f : fields) {
        const QByteArray utf8 = f.toUtf8();
        out += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    return out;
}

bool AuditLog::append(const AuditRecord &record, QSqlError *error)
{
    QSqlQuery last(m_db);
    if (!last.exec(u"SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s)) {
        if (error)
            *error = last.lastError();
        return false;
    }
    const QByteArray prevHash = last.next() ? last.value(0).toByteArray() : QByteArray(32, '\0');
    const QString auditId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray hash = QCryptographicHash::hash(QByteArray(prevHash + canonical(auditId, record)), QCryptographicHash::Sha256);

    QSqlQuery q(m_db);
    if (!prepareOrFail(q,
                       u"INSERT INTO audit_log (audit_id, at_utc, user_id, session_id, workstation, patient_id, "
                       "record_type, record_id, action, correlation_id, detail, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       error))
        return false;
    const QVariantList values = {auditId,
                                 record.atUtc.toSecsSinceEpoch(),
                                 record.userId,
                                 record.sessionId,
                                 record.workstation,
                                 nullIfEmpty(record.patientId),
                                 record.recordType,
                                 nullIfEmpty(record.recordId),
                                 record.action,
                                 nullIfEmpty(record.correlationId),
                                 record.detail,
                                 prevHash,
                                 hash};
    return execWith(q, values, error);
}

namespace {

// One record as read, waiting to be hashed: where its canonical bytes lie in the batch and
// the two hashes stored with it.
struct PendingRecord
{
    qint64 seq = 0;
    std::size_t offset = 0;
    std::size_t size = 0;
    bool prevOk = false; // a 32-byte prev_hash
    bool hashOk = false; // a 32-byte hash
    unsigned char prev[32];
    unsigned char hash[32];
};

struct RecordBatch
{
    std::vector<char> bytes;
    std::vector<PendingRecord> records;
};

// Hands full batches from the reading thread to the hashing one and empty ones back, a few
// at a time, so neither waits long and nothing is allocated per batch after the first few.
class BatchQueue
{
public:
    std::unique_ptr<RecordBatch> takeEmpty()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_empty.empty() || m_made < kInFlight || m_stopped; });
        if (m_stopped)
            return nullptr;
        if (m_empty.empty()) {
            ++m_made;
            auto batch = std::make_unique<RecordBatch>();
            batch->bytes.reserve(kBatchRecords * 320);
            batch->records.reserve(kBatchRecords);
            return batch;
        }
        auto batch = std::move(m_empty.back());
        m_empty.pop_back();
        return batch;
    }
    void putFull(std::unique_ptr<RecordBatch> batch)
    {
        {
            std::lock_guard lock(m_mutex);
            m_full.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
    // Null once the reader is done and every batch is taken (or the checker stopped).
    std::unique_ptr<RecordBatch> takeFull()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_full.empty() || m_finished || m_stopped; });
        if (m_full.empty() || m_stopped)
            return nullptr;
        auto batch = std::move(m_full.front());
        m_full.pop_front();
        return batch;
    }
    void putEmpty(std::unique_ptr<RecordBatch> batch)
    {
        batch->bytes.clear();
        batch->records.clear();
        {
            std::lock_guard lock(m_mutex);
            m_empty.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
    }
    [[nodiscard]] bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

    static constexpr std::size_t kBatchRecords = 4096;

private:
    static constexpr int kInFlight = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RecordBatch>> m_full;
    std::vector<std::unique_ptr<RecordBatch>> m_empty;
    int m_made = 0;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace

AuditVerification AuditLog::verify(QSqlError *error) const
{
    // A six-year trail is millions of rows. This thread reads them straight from SQLite (the
    // page decryption is most of the work) into reused batches of canonical bytes; a second
    // thread checks the chain and the SHA-256 of each record meanwhile, so on two cores the
    // hashing costs next to nothing. No allocation per row (no QVariant, no QString).
    AuditVerification v;
    qint64 badSeq = 0;
    QString badProblem;
    const auto *driver = qobject_cast<const SqlCipherDriver *>(m_db.driver());
    sqlite3 *db = driver ? driver->connection() : nullptr;
    if (!db) {
        v.intact = false;
        v.problem = u"the cache is not open"_s;
        return v;
    }
    sqlite3_stmt *rows = nullptr;
    const char *sql = "SELECT seq, audit_id, at_utc, user_id, session_id, workstation, patient_id, record_type, "
                      "record_id, action, correlation_id, detail, prev_hash, hash FROM audit_log ORDER BY seq";
    int rc = sqlite3_prepare_v2(db, sql, -1, &rows, nullptr);
    const auto finalize = qScopeGuard([&rows] { sqlite3_finalize(rows); });
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(db));
        if (error)
            *error = QSqlError(text, QString::number(rc), QSqlError::StatementError, QString::number(rc));
        v.intact = false;
        v.firstBadSeq = 1;
        v.problem = text;
        return v;
    }

    BatchQueue queue;
    qint64 checked = 0;
    // The checker: the chain in order, then each record's hash over the one before it.
    std::thread checker([&] {
        unsigned char previous[32] = {};
        qint64 previousSeq = 0;
        EVP_MD_CTX *hasher = EVP_MD_CTX_new();
        // Fetched once: EVP_sha256() in a per-record init would look the algorithm up (under
        // a lock) a million times.
        EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        const auto freeHasher = qScopeGuard([hasher, sha256] {
            EVP_MD_CTX_free(hasher);
            EVP_MD_free(sha256);
        });
        unsigned char digest[EVP_MAX_MD_SIZE];
        while (std::unique_ptr<RecordBatch> batch = queue.takeFull()) {
            for (const PendingRecord &r : batch->records) {
                ++checked;
                const bool chained = r.prevOk && std::memcmp(r.prev, previous, 32) == 0;
                if (!chained) {
                    badSeq = r.seq;
                    badProblem = r.seq != previousSeq + 1
                            ? u"record(s) before it were removed (sequence jumps from %1 to %2)"_s.arg(previousSeq).arg(r.seq)
                            : u"it is not chained to the record before it (removed or reordered)"_s;
                    queue.stop();
                    return;
                }
                unsigned int digestSize = 0;
                const bool hashed = sha256 && EVP_DigestInit_ex2(hasher, sha256, nullptr) == 1
                        && EVP_DigestUpdate(hasher, r.prev, 32) == 1
                        && EVP_DigestUpdate(hasher, batch->bytes.data() + r.offset, r.size) == 1
                        && EVP_DigestFinal_ex(hasher, digest, &digestSize) == 1;
                if (!hashed || !r.hashOk || digestSize != 32 || std::memcmp(digest, r.hash, 32) != 0) {
                    badSeq = r.seq;
                    badProblem = u"its content was changed after it was written"_s;
                    queue.stop();
                    return;
                }
                std::memcpy(previous, r.hash, 32);
                previousSeq = r.seq;
            }
            queue.putEmpty(std::move(batch));
        }
    });

    // The reader: each record's canonical bytes, "<length>:<utf8>;" per field, as canonical()
    // writes them.
    char number[24];
    std::unique_ptr<RecordBatch> batch;
    while ((rc = sqlite3_step(rows)) == SQLITE_ROW) {
        if (!batch && !(batch = queue.takeEmpty()))
            break; // the checker found a bad record
        std::vector<char> &bytes = batch->bytes;
        PendingRecord r;
        r.seq = sqlite3_column_int64(rows, 0);
        r.offset = bytes.size();
        auto field = [&](const char *utf8, int size) {
            const auto [end, ec] = std::to_chars(number, number + sizeof number, size);
            bytes.insert(bytes.end(), number, end);
            bytes.push_back(':');
            bytes.insert(bytes.end(), utf8, utf8 + size);
            bytes.push_back(';');
        };
        auto text = [&](int column) {
            const char *t = reinterpret_cast<const char *>(sqlite3_column_text(rows, column));
            field(t ? t : "", sqlite3_column_bytes(rows, column));
        };
        text(1);
        {
            char at[24];
            const auto [end, ec] = std::to_chars(at, at + sizeof at, sqlite3_column_int64(rows, 2));
            field(at, int(end - at));
        }
        for (int column = 3; column <= 11; ++column)
            text(column);
        r.size = bytes.size() - r.offset;
        const void *prevHash = sqlite3_column_blob(rows, 12);
        r.prevOk = sqlite3_column_bytes(rows, 12) == 32;
        if (r.prevOk)
            std::memcpy(r.prev, prevHash, 32);
        const void *hash = sqlite3_column_blob(rows, 13);
        r.hashOk = sqlite3_column_bytes(rows, 13) == 32;
        if (r.hashOk)
            std::memcpy(r.hash, hash, 32);
        batch->records.push_back(r);
        if (batch->records.size() == BatchQueue::kBatchRecords)
            queue.putFull(std::move(batch));
    }
    const int readRc = rc;
    const QString readError = rc == SQLITE_DONE || rc == SQLITE_ROW ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    if (batch && !batch->records.empty())
        queue.putFull(std::move(batch));
    queue.finish();
    checker.join();

    v.checked = checked;
    if (badSeq != 0) {
        v.intact = false;
        v.checked = checked;
        v.firstBadSeq = badSeq;
        v.problem = badProblem;
        QSqlQuery id(m_db);
        id.prepare(u"SELECT audit_id FROM audit_log WHERE seq = ?"_s);
        id.addBindValue(badSeq);
        if (id.exec() && id.next())
            v.firstBadAuditId = id.value(0).toString();
        return v;
    }
    if (!readError.isEmpty()) {
        if (error)
            *error = QSqlError(readError, QString::number(readRc), QSqlError::StatementError, QString::number(readRc));
        v.intact = false;
        v.firstBadSeq = checked + 1;
        v.problem = readError;
    }
    return v;
}

QList<AuditEntry> AuditLog::forPatient(const QString &patientId, const QDateTime &fromUtc, const QDateTime &toUtc,
                                       QSqlError *error) const
{
    QList<AuditEntry> out;
    QSqlQuery q(m_db);
    if (!prepareOrFail(q,
                       u"SELECT seq, audit_id, at_utc, user_id, session_id, workstation, patient_id, record_type, "
                       "record_id, action, correlation_id FROM audit_log WHERE patient_id = ? AND at_utc >= ? AND "
                       "at_utc <= ? ORDER BY at_utc, seq"_s,
                       error))
        return out;
    const QVariantList values = {patientId, fromUtc.isValid() ? fromUtc.toSecsSinceEpoch() : qint64(0),
                                 toUtc.isValid() ? toUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max()};
    if (!execWith(q, values, error))
        return out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.auditId = q.value(1).toString();
        AuditRecord &r = e.record;
        r.atUtc = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        r.userId = q.value(3).toString();
        r.sessionId = q.value(4).toString();
        r.workstation = q.value(5).toString();
        r.patientId = q.value(6).toString();
        r.recordType = q.value(7).toString();
        r.recordId = q.value(8).toString();
        r.action = q.value(9).toString();
        r.correlationId = q.value(10).toString();
        out.append(e);
    }
    return out;
}

} // namespace chairside::store
