#pragma once

#include "pmsappointment.h"

#include "domain/session.h"

#include <QStringList>

#include <memory>

namespace chairside {
class Clock;
}
namespace chairside::store {
class Cache;
}

namespace chairside::sync {

// What linking the practice's records to a PMS did: how many were linked now, how many
// already were, and the PMS records nothing local matched (for a person to resolve).
struct LinkReport
{
    int linked = 0;        // links written now (to matched or adopted records)
    int alreadyLinked = 0;
    int created = 0;       // PMS records nothing local matched, adopted as new local records
    int updated = 0;       // linked patients whose name or contact details changed, providers renamed, at the PMS
    QStringList unmatchedChairs;    // PMS names
    QStringList unmatchedProviders; // PMS names
    QStringList unmatchedTypes;     // PMS names
    int unmatchedPatients = 0;      // inactive PMS patients not adopted; counted, not named
    QString error;                  // the cache could not be written; nothing was linked

    // Adds what another call linked (a later page of patients).
    void add(const LinkReport &other);

    [[nodiscard]] bool complete() const
    {
        return error.isEmpty() && unmatchedChairs.isEmpty() && unmatchedProviders.isEmpty() && unmatchedTypes.isEmpty()
                && unmatchedPatients == 0;
    }
};

// Links the cache's chairs and providers to the PMS's operatories and providers the first
// time a practice connects: by name (titles such as "Dr.", credentials after a comma, case,
// accents and spacing ignored), or a chair's id against the operatory's abbreviation;
// patients by name and phone (by name alone when only one patient has it). A PMS record
// nothing local matches is adopted as a new local record ("<pms>-op-<id>", "-prov-",
// "-type-", "-pat-"), since the PMS is the record; hidden chairs and providers and inactive
// patients are left alone. Existing links are kept. Each call writes one unit through
// PmsMirror, audited under the session.
//
// One linker serves one sync: patients come a page at a time, and the cache's patients and
// links are read on the first page and kept in step after, so linking thousands costs one
// read of the cache rather than a lookup a record.
class ReferenceLinker
{
public:
    ReferenceLinker(store::Cache &cache, QString pms, const Clock &clock, UserSession session);
    ~ReferenceLinker();
    ReferenceLinker(const ReferenceLinker &) = delete;
    ReferenceLinker &operator=(const ReferenceLinker &) = delete;

    [[nodiscard]] LinkReport linkReference(const QList<PmsChair> &chairs, const QList<PmsProvider> &providers,
                                           const QList<PmsAppointmentType> &types);
    [[nodiscard]] LinkReport linkPatients(const QList<PmsPatient> &patients);

    // Everything at once (reference data, then patients).
    [[nodiscard]] static LinkReport link(store::Cache &cache, const QString &pms, const QList<PmsChair> &chairs,
                                         const QList<PmsProvider> &providers, const QList<PmsAppointmentType> &types,
                                         const QList<PmsPatient> &patients, const Clock &clock,
                                         const UserSession &session);

    // A person's or room's name reduced to what identifies it: "Dr. Lucía García, DDS" ->
    // "lucia garcia".
    [[nodiscard]] static QString comparable(const QString &name);

    struct PatientIndex; // what linkPatients keeps between pages

private:
    store::Cache &m_cache;
    QString m_pms;
    const Clock &m_clock;
    UserSession m_session;
    std::unique_ptr<PatientIndex> m_patients; // read on the first page of patients
};

} // namespace chairside::sync
