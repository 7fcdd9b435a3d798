#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace chairside {

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

// An outbox row waiting to be sent, with how it has fared so far.
struct PendingOutboxEntry
{
    qint64 seq = 0;
    OutboxEntry entry;
    int attempts = 0;
    QString lastError;
};

} // namespace chairside
