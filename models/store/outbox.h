#pragma once

#include "storeboundary.h"

#include "domain/outboxentry.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <limits>

namespace chairside::store {

using OutboxEntry = chairside::OutboxEntry;
using PendingOutboxEntry = chairside::PendingOutboxEntry;

// The outbox: appended in the transaction of the change it carries, drained in order by the
// sync engine, and left only when the PMS acknowledged a row.
class Outbox
{
public:
    explicit Outbox(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] bool append(const OutboxEntry &entry, QSqlError *error);
    // Rows due by `nowUtc` (seconds), oldest first.
    [[nodiscard]] QList<PendingOutboxEntry> due(qint64 nowUtc, int limit, QSqlError *error) const;
    // Every row still waiting, due or not.
    [[nodiscard]] qint64 waiting(QSqlError *error) const;
    [[nodiscard]] qint64 waitingFor(const QString &entityId, QSqlError *error) const;
    // The records of one kind ("patient") with rows still waiting, sendable or not.
    [[nodiscard]] QSet<QString> entitiesWaiting(const QString &entity, QSqlError *error) const;
    // Why the latest of a record's waiting rows was not sent, or empty.
    [[nodiscard]] QString lastReason(const QString &entityId, QSqlError *error) const;
    // When an entry is due that will never be sent (the PMS has no call for the change): it
    // stays, with its reason, for a person to read, but is not waiting and holds nothing back.
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    // Why each appointment with a change held back waits: the latest reason its entries
    // were given (the PMS away, a change it has no call for), by appointment id.
    [[nodiscard]] QHash<QString, QString> reasonsWaiting(QSqlError *error) const;
    // The PMS acknowledged the row.
    [[nodiscard]] bool remove(qint64 seq, QSqlError *error);
    // Not sent this time: try again from `nextAttemptUtc` (seconds), with the reason kept.
    [[nodiscard]] bool defer(qint64 seq, int attempts, qint64 nextAttemptUtc, const QString &reason, QSqlError *error);
    // An appointment's waiting create leaves (the PMS turned out to have it).
    [[nodiscard]] bool removeCreate(const QString &entityId, QSqlError *error);
    // All of an appointment's rows: due now with their tries reset, or gone.
    [[nodiscard]] bool releaseAll(const QString &entityId, QSqlError *error);
    [[nodiscard]] bool removeAll(const QString &entityId, QSqlError *error);

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
