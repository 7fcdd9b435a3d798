#include "auditlog.h"

#include "sqlhelpers.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUuid>

#include <limits>

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
    AuditVerification v;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT seq, audit_id, at_utc, user_id, session_id, workstation, patient_id, record_type, record_id, "
                "action, correlation_id, detail, prev_hash, hash FROM audit_log ORDER BY seq"_s)) {
        if (error)
            *error = q.lastError();
        v.intact = false;
        v.problem = q.lastError().text();
        return v;
    }
    QByteArray previous(32, '\0');
    qint64 previousSeq = 0;
    auto bad = [&](qint64 seq, const QString &auditId, const QString &problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.firstBadAuditId = auditId;
        v.problem = problem;
    };
    QByteArray content;
    content.reserve(512);
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QString auditId = q.value(1).toString();
        // The canonical bytes, built straight from the row (the same bytes canonical() makes
        // from a record, without building one: this loop runs a million times).
        content.clear();
        auto field = [&content](const QByteArray &utf8) {
            content += QByteArray::number(utf8.size());
            content += ':';
            content += utf8;
            content += ';';
        };
        field(auditId.toUtf8());
        field(QByteArray::number(q.value(2).toLongLong()));
        for (int column = 3; column <= 11; ++column)
            field(q.value(column).toString().toUtf8());
        const QByteArray prevHash = q.value(12).toByteArray();
        const QByteArray hash = q.value(13).toByteArray();
        ++v.checked;
        if (seq != previousSeq + 1 && prevHash != previous) {
            bad(seq, auditId, u"record(s) before it were removed (sequence jumps from %1 to %2)"_s.arg(previousSeq).arg(seq));
            return v;
        }
        if (prevHash != previous) {
            bad(seq, auditId, u"it is not chained to the record before it (removed or reordered)"_s);
            return v;
        }
        hasher.reset();
        hasher.addData(prevHash);
        hasher.addData(content);
        if (hasher.result() != hash) {
            bad(seq, auditId, u"its content was changed after it was written"_s);
            return v;
        }
        previous = hash;
        previousSeq = seq;
    }
    if (q.lastError().isValid()) {
        if (error)
            *error = q.lastError();
        bad(previousSeq + 1, {}, q.lastError().text());
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
