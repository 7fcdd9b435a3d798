#include "writeguard.h"

#include "auditlog.h"
#include "cache.h"
#include "outbox.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

QSqlError stepFailed()
{
    return QSqlError(u"an earlier step failed"_s, u"the change was rolled back"_s, QSqlError::TransactionError,
                     WriteGuard::kStepFailed);
}

QString savepointName(int depth)
{
    return u"unit_"_s + QString::number(depth);
}

} // namespace

WriteGuard::WriteGuard(Cache &cache) : m_cache(cache), m_depth(cache.m_writeDepth)
{
    if (m_depth == 0) {
        m_cache.m_writeBroken = false;
        m_open = m_cache.database().transaction();
        if (!m_open)
            m_error = m_cache.database().lastError();
    } else if (m_cache.m_writeBroken) {
        m_error = stepFailed();
    } else {
        m_open = m_cache.savepoint(Cache::Savepoint::Begin, savepointName(m_depth), &m_error);
    }
    if (m_open)
        ++m_cache.m_writeDepth;
}

WriteGuard::~WriteGuard()
{
    if (m_open)
        rollback();
}

QSqlDatabase &WriteGuard::database()
{
    return m_cache.database();
}

bool WriteGuard::audit(const AuditRecord &record, QSqlError *error)
{
    return AuditLog(m_cache.database()).append(record, error);
}

bool WriteGuard::outbox(const OutboxEntry &entry, QSqlError *error)
{
    return Outbox(m_cache.database()).append(entry, error);
}

bool WriteGuard::commit(QSqlError *error)
{
    if (!m_open) {
        if (error)
            *error = m_error;
        return false;
    }
    QSqlError failed;
    bool ok = false;
    if (m_cache.m_writeBroken) {
        failed = stepFailed();
    } else if (m_depth == 0) {
        ok = m_cache.database().commit();
        if (!ok)
            failed = m_cache.database().lastError();
    } else {
        ok = m_cache.savepoint(Cache::Savepoint::Release, savepointName(m_depth), &failed);
    }
    if (!ok) {
        rollback();
        m_error = failed;
        if (error)
            *error = failed;
        return false;
    }
    m_open = false;
    --m_cache.m_writeDepth;
    return true;
}

void WriteGuard::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    --m_cache.m_writeDepth;
    if (m_depth == 0) {
        if (!m_cache.m_writeBroken)
            m_cache.database().rollback();
        m_cache.m_writeBroken = false;
        return;
    }
    // A step that cannot be undone alone takes the whole transaction with it; the outer
    // units then find it gone (commit() fails, rollback() has nothing left to do).
    if (!m_cache.m_writeBroken && !m_cache.savepoint(Cache::Savepoint::RollBack, savepointName(m_depth))) {
        m_cache.database().rollback();
        m_cache.m_writeBroken = true;
    }
}

} // namespace chairside::store
