#include "appointmentrepository.h"

#include "sqlhelpers.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

// The statuses of a visit still on the book, as an SQL list.
const QString kLiveStatuses = u"('scheduled', 'confirmed', 'arrived', 'in_chair')"_s;

const QString kColumns = u"a.id, a.patient_id, a.type_id, a.provider_id, a.chair_id, a.start_utc, a.minutes, "
                         "a.status, a.notes, a.version, a.client_uuid, a.idempotency_key, a.sync_state, a.cancel_reason"_s;

Appointment appointmentFrom(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toString();
    a.patientId = q.value(1).toString();
    a.typeId = q.value(2).toString();
    a.providerId = q.value(3).toString();
    a.chairId = q.value(4).toString();
    a.startUtc = instantFromColumn(q.value(5));
    a.minutes = q.value(6).toInt();
    a.status = parseAppointmentStatus(q.value(7).toString()).value_or(AppointmentStatus::Scheduled);
    a.notes = q.value(8).toString();
    a.version = q.value(9).toInt();
    a.clientUuid = q.value(10).toString();
    a.idempotencyKey = q.value(11).toString();
    a.syncState = parseSyncState(q.value(12).toString()).value_or(SyncState::Local);
    a.cancelReason = q.value(13).toString();
    return a;
}

const QString kShownJoins = u", p.name, t.name, t.color, pr.name, pr.color, c.name "
                            "FROM appointments a "
                            "JOIN patients p ON p.id = a.patient_id "
                            "JOIN appointment_types t ON t.id = a.type_id "
                            "JOIN providers pr ON pr.id = a.provider_id "
                            "JOIN chairs c ON c.id = a.chair_id "_s;

ScheduledAppointment shownFrom(const QSqlQuery &q)
{
    ScheduledAppointment s;
    s.appointment = appointmentFrom(q);
    s.patientName = q.value(14).toString();
    s.typeName = q.value(15).toString();
    s.typeColor = q.value(16).toString();
    s.providerName = q.value(17).toString();
    s.providerColor = q.value(18).toString();
    s.chairName = q.value(19).toString();
    return s;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

AppointmentRepository::AppointmentRepository(QSqlDatabase db)
    : m_db(std::move(db)), m_dayQuery(m_db), m_insertQuery(m_db), m_updateImportedQuery(m_db), m_updateQuery(m_db),
      m_counterQuery(m_db), m_seqQuery(m_db)
{
    m_dayQuery.setForwardOnly(true);
}

QList<ScheduledAppointment> AppointmentRepository::day(const QDate &day, const QTimeZone &zone, QSqlError *error)
{
    QList<ScheduledAppointment> out;
    if (m_dayQuery.lastQuery().isEmpty()
        && !prepareOrFail(m_dayQuery,
                          u"SELECT "_s + kColumns + kShownJoins
                                  + u"WHERE a.start_utc >= ? AND a.start_utc < ? "
                                    "ORDER BY a.start_utc, c.sort_order, a.id"_s,
                          error))
        return out;
    // Local midnights, so a day stays a day across daylight-saving changes.
    const QDateTime from(day, QTime(0, 0), zone);
    const QDateTime to(day.addDays(1), QTime(0, 0), zone);
    m_dayQuery.bindValue(0, from.toSecsSinceEpoch());
    m_dayQuery.bindValue(1, to.toSecsSinceEpoch());
    if (!execOrFail(m_dayQuery, error))
        return out;
    while (m_dayQuery.next())
        out.append(shownFrom(m_dayQuery));
    if (m_dayQuery.lastError().isValid() && error)
        *error = m_dayQuery.lastError();
    m_dayQuery.finish();
    return out;
}

QList<ScheduledAppointment> AppointmentRepository::selectShown(const QString &tail, const QVariantList &values,
                                                              QSqlError *error)
{
    QList<ScheduledAppointment> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareOrFail(q, u"SELECT "_s + kColumns + kShownJoins + tail, error) || !execWith(q, values, error))
        return out;
    while (q.next())
        out.append(shownFrom(q));
    if (q.lastError().isValid() && error)
        *error = q.lastError();
    return out;
}

QList<ScheduledAppointment> AppointmentRepository::upcoming(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                           QSqlError *error)
{
    return selectShown(u"WHERE a.start_utc >= ? AND a.start_utc < ? AND a.status IN ('scheduled', 'confirmed') "
                       "ORDER BY a.start_utc, a.id"_s,
                       {toColumn(fromUtc), toColumn(toUtc)}, error);
}

QList<ScheduledAppointment> AppointmentRepository::forPatient(const QString &patientId, QSqlError *error)
{
    return selectShown(u"WHERE a.patient_id = ? ORDER BY a.start_utc, a.id"_s, {patientId}, error);
}

namespace {

// Booked again = a live visit of the same type after the missed one, or still ahead; a
// dismissed one is off the list. Binds the start from which to look and now.
const QString kStillUnscheduled =
        u"AND a.start_utc >= ? "
        "AND NOT EXISTS (SELECT 1 FROM unscheduled_dismissed d WHERE d.appointment_id = a.id) "
        "AND NOT EXISTS (SELECT 1 FROM appointments b WHERE b.patient_id = a.patient_id "
        "AND b.type_id = a.type_id AND b.status NOT IN ('cancelled', 'no_show') "
        "AND b.start_utc > min(a.start_utc, ?)) "_s;

} // namespace

QList<ScheduledAppointment> AppointmentRepository::unscheduled(const QDateTime &fromUtc, const QDateTime &nowUtc,
                                                              int limit, QSqlError *error, bool noShowsOnly)
{
    return selectShown((noShowsOnly ? u"WHERE a.status = 'no_show' "_s : u"WHERE a.status IN ('cancelled', 'no_show') "_s)
                               + kStillUnscheduled + u"ORDER BY a.start_utc DESC, a.id LIMIT ?"_s,
                       {fromUtc.toSecsSinceEpoch(), nowUtc.toSecsSinceEpoch(), limit}, error);
}

QList<ScheduledAppointment> AppointmentRepository::unscheduledFor(const QString &patientId, const QDateTime &fromUtc,
                                                                 const QDateTime &nowUtc, QSqlError *error)
{
    return selectShown(u"WHERE a.patient_id = ? AND a.status IN ('cancelled', 'no_show') "_s + kStillUnscheduled
                               + u"ORDER BY a.start_utc DESC, a.id"_s,
                       {patientId, fromUtc.toSecsSinceEpoch(), nowUtc.toSecsSinceEpoch()}, error);
}

QList<ScheduledAppointment> AppointmentRepository::held(QSqlError *error)
{
    return selectShown(u"JOIN holding_tray h ON h.appointment_id = a.id ORDER BY h.added_utc, a.id"_s, {}, error);
}

bool AppointmentRepository::hold(const QString &id, qint64 nowUtc, const QString &userId, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"INSERT OR IGNORE INTO holding_tray (appointment_id, added_utc, user_id) VALUES (?, ?, ?)"_s,
                         error)
            && execWith(q, {id, nowUtc, userId}, error);
}

bool AppointmentRepository::release(const QString &id, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"DELETE FROM holding_tray WHERE appointment_id = ?"_s, error)
            && execWith(q, {id}, error);
}

std::optional<Appointment> AppointmentRepository::find(const QString &id, QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q, u"SELECT "_s + kColumns + u" FROM appointments a WHERE a.id = ?"_s, error))
        return std::nullopt;
    q.bindValue(0, id);
    if (!execOrFail(q, error) || !q.next())
        return std::nullopt;
    return appointmentFrom(q);
}

qint64 AppointmentRepository::count(QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM appointments"_s)) {
        if (error)
            *error = q.lastError();
        return -1;
    }
    return q.next() ? q.value(0).toLongLong() : -1;
}

bool AppointmentRepository::insert(const Appointment &a, qint64 nowUtc, QSqlError *error)
{
    if (m_insertQuery.lastQuery().isEmpty()
        && !prepareOrFail(m_insertQuery,
                          u"INSERT INTO appointments (id, patient_id, type_id, provider_id, chair_id, start_utc, minutes, "
                          "status, notes, version, client_uuid, idempotency_key, sync_state, created_utc, updated_utc, cancel_reason, "
                          "change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          error))
        return false;
    const qint64 seq = nextChangeSeq(error);
    if (seq < 0)
        return false;
    const QVariantList values = {a.id,
                                 a.patientId,
                                 a.typeId,
                                 a.providerId,
                                 a.chairId,
                                 toColumn(a.startUtc),
                                 a.minutes,
                                 appointmentStatusName(a.status),
                                 a.notes,
                                 a.version,
                                 a.clientUuid.isEmpty() ? newUuid() : a.clientUuid,
                                 nullIfEmpty(a.idempotencyKey),
                                 syncStateName(a.syncState),
                                 nowUtc,
                                 nowUtc,
                                 nullIfEmpty(a.cancelReason),
                                 seq};
    return execWith(m_insertQuery, values, error);
}

std::optional<QString> AppointmentRepository::unsentCreateAt(const QString &pms, const QString &patientId,
                                                             const QString &chairId, const QDateTime &startUtc,
                                                             QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q, uR"(SELECT a.id FROM appointments a
        WHERE a.patient_id = ? AND a.chair_id = ? AND a.start_utc = ?
          AND a.status IN )"_s + kLiveStatuses + uR"(
          AND NOT EXISTS (SELECT 1 FROM pms_links l WHERE l.pms = ? AND l.entity = 'appointment' AND l.local_id = a.id)
          AND EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'appointment' AND o.entity_id = a.id
                                               AND o.operation = 'create')
        LIMIT 1)"_s,
                       error)
        || !execWith(q, {patientId, chairId, toColumn(startUtc), pms}, error) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool AppointmentRepository::upsertImported(const Appointment &a, qint64 nowUtc, QSqlError *error)
{
    if (m_updateImportedQuery.lastQuery().isEmpty()
        && !prepareOrFail(m_updateImportedQuery,
                          u"UPDATE appointments SET patient_id = ?, type_id = ?, provider_id = ?, chair_id = ?, "
                          "start_utc = ?, minutes = ?, status = ?, notes = ?, version = version + 1, updated_utc = ?, "
                          "change_seq = ? WHERE id = ?"_s,
                          error))
        return false;
    const qint64 seq = nextChangeSeq(error);
    if (seq < 0)
        return false;
    const QVariantList values = {a.patientId, a.typeId, a.providerId, a.chairId, toColumn(a.startUtc), a.minutes,
                                 appointmentStatusName(a.status), a.notes, nowUtc, seq, a.id};
    if (!execWith(m_updateImportedQuery, values, error))
        return false;
    if (m_updateImportedQuery.numRowsAffected() > 0)
        return true;
    return insert(a, nowUtc, error);
}

bool AppointmentRepository::markUnsentPending(QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"UPDATE appointments SET sync_state = 'pending' WHERE sync_state = 'local' AND id IN "
                         "(SELECT entity_id FROM outbox WHERE entity = 'appointment')"_s,
                         error)
            && execOrFail(q, error);
}

bool AppointmentRepository::setSyncState(const QString &id, SyncState state, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"UPDATE appointments SET sync_state = ? WHERE id = ?"_s, error)
            && execWith(q, {syncStateName(state), id}, error);
}

qint64 AppointmentRepository::nextChangeSeq(QSqlError *error)
{
    if (m_counterQuery.lastQuery().isEmpty()
        && !prepareOrFail(m_counterQuery, u"UPDATE counters SET value = value + 1 WHERE name = 'appointments'"_s, error))
        return -1;
    if (!execOrFail(m_counterQuery, error))
        return -1;
    return changeSeq(error);
}

qint64 AppointmentRepository::changeSeq(QSqlError *error)
{
    if (m_seqQuery.lastQuery().isEmpty()
        && !prepareOrFail(m_seqQuery, u"SELECT value FROM counters WHERE name = 'appointments'"_s, error))
        return -1;
    if (!execOrFail(m_seqQuery, error))
        return -1;
    const qint64 seq = m_seqQuery.next() ? m_seqQuery.value(0).toLongLong() : 0;
    m_seqQuery.finish();
    return seq;
}

QList<Appointment> AppointmentRepository::liveForProvider(const QString &providerId, const QDateTime &fromUtc,
                                                          const QDateTime &toUtc, QSqlError *error)
{
    return select(u"provider_id = ? AND start_utc >= ? AND start_utc < ? AND status IN "_s + kLiveStatuses
                          + u" ORDER BY start_utc, id"_s,
                  {providerId, fromUtc.toSecsSinceEpoch(), toUtc.toSecsSinceEpoch()}, error);
}

QList<Appointment> AppointmentRepository::select(const QString &where, const QVariantList &values, QSqlError *error)
{
    QList<Appointment> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareOrFail(q, u"SELECT "_s + kColumns + u" FROM appointments a WHERE "_s + where, error))
        return out;
    if (!execWith(q, values, error))
        return out;
    while (q.next())
        out.append(appointmentFrom(q));
    if (q.lastError().isValid() && error)
        *error = q.lastError();
    return out;
}

std::optional<Appointment> AppointmentRepository::findByIdempotencyKey(const QString &key, QSqlError *error)
{
    const QList<Appointment> found = select(u"a.idempotency_key = ?"_s, {key}, error);
    return found.isEmpty() ? std::nullopt : std::optional<Appointment>(found.constFirst());
}

int AppointmentRepository::countForPatient(const QString &patientId, AppointmentStatus status, qint64 fromUtc,
                                           qint64 toUtc, QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q,
                       u"SELECT COUNT(*) FROM appointments WHERE patient_id = ? AND status = ? "
                       "AND start_utc >= ? AND start_utc <= ?"_s,
                       error)
        || !execWith(q, {patientId, appointmentStatusName(status), fromUtc, toUtc}, error))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Appointment> AppointmentRepository::liveStartingBetween(qint64 fromUtc, qint64 toUtc, QSqlError *error)
{
    // Only the columns a schedule is checked against: this read feeds the engine in bulk.
    QList<Appointment> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareOrFail(q,
                       u"SELECT id, patient_id, type_id, provider_id, chair_id, start_utc, minutes, status "
                       "FROM appointments WHERE start_utc >= ? AND start_utc < ? "
                       "AND status NOT IN ('cancelled', 'no_show')"_s,
                       error))
        return out;
    q.bindValue(0, fromUtc);
    q.bindValue(1, toUtc);
    if (!execOrFail(q, error))
        return out;
    while (q.next()) {
        Appointment a;
        a.id = q.value(0).toString();
        a.patientId = q.value(1).toString();
        a.typeId = q.value(2).toString();
        a.providerId = q.value(3).toString();
        a.chairId = q.value(4).toString();
        a.startUtc = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        a.minutes = q.value(6).toInt();
        a.status = parseAppointmentStatus(q.value(7).toString()).value_or(AppointmentStatus::Scheduled);
        out.append(std::move(a));
    }
    if (q.lastError().isValid() && error)
        *error = q.lastError();
    return out;
}

QList<Appointment> AppointmentRepository::changedSince(qint64 seq, QSqlError *error)
{
    return select(u"a.change_seq > ? ORDER BY a.change_seq"_s, {seq}, error);
}

QString AppointmentRepository::lastCompletedProvider(const QString &patientId, QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q,
                       u"SELECT provider_id FROM appointments WHERE patient_id = ? AND status = 'completed' "
                       "ORDER BY start_utc DESC LIMIT 1"_s,
                       error))
        return {};
    q.bindValue(0, patientId);
    if (!execOrFail(q, error) || !q.next())
        return {};
    return q.value(0).toString();
}

int AppointmentRepository::update(const Appointment &a, int expectedVersion, qint64 nowUtc, QSqlError *error)
{
    if (m_updateQuery.lastQuery().isEmpty()
        && !prepareOrFail(m_updateQuery,
                          u"UPDATE appointments SET patient_id = ?, type_id = ?, provider_id = ?, chair_id = ?, "
                          "start_utc = ?, minutes = ?, status = ?, notes = ?, cancel_reason = ?, sync_state = ?, "
                          "version = ?, updated_utc = ?, change_seq = ? WHERE id = ? AND version = ?"_s,
                          error))
        return -1;
    const qint64 seq = nextChangeSeq(error);
    if (seq < 0)
        return -1;
    const QVariantList values = {a.patientId,
                                 a.typeId,
                                 a.providerId,
                                 a.chairId,
                                 toColumn(a.startUtc),
                                 a.minutes,
                                 appointmentStatusName(a.status),
                                 a.notes,
                                 nullIfEmpty(a.cancelReason),
                                 syncStateName(a.syncState),
                                 expectedVersion + 1,
                                 nowUtc,
                                 seq,
                                 a.id,
                                 expectedVersion};
    if (!execWith(m_updateQuery, values, error))
        return -1;
    return m_updateQuery.numRowsAffected();
}

bool AppointmentRepository::recordStatusStep(const QString &appointmentId, const StatusStep &step, qint64 nowUtc,
                                             const QString &userId, QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q,
                       u"INSERT INTO status_history (appointment_id, from_status, to_status, cancel_reason, at_utc, "
                       "user_id) VALUES (?, ?, ?, ?, ?, ?)"_s,
                       error))
        return false;
    const QVariantList values = {appointmentId, appointmentStatusName(step.from), appointmentStatusName(step.to),
                                 nullIfEmpty(step.cancelReason), nowUtc, userId};
    return execWith(q, values, error);
}

std::optional<AppointmentRepository::StatusStep> AppointmentRepository::lastStatusStep(const QString &appointmentId,
                                                                                      QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q,
                       u"SELECT seq, from_status, to_status, cancel_reason FROM status_history "
                       "WHERE appointment_id = ? AND undone = 0 ORDER BY seq DESC LIMIT 1"_s,
                       error))
        return std::nullopt;
    q.bindValue(0, appointmentId);
    if (!execOrFail(q, error) || !q.next())
        return std::nullopt;
    StatusStep step;
    step.seq = q.value(0).toLongLong();
    step.from = parseAppointmentStatus(q.value(1).toString()).value_or(AppointmentStatus::Scheduled);
    step.to = parseAppointmentStatus(q.value(2).toString()).value_or(AppointmentStatus::Scheduled);
    step.cancelReason = q.value(3).toString();
    return step;
}

bool AppointmentRepository::markStepUndone(qint64 seq, QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q, u"UPDATE status_history SET undone = 1 WHERE seq = ?"_s, error))
        return false;
    q.bindValue(0, seq);
    return execOrFail(q, error);
}

} // namespace chairside::store
