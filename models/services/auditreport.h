#pragma once

#include "domain/session.h"
#include "domain/auditverification.h"
#include "domain/cachehealth.h"

#include <QDateTime>
#include <QTimeZone>

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
    [[nodiscard]] AuditVerification verify(const UserSession &session, QString *error) const;
    // CSV (RFC 4180, UTF-8, header row): time (UTC), user, workstation, session, action,
    // record type, record id, correlation id, audit id. Ids only: no names or notes.
    [[nodiscard]] std::optional<QByteArray> patientAccessCsv(const QString &patientId, const QDateTime &fromUtc,
                                                             const QDateTime &toUtc, const UserSession &session,
                                                             int *rows, QString *error);
    // The practice's zone, for reading a report's dates (UTC before a practice is imported).
    [[nodiscard]] QTimeZone practiceZone() const;
    // Whether the cache has ever held this patient (an access report names a known one).
    [[nodiscard]] bool knowsPatient(const QString &patientId) const;
    // The audit chain is only as good as the file it is in: every page in use read
    // (store::checkCache), after verify() found the chain intact.
    [[nodiscard]] CacheHealth fileHealth() const;

private:
    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
