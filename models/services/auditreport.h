#pragma once

#include "domain/session.h"
#include "store/auditlog.h"

#include <QDateTime>

namespace chairside {

class Clock;
namespace store {
class Cache;
}

// The audit log as an office manager and an auditor see it: whether the chain is intact, and
// the HIPAA access report for one patient (who saw or changed their records, when, from
// where). Producing a report is itself audited.
class AuditReport
{
public:
    AuditReport(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

    // Both are the office manager's (refusals audited; `error` says why).
    [[nodiscard]] store::AuditVerification verify(const UserSession &session, QString *error) const;
    // CSV (RFC 4180, UTF-8, header row): time (UTC), user, workstation, session, action,
    // record type, record id, correlation id, audit id. Ids only: no names or notes.
    [[nodiscard]] std::optional<QByteArray> patientAccessCsv(const QString &patientId, const QDateTime &fromUtc,
                                                             const QDateTime &toUtc, const UserSession &session,
                                                             int *rows, QString *error);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
