#pragma once

#include "storeboundary.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace chairside::store {

// A staff account as stored: the password only as its salted PBKDF2 hash.
struct StoredUser
{
    QString id;
    QString name;
    QString role; // office_manager, front_desk, provider, read_only
    QString providerId;
    QByteArray salt;
    QByteArray hash;
    int iterations = 0;
    int failedAttempts = 0;
    qint64 lockedUntilUtc = 0;
    bool disabled = false;
};

// Reads and writes staff accounts; callers (a service) hold the transaction.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] qint64 count(QSqlError *error = nullptr) const;
    [[nodiscard]] std::optional<StoredUser> byName(const QString &name, QSqlError *error = nullptr) const;
    [[nodiscard]] std::optional<StoredUser> byId(const QString &id, QSqlError *error = nullptr) const;
    [[nodiscard]] bool insert(const StoredUser &user, qint64 nowUtc, QSqlError *error);
    [[nodiscard]] bool setAttempts(const QString &id, int failedAttempts, qint64 lockedUntilUtc, QSqlError *error);
    // Every account, by name (hashes included; callers pass on only what people may see).
    [[nodiscard]] QList<StoredUser> all(QSqlError *error = nullptr) const;
    [[nodiscard]] bool setDisabled(const QString &id, bool disabled, QSqlError *error);
    // A new password hash; failed attempts and any lockout cleared.
    [[nodiscard]] bool setPassword(const QString &id, const QByteArray &salt, const QByteArray &hash, int iterations,
                                   QSqlError *error);
    // Minutes without input before the window locks; 0 when the practice never set it.
    [[nodiscard]] int idleLockMinutes(QSqlError *error = nullptr) const;
    [[nodiscard]] bool setIdleLockMinutes(int minutes, QSqlError *error);

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
