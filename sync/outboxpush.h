#pragma once

#include "pmsadapter.h"
#include "retrypolicy.h"

#include "services/pmsmirror.h"

#include <QSet>

namespace chairside::sync {

// What one drain of the outbox did.
struct PushReport
{
    int acknowledged = 0; // the PMS took it; the entry left the outbox
    int deferred = 0;     // the PMS was away or busy; tried again later
    int refused = 0;      // the PMS said no; the appointment shows a conflict (a note waits a day)
    int blocked = 0;      // waiting for something first (a link, an earlier change)
    int unsupported = 0;  // this PMS adapter cannot send it yet; kept
    int recovered = 0;    // a create whose reply was lost, found on the PMS instead of sent twice
    int awaitingWrite = 0; // accepted by a platform (NexHealth), not yet in the practice's system
    qint64 waiting = 0;   // entries still in the outbox afterwards
    QString storeError;

    [[nodiscard]] bool complete() const { return storeError.isEmpty() && waiting == 0; }
};

// Sends the outbox to the PMS, oldest first and one appointment's changes in order: an entry
// leaves only when the PMS acknowledged it. A create that failed before is first looked up
// on the PMS, so it lands once. Transient failures wait (doubling up to an hour), refusals
// become conflicts for a person, and a failed entry holds back that appointment's later ones.
// Contacts with patients go to the PMS's communication log where the adapter can write it.
class OutboxPush final : public QObject
{
    Q_OBJECT
public:
    OutboxPush(PmsAdapter &adapter, PmsMirror &mirror, RetryPolicy retry = {}, QObject *parent = nullptr);

    void run(std::function<void(const PushReport &)> done);

private:
    void next();
    void handle(const PendingOutboxEntry &entry);
    void handleCommlog(const PendingOutboxEntry &entry);
    void handlePatient(const PendingOutboxEntry &entry);
    // A call that reports the PMS's number for the record it made or found (empty: none).
    using Reply = std::function<void(const QString &pmsId, const PmsError &e)>;
    using Call = std::function<void(Reply)>;
    // Sends a create once: on a first attempt `create` at once; when tried before, the PMS
    // may have made the record and its reply been lost, so `look` first, and a record found
    // is acknowledged (counted as recovered) instead of made twice. Appointments and
    // communication-log notes both go through here.
    void createOnce(const PendingOutboxEntry &entry, Call look, Call create);
    void sent(const PendingOutboxEntry &entry, const PmsError &e, const QString &pmsId);
    // A booking the PMS accepted but has not written (or failed to write): kept and linked,
    // looked at again in kWriteCheckSecs; a failed one becomes a sync issue.
    void awaitWrite(const PendingOutboxEntry &entry, const PmsAppointment &theirs);
    static constexpr qint64 kWriteCheckSecs = 30;
    void hold(const PendingOutboxEntry &entry, qint64 waitSeconds, const QString &why);

    PmsAdapter &m_adapter;
    PmsMirror &m_mirror;
    RetryPolicy m_retry;
    QList<PendingOutboxEntry> m_entries;
    qsizetype m_index = 0;
    QSet<QString> m_blocked;
    PushReport m_report;
    std::function<void(const PushReport &)> m_done;
};

} // namespace chairside::sync
