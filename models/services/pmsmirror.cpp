#include "pmsmirror.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/pmslinkrepository.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMirror, "chairside.services.mirror")

namespace chairside {

namespace {

bool sameBooking(const Appointment &a, const Appointment &b)
{
    return a.patientId == b.patientId && a.typeId == b.typeId && a.providerId == b.providerId
            && a.chairId == b.chairId && a.startUtc == b.startUtc && a.minutes == b.minutes && a.status == b.status
            && a.notes == b.notes;
}

} // namespace

PmsMirror::PmsMirror(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

MirrorReport PmsMirror::applyAppointments(const QString &pms, const QList<PmsAppointment> &appointments,
                                          const UserSession &session)
{
    MirrorReport report;
    QSqlDatabase &db = m_cache.database();
    if (!db.transaction()) {
        report.error = m_cache.describeFailure(db.lastError());
        return report;
    }
    auto fail = [&](const QSqlError &e) {
        db.rollback();
        MirrorReport failed;
        failed.error = m_cache.describeFailure(e);
        qCWarning(lcMirror) << "pulled page rolled back; SQLite code" << e.nativeErrorCode();
        return failed;
    };
    store::PmsLinkRepository links(db);
    store::AppointmentRepository repo(db);
    store::AuditLog audit(db);
    const QDateTime now = m_clock.nowUtc();
    QSqlError error;

    for (const PmsAppointment &p : appointments) {
        const std::optional<QString> patient = links.localId(pms, u"patient"_s, p.patientPmsId, &error);
        const std::optional<QString> chair = links.localId(pms, u"chair"_s, p.operatoryPmsId, &error);
        const std::optional<QString> provider = links.localId(pms, u"provider"_s, p.providerPmsId, &error);
        const std::optional<QString> type = links.localId(pms, u"type"_s, p.typePmsId, &error);
        if (error.isValid())
            return fail(error);
        if (!patient || !chair || !provider || !type) {
            ++report.unmapped;
            continue;
        }
        const std::optional<QString> linked = links.localId(pms, u"appointment"_s, p.pmsId, &error);
        const QString id = linked.value_or(pms + u'-' + p.pmsId);
        const std::optional<Appointment> existing = repo.find(id, &error);
        if (error.isValid())
            return fail(error);
        if (existing && existing->syncState == SyncState::Pending) {
            ++report.keptLocal;
            continue;
        }
        Appointment a = existing.value_or(Appointment{});
        a.id = id;
        a.patientId = *patient;
        a.typeId = *type;
        a.providerId = *provider;
        a.chairId = *chair;
        a.startUtc = p.startUtc;
        a.minutes = p.minutes;
        a.status = p.status;
        a.notes = p.notes;
        a.syncState = SyncState::Synced;
        if (existing && sameBooking(*existing, a)) {
            ++report.unchanged;
            continue;
        }
        if (!existing) {
            a.version = 1;
            a.clientUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.idempotencyKey = pms + u':' + p.pmsId;
        }
        if (!repo.upsertImported(a, now.toSecsSinceEpoch(), &error)
            || !repo.setSyncState(a.id, SyncState::Synced, &error))
            return fail(error);
        if (!linked && !links.link(pms, u"appointment"_s, a.id, p.pmsId, now.toSecsSinceEpoch(), &error))
            return fail(error);
        store::AuditRecord record;
        record.atUtc = now;
        record.userId = session.userId;
        record.sessionId = session.sessionId;
        record.workstation = session.workstation;
        record.patientId = a.patientId;
        record.recordType = u"appointment"_s;
        record.recordId = a.id;
        record.action = existing ? u"pull-update"_s : u"pull-create"_s;
        record.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.detail = pms + u" id="_s + p.pmsId + u" status="_s + appointmentStatusName(a.status);
        if (!audit.append(record, &error))
            return fail(error);
        ++(existing ? report.updated : report.inserted);
    }
    if (!db.commit())
        return fail(db.lastError());
    return report;
}

} // namespace chairside
