#pragma once

#include "pmsadapter.h"
#include "readcheckpoint.h"

#include "domain/session.h"
#include "services/pmsmirror.h"

#include <QPointer>

namespace chairside {
class Clock;
namespace store {
class Cache;
}
} // namespace chairside

namespace chairside::sync {

// What one pull of appointments did.
struct PullReport
{
    int pages = 0;
    int received = 0;
    int resumedAt = 0;    // the offset an interrupted read went on from (0: from the start)
    bool cancelled = false; // stopped on request after a page; the next pull goes on from there
    MirrorReport applied; // summed over the pages
    QString cursor;       // where the next pull starts (saved only when the pull completed)
    PmsError error;       // the PMS could not be read; what was applied before stays
    QString storeError;   // the cache could not be written

    [[nodiscard]] bool ok() const { return error.ok() && storeError.isEmpty(); }
};

// Pulls appointments from a PMS into the cache: everything the first time, then what
// changed since the saved cursor, page by page, each page applied in one transaction through
// the services. The cursor moves only when every page is in. A read of several pages keeps a
// ReadCheckpoint after each, so an interrupted one — the first sync of a large practice
// stopped halfway — goes on from there rather than from the start.
class AppointmentPull final : public QObject
{
    Q_OBJECT
public:
    AppointmentPull(PmsAdapter &adapter, store::Cache &cache, const Clock &clock, UserSession session,
                    QObject *parent = nullptr);

    // Runs once; `done` reports the outcome.
    // `holdCursorOnUnmapped`: when a row names a chair, provider, type or patient not linked
    // yet, the cursor stays, so the same rows come again once the reference data is read.
    void run(std::function<void(const PullReport &)> done, bool holdCursorOnUnmapped = false);
    // Stops the pull, running or about to run, once the page on its way is applied (and kept
    // as a checkpoint); `cancel(false)` lets the next run go on.
    void cancel(bool stop = true);

Q_SIGNALS:
    // A page is applied: the rows read so far and the offset reached, and the whole read's
    // rows where the PMS says (-1 otherwise).
    void pageApplied(int pages, int received, int offset, qint64 total);

private:
    void page(int offset);
    void finish();

    PmsAdapter &m_adapter;
    store::Cache &m_cache;
    const Clock &m_clock;
    UserSession m_session;
    PmsMirror m_mirror;
    QString m_startCursor;
    bool m_holdCursorOnUnmapped = false;
    ReadCheckpoint m_checkpoint;
    bool m_cancelled = false;
    PullReport m_report;
    std::function<void(const PullReport &)> m_done;
};

} // namespace chairside::sync
