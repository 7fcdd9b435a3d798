#include "auditlog.h"

#include "sqlhelpers.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside::store {

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

} // namespace chairside::store
