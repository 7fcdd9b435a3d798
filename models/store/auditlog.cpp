#include "auditlog.h"

#include "sqlcipherdriver.h"
#include "sqlhelpers.h"

#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <charconv>
#include <cstring>
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

AuditVerification AuditLog::verify(QSqlError *error) const
{
    // A six-year trail is millions of rows: read them straight from SQLite into one reused
    // buffer and hash with no allocation per row (no QVariant, no QString).
    AuditVerification v;
    auto bad = [&](qint64 seq, const QString &auditId, const QString &problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.firstBadAuditId = auditId;
        v.problem = problem;
    };
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
    auto failed = [&](int rc) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(db));
        if (error)
            *error = QSqlError(text, QString::number(rc), QSqlError::StatementError, QString::number(rc));
        bad(v.checked + 1, {}, text);
    };
    int rc = sqlite3_prepare_v2(db, sql, -1, &rows, nullptr);
    if (rc != SQLITE_OK) {
        failed(rc);
        sqlite3_finalize(rows);
        return v;
    }
    const auto finalize = qScopeGuard([rows] { sqlite3_finalize(rows); });

    unsigned char previous[32] = {};
    qint64 previousSeq = 0;
    QByteArray content;
    content.reserve(1024);
    char number[24];
    // The canonical bytes of a field, "<length>:<utf8>;", as canonical() writes them.
    auto field = [&](const char *utf8, int size) {
        const auto [end, ec] = std::to_chars(number, number + sizeof number, size);
        content.append(number, int(end - number));
        content.append(':');
        content.append(utf8, size);
        content.append(';');
    };
    EVP_MD_CTX *hasher = EVP_MD_CTX_new();
    const auto freeHasher = qScopeGuard([hasher] { EVP_MD_CTX_free(hasher); });
    unsigned char digest[EVP_MAX_MD_SIZE];
    while ((rc = sqlite3_step(rows)) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(rows, 0);
        content.resize(0);
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
        const void *prevHash = sqlite3_column_blob(rows, 12);
        const int prevSize = sqlite3_column_bytes(rows, 12);
        const void *hash = sqlite3_column_blob(rows, 13);
        const int hashSize = sqlite3_column_bytes(rows, 13);
        ++v.checked;
        const bool chained = prevSize == 32 && std::memcmp(prevHash, previous, 32) == 0;
        auto auditId = [&] { return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows, 1))); };
        if (seq != previousSeq + 1 && !chained) {
            bad(seq, auditId(), u"record(s) before it were removed (sequence jumps from %1 to %2)"_s.arg(previousSeq).arg(seq));
            return v;
        }
        if (!chained) {
            bad(seq, auditId(), u"it is not chained to the record before it (removed or reordered)"_s);
            return v;
        }
        unsigned int digestSize = 0;
        const bool hashed = EVP_DigestInit_ex(hasher, EVP_sha256(), nullptr) == 1
                && EVP_DigestUpdate(hasher, prevHash, size_t(prevSize)) == 1
                && EVP_DigestUpdate(hasher, content.constData(), size_t(content.size())) == 1
                && EVP_DigestFinal_ex(hasher, digest, &digestSize) == 1;
        if (!hashed || hashSize != 32 || digestSize != 32 || std::memcmp(digest, hash, 32) != 0) {
            bad(seq, auditId(), u"its content was changed after it was written"_s);
            return v;
        }
        std::memcpy(previous, hash, 32);
        previousSeq = seq;
    }
    if (rc != SQLITE_DONE)
        failed(rc);
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
