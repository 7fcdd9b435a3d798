#include "auditreport.h"
#include "access.h"

#include "domain/clock.h"
#include "store/cache.h"
#include "store/auditlog.h"
#include "store/cachecheck.h"
#include "store/practicerepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

QByteArray csvField(const QString &value)
{
    QString v = value;
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u'"' + v + u'"';
    }
    return v.toUtf8();
}

} // namespace

AuditVerification AuditReport::verify(const UserSession &session, QString *error) const
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadAudit)) {
        *error = *denied;
        AuditVerification refused;
        refused.intact = false;
        return refused;
    }
    QSqlError sqlError;
    AuditVerification v = store::AuditLog(m_cache.database()).verify(&sqlError);
    if (sqlError.isValid())
        *error = m_cache.describeFailure(sqlError);
    return v;
}

std::optional<QByteArray> AuditReport::patientAccessCsv(const QString &patientId, const QDateTime &fromUtc,
                                                        const QDateTime &toUtc, const UserSession &session, int *rows,
                                                        QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadAudit,
                                                            u"patient"_s, patientId, patientId)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlDatabase &db = m_cache.database();
    QSqlError sqlError;
    const QList<store::AuditEntry> entries = store::AuditLog(db).forPatient(patientId, fromUtc, toUtc, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    QByteArray csv = "time_utc,user,workstation,session,action,record_type,record_id,correlation_id,audit_id\r\n";
    for (const store::AuditEntry &e : entries) {
        const store::AuditRecord &r = e.record;
        const QStringList fields = {r.atUtc.toString(Qt::ISODate), r.userId,   r.workstation,
                                    r.sessionId,                   r.action,   r.recordType,
                                    r.recordId,                    r.correlationId, e.auditId};
        QByteArrayList line;
        for (const QString &f : fields)
            line.append(csvField(f));
        csv += line.join(',') + "\r\n";
    }
    *rows = int(entries.size());
    // Reading who accessed a patient's records is itself an access.
    if (!auditEvent(m_cache, m_clock, session, u"audit-export"_s, u"audit"_s, patientId,
                    u"rows=%1"_s.arg(entries.size()), error))
        return std::nullopt;
    return csv;
}

QTimeZone AuditReport::practiceZone() const
{
    return store::PracticeRepository(m_cache.database()).practice().value_or(Practice{}).timeZone();
}

bool AuditReport::knowsPatient(const QString &patientId) const
{
    return store::PracticeRepository(m_cache.database()).patient(patientId).has_value();
}

CacheHealth AuditReport::fileHealth() const
{
    return store::checkCache(m_cache);
}

} // namespace chairside
