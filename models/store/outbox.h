#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace chairside::store {

// A local change waiting for the practice-management system.
struct OutboxEntry
{
    QString entity;    // "appointment"
    QString entityId;
    QString operation; // "create", "update", "cancel", "status"
    QByteArray payload; // compact JSON: ids, times, status, version; no names or notes
    QString idempotencyKey;
    QDateTime createdUtc;
};

// The outbox: appended in the transaction of the change it carries, drained in order by the
// sync engine, and left only when the PMS acknowledged a row.
class Outbox
{
public:
    explicit Outbox(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] bool append(const OutboxEntry &entry, QSqlError *error);

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
