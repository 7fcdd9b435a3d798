#include "userrepository.h"

#include "sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace chairside::store {

qint64 UserRepository::count(QSqlError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM users"_s) || !q.next()) {
        if (error)
            *error = q.lastError();
        return -1;
    }
    return q.value(0).toLongLong();
}

namespace {

const QString kUserColumns = u"id, name, role, provider_id, salt, hash, iterations, failed_attempts, locked_until_utc, "
                             "disabled"_s;

StoredUser userFrom(const QSqlQuery &q)
{
    StoredUser u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.role = q.value(2).toString();
    u.providerId = q.value(3).toString();
    u.salt = q.value(4).toByteArray();
    u.hash = q.value(5).toByteArray();
    u.iterations = q.value(6).toInt();
    u.failedAttempts = q.value(7).toInt();
    u.lockedUntilUtc = q.value(8).toLongLong();
    u.disabled = q.value(9).toBool();
    return u;
}

} // namespace

std::optional<StoredUser> UserRepository::byName(const QString &name, QSqlError *error) const
{
    std::optional<StoredUser> out;
    selectRows(m_db, u"SELECT "_s + kUserColumns + u" FROM users WHERE name = ?"_s, {name}, error,
               [&](const QSqlQuery &q) { out = userFrom(q); });
    return out;
}

std::optional<StoredUser> UserRepository::byId(const QString &id, QSqlError *error) const
{
    std::optional<StoredUser> out;
    selectRows(m_db, u"SELECT "_s + kUserColumns + u" FROM users WHERE id = ?"_s, {id}, error,
               [&](const QSqlQuery &q) { out = userFrom(q); });
    return out;
}

QList<StoredUser> UserRepository::all(QSqlError *error) const
{
    QList<StoredUser> out;
    selectRows(m_db, u"SELECT "_s + kUserColumns + u" FROM users ORDER BY name COLLATE NOCASE"_s, {}, error,
               [&](const QSqlQuery &q) { out.append(userFrom(q)); });
    return out;
}

bool UserRepository::setDisabled(const QString &id, bool disabled, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"UPDATE users SET disabled = ? WHERE id = ?"_s, error)
            && execWith(q, {disabled ? 1 : 0, id}, error);
}

bool UserRepository::setPassword(const QString &id, const QByteArray &salt, const QByteArray &hash, int iterations,
                                 QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"UPDATE users SET salt = ?, hash = ?, iterations = ?, failed_attempts = 0, "
                         "locked_until_utc = 0 WHERE id = ?"_s,
                         error)
            && execWith(q, {salt, hash, iterations, id}, error);
}

bool UserRepository::insert(const StoredUser &u, qint64 nowUtc, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"INSERT INTO users (id, name, role, provider_id, salt, hash, iterations, created_utc) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         error)
            && execWith(q, {u.id, u.name, u.role, nullIfEmpty(u.providerId), u.salt, u.hash, u.iterations, nowUtc},
                        error);
}

bool UserRepository::setAttempts(const QString &id, int failedAttempts, qint64 lockedUntilUtc, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"UPDATE users SET failed_attempts = ?, locked_until_utc = ? WHERE id = ?"_s, error)
            && execWith(q, {failedAttempts, lockedUntilUtc, id}, error);
}

int UserRepository::idleLockMinutes(QSqlError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'lock.idle_minutes'"_s)) {
        if (error)
            *error = q.lastError();
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

bool UserRepository::setIdleLockMinutes(int minutes, QSqlError *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('lock.idle_minutes', ?)"_s);
    q.addBindValue(QString::number(minutes));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

} // namespace chairside::store
