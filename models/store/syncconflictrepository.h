#pragma once

#include "storeboundary.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace chairside::store {

// A change the PMS refused, as kept: both versions as JSON (theirs empty when the PMS does
// not have the appointment).
struct StoredConflict
{
    qint64 id = 0;
    QString pms;
    QString appointmentId;
    QString operation;
    QString reason;
    QByteArray mine;
    QByteArray theirs;
    qint64 createdUtc = 0;
};

// The sync_conflicts table; callers (a service) hold the transaction.
class SyncConflictRepository
{
public:
    explicit SyncConflictRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] bool insert(const StoredConflict &conflict, QSqlError *error);
    [[nodiscard]] QList<StoredConflict> open(QSqlError *error) const;
    [[nodiscard]] std::optional<StoredConflict> openOne(qint64 id, QSqlError *error) const;
    [[nodiscard]] int openCount() const;
    // Outbox rows held back by open conflicts.
    [[nodiscard]] qint64 heldChanges() const;
    // Every open conflict of the appointment, closed with `resolution` by `userId`.
    [[nodiscard]] bool resolve(const QString &appointmentId, const QString &resolution, const QString &userId,
                               qint64 nowUtc, QSqlError *error);

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
