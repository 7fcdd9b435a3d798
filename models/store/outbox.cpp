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

} // namespace chairside::store
