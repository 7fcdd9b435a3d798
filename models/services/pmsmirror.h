#pragma once

#include "domain/pmsrecords.h"

#include <QList>
#include <QString>

namespace chairside {

class Clock;
struct UserSession;

namespace store {
class Cache;
}

// What applying a page of PMS appointments did.
struct MirrorReport
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int unmapped = 0;  // a patient, chair, provider or type not linked yet: left for later
    int keptLocal = 0; // changed here and not yet sent: the local version is kept (a conflict)
    QString error;     // the cache could not be written; nothing of the page was applied

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Writes what the practice-management system holds into the cache: the one way sync changes
// appointments, so every change made here is counted, audited and seen by every screen. The
// PMS's ids are mapped to the practice's through the links made when it connected.
class PmsMirror
{
public:
    PmsMirror(store::Cache &cache, const Clock &clock);

    // Applies pulled appointments in one transaction: new ones are inserted (and linked),
    // changed ones updated, each marked synced and audited under `session`. An appointment
    // with local changes still waiting to be sent is not overwritten.
    [[nodiscard]] MirrorReport applyAppointments(const QString &pms, const QList<PmsAppointment> &appointments,
                                                 const UserSession &session);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
