#include "recallrepository.h"

#include "sqlhelpers.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateOrEmpty(const QDate &d)
{
    return d.isValid() ? QVariant(toColumn(d)) : QVariant(u""_s); // never NULL: the column is NOT NULL
}

const QString kRecallColumns =
        u"id, patient_id, recall_type_id, due_date, last_done, provider_id, chair_id, disabled"_s;

Recall recallFrom(const QSqlQuery &q, int first)
{
    Recall r;
    r.id = q.value(first).toString();
    r.patientId = q.value(first + 1).toString();
    r.recallTypeId = q.value(first + 2).toString();
    r.due = dateFrom(q.value(first + 3));
    r.lastDone = dateFrom(q.value(first + 4));
    r.providerId = q.value(first + 5).toString();
    r.chairId = q.value(first + 6).toString();
    r.disabled = q.value(first + 7).toBool();
    return r;
}

// Update by id, else insert: REPLACE would delete the row other rows point at.
bool upsert(const QSqlDatabase &db, const QString &updateSql, const QVariantList &updateValues,
            const QString &insertSql, const QVariantList &insertValues, QSqlError *error)
{
    QSqlQuery update(db);
    if (!prepareOrFail(update, updateSql, error) || !execWith(update, updateValues, error))
        return false;
    if (update.numRowsAffected() > 0)
        return true;
    QSqlQuery insert(db);
    return prepareOrFail(insert, insertSql, error) && execWith(insert, insertValues, error);
}

} // namespace

bool RecallRepository::putType(const RecallType &t, int sortOrder, QSqlError *error)
{
    if (!upsert(m_db,
                u"UPDATE recall_types SET name = ?, kind = ?, interval_months = ?, interval_days = ?, sort_order = ? "
                "WHERE id = ?"_s,
                {t.name, recallKindName(t.kind), t.intervalMonths, t.intervalDays, sortOrder, t.id},
                u"INSERT INTO recall_types (id, name, kind, interval_months, interval_days, sort_order) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                {t.id, t.name, recallKindName(t.kind), t.intervalMonths, t.intervalDays, sortOrder}, error))
        return false;
    QSqlQuery clear(m_db);
    if (!prepareOrFail(clear, u"DELETE FROM recall_type_visits WHERE recall_type_id = ?"_s, error)
        || !execWith(clear, {t.id}, error))
        return false;
    QSqlQuery add(m_db);
    if (!prepareOrFail(add, u"INSERT OR IGNORE INTO recall_type_visits (recall_type_id, type_id) VALUES (?, ?)"_s, error))
        return false;
    for (const QString &typeId : t.appointmentTypeIds) {
        if (!execWith(add, {t.id, typeId}, error))
            return false;
    }
    return true;
}

bool RecallRepository::putRecall(const Recall &r, qint64 nowUtc, QSqlError *error)
{
    return upsert(m_db,
                  u"UPDATE recalls SET patient_id = ?, recall_type_id = ?, due_date = ?, last_done = ?, provider_id = ?, "
                  "chair_id = ?, disabled = ?, done_appointment_id = NULL, prev_due_date = NULL, "
                  "prev_last_done = NULL, updated_utc = ? WHERE id = ?"_s,
                  {r.patientId, r.recallTypeId, toColumn(r.due), dateOrEmpty(r.lastDone), nullIfEmpty(r.providerId),
                   nullIfEmpty(r.chairId), r.disabled ? 1 : 0, nowUtc, r.id},
                  u"INSERT INTO recalls (id, patient_id, recall_type_id, due_date, last_done, provider_id, chair_id, "
                  "disabled, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {r.id, r.patientId, r.recallTypeId, toColumn(r.due), dateOrEmpty(r.lastDone),
                   nullIfEmpty(r.providerId), nullIfEmpty(r.chairId), r.disabled ? 1 : 0, nowUtc},
                  error);
}

QList<RecallType> RecallRepository::types(QSqlError *error) const
{
    QList<RecallType> out;
    QHash<QString, qsizetype> at;
    selectRows(m_db,
               u"SELECT id, name, kind, interval_months, interval_days FROM recall_types ORDER BY sort_order, name, id"_s,
               {}, error, [&](const QSqlQuery &q) {
                   RecallType t;
                   t.id = q.value(0).toString();
                   t.name = q.value(1).toString();
                   t.kind = parseRecallKind(q.value(2).toString()).value_or(RecallKind::Custom);
                   t.intervalMonths = q.value(3).toInt();
                   t.intervalDays = q.value(4).toInt();
                   at.insert(t.id, out.size());
                   out.append(t);
               });
    selectRows(m_db, u"SELECT recall_type_id, type_id FROM recall_type_visits ORDER BY recall_type_id, type_id"_s, {},
               error, [&](const QSqlQuery &q) {
                   const auto it = at.constFind(q.value(0).toString());
                   if (it != at.constEnd())
                       out[*it].appointmentTypeIds.append(q.value(1).toString());
               });
    return out;
}

QList<Recall> RecallRepository::recallsOf(const QString &patientId, QSqlError *error) const
{
    QList<Recall> out;
    selectRows(m_db, u"SELECT "_s + kRecallColumns + u" FROM recalls WHERE patient_id = ? ORDER BY due_date, id"_s,
               {patientId}, error, [&](const QSqlQuery &q) { out.append(recallFrom(q, 0)); });
    return out;
}

std::optional<Recall> RecallRepository::recall(const QString &id, QSqlError *error) const
{
    std::optional<Recall> out;
    selectRows(m_db, u"SELECT "_s + kRecallColumns + u" FROM recalls WHERE id = ?"_s, {id}, error,
               [&](const QSqlQuery &q) { out = recallFrom(q, 0); });
    return out;
}

QSet<QString> RecallRepository::typeIds(QSqlError *error) const
{
    QSet<QString> out;
    selectRows(m_db, u"SELECT id FROM recall_types"_s, {}, error,
               [&](const QSqlQuery &q) { out.insert(q.value(0).toString()); });
    return out;
}

qint64 RecallRepository::count(QSqlError *error) const
{
    qint64 out = -1;
    selectRows(m_db, u"SELECT count(*) FROM recalls"_s, {}, error,
               [&](const QSqlQuery &q) { out = q.value(0).toLongLong(); });
    return out;
}

bool RecallRepository::complete(const Recall &r, const QString &appointmentId, qint64 nowUtc, QSqlError *error)
{
    // The dates before are kept only from the first completion that moved them: a second
    // completion of the same visit (a re-read from the PMS) must not lose the originals.
    return upsert(m_db,
                  u"UPDATE recalls SET prev_due_date = CASE WHEN done_appointment_id IS ? THEN prev_due_date "
                  "ELSE due_date END, prev_last_done = CASE WHEN done_appointment_id IS ? THEN prev_last_done "
                  "ELSE last_done END, due_date = ?, last_done = ?, provider_id = ?, chair_id = ?, "
                  "done_appointment_id = ?, updated_utc = ? WHERE id = ?"_s,
                  {appointmentId, appointmentId, toColumn(r.due), dateOrEmpty(r.lastDone), nullIfEmpty(r.providerId),
                   nullIfEmpty(r.chairId), appointmentId, nowUtc, r.id},
                  u"INSERT INTO recalls (id, patient_id, recall_type_id, due_date, last_done, provider_id, chair_id, "
                  "disabled, done_appointment_id, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"_s,
                  {r.id, r.patientId, r.recallTypeId, toColumn(r.due), dateOrEmpty(r.lastDone),
                   nullIfEmpty(r.providerId), nullIfEmpty(r.chairId), appointmentId, nowUtc},
                  error);
}

QStringList RecallRepository::undoCompletion(const QString &appointmentId, qint64 nowUtc, QSqlError *error)
{
    QStringList ids;
    QStringList fresh; // made by the completion: no dates to go back to
    if (!selectRows(m_db, u"SELECT id, prev_due_date FROM recalls WHERE done_appointment_id = ?"_s, {appointmentId},
                    error, [&](const QSqlQuery &q) {
                        ids << q.value(0).toString();
                        if (q.value(1).isNull())
                            fresh << q.value(0).toString();
                    }))
        return {};
    QSqlQuery back(m_db);
    if (!prepareOrFail(back,
                       u"UPDATE recalls SET due_date = prev_due_date, last_done = COALESCE(prev_last_done, ''), "
                       "done_appointment_id = NULL, prev_due_date = NULL, prev_last_done = NULL, updated_utc = ? "
                       "WHERE done_appointment_id = ? AND prev_due_date IS NOT NULL"_s,
                       error)
        || !execWith(back, {nowUtc, appointmentId}, error))
        return {};
    QSqlQuery drop(m_db);
    if (!prepareOrFail(drop, u"DELETE FROM recalls WHERE done_appointment_id = ? AND prev_due_date IS NULL"_s, error)
        || !execWith(drop, {appointmentId}, error))
        return {};
    return ids;
}

RecallSettings RecallRepository::settings(QSqlError *error) const
{
    RecallSettings out;
    selectRows(m_db, u"SELECT key, value FROM meta WHERE key IN ('recall.soon_days', 'recall.offer_freed_time')"_s, {},
               error, [&](const QSqlQuery &q) {
                   if (q.value(0).toString() == u"recall.soon_days")
                       out.soonDays = q.value(1).toInt();
                   else
                       out.offerFreedTime = q.value(1).toString() != u"0";
               });
    return out;
}

bool RecallRepository::setSettings(const RecallSettings &settings, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, error)
            && execWith(q, {u"recall.soon_days"_s, QString::number(settings.soonDays)}, error)
            && execWith(q, {u"recall.offer_freed_time"_s, settings.offerFreedTime ? u"1"_s : u"0"_s}, error);
}

QList<RecallDue> RecallRepository::due(const RecallQuery &query, QSqlError *error) const
{
    // One pass over the due-date index; per row, index reads only: the patient's latest
    // completed satisfying visit (the usual hygienist and chair), whether a live satisfying
    // visit is booked, and the patient's latest contact.
    static const QString satisfying =
            u"a.type_id IN (SELECT v.type_id FROM recall_type_visits v WHERE v.recall_type_id = r.recall_type_id)"_s;
    const QString lastDoneVisit = u"(SELECT a.id FROM appointments a WHERE a.patient_id = r.patient_id "
                                  "AND a.status = 'completed' AND "_s
            + satisfying + u" ORDER BY a.start_utc DESC LIMIT 1)"_s;
    const QString bookedVisit = u"(SELECT a.id FROM appointments a WHERE a.patient_id = r.patient_id "
                                "AND a.start_utc >= :booked AND a.status IN ('scheduled', 'confirmed', 'arrived', "
                                "'in_chair') AND "_s
            + satisfying + u" ORDER BY a.start_utc LIMIT 1)"_s;
    QString sql = u"SELECT r.id, r.patient_id, r.recall_type_id, r.due_date, r.last_done, r.provider_id, r.chair_id, "
                  "r.disabled, p.name, p.phone, p.email, p.language, p.do_not_contact, t.name, "
                  "COALESCE(h.provider_id, r.provider_id), pr.name, COALESCE(h.chair_id, r.chair_id), ch.name, "
                  "b.id, b.start_utc, c.created_utc, c.channel, c.outcome, c.purpose "
                  "FROM recalls r "
                  "JOIN patients p ON p.id = r.patient_id "
                  "JOIN recall_types t ON t.id = r.recall_type_id "
                  "LEFT JOIN appointments h ON h.id = "_s
            + lastDoneVisit
            + u" LEFT JOIN providers pr ON pr.id = COALESCE(h.provider_id, r.provider_id) "
              "LEFT JOIN chairs ch ON ch.id = COALESCE(h.chair_id, r.chair_id) "
              "LEFT JOIN appointments b ON b.id = "_s
            + bookedVisit
            + u" LEFT JOIN contact_log c ON c.seq = (SELECT max(seq) FROM contact_log WHERE patient_id = r.patient_id) "
              "WHERE r.disabled = 0"_s;
    QVariantList binds;
    QList<std::pair<QString, QVariant>> named{{u":booked"_s, toColumn(query.bookedFromUtc)}};
    if (query.from.isValid()) {
        sql += u" AND r.due_date >= :from"_s;
        named.append({u":from"_s, toColumn(query.from)});
    }
    if (query.to.isValid()) {
        sql += u" AND r.due_date <= :to"_s;
        named.append({u":to"_s, toColumn(query.to)});
    }
    if (!query.recallTypeId.isEmpty()) {
        sql += u" AND r.recall_type_id = :type"_s;
        named.append({u":type"_s, query.recallTypeId});
    }
    if (!query.providerId.isEmpty()) {
        sql += u" AND COALESCE(h.provider_id, r.provider_id) = :provider"_s;
        named.append({u":provider"_s, query.providerId});
    }
    if (!query.includeBooked)
        sql += u" AND b.id IS NULL"_s;
    sql += u" ORDER BY r.due_date, p.name COLLATE NOCASE, r.id LIMIT :limit"_s;
    named.append({u":limit"_s, qMax(0, query.limit) + 1});

    QList<RecallDue> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareOrFail(q, sql, error))
        return out;
    for (const auto &[name, value] : named)
        q.bindValue(name, value);
    if (!execOrFail(q, error))
        return out;
    while (q.next()) {
        RecallDue d;
        d.recall = recallFrom(q, 0);
        d.patientName = q.value(8).toString();
        d.phone = q.value(9).toString();
        d.email = q.value(10).toString();
        d.language = q.value(11).toString();
        d.doNotContact = q.value(12).toBool();
        d.recallTypeName = q.value(13).toString();
        d.usualProviderId = q.value(14).toString();
        d.usualProviderName = q.value(15).toString();
        d.usualChairId = q.value(16).toString();
        d.usualChairName = q.value(17).toString();
        d.bookedAppointmentId = q.value(18).toString();
        if (!q.value(19).isNull())
            d.bookedStartUtc = instantFromColumn(q.value(19));
        if (!q.value(20).isNull())
            d.lastContactUtc = instantFromColumn(q.value(20));
        d.lastContactChannel = q.value(21).toString();
        d.lastContactOutcome = q.value(22).toString();
        d.lastContactPurpose = q.value(23).toString();
        out.append(d);
    }
    if (q.lastError().isValid() && error)
        *error = q.lastError();
    return out;
}

} // namespace chairside::store
