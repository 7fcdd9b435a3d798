#include "syncissues.h"
#include "access.h"

#include "pmsmirror.h"

#include "domain/clock.h"
#include "store/writeguard.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/outbox.h"
#include "store/practicerepository.h"
#include "store/syncconflictrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::SyncIssues)
};

} // namespace

SyncIssues::SyncIssues(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

QList<SyncIssue> SyncIssues::open(const UserSession &session, QString *error) const
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadSyncIssues)) {
        *error = *denied;
        return {};
    }
    QList<SyncIssue> issues;
    QSqlError sqlError;
    const QList<store::StoredConflict> open = store::SyncConflictRepository(m_cache.database()).open(&sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return issues;
    }
    store::AppointmentRepository repo(m_cache.database());
    for (const store::StoredConflict &c : open) {
        SyncIssue i;
        i.id = c.id;
        i.pms = c.pms;
        i.appointmentId = c.appointmentId;
        i.operation = c.operation;
        i.reason = c.reason;
        i.theirs = pmsAppointmentFromJson(c.theirs);
        i.createdUtc = QDateTime::fromSecsSinceEpoch(c.createdUtc, Qt::UTC);
        i.mine = repo.find(i.appointmentId).value_or(Appointment{});
        i.patientId = i.mine.patientId;
        if (const std::optional<Patient> p = store::PracticeRepository(m_cache.database()).patient(i.patientId))
            i.patientName = p->name;
        issues.append(i);
    }
    return issues;
}

int SyncIssues::openCount() const
{
    return store::SyncConflictRepository(m_cache.database()).openCount();
}

qint64 SyncIssues::heldChanges() const
{
    return store::SyncConflictRepository(m_cache.database()).heldChanges();
}

bool SyncIssues::keepMine(qint64 issueId, const UserSession &session, QString *error)
{
    return resolve(issueId, true, session, error);
}

bool SyncIssues::takeTheirs(qint64 issueId, const UserSession &session, QString *error)
{
    return resolve(issueId, false, session, error);
}

bool SyncIssues::resolve(qint64 issueId, bool keepMine, const UserSession &session, QString *errorText)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ResolveSyncIssues,
                                                            u"sync_issue"_s, QString::number(issueId))) {
        *errorText = *denied;
        return false;
    }
    QSqlDatabase &db = m_cache.database();
    QSqlError lookup;
    const std::optional<store::StoredConflict> conflict =
            store::SyncConflictRepository(db).openOne(issueId, &lookup);
    if (!conflict) {
        *errorText = lookup.isValid() ? m_cache.describeFailure(lookup)
                                      : Text::tr("That sync issue is not open any more (another desk may have resolved "
                                                 "it); refresh the list.");
        return false;
    }
    const QString pms = conflict->pms;
    const QString appointmentId = conflict->appointmentId;
    const std::optional<PmsAppointment> theirs = pmsAppointmentFromJson(conflict->theirs);
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    store::AppointmentRepository repo(db);
    QSqlError error;
    const std::optional<Appointment> mine = repo.find(appointmentId, &error);
    if (!mine) {
        *errorText = error.isValid() ? m_cache.describeFailure(error) : Text::tr("The appointment is no longer in the cache.");
        return false;
    }
    store::WriteGuard unit(m_cache);
    if (!unit.begun()) {
        *errorText = m_cache.describeFailure(unit.error());
        return false;
    }
    store::Outbox outbox(db);
    bool ok = store::SyncConflictRepository(db).resolve(appointmentId, keepMine ? u"keep_mine"_s : u"take_theirs"_s,
                                                        session.userId, now, &error);
    if (ok && keepMine) {
        // Every parked change of the appointment goes again, now.
        ok = outbox.releaseAll(appointmentId, &error) && repo.setSyncState(appointmentId, SyncState::Pending, &error);
    } else if (ok) {
        ok = outbox.removeAll(appointmentId, &error) && repo.setSyncState(appointmentId, SyncState::Synced, &error);
        if (ok && !theirs && isLive(mine->status)) {
            // The PMS never took this booking: it is withdrawn here too.
            Appointment withdrawn = *mine;
            withdrawn.status = AppointmentStatus::Cancelled;
            ok = repo.upsertImported(withdrawn, now, &error) && repo.setSyncState(appointmentId, SyncState::Synced, &error);
        }
    }
    const store::AuditRecord audit = store::AuditRecord::by(
            session, m_clock.nowUtc(), keepMine ? u"sync-keep-mine"_s : u"sync-take-theirs"_s, u"appointment"_s,
            appointmentId, mine->patientId, pms + u" issue="_s + QString::number(issueId));
    if (!ok || !unit.audit(audit, &error) || !unit.commit(&error)) {
        unit.rollback();
        *errorText = m_cache.describeFailure(error);
        return false;
    }
    if (!keepMine && theirs) {
        // The PMS's version replaces this desk's, through the one way sync writes.
        const MirrorReport applied = PmsMirror(m_cache, m_clock).applyAppointments(pms, {*theirs}, session);
        if (!applied.ok()) {
            *errorText = applied.error;
            return false;
        }
    }
    return true;
}

} // namespace chairside
