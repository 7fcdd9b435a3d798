#include "syncconflictrepository.h"

#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

const QString kColumns = u"id, pms, appointment_id, operation, reason, mine, theirs, created_utc"_s;

StoredConflict fromRow(const QSqlQuery &q)
{
    StoredConflict c;
    c.id = q.value(0).toLongLong();
    c.pms = q.value(1).toString();
    c.appointmentId = q.value(2).toString();
    c.operation = q.value(3).toString();
    c.reason = q.value(4).toString();
    c.mine = q.value(5).toString().toUtf8();
    c.theirs = q.value(6).toString().toUtf8();
    c.createdUtc = q.value(7).toLongLong();
    return c;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

bool SyncConflictRepository::insert(const StoredConflict &c, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"INSERT INTO sync_conflicts (pms, appointment_id, operation, reason, mine, theirs, "
                         "created_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                         error)
            && execWith(q,
                        {c.pms, c.appointmentId, c.operation, c.reason, QString::fromUtf8(c.mine),
                         QString::fromUtf8(c.theirs), c.createdUtc},
                        error);
}

QList<StoredConflict> SyncConflictRepository::open(QSqlError *error) const
{
    QList<StoredConflict> out;
    QSqlQuery q(m_db);
    if (!prepareOrFail(q, u"SELECT "_s + kColumns + u" FROM sync_conflicts WHERE resolved_utc IS NULL ORDER BY id"_s,
                       error)
        || !execWith(q, {}, error))
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<StoredConflict> SyncConflictRepository::openOne(qint64 id, QSqlError *error) const
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q, u"SELECT "_s + kColumns + u" FROM sync_conflicts WHERE id = ? AND resolved_utc IS NULL"_s,
                       error)
        || !execWith(q, {id}, error) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

int SyncConflictRepository::openCount() const
{
    return int(scalar(m_db, u"SELECT count(*) FROM sync_conflicts WHERE resolved_utc IS NULL"_s));
}

qint64 SyncConflictRepository::heldChanges() const
{
    return scalar(m_db, u"SELECT count(*) FROM outbox WHERE entity = 'appointment' AND entity_id IN "
                        "(SELECT appointment_id FROM sync_conflicts WHERE resolved_utc IS NULL)"_s);
}

bool SyncConflictRepository::resolve(const QString &appointmentId, const QString &resolution, const QString &userId,
                                     qint64 nowUtc, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"UPDATE sync_conflicts SET resolved_utc = ?, resolution = ?, resolved_by = ? "
                         "WHERE appointment_id = ? AND resolved_utc IS NULL"_s,
                         error)
            && execWith(q, {nowUtc, resolution, userId, appointmentId}, error);
}

} // namespace chairside::store
