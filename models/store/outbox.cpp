#include "outbox.h"

#include "sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace chairside::store {

bool Outbox::append(const OutboxEntry &entry, QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q,
                       u"INSERT INTO outbox (entity, entity_id, operation, payload, idempotency_key, created_utc) "
                       "VALUES (?, ?, ?, ?, ?, ?)"_s,
                       error))
        return false;
    const QVariantList values = {entry.entity,          entry.entityId,       entry.operation,
                                 QString::fromUtf8(entry.payload), entry.idempotencyKey, toColumn(entry.createdUtc)};
    return execWith(q, values, error);
}

QList<PendingOutboxEntry> Outbox::due(qint64 nowUtc, int limit, QSqlError *error) const
{
    QList<PendingOutboxEntry> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareOrFail(q,
                       // One record's changes go in order: none while an earlier one of it waits
                       // for later (one due now comes first in the list; one kept here for good
                       // holds nothing back).
                       u"SELECT seq, entity, entity_id, operation, payload, idempotency_key, created_utc, attempts, "
                       "last_error FROM outbox WHERE next_attempt_utc <= ? AND NOT EXISTS (SELECT 1 FROM outbox "
                       "earlier WHERE earlier.entity = outbox.entity AND earlier.entity_id = outbox.entity_id "
                       "AND earlier.seq < outbox.seq AND earlier.next_attempt_utc > ? "
                       "AND earlier.next_attempt_utc < ?) ORDER BY seq LIMIT ?"_s,
                       error)
        || !execWith(q, {nowUtc, nowUtc, kNever, limit}, error))
        return out;
    while (q.next()) {
        PendingOutboxEntry p;
        p.seq = q.value(0).toLongLong();
        p.entry.entity = q.value(1).toString();
        p.entry.entityId = q.value(2).toString();
        p.entry.operation = q.value(3).toString();
        p.entry.payload = q.value(4).toString().toUtf8();
        p.entry.idempotencyKey = q.value(5).toString();
        p.entry.createdUtc = instantFromColumn(q.value(6));
        p.attempts = q.value(7).toInt();
        p.lastError = q.value(8).toString();
        out.append(p);
    }
    return out;
}

qint64 Outbox::waiting(QSqlError *error) const
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q, u"SELECT count(*) FROM outbox WHERE next_attempt_utc < ?"_s, error)
        || !execWith(q, {kNever}, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 Outbox::waitingFor(const QString &entityId, QSqlError *error) const
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q, u"SELECT count(*) FROM outbox WHERE entity_id = ? AND next_attempt_utc < ?"_s, error)
        || !execWith(q, {entityId, kNever}, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QSet<QString> Outbox::entitiesWaiting(const QString &entity, QSqlError *error) const
{
    QSet<QString> out;
    selectRows(m_db, u"SELECT DISTINCT entity_id FROM outbox WHERE entity = ?"_s, {entity}, error,
               [&](const QSqlQuery &q) { out.insert(q.value(0).toString()); });
    return out;
}

QString Outbox::lastReason(const QString &entityId, QSqlError *error) const
{
    QString out;
    selectRows(m_db,
               u"SELECT last_error FROM outbox WHERE entity_id = ? AND last_error IS NOT NULL AND last_error <> '' "
               "ORDER BY seq DESC LIMIT 1"_s,
               {entityId}, error, [&](const QSqlQuery &q) { out = q.value(0).toString(); });
    return out;
}

QHash<QString, QString> Outbox::reasonsWaiting(QSqlError *error) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareOrFail(q,
                       u"SELECT entity_id, last_error FROM outbox WHERE entity = 'appointment' AND last_error IS NOT NULL "
                       "AND last_error <> '' ORDER BY seq"_s,
                       error)
        || !execWith(q, {}, error))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString()); // the latest entry's wins
    return out;
}

bool Outbox::remove(qint64 seq, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"DELETE FROM outbox WHERE seq = ?"_s, error) && execWith(q, {seq}, error);
}

bool Outbox::defer(qint64 seq, int attempts, qint64 nextAttemptUtc, const QString &reason, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"UPDATE outbox SET attempts = ?, next_attempt_utc = ?, last_error = ? WHERE seq = ?"_s,
                         error)
            && execWith(q, {attempts, nextAttemptUtc, reason, seq}, error);
}

bool Outbox::removeCreate(const QString &entityId, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"DELETE FROM outbox WHERE entity = 'appointment' AND entity_id = ? AND operation = 'create'"_s,
                         error)
            && execWith(q, {entityId}, error);
}

bool Outbox::releaseAll(const QString &entityId, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"UPDATE outbox SET next_attempt_utc = 0, attempts = 0, last_error = NULL "
                         "WHERE entity = 'appointment' AND entity_id = ?"_s,
                         error)
            && execWith(q, {entityId}, error);
}

bool Outbox::removeAll(const QString &entityId, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"DELETE FROM outbox WHERE entity = 'appointment' AND entity_id = ?"_s, error)
            && execWith(q, {entityId}, error);
}

} // namespace chairside::store
