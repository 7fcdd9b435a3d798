#pragma once

#include "domain/appointment.h"
#include "domain/pmsrecords.h"
#include "domain/session.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace chairside {

class Clock;
namespace store {
class Cache;
}

// A change the practice-management system refused, kept with both versions until a person
// chooses between them.
struct SyncIssue
{
    qint64 id = 0;
    QString pms;
    QString appointmentId;
    QString patientId;
    QString patientName; // for the panel; empty when the cache has no such patient
    QString operation;   // create, update, cancel, status
    QString reason;      // the PMS's words
    Appointment mine;    // as this desk holds it now
    std::optional<PmsAppointment> theirs; // as the PMS holds it, when it has the appointment
    QDateTime createdUtc;
};

// The "Sync issues" list and its two ways out, for the GUI and the CLI alike.
//  - Keep mine: this desk's version is sent again (the refused change and any later ones).
//  - Take theirs: this desk's unsent changes to the appointment are dropped and the PMS's
//    version stands; a booking the PMS never took is cancelled here.
// Each resolution is audited and leaves the appointment out of the conflict state.
class SyncIssues
{
public:
    SyncIssues(store::Cache &cache, const Clock &clock);

    // Role-checked: reading needs ReadSyncIssues, resolving ResolveSyncIssues (refusals audited).
    [[nodiscard]] QList<SyncIssue> open(const UserSession &session, QString *error) const;
    [[nodiscard]] int openCount() const;
    // Changes held back by open issues (parked until a person chooses).
    [[nodiscard]] qint64 heldChanges() const;
    [[nodiscard]] bool keepMine(qint64 issueId, const UserSession &session, QString *error);
    [[nodiscard]] bool takeTheirs(qint64 issueId, const UserSession &session, QString *error);

private:
    bool resolve(qint64 issueId, bool keepMine, const UserSession &session, QString *error);

    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
