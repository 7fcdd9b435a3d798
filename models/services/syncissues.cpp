#include "syncissues.h"

#include "pmsmirror.h"

#include "domain/clock.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/cache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chairside::SyncIssues", text);
}

} // namespace

SyncIssues::SyncIssues(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

QList<SyncIssue> SyncIssues::open(QString *error) const
{
    QList<SyncIssue> issues;
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"SELECT id, pms, appointment_id, operation, reason, theirs, created_utc FROM sync_conflicts "
                "WHERE resolved_utc IS NULL ORDER BY id"_s)) {
        *error = m_cache.describeFailure(q.lastError());
        return issues;
    }
    store::AppointmentRepository repo(m_cache.database());
    while (q.next()) {
        SyncIssue i;
        i.id = q.value(0).toLongLong();
        i.pms = q.value(1).toString();
        i.appointmentId = q.value(2).toString();
        i.operation = q.value(3).toString();
        i.reason = q.value(4).toString();
        i.theirs = pmsAppointmentFromJson(q.value(5).toString().toUtf8());
        i.createdUtc = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        i.mine = repo.find(i.appointmentId).value_or(Appointment{});
        i.patientId = i.mine.patientId;
        issues.append(i);
    }
    return issues;
}

int SyncIssues::openCount() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(u"SELECT count(*) FROM sync_conflicts WHERE resolved_utc IS NULL"_s) && q.next() ? q.value(0).toInt()
                                                                                                  : 0;
}

qint64 SyncIssues::heldChanges() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(u"SELECT count(*) FROM outbox WHERE entity = 'appointment' AND entity_id IN "
                  "(SELECT appointment_id FROM sync_conflicts WHERE resolved_utc IS NULL)"_s)
                    && q.next()
            ? q.value(0).toLongLong()
            : 0;
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
    QSqlDatabase &db = m_cache.database();
    QSqlQuery q(db);
    q.prepare(u"SELECT pms, appointment_id, theirs FROM sync_conflicts WHERE id = ? AND resolved_utc IS NULL"_s);
    q.addBindValue(issueId);
    if (!q.exec()) {
        *errorText = m_cache.describeFailure(q.lastError());
        return false;
    }
    if (!q.next()) {
        *errorText = tr("That sync issue is not open any more (another desk may have resolved it); refresh the list.");
        return false;
    }
    const QString pms = q.value(0).toString();
    const QString appointmentId = q.value(1).toString();
    const std::optional<PmsAppointment> theirs = pmsAppointmentFromJson(q.value(2).toString().toUtf8());
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    store::AppointmentRepository repo(db);
    QSqlError error;
    const std::optional<Appointment> mine = repo.find(appointmentId, &error);
    if (!mine) {
        *errorText = error.isValid() ? m_cache.describeFailure(error) : tr("The appointment is no longer in the cache.");
        return false;
    }
    auto exec = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery s(db);
        if (!s.prepare(sql)) {
            error = s.lastError();
            return false;
        }
        for (const QVariant &v : values)
            s.addBindValue(v);
        if (!s.exec()) {
            error = s.lastError();
            return false;
        }
        return true;
    };
    if (!db.transaction()) {
        *errorText = m_cache.describeFailure(db.lastError());
        return false;
    }
    bool ok = exec(u"UPDATE sync_conflicts SET resolved_utc = ?, resolution = ?, resolved_by = ? "
                   "WHERE appointment_id = ? AND resolved_utc IS NULL"_s,
                   {now, keepMine ? u"keep_mine"_s : u"take_theirs"_s, session.userId, appointmentId});
    if (ok && keepMine) {
        // Every parked change of the appointment goes again, now.
        ok = exec(u"UPDATE outbox SET next_attempt_utc = 0, attempts = 0, last_error = NULL "
                  "WHERE entity = 'appointment' AND entity_id = ?"_s,
                  {appointmentId})
                && repo.setSyncState(appointmentId, SyncState::Pending, &error);
    } else if (ok) {
        ok = exec(u"DELETE FROM outbox WHERE entity = 'appointment' AND entity_id = ?"_s, {appointmentId})
                && repo.setSyncState(appointmentId, SyncState::Synced, &error);
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
    if (!ok || !store::AuditLog(db).append(audit, &error) || !db.commit()) {
        db.rollback();
        *errorText = m_cache.describeFailure(error.isValid() ? error : db.lastError());
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
