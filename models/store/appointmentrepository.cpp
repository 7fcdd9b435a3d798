#include "appointmentrepository.h"

#include "sqlhelpers.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

const QString kColumns = u"a.id, a.patient_id, a.type_id, a.provider_id, a.chair_id, a.start_utc, a.minutes, "
                         "a.status, a.notes, a.version, a.client_uuid, a.idempotency_key, a.sync_state"_s;

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
    return a;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

AppointmentRepository::AppointmentRepository(QSqlDatabase db)
    : m_db(std::move(db)), m_dayQuery(m_db), m_insertQuery(m_db), m_updateImportedQuery(m_db)
{
    m_dayQuery.setForwardOnly(true);
}

QList<ScheduledAppointment> AppointmentRepository::day(const QDate &day, const QTimeZone &zone, QSqlError *error)
{
    QList<ScheduledAppointment> out;
    if (m_dayQuery.lastQuery().isEmpty()
        && !prepareOrFail(m_dayQuery,
                          u"SELECT "_s + kColumns
                                  + u", p.name, t.name, t.color, pr.name, pr.color, c.name "
                                    "FROM appointments a "
                                    "JOIN patients p ON p.id = a.patient_id "
                                    "JOIN appointment_types t ON t.id = a.type_id "
                                    "JOIN providers pr ON pr.id = a.provider_id "
                                    "JOIN chairs c ON c.id = a.chair_id "
                                    "WHERE a.start_utc >= ? AND a.start_utc < ? "
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
    while (m_dayQuery.next()) {
        ScheduledAppointment s;
        s.appointment = appointmentFrom(m_dayQuery);
        s.patientName = m_dayQuery.value(13).toString();
        s.typeName = m_dayQuery.value(14).toString();
        s.typeColor = m_dayQuery.value(15).toString();
        s.providerName = m_dayQuery.value(16).toString();
        s.providerColor = m_dayQuery.value(17).toString();
        s.chairName = m_dayQuery.value(18).toString();
        out.append(std::move(s));
    }
    if (m_dayQuery.lastError().isValid() && error)
        *error = m_dayQuery.lastError();
    m_dayQuery.finish();
    return out;
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
                          "status, notes, version, client_uuid, idempotency_key, sync_state, created_utc, updated_utc) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          error))
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
                                 nowUtc};
    for (qsizetype i = 0; i < values.size(); ++i)
        m_insertQuery.bindValue(int(i), values.at(i));
    return execOrFail(m_insertQuery, error);
}

bool AppointmentRepository::upsertImported(const Appointment &a, qint64 nowUtc, QSqlError *error)
{
    if (m_updateImportedQuery.lastQuery().isEmpty()
        && !prepareOrFail(m_updateImportedQuery,
                          u"UPDATE appointments SET patient_id = ?, type_id = ?, provider_id = ?, chair_id = ?, "
                          "start_utc = ?, minutes = ?, status = ?, notes = ?, version = version + 1, updated_utc = ? "
                          "WHERE id = ?"_s,
                          error))
        return false;
    const QVariantList values = {a.patientId, a.typeId, a.providerId, a.chairId, toColumn(a.startUtc), a.minutes,
                                 appointmentStatusName(a.status), a.notes, nowUtc, a.id};
    for (qsizetype i = 0; i < values.size(); ++i)
        m_updateImportedQuery.bindValue(int(i), values.at(i));
    if (!execOrFail(m_updateImportedQuery, error))
        return false;
    if (m_updateImportedQuery.numRowsAffected() > 0)
        return true;
    return insert(a, nowUtc, error);
}

} // namespace chairside::store
