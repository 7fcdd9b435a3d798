#include "access.h"

#include "domain/clock.h"
#include "store/writeguard.h"
#include "store/auditlog.h"
#include "store/cache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::Access)
};

bool appendAll(store::Cache &cache, const QList<store::AuditRecord> &records, QString *error)
{
    store::WriteGuard unit(cache);
    QSqlError sqlError = unit.error();
    bool ok = unit.begun();
    for (const store::AuditRecord &r : records) {
        if (!ok)
            break;
        ok = unit.audit(r, &sqlError);
    }
    if (ok && unit.commit(&sqlError))
        return true;
    if (error)
        *error = cache.describeFailure(sqlError);
    return false;
}

} // namespace

QString accessName(Access access)
{
    switch (access) {
    case Access::ReadSchedule: return u"read_schedule"_s;
    case Access::ReadPatient: return u"read_patient"_s;
    case Access::ReadWaitlist: return u"read_waitlist"_s;
    case Access::HoldAppointment: return u"hold_appointment"_s;
    case Access::ReadSyncIssues: return u"read_sync_issues"_s;
    case Access::ResolveSyncIssues: return u"resolve_sync_issues"_s;
    case Access::RunSync: return u"run_sync"_s;
    case Access::ReadAudit: return u"read_audit"_s;
    case Access::ManageUsers: return u"manage_users"_s;
    case Access::ManagePractice: return u"manage_practice"_s;
    case Access::ManageCache: return u"manage_cache"_s;
    case Access::EditPatient: return u"edit_patient"_s;
    case Access::FillBook: return u"fill_book"_s;
    }
    return {};
}

bool roleMay(Role role, Access access)
{
    switch (role) {
    case Role::System:
    case Role::OfficeManager:
        return true;
    case Role::FrontDesk:
        return access != Access::ReadAudit && access != Access::ManageUsers && access != Access::ManagePractice
                && access != Access::ManageCache;
    case Role::Provider:
        return access == Access::ReadSchedule || access == Access::ReadPatient;
    case Role::ReadOnly:
        return access == Access::ReadSchedule || access == Access::ReadPatient || access == Access::ReadWaitlist
                || access == Access::ReadSyncIssues;
    }
    return false;
}

QStringList rolesAllowed(Access access)
{
    QStringList out;
    for (Role r : {Role::OfficeManager, Role::FrontDesk, Role::Provider, Role::ReadOnly})
        if (roleMay(r, access))
            out.append(roleName(r));
    return out;
}

QString deniedMessage(Role role, Access access)
{
    const QStringList allowed = rolesAllowed(access);
    if (allowed == QStringList{roleName(Role::OfficeManager)})
        return Text::tr("Your role (%1) may not do this; only the office manager may.").arg(roleText(role));
    return Text::tr("Your role (%1) may not do this; ask the front desk or the office manager.").arg(roleText(role));
}

std::optional<QString> refuseUnlessAllowed(store::Cache &cache, const Clock &clock, const UserSession &session,
                                           Access access, const QString &recordType, const QString &recordId,
                                           const QString &patientId)
{
    if (roleMay(session.role, access))
        return std::nullopt;
    QString error;
    if (!auditDenied(cache, clock, session, accessName(access), recordType, recordId, patientId, &error))
        return error;
    return deniedMessage(session.role, access);
}

bool auditReads(store::Cache &cache, const Clock &clock, const UserSession &session, const QList<ReadOf> &reads,
                const QString &detail, QString *error)
{
    if (reads.isEmpty())
        return true;
    const QDateTime now = clock.nowUtc();
    const QString correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<store::AuditRecord> records;
    records.reserve(reads.size());
    for (const ReadOf &read : reads) {
        store::AuditRecord r =
                store::AuditRecord::by(session, now, u"read"_s, read.recordType, read.recordId, read.patientId, detail);
        r.correlationId = correlation;
        records.append(std::move(r));
    }
    return appendAll(cache, records, error);
}

bool auditEvent(store::Cache &cache, const Clock &clock, const UserSession &session, const QString &action,
                const QString &recordType, const QString &patientId, const QString &detail, QString *error)
{
    return appendAll(cache, {store::AuditRecord::by(session, clock.nowUtc(), action, recordType, {}, patientId, detail)},
                     error);
}

bool auditDenied(store::Cache &cache, const Clock &clock, const UserSession &session, const QString &operation,
                 const QString &recordType, const QString &recordId, const QString &patientId, QString *error)
{
    return appendAll(cache,
                     {store::AuditRecord::by(session, clock.nowUtc(), u"denied"_s, recordType, recordId, patientId,
                                             u"operation=%1 role=%2"_s.arg(operation, roleName(session.role)))},
                     error);
}

} // namespace chairside
