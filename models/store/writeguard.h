#pragma once

#include "storeboundary.h"

#include "domain/outboxentry.h"

#include <QSqlError>
#include <QString>

class QSqlDatabase;

namespace chairside::store {

class Cache;
struct AuditRecord;

// One unit of work on the cache, rolled back unless committed. The first guard on a
// connection opens its transaction; a guard made while one is open (a step of a batch) is a
// savepoint inside it, so the step can be dropped alone and the batch still kept or dropped
// whole. The change's audit records and outbox entries go through the guard, so they commit
// with it or not at all.
//
// Every service write uses one: no service opens, commits or rolls back a transaction itself.
class WriteGuard
{
public:
    // The native error code of a unit refused because an inner step's failure already rolled
    // the whole transaction back.
    static inline const QString kStepFailed = QStringLiteral("chairside-step-failed");

    explicit WriteGuard(Cache &cache);
    ~WriteGuard();
    WriteGuard(const WriteGuard &) = delete;
    WriteGuard &operator=(const WriteGuard &) = delete;

    // Whether the unit began; when not, error() says why and nothing is written.
    [[nodiscard]] bool begun() const { return m_open; }
    [[nodiscard]] const QSqlError &error() const { return m_error; }
    [[nodiscard]] QSqlDatabase &database();
    // Whether this is a savepoint inside an outer unit.
    [[nodiscard]] bool nested() const { return m_depth > 0; }

    [[nodiscard]] bool audit(const AuditRecord &record, QSqlError *error);
    [[nodiscard]] bool outbox(const OutboxEntry &entry, QSqlError *error);

    // Keeps the unit: commits the transaction, or releases the savepoint into the outer unit.
    // False with the error (the unit is then rolled back) when SQLite refused, or when an
    // inner unit's failure already rolled the whole transaction back.
    [[nodiscard]] bool commit(QSqlError *error = nullptr);
    // Drops the unit (what the destructor does for a unit not committed).
    void rollback();

private:
    Cache &m_cache;
    int m_depth = 0;
    bool m_open = false;
    QSqlError m_error;
};

} // namespace chairside::store
